/**
 * The tail of an office left out of its position span, for the links of `official-links.ts`: the
 * rest of its organisation or place between the office and the name ("лидер Движения [против
 * нелегальной иммиграции] Александр Белов"), and a second title with its own tail ("гитарист и
 * [сооснователь группы] X").
 */
import { ADDRESS, KINSHIP } from '../lexicon/officials.js';
import {
  AGE,
  CLOSE,
  DASHES,
  NOT_TAIL,
  POSSESSIVE_PRONOUNS,
  nameCases,
  parenthesis,
  personNoun,
  text,
  type GapView,
} from './official-gaps.js';

/** Prepositions inside the tail of an office: "лидер Движения [против] нелегальной иммиграции", "посол Евросоюза [на] Южном Кавказе". */
const PHRASE_PREPOSITIONS = new Set(['по', 'в', 'во', 'на', 'при', 'от', 'из', 'против', 'за', 'для']);

/** A word of an office's tail: a noun or adjective in the genitive, or in any oblique case after a preposition, or a Latin name. */
function tailWord(g: GapView, i: number, afterPreposition: boolean): boolean {
  const ps = g.ctx.parses(i);
  if (ps.some((p) => NOT_TAIL.has(p.pos) || p.grammemes.has('Apro'))) return false;
  return ps.some(
    (p) =>
      p.pos === 'LATN' ||
      // "хранитель [двух] святынь"
      (p.pos === 'NUMR' && p.case === 'gent') ||
      ((p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF') &&
        (p.case === 'gent' || (afterPreposition && p.case !== null && p.case !== 'nomn'))),
  );
}

/** A closing quote, or an opening one before a name in the tail: "группы [«]Ляпис Трубецкой»". */
const quote = (g: GapView, i: number): boolean =>
  CLOSE.has(text(g, i)) || (text(g, i) === '«' && g.cover(i + 1) === 'tail');

/** Longest tail, in words: a longer run of nouns is a phrase of its own ("на фоне борьбы за место преемника"). */
const MAX_TAIL = 6;

/**
 * The gap is the rest of the office's organisation or place, left out of the position span:
 * "лидер Движения [против нелегальной иммиграции] Александр Белов", "полпред президента [в округе]
 * Виктор Ишаев". Only nominal words, so no clause stands between; a name in the genitive after a
 * noun in the genitive is that noun's ("в администрации Рональда Рейгана"), not the office's.
 */
export function tailPhrase(g: GapView): boolean {
  let afterPreposition = false;
  let words = 0;
  let last = -1;
  const start = tailStart(g);
  if (start < 0) return false;
  // the office's own organisation goes on after a dash: "Министр экономики[, торговли и промышленности —] X"
  // or closes an apposition in commas: "Глава Абакана[, столицы Хакасии,] Николай Булакин"
  const close = text(g, g.to - 1);
  const end = start > g.from && (DASHES.has(close) || (close === ',' && text(g, g.from) === ',')) ? g.to - 1 : g.to;
  for (let i = start; i < end; i++) {
    const p = Math.max(parenthesis(g, i), quoted(g, i));
    if (p > 0) {
      i = p - 1;
      if (text(g, i) === '»') last = i;
      continue;
    }
    const folded = g.ctx.folded(i);
    // an age describes a person, not an organisation: "убийство полицейским [29-летнего] британца"
    if (AGE.test(folded) || ++words > MAX_TAIL) return false;
    if (PHRASE_PREPOSITIONS.has(folded)) afterPreposition = true;
    else if (!tailToken(g, i, afterPreposition, last)) return false;
    last = i;
  }
  if (last < 0 || PHRASE_PREPOSITIONS.has(g.ctx.folded(last)) || JOINS.has(text(g, last))) return false;
  if (insideName(g)) return false;
  // "главы [его] аппарата Александра Весельчакова": the noun after the possessive has its owner
  const owned = last === start && POSSESSIVES.has(g.ctx.folded(g.from));
  const nounOwner =
    !owned &&
    g.cover(last) !== 'tail' &&
    g.ctx.parses(last).some((p) => p.pos === 'NOUN' && p.case === 'gent' && !QUALIFIERS.has(p.lemma));
  return !(nounOwner && g.ctx.parses(g.to).some((p) => p.case === 'gent' && p.number !== 'plur'));
}

/** Nouns that grade an office rather than own the name after them: "советника юстиции 1-го [класса] Юрия Золотова". */
const QUALIFIERS = new Set(['класс', 'созыв', 'ранг', 'разряд', 'степень']);

/**
 * Where the tail's words begin, or -1: past a possessive ("главы [его] аппарата", "профессор
 * [этого же] университета") and past a join when the office ends in its organisation and the
 * tail goes on with another one ("Председатель Госсовета [и] Совета министров Кубы", "Глава
 * комитета по вопросам семьи[,] женщин и детей") -- not with a person ("министра [и] сотрудников").
 */
function tailStart(g: GapView): number {
  const i = g.from;
  const f = g.ctx.folded(i);
  if (POSSESSIVES.has(f)) return g.ctx.folded(i + 1) === 'же' ? i + 2 : i + 1;
  if (!JOINS.has(text(g, i))) return i;
  // the office's span ends in its organisation, not its head ("врача[,] лечившего ...")
  const own =
    g.cover(i - 1) === 'tail' ||
    (g.cover(i - 2) === 'position' && g.ctx.parses(i - 1).some((p) => p.pos === 'NOUN' && p.case === 'gent'));
  if (!own || g.ctx.parses(i + 1).some((p) => p.pos === 'PRTF' || p.pos === 'VERB')) return -1;
  // a row of objects after a preposition of the office may name people: "по вопросам семьи, женщин и детей"
  const objects = [i - 2, i - 3].some((k) => g.cover(k) === 'position' && PHRASE_PREPOSITIONS.has(g.ctx.folded(k)));
  for (let k = i + 1; k < g.to && !objects; k++)
    if (g.cover(k) !== 'tail' && g.ctx.parses(k).some((p) => p.pos === 'NOUN' && p.grammemes.has('anim'))) return -1;
  return i + 1;
}

/** Words that make the next noun someone's or this one: "главы [его] аппарата", "[этого] же университета". */
const POSSESSIVES = new Set([...POSSESSIVE_PRONOUNS, 'этого', 'этой', 'того', 'той']);

/** A name in «» the quotes close within the gap: returns the index after the closing quote, or -1. */
function quoted(g: GapView, i: number): number {
  if (text(g, i) !== '«' || !/^\p{Lu}/u.test(text(g, i + 1))) return -1;
  for (let k = i + 2; k < g.to && k <= i + 4; k++) if (text(g, k) === '»') return k + 1;
  return -1;
}

/** The name after the gap is part of an organisation's name: "завода [им.] Серго Орджоникидзе", "клуб [«]Пари Сен-Жермен»". */
function insideName(g: GapView): boolean {
  const before = text(g, g.to - 1) === '.' ? g.ctx.folded(g.to - 2) : g.ctx.folded(g.to - 1);
  if (before === 'им' || before === 'имени') return true;
  let open = false;
  for (let i = g.from; i < g.to; i++)
    if (text(g, i) === '«') open = true;
    else if (text(g, i) === '»') open = false;
  return open;
}

/** Words that join two parts of one tail: "по вопросам семьи[,] женщин [и] детей", "Citigroup [и] Bank of America". */
const JOINS = new Set([',', 'и']);

/** A number inside a tail: "школы [№] [1]", "[79-й] бригады", "[7-го] созыва". */
const TAIL_NUMBER = /^(?:№|\d+(?:-[а-яё]{1,3})?)$/u;

/** A token of a tail after the words up to `last`. */
function tailToken(g: GapView, i: number, afterPreposition: boolean, last: number): boolean {
  const t = text(g, i);
  if (g.cover(i) === 'tail' || quote(g, i) || TAIL_NUMBER.test(t) || tailWord(g, i, afterPreposition)) return true;
  if (JOINS.has(t)) return last >= 0 && i + 1 < g.to;
  // "командующий [войсками] округа": the object of an office named by a participle
  return i === g.from && g.ctx.parses(i).some((p) => p.pos === 'NOUN' && p.case === 'ablt') && participleOffice(g);
}

/** The office right before the gap ends in a participle: "командующий", "управляющего". */
const participleOffice = (g: GapView): boolean =>
  g.ctx
    .parses(g.from - 1)
    .some((p) => p.pos === 'PRTF' || (p.pos === 'ADJF' && p.grammemes.has('Subx')) || PARTICIPLE_NOUN.test(p.lemma));

/** A noun made of a participle, as the dictionary has "главнокомандующий", "заведующий". */
const PARTICIPLE_NOUN = /[уюая]щий$/u;

/** The head of a title that is no office entity: a common noun for a person in a case the name can take ("сооснователь", "лауреат"). */
function titleHead(g: GapView, i: number): boolean {
  if (/^\p{Lu}/u.test(text(g, i)) || g.cover(i) !== 'none') return false;
  const own = g.ctx.parses(i);
  if (own.some((p) => NOT_TAIL.has(p.pos) || KINSHIP.has(p.lemma) || ADDRESS.has(p.lemma))) return false;
  const name = nameCases(g);
  return own.some((p) => personNoun(p) && (name.length ? name.some((q) => q.case === p.case) : p.case === 'nomn'));
}

/**
 * After the office, "и" or a comma and a second title that no extractor marked, with its own
 * tail, then the name: "гитарист [и сооснователь группы «Ляпис Трубецкой»] Руслан Владыко",
 * "физик[, нобелевский лауреат] Чарлз Таунс", "драматург[, лауреат премии,] Дарио Фо".
 */
export function secondTitle(g: GapView): boolean {
  const sep = text(g, g.from);
  if (sep !== ',' && sep !== 'и') return false;
  let i = g.from + 1;
  if (sep === ',' && g.ctx.folded(i) === 'а' && g.ctx.folded(i + 1) === 'также') i += 2;
  const end = sep === ',' && text(g, g.to - 1) === ',' ? g.to - 1 : g.to;
  while (i < end && (AGE.test(text(g, i)) || g.ctx.parses(i).some((p) => p.pos === 'ADJF' && !p.grammemes.has('Apro'))))
    i++;
  if (i >= end || !titleHead(g, i)) return false;
  if (i + 1 === end) return true;
  // a name that may be in the genitive after a tail is the tail's: "эксперт по творчеству [Скрябина]"
  if (g.ctx.parses(g.to).some((p) => p.case === 'gent')) return false;
  return tailPhrase({ ctx: g.ctx, from: i + 1, to: end, chained: g.chained, cover: (k) => g.cover(k) });
}
