// A unit test of your own fixture article with gosfacts/testing: mark the spans you expect
// inline, one line per check. Runs with node's own test runner:
//   node --test examples/fixture.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from 'gosfacts';
import { expectMarked, compareMarked } from 'gosfacts/testing';

const extractor = await createExtractor();

test('the minister and his region', () => {
  const doc = expectMarked(
    extractor,
    'Как подчеркнул [министр труда и занятости населения [Владимирской области](region)](position) [Андрей Григорьев](person), служба работает стабильно.',
    { publishedAt: '2025-11-10' },
  );
  assert.equal(doc.officials[0].person.normalized, 'Андрей Григорьев');
});

test('dates of the article, by span', () => {
  expectMarked(extractor, 'Итоги подвели [10 ноября 2025 года](date), приём заявок идёт [с 2025 года](date).', {
    publishedAt: '2025-11-10',
  });
});

test('a wrong mark fails with a readable report', () => {
  const doc = extractor.extract('Заявил Андрей Григорьев.');
  const result = compareMarked(doc, 'Заявил [Андрей](person) Григорьев.');
  assert.equal(result.ok, false);
  assert.match(result.report, /missing {5}\[Андрей\]\(person\)/);
});
