import type { GosDocument } from '../../result/schema.js';
import { escapeHtml, token } from './escape.js';

export type Rec = Record<string, unknown>;
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const rec = (v: unknown): Rec | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : null);
const blank = (v: unknown): boolean =>
  v === null || v === undefined || v === false || v === '' || (Array.isArray(v) && v.length === 0);

/** A fact record other facts point at by id (`v1`, `p1`, `o2`): its name and the mark it is first named by. */
interface FactTarget {
  readonly label: string;
  readonly mark: string | null;
}

/**
 * Turns the values of a document's facts into HTML: entity ids, entity references (`{ entity,
 * start, end, text, normalized }`) and ids of other fact records become links to their marks in
 * the text, labelled by their normalised value; everything else is escaped text.
 */
export class Linker {
  private readonly ids: Map<string, { text: string; normalized?: string }>;
  private readonly facts = new Map<string, FactTarget>();

  constructor(
    doc: GosDocument,
    private readonly prefix: string,
  ) {
    this.ids = new Map(doc.entities.map((e) => [e.id, e]));
    for (const [key, list] of Object.entries(doc)) {
      if (key === 'entities' || !Array.isArray(list)) continue;
      for (const item of list as unknown[]) this.index(item);
    }
  }

  /** Remembers a fact record that has an id of its own (not an entity's, as date facts have). */
  private index(item: unknown): void {
    const r = rec(item);
    const id = str(r?.id);
    if (!r || !id || this.ids.has(id) || this.facts.has(id)) return;
    const mentions = Array.isArray(r.mentions) ? r.mentions : [];
    const award = rec(r.award);
    const mark = [mentions[0], award?.entity, r.entity].find((m): m is string => this.isEntity(m));
    const label = str(r.normalized) ?? str(award?.normalized) ?? str(r.text) ?? id;
    this.facts.set(id, { label, mark: mark ?? null });
  }

  isEntity(v: unknown): v is string {
    return typeof v === 'string' && this.ids.has(v);
  }

  /** Whether `v` refers to something the page can show: an entity, an entity reference or a fact. */
  isRef(v: unknown): boolean {
    if (typeof v === 'string') return this.ids.has(v) || this.facts.has(v);
    return this.isEntity(rec(v)?.entity);
  }

  /** The mark of an entity, labelled by `label`, else by the entity's normalised value or text; `title` on hover. */
  link(id: string, label?: string, title?: string): string {
    const e = this.ids.get(id);
    const shown = label ?? e?.normalized ?? e?.text ?? id;
    const hover = title ? ` title="${escapeHtml(title)}"` : '';
    return `<a class="gf-ref" href="#${this.prefix}-${token(id)}" data-ref="${escapeHtml(id)}"${hover}>${escapeHtml(shown)}</a>`;
  }

  /** An entity reference shown by its normalised value, the words as written on hover. */
  private refLink(r: Rec, entity: string): string {
    const normalized = str(r.normalized);
    const text = str(r.text);
    return this.link(entity, normalized ?? text ?? undefined, text && text !== normalized ? text : undefined);
  }

  /** Any value of a fact as HTML, references as links, nested records as `key: value` pairs. */
  value(v: unknown): string {
    if (typeof v === 'string') {
      if (this.ids.has(v)) return this.link(v, this.ids.get(v)?.text);
      const fact = this.facts.get(v);
      if (fact) return fact.mark ? this.link(fact.mark, fact.label) : escapeHtml(fact.label);
      return escapeHtml(v);
    }
    if (v === null || v === undefined) return '—';
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'object') return '';
    if (Array.isArray(v)) return v.map((x) => this.value(x)).join(this.isRef(v[0]) ? ', ' : '; ');
    const r = v as Rec;
    if (this.isEntity(r.entity)) return this.refLink(r, r.entity);
    // a span the text gives without an entity ("ведомство", the subject of a figure): its words
    if (typeof r.start === 'number' && typeof r.end === 'number' && typeof r.text === 'string') {
      return escapeHtml(str(r.normalized) ?? r.text);
    }
    return Object.entries(r)
      .filter(([, x]) => !blank(x))
      .map(([k, x]) => `${escapeHtml(k)}: ${this.value(x)}`)
      .join(', ');
  }
}
