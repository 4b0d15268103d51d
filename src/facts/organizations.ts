/**
 * The organisations of a document: one record per body, with every mention that names it and the
 * common nouns that refer back to it ("министерство", "ведомство"). Known bodies already share one
 * normalised name whatever the text calls them ("Минтруд России", "Министерство труда и соцзащиты
 * РФ"); this builder adds the links the gazetteer cannot make: a shorter generic mention ("службы
 * занятости" after "Служба занятости населения Владимирской области"), an abbreviation in
 * parentheses or made of the name's initials, and the body a branch belongs to.
 */
import { capsAbbr, fold as foldCase, lemma, type DocContext } from '../engine/index.js';
import type { FactBuilder } from '../pipeline/types.js';
import type { OrganizationEntity, OrganizationFact } from '../result/schema.js';

interface Cluster {
  readonly fact: OrganizationFact;
  /** Folded normalised names and abbreviations of every mention, for matching later ones. */
  readonly names: Set<string>;
  /** Every start of those names that ends before a space ("служба занятости" of "служба занятости населения"): see {@link startsName}. */
  readonly starts: Set<string>;
  /** Initials of those names ("фнс"), for abbreviations the gazetteer does not know. */
  readonly initials: Set<string>;
}

/** The engine's case folding, with runs of whitespace made one space: names compare across line breaks. */
const fold = (s: string): string => foldCase(s).replace(/\s+/gu, ' ').trim();

/** Initials of the words of a name, function words left out: "Федеральная налоговая служба" -> "фнс". */
function initials(name: string): string {
  return fold(name)
    .split(/[\s-]+/u)
    .filter((w) => w && !FUNCTION_WORDS.has(w))
    .map((w) => w.charAt(0))
    .join('');
}

const FUNCTION_WORDS = new Set(['и', 'по', 'в', 'на', 'для', 'при', 'об', 'о']);

const isAbbreviation = (text: string): boolean => capsAbbr(text.replace(/[\s-]/gu, ''));

/**
 * A generic mention ("Служба занятости") that a fuller name of the same body begins with: one of
 * the cluster's name starts, which are gathered as the names come (comparing the mention with
 * each name of each cluster made the matching quadratic in a long document's names).
 */
const startsName = (c: Cluster, short: string): boolean => c.starts.has(short);

/** Adds a name to the cluster, with its starts that end before a space. */
function addName(c: Cluster, name: string): void {
  if (c.names.has(name)) return;
  c.names.add(name);
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) c.starts.add(name.slice(0, at));
}

/** What a mention is compared by, folded once for all the clusters before it. */
interface Probe {
  readonly e: OrganizationEntity;
  readonly name: string;
  readonly abbr: string | null;
  /** The text folded when it is an abbreviation, else null. */
  readonly abbrText: string | null;
}

const probeOf = (e: OrganizationEntity): Probe => ({
  e,
  name: fold(e.normalized),
  abbr: e.abbr ? fold(e.abbr) : null,
  abbrText: isAbbreviation(e.text) ? fold(e.text) : null,
});

function matches(c: Cluster, p: Probe): boolean {
  const { e, name } = p;
  if (c.names.has(name) || (p.abbr !== null && c.names.has(p.abbr))) return true;
  if (e.kind === 'branch' || c.fact.kind === 'branch') return false;
  if (p.abbrText !== null && c.initials.has(p.abbrText)) return true;
  // a bare generic name without a place of its own refers to the body named in full before
  if (e.region) return false;
  return startsName(c, name);
}

/**
 * The cluster the probe's mention belongs to among those so far: the one that matches and was
 * mentioned last, to prefer the body named most recently (`recent` holds them mentioned last first).
 */
function matching(recent: readonly Cluster[], p: Probe): Cluster | undefined {
  for (let k = 0; k < recent.length; k++) if (matches(recent[k]!, p)) return recent[k];
  return undefined;
}

/** "Федеральная налоговая служба (ФНС)": the abbreviation in parentheses right after a name is the same body. */
function inParenthesesAfter(text: string, prev: OrganizationEntity | undefined, e: OrganizationEntity): boolean {
  return !!prev && isAbbreviation(e.text) && /^\s*\(\s*$/u.test(text.slice(prev.end, e.start));
}

function newCluster(e: OrganizationEntity, n: number, parent: string | null): Cluster {
  return {
    fact: {
      id: `o${n}`,
      normalized: e.normalized,
      kind: e.kind ?? null,
      abbr: e.abbr ?? null,
      region: e.region ?? null,
      parent,
      mentions: [],
      references: [],
    },
    names: new Set(),
    starts: new Set(),
    initials: new Set(),
  };
}

/** Adds the probe's mention to the cluster (its name, abbreviation and text folded once, in the probe). */
function absorb(c: Cluster, p: Probe): void {
  const e = p.e;
  const abbreviated = p.abbrText !== null;
  c.fact.mentions.push(e.id);
  addName(c, p.name);
  if (!abbreviated) c.initials.add(initials(e.normalized));
  if (p.abbr !== null) addName(c, p.abbr);
  if (abbreviated) addName(c, p.abbrText);
  // the fullest name seen names the record: a generic or abbreviated mention never replaces a full one
  if (e.normalized.length > c.fact.normalized.length && !abbreviated) c.fact.normalized = e.normalized;
  c.fact.kind ??= e.kind ?? null;
  c.fact.abbr ??= e.abbr ?? (abbreviated ? e.text : null);
  c.fact.region ??= e.region ?? null;
}

/** Common nouns that refer back to a body named before, and which bodies each can mean. */
const REFERENCES: ReadonlyMap<string, (c: Cluster) => boolean> = new Map<string, (c: Cluster) => boolean>([
  ['ведомство', (c) => c.fact.kind === 'government' || c.fact.kind === 'security'],
  ['министерство', (c) => fold(c.fact.normalized).startsWith('министерство')],
  ['департамент', (c) => fold(c.fact.normalized).startsWith('департамент')],
  ['управление', (c) => fold(c.fact.normalized).startsWith('управление')],
  ['служба', (c) => /^(?:федеральная |государственная )?служба/u.test(fold(c.fact.normalized))],
  ['агентство', (c) => /агентство/u.test(fold(c.fact.normalized))],
  ['администрация', (c) => fold(c.fact.normalized).startsWith('администрация')],
  ['компания', (c) => c.fact.kind === 'company' || c.fact.kind === 'bank'],
  ['корпорация', (c) => c.fact.kind === 'company'],
  ['банк', (c) => c.fact.kind === 'bank'],
  ['суд', (c) => c.fact.kind === 'court'],
  ['университет', (c) => /университет/u.test(fold(c.fact.normalized))],
  ['вуз', (c) => c.fact.kind === 'education'],
  ['партия', (c) => c.fact.kind === 'party'],
  ['учреждение', (c) => c.fact.kind === 'institution' || c.fact.kind === 'education' || c.fact.kind === 'culture'],
]);

/** A word with one of the reference lemmas: asked of every word, it rules most out by their key numbers. */
const REFERENCE_WORD = lemma(...REFERENCES.keys());

/** "министерство", "ведомство" in lower case, alone (not "министерство финансов", which names another body). */
function referenceAt(doc: DocContext, i: number): string | null {
  const t = doc.tokens[i]!;
  if (t.kind !== 'word' || REFERENCE_WORD.test(doc, i) === false) return null;
  const lemmas = doc.lemmas(i);
  let lemma: string | undefined;
  for (let k = 0; k < lemmas.length && lemma === undefined; k++) if (REFERENCES.has(lemmas[k]!)) lemma = lemmas[k];
  // the case test makes strings: after the lemma, which most words fail
  if (!lemma || t.text.charAt(0) !== t.text.charAt(0).toLowerCase()) return null;
  return alone(doc, i, lemma) ? lemma : null;
}

/**
 * Whether the reference noun of `lemma` at token `i` stands alone. A function of its own: a
 * closure on `lemma` in `referenceAt` made it allocate its variables at every token it was asked.
 */
function alone(doc: DocContext, i: number, lemma: string): boolean {
  if (!doc.parses(i).some((p) => p.pos === 'NOUN' && p.lemma === lemma)) return false;
  const next = doc.tokens[i + 1];
  if (next?.kind === 'word' && doc.parses(i + 1).some((p) => p.pos === 'NOUN' && p.grammemes.has('gent'))) return false;
  // "компании Genentech", "агентство «Рейтер»": the noun introduces a name, not a reference
  if (next?.kind === 'punct' && /^[«"„]$/u.test(next.text)) return false;
  if (next && !next.newlineBefore && /^\p{Lu}/u.test(next.text)) return false;
  return true;
}

/**
 * One walk over the tokens and the organisation mentions together: a reference noun outside every
 * name goes to the fitting body named most recently before it; with none named before, to nothing.
 */
function linkReferences(doc: DocContext, mentions: readonly (readonly [OrganizationEntity, Cluster])[]): void {
  // the bodies named so far, in the order first named, and where each was named last (arrays, not
  // a map: a long report walked a map of dozens of bodies at each reference noun, a fresh entry
  // array per body and step)
  const seen: Cluster[] = [];
  const lastAt: number[] = [];
  const slotOf = new Map<Cluster, number>();
  // whether a body fits a noun, asked once per pair, by the body's place in `seen`: the clusters
  // are complete here, and a long document repeats "ведомство" with dozens of bodies named before
  // it (some tests fold the name)
  const fitting = new Map<string, (boolean | undefined)[]>();
  let m = 0;
  let coveredUntil = -1;
  for (const t of doc.tokens) {
    while (m < mentions.length && mentions[m]![0].start <= t.start) {
      const [e, c] = mentions[m++]!;
      const slot = slotOf.get(c);
      if (slot === undefined) {
        slotOf.set(c, seen.length);
        seen.push(c);
        lastAt.push(e.start);
      } else lastAt[slot] = e.start;
      coveredUntil = Math.max(coveredUntil, e.end);
    }
    if (t.start < coveredUntil) continue;
    const lemma = referenceAt(doc, t.index);
    if (!lemma) continue;
    const fits = REFERENCES.get(lemma)!;
    let known = fitting.get(lemma);
    if (known === undefined) fitting.set(lemma, (known = []));
    let target: Cluster | undefined;
    let targetAt = -1;
    for (let k = 0; k < seen.length; k++) {
      const c = seen[k]!;
      let ok = known[k];
      if (ok === undefined) known[k] = ok = fits(c);
      const at = lastAt[k]!;
      if (ok && (!target || at > targetAt)) {
        target = c;
        targetAt = at;
      }
    }
    target?.fact.references.push({ start: t.start, end: t.end, text: t.text });
  }
}

export const organizationFacts: FactBuilder = {
  name: 'organizations',
  build(entities, facts, run) {
    const clusters: Cluster[] = [];
    /** The clusters, mentioned last first (see {@link matching}). */
    const recent: Cluster[] = [];
    const text = run.doc.text;
    let prev: { entity: OrganizationEntity; cluster: Cluster } | undefined;
    let lastBody: Cluster | undefined;
    const mentions: [OrganizationEntity, Cluster][] = [];
    entities.forEach((x) => {
      if (x.type !== 'organization') return;
      const e: OrganizationEntity = x;
      const p = probeOf(e);
      let target = inParenthesesAfter(text, prev?.entity, e) ? prev?.cluster : undefined;
      target ??= matching(recent, p);
      if (!target) {
        // a branch ("Кольчугинский филиал") belongs to the body named last before it
        const parent = e.kind === 'branch' ? (lastBody?.fact.id ?? null) : null;
        target = newCluster(e, clusters.length + 1, parent);
        clusters.push(target);
      } else recent.splice(recent.indexOf(target), 1);
      recent.unshift(target);
      absorb(target, p);
      mentions.push([e, target]);
      if (target.fact.kind !== 'branch') lastBody = target;
      prev = { entity: e, cluster: target };
    });
    linkReferences(run.doc, mentions);
    facts.organizations = clusters.map((c) => c.fact);
  },
};
