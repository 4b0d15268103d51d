/**
 * Crews and expeditions of spacecraft, which both corpora count as organisations: "16-й
 * долговременной экспедиции МКС", "экипаж шаттла", "первой пилотируемой экспедиции", "команды МКС".
 */
import {
  custom,
  gnc,
  kind,
  lemma,
  opt,
  punct,
  repeat,
  rule,
  seq,
  surface,
  tok,
  type Rule,
} from '../../../engine/index.js';
import { CREW_HEADS, SPACE_ADJECTIVES, SPACECRAFT } from '../../../lexicon/organizations/index.js';
import { written, type OrgProposal } from '../proposal.js';
import { PRIORITY } from './known.js';
import { modifier } from '../parts.js';

const r = gnc();
const CRAFT = new Set<string>(SPACECRAFT);
const SPACE = new Set<string>(SPACE_ADJECTIVES);

/** "МКС", "шаттла", "станции", "корабля": what the crew flies. */
const craft = custom(
  'spacecraft',
  (ctx, i) => CRAFT.has(ctx.tokens[i]?.text ?? '') || ctx.lemmas(i).some((l) => CRAFT.has(l)),
);

export function crewRules(): Rule<OrgProposal[]>[] {
  const crew = rule<OrgProposal[]>({
    id: 'org/crew',
    examples: ['16-й долговременной экспедиции МКС', 'экипаж шаттла', 'экипажа МКС'],
    priority: PRIORITY.body,
    pattern: seq(
      // "13-й", "16-й": the expedition's number
      opt(seq(tok(surface(/^\d+(?:-?\p{Ll}{1,3})?$/u)), opt(seq(punct('-'), tok(surface(/^\p{Ll}{1,3}$/u)))))),
      repeat(tok(kind('word').and(modifier())).agree(r), 0, 3).as('mods'),
      tok(lemma(...CREW_HEADS))
        .agree(r)
        .as('head'),
      opt(tok(kind('word', 'other').and(craft)).as('craft')),
    ),
    interpret: (m) => {
      const head = m.part('head');
      const mods = m.part('mods');
      if (!head) return null;
      let space = m.has('craft');
      if (!space && head.lemma === 'экспедиция' && mods)
        for (let i = mods.from; i < mods.to; i++) if (m.ctx.lemmas(i).some((l) => SPACE.has(l))) space = true;
      if (!space) return null;
      const name = m.nominative(m.from, head.to) + (head.to < m.to ? ' ' + written(m, head.to, m.to) : '');
      return [
        {
          normalized: name.charAt(0).toUpperCase() + name.slice(1),
          kind: 'institution',
          abbr: null,
          region: null,
          from: m.from,
          to: m.to,
          outerFrom: m.from,
        },
      ];
    },
  });
  return [crew];
}
