/**
 * Officials: a person with the office the text gives them, from the position and person entities
 * and the few words between them (`official-links.ts`). Fills `officials`, and each person
 * record's `positions` and `references` (a later "министр" that can only be that person).
 */
import type { DocContext } from '../engine/index.js';
import type { FactBuilder, Facts } from '../pipeline/types.js';
import type { Entity, Official, PersonEntity, PersonFact, PositionEntity } from '../result/schema.js';
import { LINKS, MAX_GAP, type Cover, type GapView, type Link } from './official-links.js';
import { resolve } from './official-anaphora.js';
import { companion, ownerBeforeName, someoneElses } from './official-owners.js';
import { honoree } from './official-honorees.js';
import { MAX_LIST, chainEnd, chainStart, mayBePlural, nameCases, nextInList, type CaseSet } from './official-rows.js';
import { listBefore } from './official-others.js';
import { OCCUPATIONS } from '../lexicon/positions/index.js';
import { place, refOf, type Placed } from './spans.js';
import { extend } from '../engine/objects.js';

/** Adjective mentions ("Нобелевской премии") name no one who holds an office. */
const isPerson = (e: Entity): e is PersonEntity => e.type === 'person' && e.form === 'name';
const isPosition = (e: Entity): e is PositionEntity => e.type === 'position';
const OCCUPATION_ROLES = new Set(OCCUPATIONS);
/** The same, as the morphology gives lemmas (`е` for `ё`). */
const OCCUPATION_LEMMAS = new Set(OCCUPATIONS.map((o) => o.replace(/ё/gu, 'е')));
/**
 * factRuEval's occupations are posts: a trade without an employer ("писатель", "известный врач",
 * "такие шахматисты, как ...") is no fact there. A plural role is read by its word's lemma.
 */
function freeTrade(ctx: DocContext, { e, from, to }: Placed<PositionEntity>): boolean {
  if (e.organization !== null) return false;
  if (OCCUPATION_ROLES.has(e.role.toLowerCase())) return true;
  return to - from === 1 && ctx.lemmas(from).some((l) => OCCUPATION_LEMMAS.has(l));
}
/** Entities that may stand inside the organisation tail of an office: "министр иностранных дел России". */
const TAIL_TYPES = new Set(['region', 'city', 'district', 'country', 'location', 'organization', 'nationality']);

interface Pair {
  readonly person: Placed<PersonEntity>;
  readonly position: Placed<PositionEntity>;
  readonly link: Link;
  /** A later name in a list after a plural office: shares the office with the first. */
  readonly list?: true;
}

/** What covers each token: the pairing reads it for the gap between two entities. */
function covers(ctx: DocContext, entities: readonly Entity[]): Cover[] {
  const out = new Array<Cover>(ctx.tokens.length).fill('none');
  for (const { e, from, to } of place(
    ctx,
    entities,
    (x): x is Entity => x.type === 'person' || x.type === 'position' || TAIL_TYPES.has(x.type),
  )) {
    // an adjective mention belongs to the organisation it names ("директор Мариинского театра")
    const c: Cover =
      TAIL_TYPES.has(e.type) || (e.type === 'person' && e.form !== 'name')
        ? 'tail'
        : e.type === 'person'
          ? 'person'
          : 'position';
    for (let i = from; i < to; i++) if (out[i] === 'none' || out[i] === 'tail') out[i] = c;
  }
  return out;
}

/**
 * The link that joins the two entities, if any: same sentence, no line break, a short gap of
 * allowed words. Offices in a row before a name all belong to it ("лидер консерваторов",
 * "генерал-полковник" between "премьером стал" and the name), so positions right before the
 * person are looked through.
 */
function linkOf(
  ctx: DocContext,
  cover: readonly Cover[],
  first: Placed,
  second: Placed,
  order: Link['order'],
): Link | null {
  let from = first.to;
  let to = second.from;
  if (to < from || to - from > CHAIN_WINDOW) return null;
  const a = ctx.tokens[first.to - 1];
  const b = ctx.tokens[second.from];
  if (!a || !b || a.sentence !== b.sentence) return null;
  for (let i = from + 1; i <= to && i < ctx.tokens.length; i++) if (ctx.tokens[i]!.newlineBefore) return null;
  const end = to;
  to = order === 'position-person' ? chainStart(ctx, cover, from, to) : chainEnd(ctx, cover, from, to);
  if (order === 'person-position') from = afterName(ctx, cover, from, to);
  if (to - from > MAX_LINK_GAP) return null;
  // the owner of the office before another name holds only that office, and the possessor link gives it on
  if (order === 'position-person' && (to < end || to > from) && ownerBeforeName(ctx, (i) => cover[i] ?? 'none', second))
    return null;
  const possessor = order === 'position-person' && to > from && cover[from] === 'person' && cover[to - 1] === 'person';
  let crosses = false;
  for (let i = from; i < to; i++)
    if (cover[i] === 'person' && !possessor && !(order === 'position-person' && honoree(ctx, cover, i))) return null;
    else if (cover[i] === 'position') crosses = true;
  const g: GapView = { ctx, from, to, chained: to < end, cover: (i) => cover[i] ?? 'none' };
  for (const l of order === 'position-person' ? LINKS_BEFORE : LINKS_AFTER)
    if ((!crosses || l.throughOffices) && to - from <= (l.maxGap ?? MAX_GAP) && l.test(g)) return l;
  return null;
}

/** The links of each order, in the order of `LINKS` (the first that holds is the pair's). */
const LINKS_BEFORE = LINKS.filter((l) => l.order === 'position-person');
const LINKS_AFTER = LINKS.filter((l) => l.order === 'person-position');

/** Longest gap any link reads. */
const MAX_LINK_GAP = Math.max(MAX_GAP, ...LINKS.map((l) => l.maxGap ?? 0));

/**
 * An office whose span ran into the first word of the name after it ("[ректор Рами] Хамдалла",
 * "[вокалиста Честера] Беннингтона"): read as the office up to where the name starts.
 */
function overlapLink(ctx: DocContext, cover: readonly Cover[], position: Placed, person: Placed): Link | null {
  if (!(position.from < person.from && person.from < position.to && position.to < person.to)) return null;
  return linkOf(ctx, cover, extend(position, { to: person.from }), person, 'position-person');
}

/** Roman numerals after a monarch's name: "Тауфаахау Тупу [IV]". */
const ROMAN = /^[IVX]+$/u;

/**
 * Where the link after a name starts: past name words the person span left out ("Мишель Бачелет
 * [Хериа] — ...", "Тупу [IV]") and the name's parenthesis ("Скотт Хоровитц (Scott Horowitz), бывший
 * астронавт", "Никита Камаев (14 февраля 2016 года, 52 года) — исполнительный директор").
 */
function afterName(ctx: DocContext, cover: readonly Cover[], from: number, to: number): number {
  let at = from;
  while (at < from + 2 && at < to && cover[at] === 'none' && nameRest(ctx, at)) at++;
  if (ctx.tokens[at]?.text === '(') {
    let close = at + 1;
    while (close < to && ctx.tokens[close]!.text !== ')') close++;
    if (close + 1 < to) at = close + 1;
  }
  return at;
}

/** A capitalised word of a name no dictionary knows as a common word, or a Roman numeral. */
function nameRest(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!.text;
  if (ROMAN.test(t)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(t)) return false;
  return ctx
    .parses(i)
    .every((p) => !p.known || p.grammemes.has('Name') || p.grammemes.has('Surn') || p.grammemes.has('Patr'));
}

/** Cases of the head noun of an office (its first declinable noun: "врио [губернатора]"); null when any case fits. */
function headCases(ctx: DocContext, from: number, to: number): { cases: CaseSet; plural: boolean } {
  for (let i = from; i < to; i++) {
    const nouns = ctx.parses(i).filter((p) => p.pos === 'NOUN');
    if (!nouns.length || nouns.some((p) => p.grammemes.has('Fixd'))) continue;
    return { cases: new Set(nouns.map((p) => p.case ?? '')), plural: nouns.every((p) => p.number === 'plur') };
  }
  return { cases: null, plural: false };
}

/**
 * {@link headCases} of an office, made once: the pairing asks it for each name near the office
 * (the office's entity range is one object for the whole pairing).
 */
const HEAD_CASES = new WeakMap<Placed, { cases: CaseSet; plural: boolean }>();
function headCasesOf(ctx: DocContext, position: Placed): { cases: CaseSet; plural: boolean } {
  let head = HEAD_CASES.get(position);
  if (head === undefined) HEAD_CASES.set(position, (head = headCases(ctx, position.from, position.to)));
  return head;
}

/**
 * An office right next to a name is in its case ("губернатором ... Александром Авдеевым"), and
 * an office in the plural ("представители Госдумы") is no one person's.
 */
function fits(ctx: DocContext, person: Placed, position: Placed, link: Link, list: boolean): boolean {
  if (link.shared) return true;
  const head = headCasesOf(ctx, position);
  // "одним из лидеров боевиков Доку Умаровым": one of many is one person's office; "один" carries the case
  if (head.plural && oneOf(ctx, position.from)) return true;
  if (head.plural && !(list && link.order === 'position-person')) return false;
  if (link.subject && head.cases && !head.cases.has('nomn')) return false;
  // an office in the instrumental is a predicate ("назначил министром Андрея Белоусова"): no agreement
  if (!link.agrees || !head.cases || (head.cases.has('ablt') && !link.strict)) return true;
  // the last word: initials come first ("Р. Мердока") and do not decline
  let last = person.to - 1;
  while (last > person.from && ctx.tokens[last]?.kind !== 'word') last--;
  const agrees = (i: number): boolean => {
    const name = nameCases(ctx, i);
    return !name || [...name].some((c) => head.cases!.has(c));
  };
  // a strict link has no other sign that the two belong together: every declined word of the name agrees
  return link.strict ? agrees(person.from) && agrees(last) : agrees(person.from) || agrees(last);
}

/** The office follows "один из" in any case and gender ("одной из солисток группы"). */
function oneOf(ctx: DocContext, from: number): boolean {
  return from >= 2 && ctx.folded(from - 1) === 'из' && ctx.lemmas(from - 2).includes('один');
}

/** Longest run of tokens between a name and an office when other offices of the same name stand in between. */
const CHAIN_WINDOW = 24;

/** Candidate pairs of each person with the positions just before and after it. */
function candidates(
  ctx: DocContext,
  entities: readonly Entity[],
  persons: readonly Placed<PersonEntity>[],
  positions: readonly Placed<PositionEntity>[],
): Pair[] {
  const cover = covers(ctx, entities);
  const byFrom = new Map(persons.map((p) => [p.from, p]));
  const byTo = new Map(persons.map((p) => [p.to, p]));
  const pairs: Pair[] = [];
  let k = 0; // first position that does not end before the person's window
  for (const person of persons) {
    // the next name in a list after this one: asked of every position linked to the person, found once
    let list: Placed<PersonEntity> | null | undefined;
    while (k < positions.length && positions[k]!.to < person.from - CHAIN_WINDOW) k++;
    for (let j = k; j < positions.length; j++) {
      const position = positions[j]!;
      if (position.from > person.to + CHAIN_WINDOW) break;
      const link =
        position.to <= person.from
          ? linkOf(ctx, cover, position, person, 'position-person')
          : person.to <= position.from
            ? linkOf(ctx, cover, person, position, 'person-position')
            : overlapLink(ctx, cover, position, person);
      if (!link) continue;
      if (list === undefined) list = nextInList(ctx, cover, byFrom, person) ?? null;
      if (!fits(ctx, person, position, link, !!list) || someoneElses(ctx, person, position, link)) continue;
      pairs.push({ person, position, link });
      const shared =
        (link.shared && link.order === 'position-person') ||
        headCasesOf(ctx, position).plural ||
        (!!list && link.order === 'position-person' && link.agrees && mayBePlural(ctx, position, person));
      if (shared) listPairs(ctx, cover, byFrom, { person, position, link }, pairs);
      if (link.listBefore)
        for (const before of listBefore(ctx, cover, byTo, person))
          pairs.push({ person: before, position, link, list: true });
    }
  }
  return pairs;
}

/** An office in the plural before a list of names is each one's: the pairs for the rest of the list. */
function listPairs(
  ctx: DocContext,
  cover: readonly Cover[],
  byFrom: ReadonlyMap<number, Placed<PersonEntity>>,
  first: Pair,
  out: Pair[],
): void {
  let cur: Placed<PersonEntity> | undefined = first.person;
  for (let n = 0; n < MAX_LIST && (cur = nextInList(ctx, cover, byFrom, cur)); n++)
    out.push(extend(first, { person: cur, list: true }));
}

/** Best link first; then each position goes to one person. */
function choose(pairs: Pair[]): Pair[] {
  const sorted = [...pairs].sort((a, b) => b.link.priority - a.link.priority || distance(a) - distance(b));
  const used = new Set<string>();
  const out: Pair[] = [];
  for (const p of sorted) {
    // the previous holder keeps the office besides the new one and takes it from no one
    if (p.link.predecessor) {
      out.push(p);
      continue;
    }
    if (!p.list && used.has(p.position.e.id)) continue;
    used.add(p.position.e.id);
    out.push(p);
  }
  return out.sort((a, b) => a.person.e.start - b.person.e.start || a.position.e.start - b.position.e.start);
}

const distance = (p: Pair): number => Math.max(p.position.from - p.person.to, p.person.from - p.position.to);

/** Words of an office that stand for the region the text is about: "глава региона", "губернатор области". */
const GENERIC_REGION =
  /^(?:врио |и\.о\. |исполняющий обязанности |первый |вице-)?[а-яё-]+ (?:регион|област|кра[йяе]|субъект|губерни)[а-яё]*$/iu;

/** The region of the office: the one its phrase names, else the document's main region for "глава региона". */
function regionOf(position: PositionEntity, facts: Facts): string | null {
  if (position.region) return position.region;
  if (!GENERIC_REGION.test(position.normalized)) return null;
  let best: Facts['regions'][number] | null = null;
  for (const r of facts.regions)
    if (!best || r.mentions.length + r.places.length > best.mentions.length + best.places.length) best = r;
  return best?.normalized ?? null;
}

export const officialsFacts: FactBuilder = {
  name: 'officials',
  build(entities, facts, run) {
    const byMention = new Map<string, PersonFact>();
    for (const p of facts.persons) for (const m of p.mentions) byMention.set(m, p);
    // the entities' token ranges, found once for the pairing and the anaphora
    const persons = place(run.doc, entities, isPerson);
    const positions = place(run.doc, entities, isPosition);
    const paired = choose(candidates(run.doc, entities, persons, positions));
    const pairedIds = new Set(paired.map((p) => p.position.e.id));
    // factRuEval's occupations are facts about a name: no bare office across sentences, one per person and office
    const factru = run.convention === 'factru';
    const weight = factru ? undefined : (e: PersonEntity): number => byMention.get(e.id)?.mentions.length ?? 0;
    const resolved = resolve(run.doc, persons, positions, pairedIds, weight).filter(
      (r) => r.rule !== 'official/subject-predicate' || !companion(run.doc, r.position),
    );
    const officials: Official[] = [];
    const seen = new Set<string>();
    for (const { person, position } of [...paired, ...resolved]) {
      const record = byMention.get(person.e.id);
      if (!record) continue;
      const pos = position.e;
      const key = `${record.id}\u0000${pos.normalized.toLowerCase()}`;
      if (factru && (seen.has(key) || freeTrade(run.doc, position))) continue;
      seen.add(key);
      if (!record.positions.includes(pos.normalized)) record.positions.push(pos.normalized);
      officials.push({
        personId: record.id,
        person: refOf(person.e),
        position: refOf(pos),
        organization: pos.organization,
        region: regionOf(pos, facts),
        acting: pos.acting,
        former: pos.former,
      });
    }
    facts.officials = officials;
    linkReferences(entities, facts);
  },
};

/**
 * A position that names no one ("министр отметил") refers to the one person the text gave that
 * office earlier: same role, and the same organisation when it names one.
 */
function linkReferences(entities: readonly Entity[], facts: Facts): void {
  const paired = new Set(facts.officials.map((o) => o.position?.entity));
  const byRole = new Map<string, { personId: string; organization: string | null; start: number }[]>();
  const positions = new Map(entities.filter(isPosition).map((e) => [e.id, e]));
  for (const o of facts.officials) {
    const pos = o.position && positions.get(o.position.entity);
    if (!pos || pos.former) continue;
    const list = byRole.get(pos.role) ?? [];
    list.push({ personId: o.personId, organization: pos.organization, start: pos.start });
    byRole.set(pos.role, list);
  }
  const records = new Map(facts.persons.map((p) => [p.id, p]));
  for (const e of entities) {
    if (!isPosition(e) || paired.has(e.id) || e.former) continue;
    const holders = (byRole.get(e.role) ?? []).filter(
      (h) => h.start < e.start && (e.organization === null || h.organization === e.organization),
    );
    const ids = new Set(holders.map((h) => h.personId));
    if (ids.size !== 1) continue;
    const record = records.get([...ids][0]!);
    if (record && !record.references.includes(e.id)) record.references.push(e.id);
  }
}
