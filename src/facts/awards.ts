/**
 * The `awards` and `events` lists. An award is joined with its recipient (the winner the sentence
 * names), the event it was given in, its nomination in quotes and the body that gives it; each
 * event collects the awards given in it and their nominations.
 */
import type { DocContext } from '../engine/index.js';
import { QUOTE_CLOSE, QUOTE_OPEN } from '../context/index.js';
import type { FactBuilder } from '../pipeline/types.js';
import type { AwardEntity, AwardFact, Entity, EventFact } from '../result/schema.js';
import { buildEvents, type EventIndex } from './events.js';
import { nestedIn, place, refOf, tokenFrom, within, type Placed } from './spans.js';
import { extend, pushTo } from '../engine/objects.js';

const RECIPIENT = new Set(['person', 'organization', 'region', 'city', 'country']);
const NOMINATION = new Set(['номинация', 'категория']);
const isAward = (e: Entity): e is AwardEntity => e.type === 'award';
const isProject = (f: EventFact): boolean => !!f.kind && /project|programme/u.test(f.kind);
const isRecipient = (e: Entity): boolean => RECIPIENT.has(e.type);
const inside = (a: Entity, b: Entity): boolean => a !== b && b.start <= a.start && a.end <= b.end;

/** The entities by sentence, each sentence's in text order. */
function bySentence(entities: readonly Entity[]): ReadonlyMap<number, readonly Entity[]> {
  const out = new Map<number, Entity[]>();
  for (const e of entities) pushTo(out, e.sentence, e);
  return out;
}

export const awardFacts: FactBuilder = {
  name: 'awards',
  build(entities, facts, run) {
    const doc = run.doc;
    const events = buildEvents(doc, entities);
    facts.events = events.facts;
    const placed = place(doc, entities, isAward);
    // most documents name no award: the indexes below are for those that do
    if (!placed.length) return;
    const awards: AwardFact[] = [];
    // whoever the text names as winners, outermost mentions only (not the region inside an organisation)
    const held = nestedIn(entities, isRecipient);
    const candidates = bySentence(
      entities.filter((e) => isRecipient(e) && !(e.type === 'person' && e.form !== 'name') && !held.has(e)),
    );
    const inSentence = bySentence(entities);
    const eventById = new Map(events.facts.map((f) => [f.id, f]));
    for (const a of placed) {
      const fact = awardFact(doc, a, awards.length + 1, entities, inSentence, candidates, events);
      awards.push(fact);
      const ev = fact.event === null ? undefined : eventById.get(fact.event);
      if (!ev) continue;
      ev.awards.push(fact.id);
      if (fact.nomination && !ev.nominations.includes(fact.nomination)) ev.nominations.push(fact.nomination);
      fact.awardedBy ??= ev.organizer;
    }
    // an award without a winner in its sentence goes to the document's first winner that is a person or an organisation
    const main =
      awards.find((f) => f.recipient && (f.recipient.type === 'person' || f.recipient.type === 'organization'))
        ?.recipient ?? null;
    for (const f of awards) f.recipient ??= main;
    facts.awards = awards;
  },
};

function awardFact(
  doc: DocContext,
  { e, from, to }: Placed<AwardEntity>,
  n: number,
  entities: readonly Entity[],
  inSentence: ReadonlyMap<number, readonly Entity[]>,
  candidates: ReadonlyMap<number, readonly Entity[]>,
  events: EventIndex,
): AwardFact {
  const body = within(entities, e).find((o) => o.type === 'organization' || o.type === 'position');
  const date = inSentence.get(e.sentence)?.find((o) => o.type === 'date' && o.value.role !== 'published');
  return {
    id: `a${n}`,
    award: refOf(e),
    kind: e.kind,
    place: e.place,
    medal: e.medal,
    degree: e.degree,
    count: e.count,
    recipient: recipientOf(doc, e, candidates.get(e.sentence) ?? []),
    event: eventOf(doc, e, from, to, events)?.id ?? null,
    nomination: nominationIn(doc, e.sentence),
    awardedBy: body && 'normalized' in body ? refOf(body) : null,
    date: date && 'normalized' in date ? refOf(date) : null,
  };
}

/**
 * The winner among the candidates of the award's sentence: the nearest before the award that can
 * be a subject (nominative), else the nearest after.
 */
function recipientOf(doc: DocContext, e: AwardEntity, candidates: readonly Entity[]): AwardFact['recipient'] {
  const here = candidates.filter((c) => !inside(c, e) && (c.end <= e.start || c.start >= e.end));
  const nominative = (c: Entity) => {
    const k = tokenFrom(doc, c.start);
    return k < doc.tokens.length && doc.parses(k).some((p) => p.case === 'nomn' || p.case === null);
  };
  const pick =
    [...here].reverse().find((c) => c.end <= e.start && nominative(c)) ??
    here.find((c) => c.start >= e.end && nominative(c));
  return pick && 'normalized' in pick ? extend(refOf(pick), { type: pick.type }) : null;
}

/**
 * The event: one named after the award in its sentence ("призёром конкурса X"); else the last
 * event of the kind a bare head names ("этого конкурса"), else the last contest named before
 * the award, else the first one in the document.
 */
function eventOf(doc: DocContext, e: AwardEntity, from: number, to: number, events: EventIndex): EventFact | undefined {
  const fact = (p: Placed | undefined) => (p ? events.byEntity.get(p.e.id) : undefined);
  const after = events.placed.find((p) => p.e.sentence === e.sentence && p.from >= to && !isProject(fact(p)!));
  if (after) return fact(after);
  const contests = events.placed.filter((p) => !isProject(fact(p)!));
  return fact(contests.filter((p) => p.to <= from).at(-1)) ?? fact(contests[0]);
}

/**
 * "в категории «Лучший кадровый центр второго уровня»", "в новой номинации – «...»": the name in
 * quotes after the word; when its quotes do not close in the sentence, up to the last closing quote.
 */
function nominationIn(doc: DocContext, sentence: number): string | null {
  const s = doc.seg.sentences[sentence];
  if (!s) return null;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!/^(?:номинац|категор)/iu.test(doc.tokens[k]!.text) || !doc.lemmas(k).some((l) => NOMINATION.has(l))) continue;
    let q = k + 1;
    while (q < s.tokenEnd && q <= k + 3 && !QUOTE_OPEN.has(doc.tokens[q]!.text)) q++;
    if (q >= s.tokenEnd || !QUOTE_OPEN.has(doc.tokens[q]!.text)) continue;
    let depth = 0;
    let lastClose = -1;
    for (let j = q; j < s.tokenEnd; j++) {
      const t = doc.tokens[j]!.text;
      if (t === '»' || (QUOTE_CLOSE.has(t) && !QUOTE_OPEN.has(t) && t !== '"')) {
        depth--;
        lastClose = j;
        if (depth === 0) return doc.text.slice(doc.tokens[q]!.end, doc.tokens[j]!.start);
      } else if (QUOTE_OPEN.has(t)) depth++;
    }
    if (lastClose > q) return doc.text.slice(doc.tokens[q]!.end, doc.tokens[lastClose]!.end);
  }
  return null;
}
