/**
 * What the words right before a name tell about its case and gender: a noun for a person in
 * apposition gives its case ("господина Эрдогана" is the genitive of "Эрдоган", not a woman's
 * "Эрдогана"); a noun the name depends on takes the verb after it ("Пресс-служба Кадырова
 * заявила": the press office spoke, Кадыров is no woman).
 */
import type { DocContext } from '../../engine/index.js';
import type { Case, Parse } from '../../morph/types.js';
import type { Gender } from '../../result/schema.js';
import { PERSON_NOUNS, RELATION_NOUNS } from '../../lexicon/persons/index.js';
import type { NamePart } from './normalize.js';
import type { PersonProposal } from './proposal.js';
import { extend } from '../../engine/objects.js';

const NOUNS = new Set(PERSON_NOUNS);
/** Nouns for relations govern the name in the genitive instead: "жена Путина", "сын Кадырова". */
const RELATIONS = new Set(RELATION_NOUNS);

const DECLINED = new Set(['first', 'middle', 'last']);

/** The cases of the noun for a person (not for a relation) right before `i`, in lower case, or null. */
function appositionCases(doc: DocContext, i: number): Set<Case> | null {
  const t = doc.tokens[i - 1];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return null;
  const nouns = doc
    .parses(i - 1)
    .filter((p) => NOUNS.has(p.lemma) && (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case !== null);
  if (!nouns.length || nouns.some((p) => RELATIONS.has(p.lemma))) return null;
  return new Set(nouns.map((p) => p.case!));
}

/** The readings of a part in one of `cases`; az's guessed indeclinable readings only when no other fits. */
function inCases(ps: readonly Parse[], cases: Set<Case>): readonly Parse[] {
  const declined = ps.filter((p) => p.case !== null && cases.has(p.case) && !p.grammemes.has('Fixd'));
  if (declined.length) return declined;
  const fixed = ps.filter((p) => p.case === null || p.grammemes.has('Fixd'));
  return fixed.length ? fixed : ps;
}

/**
 * A name right after a noun for a person is in apposition to it and shares its case: its parts
 * keep only the readings in that case ("господина Эрдогана", "генерал-лейтенанта Аксары
 * Кердпола"). A part with no such reading keeps all of its own ("назначил министром Иванова").
 */
export function agreeWithNounBefore(doc: DocContext, p: PersonProposal): PersonProposal {
  const cases = appositionCases(doc, p.from);
  if (!cases) return p;
  let changed = false;
  const parts = p.parts.map((part): NamePart => {
    if (!DECLINED.has(part.role) || !part.parses.length) return part;
    const ps = inCases(part.parses, cases);
    if (ps.length === part.parses.length) return part;
    changed = true;
    return extend(part, { parses: ps });
  });
  return changed ? extend(p, { parts }) : p;
}

/**
 * The name depends on the noun right before it, which is the subject of a verb of this gender after
 * the name: "Пресс-служба Кадырова заявила", "Семья Иванова сообщила". A noun for a person is in
 * apposition instead ("канцлер Меркель заявила") and does not count.
 */
export function nounTakesVerb(doc: DocContext, from: number, gender: Gender): boolean {
  const t = doc.tokens[from - 1];
  if (!t || t.kind !== 'word') return false;
  return doc
    .parses(from - 1)
    .some(
      (p) =>
        p.pos === 'NOUN' &&
        p.case === 'nomn' &&
        p.number === 'sing' &&
        p.gender === gender &&
        !NOUNS.has(p.lemma) &&
        !p.grammemes.has('Name') &&
        !p.grammemes.has('Surn') &&
        !p.grammemes.has('Geox'),
    );
}
