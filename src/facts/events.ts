/**
 * The `events` list: one record per distinct event, project or programme, with its stages, dates,
 * place, organiser, and the project it is part of. Awards are attached by the awards builder.
 */
import { nominative, wordTest, type DocContext } from '../engine/index.js';
import { EVENT_HEADS, STAGE_NOUNS } from '../lexicon/awards/events.js';
import type { Entity, EventEntity, EventFact } from '../result/schema.js';
import { place, refOf, tokenFrom, type Placed } from './spans.js';
import { partitionPoint } from '../engine/search.js';

const PLACES = new Set(['city', 'region', 'country', 'location', 'district']);
const ORGANISER = new Set(['организатор', 'организовать', 'организатором', 'учредитель']);
/** A cheap test on the surface before the morphology is asked ("этапе", "финала", "туре"). */
const STAGE_START = new RegExp(`^(?:${STAGE_NOUNS.join('|')})`, 'iu');
/** A stage noun: asked of every token of a text with an event, so remembered per word. */
const STAGE_WORD = wordTest(
  'stage noun',
  (doc, k) => STAGE_START.test(doc.tokens[k]!.text) && doc.lemmas(k).some((l) => STAGE_NOUNS.includes(l)),
);
/** "организатор", "учредитель": asked of the words before each organisation, so remembered per word. */
const ORGANISER_WORD = wordTest(
  'organiser noun',
  (doc, k) => /^(?:организ|учредит)/iu.test(doc.tokens[k]!.text) && doc.lemmas(k).some((l) => ORGANISER.has(l)),
);
const isEvent = (e: Entity): e is EventEntity => e.type === 'event';
const keyOf = (e: EventEntity): string => e.normalized.toLowerCase().replace(/ё/gu, 'е');

export interface EventIndex {
  readonly facts: EventFact[];
  /** The fact of each event entity, by entity id. */
  readonly byEntity: Map<string, EventFact>;
  /** The event mentions with their token ranges, in text order. */
  readonly placed: Placed<EventEntity>[];
}

export function buildEvents(doc: DocContext, entities: readonly Entity[]): EventIndex {
  const placed = place(doc, entities, isEvent);
  const facts: EventFact[] = [];
  const byKey = new Map<string, EventFact>();
  const byEntity = new Map<string, EventFact>();
  for (const { e } of placed) {
    let fact = byKey.get(keyOf(e));
    if (!fact) {
      fact = {
        id: `v${facts.length + 1}`,
        normalized: e.normalized,
        kind: e.kind,
        name: e.name ?? null,
        ordinal: e.ordinal ?? null,
        level: e.level ?? null,
        stages: [],
        organizer: null,
        dates: [],
        place: null,
        nominations: [],
        awards: [],
        mentions: [],
        years: e.years ?? null,
        partOf: null,
      };
      byKey.set(keyOf(e), fact);
      facts.push(fact);
    }
    fact.mentions.push(e.id);
    if (e.stage && !fact.stages.includes(e.stage)) fact.stages.push(e.stage);
    byEntity.set(e.id, fact);
  }
  const index = { facts, byEntity, placed };
  linkParts(doc, index);
  readAround(doc, entities, index);
  return index;
}

/** A federal project of a national project the text names; an event "в рамках" a project. */
function linkParts(doc: DocContext, { facts, byEntity, placed }: EventIndex): void {
  // each fact's first mention, and the national projects by name: one pass each, not one per fact
  const firstMention = new Map<EventFact, Placed<EventEntity>>();
  for (const p of placed) {
    const f = byEntity.get(p.e.id)!;
    if (!firstMention.has(f)) firstMention.set(f, p);
  }
  const national = new Map<string, EventFact>();
  for (const g of facts)
    if (g.kind === 'national project' && g.name !== null && !national.has(g.name)) national.set(g.name, g);
  for (const f of facts) {
    const parent = firstMention.get(f)?.e.parent;
    if (parent) f.partOf = national.get(parent)?.id ?? null;
  }
  for (let k = 0; k + 1 < placed.length; k++) {
    const a = placed[k]!;
    let b: Placed<EventEntity> | undefined;
    for (let j = k + 1; j < placed.length && !b; j++) {
      const p = placed[j]!;
      if (!byEntity.get(p.e.id)!.partOf || p.e.kind?.includes('project')) b = p;
    }
    if (!b || doc.tokens[b.from]!.sentence !== doc.tokens[a.from]!.sentence) continue;
    const between = doc.slice(a.to, b.from).toLowerCase();
    if (/в рамках/u.test(between)) byEntity.get(a.e.id)!.partOf ??= byEntity.get(b.e.id)!.id;
  }
}

/** Dates, places and organisers in the sentences of the events; stages named with a bare head ("на федеральный этап конкурса"). */
function readAround(doc: DocContext, entities: readonly Entity[], index: EventIndex): void {
  const { placed, byEntity } = index;
  // the last event mention that starts at or before the offset (the mentions are in text order)
  const before = (offset: number) => placed[partitionPoint(placed.length, (k) => placed[k]!.e.start <= offset) - 1];
  for (const e of entities) {
    const p = before(e.start);
    const fact = p ? byEntity.get(p.e.id) : undefined;
    const sameSentence = !!p && p.e.sentence === e.sentence && p.e.end <= e.start;
    if (e.type === 'date' && fact && sameSentence && e.value.role !== 'published') fact.dates.push(refOf(e));
    if (PLACES.has(e.type) && fact && sameSentence && !fact.place && 'normalized' in e) {
      const k = tokenFrom(doc, e.start);
      if (k > 0 && /^во?$/iu.test(doc.tokens[k - 1]!.text)) fact.place = refOf(e);
    }
  }
  // both read words across the text: only where there is an event that is not a project
  if (!placed.some((p) => !p.e.kind?.includes('project'))) return;
  organisers(doc, entities, index);
  bareStages(doc, index);
}

function organisers(doc: DocContext, entities: readonly Entity[], { facts, placed, byEntity }: EventIndex): void {
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const s = doc.seg.sentences[e.sentence];
    if (!s) continue;
    let said = false;
    for (let k = s.tokenStart; k < s.tokenEnd && doc.tokens[k]!.end <= e.start && !said; k++)
      said = ORGANISER_WORD.test(doc, k) === true;
    if (!said) continue;
    const inSentence = placed.find((p) => p.e.sentence === e.sentence && !p.e.kind?.includes('project'));
    const last = placed.findLast((p) => p.e.start < e.start && !p.e.kind?.includes('project'));
    const fact =
      (inSentence ?? last) ? byEntity.get((inSentence ?? last)!.e.id) : facts.find((f) => !f.kind?.includes('project'));
    if (fact && !fact.organizer) fact.organizer = refOf(e);
  }
}

function bareStages(doc: DocContext, index: EventIndex): void {
  for (let k = 0; k + 1 < doc.tokens.length; k++) if (STAGE_WORD.test(doc, k) === true) bareStage(doc, k, index);
}

/**
 * The stage the stage noun at token `k` names, if an event of the kind after it came before. A
 * function of its own: closures on `k` in the loop over the tokens made it allocate a scope at
 * every token (~5% of what a long report allocated).
 */
function bareStage(doc: DocContext, k: number, { placed, byEntity }: EventIndex): void {
  const kind = doc
    .lemmas(k + 1)
    .map((l) => EVENT_HEADS[l])
    .find((x) => x !== undefined);
  if (!kind) return;
  // the last one before (not a reversed copy of them all: a long report has hundreds of stages)
  const p = placed.findLast((x) => x.from <= k && x.e.kind === kind);
  if (!p) return;
  const a = k > 0 && doc.parses(k - 1).some((r) => r.pos === 'ADJF') ? k - 1 : k;
  // "на федеральный этап" -> "федеральный этап", "региональном этапе" -> "региональный этап"
  const stage = nominative(doc, a, k + 1, (i) => doc.parses(i)).toLowerCase();
  const fact = byEntity.get(p.e.id)!;
  if (!fact.stages.includes(stage)) fact.stages.push(stage);
}
