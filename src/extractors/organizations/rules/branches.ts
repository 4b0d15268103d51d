/**
 * Branches and divisions named after their place: "Кольчугинский филиал", "Московское отделение
 * Сбербанка", "Дубенский филиал Государственного музея".
 */
import {
  alt,
  capitalized,
  gnc,
  gram,
  kind,
  lemma,
  notGram,
  repeat,
  rule,
  seq,
  tok,
  word,
  type Rule,
} from '../../../engine/index.js';
import type { OrgGazetteers } from '../gazetteers.js';
import { written, type OrgProposal } from '../proposal.js';
import { PRIORITY } from './known.js';
import { chainWord } from '../parts.js';

const r = gnc();

export function branchRules(g: OrgGazetteers): Rule<OrgProposal[]>[] {
  const branch = rule<OrgProposal[]>({
    id: 'org/branch',
    examples: ['Кольчугинский филиал', 'Московское отделение Сбербанка'],
    priority: PRIORITY.body,
    pattern: seq(
      tok(capitalized().and(kind('word'), gram('ADJF'), notGram('Apro', 'Qual')))
        .agree(r)
        .as('place'),
      tok(lemma('филиал', 'отделение', 'представительство', 'подразделение').and(gram('NOUN'), gram('sing')))
        .agree(r)
        .as('head'),
      repeat(alt(tok(chainWord(g)), tok(word('и'))), 0, 8),
    ),
    interpret: (m) => {
      const last = m.to - 1;
      const head = m.part('head');
      if (!head) return null;
      if (
        last >= head.to &&
        (m.ctx.folded(last) === 'и' || !m.ctx.parses(last).some((p) => p.pos === 'NOUN' || p.grammemes.has('Fixd')))
      )
        return null;
      // the rest of the name (what it is a branch of) is kept as written
      const rest = head.to < m.to ? ' ' + written(m, head.to, m.to) : '';
      return [
        {
          normalized: m.nominative(m.from, head.to) + rest,
          kind: 'branch',
          abbr: null,
          region: null,
          from: m.from,
          to: m.to,
          outerFrom: m.from,
        },
      ];
    },
  });
  return [branch];
}
