import type { GosDocument } from '../../result/schema.js';
import { escapeHtml } from './escape.js';
import { Linker, rec } from './linker.js';
import { summary } from './summaries.js';
import { fields } from './values.js';

/** Document fields that are not fact lists. */
const NOT_FACTS = new Set(['publishedAt', 'publishedAtSource', 'length', 'entities']);
/** Known lists first, in the order a reader looks for them; lists the schema gains later follow. */
const ORDER = [
  'officials',
  'awards',
  'events',
  'statistics',
  'dates',
  'laws',
  'quotes',
  'persons',
  'organizations',
  'regions',
  'contacts',
];
const LABELS: Record<string, string> = {
  officials: 'Officials',
  awards: 'Awards',
  events: 'Events',
  statistics: 'Statistics',
  dates: 'Dates',
  laws: 'Legal acts',
  quotes: 'Quotes',
  persons: 'Persons',
  organizations: 'Organisations',
  regions: 'Regions',
  contacts: 'Contacts',
};

function factItem(key: string, item: unknown, l: Linker): string {
  const r = rec(item) ?? { value: item };
  const rows = fields(r)
    // the record's own id as it is (`a1`), for finding it in the JSON; references to others as links
    .map(
      ([k, v]) =>
        `<dt>${escapeHtml(k)}</dt><dd>${k === 'id' && typeof v === 'string' ? escapeHtml(v) : l.value(v)}</dd>`,
    )
    .join('');
  return `<li class="gf-fact"><div class="gf-head">${summary(key, r, l)}</div><details><summary>all fields</summary><dl>${rows}</dl></details></li>`;
}

/** The facts panel of one document: every fact list of the result, empty ones said to be empty. */
export function factsPanel(doc: GosDocument, prefix: string): string {
  const l = new Linker(doc, prefix);
  const lists = Object.entries(doc).filter(([k, v]) => !NOT_FACTS.has(k) && Array.isArray(v)) as [string, unknown[]][];
  const rank = (k: string): number => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  lists.sort((a, b) => rank(a[0]) - rank(b[0]));
  const sections = lists.map(([key, items]) => {
    const body = items.length
      ? `<ol>${items.map((item) => factItem(key, item, l)).join('')}</ol>`
      : '<p class="gf-none">none found</p>';
    const label = LABELS[key] ?? key;
    return `<section class="gf-list" data-list="${escapeHtml(key)}"><h3>${escapeHtml(label)} <span class="gf-count">${items.length}</span></h3>${body}</section>`;
  });
  return `<aside class="gf-facts" aria-label="Facts">${sections.join('')}</aside>`;
}
