/**
 * Whether a matched figure is a quantity. Labels ("ст. 12", "№ 5") never are; a bare number
 * must also not be a year, a date, a duration or an age, a list marker, a score or part of a
 * code, and "один" counts only before a noun.
 */
import type { MatchView } from '../../engine/index.js';
import { countedNoun, likely } from '../../context/index.js';
import { isLabelled, isTimeAmount, isYearLike } from './context.js';
import { isDash } from './matchers.js';
import { officialNumber } from './official.js';

const ONE_SUBJECT = new Set(['один', 'одна', 'одно']);
const AGE_WORDS = new Set([
  'старше',
  'моложе',
  'младше',
  'возраст',
  'возрасте',
  'исполнилось',
  'исполнится',
  'стукнет',
  'стукнуло',
]);

/** Verbs of growth or fall before which "до" gives the value reached ("вырос до 4,7%"). */
const REACHING = new Set([
  'вырасти',
  'возрасти',
  'увеличиться',
  'повыситься',
  'подняться',
  'снизиться',
  'сократиться',
  'уменьшиться',
  'упасть',
  'понизиться',
  'опуститься',
  'сократить',
  'снизить',
  'увеличить',
  'повысить',
]);
/** Whether a verb of growth or fall stands up to eight tokens before token `i` ("снизилась в 2024 году до"), within the clause. */
function reachedBefore(ctx: MatchView['ctx'], i: number): boolean {
  // "выросла на 0,4 п.п., до 5,2%": past a comma and the amount of the change
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const t = ctx.tokens[j];
    if (!t || t.sentence !== ctx.tokens[i]?.sentence || t.text === ';' || t.text === ':') return false;
    if (ctx.tokens[j]?.kind === 'word' && ctx.lemmas(j).some((l) => REACHING.has(l))) return true;
  }
  return false;
}

/** A figure of any kind: not a label, not glued by a dash to another number outside a range. */
export function free(m: MatchView): boolean {
  const { ctx } = m;
  if (isLabelled(ctx, m.from, m.to)) return false;
  // list items, codes, postcodes, phones, clause numbers (official.ts)
  if (officialNumber(m)) return false;
  // "с 8 до 12": "до" ends a change, it does not qualify the figure
  const q = m.part('q');
  if (q && ctx.folded(q.from) === 'до') {
    for (let i = q.from - 1; i >= 0 && i >= q.from - 6; i--) {
      const f = ctx.folded(i);
      if ((f === 'с' || f === 'от') && ctx.tokens[i + 1]?.kind === 'number') return false;
      if (f === ';' || f === ':' || f === '(' || f === ')') break;
    }
    // "вырос до 4,7%": the value reached, not a bound (change/to-value reads it)
    if (reachedBefore(ctx, q.from)) return false;
  }
  // "1039101-6", "45-60" that no range rule took: one half of a code or a date
  const before = ctx.tokens[m.from - 1];
  const after = ctx.tokens[m.to];
  if (
    before &&
    isDash(before.text) &&
    !ctx.tokens[m.from]?.spaceBefore &&
    !before.spaceBefore &&
    ctx.tokens[m.from - 2]?.kind === 'number'
  )
    return false;
  if (
    after &&
    isDash(after.text) &&
    !after.spaceBefore &&
    ctx.tokens[m.to + 1]?.spaceBefore === false &&
    ctx.tokens[m.to + 1]?.kind === 'number'
  )
    return false;
  return true;
}

const sentenceEnd = (m: MatchView): number => {
  const s = m.ctx.seg.sentences[m.ctx.tokens[m.from]?.sentence ?? 0];
  return s?.tokenEnd ?? m.ctx.tokens.length;
};

/**
 * A number (not money or percent). The tests are pure, so their order changes no result: those
 * of the figure's own words come first, as most figures they reject (years and dates, "в 2019
 * году", "10 ноября") are rejected there, and `free` (labels, lists, phones, codes: a look at the
 * document's phone numbers and at the words before) comes last.
 */
export function countable(m: MatchView): boolean {
  const { ctx } = m;
  const first = m.part('a') ?? m.part('round');
  const last = m.part('b') ?? first;
  if (!first || !last) return false;
  if (!m.has('measure') && isTimeAmount(ctx, m.to)) return false;
  const firstTok = ctx.tokens[first.from];
  const after = ctx.tokens[m.to];
  const bare = first.to - first.from === 1 && !m.has('b') && !m.has('q') && firstTok?.kind === 'number';
  const single = last.to - first.from === 1 || (m.has('b') && first.to - first.from === 1 && last.to - last.from === 1);
  if (single && isYearLike(firstTok?.text ?? '') && !m.has('measure')) {
    const noun = countedNoun(ctx, m.to, sentenceEnd(m));
    if (!noun || noun.index !== m.to) return false;
  }
  // "(1996—98)": the tail of a range of years
  const prev = ctx.tokens[m.from - 1];
  if (prev && !firstTok?.spaceBefore && isDash(prev.text) && isYearLike(ctx.tokens[m.from - 2]?.text ?? ''))
    return false;
  // "21 10 2016": a date written with spaces
  if (bare && after?.kind === 'number' && isYearLike(ctx.tokens[m.to + 1]?.text ?? '')) return false;
  if (bare && prev?.kind === 'number' && isYearLike(after?.text ?? '')) return false;
  // "1) ...", "2. Утвердить": a list marker at the start of a line; "постановляю 1 Отрешить"
  if (
    bare &&
    m.to - m.from === 1 &&
    firstTok &&
    (firstTok.newlineBefore || firstTok.index === 0) &&
    after &&
    !after.spaceBefore &&
    (after.text === ')' || after.text === '.')
  )
    return false;
  if (bare && after?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(after.text)) return false;
  if (bare && prev?.text === '.' && after?.text === '.') return false;
  // "7 8 9 10 11 12", "701 11690050056000140": table cells
  // (a number grouped in thousands, "1 000 2 000 3 000", is a quantity in any row)
  if (bare && prev?.kind === 'number' && after?.kind === 'number' && !/\s/.test(firstTok?.text ?? '')) return false;
  if (
    bare &&
    (after?.kind === 'number' || prev?.kind === 'number') &&
    /^\d{10,}$/.test((after?.kind === 'number' ? after : prev)?.text ?? '')
  )
    return false;
  // "занял 10 место": a place, an ordinal
  if (bare && after?.kind === 'word' && likely(ctx, m.to).some((p) => p.lemma === 'место' && p.number === 'sing'))
    return false;
  // "старше 18", "в возрасте 38": an age
  if (prev && AGE_WORDS.has(ctx.folded(m.from - 1))) return false;
  // "один" counts only as a subject before its noun ("один человек погиб"), not in "один из",
  // "ни одного", "в одной из", "за одним столом"
  if (
    first.to - first.from === 1 &&
    !m.has('b') &&
    likely(ctx, first.from).some((p) => p.lemma === 'один' && p.grammemes.has('Apro'))
  ) {
    if (ctx.folded(m.from - 1) === 'ни' || !ONE_SUBJECT.has(ctx.folded(first.from))) return false;
    const noun = countedNoun(ctx, m.to, sentenceEnd(m));
    if (!noun || noun.index !== m.to) return false;
  }
  return free(m);
}
