/**
 * Longer clauses between a name and the office after it, for the links of `official-links.ts`:
 * the name is the subject of a verb whose predicate is the office ("Педро Альмодовар станет в
 * 2017 году [председателем жюри]", "Хасан Рухани вступает в должность [президента]"), or a
 * relative clause or participle after the name says so ("Марк Рекки, который станет вторым по
 * возрасту [хоккеистом]", "Кристин Лагард, избранная 28 июня новым [директором]").
 */
import type { Parse } from '../morph/types.js';
import { MONTHS } from '../lexicon/months.js';
import { CLOSE, DASHES, text, type GapView } from './official-gaps.js';

/** Nouns the office follows in the genitive: "на посту [главы МВФ]", "в качестве [министра]". */
const GOVERNING = [
  'пост',
  'должность',
  'качество',
  'обязанность',
  'полномочие',
  'звание',
  'место',
  'роль',
  'позиция',
  'карьера',
];
const GOVERNING_NOUNS = new Set(GOVERNING);
/** Nouns of the frame around an office: those, and nouns of taking or leaving it ("присягу", "отставка", "первой женщиной"). */
const FRAME_NOUNS = new Set([
  ...GOVERNING,
  'присяга',
  'отставка',
  'работа',
  'уход',
  'возвращение',
  'избрание',
  'женщина',
]);
/** Words of time and order inside the clause: "в 2017 году", "13 лет", "по счёту", "в истории". */
const TIME_NOUNS = new Set([
  'год',
  'месяц',
  'неделя',
  'день',
  'время',
  'лет',
  'срок',
  'счёт',
  'счет',
  'история',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
]);
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
/** Verbs whose active forms put someone else into the office ("Путин назначил своим представителем ..."). */
const APPOINTING = new Set([
  'назначить',
  'назначать',
  'избрать',
  'избирать',
  'утвердить',
  'переизбрать',
  'выбрать',
  'признать',
  'признавать',
  'назвать',
  'называть',
  'сделать',
  'уволить',
  'освободить',
  'сменить',
  'заменить',
  'поздравить',
]);
/** Words of a candidacy, not an office held: "баллотироваться на пост мэра", "кандидатов на пост", "выдвинул её на должность". */
const CANDIDACY = new Set([
  'баллотироваться',
  'претендовать',
  'претендент',
  'кандидат',
  'кандидатура',
  'выдвинуть',
  'выдвигать',
  'выдвигаться',
  'номинироваться',
  'избираться',
  'предложить',
  'доверить',
  'рассматривать',
]);
/** Particles and pronouns a clause may have: "не являлся", "себя", "своего". */
const CLAUSE_PRONOUNS = new Set(['себя', 'свой', 'он', 'она', 'его', 'её', 'ее', 'также', 'тоже']);
/** Nouns of taking an office that stand for the verb: "поздравил Мигеля Диас-Канеля с [избранием] на пост главы Кубы". */
const TAKING_NOUNS = new Set(['избрание', 'переизбрание', 'назначение', 'вступление']);
const takingNoun = (g: GapView, i: number): boolean => g.ctx.parses(i).some((p) => TAKING_NOUNS.has(p.lemma));

const VERBAL = new Set(['VERB', 'PRTS', 'PRTF', 'INFN']);

/** A verb form the clause may turn on: an active form of an appointing verb has another subject. */
function verbForm(ps: readonly Parse[]): boolean {
  return ps.some(
    (p) =>
      VERBAL.has(p.pos) &&
      (!APPOINTING.has(p.lemma) || p.grammemes.has('pssv') || p.pos === 'PRTS' || p.pos === 'INFN'),
  );
}

/** A token of the clause other than its verb: adverbs, adjectives, numbers, dates, prepositions and frame words. */
function clauseFiller(g: GapView, i: number, afterPreposition: boolean): boolean {
  const t = text(g, i);
  if (/^\d/u.test(t) || CLOSE.has(t) || t === '«') return true;
  if (g.cover(i) === 'tail') return true;
  const ps = g.ctx.parses(i);
  if (ps.some((p) => FRAME_NOUNS.has(p.lemma) || TIME_NOUNS.has(p.lemma) || MONTH_NAMES.has(p.lemma))) return true;
  if (ps.some((p) => CLAUSE_PRONOUNS.has(p.lemma))) return true;
  if (ps.every((p) => p.pos === 'NOUN' && !p.known) && /^\p{Lu}/u.test(t)) return true;
  if (ps.some((p) => p.pos === 'LATN')) return true;
  // a place or an employer after a preposition: "работала в [Google]", "занимал в [партии]"
  if (afterPreposition && ps.some((p) => p.pos === 'NOUN' && p.case !== 'nomn' && p.case !== null)) return true;
  return ps.some(
    (p) =>
      p.pos === 'ADVB' ||
      p.pos === 'PRCL' ||
      p.pos === 'PREP' ||
      p.pos === 'NUMR' ||
      p.pos === 'ADJF' ||
      p.pos === 'ADJS' ||
      p.grammemes.has('Apro'),
  );
}

/** The first noun of the office, from the start of its span: its head. */
function officeHead(g: GapView): readonly Parse[] {
  for (let i = g.to; i < g.to + 6 && g.cover(i) === 'position'; i++) {
    const nouns = g.ctx.parses(i).filter((p) => p.pos === 'NOUN' && !p.grammemes.has('Fixd'));
    if (nouns.length) return nouns;
  }
  return [];
}

/**
 * The office's case fits the clause's last words: an instrumental predicate not governed by a
 * preposition ("стал новым [главой]", not "встретился с [главой]"), a genitive after a frame noun
 * ("на посту [главы]"), a nominative after "как" or a dash ("прославился как [киноактёр]").
 */
function officeFits(g: GapView, from: number): boolean {
  let k = g.to - 1;
  while (k >= from && g.ctx.parses(k).some((p) => p.pos === 'ADJF' || p.pos === 'NUMR' || p.grammemes.has('Apro'))) k--;
  const head = officeHead(g);
  if (!head.length) return false;
  const before = k >= from ? g.ctx.parses(k) : [];
  if (before.some((p) => GOVERNING_NOUNS.has(p.lemma))) return head.some((p) => p.case === 'gent');
  const word = k >= from ? g.ctx.folded(k) : '';
  if (word === 'как' || word === '—' || word === '–') return head.some((p) => p.case === 'nomn');
  if (before.some((p) => p.pos === 'PREP')) return false;
  return head.some((p) => p.case === 'ablt');
}

/** Longest clause read, in tokens. */
export const MAX_CLAUSE = 14;

/** The tokens `[from, g.to)` are one clause with a verb and only fillers: the office is its predicate. */
function clauseBody(g: GapView, from: number, participleOnly: boolean, to = g.to): boolean {
  let verb = false;
  let afterPreposition = false;
  for (let i = from; i < to; i++) {
    if (g.cover(i) === 'person' || g.cover(i) === 'position') return false;
    const ps = g.ctx.parses(i);
    if (ps.some((p) => CANDIDACY.has(p.lemma))) return false;
    if (text(g, i) === ',' && dateComma(g, i)) continue;
    if (takingNoun(g, i)) verb = true;
    if (verbForm(ps) && !ps.some((p) => p.pos === 'NOUN') && (!participleOnly || participle(ps))) verb = true;
    else if (!clauseFiller(g, i, afterPreposition)) return false;
    // a preposition governs one noun: "в [партии]", not "в попытке [изнасилования]"
    if (ps.some((p) => p.pos === 'PREP')) afterPreposition = true;
    else if (ps.some((p) => p.pos === 'NOUN')) afterPreposition = false;
  }
  return verb && (to < g.to || officeFits(g, from));
}

/** A participle of the clause after the name's comma: "Лагард, [избранная] ...", "Бравермана, в 1999 г. [выполнявшего] ...". */
const participle = (ps: readonly Parse[]): boolean => ps.some((p) => p.pos === 'PRTF');

/** A comma around a date inside the clause: "в воскресенье[,] 4 августа 2013 года[,] приносит присягу". */
function dateComma(g: GapView, i: number): boolean {
  if (/^\d/u.test(text(g, i + 1))) return true;
  return /^\d/u.test(text(g, i - 1)) || g.ctx.parses(i - 1).some((p) => TIME_NOUNS.has(p.lemma));
}

/** The name may be the subject: a nominative reading, or a word the dictionary does not decline. */
function nominativeName(g: GapView): boolean {
  const ps = g.ctx.parses(g.from - 1);
  return ps.some((p) => p.case === 'nomn' || p.case === null || !p.known);
}

/** "Педро Альмодовар станет в 2017 году [председателем жюри]": the name is the subject, the office its predicate. */
export function subjectClause(g: GapView): boolean {
  if (g.to - g.from > MAX_CLAUSE) return false;
  // a noun of taking the office stands for the verb and leaves the name in any case
  if (!nominativeName(g) && !(g.to - g.from <= 6 && takingNoun(g, g.from + 1))) return false;
  return clauseBody(g, g.from, false);
}

/**
 * ", который станет вторым по возрасту [хоккеистом]", ", избранная 28 июня новым [директором]": a
 * relative pronoun or a participle after the comma is the subject of the clause.
 */
export function relativeClause(g: GapView): boolean {
  if (g.to - g.from > MAX_CLAUSE + 2 || text(g, g.from) !== ',') return false;
  const ps = g.ctx.parses(g.from + 1);
  if (ps.some((p) => p.lemma === 'который' && p.case === 'nomn')) return clauseBody(g, g.from + 2, false);
  return clauseBody(g, g.from + 1, true);
}

/** Words between "один из" and the office: "одним из [пяти лучших]", "один из [важнейших, наиболее влиятельных и деятельных]". */
function manyWords(g: GapView, from: number): boolean {
  for (let i = from; i < g.to; i++) {
    const t = text(g, i);
    if (i > from && i < g.to - 1 && (t === 'и' || t === ',')) continue;
    if (CLOSE.has(t) || t === '«') continue;
    const ps = g.ctx.parses(i);
    if (!ps.some((p) => p.pos === 'ADJF' || p.pos === 'ADVB' || p.pos === 'NUMR' || p.grammemes.has('Apro')))
      return false;
  }
  return true;
}

/**
 * The name is one of many holders of the office, said by a verb, a participle or a dash: "[Нолан]
 * является одним из четырех [игроков НХЛ]", ", считающегося одним из наиболее заметных [политиков]",
 * "— один из важнейших, наиболее влиятельных и деятельных [дирижеров]".
 */
export function oneOfClause(g: GapView): boolean {
  let k = g.from;
  while (k < g.to - 1 && !(g.ctx.lemmas(k).includes('один') && g.ctx.folded(k + 1) === 'из')) k++;
  if (k >= g.to - 1 || !manyWords(g, k + 2)) return false;
  if (k === g.from + 1 && (text(g, g.from) === ',' || DASHES.has(text(g, g.from)))) return true;
  if (k === g.from) return false;
  if (text(g, g.from) === ',') return clauseBody(g, g.from + 1, true, k);
  return nominativeName(g) && clauseBody(g, g.from, false, k);
}

/**
 * Adjectives in the instrumental between an object and the office it is made: "назначил Марио
 * Драги [новым] главой банка", "назначил Тома Донилона [своим] советником", "избрали Кастро [его] председателем".
 */
export function instrumentalAdjectives(g: GapView): boolean {
  if (g.to - g.from < 1 || g.to - g.from > 2) return false;
  for (let i = g.from; i < g.to; i++) {
    const w = g.ctx.folded(i);
    if (w === 'его' || w === 'её' || w === 'ее') continue;
    if (!g.ctx.parses(i).some((p) => (p.pos === 'ADJF' || p.grammemes.has('Apro')) && p.case === 'ablt')) return false;
  }
  return officeHead(g).some((p) => p.case === 'ablt');
}

/** Adverbs of time that date an office given after a comma: "Владимира Путина, [тогда] президента России". */
const THEN = new Set(['тогда', 'некогда', 'ныне', 'впоследствии', 'позднее', 'позже', 'теперь', 'сейчас']);

/** ", тогда президента России", ", некогда секретарь ЦК КПСС": a comma, an adverb of time, adjectives, the office. */
export function datedApposition(g: GapView): boolean {
  if (g.to - g.from < 2 || g.to - g.from > 4 || text(g, g.from) !== ',' || !THEN.has(g.ctx.folded(g.from + 1)))
    return false;
  for (let i = g.from + 2; i < g.to; i++)
    if (!g.ctx.parses(i).some((p) => p.pos === 'ADJF' || p.grammemes.has('Apro'))) return false;
  return true;
}
