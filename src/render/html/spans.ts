import type { Entity } from '../../result/schema.js';
import { escapeHtml, token } from './escape.js';
import { entityTip } from './values.js';

/** An entity laid out for the text: how many levels of marks sit inside it (for the underline stack). */
interface Placed {
  readonly e: Entity;
  readonly order: number;
  inner: number;
}

/** Valid spans, outer before inner at one start, each with the depth of the marks it holds. */
function place(entities: readonly Entity[], length: number): Placed[] {
  const placed = entities
    .filter((e) => e.start < e.end && e.end <= length)
    .map((e, order) => ({ e, order, inner: 0 }))
    .sort((a, b) => a.e.start - b.e.start || b.e.end - a.e.end || a.order - b.order);
  const stack: Placed[] = [];
  for (const p of placed) {
    while (stack.length && stack[stack.length - 1]!.e.end <= p.e.start) stack.pop();
    stack.forEach((anc, i) => (anc.inner = Math.max(anc.inner, stack.length - i)));
    stack.push(p);
  }
  return placed;
}

/** The opening tag of a mark; a piece that continues a mark split by a crossing one is not focusable. */
function openTag(p: Placed, prefix: string, first: boolean): string {
  const { e } = p;
  const cls = `gf-e t-${token(e.type)}${first ? '' : ' gf-cont'}`;
  const attrs = [
    `class="${cls}"`,
    `data-type="${escapeHtml(e.type)}"`,
    `data-tip="${escapeHtml(entityTip(e))}"`,
    `style="--h:${p.inner}"`,
  ];
  if (first) attrs.push(`id="${prefix}-${token(e.id)}"`, 'tabindex="0"', 'aria-describedby="gf-tip"');
  return `<mark ${attrs.join(' ')}>`;
}

/**
 * The article text as HTML with one `<mark>` per entity, nested as the spans nest. A span that
 * crosses another (starts inside it, ends after it) is closed and reopened around the boundary, so
 * the markup stays well formed and every character keeps all its marks.
 */
export function markedText(text: string, entities: readonly Entity[], prefix: string): string {
  const placed = place(entities, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const p of placed) cuts.add(p.e.start).add(p.e.end);
  const points = [...cuts].sort((a, b) => a - b);
  const open: Placed[] = [];
  let next = 0;
  let html = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    // close what ends here, reopening the marks that were opened after it
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k]!.e.end !== at) continue;
      const reopen = open.splice(k + 1);
      html += '</mark>'.repeat(reopen.length + 1);
      open.splice(k, 1);
      for (const r of reopen) html += openTag(r, prefix, false);
      open.push(...reopen);
    }
    while (next < placed.length && placed[next]!.e.start === at) {
      const p = placed[next++]!;
      html += openTag(p, prefix, true);
      open.push(p);
    }
    const to = points[i + 1];
    if (to !== undefined) html += escapeHtml(text.slice(at, to));
  }
  return html + '</mark>'.repeat(open.length);
}
