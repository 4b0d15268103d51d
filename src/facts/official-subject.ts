/**
 * An office that is the subject of its sentence and the sentence names no one: "Фигуристка
 * закончила карьеру", "Бывший президент ЮАР весь прошлый год болел", "Сейчас глава МВФ находится
 * в участке". Such a subject picks up the person the text has been talking about, more often
 * than an office elsewhere in a sentence: measured on NEREL train, a subject office goes to the
 * text's main person named in the sentence before about seven times in ten, with an organisation
 * of its own or not, and a bare one to the main person named two sentences back, when no one else
 * was named since, about half the time (`official-topic.ts` reads how far back).
 *
 * The office is a subject when its head noun can be nominative singular, it opens the sentence
 * (attributes and ages aside) or follows an opening adverbial that has no verb and no subject of
 * its own ("В 12:30 мск [мэр] был доставлен"), and, unless it opens the sentence, a singular verb
 * follows it ("[Президент] уже связался"). Not a subject: an office after a preposition or a noun
 * ("у [главы Apple]", "В номере [певицы]") or after "что", "который" (a clause of its own).
 */
import type { DocContext } from '../engine/index.js';
import type { Gender, PositionEntity } from '../result/schema.js';
import type { Placed } from './spans.js';

/** Words that open a clause with a subject of its own before the office. */
const CLAUSE_WORDS = new Set(['что', 'который', 'как', 'если', 'когда', 'чтобы', 'где', 'куда', 'пока']);
/** Words read after the office for its verb: "уже", "не", "также" may stand between. */
const VERB_WINDOW = 4;

/** An attribute before an office: an adjective or participle, a number, an age ("24-летняя"). */
function attribute(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.kind === 'number' || t.text === '-' || /^\d/u.test(t.text)) return true;
  return t.kind === 'word' && ctx.parses(i).some((x) => x.pos === 'ADJF' || x.pos === 'PRTF' || x.pos === 'NUMR');
}

/** The head noun can be nominative singular. */
function nominative(ctx: DocContext, p: Placed): boolean {
  for (let i = p.from; i < p.to; i++) {
    const nouns = ctx.parses(i).filter((x) => x.pos === 'NOUN');
    if (nouns.length) return nouns.some((x) => x.case === 'nomn' && x.number === 'sing');
  }
  return false;
}

/** The words from the sentence start to `to` are an adverbial without a verb or a subject of its own. */
function plainOpening(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (ctx.tokens[i]!.kind !== 'word') continue;
    if (CLAUSE_WORDS.has(ctx.folded(i))) return false;
    const ps = ctx.parses(i);
    if (ps.some((x) => x.pos === 'VERB')) return false;
    if (ps.length && ps.every((x) => (x.pos === 'NOUN' || x.pos === 'NPRO') && x.case === 'nomn')) return false;
  }
  return true;
}

/** The word before the office (attributes skipped) leaves it free to be a subject: a comma, an adverb, a conjunction. */
function freeBefore(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.kind !== 'word') return t.text === ',';
  const ps = ctx.parses(i);
  return (
    !ps.some((x) => x.pos === 'PREP' || x.pos === 'NOUN' || x.pos === 'VERB') &&
    ps.some((x) => x.pos === 'ADVB' || x.pos === 'CONJ' || x.pos === 'PRCL')
  );
}

/** The singular finite verb right after the office, past adverbs and particles; undefined when there is none. */
function verbAfter(ctx: DocContext, p: Placed): { gender: Gender | null } | undefined {
  const sentence = ctx.tokens[p.from]!.sentence;
  for (let i = p.to; i < p.to + VERB_WINDOW && i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word' || t.sentence !== sentence) return undefined;
    const ps = ctx.parses(i);
    const verb = ps.find((x) => (x.pos === 'VERB' && !x.grammemes.has('impr')) || x.pos === 'PRTS');
    if (verb && !ps.some((x) => x.pos === 'NOUN' && x.case === 'nomn')) {
      if (verb.number === 'plur') return undefined;
      return { gender: verb.gender === 'masc' || verb.gender === 'femn' ? verb.gender : null };
    }
    if (!ps.some((x) => x.pos === 'ADVB' || x.pos === 'PRCL')) return undefined;
  }
  return undefined;
}

/**
 * The office is the subject of a sentence that names no one: the gender of its verb, if it has
 * one; null when it is no such subject.
 */
export function subjectOffice(ctx: DocContext, p: Placed<PositionEntity>): { gender: Gender | null } | null {
  if (!nominative(ctx, p)) return null;
  const sentence = ctx.tokens[p.from]!.sentence;
  let a = p.from - 1;
  while (a >= 0 && ctx.tokens[a]!.sentence === sentence && attribute(ctx, a)) a--;
  const opens = a < 0 || ctx.tokens[a]!.sentence !== sentence;
  const verb = verbAfter(ctx, p);
  if (opens) return { gender: verb?.gender ?? null };
  if (!verb || !freeBefore(ctx, a)) return null;
  let start = a;
  while (start > 0 && ctx.tokens[start - 1]!.sentence === sentence) start--;
  return plainOpening(ctx, start, a) ? verb : null;
}
