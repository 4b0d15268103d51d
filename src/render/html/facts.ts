import type { GosDocument } from '../../result/schema.js';
import { escapeHtml, token } from './escape.js';
import { fields, inline } from './values.js';

/** Document fields that are not fact lists. */
const NOT_FACTS = new Set(['publishedAt', 'publishedAtSource', 'length', 'entities']);
/** Known lists first, in the order a reader looks for them; lists the schema gains later follow. */
const ORDER = ['officials', 'awards', 'events', 'statistics', 'dates', 'laws', 'quotes', 'persons', 'regions'];
const LABELS: Record<string, string> = {
  officials: 'Officials',
  awards: 'Awards',
  events: 'Events',
  statistics: 'Statistics',
  dates: 'Dates',
  laws: 'Legal acts',
  quotes: 'Quotes',
  persons: 'Persons',
  regions: 'Regions',
};

type Rec = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const rec = (v: unknown): Rec | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : null);

/** Links an entity id to its mark in the text; anything else is shown as escaped text. */
class Linker {
  private readonly ids: Map<string, { text: string }>;

  constructor(
    doc: GosDocument,
    private readonly prefix: string,
  ) {
    this.ids = new Map(doc.entities.map((e) => [e.id, e]));
  }

  isEntity(v: unknown): v is string {
    return typeof v === 'string' && this.ids.has(v);
  }

  link(id: string, label?: string): string {
    const e = this.ids.get(id);
    const shown = label ?? e?.text ?? id;
    return `<a class="gf-ref" href="#${this.prefix}-${token(id)}" data-ref="${escapeHtml(id)}">${escapeHtml(shown)}</a>`;
  }

  /** A value for the field list: entity ids and `{ entity }` references as links. */
  value(v: unknown): string {
    if (this.isEntity(v)) return this.link(v);
    if (Array.isArray(v) && v.length && v.every((x) => this.isEntity(x))) return v.map((x) => this.link(x)).join(', ');
    const r = rec(v);
    if (r && this.isEntity(r.entity)) return this.link(r.entity, str(r.normalized) ?? str(r.text) ?? undefined);
    return escapeHtml(inline(v));
  }
}

/** The one line that names a fact; the field list below it has the rest. */
function headline(key: string, item: Rec, l: Linker): string {
  const ref = (v: unknown): string => l.value(v);
  const opt = (v: unknown, pre = ' · '): string => (v === null || v === undefined || v === '' ? '' : pre + ref(v));
  switch (key) {
    case 'officials':
      return `${ref(item.person)}${opt(item.position, ' — ')}${opt(item.region)}`;
    case 'statistics': {
      const head = l.isEntity(item.entity) ? l.link(item.entity) : ref(item.value);
      const subject = rec(item.subject);
      const unit = item.unitPhrase ?? (item.kind === 'number' ? item.unit : null);
      return `${head}${opt(unit)}${subject ? ` · ${escapeHtml(str(subject.normalized) ?? '')}` : ''}${opt(item.period, ' · period ')}`;
    }
    case 'dates': {
      const v = rec(item.value);
      const ends = v ? [...new Set([v.start, v.end].filter((x) => typeof x === 'string'))] : [];
      const iso = ends.join(' … ');
      return `${l.isEntity(item.id) ? l.link(item.id) : ref(item.text)} → <code class="gf-iso">${escapeHtml(iso || '—')}</code>`;
    }
    case 'quotes': {
      const said = str(item.text) ?? '';
      const short = said.length > 140 ? `${said.slice(0, 140)}…` : said;
      return `«${escapeHtml(short)}»${opt(item.speaker, ' — ')}`;
    }
    case 'regions':
      return `${escapeHtml(str(item.normalized) ?? '')}${opt(item.iso)}`;
    default: {
      const name = str(item.normalized) ?? str(item.text);
      if (l.isEntity(item.id)) return l.link(item.id, name ?? undefined);
      return escapeHtml(name ?? inline(item));
    }
  }
}

function factItem(key: string, item: unknown, l: Linker): string {
  const r = rec(item) ?? { value: item };
  const rows = fields(r)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${l.value(v)}</dd>`)
    .join('');
  return `<li class="gf-fact"><div class="gf-head">${headline(key, r, l)}</div><details><summary>all fields</summary><dl>${rows}</dl></details></li>`;
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
