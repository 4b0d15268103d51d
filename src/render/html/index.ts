import { createRequire } from 'node:module';
import { ENTITY_TYPES, type GosDocument } from '../../result/schema.js';
import { CSS, SCRIPT, page, typeCss } from './assets.js';
import { escapeHtml, token } from './escape.js';
import { factsPanel } from './facts.js';
import { markedText } from './spans.js';

/** One document to show: the text it was extracted from and the result. */
export interface HtmlDocument {
  /** Shown as the document's title (a file name, a JSONL id); defaults to "Document N". */
  readonly id?: string | number | null;
  readonly text: string;
  readonly document: GosDocument;
}

export interface RenderHtmlOptions {
  /** The page title (default "gosfacts"). */
  readonly title?: string;
  /** The `lang` of the page (default `ru`: the articles are Russian). */
  readonly lang?: string;
}

let csp: string | undefined;

/**
 * Only the page's own script may run, whatever a document's text tried to smuggle in. Made on
 * the first page: node:crypto, required at the top, was loaded on every `import('gosfacts')`
 * (~10 ms of start-up: Node initialises OpenSSL), and hashing the script cost as much again.
 */
function contentSecurityPolicy(): string {
  if (csp === undefined) {
    const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    const scriptHash = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;
    csp = `default-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash}'; img-src data:`;
  }
  return csp;
}

const regionsOf = (d: GosDocument): string[] => d.regions.map((r) => r.normalized);
const typesOf = (d: GosDocument): string[] => [...new Set(d.entities.map((e) => e.type))];

function legend(types: readonly string[], counts: Map<string, number>): string {
  const items = types.map((t) => {
    const n = counts.get(t) ?? 0;
    return `<li><button type="button" class="gf-toggle t-${token(t)}" data-cls="t-${token(t)}" aria-pressed="true" title="show or hide ${escapeHtml(t)}">${escapeHtml(t)} <span class="gf-count">${n}</span></button></li>`;
  });
  return `<ul class="gf-legend" aria-label="Entity types: press to show or hide">${items.join('')}</ul>`;
}

function select(id: string, label: string, values: readonly string[]): string {
  const options = values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('');
  return `<label for="${id}">${label}</label><select id="${id}"><option value="">all</option>${options}</select>`;
}

/** The list of documents and the filters by region and by type, for a page of several. */
function navigation(docs: readonly HtmlDocument[], names: readonly string[], types: readonly string[]): string {
  const regions = [...new Set(docs.flatMap((d) => regionsOf(d.document)))].sort((a, b) => a.localeCompare(b, 'ru'));
  const items = docs.map((d, i) => {
    const where = regionsOf(d.document).join(', ');
    return `<li data-doc="d${i}"><a href="#d${i}">${escapeHtml(names[i]!)}</a>${where ? ` <small>${escapeHtml(where)}</small>` : ''}</li>`;
  });
  return `<div class="gf-filter" role="search">${select('gf-region', 'Region', regions)}${select('gf-type', 'Has type', types)} <span aria-live="polite"><span id="gf-shown">${docs.length}</span> of ${docs.length} shown</span></div>
<nav class="gf-nav" aria-label="Documents"><ol>${items.join('')}</ol></nav>`;
}

function article(d: HtmlDocument, i: number, name: string): string {
  const doc = d.document;
  const prefix = `d${i}`;
  const meta = [
    doc.publishedAt ? `published ${doc.publishedAt}` : 'no publication date',
    `${doc.entities.length} entities`,
    regionsOf(doc).join(', '),
  ].filter(Boolean);
  const data = `data-regions="${escapeHtml(regionsOf(doc).join('|'))}" data-types="${escapeHtml(typesOf(doc).join('|'))}"`;
  return `<article class="gf-doc" id="${prefix}" ${data} aria-labelledby="${prefix}-title">
<div><h2 id="${prefix}-title">${escapeHtml(name)}</h2><p class="gf-meta">${escapeHtml(meta.join(' · '))}</p>
<div class="gf-text" lang="ru">${markedText(d.text, doc.entities, prefix)}</div></div>
${factsPanel(doc, prefix)}
</article>`;
}

/**
 * One self-contained HTML page (inline style and script, no external assets, works offline) that
 * shows documents as extracted: the text with every entity highlighted by type (values and codes
 * on hover and keyboard focus), a legend that toggles types, and each document's facts. Several
 * documents get a list and filters by region and by type. All text is escaped: articles are
 * untrusted input.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * import { createExtractor, renderHtml } from 'gosfacts';
 * const extractor = await createExtractor();
 * const document = extractor.extract(text, { publishedAt: '2025-11-10' });
 * writeFileSync('facts.html', renderHtml([{ id: 'article.txt', text, document }]));
 */
export function renderHtml(documents: readonly HtmlDocument[], options: RenderHtmlOptions = {}): string {
  const title = options.title ?? 'gosfacts';
  const names = documents.map((d, i) => (d.id === undefined || d.id === null ? `Document ${i + 1}` : String(d.id)));
  const counts = new Map<string, number>();
  for (const d of documents) for (const e of d.document.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const known = new Set<string>(ENTITY_TYPES);
  const types = [...ENTITY_TYPES, ...[...counts.keys()].filter((t) => !known.has(t)).sort()];
  const present = types.filter((t) => counts.has(t));
  const body = `<header><h1>${escapeHtml(title)}</h1>
<div class="gf-bar">${legend(present, counts)}</div>
${documents.length > 1 ? navigation(documents, names, present) : ''}</header>
<main>
${documents.map((d, i) => article(d, i, names[i]!)).join('\n')}
</main>
<div id="gf-tip" class="gf-tip" role="tooltip" hidden></div>`;
  const html = page(title, options.lang ?? 'ru', `${CSS}\n${typeCss(types)}`, body, SCRIPT);
  return html.replace(
    '<meta charset="utf-8">',
    `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
  );
}
