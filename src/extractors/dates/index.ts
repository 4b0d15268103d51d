import { RuleSet } from '../../engine/index.js';
import type { DocContext } from '../../engine/context.js';
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory } from '../../pipeline/types.js';
import type { EntityDraft } from '../../result/schema.js';
import { resolveDate } from './resolve.js';
import { DATE_RULES } from './rules/index.js';
import { extend } from '../../engine/objects.js';

/**
 * Tense of the clause around tokens `[from, to)`: the nearest finite verb in the sentence.
 * Past (or no verb: news reports what happened) is -1, present and future 1.
 */
function tenseAround(ctx: DocContext, from: number, to: number): -1 | 1 {
  const sentence = ctx.tokens[from]?.sentence;
  for (let d = 1; d < 40; d++) {
    for (const i of [to - 1 + d, from - d]) {
      const t = ctx.tokens[i];
      if (!t || t.sentence !== sentence || t.kind !== 'word') continue;
      const p = ctx.parses(i)[0];
      if (!p || p.pos !== 'VERB') continue;
      if (p.grammemes.has('past')) return -1;
      if (p.grammemes.has('futr') || p.grammemes.has('pres')) return 1;
    }
  }
  return -1;
}

function buildDatesExtractor(): EntityExtractor {
  const rules = new RuleSet(DATE_RULES);
  return {
    name: 'dates',
    extract(run) {
      const out: EntityDraft[] = [];
      for (const m of rules.findAll(run.doc)) {
        const from = m.value.from;
        const tense =
          from?.t === 'weekday' || (from?.t === 'shift' && from.tenseDependent)
            ? tenseAround(run.doc, m.from, m.to)
            : -1;
        const r = resolveDate(m.value, { publishedAt: run.publishedAt, tense });
        if (!r) continue;
        const value =
          run.header && m.start === run.header.start ? extend(r.value, { role: 'published' as const }) : r.value;
        const { start, end } = m.value.focus ?? m;
        out.push({
          type: 'date',
          start,
          end,
          text: run.doc.text.slice(start, end),
          rule: m.rule.id,
          normalized: r.normalized,
          value,
        });
      }
      return out;
    },
  };
}

/**
 * Dates: full, numeric, partial, ranges and bounds, relative (resolved against `publishedAt`)
 * and durations. See `README.md` in this folder for the covered forms.
 */
export const defaultDatesExtractor: EntityExtractorFactory = defineExtractor({
  kind: 'dates',
  rules: () => DATE_RULES,
  create: buildDatesExtractor,
});

export { DATE_RULES } from './rules/index.js';
export type { DateParse } from './types.js';
