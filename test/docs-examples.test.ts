import { describe, expect, it } from 'vitest';
import {
  createExtractor,
  defaultGeoExtractor,
  createRuleExtractor,
  defaultExtractors,
  geoExtractorFactory,
  gnc,
  isPlace,
  gram,
  kind,
  lemma,
  rule,
  seq,
  type RuleEntity,
} from '../src/index.js';

// The README's custom-rule example, as written there: it must compile and work.
describe('README: your own rules', () => {
  it('adds an event extractor to the default pipeline, with agreement checked', async () => {
    const r = gnc();
    const contest = rule<RuleEntity>({
      id: 'event/nth-contest',
      examples: ['IV Всероссийского конкурса'],
      pattern: seq(kind('roman').as('n'), gram('ADJF').agree(r), lemma('конкурс').agree(r)),
      interpret: (m) => ({ type: 'event', normalized: m.nominative(), kind: 'contest' }),
    });
    const extractor = await createExtractor({
      extractors: [...defaultExtractors, createRuleExtractor('contests', () => [contest])],
    });
    const text = 'Стали известны итоги IV Всероссийского конкурса. IV Всероссийская конкурса не бывает.';
    const doc = extractor.extract(text, { publishedAt: '2025-11-10' });
    const events = doc.entities.filter((e) => e.type === 'event');
    expect(events.map((e) => [e.text, e.normalized, e.kind])).toEqual([
      ['IV Всероссийского конкурса', 'IV Всероссийский конкурс', 'contest'],
    ]);
  });

  it('drops what a custom interpretation returns in the wrong shape', async () => {
    const bad = rule({
      id: 'x/bad',
      examples: ['конкурс'],
      pattern: seq(lemma('конкурс')),
      interpret: () => ({ type: 'nonsense' }) as unknown as RuleEntity,
    });
    const extractor = await createExtractor({ extractors: [createRuleExtractor('bad', () => [bad])] });
    expect(extractor.extract('Итоги конкурса', { publishedAt: '2025-11-10' }).entities).toEqual([]);
  });
});

// The README's places example, as written there.
describe('README: places', () => {
  it('swaps the geography extractor for the factRuEval convention, or filters adjectives out', async () => {
    const text = 'Российские компании вышли к реке Славянке в городе Грозном.';
    const factRuStyle = await createExtractor({
      extractors: defaultExtractors.map((f) =>
        f === defaultGeoExtractor ? geoExtractorFactory({ adjectives: false, markers: true }) : f,
      ),
    });
    expect(factRuStyle.extract(text).entities.map((e) => e.text)).toEqual(['реке Славянке', 'городе Грозном']);
    const doc = (await createExtractor()).extract(text);
    expect(doc.entities.map((e) => e.text)).toEqual(['Российские', 'Славянке', 'Грозном']);
    const named = doc.entities.filter(isPlace).filter((e) => e.form !== 'adjective');
    expect(named.map((e) => e.text)).toEqual(['Славянке', 'Грозном']);
  });
});
