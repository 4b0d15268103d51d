/**
 * The token predicates persons are built from: first names, patronymics, surnames, initials,
 * particles. Each keeps the readings that make the word that part of a name, so that agreement and
 * normalisation see only those.
 */
import {
  Predicate,
  allOf,
  fold,
  particleHead,
  punct,
  seq,
  tok,
  type DocContext,
  type Pattern,
} from '../../engine/index.js';
import {
  allCaps,
  guessedOnly,
  initialAt,
  initialWord,
  isCapitalized,
  knownAs,
  knownAsCommon,
  sentenceInitial,
} from '../../context/index.js';
import type { Parse } from '../../morph/types.js';
import {
  EAST_ASIAN_FAMILY_NAMES,
  FIRST_NAMES,
  NAME_PARTICLES,
  PERSON_NOUNS,
  THING_NOUNS,
} from '../../lexicon/persons/index.js';
import { MILITARY, OCCUPATIONS, OFFICES, TITLES } from '../../lexicon/positions/index.js';
import { BODIES } from '../../lexicon/organizations/index.js';
import { extend } from '../../engine/objects.js';

const FIRST = new Set(FIRST_NAMES);
const PARTICLE = new Set(NAME_PARTICLES);
const ASIAN = new Set(EAST_ASIAN_FAMILY_NAMES);
const THINGS = new Set(THING_NOUNS);
/** Nouns for persons and offices: "Император Акихито" is a title before a name, not a first name. */
const PERSONS = new Set([...PERSON_NOUNS, ...OFFICES, ...OCCUPATIONS, ...MILITARY, ...TITLES]);
const WORD: Predicate['start'] = { by: 'kind', values: ['word', 'other'] };
/** The start key of a test that needs a capitalised word (rule sets try it only at one). */
export const CAPITALISED: Predicate['start'] = { by: 'kind', values: ['word', 'other'], capital: true };
/** Parts of speech that never stand for a name, whatever the capital says ("В", "По", "Он"). */
const FUNCTION = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'INTJ', 'PRED']);

/** `/^[А-ЯЁ]/u` by code unit: asked of every word of a document (names found again). */
const cyrillicCapital = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 0x410 && c <= 0x42f) || c === 0x401;
};

/** A capitalised Cyrillic word, not in capitals throughout, of at least two letters (Latin names are read apart). */
export function nameShaped(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'word' && t.text.length > 1 && cyrillicCapital(t.text) && !allCaps(ctx, i);
}

/** The one predicate `make` builds, made on first use: rules that share a test share its memo. */
function shared(make: () => Predicate): () => Predicate {
  let p: Predicate | undefined;
  return () => (p ??= make());
}

/** A name test's result as a predicate gives it: no readings left is false. */
const noneIsFalse =
  (fn: (ctx: DocContext, i: number) => boolean | readonly Parse[]) =>
  (ctx: DocContext, i: number): boolean | readonly Parse[] => {
    const r = fn(ctx, i);
    return Array.isArray(r) && r.length === 0 ? false : (r as boolean | readonly Parse[]);
  };

const pred = (
  desc: string,
  fn: (ctx: DocContext, i: number) => boolean | readonly Parse[],
  start: Predicate['start'] = WORD,
): Predicate => new Predicate(noneIsFalse(fn), desc, start);

/**
 * `pred` for a test of the word alone (its text, kind, readings, lemmas; nothing around it): its
 * results are remembered per word, across documents. Several name rules start with the same test
 * (first name, surname) and the skip checks ask it again, at every capitalised word; `allOf` of
 * the one test is how the engine remembers readings per word.
 */
const wordPred = (
  desc: string,
  fn: (ctx: DocContext, i: number) => boolean | readonly Parse[],
  start: Predicate['start'] = WORD,
): Predicate => allOf(new Predicate(noneIsFalse(fn), desc, start, null, true));

/** The project's list of first names has the word ("Жан-Мари", "Тайип"). */
export const inFirstNameList = (ctx: DocContext, i: number): boolean =>
  FIRST.has(ctx.folded(i)) || ctx.lemmas(i).some((l) => FIRST.has(l));

/** Readings of a first name: the dictionary's `Name` in the singular, or the project's list of foreign first names. */
export function firstNameReadings(ctx: DocContext, i: number): readonly Parse[] | boolean {
  if (!nameShaped(ctx, i)) return false;
  const ps = ctx.parses(i);
  const names = ps.filter((p) => p.known && p.grammemes.has('Name') && p.number !== 'plur');
  if (names.length) return names;
  if (inFirstNameList(ctx, i)) return true;
  return false;
}

/**
 * The dictionary knows the word only as the plural of a first name ("Дайан", "Лорин",
 * "Александар", "Сандрин"): a foreign first name it does not know, since a plural of a name
 * before a surname is no name. Its readings say nothing of the name's case or gender.
 */
export function pluralNameOnly(ctx: DocContext, i: number): boolean {
  let name = false;
  for (const p of ctx.parses(i)) {
    if (!p.known) continue;
    if (p.number !== 'plur' || !(p.grammemes.has('Name') || p.grammemes.has('Surn'))) return false;
    name ||= p.grammemes.has('Name');
  }
  return name;
}

/** A first name in a name of two or more words: the dictionary's, the list's, or a foreign one read as a plural. */
export const firstName = shared(() =>
  wordPred(
    'first-name',
    (ctx, i) => {
      const r = firstNameReadings(ctx, i);
      return r !== false ? r : nameShaped(ctx, i) && pluralNameOnly(ctx, i);
    },
    CAPITALISED,
  ),
);

/** The parts of a proposal with the plural readings of a foreign first name dropped ("Дайан Вуд" is no "Дайана"). */
export function withoutPluralNames<T extends { parts: readonly NamePartLike[] }>(ctx: DocContext, p: T): T {
  if (!p.parts.some((x) => x.role === 'first' && pluralNameOnly(ctx, x.index))) return p;
  // extend() (engine/objects.ts), typed as T
  return Object.assign({}, p, {
    parts: p.parts.map((x) => (x.role === 'first' && pluralNameOnly(ctx, x.index) ? extend(x, { parses: [] }) : x)),
  });
}

interface NamePartLike {
  readonly role: string;
  readonly index: number;
  readonly parses: readonly Parse[];
}

/**
 * A capitalised word the dictionary does not know (or knows only as a surname), not first in its
 * sentence: what a foreign first name looks like to it ("Гвинет", "Тодд", "Оуэн"). Only a surname
 * after it makes it one.
 */
export const foreignFirstName = shared(() =>
  allOf(
    wordPred(
      'foreign-first-name-word',
      (ctx, i) =>
        nameShaped(ctx, i) &&
        (guessedOnly(ctx, i) || surnameOnly(ctx, i)) &&
        !ctx.tokens[i]!.text.includes('-') &&
        !bodyWord(ctx, i),
      CAPITALISED,
    ),
    pred(
      'foreign-first-name',
      // first in its sentence only before another word the dictionary does not know ("Эммерсон Мнангагва стал")
      (ctx, i) =>
        !sentenceInitial(ctx, i) || (guessedOnly(ctx, i) && nameShaped(ctx, i + 1) && guessedOnly(ctx, i + 1)),
      CAPITALISED,
    ),
  ),
);

/**
 * A capitalised word, not first in its sentence, that the dictionary knows only as a common word
 * ("Фрица", "Честера", "Пита", "Рами"): a foreign first name it happens to spell, when a surname it
 * does not know follows. Adjectives, places, organisations, nouns for things and for persons are not.
 */
export const commonFirstName = shared(() =>
  allOf(
    wordPred(
      'common-first-name',
      (ctx, i) => {
        if (!nameShaped(ctx, i) || ctx.tokens[i]!.text.includes('-')) return false;
        const ps = ctx.parses(i);
        return (
          ps.some((p) => p.known) &&
          !ps.some(
            (p) =>
              p.known &&
              (p.pos === 'ADJF' ||
                p.pos === 'PRTF' ||
                FUNCTION.has(p.pos) ||
                p.grammemes.has('Geox') ||
                p.grammemes.has('Orgn') ||
                p.grammemes.has('Abbr') ||
                p.grammemes.has('Surn') ||
                p.grammemes.has('Name') ||
                THINGS.has(p.lemma) ||
                PERSONS.has(p.lemma)),
          )
        );
      },
      CAPITALISED,
    ),
    pred('not-sentence-initial', (ctx, i) => !sentenceInitial(ctx, i), CAPITALISED),
  ),
);

/** Every reading is a surname the dictionary knows ("Оуэн", "Картер" is not: also "картер"). */
export const surnameOnly = (ctx: DocContext, i: number): boolean =>
  ctx.parses(i).every((p) => p.known && p.grammemes.has('Surn'));

/** A first name the dictionary knows and no surname ("Ольга", not "Роман", which is both). */
export const pureFirstName = (ctx: DocContext, i: number): boolean => {
  const ps = ctx.parses(i);
  return (
    ps.some((p) => p.known && p.grammemes.has('Name') && p.number !== 'plur') &&
    !ps.some((p) => p.grammemes.has('Surn'))
  );
};

/** A patronymic the dictionary knows ("Викторович", "Леонидовны"). */
export const patronymic = shared(() =>
  wordPred(
    'patronymic',
    (ctx, i) => nameShaped(ctx, i) && ctx.parses(i).filter((p) => p.known && p.grammemes.has('Patr')),
    CAPITALISED,
  ),
);

/** One-word names of bodies ("Минобрнауки", "Роскомнадзор"), which the dictionary may not know. */
const BODY_WORDS: ReadonlySet<string> = new Set(
  BODIES.filter((b) => !b.quoted)
    .flatMap((b) => [b.name, ...b.forms])
    .filter((f) => !/[\s-]/u.test(f))
    .map(fold),
);

/** "Глава Минобрнауки Дмитрий Ливанов": a body's name is not the surname of the first name after it. */
const bodyWord = (ctx: DocContext, i: number): boolean =>
  BODY_WORDS.has(ctx.folded(i)) || ctx.lemmas(i).some((l) => BODY_WORDS.has(l));

/** Some reading of each shares a case (an indeclinable word shares any). */
export function shareCase(a: readonly Parse[], b: readonly Parse[]): boolean {
  return a.some((x) =>
    b.some(
      (y) =>
        x.case === null || y.case === null || x.case === y.case || x.grammemes.has('Fixd') || y.grammemes.has('Fixd'),
    ),
  );
}

/**
 * Readings of a word that can be a surname next to another part of a name: the dictionary's `Surn`
 * readings, or, for a capitalised word it does not know as a name, every noun-like reading (a
 * foreign surname: "Трамп", "Хорняк", "Цзиньпин"). Function words and places alone are not.
 */
export function surnameReadings(ctx: DocContext, i: number): readonly Parse[] | boolean {
  if (!nameShaped(ctx, i) || bodyWord(ctx, i)) return false;
  const ps = ctx.parses(i);
  const surn = ps.filter((p) => p.grammemes.has('Surn') && p.number !== 'plur');
  if (surn.length) return surn;
  if (ps.some((p) => p.known && (FUNCTION.has(p.pos) || p.grammemes.has('Orgn')))) return false;
  return true;
}

export const surname = shared(() => wordPred('surname', surnameReadings, CAPITALISED));

/**
 * A second surname after a surname ("Рамон Пико Делмас"): a word the dictionary does not know at
 * all, not followed by another capitalised word on the line (a longer run is something else).
 */
export const unknownSurname = shared(() =>
  allOf(
    wordPred('unknown-word', (ctx, i) => nameShaped(ctx, i) && guessedOnly(ctx, i), CAPITALISED),
    pred(
      'unknown-surname',
      (ctx, i) => !ctx.tokens[i]!.newlineBefore && !(nameShaped(ctx, i + 1) && !ctx.tokens[i + 1]!.newlineBefore),
      CAPITALISED,
    ),
  ),
);

/** A surname the dictionary knows as one (`Surn`), for names written surname first. */
export const knownSurname = shared(() =>
  wordPred(
    'known-surname',
    (ctx, i) =>
      nameShaped(ctx, i) &&
      (!knownAsCommon(ctx, i) || knownAs(ctx, i, 'Surn')) &&
      ctx.parses(i).filter((p) => p.grammemes.has('Surn') && p.number !== 'plur'),
    CAPITALISED,
  ),
);

/** A particle of a foreign name, in lower case or capitalised ("фон", "дер", "Ле", "ибн"). */
export const particle = shared(() =>
  pred('particle', (ctx, i) => PARTICLE.has(ctx.folded(i)) && !sentenceInitial(ctx, i)),
);

/**
 * Whether the particle of `text`, a lower-case word joined by a hyphen to a capitalised one
 * ("аль-Хадж"), is a name particle; null when `text` is not so shaped. With `whole`, the word
 * after the hyphen is all of the rest, in lower case after its capital.
 */
export function joinedParticle(text: string, whole: boolean): boolean | null {
  const head = particleHead(text, whole);
  return head === null ? null : PARTICLE.has(head.replace(/ё/g, 'е'));
}

/** "аль-Хадж", "ибн-Сауд": a particle joined by a hyphen to a capitalised name. */
export const hyphenParticle = shared(() =>
  wordPred('particle-name', (ctx, i) => {
    const t = ctx.tokens[i];
    return t !== undefined && joinedParticle(t.text, false) === true;
  }),
);

/** An East Asian family name ("Си", "Ким", "Пак"), capitalised. */
export const asianFamilyName = shared(() =>
  wordPred(
    'asian-family-name',
    (ctx, i) => isCapitalized(ctx, i) && !allCaps(ctx, i) && ASIAN.has(ctx.folded(i)),
    CAPITALISED,
  ),
);

/** A short capitalised syllable of an East Asian given name ("Цзиньпин", "Чен", "Ын", "Кын", "Хе"). */
export const asianGivenName = shared(() =>
  wordPred(
    'asian-given-name',
    (ctx, i) => {
      const t = ctx.tokens[i];
      return (
        !!t &&
        t.kind === 'word' &&
        isCapitalized(ctx, i) &&
        !allCaps(ctx, i) &&
        t.text.length <= 9 &&
        !ctx.parses(i).some((p) => p.known && FUNCTION.has(p.pos))
      );
    },
    CAPITALISED,
  ),
);

/** The part of `initialAt` on the word alone: a rule set leaves "Шагинова" + initials out before other words. */
const INITIAL_WORD = new Predicate(initialWord, 'initial letter', CAPITALISED, null, true);

/** An initial with its dot: "Л.", "Дж." (two tokens). */
export function initial(): Pattern {
  return seq(
    tok(new Predicate((ctx, i) => initialAt(ctx, i), 'initial', CAPITALISED, null, false, INITIAL_WORD)),
    punct('.'),
  );
}

/** Initials, one or two: "Л.", "А.В.", "А. В.". */
export function initials(): Pattern {
  return seq(initial().as('initial'), initial().as('initial').optional());
}
