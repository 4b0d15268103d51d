/**
 * Names of two or more words: first name and surname in either order, with a patronymic, foreign
 * particles, and first names the dictionary does not know.
 */
import { alt, repeat, rule, seq, type Rule } from '../../../engine/index.js';
import { firstName, hyphenParticle, knownSurname, particle, patronymic, surname } from '../parts.js';
import { proposalOf, type PersonProposal } from '../proposal.js';

export const firstLast: Rule<PersonProposal> = rule({
  id: 'person/first-last',
  examples: ['Андрей Григорьев', 'Андрея Викторовича Григорьева', 'Дональда Трампа', 'Хуан Пабло Монтойя', 'Урсула фон дер Ляйен', 'Марин Ле Пен', 'Жолт Хорняк', 'Сами аль-Хадж'],
  pattern: seq(
    firstName().as('first'),
    firstName().as('first').optional(),
    patronymic().as('middle').optional(),
    repeat(particle().as('particle'), 0, 3),
    alt(surname(), hyphenParticle()).as('last'),
  ),
  interpret: (m) => proposalOf(m, 'full'),
});

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
  interpret: (m) => proposalOf(m, 'full'),
});

export const FULL_RULES: readonly Rule<PersonProposal>[] = [firstLast, lastFirst, firstMiddle];
