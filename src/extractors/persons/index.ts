import { RuleSet, type DocContext } from '../../engine/index.js';
import { QUOTE_OPEN } from '../../context/index.js';
import { SPEECH_VERBS, THING_NOUNS } from '../../lexicon/persons/index.js';

const SPEECH = new Set(SPEECH_VERBS);
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory, Env } from '../../pipeline/types.js';
import type { EntityDraft, Gender } from '../../result/schema.js';
import { agreeWithNounBefore, nounTakesVerb } from './cues.js';
import { withFullNames } from './fuller.js';
import { normalizeName, type NamePart, type NormalizedName } from './normalize.js';
import type { PersonProposal } from './proposal.js';
import { PERSON_RULES } from './rules/index.js';
import { afterOffice, afterOfficeRule, withNamesAfterOffices } from './rules/after-office.js';
import { pluralNameOnly } from './parts.js';
import { listed } from './lists.js';
import {
  firstKeyIn,
  knownFirstNames,
  knownSurnames,
  repeated,
  surnamesNotFirstNames,
  type Known,
  type Normalize,
} from './again.js';
import { extend } from '../../engine/objects.js';

export { PERSON_RULES } from './rules/index.js';
export type { PersonProposal } from './proposal.js';

/**
 * Normalised names by their words, roles and hint: a name comes back many times in a document and
 * across documents, and the morphology answers the same for the same words (bounded).
 */
const NORMALIZED = new WeakMap<object, Map<string, NormalizedName>>();

function memoNormalize(doc: DocContext): Normalize {
  let memo = NORMALIZED.get(doc.morph);
  if (!memo) NORMALIZED.set(doc.morph, (memo = new Map<string, NormalizedName>()));
  const cache = memo;
  // the same proposal is normalised up to three times a document (known surnames, known first
  // names, the draft): its answer is kept with it, without making the key again
  const mine = new Map<PersonProposal, { hint: Gender | null; n: NormalizedName }>();
  return (p, hint) => {
    const had = mine.get(p);
    if (had !== undefined && had.hint === hint) return had.n;
    const n = normalizeAnew(p, hint);
    mine.set(p, { hint, n });
    return n;
  };
  function normalizeAnew(p: PersonProposal, hint: Gender | null): NormalizedName {
    const start = doc.tokens[p.from]!.start;
    const key = `${p.parts.map((x) => `${x.role}${x.index - p.from}:${x.parses.length}`).join(',')}|${hint ?? ''}|${doc.text.slice(start, doc.tokens[p.to - 1]!.end)}`;
    let n = cache.get(key);
    if (!n) {
      n = normalizeName(doc, p.from, p.to, p.parts, hint);
      if (cache.size > 50000) cache.clear();
      cache.set(key, n);
    }
    return n;
  }
}

const THINGS = new Set(THING_NOUNS);

/**
 * The name of a thing, not a person: right after a noun for an organisation, a work, a disease
 * ("агентство Рейтер", "болезни Паркинсона"), or opening a quotation («Ива Нова»).
 */
function thingName(doc: DocContext, p: PersonProposal, named = false): boolean {
  const b = doc.tokens[p.from - 1];
  // a person the document names in full is that person after such a noun too ("закон Яровой",
  // "университета Кастро приобрёл", "программ Кинга") and opening a quotation («Мурси
  // изолировали»: alone in quotes it is left out before)
  if (!b || named) return false;
  // an opening quote is glued to what it opens ("«Ива Нова»"; '"Газпрома" Олег' closes one)
  if (QUOTE_OPEN.has(b.text) && !doc.tokens[p.from]!.spaceBefore) return true;
  // "Мэр города Сергей Собянин": a first name the dictionary knows makes a person after any noun
  if (
    p.parts.some(
      (x) =>
        x.role === 'first' &&
        (x.parses.some((r) => r.known && r.grammemes.has('Name')) || pluralNameOnly(doc, x.index)),
    )
  )
    return false;
  return (
    b.kind === 'word' &&
    doc.parses(p.from - 1).some((x) => x.pos === 'NOUN' && !x.grammemes.has('Abbr') && THINGS.has(x.lemma))
  );
}

const LATIN_WORD = /^[A-Z\u00C0-\u00DE\u0100-\u017F][a-zA-Z\u00C0-\u024F'’-]*$/u;
/** Lower-case particles inside Latin names: "Christian von Boetticher", "Sami al-Haj", "António de Oliveira". */
const LATIN_PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|von|van|der|den|ter|bin|ibn|al|el|le|la)$/u;
const LATIN_HYPHENED = /^(?:al|el)-[A-Z]/u;
const LATIN_END = new Set([')', ',', ';']);

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
  // the spelling may be followed by others or a note: "(Carson Yeung, также ...)", "(Doogie Howser, M.D.)"
  if (
    !words.length ||
    !LATIN_END.has(doc.tokens[i]?.text ?? '') ||
    LATIN_PARTICLE.test(doc.tokens[words.at(-1)!]!.text)
  )
    return null;
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
  const key = lastPart ? firstKeyIn(doc, lastPart.index, known) : undefined;
  const same = key === undefined ? undefined : known.get(key);
  const full = single ? same : undefined;
  // a first name alone has its own gender ("Алла"): the words around it only tell a surname's
  const surname = p.parts.some((x) => x.role === 'last');
  const n = normalize(p, p.hint ?? same?.gender ?? (surname ? verbGender(doc, p) : null));
  const start = doc.tokens[p.from]!.start;
  const end = doc.tokens[p.to - 1]!.end;
  const base = { type: 'person' as const, form: 'name' as const, start, end, text: doc.text.slice(start, end), rule };
  if (full?.last && (!full.gender || !n.gender || full.gender === n.gender))
    return extend(base, { normalized: full.last, name: { last: full.last }, gender: full.gender ?? n.gender });
  return extend(base, { normalized: n.normalized, name: n.name, gender: n.gender });
}

/**
 * Persons: names in any order and case form, with initials, foreign names and particles, in the
 * nominative with the gender kept ("Андрея Григорьева" -> "Андрей Григорьев").
 */
export const defaultPersonsExtractor: EntityExtractorFactory = defineExtractor({
  kind: 'persons',
  rules: () => [...PERSON_RULES, afterOfficeRule],
  create: createPersons,
});

/** A person an adjective is named after ("Нобелевской премии" -> "Нобель"). */
function eponymDraft(doc: DocContext, p: PersonProposal, name: string): EntityDraft {
  const start = doc.tokens[p.from]!.start;
  const end = doc.tokens[p.to - 1]!.end;
  const first = doc.morph.parse(name).some((x) => x.known && x.grammemes.has('Name'));
  return {
    type: 'person',
    form: 'adjective',
    start,
    end,
    text: doc.text.slice(start, end),
    rule: 'person/eponym',
    normalized: name,
    name: first ? { first: name } : { last: name },
    gender: null,
  };
}

function createPersons(env: Env): EntityExtractor {
  // the morphology resolves the eponym gazetteer here, so its rule is tried only where an entry begins
  const rules = new RuleSet(PERSON_RULES, { morph: env.morph, segment: env.segment });
  // factRuEval marks no person in "Нобелевская премия"
  const eponyms = env.convention !== 'factru';
  return {
    name: 'persons',
    extract(run) {
      const doc = run.doc;
      const found: { p: PersonProposal; rule: string }[] = [];
      const named: EntityDraft[] = [];
      for (const m of withNamesAfterOffices(doc, rules.findAll(doc))) {
        if (m.value.eponym !== undefined) {
          if (eponyms) named.push(eponymDraft(doc, m.value, m.value.eponym));
        } else if (!thingName(doc, m.value) || afterOffice(doc, m.value))
          found.push({ p: agreeWithNounBefore(doc, m.value), rule: m.rule.id });
      }
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
      for (const p of listed(
        doc,
        found.map((f) => f.p),
      ))
        if (!thingName(doc, p)) found.push({ p, rule: 'person/listed' });
      for (const f of [...found]) {
        const latin = latinAfter(doc, f.p);
        if (latin) found.push({ p: latin, rule: 'person/latin' });
      }
      const drafts = withFullNames(
        doc.text,
        found.map((f) => toDraft(doc, f.p, f.rule, known, normalize)),
      );
      return named.length ? [...drafts, ...named] : drafts;
    },
  };
}
