/**
 * Plain-text views of result values for tooltips and the facts panel, written generically so that
 * fields added to the schema later show up without changes here.
 */

/** Entity fields the page shows elsewhere (the span itself) or that say nothing to a reader. */
const SPAN_FIELDS = new Set(['id', 'start', 'end', 'text', 'sentence', 'type']);

const isEmpty = (v: unknown): boolean =>
  v === null ||
  v === undefined ||
  v === false ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

/** One value on one line: scalars as they are, objects as `key: value` pairs, arrays joined. */
export function inline(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(inline).join('; ');
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => !isEmpty(x))
    .map(([k, x]) => `${k}: ${inline(x)}`)
    .join(', ');
}

/** The non-empty fields of a record as `[key, value]` pairs, in schema order, minus `skip`. */
export function fields(record: object, skip: ReadonlySet<string> = new Set()): [string, unknown][] {
  return Object.entries(record).filter(([k, v]) => !skip.has(k) && !isEmpty(v));
}

/** The tooltip of an entity: its type and text, then every field the extractor filled. */
export function entityTip(e: { type: string; text: string } & object): string {
  const lines = [`${e.type}: ${e.text}`];
  for (const [k, v] of fields(e, SPAN_FIELDS)) lines.push(`${k}: ${inline(v)}`);
  return lines.join('\n');
}
