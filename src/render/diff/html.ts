import type { Entity } from '../../result/schema.js';
import { colorOf } from '../html/assets.js';
import { escapeHtml, token } from '../html/escape.js';
import { inline } from '../html/values.js';
import type { CorpusDiff, DocumentDiff } from './index.js';

const CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2937}
body{margin:0;padding:1rem 1.5rem;max-width:90rem}
h1{font-size:1.3rem}h2{font-size:1.05rem;margin:1.2rem 0 .4rem;border-top:1px solid #d1d5db;padding-top:.8rem}
table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid #e5e7eb;padding:.2rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.side{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.side>div{min-width:0}
.side h3{font-size:.9rem;margin:.3rem 0}
.lost h3{color:#b91c1c}.gained h3{color:#15803d}
ul{margin:0;padding-left:1.2rem}
nav ol{columns:3 18rem}
li{margin:.1rem 0;overflow-wrap:anywhere}
.ty{display:inline-block;min-width:6.5rem;font-size:.8rem;border-left:4px solid var(--c);padding-left:.3rem}
.at{color:#6b7280;font-size:.8rem}
del{background:#fee2e2;text-decoration:none}ins{background:#dcfce7;text-decoration:none}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}.side{break-inside:avoid}}
`;

const ent = (e: Entity): string =>
  `<span class="ty" style="--c:${colorOf(e.type)}">${escapeHtml(e.type)}</span> ${escapeHtml(e.text)} <span class="at">[${e.start}, ${e.end}) ${escapeHtml(e.normalized)}</span>`;

const list = (items: string[]): string => (items.length ? `<ul>${items.join('')}</ul>` : '<p class="at">nothing</p>');

function documentSection(d: DocumentDiff, i: number): string {
  const lost = d.lost.map((e) => `<li>${ent(e)}</li>`);
  const gained = d.gained.map((e) => `<li>${ent(e)}</li>`);
  for (const f of d.facts) {
    lost.push(...f.lost.map((x) => `<li><span class="ty">${escapeHtml(f.list)}</span> ${escapeHtml(x)}</li>`));
    gained.push(...f.gained.map((x) => `<li><span class="ty">${escapeHtml(f.list)}</span> ${escapeHtml(x)}</li>`));
  }
  const rows = d.changed.flatMap((c) =>
    c.fields.map((f) => {
      const field = (e: Entity): string => inline((e as unknown as Record<string, unknown>)[f]);
      return `<tr><td>${ent(c.before)}</td><td>${escapeHtml(f)}</td><td><del>${escapeHtml(field(c.before))}</del></td><td><ins>${escapeHtml(field(c.after))}</ins></td></tr>`;
    }),
  );
  const changed = rows.length
    ? `<h3>Changed</h3><table><thead><tr><th>entity</th><th>field</th><th>before</th><th>after</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '';
  return `<section id="doc-${i}" aria-labelledby="doc-${i}-h"><h2 id="doc-${i}-h">${escapeHtml(d.id)}</h2>
<div class="side"><div class="lost"><h3>Lost (old run only)</h3>${list(lost)}</div><div class="gained"><h3>Gained (new run only)</h3>${list(gained)}</div></div>${changed}</section>`;
}

function summary(diff: CorpusDiff): string {
  const rows = Object.entries(diff.types)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([t, c]) =>
        `<tr><th scope="row"><span class="ty t-${token(t)}" style="--c:${colorOf(t)}">${escapeHtml(t)}</span></th>${[c.before, c.after, c.lost, c.gained, c.changed].map((n) => `<td class="n">${n}</td>`).join('')}</tr>`,
    );
  const only = [
    diff.onlyBefore.length ? `<p>Only in the old run: ${escapeHtml(diff.onlyBefore.join(', '))}</p>` : '',
    diff.onlyAfter.length ? `<p>Only in the new run: ${escapeHtml(diff.onlyAfter.join(', '))}</p>` : '',
  ].join('');
  return `<p>Compared ${diff.compared} documents; ${diff.documents.length} differ.</p>${only}
<table><caption class="at">Entities per type</caption><thead><tr><th>type</th><th>before</th><th>after</th><th>lost</th><th>gained</th><th>changed</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The diff as one self-contained HTML page: a per-type summary, then lost and gained side by side per document. */
export function renderDiffHtml(diff: CorpusDiff, options: { readonly title?: string } = {}): string {
  const title = options.title ?? 'gosfacts diff';
  const nav = diff.documents.length
    ? `<nav aria-label="Documents that differ"><ol>${diff.documents.map((d, i) => `<li><a href="#doc-${i}">${escapeHtml(d.id)}</a></li>`).join('')}</ol></nav>`
    : '';
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${summary(diff)}
${nav}
<main>${diff.documents.map(documentSection).join('\n')}</main>
</body>
</html>
`;
}
