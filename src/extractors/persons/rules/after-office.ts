/**
 * A name the dictionary does not know, right after an office or the end of what it is an office
 * of: "вице-президент Иранской национальной газовой компании Ходжатолла Ганимифард", "судья
 * окружного суда Рэймонд Дири", "представитель НВО Мара Микалиан", "король Норвегии Харальд V".
 * The office (a word of the project's lexicon of offices and occupations) is what makes the
 * capitalised words a person and not the organisation or the place they could also be.
 */
import {
  Predicate,
  allOf,
  alt,
  capitalized,
  custom,
  kind,
  lemma,
  lower,
  startsLower,
  rule,
  seq,
  tok,
  wordTest,
  type DocContext,
  type Rule,
  type RuleMatch,
} from '../../../engine/index.js';
import { QUOTE_OPEN, allCaps, guessedOnly, knownAs, sentenceInitial } from '../../../context/index.js';
import type { Parse } from '../../../morph/types.js';
import { MILITARY, OCCUPATIONS, OFFICES, TITLES } from '../../../lexicon/positions/index.js';
import { NAME_PARTICLES, PERSON_NOUNS } from '../../../lexicon/persons/index.js';
import { inFirstNameList, joinedParticle, nameShaped, pluralNameOnly } from '../parts.js';
import { proposalOf, type PersonProposal } from '../proposal.js';
import { extend } from '../../../engine/objects.js';
import { partitionPoint } from '../../../engine/search.js';

const OFFICE = new Set([...OFFICES, ...OCCUPATIONS, ...MILITARY, ...TITLES, ...PERSON_NOUNS]);
const PARTICLES = new Set(NAME_PARTICLES);
/** The words of an office's tail it may take between it and the name, counted in tokens. */
const TAIL = 8;
const LATIN = /^[A-Za-z]/u;

/**
 * The office word's readings on the word alone, remembered per word: the walk back from every
 * capitalised word asks it at each word of the tail before it.
 */
const OFFICE_WORD = allOf(
  new Predicate(
    (ctx, j) => {
      const t = ctx.tokens[j];
      if (!t || t.kind !== 'word' || !startsLower(t.text)) return false;
      const ps = ctx.parses(j).filter((p) => OFFICE.has(p.lemma) && p.pos === 'NOUN');
      return ps.length ? ps : false;
    },
    'office word before a name',
    { by: 'kind', values: ['word'] },
    null,
    true,
  ),
);

/** Readings of the office word at `j`: a lower-case noun of the lexicon. */
function officeAt(ctx: DocContext, j: number): readonly Parse[] {
  const r = OFFICE_WORD.test(ctx, j);
  return r === false ? [] : r === true ? ctx.parses(j) : r;
}

/**
 * A word of an office's genitive tail: a noun or adjective in the genitive ("окружного суда",
 * "Иранской ... компании", "Норвегии"), an abbreviation in capitals ("НВО") or a Latin name.
 * On the word alone, remembered per word.
 */
const TAIL_WORD = wordTest('office tail word', (ctx, j) => {
  const t = ctx.tokens[j]!;
  if (t.kind !== 'word') return false;
  if (allCaps(ctx, j) || LATIN.test(t.text)) return true;
  return ctx.parses(j).some((p) => p.case === 'gent' && (p.pos === 'NOUN' || p.pos === 'ADJF'));
});

const tailWord = (ctx: DocContext, j: number): boolean => TAIL_WORD.test(ctx, j) !== false;

/**
 * The office before the name starting at `i`, directly or across its tail, with a
 * parenthesised gloss skipped ("Фонда прав человека (Human Rights Foundation)"): its readings.
 */
function officeBefore(ctx: DocContext, i: number): { parses: readonly Parse[] } | null {
  const direct = officeAt(ctx, i - 1);
  if (direct.length) return { parses: direct };
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < TAIL; steps++) {
    const t = ctx.tokens[j]!;
    if (t.newlineBefore && j < i - 1) return null;
    if (t.text === ')') {
      let k = j - 1;
      while (k > j - 8 && k >= 0 && ctx.tokens[k]!.text !== '(' && ctx.tokens[k]!.text !== ')') k--;
      if (ctx.tokens[k]?.text !== '(') return null;
      j = k - 1;
      continue;
    }
    if (!tailWord(ctx, j)) return null;
    const office = officeAt(ctx, j - 1);
    if (office.length) return { parses: office };
    j--;
  }
  return null;
}

/**
 * A word that can be part of a foreign name, by the word alone: capitalised, not a place or
 * organisation the dictionary knows, and either unknown to it or known as a name ("Харальд",
 * "Мара"), or a particle glued to a name ("аль-Саид").
 */
function nameWordAlone(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  const particle = joinedParticle(t.text, true);
  if (particle !== null) return particle;
  if (!nameShaped(ctx, i) || knownAs(ctx, i, 'Geox') || knownAs(ctx, i, 'Orgn')) return false;
  // "папа Римский", "имам Большой мечети": an adjective the dictionary knows belongs to the title
  if (ctx.parses(i).some((p) => p.known && p.pos === 'ADJF')) return false;
  return (
    guessedOnly(ctx, i) ||
    knownAs(ctx, i, 'Name') ||
    knownAs(ctx, i, 'Surn') ||
    inFirstNameList(ctx, i) ||
    pluralNameOnly(ctx, i)
  );
}

/** Remembered per word, across documents: the test is asked at every capitalised word. */
const NAME_WORD = wordTest('office-name-word-alone', nameWordAlone);
const COMMON_NOUN = wordTest('office-common-noun', (ctx, i) => commonNoun(ctx, i));

function nameWord(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && !t.newlineBefore && NAME_WORD.test(ctx, i) !== false;
}

/** A capitalised noun the dictionary knows, neither a place nor an organisation nor a word of an office. */
function commonNoun(ctx: DocContext, i: number): boolean {
  if (!nameShaped(ctx, i) || knownAs(ctx, i, 'Geox') || knownAs(ctx, i, 'Orgn')) return false;
  const ps = ctx.parses(i);
  return ps.some((p) => p.lemma === ctx.folded(i)) && ps.every((p) => p.pos === 'NOUN' && !OFFICE.has(p.lemma));
}

/** The name ends at `i`: punctuation, a lower-case word, a monarch's number or the end; not another capital. */
function endsBefore(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.newlineBefore) return true;
  if (t.kind === 'roman') return true;
  if (t.kind !== 'word') return !QUOTE_OPEN.has(t.text) || t.spaceBefore;
  return startsLower(t.text);
}

/** The word at `i` can stand in apposition to the office: it has a reading in one of its cases, or none that declines. */
function agrees(ctx: DocContext, office: readonly Parse[], i: number): boolean {
  const cases = new Set(office.map((p) => p.case));
  return ctx.parses(i).some((p) => p.case === null || p.grammemes.has('Fixd') || cases.has(p.case));
}

/**
 * Whether a name can start at `i` after an office, whatever its length: a word that can be a
 * name (or a common noun, see {@link wordsAgree}), mid-sentence, not opening a quotation, with an
 * office or its tail right before. Asked at every capitalised word the other person rules leave,
 * so the word tests come first and the result is remembered per token (`START`).
 */
function mayStartAfterOffice(ctx: DocContext, i: number): boolean {
  if (ctx.tokens[i]!.newlineBefore || sentenceInitial(ctx, i)) return false;
  const b = ctx.tokens[i - 1];
  return !!b && !QUOTE_OPEN.has(b.text) && officeBefore(ctx, i) !== null;
}

const START = capitalized().and(
  NAME_WORD.or(COMMON_NOUN),
  custom('after-office', (ctx, i) => mayStartAfterOffice(ctx, i)),
);

/**
 * The `words` words from `i` (where {@link START} holds) make a name after the office: every
 * word in a case of the office ("президента Барака Обамы Малия" is two persons: the genitive
 * depends on the office, the nominative does not).
 */
function wordsAgree(ctx: DocContext, i: number, words: number): boolean {
  // a first name the dictionary knows only as a common noun in its dictionary form ("Мара",
  // "Тор") before a surname it does not know at all
  if (!nameWord(ctx, i) && !(words === 2 && guessedOnly(ctx, i + 1))) return false;
  const office = officeBefore(ctx, i);
  if (!office) return false;
  for (let k = i; k < i + words; k++) {
    if (!agrees(ctx, office.parses, k)) return false;
    // "советника Путина Михаила Лесина": a known surname before a known first name is whose
    // office it is, and the name after it another person
    if (k > i && knownAs(ctx, k, 'Name') && knownAs(ctx, k - 1, 'Surn') && !knownAs(ctx, k - 1, 'Name')) return false;
    // "директор департамента Минобрнауки Сергей Кравцов", "лидера Аль-Кайды Усамы бин Ладена": a
    // first word that is no name before a first name and surname the dictionary knows is the
    // organisation's, the name starts after it
    if (k === i + 1 && knownAs(ctx, k, 'Name') && !knownAs(ctx, i, 'Name') && !inFirstNameList(ctx, i)) {
      const next = ctx.tokens[k + 1];
      if (k + 1 < i + words && knownAs(ctx, k + 1, 'Surn')) return false;
      if (next && startsLower(next.text) && PARTICLES.has(ctx.folded(k + 1))) return false;
    }
  }
  return true;
}

/**
 * The proposal is a name right after an office or its tail ("... газовой компании Ходжатолла
 * Ганимифард"): the office makes it a person even after a noun for a thing.
 */
export function afterOffice(ctx: DocContext, p: PersonProposal): boolean {
  const words = p.parts.length;
  if (words > 4 || START.test(ctx, p.from) === false || !endsBefore(ctx, p.to)) return false;
  // one word alone is as often an organisation in the genitive ("главы Удмуртавтодора"); a
  // monarch's number makes it a name ("король Норвегии Харальд V")
  return (words > 1 || ctx.tokens[p.from + 1]?.kind === 'roman') && wordsAgree(ctx, p.from, words);
}

const WORD_START: Predicate['start'] = { by: 'kind', values: ['word'], capital: true };
const middle = new Predicate((ctx, i) => nameWord(ctx, i), 'office-name-word', WORD_START);
const last = new Predicate((ctx, i) => nameWord(ctx, i) && endsBefore(ctx, i + 1), 'office-name-last', WORD_START);
const regnal = tok(kind('roman')).as('regnal');

/** The office right before the name, in the match only so that the examples show it ("судья Рэймонд Дири"). */
const office = lemma(...OFFICE).and(lower());

/**
 * Not one of the rule set's rules: tried by {@link withNamesAfterOffices} only at the words where
 * {@link START} holds, so it costs nothing at the other words of a document.
 */
export const afterOfficeRule: Rule<PersonProposal> = rule({
  id: 'person/after-office',
  examples: ['судья Рэймонд Дири', 'представитель Мара Микалиан', 'лидер Файка аль-Саид', 'эмиру Байтулле Мехсуду'],
  priority: -3,
  pattern: seq(
    tok(office).optional(),
    alt(
      seq(START.as('first'), middle.as('first'), middle.as('first'), last.as('last')),
      seq(START.as('first'), middle.as('first'), last.as('last')),
      seq(START.as('first'), last.as('last'), regnal.optional()),
      seq(START.as('last'), regnal),
    ),
  ),
  interpret: (m) => {
    const p = proposalOf(m, 'cued');
    if (!p || !wordsAgree(m.ctx, p.from, p.parts.length)) return null;
    // one word that is only a first name stays one ("королева Виктория")
    const one = p.parts.length === 1 ? p.parts[0]! : null;
    if (one && knownAs(m.ctx, one.index, 'Name') && !knownAs(m.ctx, one.index, 'Surn'))
      return extend(p, { parts: [extend(one, { role: 'first' })] });
    return p;
  },
});

type PersonMatch = RuleMatch<PersonProposal>;

/** For each match (sorted by start), the furthest end of it and those before it. */
function maxEnds(byFrom: readonly PersonMatch[]): number[] {
  const out: number[] = [];
  let reach = -1;
  for (const x of byFrom) out.push((reach = Math.max(reach, x.value.to)));
  return out;
}

/** The matches that overlap `[from, to)`, in order of start: those that start before `to` and reach past `from`. */
function overlapping(
  byFrom: readonly PersonMatch[],
  reach: readonly number[],
  from: number,
  to: number,
): PersonMatch[] {
  const out: PersonMatch[] = [];
  // the first whose prefix reaches past `from`: none before it can overlap
  for (let k = partitionPoint(byFrom.length, (j) => reach[j]! <= from); k < byFrom.length; k++) {
    const x = byFrom[k]!;
    if (x.value.from >= to) break;
    if (from < x.value.to) out.push(x);
  }
  return out;
}

/**
 * The person rules' matches with the names after offices added: a name the rule finds where no
 * other rule found one, or that takes in the names other rules found within it ("Кэтлин Кеннеди
 * Таунсенд", "Мутары III"); a name of another rule that reaches beyond it stays.
 * A pass over the document's capitalised words, after the rule set: as a rule of the set it
 * would have to start at every lower-case word to win over the rules that take the word before a
 * name in their match ("совета Фатхи Абд").
 */
export function withNamesAfterOffices(ctx: DocContext, matches: readonly PersonMatch[]): readonly PersonMatch[] {
  const added: PersonMatch[] = [];
  const replaced = new Set<PersonMatch>();
  const n = ctx.tokens.length;
  // the rule set's names by start, and how far they reach (made at the first name found): a long
  // document's every name after an office is compared with the names near it, not with all
  let byFrom: PersonMatch[] | undefined;
  let reach: number[] = [];
  for (let i = 1; i < n; i++) {
    if (!ctx.capital(i) || START.test(ctx, i) === false) continue;
    const m = afterOfficeRule.matchAt(ctx, i);
    if (!m) continue;
    const { from, to } = m.value;
    if (byFrom === undefined) {
      byFrom = [...matches].sort((a, b) => a.value.from - b.value.from);
      reach = maxEnds(byFrom);
    }
    // only the rule set's names can overlap this one: the pass goes on after each name it adds
    const inside = overlapping(byFrom, reach, from, to);
    if (inside.some((x) => x.value.from < from || x.value.to > to || (x.value.from === from && x.value.to === to)))
      continue;
    for (const x of inside) replaced.add(x);
    added.push(m);
    i = to - 1;
  }
  if (!added.length) return matches;
  return [...matches.filter((x) => !replaced.has(x)), ...added].sort((a, b) => a.value.from - b.value.from);
}
