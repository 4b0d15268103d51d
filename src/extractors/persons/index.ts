import { RuleSet, type DocContext } from '../../engine/index.js';
import {
  QUOTE_OPEN,
  atPlaceBefore,
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
 * A surname named in full once is the same person alone later ("Жолт Хорняк ... Хорняка"), unless
 * a preposition of place or a noun it modifies says it is something else.
 */
function repeated(doc: DocContext, found: readonly PersonProposal[], known: Map<string, Known>): PersonProposal[] {
  if (!known.size) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const p of found) for (let i = p.from; i < p.to; i++) covered[i] = 1;
  const out: PersonProposal[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !nameShaped(doc, i)) continue;
    const hit = keysOf(doc, i).find((k) => known.has(k));
    if (hit === undefined) continue;
    if (
      atPlaceBefore(doc, i) ||
      modifiesNext(doc, i, i + 1) ||
      quotedAlone(doc, i, i + 1) ||
      (sentenceInitial(doc, i) && knownAsCommon(doc, i) && !doc.parses(i).some((x) => x.grammemes.has('Surn')))
    )
      continue;
    const parts: NamePart[] = [
      {
        role: 'last',
        index: i,
        parses: doc.parses(i).filter((x) => x.pos === 'NOUN' || x.pos === 'UNKN' || x.grammemes.has('Surn')),
      },
    ];
    out.push({ from: i, to: i + 1, parts, hint: known.get(hit)?.gender ?? null, strength: 'cued' });
  }
  return out;
}

const THINGS = new Set(THING_NOUNS);

/**
 * The name of a thing, not a person: right after a noun for an organisation, a work, a disease
 * ("агентство Рейтер", "болезни Паркинсона"), or opening a quotation («Ива Нова»).
 */
function thingName(doc: DocContext, p: PersonProposal): boolean {
  const b = doc.tokens[p.from - 1];
  if (!b) return false;
  // an opening quote is glued to what it opens ("«Ива Нова»"; '"Газпрома" Олег' closes one)
  if (QUOTE_OPEN.has(b.text) && !doc.tokens[p.from]!.spaceBefore) return true;
  // "Мэр города Сергей Собянин": a first name the dictionary knows makes a person after any noun
  if (p.parts.some((x) => x.role === 'first' && x.parses.some((r) => r.known && r.grammemes.has('Name')))) return false;
  return (
    b.kind === 'word' &&
    doc.parses(p.from - 1).some((x) => x.pos === 'NOUN' && !x.grammemes.has('Abbr') && THINGS.has(x.lemma))
  );
}

const LATIN_WORD = /^[A-Z][a-zA-Z'’-]*$/;

/**
 * A name in Latin letters in parentheses right after a person's name is the same person in the
 * original spelling: "Арлена Спектера (Arlen Specter)", "Кена Кокрела (Ken Cockrel Jr.)".
 */
function latinAfter(doc: DocContext, p: PersonProposal): PersonProposal | null {
  if (doc.tokens[p.to]?.text !== '(') return null;
  let i = p.to + 1;
  const from = i;
  while (i < doc.tokens.length && i - from < 6 && LATIN_WORD.test(doc.tokens[i]!.text)) {
    i++;
    // "Jr." keeps its dot inside the name
    if (doc.tokens[i]?.text === '.' && doc.tokens[i + 1]?.text === ')' && !doc.tokens[i]!.spaceBefore) i++;
  }
  if (i - from < 1 || doc.tokens[i]?.text !== ')') return null;
  const end = doc.tokens[i - 1]!.text === '.' ? i - 1 : i;
  if (end - from < 2 && p.parts.length > 1) return null;
  const parts: NamePart[] = [];
  for (let k = from; k < end; k++)
    parts.push({ role: k === from ? 'first' : k === end - 1 ? 'last' : 'middle', index: k, parses: [] });
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
    if (v && (v.gender === 'masc' || v.gender === 'femn')) return v.gender;
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
  // a bare surname is the surname of its fuller mention ("Жолт Хорняк ... Хорняка", "Нетаньяху")
  const full = single
    ? keysOf(doc, single.index)
        .map((k) => known.get(k))
        .find((k) => k)
    : undefined;
  // a first name alone has its own gender ("Алла"): the words around it only tell a surname's
  const surname = p.parts.some((x) => x.role === 'last');
  const n = normalize(p, p.hint ?? full?.gender ?? (surname ? verbGender(doc, p) : null));
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
      for (const m of rules.findAll(doc)) if (!thingName(doc, m.value)) found.push({ p: m.value, rule: m.rule.id });
      const normalize = memoNormalize(doc);
      const known = knownSurnames(
        doc,
        found.map((f) => f.p),
        normalize,
      );
      for (const p of repeated(
        doc,
        found.map((f) => f.p),
        known,
      ))
        if (!thingName(doc, p)) found.push({ p, rule: 'person/repeated' });
      for (const f of [...found]) {
        const latin = latinAfter(doc, f.p);
        if (latin) found.push({ p: latin, rule: 'person/latin' });
      }
      return found.map((f) => toDraft(doc, f.p, f.rule, known, normalize));
    },
  };
}
