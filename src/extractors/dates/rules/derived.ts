/**
 * Forms derived from date words: month adjectives ("на декабрьском заседании"), repetition
 * ("ежегодно", "каждый год"), amount adjectives ("пятилетний контракт") and years glued to a
 * name ("Олимпиада-2014").
 */
import type { Morph } from '../../../morph/types.js';
import { EVERY_WORDS, HOLIDAYS, MONTH_ADJECTIVES, NUMBER_WORDS, type CalendarUnit } from '../../../lexicon/calendar.js';
import {
  alt,
  gnc,
  gram,
  kind,
  lemma,
  rule,
  seq,
  surface,
  tok,
  word,
  type MatchView,
  wordTest,
} from '../../../engine/index.js';
import { optionalLead, unitOf, unitWord } from '../parts.js';
import type { DateParse } from '../types.js';

const focusOn = (m: MatchView, name: string): DateParse['focus'] => {
  const p = m.part(name);
  return p ? { start: p.start, end: p.end } : undefined;
};

const DAY_ADJECTIVES: Readonly<Record<string, number>> = { сегодняшний: 0, вчерашний: -1, завтрашний: 1 };

/** "на декабрьском заседании", "сегодняшнего заседания": the adjective is the date. */
export const dateAdjectiveRule = rule<DateParse>({
  id: 'date/adjective',
  examples: ['декабрьском', 'майских', 'сегодняшнего'],
  pattern: tok(lemma(...MONTH_ADJECTIVES, ...Object.keys(DAY_ADJECTIVES)).and(gram('ADJF'))).as('adj'),
  interpret: (m) => {
    const by = m
      .part('adj')
      ?.parses.map((p) => DAY_ADJECTIVES[p.lemma])
      .find((x) => x !== undefined);
    if (by !== undefined) return { role: 'point', from: { t: 'shift', unit: 'day', by } };
    // "Октябрьский" is also a town, "Октябрьская революция" an event
    if (/^\p{Lu}/u.test(m.text)) return null;
    const l = m.part('adj')?.parses.find((p) => (MONTH_ADJECTIVES as readonly string[]).includes(p.lemma))?.lemma;
    const month = l ? (MONTH_ADJECTIVES as readonly string[]).indexOf(l) + 1 : 0;
    return month ? { role: 'point', from: { t: 'calendar', cal: { month } } } : null;
  },
});

/** "на Рождество", "до Нового года", "в сочельник". */
export const holidayRule = rule<DateParse>({
  id: 'date/holiday',
  examples: ['на Рождество', 'до Нового года', 'в сочельник', 'во время Рождества', 'ко Дню Победы'],
  pattern: optionalLead(
    [tok(word('в', 'во', 'на', 'до', 'к', 'ко', 'с', 'со', 'после')).as('prep'), seq(word('во'), word('время'))],
    alt(
      tok(lemma('рождество', 'сочельник')).as('h'),
      seq(tok(lemma('новый')).as('h'), lemma('год')),
      seq(tok(lemma('день')).as('h'), alt(lemma('победа', 'россия'), seq(lemma('народный'), lemma('единство')))),
    ),
  ),
  interpret: (m) => {
    const h = m.part('h');
    if (!h) return null;
    const phrase = m.ctx.text.slice(h.start, m.end).toLowerCase();
    const day = HOLIDAYS.find(
      (x) =>
        m.ctx.morph.lemmas(phrase.split(/\s+/)[0] ?? '').includes(x.phrase.split(' ')[0]!) &&
        x.phrase.split(' ').length === phrase.split(/\s+/).length,
    );
    // "новый год" as a holiday is capitalised or follows "до"/"к"; "в новом году" is the next year
    if (!day) return null;
    if (
      day.phrase === 'новый год' &&
      !/^Н/.test(h.text) &&
      !['до', 'к', 'ко', 'после', 'с', 'со'].includes(m.ctx.folded(m.part('prep')?.from ?? -1))
    )
      return null;
    const role = ['до', 'к', 'ко'].includes(m.ctx.folded(m.part('prep')?.from ?? -1))
      ? 'until'
      : m.ctx.folded(m.part('prep')?.from ?? -1).startsWith('с') || m.ctx.folded(m.part('prep')?.from ?? -1) === 'после'
        ? 'since'
        : 'point';
    return { role, from: { t: 'calendar', cal: { month: day.month, day: day.day } } };
  },
});

export const everyRule = rule<DateParse>({
  id: 'date/every',
  examples: ['ежегодно', 'ежемесячно', 'каждый год', 'каждую неделю'],
  pattern: (() => {
    const r = gnc();
    // the adverbs only: "ежегодный конкурс" names an event, not a date
    return alt(
      tok(lemma(...Object.keys(EVERY_WORDS)).and(gram('ADVB'))).as('every'),
      seq(tok(lemma('каждый')).agree(r), tok(unitWord).agree(r).as('unit')),
    );
  })(),
  interpret: (m) => {
    const every = m.part('every');
    const unit = every ? every.parses.map((p) => EVERY_WORDS[p.lemma]).find((u) => u) : unitOf(m, 'unit')?.unit;
    return unit ? { role: 'duration', amount: { unit, n: 1 }, modifier: 'every' } : null;
  },
});

/** "63-летний возраст", "90-летний юбилей" are ages and anniversaries. */
const NOT_DURATION_NOUNS: ReadonlySet<string> = new Set(['возраст', 'юбилей', 'годовщина', 'рубеж']);
const AMOUNT_ADJ = /^(.+?)-?(летн|дневн|месячн|недельн|суточн)(?:ий|ый)$/;
const ADJ_UNIT: Readonly<Record<string, CalendarUnit>> = {
  летн: 'year',
  дневн: 'day',
  месячн: 'month',
  недельн: 'week',
  суточн: 'day',
};

/** The genitive stems that make compound adjectives ("пяти" + "летний"), from the morphology. */
const stems = new WeakMap<Morph, Map<string, number>>();
function stemsOf(morph: Morph): Map<string, number> {
  let map = stems.get(morph);
  if (!map) {
    map = new Map([
      ['одно', 1],
      ['сто', 100],
      ['сорока', 40],
      ['девяноста', 90],
    ]);
    for (const [w, n] of Object.entries(NUMBER_WORDS)) {
      const p = morph.parse(w).find((x) => x.pos === 'NUMR');
      const g = p ? morph.inflect(w, p, ['gent']) : null;
      if (g && !map.has(g)) map.set(g.toLowerCase().replace(/ё/g, 'е'), n);
    }
    stems.set(morph, map);
  }
  return map;
}

/** "пятилетний контракт", "15-летний опыт", "трёхдневный траур": the adjective, when its noun is a thing (a person's is an age). */
export const amountAdjectiveRule = rule<DateParse>({
  id: 'date/amount-adjective',
  examples: ['пятилетний контракт', '15-летний опыт', 'трёхдневный траур'],
  pattern: (() => {
    const r = gnc();
    return seq(
      tok(gram('ADJF').and(wordTest('amount adjective', (ctx, i) => ctx.lemmas(i).some((l) => AMOUNT_ADJ.test(l)))))
        .agree(r)
        .as('adj'),
      tok(gram('NOUN', 'inan')).agree(r).as('noun'),
    );
  })(),
  interpret: (m) => {
    const adj = m.part('adj');
    const noun = m.part('noun');
    if (!adj || !noun || /^\p{Lu}/u.test(noun.text) || NOT_DURATION_NOUNS.has(noun.lemma)) return null;
    if (noun.parses.some((p) => p.grammemes.has('anim') || p.grammemes.has('Name') || p.grammemes.has('Surn')))
      return null;
    const mm = adj.parses.map((p) => AMOUNT_ADJ.exec(p.lemma)).find((x) => x);
    const unit = mm?.[2] ? ADJ_UNIT[mm[2]] : undefined;
    const head = mm?.[1];
    if (!unit || !head) return null;
    const n = /^\d+$/.test(head) ? Number(head) : stemsOf(m.ctx.morph).get(head);
    if (n === undefined) return null;
    return { role: 'duration', amount: { unit, n }, focus: focusOn(m, 'adj')! };
  },
});

/** "Олимпиада-2014", "ЧМ-2018", "Сочи-2014": the year inside the name. */
export const nameYearRule = rule<DateParse>({
  id: 'date/name-year',
  examples: ['Олимпиаде-2018', 'ЧМ-1986'],
  pattern: tok(kind('other').and(surface(/^\p{Lu}[\p{L}]*-(?:1[89]\d\d|20\d\d)$/u))).as('tok'),
  interpret: (m) => {
    const t = m.part('tok');
    if (!t) return null;
    const year = Number(t.text.slice(-4));
    if (year > 2050) return null;
    return { role: 'point', from: { t: 'calendar', cal: { year } }, focus: { start: t.end - 4, end: t.end } };
  },
});

export const DERIVED_RULES = [holidayRule, dateAdjectiveRule, everyRule, amountAdjectiveRule, nameYearRule];
