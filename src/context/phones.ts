/**
 * Phone numbers: "8(82130)7-11-24", "+7 (495) 123-45-67", "тел. 2-23-67", "8(2134) 28216". The
 * numbers extractor asks whether a number is part of one (it is not a quantity then); the contacts
 * builder lists them. One rule, matched once per document and cached.
 */
import {
  RuleSet,
  alt,
  custom,
  kind,
  opt,
  punct,
  repeat,
  rule,
  seq,
  surface,
  tok,
  DocKey,
  type DocContext,
  type MatchView,
  type Rule,
} from '../engine/index.js';

/** What the phone rule yields: the digits, with a Russian trunk prefix written as "+7". */
export interface PhoneParse {
  readonly normalized: string;
}

const gluedTok = custom('glued', (ctx, i) => ctx.tokens[i]?.spaceBefore === false);
const digitGroup = kind('number').and(surface(/^\d{1,7}$/));
/** "-" glued on both sides: "7-11-24", not "2014 - 1". */
const joiner = tok(punct('-').and(gluedTok));
const gluedGroup = tok(digitGroup.and(gluedTok));

/** Words that label a phone number: "тел.", "телефон", "факс", "моб.". */
const PHONE_LABELS = new Set(['тел', 'телефон', 'телефоны', 'телефона', 'факс', 'моб', 'тел/факс']);

function labelledBefore(ctx: DocContext, from: number): boolean {
  for (let i = from - 1, k = 0; i >= 0 && k < 3; i--, k++) {
    const t = ctx.tokens[i];
    if (!t) return false;
    if (t.kind === 'word') return PHONE_LABELS.has(ctx.folded(i));
    if (t.text !== '.' && t.text !== ':' && t.text !== '-' && t.text !== '–') return false;
  }
  return false;
}

function readPhone(m: MatchView): PhoneParse | null {
  const digits = m.tokens
    .filter((t) => t.kind === 'number')
    .map((t) => t.text)
    .join('');
  if (digits.length < 5 || digits.length > 12) return null;
  const groups = m.tokens.filter((t) => t.kind === 'number').length;
  // a bare "1039101-6" or "2014-2015" is a code or a range; a phone shows a prefix, an area
  // code, three groups, or a label
  const shaped = m.has('trunk') || m.has('area') || groups >= 3 || labelledBefore(m.ctx, m.from);
  if (!shaped) return null;
  const normalized = digits.length === 11 && /^[78]/.test(digits) ? `+7${digits.slice(1)}` : digits;
  return { normalized };
}

export const phoneNumber: Rule<PhoneParse> = rule<PhoneParse>({
  id: 'contact/phone',
  examples: [
    '8(82130)7-11-24',
    '+7 (495) 123-45-67',
    '8(2134) 28216',
    '2-23-67',
    '8-496-46-2-44-87',
    '(49236)-2-19-95',
  ],
  pattern: seq(
    opt(seq(opt(tok(punct('+'))), tok(kind('number').and(surface(/^[78]$/))), opt(joiner)).as('trunk')),
    opt(seq(punct('('), repeat(kind('number').and(surface(/^\d{2,5}$/)), 1, 2), punct(')'), opt(joiner)).as('area')),
    alt(seq(tok(digitGroup), repeat(seq(joiner, gluedGroup), 1, 5)), tok(kind('number').and(surface(/^\d{5,7}$/)))),
  ),
  interpret: readPhone,
});

const PHONES = new DocKey<readonly { from: number; to: number; value: PhoneParse }[]>('phone numbers');
let phoneSet: RuleSet<PhoneParse> | null = null;

/**
 * Whether a phone number can start at token `i`: its first token is "+", "(" or a number (the
 * rule's pattern). The rest of a long document (a planning text has ~200k tokens) is not asked.
 */
const mayStartPhone = (ctx: DocContext, i: number): boolean => {
  const t = ctx.tokens[i]!;
  return t.kind === 'number' || t.text === '+' || t.text === '(';
};

/**
 * The phone numbers of a document, as token ranges, found once per document: leftmost-longest
 * and non-overlapping, as `RuleSet.findAll` finds them, with the rule asked only where one can start.
 */
export function phonesOf(ctx: DocContext): readonly { from: number; to: number; value: PhoneParse }[] {
  let found = ctx.local(PHONES);
  if (!found) {
    const set = (phoneSet ??= new RuleSet([phoneNumber]));
    const phones: { from: number; to: number; value: PhoneParse }[] = [];
    for (let i = 0; i < ctx.tokens.length;) {
      const m = mayStartPhone(ctx, i) ? set.matchAt(ctx, i) : null;
      if (m) {
        phones.push({ from: m.from, to: m.to, value: m.value });
        i = m.to;
      } else i++;
    }
    ctx.setLocal(PHONES, (found = phones));
  }
  return found;
}

/** Whether token `i` is part of a phone number. */
export function inPhone(ctx: DocContext, i: number): boolean {
  return phonesOf(ctx).some((p) => p.from <= i && i < p.to);
}
