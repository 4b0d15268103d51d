/**
 * Names found again: a surname or a first name the document gives in a full name is that person
 * alone elsewhere in it ("Жолт Хорняк ... Хорняка", "Владимир Машков ... Владимир родился"),
 * whatever else the dictionary reads the word as.
 */
import type { DocContext } from '../../engine/index.js';
import {
  atPlaceBefore,
  guessedOnly,
  knownAsCommon,
  modifiesNext,
  quotedAlone,
  sentenceInitial,
} from '../../context/index.js';
import type { Gender } from '../../result/schema.js';
import type { NamePart, NormalizedName } from './normalize.js';
import { nameShaped } from './parts.js';
import type { PersonProposal } from './proposal.js';
import { extend } from '../../engine/objects.js';

export interface Known {
  readonly gender: Gender | null;
  /** The surname in the nominative as the fuller mention gives it. */
  readonly last: string | null;
}

/** Keys a surname is found again by: its folded surface and its lemmas. */
export const keysOf = (doc: DocContext, i: number): string[] => [doc.folded(i), ...doc.lemmas(i)];

/**
 * The first of {@link keysOf} that `map` has, without making the list: asked at every
 * capitalised word of a document that no name covers, and at each name's surname.
 */
export function firstKeyIn(doc: DocContext, i: number, map: ReadonlyMap<string, unknown>): string | undefined {
  const folded = doc.folded(i);
  if (map.has(folded)) return folded;
  const lemmas = doc.lemmas(i);
  for (let k = 0; k < lemmas.length; k++) if (map.has(lemmas[k]!)) return lemmas[k];
  return undefined;
}

/** A name in the nominative for the words of a proposal (memoised by the extractor). */
export type Normalize = (p: PersonProposal, hint: Gender | null) => NormalizedName;

/**
 * The surnames the document names for sure (two-word names, names with initials, names a cue
 * supports), with the gender the fuller mention gives.
 */
export function knownSurnames(
  doc: DocContext,
  found: readonly PersonProposal[],
  normalize: Normalize,
): Map<string, Known> {
  const out = new Map<string, Known>();
  for (const p of found) {
    if (p.strength === 'bare') continue;
    const last = p.parts.filter((x) => x.role === 'last').pop();
    if (!last) continue;
    const { gender, name } = normalize(p, p.hint);
    for (const k of keysOf(doc, last.index)) {
      const had = out.get(k);
      if (!had || (!had.gender && gender)) out.set(k, { gender, last: name.last ?? null });
    }
  }
  return out;
}

/**
 * A predicate in the singular right after the word, a finite verb or a short form ("Трамп
 * назначил", "Мюррей признан", "Серебренников известен"), or a relative clause on a person
 * ("Малышков, которому 69 лет"): its subject, which a surname the document names in full is even
 * first in its sentence.
 */
function verbAfter(doc: DocContext, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (next?.kind !== 'word')
    return (
      next?.text === ',' && doc.tokens[i + 2]?.kind === 'word' && doc.parses(i + 2).some((x) => x.lemma === 'который')
    );
  return doc
    .parses(i + 1)
    .some(
      (x) =>
        x.number === 'sing' && ((x.pos === 'VERB' && !x.grammemes.has('impr')) || x.pos === 'PRTS' || x.pos === 'ADJS'),
    );
}

/**
 * A surname named in full once is the same person alone later ("Жолт Хорняк ... Хорняка"), unless
 * a preposition of place or a noun it modifies says it is something else.
 */
export function repeated(
  doc: DocContext,
  found: readonly PersonProposal[],
  known: Map<string, Known>,
  firsts: Map<string, Gender | null>,
): PersonProposal[] {
  if (!known.size && !firsts.size) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const p of found) for (let i = p.from; i < p.to; i++) covered[i] = 1;
  const out: PersonProposal[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !nameShaped(doc, i)) continue;
    const hit = firstKeyIn(doc, i, known);
    const first = hit === undefined ? firstKeyIn(doc, i, firsts) : undefined;
    if (hit === undefined && first === undefined) continue;
    if (
      atPlaceBefore(doc, i) ||
      (modifiesNext(doc, i, i + 1) && knownAdjective(doc, i)) ||
      quotedAlone(doc, i, i + 1) ||
      (sentenceInitial(doc, i) &&
        knownAsCommon(doc, i) &&
        (first !== undefined || !doc.parses(i).some((x) => x.grammemes.has('Surn'))) &&
        !verbAfter(doc, i))
    )
      continue;
    if (hit !== undefined) {
      const parts: NamePart[] = [{ role: 'last', index: i, parses: surnameParses(doc, i) }];
      out.push({ from: i, to: i + 1, parts, hint: known.get(hit)?.gender ?? null, strength: 'cued' });
    } else {
      const parts: NamePart[] = [{ role: 'first', index: i, parses: firstNameParses(doc, i) }];
      out.push({ from: i, to: i + 1, parts, hint: firsts.get(first!) ?? null, strength: 'cued' });
    }
  }
  return out;
}

/**
 * The first names of the persons the document names in full ("Владимир Машков", "Марина
 * Голуб"): the word alone later is that person too ("Владимир родился в Туле", "знакомый Марины"),
 * though the dictionary reads it as a town or a common word.
 */
export function knownFirstNames(
  doc: DocContext,
  found: readonly PersonProposal[],
  normalize: Normalize,
): Map<string, Gender | null> {
  const out = new Map<string, Gender | null>();
  for (const p of found) {
    if (p.strength === 'bare' || !p.parts.some((x) => x.role === 'last')) continue;
    const first = p.parts.find((x) => x.role === 'first');
    if (!first || doc.tokens[first.index + 1]?.text === '.' || !firstNameWord(doc, first.index)) continue;
    const { gender } = normalize(p, p.hint);
    for (const k of keysOf(doc, first.index)) if (!out.get(k)) out.set(k, gender);
  }
  return out;
}

/** A word the dictionary knows as a first name, or does not know at all ("Синдзо"), and no body's name. */
const firstNameWord = (doc: DocContext, i: number): boolean =>
  (doc.parses(i).some((x) => x.known && x.grammemes.has('Name')) || guessedOnly(doc, i)) &&
  !doc.parses(i).some((x) => x.grammemes.has('Orgn'));

/** The readings of a word that can make it a first name found again: its first-name ones if it has any. */
function firstNameParses(doc: DocContext, i: number): NamePart['parses'] {
  const ps = doc.parses(i);
  const names = ps.filter((x) => x.grammemes.has('Name'));
  return names.length ? names : ps.filter((x) => x.pos === 'NOUN' || x.pos === 'UNKN');
}

/**
 * Only an adjective the dictionary knows modifies the next noun ("Белого дома"): az guesses
 * "Флинном", "Монти" as adjectives from their endings, yet the surname is the person's.
 */
const knownAdjective = (doc: DocContext, i: number): boolean =>
  doc.parses(i).some((x) => x.known && x.pos === 'ADJF' && !x.grammemes.has('Surn'));

/** The readings of a word that can make it a surname found again. */
const surnameParses = (doc: DocContext, i: number): NamePart['parses'] =>
  doc.parses(i).filter((x) => x.pos === 'NOUN' || x.pos === 'UNKN' || x.grammemes.has('Surn'));

/**
 * A word the dictionary knows as a first name is the surname the document names in full ("Джон
 * Данн ... По словам Данна", not the woman's name "Данна"), unless a full name has it as its first name.
 */
export function surnamesNotFirstNames(
  doc: DocContext,
  found: { p: PersonProposal; rule: string }[],
  known: Map<string, Known>,
): void {
  const firsts = new Set<string>();
  for (const f of found)
    for (const x of f.p.parts) if (x.role === 'first' && f.p.parts.length > 1) firsts.add(doc.folded(x.index));
  for (const f of found) {
    if (f.rule !== 'person/first-name' || f.p.to - f.p.from !== 1) continue;
    const i = f.p.from;
    const hit = firstKeyIn(doc, i, known);
    if (hit === undefined || firsts.has(doc.folded(i))) continue;
    f.p = extend(f.p, {
      parts: [{ role: 'last', index: i, parses: surnameParses(doc, i) }],
      hint: known.get(hit)?.gender ?? null,
      strength: 'cued',
    });
    f.rule = 'person/repeated';
  }
}
