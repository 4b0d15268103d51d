/**
 * Regions listed with one head noun: "Ярославской и Владимирской областей", "в Самарской (88),
 * Свердловской (80) и Новосибирской (64) областях", "Ставропольского и Краснодарского краёв".
 * Each adjective is a mention; the last one keeps the head, as NEREL marks them.
 */
import {
  alt,
  capitalized,
  gram,
  kind,
  lemma,
  opt,
  punct,
  repeat,
  rule,
  seq,
  tok,
  type Rule,
} from '../../../engine/index.js';
import { REGIONS_BY_ADJECTIVE } from '../gazetteers.js';
import { judge, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';
import { extend } from '../../../engine/objects.js';

const HEAD = ['область', 'край', 'республика', 'округ'];
const adjective = tok(capitalized().and(gram('ADJF'))).as('adj');
const count = opt(seq(punct('('), kind('number'), punct(')')));
const joint = alt(punct(','), tok(lemma('и', 'или')), seq(punct(','), tok(lemma('и'))));

export const regionList = rule<GeoProposal[]>({
  id: 'geo/region-list',
  examples: [
    'Ярославской и Владимирской областей',
    'Самарской (88), Свердловской (80) и Новосибирской (64) областях',
    'Ставропольского и Краснодарского краёв',
  ],
  priority: PRIORITY.region,
  pattern: seq(
    repeat(seq(adjective, count, joint), 1, 12),
    adjective,
    count,
    tok(lemma(...HEAD).and(gram('plur'))).as('head'),
  ),
  interpret: (m) => {
    const head = m.part('head');
    if (!head) return null;
    const cases = new Set(head.parses.filter((p) => p.number === 'plur').map((p) => p.case));
    const headLemma = head.parses[0]?.lemma ?? head.lemma;
    const adjs = m.parts('adj');
    const byAdjective = REGIONS_BY_ADJECTIVE.resolve(m.ctx);
    const out: GeoProposal[] = [];
    adjs.forEach((a, k) => {
      const reading = m.ctx.parses(a.from).find((p) => p.pos === 'ADJF' && p.number === 'sing' && cases.has(p.case));
      const name = reading ? byAdjective.get(`${reading.lemma}|${headLemma}`) : undefined;
      if (!name) return;
      // the singular adjective and the plural head do not agree in number: judged on the adjective
      const p = judge(m.ctx, a.from, a.to, [name], { marked: true });
      if (p) out.push(k === adjs.length - 1 ? extend(p, { to: head.to, end: head.end }) : p);
    });
    return out.length === adjs.length ? out : null;
  },
});

export const LIST_RULES: readonly Rule<GeoProposal[]>[] = [regionList];
