import { describe, expect, it } from 'vitest';
import { DocContext } from '../src/engine/context.js';
import { RULE_CATALOG } from '../src/catalog.js';
import { createExtractorSync } from '../src/extractor.js';
import { attachEntities } from '../src/facts/entity-spans.js';
import { segment } from '../src/segment/index.js';
import { testMorph } from './helpers/morph.js';

// Every rule's examples must be matched whole by that rule: the examples are the rule's contract
// and the source of docs/forms.md. Fact rules ("рост на [40%]") match entities the extractors
// found, so each example first goes through the default pipeline.
describe('rule examples', () => {
  const morph = testMorph();
  const pipeline = createExtractorSync();
  for (const [kind, rules] of Object.entries(RULE_CATALOG)) {
    for (const rule of rules) {
      it(`${kind}: ${rule.id}`, () => {
        expect(rule.examples.length).toBeGreaterThan(0);
        for (const ex of rule.examples) {
          const ctx = new DocContext(segment(ex), morph);
          attachEntities(ctx, pipeline.extract(ex, { publishedAt: '2025-11-10' }).entities);
          const m = rule.matchAt(ctx, 0);
          expect(m, `${rule.id} should match "${ex}"`).not.toBeNull();
          expect(m?.text, `${rule.id} should match all of "${ex}"`).toBe(ex);
        }
      });
    }
  }
  it('rule ids are unique', () => {
    const ids = Object.values(RULE_CATALOG).flatMap((r) => r.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
