/** Names with initials: "А.В. Григорьев", "Л. Шагинова", "Шагинова Л.В.", "Дж. Буш". */
import { rule, seq, type Rule } from '../../../engine/index.js';
import { initials, surname } from '../parts.js';
import { proposalOf, type PersonProposal } from '../proposal.js';

export const initialsLast: Rule<PersonProposal> = rule({
  id: 'person/initials-last',
  examples: ['А.В. Григорьев', 'Л. Шагиновой', 'А. В. Григорьева', 'Дж. Буш'],
  pattern: seq(initials(), surname().as('last')),
  interpret: (m) => proposalOf(m, 'full'),
});

/** The surname must be one the dictionary knows, or one it cannot read at all: "Москва А." is no name. */
export const lastInitials: Rule<PersonProposal> = rule({
  id: 'person/last-initials',
  examples: ['Шагинова Л.В.', 'Григорьева А. В.', 'Хорняк Ж.'],
  pattern: seq(surname().as('last'), initials()),
  interpret: (m) => {
    const i = m.from;
    const ps = m.ctx.parses(i);
    if (!ps.some((p) => p.grammemes.has('Surn')) && ps.some((p) => p.known)) return null;
    return proposalOf(m, 'full');
  },
});

export const INITIALS_RULES: readonly Rule<PersonProposal>[] = [initialsLast, lastInitials];
