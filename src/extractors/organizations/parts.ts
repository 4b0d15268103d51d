/** Parts that several organisation rules share. */
import {
  anyOf,
  custom,
  fold,
  gram,
  kind,
  lemma,
  not,
  notGram,
  surface,
  type DocContext,
  type MatchView,
  type Predicate,
  wordTest,
} from '../../engine/index.js';
import type { OrgGazetteers } from './gazetteers.js';

/** Parts of speech that never stand inside a name's chain of genitives, judged by the best reading ("были" is not "быль"). */
const NOT_IN_NAME = new Set([
  'VERB',
  'INFN',
  'PRTS',
  'ADJS',
  'GRND',
  'PREP',
  'CONJ',
  'PRCL',
  'NPRO',
  'ADVB',
  'PRED',
  'INTJ',
  'COMP',
]);

function nameWord(g: OrgGazetteers, ctx: DocContext, i: number): boolean {
  const top = ctx.parses(i)[0];
  if (!top) return false;
  // a capitalised place name wins over a short adjective it also spells ("Коврова")
  if (/^\p{Lu}/u.test(ctx.tokens[i]?.text ?? '') && ctx.parses(i).some((p) => p.grammemes.has('Geox'))) return true;
  if (NOT_IN_NAME.has(top.pos) || top.grammemes.has('Apro')) return false;
  // a person's name after a body is the person ("администрации Радия Хабирова"), unless it names a place
  // and so is a capitalised word the dictionary does not know ("Национального фронта Жан-Мари Ле Пен")
  const text = ctx.tokens[i]?.text ?? '';
  if (/^\p{Lu}/u.test(text) && !ABBREVIATION.test(text)) {
    const person =
      ctx.parses(i).some((p) => p.grammemes.has('Name') || p.grammemes.has('Patr') || p.grammemes.has('Surn')) ||
      !ctx.parses(i).some((p) => p.known);
    if (person) return g.places.matchAt(ctx, i).length > 0;
  }
  return true;
}

/** A word of the genitive chain a body's name governs: "занятости", "населения", "Владимирской", "области", "РФ". */
export const chainWord = (g: OrgGazetteers): Predicate =>
  kind('word').and(
    anyOf(gram('gent'), surface(ABBREVIATION)),
    custom('org name word', (ctx, i) => nameWord(g, ctx, i)),
  );

/** An abbreviation does not decline, whatever case the morphology guesses: "комитет ФИФА", "сетей HP". */
const ABBREVIATION = /^[А-ЯЁA-Z][А-ЯЁA-Z0-9-]+$/u;

/** A modifier before a head noun: its best reading is an adjective ("Судейский", not "главой"). */
export const modifier = (): Predicate =>
  (MODIFIER ??= kind('word').and(
    gram('ADJF'),
    notGram('Apro'),
    wordTest('org modifier', (ctx, i) => ['ADJF', 'PRTF'].includes(ctx.parses(i)[0]?.pos ?? '')),
  ));
/** {@link modifier}, made once: the rules that ask it share its memo. */
let MODIFIER: Predicate | undefined;

/** A word in the dative after "по": "по делам молодёжи", "по Владимирской области". */
export const fieldWord = (g: OrgGazetteers): Predicate =>
  kind('word').and(
    gram('datv'),
    custom('org name word', (ctx, i) => nameWord(g, ctx, i)),
  );

/** Not a preposition or conjunction in any reading. */
export const notFunction = (): Predicate => not(gram('PREP')).and(not(gram('CONJ')));

/**
 * The name's chain of genitives stops at the first place it names ("вооружёнными силами
 * Великобритании", not "... Великобритании военной деятельности"); true when it runs on past one.
 */
export function runsPastPlace(m: MatchView, g: OrgGazetteers, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const hits = g.places.matchAt(m.ctx, i);
    const last = hits.length > 0 ? hits[hits.length - 1] : undefined;
    if (last && last.end < to) return true;
    if (last) i = last.end - 1;
  }
  return false;
}

/** The words `[from, to)` are a place's name by themselves ("Российской Федерации", "Советского Союза"). */
export function isPlace(m: MatchView, g: OrgGazetteers, from: number, to: number): boolean {
  return g.places.matchAt(m.ctx, from).some((h) => h.end === to);
}

/**
 * Whether a word with one of `lemmas` comes within the next `span` tokens: a cheap gate before
 * the morphological tests of a modifier, so that rules led by optional adjectives are not tried in
 * full at every word. Asked only where a rule tries the modifier, looking at the `span` tokens
 * after it (a pass over the whole document cost ~1.5% of a RuREBus run); `custom` remembers the
 * answer per token.
 */
export function headWithin(lemmas: ReadonlySet<string>, span: number, description: string): Predicate {
  // lemma() rules most words out by their key numbers, without hashing their lemmas; it folds
  // what it is given, so it stands in only for lemmas already folded
  const probe = [...lemmas].every((l) => fold(l) === l) ? lemma(...lemmas) : null;
  const has = (ctx: DocContext, j: number): boolean =>
    probe ? probe.test(ctx, j) !== false : ctx.lemmas(j).some((l) => lemmas.has(l));
  return custom(description, (ctx, i) => {
    const end = Math.min(ctx.tokens.length, i + span + 1);
    for (let j = i + 1; j < end; j++) if (ctx.tokens[j]!.kind === 'word' && has(ctx, j)) return true;
    return false;
  });
}
