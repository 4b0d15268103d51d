/**
 * Amounts of time: "два года", "на пять лет", "не более трёх лет", "в течение 10 дней",
 * "за последние 200 лет", "от 5 до 10 лет". NEREL annotates them as dates; the value has
 * `role: 'duration'` and an ISO 8601 `duration`.
 */
import { alt, gram, lemma, opt, rule, seq, tok, word, type MatchView } from '../../../engine/index.js';
import {
  amount,
  amountNoun,
  amountOf,
  wordRange,
  dash,
  lemmaBefore,
  optionalLead,
  qualifier,
  qualifierOf,
  startsTitle,
  unitOf,
  unitWord,
} from '../parts.js';
import type { DateParse, Modifier } from '../types.js';

/** "на", "за", "до", "в течение", "на протяжении", "по истечении": kept in the span ("за эти 4 года" too). */
const durationPrep = seq(
  alt(
    tok(word('на', 'за', 'до')),
    seq(word('в'), lemma('течение')),
    seq(word('на', 'по'), lemma('протяжение', 'истечение')),
  ),
  opt(tok(lemma('этот', 'тот', 'весь').and(gram('plur')))),
).as('dprep');

/** Ages are another kind: "в возрасте 45 лет", "ему исполнилось 80 лет", "старше 18 лет". */
const AGE_WORDS: ReadonlySet<string> = new Set([
  'возраст',
  'старший',
  'младший',
  'молодой',
  'старый',
  'исполниться',
  'исполняться',
  'достичь',
  'достигнуть',
  'юбилей',
  'праздновать',
]);
const PERSON_MARKS = ['Name', 'Surn', 'Patr'] as const;
/** Words that may stand between "ему" and the age. */
const AGE_GAP: ReadonlySet<string> = new Set([
  'быть',
  'уже',
  'сейчас',
  'тогда',
  'только',
  'всего',
  'еще',
  'бы',
  'лишь',
  'почти',
  'около',
  'примерно',
  'на',
  'тот',
  'момент',
  'смерть',
  ',',
]);

/**
 * "Ему 85 лет", "Теду Крузу 44 года", "Поленти 50 лет", "(43 года)", ", 19 лет,", "в 15 лет",
 * "по 31 году", "девочка 16 лет", "лицам до 18 лет": an age, NEREL's other kind.
 */
export function isAge(m: MatchView): boolean {
  if (lemmaBefore(m, 3, AGE_WORDS)) return true;
  const { ctx } = m;
  if (ctx.folded(m.to) === 'от' && ctx.folded(m.to + 1) === 'роду') return true;
  const unit = m.part('unit');
  if (!unit || !ctx.lemmas(unit.from).some((l) => l === 'год' || l === 'лет')) return false;
  const sentence = m.tokens[0]?.sentence;
  const at = (i: number) => (ctx.tokens[i]?.sentence === sentence ? ctx.tokens[i] : undefined);
  const prev = at(m.from - 1);
  const next = at(m.to);
  if (
    !m.has('dprep') &&
    prev &&
    ['в', 'по', 'с', 'свои'].includes(ctx.folded(m.from - 1)) &&
    ctx.folded(m.from - 2) !== 'раз'
  )
    return true;
  // "на 75 году жизни"
  if (ctx.lemmas(m.to).includes('жизнь')) return true;
  if (
    prev &&
    (prev.text === ',' || prev.text === '(') &&
    (!next || next.text === ',' || next.text === ')' || next.text === '.')
  )
    return true;
  // "девочка 16 лет", "Поленти 50 лет"
  const top = ctx.parses(m.from - 1)[0];
  if (!m.has('dprep') && top && top.pos === 'NOUN' && top.grammemes.has('anim')) return true;
  // "ему 85 лет", "которому сейчас 23 года", "Теду Крузу уже было 44 года"
  for (let i = m.from - 1; i >= Math.max(0, m.from - 5); i--) {
    if (!at(i)) break;
    const ps = ctx.parses(i);
    const lemmas = ctx.lemmas(i);
    const gap = i < m.from - 1;
    const dative = ps.some(
      (p) =>
        p.case === 'datv' &&
        (p.pos === 'NPRO' ||
          (p.pos === 'NOUN' && p.grammemes.has('anim')) ||
          PERSON_MARKS.some((g) => p.grammemes.has(g))),
    );
    // "которой" is also genitive: only with a gap word after it ("которой сейчас 23 года")
    if (
      lemmas.includes('который')
        ? ps.every((p) => p.case === 'datv') || (gap && ps.some((p) => p.case === 'datv'))
        : dative
    )
      return true;
    if (!lemmas.some((l) => AGE_GAP.has(l))) break;
  }
  // "было 69 лет", "будет 25 лет" with a dative subject the morphology does not know
  const before = ctx.tokens[m.from - 1];
  if (
    !m.has('dprep') &&
    !m.has('qual') &&
    before &&
    ctx
      .parses(m.from - 1)
      .some((p) => p.pos === 'VERB' && p.grammemes.has('neut') && ctx.lemmas(m.from - 1).includes('быть'))
  ) {
    const after = at(m.to);
    if (!after || after.kind === 'punct') return true;
  }
  return false;
}

const UNIT_ORDER = ['day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century', 'millennium'];

/**
 * The tests that reject a match are pure, so their order changes no result: the looks at the
 * words around it (an age, a title) come after the tests of its own words, which reject most
 * matches ("2015 года" is a year).
 */
function interpretDuration(m: MatchView): DateParse | null {
  const u = unitOf(m, 'unit');
  if (!u) return null;
  const a = m.has('n') ? amountOf(m, 'n') : { n: 1 };
  if (!a) return null;
  // "2025 года", "за 2016 год" are years
  if (a.n !== null && a.n >= 1000 && u.unit === 'year' && u.n === 1) return null;
  const bare = !m.has('n') && u.n === 1;
  const prepWord = m.part('dprep') ? m.ctx.folded(m.part('dprep')!.from) : '';
  // a bare unit ("года", "день") needs a preposition or a qualifier: "на год", "около года"
  if (bare && !m.has('dprep') && !m.has('qual')) return null;
  if (bare && /^\p{Lu}/u.test(m.part('unit')?.text ?? '')) return null; // "на Неделе моды" names an event
  if (bare && u.unit === 'day' && prepWord !== 'за') return null;
  if (m.has('before') && prepWord !== 'за') return null; // "за день до этого"
  if (isAge(m) || startsTitle(m)) return null;
  if (m.has('before')) return { role: 'point', from: { t: 'anaphoric', unit: u.unit } };
  const n = a.n === null ? null : a.n * u.n;
  const max = a.max !== undefined ? a.max * u.n : undefined;
  let modifier: Modifier | undefined = qualifierOf(m);
  if (!modifier && prepWord === 'до') modifier = 'atMost';
  // "3 года и 8 месяцев", "115 лет и 253 дня": a smaller unit after a larger one
  const u2 = m.has('unit2') ? unitOf(m, 'unit2') : undefined;
  const a2 = m.has('n2') ? amountOf(m, 'n2') : undefined;
  if (
    m.has('unit2') &&
    (!u2 ||
      !a2 ||
      a2.n === null ||
      a.n === null ||
      max !== undefined ||
      UNIT_ORDER.indexOf(u2.unit) >= UNIT_ORDER.indexOf(u.unit))
  )
    return null;
  const plus = u2 && a2 && a2.n !== null ? { plus: { unit: u2.unit, n: a2.n * u2.n } } : {};
  const amt = max !== undefined ? { unit: u.unit, n, max } : { unit: u.unit, n, ...plus };
  return modifier ? { role: 'duration', amount: amt, modifier } : { role: 'duration', amount: amt };
}

export const durationRule = rule<DateParse>({
  id: 'date/duration',
  examples: [
    'два года',
    'на два года',
    'не более трёх лет',
    'в течение 10 лет',
    'две недели',
    'полгода',
    'около года',
    'более 20 лет',
    'несколько месяцев',
    'за пять лет',
    'на протяжении восьми лет',
    '21 месяц',
    'двое суток',
    'полтора года',
    '3 года и 8 месяцев',
  ],
  pattern: seq(
    opt(seq(opt(word('чуть')), qualifier)),
    opt(durationPrep),
    opt(seq(opt(word('чуть')), qualifier)),
    alt(
      seq(amount('n'), tok(unitWord).as('unit')),
      tok(amountNoun).as('unit'),
      seq(opt(tok(lemma('целый'))), tok(unitWord.and(gram('sing'))).as('unit')),
    ),
    opt(seq(opt(word('и')), amount('n2'), tok(unitWord).as('unit2'))),
    opt(alt(tok(word('подряд')), seq(word('до'), tok(lemma('этот', 'тот').and(gram('gent'))).as('before')))),
  ),
  interpret: interpretDuration,
  priority: -1,
});

export const durationRangeRule = rule<DateParse>({
  id: 'date/duration-range',
  examples: ['от 5 до 10 лет', 'от трёх до пяти лет', '45-60 дней', 'в течение 45-60 дней'],
  pattern: seq(
    opt(durationPrep),
    alt(seq(tok(word('от')).as('dprep'), amount('n'), word('до'), amount('n2')), seq(amount('n'), dash, amount('n2'))),
    tok(unitWord).as('unit'),
  ),
  // the look around for an age last: its own words reject most matches ("2015-2020 годы" are years)
  interpret: (m) => {
    const u = unitOf(m, 'unit');
    const a = amountOf(m, 'n');
    const b = amountOf(m, 'n2');
    if (!u || !a || !b || a.n === null || b.n === null || b.n <= a.n) return null;
    if (u.unit === 'year' && b.n >= 1000) return null;
    if (isAge(m)) return null;
    return { role: 'duration', amount: { unit: u.unit, n: a.n * u.n, max: b.n * u.n } };
  },
});

/** "за последние 200 лет", "в последние годы", "в ближайшие месяцы", "на ближайшие два года". */
export const lastNRule = rule<DateParse>({
  id: 'date/last-n',
  examples: [
    'за последние 200 лет',
    'в последние годы',
    'в ближайшие месяцы',
    'на ближайшие два года',
    'последние пять лет',
    'в течение последних трёх месяцев',
    'за последний год',
    'в ближайшие полтора-два года',
    'в ближайшие два-три месяца',
  ],
  pattern: optionalLead(
    [tok(word('в', 'во', 'за', 'на')), seq(word('в'), lemma('течение')), seq(word('на'), lemma('протяжение'))],
    tok(lemma('последний', 'прошедший', 'минувший', 'следующий').or(lemma('ближний', 'близкий').and(gram('Supr')))).as(
      'which',
    ),
    alt(seq(opt(alt(amount('n'), wordRange('n'))), tok(unitWord).as('unit')), tok(amountNoun).as('unit')),
  ),
  interpret: (m) => {
    const u = unitOf(m, 'unit');
    const unitPart = m.part('unit');
    if (!u || !unitPart) return null;
    const plural = unitPart.parses.some((p) => p.number === 'plur') || m.ctx.folded(unitPart.from) === 'лет';
    const a = m.has('n') ? amountOf(m, 'n') : plural ? { n: null } : { n: 1 };
    if (!a) return null;
    // "в ближайшие полтора-два года": a range of amounts, counted from publication
    if (a.max !== undefined && a.n !== null) {
      const upTo = { unit: u.unit, n: a.n * u.n, max: a.max * u.n };
      return m.part('which')?.parses.some((p) => p.grammemes.has('Supr'))
        ? { role: 'duration', amount: upTo, around: 1 }
        : null;
    }
    if (a.max !== undefined) return null;
    // "в последний день" is a day named elsewhere, not a stretch of time
    if (!plural && u.unit === 'day') return null;
    const which = m.part('which');
    const amt = { unit: u.unit, n: a.n === null ? null : a.n * u.n };
    // "следующие пять месяцев" count from a date in the text, not from publication
    if (which?.lemma === 'следующий') return plural || m.has('n') ? { role: 'duration', amount: amt } : null;
    const around = which?.parses.some((p) => p.grammemes.has('Supr')) ? 1 : -1;
    return { role: 'duration', amount: amt, around };
  },
});

export const DURATION_RULES = [durationRule, durationRangeRule, lastNRule];
