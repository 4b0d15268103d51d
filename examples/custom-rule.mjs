#!/usr/bin/env node
// A custom rule written with the public DSL (docs/rules.md): numbered contests such as
// "IV Всероссийского конкурса", as events, in a pipeline of its own (the default pipeline's events
// extractor finds these too; a custom rule is added the same way). The adjective must
// agree with "конкурс", so one rule covers every case form and rejects a mismatched phrase.
//   node examples/custom-rule.mjs
import {
  alt,
  createExtractor,
  createRuleExtractor,
  gnc,
  gram,
  kind,
  lemma,
  repeat,
  rule,
  seq,
  surface,
  tok,
} from 'gosfacts';

const agree = gnc();
const nthContest = rule({
  id: 'event/nth-contest',
  examples: ['IV Всероссийского конкурса профессионального мастерства', '4-й Всероссийский конкурс'],
  pattern: seq(
    alt(kind('roman'), surface(/^\d+-(?:й|го|ый|ого|м|ом)$/)).as('n'),
    tok(gram('ADJF')).agree(agree),
    tok(lemma('конкурс', 'фестиваль', 'форум')).agree(agree),
    repeat(gram('ADJF', 'gent').or(gram('NOUN', 'gent')), 0, 4),
  ),
  interpret: (m) => ({ type: 'event', normalized: m.nominative(), kind: 'contest' }),
});

const extractor = await createExtractor({ extractors: [createRuleExtractor('contests', () => [nthContest])] });
// next to the built-in kinds: extractors: [...defaultExtractors, createRuleExtractor(...)]
const text =
  'Стали известны итоги IV Всероссийского конкурса профессионального мастерства. ' +
  'На II Всероссийском фестивале выступили 20 коллективов. IV Всероссийская конкурса не бывает.';
const doc = extractor.extract(text, { publishedAt: '2025-11-10' });
for (const e of doc.entities.filter((x) => x.type === 'event'))
  console.log(`${e.rule}\t${e.text}\t->\t${e.normalized}`);
