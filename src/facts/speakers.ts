/**
 * Who speaks: the entities right after or right before a speech verb ("подчеркнул [министр ...]
 * [Андрей Григорьев]", "[Григорьев] сообщил"), the person among them, else the position or the
 * organisation; "он"/"она" after the verb is the person last named before, of that gender.
 */
import type { DocContext } from '../engine/index.js';
import type { Facts } from '../pipeline/types.js';
import type { Entity, PersonEntity, Quote } from '../result/schema.js';
import { SPEECH_NOUNS, SPEECH_VERBS } from '../lexicon/speech.js';
import { refOf, tokenFrom, tokenTo } from './spans.js';
import { partitionPoint } from '../engine/search.js';
import { extend, pushTo } from '../engine/objects.js';

type Speaker = NonNullable<Quote['speaker']>;
type SpeakerEntity = Extract<Entity, { type: 'person' | 'position' | 'organization' }>;
const SPEAKER_TYPES = new Set(['person', 'position', 'organization']);
const VERB_POS = new Set(['VERB', 'INFN', 'GRND', 'PRTS', 'PRTF']);
/** Longest run of entities read as one speaker phrase ("министр ... Андрей Григорьев"). */
const CHAIN = 3;

export interface Speakers {
  /** Entities by their first and by one past their last token. */
  readonly startAt: Map<number, SpeakerEntity[]>;
  readonly endAt: Map<number, SpeakerEntity[]>;
  /** Person records by the id of a person mention or of a position that refers to the person. */
  readonly personOf: Map<string, string>;
  /** Person mentions in text order with their first token. */
  readonly persons: { e: PersonEntity; from: number }[];
  readonly nouns: ReadonlySet<string>;
}

export function createSpeakers(ctx: DocContext, entities: readonly Entity[], facts: Facts): Speakers {
  const sp: Speakers = { startAt: new Map(), endAt: new Map(), personOf: new Map(), persons: [], nouns: SPEECH_NOUNS };
  for (const e of entities) {
    if (!SPEAKER_TYPES.has(e.type) || (e.type === 'person' && e.form !== 'name')) continue;
    const s = e as SpeakerEntity;
    const from = tokenFrom(ctx, e.start);
    const to = tokenTo(ctx, e.end);
    if (from >= to) continue;
    pushTo(sp.startAt, from, s);
    pushTo(sp.endAt, to, s);
    if (s.type === 'person') sp.persons.push({ e: s, from });
  }
  for (const p of facts.persons) for (const id of [...p.mentions, ...p.references]) sp.personOf.set(id, p.id);
  for (const o of facts.officials) if (o.position) sp.personOf.set(o.position.entity, o.personId);
  return sp;
}

/** Lemma of the speech verb at token `i`, or null. */
export function speechVerb(ctx: DocContext, i: number): string | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  return ctx.parses(i).find((p) => VERB_POS.has(p.pos) && SPEECH_VERBS.has(p.lemma))?.lemma ?? null;
}

const longest = (l: readonly SpeakerEntity[] | undefined): SpeakerEntity | undefined =>
  l?.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));

/** The run of adjacent entities that starts right after (or ends right before) the verb at `verb`. */
function chain(ctx: DocContext, sp: Speakers, verb: number, side: 'after' | 'before'): SpeakerEntity[] {
  const out: SpeakerEntity[] = [];
  let at = side === 'after' ? verb + 1 : verb;
  while (out.length < CHAIN) {
    const e = longest(side === 'after' ? sp.startAt.get(at) : sp.endAt.get(at));
    if (!e) break;
    out.push(e);
    at = side === 'after' ? tokenTo(ctx, e.end) : tokenFrom(ctx, e.start);
  }
  return out;
}

function toSpeaker(sp: Speakers, e: SpeakerEntity): Speaker {
  return extend(refOf(e), { personId: sp.personOf.get(e.id) ?? null });
}

/** The speaker named next to the verb at token `verb`, on the given side; null when none is named. */
export function findSpeaker(ctx: DocContext, sp: Speakers, verb: number, side: 'after' | 'before'): Speaker | null {
  const run = chain(ctx, sp, verb, side);
  const pick = run.find((e) => e.type === 'person') ?? run.find((e) => e.type === 'position') ?? run[0];
  if (pick) return toSpeaker(sp, pick);
  if (side === 'after') return pronoun(ctx, sp, verb + 1);
  return null;
}

/** "— сказал он": the last person named before, when their gender fits the pronoun. */
function pronoun(ctx: DocContext, sp: Speakers, i: number): Speaker | null {
  const w = ctx.folded(i);
  if (w !== 'он' && w !== 'она') return null;
  const gender = w === 'он' ? 'masc' : 'femn';
  const last = sp.persons[partitionPoint(sp.persons.length, (k) => sp.persons[k]!.from < i) - 1]?.e;
  if (!last || (last.gender !== null && last.gender !== gender)) return null;
  return toSpeaker(sp, last);
}
