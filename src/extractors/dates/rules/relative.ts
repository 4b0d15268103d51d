/** Dates relative to the publication date (or to a date named earlier in the text). */
import { alt, gram, lemma, opt, rule, seq, tok, word, type MatchView } from '../../../engine/index.js';
import { RELATIVE_DAYS } from '../../../lexicon/calendar.js';
import { readAnchor, unitCore } from '../cores.js';
import {
  startsTitle,
  relAdj,
  amount,
  amountNoun,
  amountOf,
  withPrep,
  somePrep,
  qualifierOf,
  qualifier,
  roleOfPrep,
  unitOf,
  unitWord,
  weekdayOf,
  weekdayWord,
} from '../parts.js';
import type { Anchor, DateParse } from '../types.js';

export const relativeDayRule = rule<DateParse>({
  id: 'date/relative-day',
  examples: ['сегодня', 'вчера', 'позавчера', 'завтра', 'до послезавтра', 'на днях'],
  pattern: alt(
    withPrep(tok(lemma(...Object.keys(RELATIVE_DAYS))).as('rd')),
    seq(word('на'), tok(lemma('день').and(gram('plur', 'loct'))).as('days')),
  ),
  interpret: (m) => {
    if (m.has('days')) return { role: 'point', from: { t: 'vague', unit: 'day', dir: tenseHint(m) } };
    if (startsTitle(m)) return null;
    const by = RELATIVE_DAYS[m.part('rd')?.lemma ?? ''];
    return by === undefined ? null : { role: roleOfPrep(m), from: { t: 'shift', unit: 'day', by } };
  },
});

export const eveRule = rule<DateParse>({
  id: 'date/eve',
  examples: ['накануне'],
  pattern: tok(word('накануне')),
  interpret: (m) => {
    // "накануне выборов" is a preposition: the date is the event's, not a day
    const next = m.ctx.tokens[m.to];
    if (
      next &&
      next.kind === 'word' &&
      m.ctx.parses(m.to).some((p) => p.case === 'gent' && (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'NPRO'))
    )
      return null;
    return { role: 'point', from: { t: 'anaphoric', unit: 'day' } };
  },
});

/** "в этом году", "на прошлой неделе", "в тот же день", "на сегодняшний день". */
export const thisPeriodRule = rule<DateParse>({
  id: 'date/this-period',
  examples: [
    'в этом году',
    'на прошлой неделе',
    'в прошлом месяце',
    'в текущем году',
    'в том же году',
    'на следующий день',
    'в прошлом веке',
    'на сегодняшний день',
    'прошлый год',
  ],
  pattern: withPrep(unitCore('a.', true)),
  interpret: (m) => {
    const from = readAnchor(m, 'a.');
    return from ? { role: roleOfPrep(m), from } : null;
  },
});

const relWeek = tok(
  lemma('прошлый', 'минувший', 'прошедший', 'этот', 'следующий', 'будущий', 'ближайший', 'ближний').and(gram('ADJF')),
).as('wrel');

/** "в понедельник", "в прошлый четверг", "в минувшие выходные", "по выходным". */
/** "в прошлом сезоне", "в текущем сезоне": a sports season, known only from the text. */
export const sportSeasonRule = rule<DateParse>({
  id: 'date/sport-season',
  examples: ['в прошлом сезоне', 'в текущем сезоне', 'в следующем сезоне'],
  pattern: withPrep(tok(relAdj).as('rel'), tok(lemma('сезон').and(gram('sing')))),
  interpret: () => ({ role: 'point', from: { t: 'anaphoric', unit: 'season' } }),
});

export const weekdayRule = rule<DateParse>({
  id: 'date/weekday',
  examples: [
    'в понедельник',
    'во вторник',
    'в среду',
    'на пятницу',
    'к пятнице',
    'до воскресенья',
    'в прошлый четверг',
    'в минувшие выходные',
    'на выходных',
    'по выходным',
  ],
  pattern: seq(
    somePrep,
    opt(relWeek),
    alt(tok(weekdayWord).as('a.weekday'), tok(lemma('выходной').and(gram('plur'))).as('weekend')),
  ),
  interpret: (m) => {
    const prepPart = m.part('prep');
    const pr = prepPart ? m.ctx.folded(prepPart.from) : '';
    const weekend = m.part('weekend');
    const p = m.part('a.weekday') ?? weekend;
    if (!p) return null;
    // "по понедельникам", "по выходным": every week
    if (pr === 'по' && p.parses.some((x) => x.case === 'datv' && x.number === 'plur'))
      return { role: 'duration', amount: { unit: 'week', n: 1 }, modifier: 'every' };
    const wd = weekend ? 6 : weekdayOf(m, 'a.weekday');
    if (wd === undefined || (!weekend && !p.parses.some((x) => x.number !== 'plur'))) return null;
    // "в среде" is an environment: the weekday after в/на is accusative
    if (!weekend && (pr === 'в' || pr === 'во' || pr === 'на') && !p.parses.some((x) => x.case === 'accs')) return null;
    const rel = m.part('wrel')?.lemma;
    const dir =
      rel === 'прошлый' || rel === 'минувший' || rel === 'прошедший'
        ? -1
        : rel === 'следующий' || rel === 'будущий' || rel === 'ближний' || rel === 'ближайший'
          ? 1
          : undefined;
    const from: Anchor = { t: 'weekday', weekday: wd, ...(weekend ? { weekend: true } : {}), ...(dir ? { dir } : {}) };
    return { role: roleOfPrep(m), from };
  },
});

/** "три года назад", "через две недели", "несколько дней назад", "год спустя". */
const howMuch = alt(seq(amount('n'), tok(unitWord).as('unit')), tok(unitWord).as('unit'), tok(amountNoun).as('unit'));

export const agoRule = rule<DateParse>({
  id: 'date/ago',
  examples: [
    'три года назад',
    'год назад',
    'несколько дней назад',
    'около 14 лет назад',
    'через две недели',
    'через год',
    'пять лет спустя',
    'спустя полгода',
    'полгода назад',
    'годом позже',
    'пятью днями ранее',
  ],
  pattern: alt(
    seq(
      opt(qualifier),
      howMuch,
      alt(tok(word('назад', 'спустя')).as('dir'), seq(tok(word('тому')).as('dir'), word('назад'))),
    ),
    seq(tok(word('через', 'спустя')).as('dir'), opt(qualifier), howMuch),
    seq(
      opt(amount('n')),
      tok(unitWord.and(gram('ablt'))).as('unit'),
      tok(word('ранее', 'раньше', 'позже', 'позднее')).as('dir'),
    ),
  ),
  interpret: (m) => {
    const u = unitOf(m, 'unit');
    if (!u) return null;
    const a = m.has('n') ? amountOf(m, 'n') : { n: 1 };
    if (!a || a.max !== undefined) return null;
    const dirWord = m.ctx.folded(m.part('dir')?.from ?? m.from);
    const modifier = qualifierOf(m);
    let from: Anchor;
    if (
      dirWord === 'спустя' ||
      dirWord === 'ранее' ||
      dirWord === 'раньше' ||
      dirWord === 'позже' ||
      dirWord === 'позднее'
    )
      from = { t: 'anaphoric', unit: u.unit };
    else if (a.n === null) from = { t: 'vague', unit: u.unit, dir: dirWord === 'через' ? 1 : -1 };
    else
      from = {
        t: 'shift',
        unit: u.unit,
        by: (dirWord === 'через' ? 1 : -1) * a.n * u.n,
        ...(dirWord === 'через' ? { tenseDependent: true } : {}),
      };
    return modifier ? { role: 'point', from, modifier } : { role: 'point', from };
  },
});

/** "на днях": a few days before publication in the past tense, after it otherwise (a guess from the nearest verb). */
function tenseHint(m: MatchView): -1 | 1 {
  for (let i = m.to; i < Math.min(m.ctx.tokens.length, m.to + 6); i++) {
    const p = m.ctx.parses(i)[0];
    if (p?.pos === 'VERB') return p.grammemes.has('past') ? -1 : 1;
  }
  return -1;
}

export const RELATIVE_RULES = [relativeDayRule, eveRule, thisPeriodRule, sportSeasonRule, weekdayRule, agoRule];
