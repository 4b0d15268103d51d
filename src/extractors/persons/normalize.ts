/**
 * A name into the nominative with its gender kept ("Андрея Григорьева" -> "Андрей Григорьев",
 * "Шагиновой Л.В." -> "Шагинова Л.В."): the parts agree on one case, the first name (else the
 * patronymic, else the surname) gives the gender, and each part is inflected with that gender.
 * az's own `normalize()` would turn female surnames masculine; this never calls it.
 */
import type { DocContext } from '../../engine/index.js';
import type { Case, Parse } from '../../morph/types.js';
import type { Gender, PersonName } from '../../result/schema.js';

export type PartRole = 'first' | 'middle' | 'last' | 'initial' | 'particle';

/** One word of a name and the readings the rule kept for it. */
export interface NamePart {
  readonly role: PartRole;
  readonly index: number;
  readonly parses: readonly Parse[];
}

export interface NormalizedName {
  readonly normalized: string;
  readonly name: PersonName;
  readonly gender: Gender | null;
}

const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const DECLINABLE = new Set<PartRole>(['first', 'middle', 'last']);

const casesOf = (ps: readonly Parse[]): Set<Case> => {
  const out = new Set<Case>();
  for (const p of ps) {
    if (p.case === null || p.grammemes.has('Fixd')) return new Set(CASES);
    out.add(p.case);
  }
  return out;
};

const fitsGender = (p: Parse, g: Gender | null): boolean => g === null || p.gender === null || p.gender === 'ms-f' || p.gender === g;

/** The one gender the readings in case `c` have, or null. */
function genderIn(ps: readonly Parse[], c: Case): Gender | null {
  const gs = new Set(ps.filter((p) => p.case === c || p.case === null || p.grammemes.has('Fixd')).map((p) => p.gender));
  if (gs.size !== 1) return null;
  const [g] = [...gs];
  return g === 'masc' || g === 'femn' ? g : null;
}

/** Parts whose readings the dictionary knows (first names, patronymics, known surnames) constrain the case most. */
const known = (p: NamePart): boolean => p.parses.some((x) => x.known);

/** The case and gender the parts of a name agree on. */
function caseAndGender(parts: readonly NamePart[], hint: Gender | null): { c: Case; gender: Gender | null } {
  const decl = parts.filter((p) => DECLINABLE.has(p.role) && p.parses.length);
  const constraining = decl.some(known) ? decl.filter(known) : decl;
  const filtered = constraining.map((p) => {
    const ps = hint ? p.parses.filter((x) => fitsGender(x, hint)) : p.parses;
    return ps.length ? ps : p.parses;
  });
  let cases = new Set<Case>(CASES);
  for (const ps of filtered) cases = new Set([...cases].filter((c) => casesOf(ps).has(c)));
  // an ambiguous bare surname ("Григорьева": a woman, or a man in the genitive) reads as a man's
  // in the genitive unless something says otherwise: men are named in the news far more often
  const surnameOnly = parts.length === 1 && decl[0]?.role === 'last' && !hint;
  let c: Case = 'nomn';
  if (cases.has('nomn') && !(surnameOnly && ambiguousFemaleNominative(filtered[0] ?? []))) c = 'nomn';
  else {
    const order = (filtered[0] ?? []).map((p) => p.case).filter((x): x is Case => x !== null && cases.has(x));
    c = order.find((x) => x !== 'nomn') ?? order[0] ?? 'nomn';
  }
  let gender: Gender | null = hint;
  for (const role of ['first', 'middle', 'last'] as const) {
    if (gender) break;
    for (const p of decl.filter((x) => x.role === role)) gender ??= genderIn(p.parses, c);
  }
  return { c, gender };
}

/** "Григорьева": a feminine nominative and a masculine oblique reading of the same surname. */
function ambiguousFemaleNominative(ps: readonly Parse[]): boolean {
  return ps.some((p) => p.gender === 'femn' && p.case === 'nomn' && p.grammemes.has('Surn')) && ps.some((p) => p.gender === 'masc' && p.case !== 'nomn' && p.grammemes.has('Surn'));
}

/** Foreign women's surnames that do not end like Russian ones do not decline ("Хиллари Клинтон", "Ангелы Меркель"). */
const FEMININE_DECLINED = /(?:а|я|ой|ую|ей|ою|ою)$/u;

/** One part in the nominative, or null to keep it as written. */
function inflectPart(ctx: DocContext, part: NamePart, c: Case, gender: Gender | null): string | null {
  if (c === 'nomn') return null;
  const word = ctx.tokens[part.index]?.text ?? '';
  const ps = part.parses.filter((p) => (p.case === c || p.case === null) && fitsGender(p, gender));
  if (!ps.length || ps.some((p) => p.grammemes.has('Fixd'))) return null;
  if (gender === 'femn' && part.role === 'last' && !known(part) && !FEMININE_DECLINED.test(word)) return null;
  const reading = ps.find((p) => p.grammemes.has('Surn') || p.grammemes.has('Name') || p.grammemes.has('Patr')) ?? ps.find((p) => p.pos === 'NOUN') ?? ps[0]!;
  const out = ctx.morph.inflect(word, reading, gender ? [gender, 'sing', 'nomn'] : ['sing', 'nomn']) ?? ctx.morph.inflect(word, reading, ['sing', 'nomn']);
  // a guess that rewrites more than the ending is no inflection of this name
  if (!out || out.slice(0, Math.max(1, word.length - 3)).toLowerCase() !== word.slice(0, Math.max(1, word.length - 3)).toLowerCase()) return null;
  return out;
}

const squeeze = (s: string): string => s.replace(/\s+/gu, ' ');

/**
 * The name made of `parts` (in text order, spanning tokens `[from, to)`) in the nominative, its
 * parts and its gender. `hint` is a gender known from elsewhere (the verb, another mention).
 */
export function normalizeName(ctx: DocContext, from: number, to: number, parts: readonly NamePart[], hint: Gender | null = null): NormalizedName {
  const { c, gender } = caseAndGender(parts, hint);
  const forms = new Map<number, string>();
  for (const p of parts) {
    if (!DECLINABLE.has(p.role)) continue;
    const f = inflectPart(ctx, p, c, gender);
    if (f) forms.set(p.index, f);
  }
  let normalized = '';
  let last = ctx.tokens[from]?.start ?? 0;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    if (!t) break;
    normalized += squeeze(ctx.text.slice(last, t.start)) + (forms.get(i) ?? t.text);
    last = t.end;
  }
  const text = (p: NamePart): string => forms.get(p.index) ?? ctx.tokens[p.index]?.text ?? '';
  const initialsOf = parts.filter((p) => p.role === 'initial').map((p) => `${text(p)}.`);
  const join = (role: PartRole): string | undefined => {
    const ws = parts.filter((p) => p.role === role).map(text);
    return ws.length ? ws.join(' ') : undefined;
  };
  const lastIdx = parts.findIndex((p) => p.role === 'last');
  // particles belong to the surname they stand before ("фон дер Ляйен")
  const lastWords = parts.filter((p, k) => p.role === 'last' || (p.role === 'particle' && lastIdx >= 0 && k < lastIdx && parts.slice(k, lastIdx).every((q) => q.role === 'particle')));
  const name: { first?: string; middle?: string; last?: string } = {};
  const first = join('first') ?? initialsOf[0];
  const middle = join('middle') ?? (join('first') ? initialsOf[0] : initialsOf[1]);
  if (first) name.first = first;
  if (middle) name.middle = middle;
  if (lastWords.length) name.last = lastWords.map(text).join(' ');
  return { normalized, name, gender };
}
