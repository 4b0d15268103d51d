/**
 * Whom an office refers to across sentences: the person the text is about, the one it names
 * most often. NEREL links a later "писатель", "президент" or a biography's "С 2001 года —
 * председатель" to that person, and rarely to anyone else: measured on NEREL train, a bare
 * office goes to the last-named person when that person is not the text's main one about one
 * time in ten, and to its main person about half the time.
 *
 * How far back the main person may be named depends on how the sentence ties the office to a
 * subject it leaves out (see `referent`).
 */
import type { DocContext } from '../engine/index.js';
import type { PersonEntity, PositionEntity } from '../result/schema.js';
import type { Placed } from './spans.js';

/**
 * How the office stands in its sentence: `office` a bare reference ("81-летний писатель тяжело
 * болел") or the subject of a sentence that names no one, `subject` such a subject that is bare
 * ("Фигуристка закончила карьеру", `official-subject.ts`), `predicate` what a verb with a gender says the subject was ("работал инженером"),
 * `verbless` the same without a gender ("является председателем", "С 2001 года — председатель").
 */
export type Reading = 'office' | 'subject' | 'predicate' | 'verbless';

/** Names read back for the main person: a list of a thousand names costs a constant per office. */
const TOPIC_NAMES = 64;
/** Mentions a person needs to be the one a text is about. */
const TOPIC_WEIGHT = 2;
/** Sentences back a verb with a gender reaches for the person named most there. */
const PREDICATE_SENTENCES = 4;
/** Sentences back a bare subject office reaches for the main person when no one else was named since. */
const SUBJECT_SENTENCES = 2;

/** The largest number of mentions of any person of the text: who has it is the text's main person. */
export function mainWeight(persons: readonly Placed<PersonEntity>[], weight: (p: PersonEntity) => number): number {
  let max = 0;
  for (const p of persons) max = Math.max(max, weight(p.e));
  return max;
}

/**
 * The office is a head noun with nothing after it ("писатель", "бывший министр"): an office
 * with an organisation or a country of its own ("директора Facebook", "президента России") is
 * as often another holder's or no one's, as in "на сайте президента России".
 */
export function bare(ctx: DocContext, p: Placed<PositionEntity>): boolean {
  for (let i = p.from; i < p.to; i++) if (ctx.parses(i).some((x) => x.pos === 'NOUN')) return i === p.to - 1;
  return false;
}

/**
 * Of the names in the `back` sentences before sentence `sentence`, the one the text names most
 * often (the latest of equals), if named at least `TOPIC_WEIGHT` times.
 */
function nearTopic(
  ctx: DocContext,
  persons: readonly Placed<PersonEntity>[],
  k: number,
  sentence: number,
  weight: (p: PersonEntity) => number,
  back: number,
): Placed<PersonEntity> | undefined {
  let best: Placed<PersonEntity> | undefined;
  let bestWeight = 0;
  for (let j = k - 1; j >= 0 && j >= k - TOPIC_NAMES; j--) {
    const p = persons[j]!;
    if (sentence - ctx.tokens[p.from]!.sentence > back) break;
    const w = weight(p.e);
    if (w > bestWeight) {
      best = p;
      bestWeight = w;
    }
  }
  return bestWeight >= TOPIC_WEIGHT ? best : undefined;
}

/**
 * The person an office in sentence `sentence` refers to: persons[k - 1] is the last name before
 * the office, `max` the mentions of the text's main person.
 * - `office`: the main person, named in the sentence before;
 * - `subject`: the same, or named up to `SUBJECT_SENTENCES` back when no one else was named since;
 * - `predicate`: the verb's gender narrows the choice, so the person named most in the sentence
 *   before, else in the `PREDICATE_SENTENCES` before, else the main person when no one else was
 *   named since;
 * - `verbless`: the main person, named in the sentence before, or at any distance when no one
 *   else was named since (the lines of a biography).
 */
export function referent(
  ctx: DocContext,
  persons: readonly Placed<PersonEntity>[],
  k: number,
  sentence: number,
  weight: (p: PersonEntity) => number,
  max: number,
  reading: Reading,
): Placed<PersonEntity> | undefined {
  if (max < TOPIC_WEIGHT) return undefined;
  if (reading === 'predicate') {
    const near =
      nearTopic(ctx, persons, k, sentence, weight, 1) ??
      nearTopic(ctx, persons, k, sentence, weight, PREDICATE_SENTENCES);
    if (near) return near;
  }
  for (let j = k - 1; j >= 0 && j >= k - TOPIC_NAMES; j--) {
    const p = persons[j]!;
    if (weight(p.e) !== max) continue;
    const back = sentence - ctx.tokens[p.from]!.sentence;
    if (back <= 1) return p;
    if (j !== k - 1) return undefined;
    if (reading === 'subject') return back <= SUBJECT_SENTENCES ? p : undefined;
    return reading !== 'office' ? p : undefined;
  }
  return undefined;
}
