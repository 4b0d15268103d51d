/**
 * A name into the nominative with its gender kept ("Андрея Григорьева" -> "Андрей Григорьев",
 * "Шагиновой Л.В." -> "Шагинова Л.В."): the parts agree on one case, the first name (else the
 * patronymic, else the surname) gives the gender, and each part is inflected with that gender.
 * az's own `normalize()` would turn female surnames masculine; this never calls it.
 */
import type { DocContext } from '../../engine/index.js';
import type { Case, Morph, Parse } from '../../morph/types.js';
import type { Gender, PersonName } from '../../result/schema.js';
import { NAME_PARTICLES } from '../../lexicon/persons/index.js';
import { squeezeSpaces } from '../../context/index.js';

const PARTICLES = new Set(NAME_PARTICLES);

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

const fitsGender = (p: Parse, g: Gender | null): boolean =>
  g === null || p.gender === null || p.gender === 'ms-f' || p.gender === g;

/** The one gender the readings in case `c` have, or null. */
function genderIn(ps: readonly Parse[], c: Case): Gender | null {
  const gs = new Set(ps.filter((p) => p.case === c || p.case === null || p.grammemes.has('Fixd')).map((p) => p.gender));
  if (gs.size !== 1) return null;
  const [g] = [...gs];
  return g === 'masc' || g === 'femn' ? g : null;
}

/** Parts whose readings the dictionary knows (first names, patronymics, known surnames) constrain the case most. */
const known = (p: NamePart): boolean => p.parses.some((x) => x.known);

/** The one gender of all the readings (a first name's, a patronymic's), or null. */
function onlyGender(ps: readonly Parse[]): Gender | null {
  const gs = new Set(ps.map((p) => p.gender));
  const [g] = [...gs];
  return gs.size === 1 && (g === 'masc' || g === 'femn') ? g : null;
}

/**
 * The case and gender the parts of a name agree on. The first name (else the patronymic) gives
 * the gender when all its readings agree on one; the other parts are read in that gender.
 * "Александра Белова" is a woman in the nominative or a man in the genitive: such a name, and a
 * bare "Григорьева", reads as a man's (men are named in the news far more often) unless a verb or
 * another mention says otherwise; a surname followed by initials ("Шагинова Л.В.") reads as
 * written, as lists and signatures give names.
 */
function caseAndGender(parts: readonly NamePart[], hint: Gender | null): { c: Case; gender: Gender | null } {
  const decl = parts.filter((p) => DECLINABLE.has(p.role) && p.parses.length);
  // the first name's own gender wins over a hint from the words around it
  let gender: Gender | null = null;
  for (const role of ['first', 'middle'] as const)
    for (const p of decl) if (p.role === role) gender ??= onlyGender(p.parses);
  gender ??= hint;
  // parts the dictionary knows constrain the case; an indeclinable one ("Мэтью") does not
  const informative = decl.filter((p) => known(p) && !p.parses.every((x) => x.grammemes.has('Fixd')));
  const constraining = informative.length ? informative : decl;
  const readings = constraining.map((p) => {
    const ps = gender ? p.parses.filter((x) => fitsGender(x, gender)) : p.parses;
    return ps.length ? ps : p.parses;
  });
  let cases = new Set<Case>(CASES);
  for (const ps of readings) cases = new Set([...cases].filter((c) => casesOf(ps).has(c)));
  const mascIn = (c: Case): boolean =>
    readings.every((ps) =>
      ps.some(
        (x) =>
          (x.case === c || x.case === null || x.grammemes.has('Fixd')) && fitsGender(x, 'masc') && x.gender !== 'femn',
      ),
    );
  const femnOnlyNom = readings.some(
    (ps) => !ps.some((x) => (x.case === 'nomn' || x.grammemes.has('Fixd')) && x.gender !== 'femn'),
  );
  const surnameFirst = parts[0]?.role === 'last' && parts.some((p) => p.role === 'initial');
  let c: Case;
  const oblique = (readings[0] ?? [])
    .map((x) => x.case)
    .find((x): x is Case => x !== null && x !== 'nomn' && cases.has(x) && mascIn(x));
  // only names the dictionary knows are read this way: "Бенито Арчундия" is as written
  const russian = constraining.every(known);
  if (cases.has('nomn') && !(gender === null && femnOnlyNom && oblique && !surnameFirst && russian)) c = 'nomn';
  else if (oblique && gender === null) {
    c = oblique;
    gender = 'masc';
  } else {
    const order = (readings[0] ?? []).map((x) => x.case).filter((x): x is Case => x !== null && cases.has(x));
    c = order.find((x) => x !== 'nomn') ?? order[0] ?? 'nomn';
  }
  for (const role of ['first', 'middle', 'last'] as const) {
    if (gender) break;
    for (const p of decl.filter((x) => x.role === role)) gender ??= genderIn(p.parses, c);
  }
  return { c, gender };
}

/** Foreign women's surnames that do not end like Russian ones do not decline ("Хиллари Клинтон", "Ангелы Меркель"). */
const FEMININE_DECLINED = /(?:а|я|ой|ую|ей|ою|ою)$/u;

/** One part in the nominative, or null to keep it as written. */
function inflectPart(ctx: DocContext, part: NamePart, c: Case, gender: Gender | null): string | null {
  if (c === 'nomn') return null;
  const word = ctx.tokens[part.index]?.text ?? '';
  if (part.role === 'last' && gender !== 'masc' && afterParticle(ctx, part.index)) return null;
  // a Russian surname the dictionary does not know declines by its ending ("Мамонова", "Рымашевской")
  if (part.role === 'last' && !part.parses.some((p) => p.known && p.grammemes.has('Surn'))) {
    const r = russianSurname(word, c, gender);
    if (r) return r;
  }
  const inCase = part.parses.filter((p) => (p.case === c || p.case === null) && fitsGender(p, gender));
  // the dictionary's indeclinable words stay as written ("Хиллари", "Бхутто"); az also guesses an
  // indeclinable reading for every unknown word, which says nothing
  if (!inCase.length || (known(part) && inCase.some((p) => p.grammemes.has('Fixd')))) return null;
  const ps = inCase.filter((p) => !p.grammemes.has('Fixd') && p.case !== null);
  if (!ps.length) return null;
  if (gender === 'femn' && part.role === 'last' && !known(part) && !FEMININE_DECLINED.test(word)) return null;
  const reading =
    ps.find((p) => p.grammemes.has('Surn') || p.grammemes.has('Name') || p.grammemes.has('Patr')) ??
    ps.find((p) => p.pos === 'NOUN') ??
    ps[0]!;
  const candidates = [
    inflect(ctx.morph, word, reading, gender),
    gender ? inflect(ctx.morph, word, reading, null) : null,
    // a guessed paradigm may not inflect: its lemma is the nominative of that reading ("Эрдоганом" -> "эрдоган"),
    // masculine for a surname ("Мамонова" -> "мамонов")
    !reading.known && reading.pos === 'NOUN'
      ? capitalLike(word, reading.grammemes.has('Surn') && gender === 'femn' ? feminine(reading.lemma) : reading.lemma)
      : null,
  ];
  // a guess that rewrites more than the ending is no inflection of this name
  const stem = (w: string): string => w.slice(0, Math.max(1, word.length - 3)).toLowerCase();
  return candidates.find((out): out is string => !!out && stem(out) === stem(word)) ?? null;
}

/** Inflections cached per morphology: names repeat within and across documents, az's inflection is slow. */
const INFLECTED = new WeakMap<Morph, Map<string, string | null>>();
function inflect(morph: Morph, word: string, reading: Parse, gender: Gender | null): string | null {
  let cache = INFLECTED.get(morph);
  if (!cache) INFLECTED.set(morph, (cache = new Map<string, string | null>()));
  const key = `${word}|${reading.lemma}|${[...reading.grammemes].join(',')}|${gender ?? ''}`;
  let out = cache.get(key);
  if (out === undefined) {
    out = morph.inflect(word, reading, gender ? [gender, 'sing', 'nomn'] : ['sing', 'nomn']);
    if (cache.size > 20000) cache.clear();
    cache.set(key, out);
  }
  return out;
}

const capitalLike = (word: string, lemma: string): string =>
  /^\p{Lu}/u.test(word) ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;

/**
 * Russian surnames in -ов/-ев/-ин and -ский/-цкий decline by a fixed table: their nominative from
 * the case and gender, or null when the word does not have such an ending.
 */
function russianSurname(word: string, c: Case, gender: Gender | null): string | null {
  const m = /^(.*?(?:ов|ев|ёв|ин|ын))(а|у|ым|ом|е|ой|ою|ую)$/u.exec(word);
  if (m) {
    const [, stem = '', end] = m;
    if (
      gender === 'masc' &&
      ((end === 'а' && (c === 'gent' || c === 'accs')) ||
        (end === 'у' && c === 'datv') ||
        (end === 'ым' && c === 'ablt') ||
        (end === 'е' && c === 'loct'))
    )
      return stem;
    if (gender === 'femn' && (((end === 'ой' || end === 'ою') && c !== 'accs') || (end === 'у' && c === 'accs')))
      return `${stem}а`;
    return null;
  }
  const a = /^(.*?(?:ск|цк))(ого|ому|им|ом|ой|ую|ою)$/u.exec(word);
  if (!a) return null;
  const [, stem = '', end] = a;
  if (gender === 'femn' && (end === 'ой' || end === 'ую' || end === 'ою')) return `${stem}ая`;
  if (gender === 'masc' && (end === 'ого' || end === 'ому' || end === 'им' || end === 'ом')) return `${stem}ий`;
  return null;
}

/** The feminine of a masculine surname lemma: "мамонов" -> "мамонова", "рымашевский" -> "рымашевская". */
const feminine = (lemma: string): string =>
  /(?:ов|ев|ёв|ин|ын)$/u.test(lemma) ? `${lemma}а` : /(?:ий|ый|ой)$/u.test(lemma) ? `${lemma.slice(0, -2)}ая` : lemma;

/** "Ле Пен", "фон дер Ляйен": a surname after a particle of a foreign name declines at most as a man's. */
const afterParticle = (ctx: DocContext, i: number): boolean =>
  ctx.tokens[i - 1]?.kind === 'word' && PARTICLES.has(ctx.folded(i - 1));

/**
 * A surname that can only be a woman's makes the name a woman's, whatever the first name could
 * also be:
 * - one like an adjective's feminine nominative ("Липницкая", "Толстая"), whatever the dictionary
 *   knows of it: a man's surname never ends so in any case, so "Юлия Липницкая" is not "Юлий" in
 *   the genitive;
 * - one all of whose surname readings are feminine: "Юлии Липницкой" is not "Юлий" in the
 *   prepositional, whose surname would read "Липницком".
 */
function feminineSurname(ctx: DocContext, parts: readonly NamePart[]): Gender | null {
  for (const p of parts) {
    if (p.role !== 'last') continue;
    if (/[^аеёиоуыэюя]ая$/u.test(ctx.folded(p.index))) return 'femn';
    if (p.parses.length && p.parses.every((x) => x.gender === 'femn' && x.grammemes.has('Surn'))) return 'femn';
  }
  return null;
}

/**
 * The name made of `parts` (in text order, spanning tokens `[from, to)`) in the nominative, its
 * parts and its gender. `hint` is a gender known from elsewhere (the verb, another mention).
 */
export function normalizeName(
  ctx: DocContext,
  from: number,
  to: number,
  parts: readonly NamePart[],
  hint: Gender | null = null,
): NormalizedName {
  const { c, gender } = caseAndGender(parts, hint ?? feminineSurname(ctx, parts));
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
    normalized += squeezeSpaces(ctx.text.slice(last, t.start)) + (forms.get(i) ?? t.text);
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
  const lastWords = parts.filter(
    (p, k) =>
      p.role === 'last' ||
      (p.role === 'particle' &&
        lastIdx >= 0 &&
        k < lastIdx &&
        parts.slice(k, lastIdx).every((q) => q.role === 'particle')),
  );
  const name: { first?: string; middle?: string; last?: string } = {};
  const first = join('first') ?? initialsOf[0];
  const middle = join('middle') ?? (join('first') ? initialsOf[0] : initialsOf[1]);
  if (first) name.first = first;
  if (middle) name.middle = middle;
  if (lastWords.length) name.last = lastWords.map(text).join(' ');
  return { normalized, name, gender };
}
