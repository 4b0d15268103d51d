/**
 * The predecessor in the office named after it: "назначен [министром обороны] вместо ушедшего в
 * отставку [Роберта Гейтса]", "станет [главой ФИФА] после [Зеппа Блаттера]", "[президента Ирана],
 * сменив на этом посту [Махмуда Ахмадинежада]". The office was the predecessor's too, so the pair
 * is given besides the one of the new holder (`Link.predecessor`). Reads the gap only.
 */
import { AGE, text, type GapView } from './official-gaps.js';

/** Words that may follow the marker before the name: "ушедшего [в отставку]", "уходящего [с этого поста]", "[своего] брата". */
const FILLERS = new Set(['в', 'отставку', 'с', 'этого', 'поста', 'своего', 'своей']);
/** "на (этом) посту" after "сменив": the change of the holder, not of a coach ("сменив тренера"). */
const POST = new Set(['посту', 'должности']);
const THIS = new Set(['этом', 'этой']);

/** Where the words after the marker start ("вместо", "после", "сменив на посту"), or -1. */
function afterMarker(g: GapView, i: number): number {
  const w = g.ctx.folded(i);
  if (w === 'вместо' || w === 'после') return i + 1;
  const change = g.ctx
    .parses(i)
    .some((p) => p.lemma === 'сменить' && (p.pos === 'GRND' || (p.pos === 'PRTF' && !p.grammemes.has('pssv'))));
  if (!change || g.ctx.folded(i + 1) !== 'на') return -1;
  const at = THIS.has(g.ctx.folded(i + 2)) ? i + 3 : i + 2;
  return POST.has(g.ctx.folded(at)) ? at + 1 : -1;
}

export function predecessorGap(g: GapView): boolean {
  if (g.chained) return false;
  const start = text(g, g.from) === ',' ? g.from + 1 : g.from;
  const rest = afterMarker(g, start);
  if (rest < 0) return false;
  for (let i = rest; i < g.to; i++) {
    const t = text(g, i);
    if (AGE.test(t) || FILLERS.has(g.ctx.folded(i))) continue;
    if (!g.ctx.parses(i).some((p) => p.pos === 'ADJF' || p.pos === 'PRTF' || p.grammemes.has('Apro'))) return false;
  }
  return true;
}
