import type { Case, Grammeme, Parse } from '../morph/types.js';
import type { DocContext } from './context.js';

const MODIFIER: readonly Grammeme[] = ['ADJF', 'PRTF'];
const NAME_MARKS: readonly Grammeme[] = ['Name', 'Surn', 'Patr', 'Geox'];

const isModifier = (p: Parse): boolean =>
  MODIFIER.some((g) => p.grammemes.has(g)) || (p.pos === 'NUMR' && p.grammemes.has('Anum'));

/**
 * Puts the phrase in tokens `[from, to)` into the nominative the way a reader would name it:
 * the leading modifiers and the head noun are inflected together, keeping number and gender
 * ("Владимирской области" -> "Владимирская область", "Нижнем Новгороде" -> "Нижний Новгород"),
 * names in apposition follow the head ("Андрея Григорьева" -> "Андрей Григорьев"), and what
 * the head governs stays as written ("конкурса профессионального мастерства" -> "конкурс
 * профессионального мастерства"). Punctuation is kept from the source; a run of whitespace,
 * line breaks included, is one space.
 */
export function nominative(
  ctx: DocContext,
  from: number,
  to: number,
  parsesAt: (i: number) => readonly Parse[],
): string {
  const words: { i: number; parse: Parse }[] = [];
  let head = -1;
  let headCase: Case | null = null;
  let headNumber: 'sing' | 'plur' = 'sing';
  let headGender: Parse['gender'] = null;
  for (let i = from; i < to; i++) {
    const tok = ctx.tokens[i];
    if (!tok || tok.kind !== 'word') {
      // leading numbers, numerals and quotes stay as written ("IV Всероссийского конкурса");
      // after the head, anything but punctuation ends the agreeing group
      if (head >= 0 && tok?.kind !== 'punct') break;
      continue;
    }
    const ps = parsesAt(i);
    const noun = ps.find((p) => p.pos === 'NOUN' && (headCase === null || p.case === headCase));
    const mod = ps.find((p) => isModifier(p) && (headCase === null || p.case === headCase));
    if (head < 0) {
      if (mod && (!noun || ps.indexOf(mod) < ps.indexOf(noun)) && i + 1 < to) {
        words.push({ i, parse: mod });
        continue;
      }
      if (noun) {
        head = i;
        headCase = noun.case;
        headNumber = noun.number === 'plur' ? 'plur' : 'sing';
        headGender = noun.gender;
        words.push({ i, parse: noun });
        continue;
      }
      if (mod) {
        words.push({ i, parse: mod });
        continue;
      }
      break;
    }
    // after the head: only names in apposition, in the head's case
    const name = ps.find((p) => p.case === headCase && NAME_MARKS.some((g) => p.grammemes.has(g)));
    if (name && /^\p{Lu}/u.test(tok.text)) words.push({ i, parse: name });
    else break;
  }
  if (!words.length || headCase === 'nomn' || (head < 0 && words.every((w) => w.parse.case === 'nomn'))) {
    return squeezeSpaces(ctx.slice(from, to));
  }
  // fix modifier readings to the head's case and number
  const replaced = new Map<number, string>();
  for (const w of words) {
    let parse = w.parse;
    if (w.i < head || head < 0) {
      const fits = (p: Parse): boolean =>
        isModifier(p) && (headCase === null || p.case === headCase) && (p.number === headNumber || p.number === null);
      const ps = parsesAt(w.i);
      const better =
        ps.find(
          (p) => fits(p) && (headNumber === 'plur' || !headGender || headGender === 'ms-f' || p.gender === headGender),
        ) ?? ps.find(fits);
      if (better) parse = better;
    }
    const tok = ctx.tokens[w.i];
    if (!tok) continue;
    const number = parse.grammemes.has('Pltm') ? 'plur' : head < 0 ? (parse.number ?? 'sing') : headNumber;
    const out = ctx.morph.inflect(tok.text, parse, [number, 'nomn']);
    if (out) replaced.set(w.i, out);
  }
  let s = '';
  let last = ctx.tokens[from]?.start ?? 0;
  for (let i = from; i < to; i++) {
    const tok = ctx.tokens[i];
    if (!tok) break;
    s += squeezeSpaces(ctx.text.slice(last, tok.start)) + (replaced.get(i) ?? tok.text);
    last = tok.end;
  }
  return s;
}

/**
 * Runs of whitespace as one space, as a name is written out: `s.replace(/\s+/gu, ' ')`, with the
 * string itself back when it has no run to squeeze (most phrases: no copy, no replacement).
 */
export const squeezeSpaces = (s: string): string => (/\s\s|[^\S ]/u.test(s) ? s.replace(/\s+/gu, ' ') : s);
