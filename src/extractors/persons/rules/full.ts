/**
 * Names of two or more words: first name and surname in either order, with a patronymic, foreign
 * particles, and first names the dictionary does not know.
 */
import { alt, lower, repeat, rule, seq, tok, type DocContext, type Rule } from '../../../engine/index.js';
import { guessedOnly, knownAs, knownAsCommon } from '../../../context/index.js';
import {
  commonFirstName,
  firstName,
  foreignFirstName,
  inFirstNameList,
  nameShaped,
  pureFirstName,
  surnameOnly,
  hyphenParticle,
  knownSurname,
  particle,
  patronymic,
  surname,
  shareCase,
  unknownSurname,
  withoutPluralNames,
} from '../parts.js';
import type { NamePart } from '../normalize.js';
import { proposalOf, type PersonProposal } from '../proposal.js';
import { extend } from '../../../engine/objects.js';

export const firstLast: Rule<PersonProposal> = rule({
  id: 'person/first-last',
  examples: [
    'Андрей Григорьев',
    'Андрея Викторовича Григорьева',
    'Дональда Трампа',
    'Хуан Пабло Монтойя',
    'Урсула фон дер Ляйен',
    'Марин Ле Пен',
    'Жолт Хорняк',
    'Дайан Вуд',
    'Максим Туров',
    'Мухаммед аль-Багдади',
    'Рамон Пико Делмас',
  ],
  pattern: seq(
    firstName().as('first'),
    firstName().as('first').optional(),
    patronymic().as('middle').optional(),
    repeat(particle().as('particle'), 0, 3),
    alt(surname(), hyphenParticle()).as('last'),
    // "Абдулла бин Хамад аль-Аттия"; "Рамон Пико Делмас", "Фрэнсис Фрагос Таунсенд": a second
    // surname the dictionary does not know
    alt(hyphenParticle(), unknownSurname()).as('last').optional(),
  ),
  interpret: (m) => {
    // "Свет Федерации", "Роман Толстой": a first name that is also a common word before a common noun
    const first = m.part('first')!.from;
    const last = m.part('last')!.from;
    const top = m.ctx.parses(first)[0];
    const commonFirst = !!top && top.known && !top.grammemes.has('Name') && !inFirstNameList(m.ctx, first);
    // ("Сами аль-Хадж": a surname after a particle is a name whatever the dictionary says of it)
    const particled = /^\p{Ll}/u.test(m.ctx.tokens[last]!.text);
    if (commonFirst && !particled && commonSingular(m.ctx, last) && !knownAs(m.ctx, last, 'Surn')) return null;
    // "Сергей Петров Ольга Сидорова": a first name read as the surname starts the next name instead
    if (pureFirstName(m.ctx, last) && nameShaped(m.ctx, last + 1) && !m.ctx.tokens[last + 1]?.newlineBefore)
      return null;
    // "Израиль Владимир Путин", "Юта Джон Хантсмен": a place before a first name is no first name
    const firsts = m.parts('first');
    if (firsts.length > 1 && m.ctx.parses(first).some((p) => p.grammemes.has('Geox'))) return null;
    // two first names share their case: "Марины Дмитрий Туркин" is no name
    if (firsts.length > 1 && !shareCase(m.parsesAt(firsts[0]!.from), m.parsesAt(firsts[1]!.from))) return null;
    const p = proposalOf(m, 'full');
    return p && withoutPluralNames(m.ctx, p);
  },
});

/**
 * Two capitalised words the dictionary does not know, the second of them a possible surname, in
 * the middle of a sentence: a foreign first name and surname ("Гвинет Пэлтроу", "Тодд Коумс").
 */

export const unknownPair: Rule<PersonProposal> = rule({
  id: 'person/unknown-pair',
  examples: ['актрисы Гвинет Пэлтроу', 'компанию Тодда Коумса', 'министр Йост де Ягер'],
  priority: -1,
  // the word before is only there to show that the name does not start the sentence
  pattern: seq(
    tok(lower()).optional(),
    foreignFirstName().as('first'),
    repeat(particle().as('particle'), 0, 3),
    surname().as('last'),
  ),
  interpret: (m) => {
    const first = m.part('first')!.from;
    const last = m.part('last')!.from;
    // "Усэйн Болт", "Кэм Ньютон": a surname that is also a common word, after a noun for a person ("бегун")
    if (knownAsCommon(m.ctx, last) && !knownAs(m.ctx, last, 'Surn') && !animateBefore(m.ctx, first)) return null;
    // "Мирзаева Алексей": the two words share no case
    if (!shareCase(m.parsesAt(first), m.parsesAt(last))) return null;
    // "Путин Медведев" are two surnames: a known surname leads only a word the dictionary does not know
    if (surnameOnly(m.ctx, m.part('first')!.from) && !guessedOnly(m.ctx, last)) return null;
    return proposalOf(m, 'full');
  },
});

/**
 * A capitalised word mid-sentence that the dictionary knows only as a common word, a preposition's
 * kin or a verb form, before a surname it does not know at all: a foreign first name it happens to
 * spell ("Фрица Хендерсона", "Честера Беннингтона", "Пита Рауса", "Рами Хамдалла"). Adjectives
 * ("Северного Рейна"), places, organisations and nouns for things ("Банк Хапоалим") lead no name.
 */
export const commonFirstPair: Rule<PersonProposal> = rule({
  id: 'person/common-first',
  examples: ['вокалиста Честера Беннингтона', 'отставки Фрица Хендерсона'],
  priority: -2,
  pattern: seq(tok(lower()), commonFirstName().as('first'), surname().as('last')),
  interpret: (m) => {
    const first = m.part('first')!.from;
    const last = m.part('last')!.from;
    if (!guessedOnly(m.ctx, last) || capitalisedAt(m.ctx, last + 1)) return null;
    if (!shareCase(m.parsesAt(first), m.parsesAt(last))) return null;
    const p = proposalOf(m, 'full');
    // a common masculine noun declines as a man's name does ("Честера", "Фрица"); other common
    // readings say nothing of the name's case and gender ("Сулимы Ямадаева")
    const masc = (ps: NamePart['parses']): boolean => ps.length > 0 && ps.every((r) => r.gender === 'masc');
    return (
      p &&
      extend(p, { parts: p.parts.map((x) => (x.role === 'first' && !masc(x.parses) ? extend(x, { parses: [] }) : x)) })
    );
  },
});

/** The word at `i` is capitalised and on the same line: a longer run of names that this rule does not judge. */
const capitalisedAt = (ctx: DocContext, i: number): boolean => nameShaped(ctx, i) && !ctx.tokens[i]!.newlineBefore;

/**
 * The dictionary knows the word as a common noun in the singular: "Федерации", "Толстой" after a
 * first name are no surname; "Туров" (only the plural of "тур") can be one ("Максим Туров").
 */
const commonSingular = (ctx: DocContext, i: number): boolean =>
  knownAsCommon(ctx, i) &&
  ctx
    .parses(i)
    .some(
      (p) => p.known && p.pos === 'NOUN' && p.number !== 'plur' && !p.grammemes.has('Surn') && !p.grammemes.has('Name'),
    );

/** A noun for a living being in lower case right before `i` ("бегун", "квотербек", "актёром"). */
function animateBefore(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i - 1];
  return (
    !!t &&
    t.kind === 'word' &&
    /^\p{Ll}/u.test(t.text) &&
    ctx.parses(i - 1).some((p) => p.pos === 'NOUN' && p.grammemes.has('anim'))
  );
}

/** Surname first needs the patronymic: "Путина Мария" is as often the daughter of Путин. */
export const lastFirst: Rule<PersonProposal> = rule({
  id: 'person/last-first',
  examples: ['Григорьев Андрей Викторович', 'Шагиновой Людмилы Викторовны'],
  pattern: seq(knownSurname().as('last'), firstName().as('first'), patronymic().as('middle')),
  interpret: (m) => proposalOf(m, 'full'),
});

export const firstMiddle: Rule<PersonProposal> = rule({
  id: 'person/first-middle',
  // over "Людмилы Викторовны" read as first name and surname
  priority: 1,
  examples: ['Андрей Викторович', 'Людмилы Викторовны'],
  pattern: seq(firstName().as('first'), patronymic().as('middle')),
  interpret: (m) => {
    const p = proposalOf(m, 'full');
    return p && withoutPluralNames(m.ctx, p);
  },
});

export const FULL_RULES: readonly Rule<PersonProposal>[] = [
  firstLast,
  lastFirst,
  firstMiddle,
  unknownPair,
  commonFirstPair,
];
