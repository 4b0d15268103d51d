import { RuleSet, type DocContext } from '../../engine/index.js';
import {
  QUOTE_OPEN,
  atPlaceBefore,
  guessedOnly,
  knownAsCommon,
  modifiesNext,
  quotedAlone,
  sentenceInitial,
} from '../../context/index.js';
import { SPEECH_VERBS, THING_NOUNS } from '../../lexicon/persons/index.js';

const SPEECH = new Set(SPEECH_VERBS);
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory } from '../../pipeline/types.js';
import type { EntityDraft, Gender } from '../../result/schema.js';
import { agreeWithNounBefore, nounTakesVerb } from './cues.js';
import { withFullNames } from './fuller.js';
import { normalizeName, type NamePart, type NormalizedName } from './normalize.js';
import { nameShaped } from './parts.js';
import type { PersonProposal } from './proposal.js';
import { PERSON_RULES } from './rules/index.js';

export { PERSON_RULES } from './rules/index.js';
export type { PersonProposal } from './proposal.js';

interface Known {
  readonly gender: Gender | null;
  /** The surname in the nominative as the fuller mention gives it. */
  readonly last: string | null;
}

/** Keys a surname is found again by: its folded surface and its lemmas. */
const keysOf = (doc: DocContext, i: number): string[] => [doc.folded(i), ...doc.lemmas(i)];

/**
 * The surnames the document names for sure (two-word names, names with initials, names a cue
 * supports), with the gender the fuller mention gives.
 */
type Normalize = (p: PersonProposal, hint: Gender | null) => NormalizedName;

/**
 * Normalised names by their words, roles and hint: a name comes back many times in a document and
 * across documents, and the morphology answers the same for the same words (bounded).
 */
const NORMALIZED = new WeakMap<object, Map<string, NormalizedName>>();

function memoNormalize(doc: DocContext): Normalize {
  let memo = NORMALIZED.get(doc.morph);
  if (!memo) NORMALIZED.set(doc.morph, (memo = new Map<string, NormalizedName>()));
  const cache = memo;
  return (p, hint) => {
    const start = doc.tokens[p.from]!.start;
    const key = `${p.parts.map((x) => `${x.role}${x.index - p.from}:${x.parses.length}`).join(',')}|${hint ?? ''}|${doc.text.slice(start, doc.tokens[p.to - 1]!.end)}`;
    let n = cache.get(key);
    if (!n) {
      n = normalizeName(doc, p.from, p.to, p.parts, hint);
      if (cache.size > 50000) cache.clear();
      cache.set(key, n);
    }
    return n;
  };
}

function knownSurnames(doc: DocContext, found: readonly PersonProposal[], normalize: Normalize): Map<string, Known> {
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
function repeated(
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
    const keys = keysOf(doc, i);
    const hit = keys.find((k) => known.has(k));
    const first = hit === undefined ? keys.find((k) => firsts.has(k)) : undefined;
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
function knownFirstNames(
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
function surnamesNotFirstNames(
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
    const hit = keysOf(doc, i).find((k) => known.has(k));
    if (hit === undefined || firsts.has(doc.folded(i))) continue;
    f.p = {
      ...f.p,
      parts: [{ role: 'last', index: i, parses: surnameParses(doc, i) }],
      hint: known.get(hit)?.gender ?? null,
      strength: 'cued',
    };
    f.rule = 'person/repeated';
  }
}

const THINGS = new Set(THING_NOUNS);

/**
 * The name of a thing, not a person: right after a noun for an organisation, a work, a disease
 * ("агентство Рейтер", "болезни Паркинсона"), or opening a quotation («Ива Нова»).
 */
function thingName(doc: DocContext, p: PersonProposal, named = false): boolean {
  const b = doc.tokens[p.from - 1];
  if (!b) return false;
  // an opening quote is glued to what it opens ("«Ива Нова»"; '"Газпрома" Олег' closes one)
  if (QUOTE_OPEN.has(b.text) && !doc.tokens[p.from]!.spaceBefore) return true;
  // a person the document names in full is that person after such a noun too ("закон Яровой",
  // "университета Кастро приобрёл", "программ Кинга")
  if (named) return false;
  // "Мэр города Сергей Собянин": a first name the dictionary knows makes a person after any noun
  if (p.parts.some((x) => x.role === 'first' && x.parses.some((r) => r.known && r.grammemes.has('Name')))) return false;
  return (
    b.kind === 'word' &&
    doc.parses(p.from - 1).some((x) => x.pos === 'NOUN' && !x.grammemes.has('Abbr') && THINGS.has(x.lemma))
  );
}

const LATIN_WORD = /^[A-Z\u00C0-\u00DE\u0100-\u017F][a-zA-Z\u00C0-\u024F'’-]*$/u;
/** Lower-case particles inside Latin names: "Christian von Boetticher", "Sami al-Haj", "António de Oliveira". */
const LATIN_PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|von|van|der|den|ter|bin|ibn|al|el|le|la)$/u;
const LATIN_HYPHENED = /^(?:al|el)-[A-Z]/u;

/**
 * A name in Latin letters in parentheses right after a person's name is the same person in the
 * original spelling: "Арлена Спектера (Arlen Specter)", "Кена Кокрела (Ken Cockrel Jr.)",
 * "Джеймс Коми (James B. Comey)", "Аленка Братушек (Alenka Bratušek)", "Сами аль-Хадж (Sami al-Haj)".
 */
function latinAfter(doc: DocContext, p: PersonProposal): PersonProposal | null {
  if (doc.tokens[p.to]?.text !== '(') return null;
  let i = p.to + 1;
  const from = i;
  const words: number[] = [];
  while (i < doc.tokens.length && words.length < 6) {
    const t = doc.tokens[i]!.text;
    const dot = doc.tokens[i + 1]?.text === '.' && !doc.tokens[i + 1]!.spaceBefore;
    if (LATIN_WORD.test(t) || (words.length > 0 && (LATIN_PARTICLE.test(t) || LATIN_HYPHENED.test(t)))) {
      words.push(i);
      // "Jr." and an initial ("B.") keep their dot inside the name
      i += dot && (doc.tokens[i + 2]?.text === ')' || /^[A-Z]$/u.test(t)) ? 2 : 1;
    } else break;
  }
  if (!words.length || doc.tokens[i]?.text !== ')' || LATIN_PARTICLE.test(doc.tokens[words.at(-1)!]!.text)) return null;
  const end = doc.tokens[i - 1]!.text === '.' && !/^[A-Z]$/u.test(doc.tokens[i - 2]?.text ?? '') ? i - 1 : i;
  if (words.length < 2 && p.parts.length > 1) return null;
  const parts: NamePart[] = words.map((k, n) => ({
    role:
      n === 0
        ? 'first'
        : n === words.length - 1
          ? 'last'
          : LATIN_PARTICLE.test(doc.tokens[k]!.text)
            ? 'particle'
            : 'middle',
    index: k,
    parses: [],
  }));
  return { from, to: end, parts, hint: null, strength: 'cued' };
}

/**
 * The past-tense verb right after the name gives its gender ("Белова заявила"), and a verb of
 * speech right before it ("сообщила Белова"; "поддержала Егора" has its subject elsewhere).
 */
function verbGender(doc: DocContext, p: PersonProposal): Gender | null {
  for (const i of [p.to, p.from - 1]) {
    if (doc.tokens[i]?.kind !== 'word') continue;
    const v = doc
      .parses(i)
      .find(
        (x) =>
          x.pos === 'VERB' && x.grammemes.has('past') && x.number === 'sing' && (i === p.to || SPEECH.has(x.lemma)),
      );
    // "Пресс-служба Кадырова заявила": the verb after is the noun's before the name
    if (v && (v.gender === 'masc' || v.gender === 'femn') && !(i === p.to && nounTakesVerb(doc, p.from, v.gender)))
      return v.gender;
  }
  return null;
}

function toDraft(
  doc: DocContext,
  p: PersonProposal,
  rule: string,
  known: Map<string, Known>,
  normalize: Normalize,
): EntityDraft {
  const single = p.parts.length === 1 && p.parts[0]!.role === 'last' ? p.parts[0]! : null;
  const lastPart = p.parts.find((x) => x.role === 'last');
  // a bare surname is the surname of its fuller mention ("Жолт Хорняк ... Хорняка", "Нетаньяху");
  // another name with that surname has its gender when nothing else tells ("Иса Ямадаев ... Сулимы Ямадаева")
  const same = lastPart
    ? keysOf(doc, lastPart.index)
        .map((k) => known.get(k))
        .find((k) => k)
    : undefined;
  const full = single ? same : undefined;
  // a first name alone has its own gender ("Алла"): the words around it only tell a surname's
  const surname = p.parts.some((x) => x.role === 'last');
  const n = normalize(p, p.hint ?? same?.gender ?? (surname ? verbGender(doc, p) : null));
  const start = doc.tokens[p.from]!.start;
  const end = doc.tokens[p.to - 1]!.end;
  const base = { type: 'person' as const, start, end, text: doc.text.slice(start, end), rule };
  if (full?.last && (!full.gender || !n.gender || full.gender === n.gender))
    return { ...base, normalized: full.last, name: { last: full.last }, gender: full.gender ?? n.gender };
  return { ...base, normalized: n.normalized, name: n.name, gender: n.gender };
}

/**
 * Persons: names in any order and case form, with initials, foreign names and particles, in the
 * nominative with the gender kept ("Андрея Григорьева" -> "Андрей Григорьев").
 */
export const defaultPersonsExtractor: EntityExtractorFactory = defineExtractor({
  kind: 'persons',
  rules: () => PERSON_RULES,
  create: createPersons,
});

function createPersons(): EntityExtractor {
  const rules = new RuleSet(PERSON_RULES);
  return {
    name: 'persons',
    extract(run) {
      const doc = run.doc;
      const found: { p: PersonProposal; rule: string }[] = [];
      for (const m of rules.findAll(doc))
        if (!thingName(doc, m.value)) found.push({ p: agreeWithNounBefore(doc, m.value), rule: m.rule.id });
      const normalize = memoNormalize(doc);
      const known = knownSurnames(
        doc,
        found.map((f) => f.p),
        normalize,
      );
      surnamesNotFirstNames(doc, found, known);
      const firsts = knownFirstNames(
        doc,
        found.map((f) => f.p),
        normalize,
      );
      for (const p of repeated(
        doc,
        found.map((f) => f.p),
        known,
        firsts,
      ))
        if (!thingName(doc, p, true)) found.push({ p, rule: 'person/repeated' });
      for (const f of [...found]) {
        const latin = latinAfter(doc, f.p);
        if (latin) found.push({ p: latin, rule: 'person/latin' });
      }
      return withFullNames(
        doc.text,
        found.map((f) => toDraft(doc, f.p, f.rule, known, normalize)),
      );
    },
  };
}
