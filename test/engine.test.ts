import { describe, expect, it } from 'vitest';
import {
  DocContext,
  Gazetteer,
  inGazetteer,
  RuleSet,
  alt,
  capitalized,
  gnc,
  gram,
  kind,
  lemma,
  opt,
  punct,
  repeat,
  rule,
  seq,
  span,
  surface,
  tok,
  word,
} from '../src/engine/index.js';
import { segment } from '../src/segment/index.js';
import { testMorph } from './helpers/morph.js';
import { unmark } from './helpers/marks.js';

const morph = testMorph();
const ctxOf = (text: string) => new DocContext(segment(text), morph);

/** The rule from docs/rules.md: "N-й Всероссийский конкурс ...", with agreement checked. */
function contestRule() {
  const r = gnc();
  return rule({
    id: 'event/nth-contest',
    examples: ['IV Всероссийского конкурса профессионального мастерства', '4-й Всероссийский конкурс'],
    pattern: seq(
      alt(kind('roman'), surface(/^\d+-(?:й|го|ый|ого|м|ом)$/)).as('n'),
      tok(gram('ADJF')).agree(r).as('adj'),
      tok(lemma('конкурс', 'фестиваль', 'форум'))
        .agree(r)
        .as('head'),
      repeat(gram('ADJF', 'gent').or(gram('NOUN', 'gent')), 0, 4).as('tail'),
    ),
    interpret: (m) => ({ n: m.part('n')?.text ?? '', name: m.nominative(), head: m.part('head')?.lemma ?? '' }),
  });
}

describe('rules with agreement', () => {
  const set = new RuleSet([contestRule()]);

  it('matches a contest name in an oblique case and normalises it to the nominative', () => {
    const { text, spans } = unmark('Стали известны итоги [[IV Всероссийского конкурса профессионального мастерства]].');
    const found = set.findAll(ctxOf(text));
    expect(found.map((m) => ({ start: m.start, end: m.end, text: m.text }))).toEqual(spans);
    expect(found[0]?.value).toEqual({
      n: 'IV',
      name: 'IV Всероссийский конкурс профессионального мастерства',
      head: 'конкурс',
    });
  });

  it('takes an ordinal with a suffix', () => {
    const found = set.findAll(ctxOf('Открылся 4-й Всероссийский форум.'));
    expect(found.map((m) => m.value.name)).toEqual(['4-й Всероссийский форум']);
  });

  it('rejects a match whose adjective and noun do not agree', () => {
    // feminine adjective + masculine noun: no reading agrees
    expect(set.findAll(ctxOf('IV Всероссийская конкурса'))).toEqual([]);
    // plural adjective + singular noun
    expect(set.findAll(ctxOf('IV Всероссийские конкурс'))).toEqual([]);
  });
});

describe('matching', () => {
  it('is leftmost-longest and non-overlapping', () => {
    const short = rule({ id: 't/short', examples: ['Нижний'], pattern: seq(capitalized()) });
    const long = rule({ id: 't/long', examples: ['Нижний Новгород'], pattern: seq(capitalized(), capitalized()) });
    const found = new RuleSet([short, long]).findAll(ctxOf('в Нижнем Новгороде и Казани'));
    expect(found.map((m) => [m.rule.id, m.text])).toEqual([
      ['t/long', 'Нижнем Новгороде'],
      ['t/short', 'Казани'],
    ]);
  });

  it('an interpretation returning null rejects the longer match and falls back to a shorter one', () => {
    const r = rule({
      id: 't/fallback',
      examples: ['1 500'],
      pattern: seq(kind('number').as('a'), opt(seq(word('руб'), opt(punct('.'))).as('cur'))),
      interpret: (m) => (m.has('cur') ? null : Number(m.part('a')?.text.replace(/\s/g, ''))),
    });
    const found = new RuleSet([r]).findAll(ctxOf('Штраф 1 500 руб.'));
    expect(found.map((m) => [m.text, m.value])).toEqual([['1 500', 1500]]);
  });

  it('indexes rules by their first lemma so other tokens never try them', () => {
    const r = rule({ id: 't/region', examples: ['область'], pattern: seq(lemma('область')) });
    const set = new RuleSet([r]);
    const ctx = ctxOf('Во Владимирской области и Рязанской области');
    expect(set.candidates(ctx, 0)).toEqual([]);
    expect(set.findAll(ctx).map((m) => m.text)).toEqual(['области', 'области']);
  });

  it("leaves out of a word's candidates the rules its first word cannot start, in every document", () => {
    // filed under every word (a grammeme test), but only an adjective can begin it
    const r = rule({
      id: 't/adj-region',
      examples: ['Владимирской области'],
      pattern: seq(gram('ADJF'), lemma('область')),
    });
    const set = new RuleSet([r]);
    for (const text of ['Во Владимирской области', 'Во Рязанской области']) {
      const ctx = ctxOf(text);
      expect(set.candidates(ctx, 0)).toEqual([]);
      expect(set.candidates(ctx, 1)).toEqual([r]);
      expect(set.findAll(ctx).map((m) => m.text)).toEqual([text.slice(3)]);
    }
  });

  it('stays linear on a very long sentence with a repeating rule', () => {
    const words = Array.from({ length: 20000 }, (_, i) => (i % 3 ? 'Иванов' : 'и')).join(' ');
    const r = rule({ id: 't/caps', examples: ['Иванов'], pattern: repeat(capitalized(), 1, 8) });
    const found = new RuleSet([r]).findAll(ctxOf(words));
    expect(found.length).toBeGreaterThan(6000);
    expect(found.every((m) => m.to - m.from <= 8)).toBe(true);
  });

  it('rejects unbounded or inverted repeat bounds', () => {
    expect(() => repeat(capitalized(), 3, 2)).toThrow(RangeError);
    expect(() => repeat(capitalized(), 0, 1000)).toThrow(RangeError);
  });
});

describe('gazetteer', () => {
  const gaz = new Gazetteer(
    'cities',
    [
      { phrase: 'Нижний Новгород', value: 'Нижний Новгород' },
      { phrase: 'Новгород', value: 'Великий Новгород' },
      { phrase: 'Ханты-Мансийский автономный округ — Югра', value: 'ХМАО' },
      { phrase: 'ЯНАО', value: 'ЯНАО', mode: 'exact' },
    ],
    morph,
    segment,
  );

  it('matches multi-word entries in any case form, longest first', () => {
    const ctx = ctxOf('в Нижнем Новгороде');
    expect(gaz.longestAt(ctx, 1)?.value).toEqual(['Нижний Новгород']);
    expect(gaz.matchAt(ctx, 2).map((h) => h.value)).toEqual([['Великий Новгород']]);
  });

  it('normalises dash variants and matches inflected multi-word names', () => {
    const ctx = ctxOf('Ханты-Мансийского автономного округа - Югры');
    expect(gaz.longestAt(ctx, 0)).toEqual({ end: 5, value: ['ХМАО'] });
  });

  it('exact entries are case-sensitive', () => {
    expect(gaz.longestAt(ctxOf('ЯНАО'), 0)?.value).toEqual(['ЯНАО']);
    expect(gaz.longestAt(ctxOf('янао'), 0)).toBeNull();
  });

  it('gives a one-token membership predicate', () => {
    const r = rule({ id: 't/in', examples: ['Новгород'], pattern: seq(inGazetteer(gaz)) });
    expect(new RuleSet([r]).findAll(ctxOf('в Нижнем Новгороде и в Новгороде')).map((m) => m.text)).toEqual([
      'Новгороде',
      'Новгороде',
    ]);
  });

  it('works as a part of a rule', () => {
    const r = rule({
      id: 't/gaz',
      examples: ['в Нижнем Новгороде'],
      pattern: seq(word('в'), span(gaz).as('place')),
      interpret: (m) => m.part('place')?.value,
    });
    expect(new RuleSet([r]).findAll(ctxOf('Форум прошёл в Нижнем Новгороде.')).map((m) => m.value)).toEqual([
      ['Нижний Новгород'],
    ]);
  });
});

describe('nominative', () => {
  const cases: [string, string][] = [
    ['Владимирской области', 'Владимирская область'],
    ['Нижнем Новгороде', 'Нижний Новгород'],
    ['Андрея Григорьева', 'Андрей Григорьев'],
    ['Ханты-Мансийского автономного округа — Югры', 'Ханты-Мансийский автономный округ — Югра'],
    ['службы занятости населения', 'служба занятости населения'],
  ];
  for (const [input, want] of cases) {
    it(`${input} -> ${want}`, () => {
      const ctx = ctxOf(input);
      const r = rule({ id: 't/all', examples: [input], pattern: repeat(alt(kind('word'), punct('—', '-')), 1, 8) });
      expect(r.matchAt(ctx, 0)?.value.nominative()).toBe(want);
    });
  }
});

describe('Rule.matchesAt', () => {
  it('gives every accepted match at a token, longest first; matchAt is the first', () => {
    const r = rule({
      id: 'test/words',
      examples: ['новый конкурс'],
      pattern: seq(gram('ADJF'), opt(lemma('конкурс'))),
    });
    const ctx = ctxOf('новый конкурс проектов');
    const all = r.matchesAt(ctx, 0).map((m) => m.text);
    expect(all).toEqual(['новый конкурс', 'новый']);
    expect(r.matchAt(ctx, 0)?.text).toBe(all[0]);
    expect(r.matchesAt(ctx, 1)).toEqual([]);
  });
});
