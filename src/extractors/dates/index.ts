import { RuleSet } from '../../engine/index.js';
import type { ExtractorFactory } from '../../pipeline/types.js';
import type { DateEntity, EntityDraft } from '../../result/schema.js';
import { DATE_RULES, type DateParse } from './rules.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function toValue(p: DateParse, publishedAt: string | null, role: DateEntity['value']['role']): DateEntity['value'] {
  const pubYear = publishedAt ? Number(publishedAt.slice(0, 4)) : undefined;
  const year = p.year ?? (p.month !== undefined ? pubYear : undefined);
  const implied = p.year === undefined && year !== undefined ? { year } : {};
  const stated: DateEntity['value']['stated'] = {};
  if (p.year !== undefined) stated.year = p.year;
  if (p.month !== undefined) stated.month = p.month;
  if (p.day !== undefined) stated.day = p.day;
  if (p.day !== undefined && p.month !== undefined) {
    const d = year !== undefined ? `${year}-${pad(p.month)}-${pad(p.day)}` : null;
    return { granularity: 'day', start: d, end: d, role, stated, implied, relative: false };
  }
  if (p.month !== undefined) {
    const s = year !== undefined ? `${year}-${pad(p.month)}-01` : null;
    const e = year !== undefined ? `${year}-${pad(p.month)}-${pad(new Date(Date.UTC(year, p.month, 0)).getUTCDate())}` : null;
    return { granularity: 'month', start: s, end: e, role, stated, implied, relative: false };
  }
  return { granularity: 'year', start: year ? `${year}-01-01` : null, end: year ? `${year}-12-31` : null, role, stated, implied, relative: false };
}

function normalizedOf(v: DateEntity['value']): string {
  if (v.granularity === 'day') return v.start ?? `XXXX-${pad(v.stated.month ?? 0)}-${pad(v.stated.day ?? 0)}`;
  if (v.granularity === 'month') return v.start ? v.start.slice(0, 7) : `XXXX-${pad(v.stated.month ?? 0)}`;
  return v.start ? v.start.slice(0, 4) : 'XXXX';
}

/** Dates: the publication header, numeric and written dates. */
export const createDatesExtractor: ExtractorFactory = () => {
  const rules = new RuleSet(DATE_RULES);
  return {
    name: 'dates',
    extract(run) {
      const out: EntityDraft[] = [];
      for (const m of rules.findAll(run.doc)) {
        const role = run.header && m.start === run.header.start ? 'published' : 'point';
        const value = toValue(m.value, run.publishedAt, role);
        out.push({ type: 'date', start: m.start, end: m.end, text: m.text, rule: m.rule.id, normalized: normalizedOf(value), value });
      }
      return out;
    },
  };
};
