/**
 * Ordinals as values: "второго" -> 2, "двадцать первый" -> 21, "4-й" -> 4, "IV" -> 4, and
 * numbers that label something ("статьи 148", "ч. 3", "№ 5", "10 место"). NEREL counts these as
 * `ordinal`, not `number`; they have their own rule set so the number rules never see them.
 */
import {
  alt,
  custom,
  kind,
  lemma,
  opt,
  punct,
  repeat,
  rule,
  seq,
  surface,
  tok,
  wordTest,
  type DocContext,
  type MatchView,
} from '../../../engine/index.js';
import type { Parse } from '../../../morph/types.js';
import { CARDINALS, romanValue } from '../../../lexicon/numerals.js';
import { isLabelled, isTimeAmount } from '../context.js';
import { numberWord } from '../parts.js';
import { cardinalAt, composeWords, parseDigits, scaleAt, toNumber } from '../value.js';
import { likely } from '../../../context/index.js';
import type { OrdinalParse } from '../types.js';

/** The reading of an ordinal adjective: az lemmatises "второго" to "два" (ADJF, Anum). */
const ordinalReading = (ctx: DocContext, i: number): Parse | undefined =>
  likely(ctx, i).find((x) => x.pos === 'ADJF' && x.grammemes.has('Anum'));

const ordinalValueAt = (m: MatchView, i: number): number | null => {
  const p = ordinalReading(m.ctx, i);
  if (!p) return null;
  return CARDINALS[p.lemma] ?? (scaleAt(m.ctx, i) || null);
};

/**
 * A word with an ordinal reading, which the interpretation needs: tested in the pattern, per word,
 * so that "тыс." (lemma "тысяча", a noun) before every "руб." is left out by the rule set.
 */
const ordinalWordTest = wordTest('ordinal reading', (ctx, i) => ordinalReading(ctx, i) !== undefined);

/** Not a date: "первого сентября", "в третьем квартале", "1990-х годах". */
const notDate = (m: MatchView): boolean => !isTimeAmount(m.ctx, m.to);

export const ordinalWord = rule<OrdinalParse>({
  id: 'ordinal/word',
  examples: ['второго', 'двадцать первый', 'сотый', 'Четвёртый'],
  pattern: seq(
    repeat(numberWord, 0, 3).as('head'),
    lemma(...Object.keys(CARDINALS), 'тысяча')
      .and(ordinalWordTest)
      .as('ord'),
  ),
  interpret: (m) => {
    const ord = m.part('ord');
    if (!ord || !notDate(m)) return null;
    const last = ordinalValueAt(m, ord.from);
    if (last === null) return null;
    const head = m.part('head');
    const units: { unit: number }[] = [];
    for (let i = head?.from ?? ord.from; i < ord.from; i++) {
      const v = cardinalAt(m.ctx, i);
      if (v === null) return null;
      units.push({ unit: v });
    }
    const total = composeWords([...units, { unit: last }]);
    return total ? { value: toNumber(total) } : null;
  },
});

export const ordinalSuffix = rule<OrdinalParse>({
  id: 'ordinal/suffix',
  examples: ['4-й', '42-го', '18-м', '7-ю', '11-ми'],
  pattern: seq(
    tok(kind('other').and(surface(/^\d{1,4}-?(?:й|я|е|го|ого|ему|му|м|ом|х|ых|ми|ыми|ый|ой|ая|ое|ые|ым|ую|ю)$/u))).as(
      'n',
    ),
  ),
  interpret: (m) => {
    const d = parseDigits(/^\d+/u.exec(m.text)?.[0] ?? '');
    if (!d) return null;
    // "1990-х годах", "в 65-м году" are dates; "на 52-й минуте" is an ordinal
    const next = m.ctx.tokens[m.to]?.kind === 'word' ? likely(m.ctx, m.to) : [];
    if (toNumber(d) >= 1000 || next.some((p) => p.pos === 'NOUN' && (p.lemma === 'год' || p.lemma === 'век')))
      return null;
    return { value: toNumber(d) };
  },
});

export const ordinalRoman = rule<OrdinalParse>({
  id: 'ordinal/roman',
  examples: ['IV', 'XVI', 'II'],
  pattern: seq(tok(kind('roman')).as('n')),
  interpret: (m) => {
    const v = romanValue(m.text);
    if (v === null) return null;
    // an English "I" is not a numeral: keep "I" only next to Cyrillic words ("Пётр I", "I степени")
    if (v === 1) {
      const near = [m.ctx.tokens[m.from - 1], m.ctx.tokens[m.to]];
      if (!near.some((t) => t?.kind === 'word' && /\p{Script=Cyrillic}/u.test(t.text))) return null;
    }
    return { value: v };
  },
});

/** "статьи", "ч.", "№", "пункт": a word that labels the number after it (and its dot). */
const label = seq(
  tok(
    kind('word', 'symbol').and(
      custom('label', (ctx, i) => {
        const j = ctx.tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
        return (ctx.tokens[j]?.kind === 'number' || ctx.tokens[j]?.kind === 'other') && isLabelled(ctx, j, j + 1);
      }),
    ),
  ),
  opt(tok(punct('.'))),
);

export const ordinalLabel = rule<OrdinalParse>({
  id: 'ordinal/label',
  examples: ['статьи 148', 'ч. 3', '№ 5', '10 место', 'статье 205.1', 'пункту 4.1.7'],
  // the entity is the number alone (part `n`), as NEREL marks it
  pattern: alt(
    seq(label, tok(kind('number', 'other').and(surface(/^\d{1,7}(?:\.\d{1,3})*$/u))).as('n')),
    seq(tok(kind('number').and(surface(/^\d{1,4}$/u))).as('n'), lemma('место').as('place')),
  ),
  interpret: (m) => {
    const n = m.part('n');
    // "205.1", "4.1.7": a clause number; its value is the leading number
    const d = n ? parseDigits(/^\d+/u.exec(n.text)?.[0] ?? '') : null;
    if (!n || !d) return null;
    const place = m.part('place');
    if (
      place
        ? !likely(m.ctx, place.from).some((p) => p.lemma === 'место' && p.number === 'sing')
        : !isLabelled(m.ctx, n.from, n.to)
    )
      return null;
    return { value: toNumber(d), index: n.from };
  },
});
