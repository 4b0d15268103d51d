/**
 * Readings in which the office a link found next to a name is someone else's, for
 * `officials.ts`: the words around the two say the name is the office holder's kin, the object
 * of the clause, or the holder's companion, not the holder. Each reads the gap and a few words
 * before the office, so a pair costs a bounded look.
 *
 * - kin: "супруга [президента США] Мишель Обама", "дочь [президента] Лолла Каримова" -- a name
 *   that cannot stand in the genitive of the office is the kin noun's, not the office's;
 * - an office in the instrumental after a link verb is its subject's, and a name after it that
 *   does not tell its case is the owner: "работавшая [заместителем] Онищенко";
 * - an office in the nominative is the subject of the verb after it, the name its object:
 *   "погибший [полицейский] был охранником Мосийчука";
 * - an office in the genitive before the verb is owned by the noun before it:
 *   "новой пассией [экс-президента] стала Любовь Полежай" (but "на пост [главы] будет назначен");
 * - "сменила [тренера]" changes someone else; "сменила на посту [главы]" takes the post;
 * - "работала с нынешним [мэром]": an office after "с" in the instrumental is a companion;
 * - "Юрий, которого [певица] попросила": the relative clause's subject is the office, not the name;
 * - ", совершенного [милиционером]": a participle or adjective between that does not agree with
 *   the office belongs to another noun;
 * - "профессор, академик, президент института [Пушкина] Виталий Костомаров": the owner of the
 *   office right before a second name holds none of the offices in a row before it.
 */
import type { DocContext } from '../engine/index.js';
import type { Parse } from '../morph/types.js';
import { KINSHIP, LINK_VERBS } from '../lexicon/officials.js';
import { afterNamedFor } from './official-honorees.js';
import type { Link } from './official-links.js';
import type { PersonEntity } from '../result/schema.js';
import type { Placed } from './spans.js';

const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr'] as const;

/** The dictionary's readings of a word as a name in the singular. */
const nameReadings = (ps: readonly Parse[]): Parse[] =>
  ps.filter((p) => p.known && p.number !== 'plur' && NAME_GRAMMEMES.some((g) => p.grammemes.has(g)));

/** The gender of the name's first name: null when it has none, undefined when it may be either ("Анастасия", "Юлия"). */
function firstNameGender(ctx: DocContext, from: number, to: number): string | null | undefined {
  for (let i = from; i < to; i++) {
    const genders = new Set(
      nameReadings(ctx.parses(i))
        .filter((p) => p.grammemes.has('Name') && p.gender)
        .map((p) => p.gender),
    );
    if (genders.size) return genders.size === 1 ? [...genders][0] : undefined;
  }
  return null;
}

/**
 * The cases a name can be in, from the dictionary's readings of its words as names, kept to the
 * first name's gender ("Сергея Собянина": not the feminine nominative "Собянина"); null when no
 * word tells, as for a foreign or indeclinable name ("Мишель Бачелет" tells by "Мишель" only).
 */
export function declinedCases(
  ctx: DocContext,
  person: Placed<PersonEntity>,
  eitherGender: 'document' | 'any' = 'any',
): ReadonlySet<string> | null {
  const { from, to } = person;
  // a surname alone takes the gender the persons gave ("Медведева" after "Дмитрий Медведев"), and
  // a first name of either gender ("Рашида") when the caller trusts it
  const first = firstNameGender(ctx, from, to);
  const gender = first === null || (first === undefined && eitherGender === 'document') ? person.e.gender : first;
  const told: ReadonlySet<string>[] = [];
  for (let i = from; i < to; i++) {
    const ps = ctx.parses(i);
    if (ps.some((p) => p.pos === 'LATN' || p.pos === 'UNKN')) continue;
    let names = nameReadings(ps);
    if (names.some((p) => p.grammemes.has('Fixd') || p.case === null)) continue;
    if (gender) names = names.filter((p) => !p.gender || p.gender === gender);
    if (names.length) told.push(new Set(names.map((p) => p.case ?? '')));
  }
  if (!told.length) return null;
  const cases = [...told[0]!].filter((c) => told.every((t) => t.has(c)));
  return cases.length ? new Set(cases) : null;
}

const modifier = (ps: readonly Parse[]): boolean => ps.some((p) => p.pos === 'ADJF' || p.pos === 'PRTF');

/**
 * {@link casesOfOffice}, made once per office: the readings ask it up to three times a pair, and
 * an office near several names is paired with each (the office's range is one object per document).
 */
const OFFICE_CASES = new WeakMap<Placed, ReadonlySet<string> | null>();
function officeCases(ctx: DocContext, office: Placed): ReadonlySet<string> | null {
  let cases = OFFICE_CASES.get(office);
  if (cases === undefined) OFFICE_CASES.set(office, (cases = casesOfOffice(ctx, office)));
  return cases;
}

/** Cases of the office's head noun (its first declinable noun), animate readings first; null when it has none. */
function casesOfOffice(ctx: DocContext, office: Placed): ReadonlySet<string> | null {
  for (let i = office.from; i < office.to; i++) {
    const ps = ctx.parses(i);
    let nouns = ps.filter((p) => p.pos === 'NOUN');
    if (!nouns.length || nouns.some((p) => p.grammemes.has('Fixd'))) continue;
    // an office names a person: "пресс-агент" in the accusative is "пресс-агента"
    if (nouns.some((p) => p.grammemes.has('anim'))) nouns = nouns.filter((p) => p.grammemes.has('anim'));
    // an adjective the dictionary also has as a thing is no head: "[главным] советником" ("главное")
    else if (modifier(ps)) continue;
    return new Set(nouns.map((p) => p.case ?? ''));
  }
  return null;
}

const hasLemma = (ctx: DocContext, i: number, set: ReadonlySet<string>): boolean =>
  ctx.lemmas(i).some((l) => set.has(l));

/** The word before the office, past up to three adjectives in its sentence; -1 when none. */
function wordBefore(ctx: DocContext, office: Placed): number {
  const sentence = ctx.tokens[office.from]?.sentence;
  for (let i = office.from - 1; i >= 0 && i >= office.from - 4; i--) {
    if (ctx.tokens[i]!.sentence !== sentence) return -1;
    if (!modifier(ctx.parses(i))) return i;
  }
  return -1;
}

/** A kin noun before an office in the genitive, and a name that cannot be in the genitive: "супруга [президента] Мишель Обама". */
function kinsName(ctx: DocContext, person: Placed<PersonEntity>, office: Placed): boolean {
  const kin = wordBefore(ctx, office);
  if (kin < 0 || !hasLemma(ctx, kin, KINSHIP)) return false;
  if (!officeCases(ctx, office)?.has('gent')) return false;
  const name = declinedCases(ctx, person);
  return !!name && !name.has('gent');
}

/** A transitive verb or active participle in the few words before the office: "назначил [министром] X", "утвердить". */
function objectVerbBefore(ctx: DocContext, office: Placed): boolean {
  const sentence = ctx.tokens[office.from]?.sentence;
  for (let i = office.from - 1; i >= 0 && i >= office.from - 4 && ctx.tokens[i]!.sentence === sentence; i--)
    if (
      ctx
        .parses(i)
        .some(
          (p) =>
            p.grammemes.has('tran') &&
            (p.pos === 'VERB' ||
              p.pos === 'INFN' ||
              p.pos === 'GRND' ||
              (p.pos === 'PRTF' && !p.grammemes.has('pssv'))),
        )
    )
      return true;
  return false;
}

/** A link verb in the few words before the office, past its adjectives: "был [охранником]", "работавшая [заместителем]". */
function linkVerbBefore(ctx: DocContext, office: Placed): boolean {
  const sentence = ctx.tokens[office.from]?.sentence;
  for (let i = office.from - 1; i >= 0 && i >= office.from - 4 && ctx.tokens[i]!.sentence === sentence; i--) {
    const ps = ctx.parses(i);
    if (ps.some((p) => p.pos !== 'NOUN' && LINK_VERBS.has(p.lemma))) return true;
    if (!ps.some((p) => p.pos === 'ADJF' || p.pos === 'ADVB')) return false;
  }
  return false;
}

/**
 * An office in the instrumental before a name in the genitive names whose office it is, unless a
 * verb before makes the name its object: "работал [заместителем] Онищенко", "был [охранником]
 * Мосийчука", but "назначил [министром] Андрея Белоусова".
 */
function principal(ctx: DocContext, person: Placed<PersonEntity>, office: Placed): boolean {
  const cases = officeCases(ctx, office);
  if (!cases || [...cases].some((c) => c !== 'ablt')) return false;
  // no verb stands between, so a nominative name is no likelier than the document's gender says
  const name = declinedCases(ctx, person, 'document');
  // a name that does not tell its case is the owner after a link verb: "являлся [тренером] Спартака"
  if (!name) return linkVerbBefore(ctx, office);
  if (name.has('nomn') || name.has('ablt')) return false;
  return !objectVerbBefore(ctx, office);
}

const POSTS = new Set(['пост', 'должность']);

/**
 * Before the verb and the name, an office in the nominative is the verb's subject ("погибший
 * [полицейский] был охранником X"), and one in the genitive is owned by the noun before it
 * ("новой пассией [экс-президента] стала X") unless that noun is the post ("на пост [главы]").
 */
function notPredicate(ctx: DocContext, office: Placed): boolean {
  const cases = officeCases(ctx, office);
  if (!cases) return false;
  if ([...cases].every((c) => c === 'nomn')) return true;
  const first = ctx.parses(office.from).filter((p) => p.pos === 'NOUN');
  if (!first.length || first.some((p) => p.grammemes.has('Fixd') || p.case === 'nomn' || p.case === 'ablt'))
    return false;
  const before = wordBefore(ctx, office);
  return before < 0 || !hasLemma(ctx, before, POSTS);
}

const COMITATIVE = new Set(['с', 'со']);
const CHANGE = new Set(['сменить', 'менять', 'поменять']);

const agreesWith = (ps: readonly Parse[], cases: ReadonlySet<string>): boolean =>
  ps.some((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && cases.has(p.case ?? ''));

/** After a comma or dash, only modifiers, and one of them in no case of the office: ", совершенного [милиционером]". */
function strayModifier(ctx: DocContext, from: number, office: Placed, cases: ReadonlySet<string>): boolean {
  if (!/^[,—–-]$/u.test(ctx.tokens[from]?.text ?? '') || from + 1 >= office.from) return false;
  let stray = false;
  for (let i = from + 1; i < office.from; i++) {
    const ps = ctx.parses(i);
    if (!modifier(ps)) return false;
    stray ||= !agreesWith(ps, cases);
  }
  return stray;
}

/** "Юрий, [которого] певица попросила": a relative pronoun that is not the subject. */
const objectRelative = (ps: readonly Parse[]): boolean =>
  ps.some((p) => p.lemma === 'который') && !ps.some((p) => p.lemma === 'который' && p.case === 'nomn');

/**
 * The office after "с" in the instrumental is a companion, not a predicate of the subject:
 * "работала с нынешним [мэром]" (but "с 2010 года [мэр]", "с поста [мэра]").
 */
export function companion(ctx: DocContext, office: Placed): boolean {
  const before = wordBefore(ctx, office);
  return before >= 0 && COMITATIVE.has(ctx.folded(before)) && !!officeCases(ctx, office)?.has('ablt');
}

/** The words between a name and the office after it make the office someone else's (see the header). */
function clauseOfOther(ctx: DocContext, from: number, office: Placed): boolean {
  const cases = officeCases(ctx, office);
  if (cases && strayModifier(ctx, from, office, cases)) return true;
  for (let i = from; i < office.from; i++) {
    const ps = ctx.parses(i);
    if (objectRelative(ps)) return true;
    if (ps.some((p) => CHANGE.has(p.lemma))) {
      let post = false;
      for (let k = i + 1; k < office.from; k++) post ||= hasLemma(ctx, k, POSTS);
      if (!post) return true;
    }
  }
  return companion(ctx, office);
}

/** The name is what an organisation is named after: "батальона имени шейха [Мансура]", "театра им. [Г. Камала]". */
function namesake(ctx: DocContext, person: Placed): boolean {
  for (let i = person.from - 1; i >= 0 && i >= person.from - 3; i--) {
    // "им." with its period, not the pronoun "Им стал епископ X"
    const at = afterNamedFor(ctx, i);
    if (at >= 0 && (ctx.folded(i) === 'имени' || at === i + 2)) return true;
  }
  return false;
}

/**
 * An office in the nominative right before a name that cannot be nominative names whose office
 * it is: "[заместитель] Сергея Собянина", "[Менеджер] Мии Фэрроу", "[Адвокат] Петра — X".
 */
function nominativeOwner(ctx: DocContext, person: Placed<PersonEntity>, office: Placed): boolean {
  const cases = officeCases(ctx, office);
  if (!cases || [...cases].some((c) => c !== 'nomn')) return false;
  // a first name the dictionary knows says it best; surnames of foreign names read as anything ("Юн Фоссе")
  const first = nameReadings(ctx.parses(person.from)).filter((p) => p.grammemes.has('Name'));
  if (!first.length || first.some((p) => p.grammemes.has('Fixd') || p.case === 'nomn')) return false;
  // and a second word that declines with it: a foreign first name reads as a rare Russian one ("Оливье", "Бени")
  let told = 0;
  for (let i = person.from + 1; i < person.to; i++) if (nameReadings(ctx.parses(i)).length) told++;
  const name = declinedCases(ctx, person);
  return told > 0 && !!name && !name.has('nomn');
}

/** The link between the two is a misreading: the office belongs to someone else (see the header). */
export function someoneElses(ctx: DocContext, person: Placed<PersonEntity>, office: Placed, link: Link): boolean {
  // the previous holder after "вместо" stands in the genitive of no owner
  if (link.predecessor) return false;
  if (link.order === 'position-person') {
    if (kinsName(ctx, person, office) || namesake(ctx, person)) return true;
    if (link.id === 'official/position-name' && nominativeOwner(ctx, person, office)) return true;
    // after a verb the name is its subject: "[главой] стала Анастасия Кузнецова"
    if (link.id !== 'official/position-verb-name' && link.id !== 'official/position-verb-offices-name')
      return principal(ctx, person, office);
    return notPredicate(ctx, office);
  }
  return clauseOfOther(ctx, person.to, office);
}

/** Whether token `i` is a word with a reading in the genitive. */
const genitiveWord = (ctx: DocContext, i: number): boolean => ctx.parses(i).some((p) => p.case === 'gent');

/**
 * Where the name that ends right before `end` starts, when it is the owner of the office right
 * before it, in the genitive: "президент института [Пушкина] Виталий Костомаров"; -1 otherwise.
 */
export function ownerBefore(ctx: DocContext, cover: (i: number) => string, end: number): number {
  if (cover(end - 1) !== 'person') return -1;
  let start = end - 1;
  while (start > 0 && cover(start - 1) === 'person') start--;
  let last = end - 1;
  while (last > start && ctx.tokens[last]?.kind !== 'word') last--;
  return cover(start - 1) === 'position' && genitiveWord(ctx, last) ? start : -1;
}

/**
 * The name is the owner of the office right before it, and another name follows it: the offices
 * in a row before that office are the second name's ("профессор, академик, президент института
 * [Пушкина] Виталий Костомаров").
 */
export function ownerBeforeName(ctx: DocContext, cover: (i: number) => string, person: Placed): boolean {
  const next = ctx.tokens[person.to];
  return (
    cover(person.to) === 'person' &&
    next?.sentence === ctx.tokens[person.from]?.sentence &&
    ownerBefore(ctx, cover, person.to) === person.from
  );
}
