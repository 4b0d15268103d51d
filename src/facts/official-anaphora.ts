/**
 * Officials across a clause or a sentence: an office that no link gave to a name next to it
 * belongs to the person the sentence is about, when the text makes that the only reading.
 *
 * - `official/subject-predicate`: the office is the predicate of a name earlier in its sentence
 *   ("Синдзо Абэ был выбран новым [премьер-министром]", "Лужков проработал на посту [мэра]").
 * - `official/anaphor`: a singular office in a sentence with no name before it is a later
 *   reference to the person the text is about, the one it names most often, when that person
 *   was named in the sentence before ("...Аркадий Арканов. В последнее время 81-летний
 *   [писатель] тяжело болел"; also after "он"); a bare office only, not one with an organisation
 *   of its own ("директора Facebook"), unless the office is the subject of a sentence that names
 *   no one ("[Глава МВФ] находится в участке", `official-subject.ts`). NEREL marks these;
 *   factRuEval, whose occupations are facts stated about a name, does not. When the office is the
 *   predicate of a subject the sentence leaves out, as a biography goes on ("С 1975 года работал
 *   [инженером]", "С 2001 года — [председатель]", "Сейчас он — [профессор]"), the person may be
 *   named further back (`official-topic.ts`). A new holder ("назначили нового [министра]"), an
 *   office up for election ("выборах [мэра]") and a title in quotes are no reference. An office
 *   listed right after a resolved one, in its case, goes to the same person ("работал
 *   [инженером], [мастером]").
 *
 * Each reads a bounded number of tokens around the office, so the pass stays linear.
 */
import type { DocContext } from '../engine/index.js';
import { QUOTE_OPEN } from '../context/index.js';
import {
  APPOINTING_PREDICATES,
  APPOINTING_VERBS,
  OFFICE_FILLERS,
  OFFICE_VERBS,
  PREDICATE_FILLERS,
  PREDICATE_VERBS,
} from '../lexicon/officials.js';
import type { Parse } from '../morph/types.js';
import type { Gender, PersonEntity, PositionEntity } from '../result/schema.js';
import type { Placed } from './spans.js';
import { bare, mainWeight, referent } from './official-topic.js';
import { subjectOffice } from './official-subject.js';

export interface Resolution {
  readonly person: Placed<PersonEntity>;
  readonly position: Placed<PositionEntity>;
  readonly rule: 'official/subject-predicate' | 'official/anaphor';
}

/** Longest run of words read back from an office to the verb that makes it a predicate. */
const PREDICATE_WINDOW = 8;
/** Words a possessor or a quantity puts before an office that is then someone else's or no one's. */
const NOT_THEIRS = new Set([
  'его',
  'ее',
  'её',
  'их',
  'свой',
  'мой',
  'наш',
  'ваш',
  'твой',
  'каждый',
  'любой',
  'другой',
  'многий',
  'некоторый',
  'один',
  'ни',
  'никакой',
  'чей',
]);

/** The head noun of the office: its number and gender, or null when the office has no noun reading. */
function head(ctx: DocContext, p: Placed): { plural: boolean; femn: boolean; cases: Set<string> } | null {
  for (let i = p.from; i < p.to; i++) {
    const nouns = ctx.parses(i).filter((x) => x.pos === 'NOUN');
    if (!nouns.length) continue;
    return {
      plural: nouns.every((x) => x.number === 'plur'),
      femn: nouns.every((x) => x.gender === 'femn'),
      cases: new Set(nouns.map((x) => x.case ?? '')),
    };
  }
  return null;
}

/** The word right before the office (adjectives and ages skipped) makes it someone else's or no one's. */
function possessed(ctx: DocContext, p: Placed): boolean {
  for (let i = p.from - 1; i >= 0 && i >= p.from - 4; i--) {
    if (ctx.tokens[i]!.sentence !== ctx.tokens[p.from]!.sentence) return false;
    if (ctx.lemmas(i).some((l) => NOT_THEIRS.has(l)) || NOT_THEIRS.has(ctx.folded(i))) return true;
    if (
      !ctx.parses(i).some((x) => x.pos === 'ADJF' || x.pos === 'PRTF' || x.pos === 'NUMR') &&
      !/^\d/u.test(ctx.tokens[i]!.text)
    )
      return false;
  }
  return false;
}

/** A verb of holding or taking an office in the few words before it: "был выбран новым", "проработал на посту". */
function predicateVerb(ctx: DocContext, p: Placed, stop: number): number {
  for (let i = p.from - 1; i >= stop && i >= p.from - PREDICATE_WINDOW; i--) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word') return -1;
    const ps = ctx.parses(i);
    if (ps.some(holds)) return i;
    const filler = ctx.lemmas(i).some((l) => OFFICE_FILLERS.has(l) || PREDICATE_FILLERS.has(l));
    const adjective = ps.some((x) => x.pos === 'ADJF' || x.pos === 'ADVB' || x.grammemes.has('Apro'));
    if (!filler && !adjective) return -1;
  }
  return -1;
}

/**
 * A verb form that gives its subject the office: the appointing verbs only in the passive
 * ("назначен", not "назначил"). "бывший" is the participle of "быть" only in form: it is an
 * attribute of the office ("Бывший глава Израиля умер"), which says nothing of whose it is.
 */
function holds(x: Parse): boolean {
  if (!OFFICE_VERBS.has(x.lemma) && !PREDICATE_VERBS.has(x.lemma)) return false;
  if (x.lemma === 'быть' && x.pos === 'PRTF') return false;
  if (x.pos !== 'VERB' && x.pos !== 'PRTS' && x.pos !== 'PRTF' && x.pos !== 'GRND' && x.pos !== 'INFN') return false;
  const appointing = APPOINTING_VERBS.has(x.lemma) || APPOINTING_PREDICATES.has(x.lemma);
  return !appointing || x.pos === 'PRTS' || x.grammemes.has('pssv');
}

/** A clause with a subject of its own stands between the name and the verb: "Петрова сказала, что [он] стал". */
function ownSubject(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const f = ctx.folded(i);
    if (f === 'что' || f === 'чтобы' || f === 'если' || f === 'когда') return true;
    if (ctx.parses(i).some((x) => x.pos === 'NPRO' && x.case === 'nomn' && x.lemma !== 'который')) return true;
  }
  return false;
}

const genderFits = (person: PersonEntity, femn: boolean): boolean => !femn || person.gender !== 'masc';

/** Gender of a past-tense verb or short participle, if it has one. */
function verbGender(ctx: DocContext, i: number): Gender | null {
  const g = ctx.parses(i).find((x) => x.pos === 'VERB' || x.pos === 'PRTS')?.gender;
  return g === 'masc' || g === 'femn' ? g : null;
}

/** Words of a clause that give it a subject of its own besides "он"/"она": "Его отец был сапожником". */
const OWN_SUBJECT_WORDS = new Set(['что', 'чтобы', 'если', 'когда']);
/** Tokens read back from a verb for a subject of its own. */
const SUBJECT_WINDOW = 12;

/** The clause before the verb names someone else as its subject: a person noun or a pronoun other than "он", "она". */
function otherSubject(ctx: DocContext, verb: number): boolean {
  const sentence = ctx.tokens[verb]!.sentence;
  for (let i = verb - 1; i >= 0 && i >= verb - SUBJECT_WINDOW && ctx.tokens[i]!.sentence === sentence; i--) {
    if (OWN_SUBJECT_WORDS.has(ctx.folded(i))) return true;
    const ps = ctx.parses(i);
    if (ps.some((x) => x.pos === 'NPRO' && x.case === 'nomn' && x.lemma !== 'он' && x.lemma !== 'который')) return true;
    if (ps.length && ps.every((x) => x.pos === 'NOUN' && x.case === 'nomn' && x.grammemes.has('anim'))) return true;
  }
  return false;
}

const DASHES = new Set(['—', '–', '-']);
/** Tokens of a date before a dash: "С 2001 года —", "В 1995—2002 гг. —". */
const DATE_WINDOW = 8;

/** "он" or "она" right before the dash before the office: "Сейчас он — [профессор] ...", its gender. */
function pronounBeforeDash(ctx: DocContext, dash: number): Gender | null {
  if (dash < 1 || !DASHES.has(ctx.tokens[dash]!.text)) return null;
  const f = ctx.folded(dash - 1);
  return f === 'он' ? 'masc' : f === 'она' ? 'femn' : null;
}

/** A dash after a date that opens the sentence, the line of a biography: "С 2001 года — [председатель] ...". */
function dashAfterDate(ctx: DocContext, dash: number): boolean {
  if (dash < 1 || !DASHES.has(ctx.tokens[dash]!.text)) return false;
  const sentence = ctx.tokens[dash]!.sentence;
  let number = false;
  for (let i = dash - 1; i >= dash - DATE_WINDOW; i--) {
    const t = ctx.tokens[i];
    if (!t || t.sentence !== sentence) return number;
    if (t.kind === 'number' || t.kind === 'date') number = true;
    else if (t.kind === 'word' && ctx.parses(i).some((x) => x.pos === 'VERB' || x.pos === 'INFN' || x.pos === 'PRTS'))
      return false;
    if (t.newlineBefore) return number;
  }
  return false;
}

/**
 * A verb form whose subject is not the sentence's: an infinitive ("Быть председателем жюри —
 * честь", "может стать футболист"), a participle of some noun ("страны, являющейся членом
 * Евросоюза"), a plural ("выступили мэр и губернатор"). Measured on NEREL train, the offices
 * after them were none of them the main person's.
 */
function unbound(ctx: DocContext, verb: number): boolean {
  return ctx
    .parses(verb)
    .filter(holds)
    .every((x) => x.pos === 'INFN' || x.pos === 'PRTF' || x.number === 'plur');
}

/**
 * The office is what a sentence without a name of its own says its subject was or became ("С
 * 1975 года работал инженером", "он был избран президентом", "С 2001 года — председатель"):
 * the gender of its verb, if it has one; null when the office is no such predicate.
 */
function predicateOfTopic(ctx: DocContext, p: Placed): { gender: Gender | null } | null {
  const sentence = ctx.tokens[p.from]!.sentence;
  const verb = predicateVerb(ctx, p, Math.max(0, p.from - PREDICATE_WINDOW));
  if (verb >= 0 && ctx.tokens[verb]!.sentence === sentence)
    return otherSubject(ctx, verb) || unbound(ctx, verb) ? null : { gender: verbGender(ctx, verb) };
  if (dashAfterDate(ctx, p.from - 1)) return { gender: null };
  const pronoun = pronounBeforeDash(ctx, p.from - 1);
  return pronoun ? { gender: pronoun } : null;
}

/**
 * Words before an office that make its holder someone other than the person the text is about:
 * a new holder in an oblique case ("назначил нового министра"), the office as what elections are
 * for ("выборах мэра"), a title in quotation marks («Хранитель времени»).
 */
function notTheTopic(ctx: DocContext, p: Placed): boolean {
  const before = p.from - 1;
  if (before < 0) return false;
  if (QUOTE_OPEN.has(ctx.tokens[before]!.text)) return true;
  const adj = ctx.parses(before).filter((x) => x.pos === 'ADJF' && x.lemma === 'новый');
  if (adj.length && !adj.some((x) => x.case === 'nomn')) return true;
  for (let i = before; i >= 0 && i >= p.from - 2; i--)
    if (ctx.lemmas(i).some((l) => l === 'выборы' || l === 'выбор')) return true;
  return false;
}

/** The office goes on a list of offices after `prev`, in its case: "работал инженером, [мастером]". */
function listed(ctx: DocContext, prev: Placed, p: Placed, cases: Set<string>): boolean {
  if (p.from !== prev.to + 1 || ctx.tokens[p.from]!.sentence !== ctx.tokens[prev.from]!.sentence) return false;
  const sep = ctx.folded(prev.to);
  if (sep !== ',' && sep !== 'и') return false;
  const before = head(ctx, prev);
  return !!before && [...cases].some((c) => before.cases.has(c));
}

/**
 * Pairs for the offices in `positions` that `paired` does not hold. `persons` and `positions`
 * are in text order; `weight` is the number of mentions of a person's record, and without it
 * no office is read as a reference across sentences.
 */
export function resolve(
  ctx: DocContext,
  persons: readonly Placed<PersonEntity>[],
  positions: readonly Placed<PositionEntity>[],
  paired: ReadonlySet<string>,
  weight?: (p: PersonEntity) => number,
): Resolution[] {
  const out: Resolution[] = [];
  const max = weight ? mainWeight(persons, weight) : 0;
  let k = 0; // persons[k - 1] is the last person before the current office
  for (const position of positions) {
    while (k < persons.length && persons[k]!.to <= position.from) k++;
    if (paired.has(position.e.id)) continue;
    const h = head(ctx, position);
    if (!h || h.plural || possessed(ctx, position)) continue;
    const prev = out[out.length - 1];
    if (
      prev &&
      (k === 0 || persons[k - 1]!.to <= prev.position.from) &&
      listed(ctx, prev.position, position, h.cases)
    ) {
      out.push({ person: prev.person, position, rule: prev.rule });
      continue;
    }
    const sentence = ctx.tokens[position.from]!.sentence;
    const last = persons[k - 1];
    const next = persons[k];
    const nameInSentence = (x: Placed | undefined): boolean => !!x && ctx.tokens[x.from]!.sentence === sentence;
    if (last && nameInSentence(last)) {
      const verb = predicateVerb(ctx, position, last.to);
      if (verb < 0 || ownSubject(ctx, last.to, verb)) continue;
      const g = verbGender(ctx, verb);
      if (g && last.e.gender && g !== last.e.gender) continue;
      out.push({ person: last, position, rule: 'official/subject-predicate' });
      continue;
    }
    if (!last || nameInSentence(next) || !weight || notTheTopic(ctx, position)) continue;
    const predicate = predicateOfTopic(ctx, position);
    const subject = predicate ? null : subjectOffice(ctx, position);
    const plain = bare(ctx, position);
    if (!predicate && !subject && !plain) continue;
    const reading = predicate ? (predicate.gender ? 'predicate' : 'verbless') : subject && plain ? 'subject' : 'office';
    const antecedent = referent(ctx, persons, k, sentence, weight, max, reading);
    if (!antecedent || !genderFits(antecedent.e, h.femn)) continue;
    const gender = predicate?.gender ?? subject?.gender;
    if (gender && antecedent.e.gender && gender !== antecedent.e.gender) continue;
    out.push({ person: antecedent, position, rule: 'official/anaphor' });
  }
  return out;
}
