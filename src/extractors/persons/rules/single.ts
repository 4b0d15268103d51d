/**
 * One-word names: a surname or a first name the dictionary knows ("Путин заявил", "Татьяна
 * ответила"), and a word it does not know that the words around make a name: a noun for a person
 * before it ("президент Макрон", "канцлер Меркель"), a verb of speech after it ("Хорняк заявил").
 */
import {
  Predicate,
  allOf,
  custom,
  kind,
  lemma,
  lower,
  lowerThenTail,
  rule,
  seq,
  tok,
  word,
  type DocContext,
  type Rule,
} from '../../../engine/index.js';
import {
  atPlaceBefore,
  guessedOnly,
  knownAsCommon,
  modifiesNext,
  personAround,
  quotedAlone,
  sentenceInitial,
} from '../../../context/index.js';
import type { Parse } from '../../../morph/types.js';
import type { Gender } from '../../../result/schema.js';
import { FEMININE_NOUNS, PERSON_NOUNS, SPEECH_VERBS } from '../../../lexicon/persons/index.js';
import { firstNameReadings, inFirstNameList, nameShaped, joinedParticle } from '../parts.js';
import { nounTakesVerb } from '../cues.js';
import { proposalOf, type PersonProposal } from '../proposal.js';

const NOUNS = new Set(PERSON_NOUNS);
const SPEECH = new Set(SPEECH_VERBS);

/** Every test here needs a capitalised word (`nameShaped`): rule sets try them only at one. */
const NAME_WORD: Predicate['start'] = { by: 'kind', values: ['word'], capital: true };

/** Not a name here: after a preposition of place, as a modifier of the next noun, alone in quotes. */
function badPlace(ctx: DocContext, i: number): boolean {
  return atPlaceBefore(ctx, i) || modifiesNext(ctx, i, i + 1) || quotedAlone(ctx, i, i + 1);
}

/** The next word after `i` is capitalised too: a longer name (or something else) that the longer rules judge. */
const capitalisedNext = (ctx: DocContext, i: number): boolean =>
  nameShaped(ctx, i + 1) && !ctx.tokens[i + 1]?.newlineBefore;

/**
 * Mid-sentence, a capital makes a word the dictionary knows as a name one ("Песков", not
 * "песков"); at the start of a sentence the name must be at least as likely as any common reading.
 */
function likeliest(ctx: DocContext, i: number, names: readonly Parse[]): boolean {
  if (!sentenceInitial(ctx, i)) return true;
  const best = Math.max(...names.map((p) => p.score));
  return !ctx
    .parses(i)
    .some(
      (p) =>
        p.known && !p.grammemes.has('Surn') && !p.grammemes.has('Name') && !p.grammemes.has('Patr') && p.score > best,
    );
}

/** Known surname readings of a capitalised word, whatever is around it. */
function knownSurnameReadings(ctx: DocContext, i: number): readonly Parse[] | false {
  if (!nameShaped(ctx, i)) return false;
  const surn = ctx.parses(i).filter((p) => p.known && p.grammemes.has('Surn') && p.number !== 'plur');
  return surn.length ? surn : false;
}

/** {@link knownSurnameReadings} that the words around leave a surname: no place, not before another capitalised word. */
function bareSurnameHere(ctx: DocContext, i: number): boolean {
  if (badPlace(ctx, i) || capitalisedNext(ctx, i)) return false;
  const surn = knownSurnameReadings(ctx, i);
  if (surn === false || !likeliest(ctx, i, surn)) return false;
  // "Кирова" is a town too: a person only where the words around say so ("улица Кирова")
  return !(ctx.parses(i).some((p) => p.known && p.grammemes.has('Geox')) && !personAround(ctx, i, i + 1));
}

/** Known first-name readings of a capitalised word that is no place ("Татьяна", not "Владимир"), whatever is around it. */
function firstNameWord(ctx: DocContext, i: number): readonly Parse[] | false {
  const r = firstNameReadings(ctx, i);
  if (r === false) return false;
  const ps = ctx.parses(i);
  // az guesses a place from the ending of a foreign name the list knows ("Гильермо")
  const listed = inFirstNameList(ctx, i);
  if (ps.some((p) => (p.grammemes.has('Geox') || p.grammemes.has('Orgn')) && (p.known || !listed))) return false;
  const names = r === true ? ps : r;
  // "Олимпиада", "Арена": a first name that is likelier a common word is left alone
  const best = Math.max(...names.map((p) => p.score));
  if (
    ps.some(
      (p) =>
        p.known &&
        p.pos === 'NOUN' &&
        !p.grammemes.has('Name') &&
        !p.grammemes.has('Surn') &&
        p.score > best &&
        names.some((n) => n.lemma === p.lemma),
    )
  )
    return false;
  return names;
}

/** {@link firstNameWord}, remembered per word. */
const FIRST_NAME_WORD = allOf(new Predicate(firstNameWord, 'first-name-word', NAME_WORD, null, true));

/** A first name ({@link FIRST_NAME_WORD}) that the words around leave one: no place, not before another capitalised word. */
function bareFirstNameHere(ctx: DocContext, i: number): boolean {
  if (badPlace(ctx, i) || capitalisedNext(ctx, i)) return false;
  const names = FIRST_NAME_WORD.test(ctx, i);
  return names !== false && likeliest(ctx, i, names === true ? ctx.parses(i) : names);
}

/** Readings of the noun for a person right before `i` that agree in case with the word at `i`, or null. */
function personNounBefore(ctx: DocContext, i: number): readonly Parse[] | null {
  const t = ctx.tokens[i - 1];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return null;
  const nouns = ctx.parses(i - 1).filter((p) => NOUNS.has(p.lemma) && (p.pos === 'NOUN' || p.pos === 'ADJF'));
  if (!nouns.length) return null;
  const own = ctx.parses(i);
  const ok = nouns.filter((n) =>
    own.some((p) => p.case === null || p.case === n.case || p.grammemes.has('Fixd') || p.pos === 'UNKN'),
  );
  return ok.length ? ok : null;
}

/** A past-tense verb of speech right after `i` ("Хорняк заявил", "Меркель отметила"): its gender. */
function speechAfter(ctx: DocContext, i: number): { gender: Gender | null } | null {
  const t = ctx.tokens[i + 1];
  if (!t || t.kind !== 'word') return null;
  const vs = ctx.parses(i + 1).filter((p) => (p.pos === 'VERB' || p.pos === 'INFN') && SPEECH.has(p.lemma));
  if (!vs.length) return null;
  const g = vs.find((p) => p.gender === 'masc' || p.gender === 'femn')?.gender;
  return { gender: g === 'masc' || g === 'femn' ? g : null };
}

/** A capitalised word the dictionary does not know, or knows as a surname: what a cue may make a name. */
const CUEABLE_WORD = allOf(
  new Predicate(
    (ctx, i) => nameShaped(ctx, i) && (guessedOnly(ctx, i) || ctx.parses(i).some((p) => p.grammemes.has('Surn'))),
    'cueable-word',
    NAME_WORD,
    null,
    true,
  ),
);

/** {@link CUEABLE_WORD} where the words around leave it a name: not before another capitalised word, no place, no modifier. */
const CUEABLE = custom(
  'cueable',
  (ctx, i) =>
    CUEABLE_WORD.test(ctx, i) !== false &&
    !capitalisedNext(ctx, i) &&
    !atPlaceBefore(ctx, i) &&
    !modifiesNext(ctx, i, i + 1),
);

/** {@link CUEABLE}, remembered per document and token: the rules of cued names all ask it at the same word. */
function cueable(ctx: DocContext, i: number): boolean {
  return CUEABLE.test(ctx, i) !== false;
}

const pred = (desc: string, fn: (ctx: DocContext, i: number) => readonly Parse[] | boolean): Predicate =>
  new Predicate((ctx, i) => fn(ctx, i), desc, NAME_WORD);

export const bareSurnameRule: Rule<PersonProposal> = rule({
  id: 'person/surname',
  examples: ['Путин', 'Григорьева', 'Путиным'],
  pattern: allOf(
    allOf(new Predicate(knownSurnameReadings, 'known-surname-word', NAME_WORD, null, true)),
    pred('bare-surname', bareSurnameHere),
  ).as('last'),
  interpret: (m) => proposalOf(m, 'bare'),
});

export const bareFirstNameRule: Rule<PersonProposal> = rule({
  id: 'person/first-name',
  examples: ['Татьяна', 'Андрея', 'Николая II', 'Бенедикт XVI'],
  // a monarch's or a pope's number belongs to the name
  pattern: seq(
    FIRST_NAME_WORD.and(pred('bare-first-name', bareFirstNameHere)).as('first'),
    tok(kind('roman')).as('regnal').optional(),
  ),
  interpret: (m) => proposalOf(m, 'bare'),
});

const FEMININE = new Set(FEMININE_NOUNS);

/** A noun for a person, in lower case: "президент", "канцлера", "актриса". */
const personNoun = (): Predicate => lemma(...PERSON_NOUNS).and(lower());

export const afterNounRule: Rule<PersonProposal> = rule({
  id: 'person/after-noun',
  examples: ['президента Эрдогана', 'премьера Нетаньяху', 'канцлер Меркель', 'лидера аль-Багдади'],
  pattern: seq(
    personNoun(),
    pred('cued-name', (ctx, i) => (cueable(ctx, i) || hyphenedName(ctx, i)) && personNounBefore(ctx, i) !== null).as(
      'last',
    ),
  ),
  interpret: (m) => {
    const noun = personNounBefore(m.ctx, m.part('last')!.from);
    return proposalOf(m, 'cued', noun?.some((p) => FEMININE.has(p.lemma)) ? 'femn' : null);
  },
});

/** "По словам Кабейо": whose words are reported is a person. */
export const accordingToRule: Rule<PersonProposal> = rule({
  id: 'person/according-to',
  examples: ['По словам Кабейо', 'по словам аль-Моджеба'],
  pattern: seq(
    word('по'),
    word('словам'),
    pred('cued-name', (ctx, i) => cueable(ctx, i) || hyphenedName(ctx, i)).as('last'),
  ),
  interpret: (m) => proposalOf(m, 'cued'),
});

/** "аль-Моджеба", "аль-Багдади": a particle joined by a hyphen to a capitalised name the dictionary does not know. */
function hyphenedName(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && joinedParticle(t.text, true) === true && !capitalisedNext(ctx, i);
}

export const beforeSpeechRule: Rule<PersonProposal> = rule({
  id: 'person/before-speech',
  examples: ['Хорняк заявил', 'Меркель отметила'],
  pattern: seq(
    CUEABLE_WORD.and(
      pred('cued-name', (ctx, i) => cueable(ctx, i) && !(sentenceInitial(ctx, i) && knownAsCommon(ctx, i))),
    ).as('last'),
    tok(lemma(...SPEECH_VERBS)),
  ),
  interpret: (m) => {
    const from = m.part('last')!.from;
    const g = speechAfter(m.ctx, from)?.gender ?? null;
    // "Пресс-служба Кадырова заявила": the verb is the noun's, the name depends on it
    return proposalOf(m, 'cued', g && !nounTakesVerb(m.ctx, from, g) ? g : null);
  },
});

/**
 * The predicate right after `i` whose subject a person can be: a past-tense verb or a short
 * participle of a man or a woman ("Хамдалла подал", "Мюррей признан"), or a verb in the present
 * in the third person singular ("Писсаридис преподаёт"). Its gender, if it has one.
 */
function subjectOf(ctx: DocContext, i: number): { gender: Gender | null } | null {
  const t = ctx.tokens[i + 1];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return null;
  for (const p of ctx.parses(i + 1)) {
    if (p.number !== 'sing') continue;
    const gendered = p.gender === 'masc' || p.gender === 'femn';
    if (gendered && ((p.pos === 'VERB' && p.grammemes.has('past')) || p.pos === 'PRTS')) return { gender: p.gender };
    if (p.pos === 'VERB' && p.grammemes.has('pres') && p.grammemes.has('3per')) return { gender: null };
  }
  return null;
}

/**
 * az's guess from the ending reads the word as a person in the nominative singular (an animate
 * noun, a name, a surname) and never as an organisation ("Роскомнадзор", "Кастинг" are not).
 */
function personLike(ctx: DocContext, i: number): boolean {
  const ps = ctx.parses(i);
  return (
    !ps.some((p) => p.grammemes.has('Orgn')) &&
    ps.some(
      (p) =>
        p.pos === 'NOUN' &&
        p.case === 'nomn' &&
        p.number === 'sing' &&
        (p.grammemes.has('anim') || p.grammemes.has('Surn') || p.grammemes.has('Name')),
    )
  );
}

/** The word alone can be a subject's name ({@link beforeVerbRule}): cueable, unknown to the dictionary, read as a person. */
const SUBJECT_WORD = allOf(
  new Predicate(
    (ctx, i) => CUEABLE_WORD.test(ctx, i) !== false && guessedOnly(ctx, i) && personLike(ctx, i),
    'subject-word',
    NAME_WORD,
    null,
    true,
  ),
);

/**
 * A word the dictionary does not know at all, followed by a verb in the past of a man or a woman:
 * its subject, a person ("Хамдалла подал прошение", "Мутарика работал"). Places and bodies the
 * dictionary does not know are as often neuter or plural; first in a sentence the word must not
 * be a common one.
 */
export const beforeVerbRule: Rule<PersonProposal> = rule({
  id: 'person/before-verb',
  examples: ['Хамдалла подал', 'Мутарика работал', 'Писсаридис преподаёт'],
  priority: -1,
  pattern: seq(
    SUBJECT_WORD.and(pred('subject-name', (ctx, i) => cueable(ctx, i) && subjectOf(ctx, i) !== null)).as('last'),
    tok(lower()),
  ),
  interpret: (m) => {
    const from = m.part('last')!.from;
    const g = subjectOf(m.ctx, from)?.gender ?? null;
    return proposalOf(m, 'cued', g && !nounTakesVerb(m.ctx, from, g) ? g : null);
  },
});

/** The endings of Russian surnames in any case form: "-ов", "-евым", "-ина", "-ской". */
const SURNAME_SHAPE =
  /\p{Ll}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ую)?$|\p{Ll}(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ою)$/u;
/** The same endings spelt out, read by lowerThenTail (the expression compiles in ~1.5 ms). */
const SURNAME_TAILS = [
  ...['ов', 'ев', 'ёв', 'ин', 'ын'].flatMap((s) => ['', 'а', 'у', 'ым', 'ом', 'е', 'ой', 'ою', 'ую'].map((e) => s + e)),
  ...['ск', 'цк'].flatMap((s) => ['ий', 'ая', 'ого', 'ому', 'им', 'ом', 'ой', 'ую', 'ою'].map((e) => s + e)),
];

/**
 * A word the dictionary does not know, shaped as a Russian surname, that az's guess reads as a
 * surname or a name ("с Кадырбаевым", "считает, что Кадырбаев и Тажаяков", "Липницкой"); first
 * in a sentence only when a predicate follows or the line ends.
 */
function shapedSurname(ctx: DocContext, i: number): readonly Parse[] | false {
  if (
    !lowerThenTail(ctx.tokens[i]?.text ?? '', SURNAME_TAILS, SURNAME_SHAPE) ||
    !cueable(ctx, i) ||
    !guessedOnly(ctx, i)
  )
    return false;
  // a line of its own is a caption's name
  const alone = !ctx.tokens[i + 1] || ctx.tokens[i + 1]!.newlineBefore;
  if (quotedAlone(ctx, i, i + 1) || (sentenceInitial(ctx, i) && subjectOf(ctx, i) === null && !alone)) return false;
  const ps = ctx.parses(i).filter((p) => p.grammemes.has('Surn') && p.number !== 'plur');
  return ps.length ? ps : false;
}

/** The part of `shapedSurname` on the word alone: a rule set leaves the rule out at every other word. */
const shapedWord = new Predicate(
  (ctx, i) => lowerThenTail(ctx.tokens[i]?.text ?? '', SURNAME_TAILS, SURNAME_SHAPE) && guessedOnly(ctx, i),
  'surname-shaped unknown word',
  NAME_WORD,
  null,
  true,
);

export const shapedSurnameRule: Rule<PersonProposal> = rule({
  id: 'person/surname-shape',
  examples: ['Кадырбаевым', 'Тажаякову', 'Липницкой'],
  priority: -2,
  pattern: tok(
    new Predicate((ctx, i) => shapedSurname(ctx, i), 'shaped-surname', NAME_WORD, null, false, shapedWord),
  ).as('last'),
  interpret: (m) => proposalOf(m, 'bare'),
});

export const SINGLE_RULES: readonly Rule<PersonProposal>[] = [
  beforeVerbRule,
  afterNounRule,
  accordingToRule,
  beforeSpeechRule,
  bareSurnameRule,
  bareFirstNameRule,
  shapedSurnameRule,
];
