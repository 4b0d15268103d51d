/**
 * Regions listed with one head noun: "Ярославской и Владимирской областей", "в Самарской (88),
 * Свердловской (80) и Новосибирской (64) областях", "Ставропольского и Краснодарского краёв".
 * Each adjective is a mention; the last one keeps the head, as NEREL marks them.
 */
import {
  alt,
  capitalized,
  custom,
  DocKey,
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
/** The farthest a list's head stands from one of its adjectives: twelve items of six tokens, an adjective and its count. */
const REACH = 12 * 6 + 1 + 3;
const headWord = lemma(...HEAD);
/**
 * Per document, a stretch known to hold no head: none in `(from, to)`; `found` when token `to`
 * is one (else `to` is where the last look stopped).
 */
const LOOKS = new DocKey<{ from: number; to: number; found: boolean }>('region-list head look');

/**
 * A head word comes within {@link REACH} tokens after the adjective, as it does in every list:
 * the rule is tried at each capitalised adjective a comma or "и" follows, and its twelve-fold
 * repeat was walked in full before it failed, with no head anywhere near (~800 tries a NEREL dev
 * pass, none a match). The tries go left to right, so a document is looked through about once.
 */
const headAhead = custom('region-list head ahead', (ctx, i) => {
  let look = ctx.local(LOOKS);
  if (look === undefined || i >= look.to || look.from - i > REACH) {
    look = { from: i, to: i + 1, found: false };
    ctx.setLocal(LOOKS, look);
  } else if (i < look.from) {
    // asked a little before the stretch (the skip checks test a rule's first word ahead): the gap
    // is looked through, and the stretch grows back to here or ends at a head in the gap
    let j = i + 1;
    while (j <= look.from && headWord.test(ctx, j) === false) j++;
    if (j <= look.from) look = { from: i, to: j, found: true };
    else look.from = i;
    ctx.setLocal(LOOKS, look);
  }
  if (look.found) return look.to - i <= REACH;
  const end = Math.min(ctx.tokens.length, i + 1 + REACH);
  let to = look.to;
  while (to < end && headWord.test(ctx, to) === false) to++;
  look.to = to;
  look.found = to < end;
  return look.found;
});
const adjective = tok(capitalized().and(gram('ADJF'), headAhead)).as('adj');
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
