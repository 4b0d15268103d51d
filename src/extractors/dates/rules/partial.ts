/** Partial dates: a month, a year, a quarter, a half-year, a season, a decade, a century, part of a period. */
import {
  alt,
  wordTest,
  gram,
  kind,
  lemma,
  opt,
  punct,
  rule,
  seq,
  surface,
  tok,
  word,
  type MatchView,
} from '../../../engine/index.js';
import {
  yearTail,
  centuryCore,
  decadeCore,
  halfCore,
  monthYear,
  quarterCore,
  readAnchor,
  seasonCore,
  unitCore,
  yearCore,
} from '../cores.js';
import {
  relAdj,
  centuryWord,
  bareYearNum,
  dash,
  ordinal,
  ordinalOf,
  withPrep,
  roleOfPrep,
  lemmaBefore,
} from '../parts.js';
import type { DateParse } from '../types.js';
import { MONTHS, PERIOD_PARTS } from '../../../lexicon/calendar.js';
import { extend } from '../../../engine/objects.js';

/** The generic interpretation: the prefix-`a.` core with the preposition's role. */
const point = (m: MatchView): DateParse | null => {
  const from = readAnchor(m, 'a.');
  return from ? { role: roleOfPrep(m), from } : null;
};

/** "апреле-мае", "августе-сентябре": one word, two months. */
const HYPHEN = /[-‐‑]/;
const monthPair = kind('word').and(
  // the word alone: remembered per word, and the word lists leave the rule out at other words
  wordTest('month-month', (ctx, i) => {
    const text = ctx.tokens[i]?.text ?? '';
    // tried at every word: most have no hyphen, and need no split
    if (!HYPHEN.test(text)) return false;
    const halves = text.split(/[-‐‑]/);
    return (
      halves.length === 2 &&
      halves.every((h) => ctx.morph.lemmas(h).some((l) => (MONTHS as readonly string[]).includes(l)))
    );
  }),
);
const monthOfWord = (m: MatchView, w: string): number | undefined => {
  const l = m.ctx.morph.lemmas(w).find((x) => (MONTHS as readonly string[]).includes(x));
  return l ? (MONTHS as readonly string[]).indexOf(l) + 1 : undefined;
};

export const monthPairRule = rule<DateParse>({
  id: 'date/month-pair',
  examples: ['в апреле-мае 2012 г', 'в августе-сентябре'],
  pattern: withPrep(tok(monthPair).as('pair'), opt(yearTail('a.'))),
  interpret: (m) => {
    const [a, b] = (m.part('pair')?.text ?? '').split(/[-‐‑]/).map((h) => monthOfWord(m, h));
    const year = readAnchor(m, 'a.');
    if (!a || !b || a >= b) return null;
    const cal = year?.t === 'calendar' ? year.cal : {};
    return {
      role: 'range',
      from: { t: 'calendar', cal: extend(cal, { month: a }) },
      to: { t: 'calendar', cal: extend(cal, { month: b }) },
    };
  },
});

export const monthYearRule = rule<DateParse>({
  id: 'date/month-year',
  examples: [
    'в ноябре',
    'в ноябре 2025 г',
    'апрель 2012 года',
    'до мая 2010 года',
    'в октябре этого года',
    'с сентября',
  ],
  pattern: withPrep(monthYear('a.')),
  interpret: (m) => {
    // "Марта", "Мая" alone are also names: a bare month needs a preposition, a year or lower case
    const month = m.part('a.month');
    if (!m.has('prep') && !m.has('a.year') && !m.has('a.yrel') && month && /^\p{Lu}/u.test(month.text)) return null;
    return point(m);
  },
});

const yearSuffixed = kind('other').and(surface(/^\d{4}(?:-?(?:й|го|м|му|ом)|г)$/));

export const yearRule = rule<DateParse>({
  id: 'date/year',
  examples: [
    'в 2025 году',
    '2025 г',
    'с 2025 года',
    'за 2016 год',
    'в 2005г',
    'в 1998-м году',
    'к 2030-му',
    'в текущем 2011 году',
    '1959 года рождения',
  ],
  pattern: withPrep(
    opt(tok(relAdj)),
    alt(seq(yearCore('a.'), opt(tok(lemma('рождение').and(gram('gent'))))), tok(yearSuffixed).as('a.year')),
  ),
  interpret: point,
});

const NOT_BEFORE_YEAR = new Set([
  'более',
  'около',
  'свыше',
  'менее',
  'почти',
  'примерно',
  '№',
  'номер',
  'ст',
  'статья',
  'п',
  'пункт',
  'тысяча',
  'код',
  'телефон',
  'из',
  'до',
]);

export const bareYearRule = rule<DateParse>({
  id: 'date/year-bare',
  examples: ['2017', 'в 2017'],
  pattern: withPrep(tok(bareYearNum).as('a.year')),
  interpret: (m) => {
    // "2025 заявок", "более 2000": a number, not a year
    const next = m.ctx.tokens[m.to];
    if (next && next.sentence === m.tokens[0]?.sentence) {
      if ((next.kind === 'symbol' && next.text !== '/') || next.kind === 'number') return null;
      const top = m.ctx.parses(m.to)[0];
      if (next.kind === 'word' && !/^\p{Lu}/u.test(next.text) && top && (top.pos === 'NOUN' || top.pos === 'ADJF'))
        return null;
      if (next.kind === 'punct' && /^[-‐‑‒–—]$/.test(next.text) && !next.spaceBefore) return null;
    }
    if (lemmaBefore(m, 1, NOT_BEFORE_YEAR)) return null;
    const prev = m.ctx.tokens[m.from - 1];
    if (
      prev &&
      (prev.kind === 'symbol' || (prev.kind === 'punct' && /^[-‐‑‒–—]$/.test(prev.text) && !prev.spaceBefore))
    )
      return null;
    return point(m);
  },
  priority: -1,
});

export const quarterRule = rule<DateParse>({
  id: 'date/quarter',
  examples: [
    'IV квартал 2025 года',
    'во втором квартале',
    'в I квартале 2025 г',
    'в первом квартале текущего года',
    'за 3-й квартал',
  ],
  pattern: withPrep(quarterCore('a.')),
  interpret: point,
});

export const halfYearRule = rule<DateParse>({
  id: 'date/half-year',
  examples: ['первое полугодие', 'во втором полугодии 2025 года', 'за первое полугодие этого года'],
  pattern: withPrep(halfCore('a.')),
  interpret: point,
});

export const seasonRule = rule<DateParse>({
  id: 'date/season',
  examples: ['летом', 'этим летом', 'осенью прошлого года', 'зимой 2010 года', 'к осени', 'весной 2025 г'],
  pattern: withPrep(seasonCore('a.')),
  interpret: point,
});

export const decadeRule = rule<DateParse>({
  id: 'date/decade',
  examples: [
    '1980-е',
    'в 90-х годах',
    'в 1990-е годы',
    'в двухтысячных',
    'с 70-80-х годов',
    'в 40-х годах XX века',
    'в 90-е годы прошлого века',
    'в сороковых годах',
  ],
  pattern: withPrep(decadeCore('a.')),
  interpret: (m) => {
    // a decade in words ("девяностые") needs "годы" or a preposition
    if (m.has('a.decw') && !m.has('prep') && !m.tokens.some((_, k) => m.ctx.lemmas(m.from + k).includes('год')))
      return null;
    const from = readAnchor(m, 'a.');
    if (!from) return null;
    if (m.has('a.dec1') && from.t === 'calendar' && from.cal.decade !== undefined) {
      const first = Number(m.part('a.dec1')?.text);
      const start = first >= 100 ? first : from.cal.decade - (from.cal.decade % 100) + first;
      if (start >= from.cal.decade) return null;
      return { role: 'range', from: { t: 'calendar', cal: extend(from.cal, { decade: start }) }, to: from };
    }
    return { role: roleOfPrep(m), from };
  },
});

export const centuryRule = rule<DateParse>({
  id: 'date/century',
  examples: ['XX век', 'в XIX веке', 'в 21 веке', 'двадцатого века', 'XX—XXI веков', 'до XV века', 'в XVIII в.'],
  pattern: withPrep(
    tok(ordinal).as('a.cent'),
    opt(seq(dash, tok(ordinal).as('b.cent'))),
    alt(tok(centuryWord), seq(tok(word('в', 'вв')).as('abbr'), punct('.'))),
  ),
  interpret: (m) => {
    // "XX в." only with Roman numerals: "ч. 2 ст." and "первый в" are not centuries
    if (m.has('abbr') && m.part('a.cent')?.tokens[0]?.kind !== 'roman') return null;
    const from = readAnchor(m, 'a.');
    if (!from) return null;
    if (!m.has('b.cent')) return { role: roleOfPrep(m), from };
    const to = ordinalOf(m, 'b.cent');
    if (from.t !== 'calendar' || to === undefined || to <= (from.cal.century ?? 99) || to > 30) return null;
    return { role: 'range', from, to: { t: 'calendar', cal: { century: to } } };
  },
});

/** "в начале года", "до конца сентября", "в середине XIX века", "в первой половине 2017 года". */
export const partOfRule = rule<DateParse>({
  id: 'date/part-of',
  examples: [
    'в начале года',
    'в начале 2017 года',
    'до конца сентября',
    'в середине XIX века',
    'к концу текущего столетия',
    'в первой половине 2017 года',
    'в начале 90-х',
    'в конце лета',
    'на конец первого полугодия 2015 года',
    'к концу второго полугодия',
  ],
  pattern: withPrep(
    alt(tok(lemma(...Object.keys(PERIOD_PARTS))).as('part'), seq(tok(ordinal).as('halfn'), tok(lemma('половина')))),
    alt(
      monthYear('a.'),
      yearCore('a.', true),
      quarterCore('a.'),
      halfCore('a.'),
      seasonCore('a.'),
      centuryCore('a.'),
      decadeCore('a.'),
      unitCore('a.'),
    ),
  ),
  interpret: (m) => {
    const from = readAnchor(m, 'a.');
    if (!from || from.t === 'weekday' || (from.t !== 'calendar' && from.unit === 'day')) return null;
    const role = roleOfPrep(m);
    const part = m.part('part');
    if (part) return { role, from, modifier: PERIOD_PARTS[part.lemma] ?? 'early' };
    const half = ordinalOf(m, 'halfn');
    if (half !== 1 && half !== 2) return null;
    const cal = from.t === 'calendar' ? from.cal : null;
    if (cal && cal.year !== undefined && Object.keys(cal).length === 1)
      return { role, from: { t: 'calendar', cal: extend(cal, { half }) } };
    return { role, from, modifier: half === 1 ? 'early' : 'late' };
  },
});

export const PARTIAL_RULES = [
  monthPairRule,
  monthYearRule,
  yearRule,
  bareYearRule,
  quarterRule,
  halfYearRule,
  seasonRule,
  decadeRule,
  centuryRule,
  partOfRule,
];
