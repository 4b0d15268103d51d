/**
 * Pattern parts the award rules share: a name in quotes, the degree ("II степени"), the body that
 * gives the award ("Министерства труда ...", "Губернатора ..."), a place's scope ("мира",
 * "Европы"), and what the proposal of every rule looks like.
 */
import {
  alt,
  capitalized,
  gram,
  kind,
  lemma,
  notGram,
  opt,
  punct,
  repeat,
  seq,
  span,
  tok,
  upper,
  word,
  type DocContext,
  type MatchView,
  type Pattern,
  type Predicate,
  type SpanMatcher,
  wordTest,
} from '../../engine/index.js';
import { quotedName } from '../../context/index.js';
import { SMALL_ORDINALS } from '../../lexicon/numerals.js';
import { AWARDING_HEADS, MERIT_LEMMAS, type Medal } from '../../lexicon/awards/index.js';

export type AwardKind =
  'medal' | 'place' | 'winner' | 'champion' | 'order' | 'title' | 'prize' | 'grant' | 'certificate';

/** What an award rule proposes: the entity without its span. */
export interface AwardProposal {
  readonly normalized: string;
  readonly kind: AwardKind;
  readonly place: number | null;
  readonly medal: Medal | null;
  readonly degree: number | null;
  readonly count: number | null;
}

export const quoted: Pattern = span(quotedName).as('name');

/** A name in quotes right after "звание", "титул", "знак" (the check comes first, so a quote elsewhere costs one lookup). */
export const titleName: SpanMatcher<null> = {
  description: 'title-name',
  start: quotedName.start,
  matchAt: (ctx, i) =>
    ctx.lemmas(i - 1).some((l) => l === 'звание' || l === 'титул' || l === 'знак') ? quotedName.matchAt(ctx, i) : [],
};

/** What state awards are for: «За заслуги ...», «За отвагу», «За военные заслуги», «За службу ...». */
const MERIT_WORDS = new Set(MERIT_LEMMAS);

/**
 * A name in quotes that starts with "За" («За заслуги перед Отечеством», «За отвагу»): looked at
 * only where one starts. Declaring its second word lets a rule set leave a rule on it out before
 * every other quote (~400 a NEREL dev pass, none of them a match).
 */
export const forName: SpanMatcher<null> = {
  description: 'for-merit-name',
  start: quotedName.start,
  follow: { second: new Set(['за']), single: false },
  matchAt: (ctx, i) =>
    ctx.tokens[i + 1]?.text === 'За' && ctx.lemmas(i + 2).some((l) => MERIT_WORDS.has(l))
      ? quotedName.matchAt(ctx, i)
      : [],
};

/** A content word (no preposition, conjunction, pronoun) in the genitive. */
const content = (...g: Parameters<typeof gram>): Predicate =>
  gram(...g).and(kind('word'), notGram('PREP', 'CONJ', 'PRCL', 'NPRO', 'Apro'));
export const gentWord: Predicate = content('gent');
/** A genitive word that is not part of a person's name (a title's tail stops before "Ивана Петрова"). */
export const gentNotName: Predicate = gentWord.and(
  notGram('Name', 'Surn', 'Patr'),
  // a lone letter ("в") has an indeclinable reading in every case
  wordTest('not-a-letter', (ctx, i) => (ctx.tokens[i]?.text.length ?? 0) > 1),
);
export const lowerWord: Predicate = wordTest('lower-word', (ctx, i) => /^\p{Ll}/u.test(ctx.tokens[i]?.text ?? ''));

/**
 * The ordinal adjectives ("первой", "вторую"): the morphology gives them the lemma of the cardinal
 * ("вторую" -> "два").
 */
export const ORDINALS = SMALL_ORDINALS;
export const ordinalAdj: Predicate = lemma(...Object.keys(ORDINALS)).and(gram('ADJF', 'Anum'));

/** "II степени", "первой степени", "1 степени". */
export const degreePart: Pattern = seq(
  alt(tok(kind('roman')), tok(ordinalAdj), tok(kind('number'))).as('degree'),
  tok(lemma('степень').and(gram('gent'))),
);

/** The body that gives an award, in the genitive: "Министерства труда и социальной защиты РФ", "Губернатора области". */
export const ownerPart: Pattern = seq(
  tok(lemma(...AWARDING_HEADS).and(gram('gent'))),
  repeat(alt(tok(gentNotName), seq(word('и'), tok(gentNotName)), tok(upper().and(kind('word')))), 0, 6),
).as('owner');

/** A proper name in the genitive after "орден", "Герой": "Дружбы народов", "Советского Союза", "Александра Невского". */
export const namedGenitive: Pattern = seq(
  tok(capitalized().and(gram('gent'))),
  repeat(tok(gentWord.and(notGram('Surn'))), 0, 3),
).as('of');

/** Where a title holds: "мира", "Европы", "России", "Олимпийских игр", "по боксу", "среди юниоров". */
export const scopePart: Pattern = seq(
  opt(
    alt(
      tok(capitalized().and(gram('gent'))),
      tok(lemma('мир').and(gram('gent'))),
      seq(tok(lemma('олимпийский').and(gram('gent'))), tok(lemma('игра'))),
    ),
  ),
  opt(seq(word('по'), repeat(tok(content('datv').and(lowerWord)), 1, 3))),
  opt(seq(word('среди'), repeat(tok(gentWord.and(lowerWord)), 1, 2))),
);

export const yearPart: Pattern = tok(wordTest('year', (ctx, i) => /^(?:19|20)\d\d$/u.test(ctx.tokens[i]?.text ?? '')));
export const dotOpt: Pattern = opt(punct('.'));

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

/** The degree as a number: "II" -> 2, "первой" -> 1, "1" -> 1. */
export function degreeOf(m: MatchView): number | null {
  const p = m.part('degree');
  if (!p) return null;
  if (p.text in ROMAN) return ROMAN[p.text]!;
  if (/^\d+$/u.test(p.text)) return Number(p.text);
  for (const r of p.parses) if (r.lemma in ORDINALS) return ORDINALS[r.lemma]!;
  return null;
}

/** The number of the award among the recipient's ("Вторую серебряную награду" -> 2). */
export function countOf(m: MatchView): number | null {
  const p = m.part('count');
  if (!p) return null;
  for (const r of p.parses) if (r.lemma in ORDINALS) return ORDINALS[r.lemma]!;
  return null;
}

export function proposal(m: MatchView, kind: AwardKind, extra: Partial<AwardProposal> = {}): AwardProposal {
  return {
    normalized: m.nominative(),
    kind,
    place: null,
    medal: null,
    degree: degreeOf(m),
    count: countOf(m),
    ...extra,
  };
}

/** The lemmas of token `i` (empty past the end). */
export const lemmasAt = (doc: DocContext, i: number): readonly string[] =>
  i >= 0 && i < doc.tokens.length ? doc.lemmas(i) : [];

/** A check on the words around a match that the extractor runs after matching. */
export type ContextCheck = (doc: DocContext, from: number, to: number, value: AwardProposal) => boolean;
