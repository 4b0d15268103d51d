import { describe, expect, it } from 'vitest';
import { RULE_CATALOG, ruleCatalog } from '../src/catalog.js';
import {
  createDatesExtractor,
  createExtractorSync,
  createGeoExtractor,
  createNumbersExtractor,
  createRuleExtractor,
  defaultDatesExtractor,
  defaultExtractors,
  defaultGeoExtractor,
  defaultNumbersExtractor,
  geoExtractor,
  lemma,
  rule,
  seq,
  kind,
  type RuleEntity,
} from '../src/index.js';

describe('rule catalog', () => {
  it('is read off the default pipeline: every extractor kind, in pipeline order', () => {
    const kinds = defaultExtractors.map((f) => f.kind);
    expect(Object.keys(RULE_CATALOG).slice(0, kinds.length)).toEqual(kinds);
    expect(RULE_CATALOG.dates?.length).toBeGreaterThan(0);
  });

  it('lists the rules of an extractor added to the pipeline, with nothing else to register', () => {
    const contests = createRuleExtractor('contests', () => [
      rule<RuleEntity>({
        id: 'event/nth-contest',
        examples: ['IV конкурса'],
        pattern: seq(kind('roman'), lemma('конкурс')),
        interpret: () => ({ type: 'event', normalized: 'конкурс', kind: 'contest' }),
      }),
    ]);
    const catalog = ruleCatalog([...defaultExtractors, contests], []);
    expect(catalog.contests?.map((r) => r.id)).toEqual(['event/nth-contest']);
  });
});

// The 0.1 names stay for one release, as the very same values.
describe('deprecated names', () => {
  it('alias the renamed factories and still work', () => {
    expect(createDatesExtractor).toBe(defaultDatesExtractor);
    expect(createNumbersExtractor).toBe(defaultNumbersExtractor);
    expect(createGeoExtractor).toBe(defaultGeoExtractor);
    const ex = createExtractorSync({ extractors: [createDatesExtractor, geoExtractor({ adjectives: false })] });
    const doc = ex.extract('Российские компании 10 ноября 2025 года открыли завод в Коврове.');
    expect(doc.entities.map((e) => [e.type, e.text])).toEqual([
      ['date', '10 ноября 2025 года'],
      ['city', 'Коврове'],
    ]);
  });
});
