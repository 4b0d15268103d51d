/** East Asian names, family name first: "Си Цзиньпин", "Ким Чен Ын", "Пак Кын Хе". */
import { rule, seq, type Rule } from '../../../engine/index.js';
import { asianFamilyName, asianGivenName } from '../parts.js';
import { proposalOf, type PersonProposal } from '../proposal.js';

export const eastAsian: Rule<PersonProposal> = rule({
  id: 'person/east-asian',
  examples: ['Си Цзиньпин', 'Ким Чен Ын', 'Ли Кэцяна'],
  pattern: seq(asianFamilyName().as('last'), asianGivenName().as('first'), asianGivenName().as('first').optional()),
  interpret: (m) => {
    const p = proposalOf(m, 'full');
    // the family name does not decline; the given name is a name only when no part is a common word
    if (
      !p ||
      p.parts.some(
        (x) =>
          x.role === 'first' &&
          m.ctx
            .parses(x.index)
            .some(
              (r) =>
                r.known &&
                !r.grammemes.has('Name') &&
                !r.grammemes.has('Surn') &&
                !r.grammemes.has('Geox') &&
                r.score > 0.5,
            ),
      )
    )
      return null;
    return { ...p, parts: p.parts.map((x) => (x.role === 'last' ? { ...x, parses: [] } : x)) };
  },
});

export const FOREIGN_RULES: readonly Rule<PersonProposal>[] = [eastAsian];
