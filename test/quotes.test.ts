import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../src/index.js';
import { entityListsFacts } from '../src/facts/lists.js';
import { regionFacts } from '../src/facts/regions.js';
import { officialsFacts } from '../src/facts/officials.js';
import { quotesFacts } from '../src/facts/quotes.js';
import type { EntityDraft, GosDocument, Quote } from '../src/result/schema.js';
import { markedEntities, recordPerName } from './helpers/entities.js';

// The quotes builder over hand-marked entities (test/helpers/entities.ts), so the speaker found
// depends only on the frame around the speech; the seed article runs the whole pipeline.
let drafts: EntityDraft[] = [];
let marked: Extractor;
let full: Extractor;
beforeAll(async () => {
  marked = await createExtractor({
    extractors: [() => ({ name: 'test/marks', extract: () => drafts })],
    refiners: [],
    facts: [entityListsFacts, regionFacts, recordPerName, officialsFacts, quotesFacts],
  });
  full = await createExtractor();
});

function run(text: string): GosDocument {
  const m = markedEntities(text);
  drafts = m.drafts;
  return marked.extract(m.text);
}
const brief = (q: Quote) => ({ text: q.text, kind: q.kind, verb: q.verb, speaker: q.speaker?.text ?? null });

describe('direct speech', () => {
  it('takes the speaker after the verb that follows the quote, the person over the office', () => {
    const doc = run(
      '«Мы открыли три новых кадровых центра», – подчеркнул [[o:министр труда Владимирской области]] [[p:Андрей Григорьев]].',
    );
    expect(doc.quotes.map(brief)).toEqual([
      {
        text: 'Мы открыли три новых кадровых центра',
        kind: 'direct',
        verb: 'подчеркнуть',
        speaker: 'Андрей Григорьев',
      },
    ]);
    expect(doc.quotes[0]?.speaker?.personId).toBe('p1');
  });

  it('keeps titles in quotes inside the speech, and an unclosed title does not swallow it', () => {
    const doc = run('«Центр «Работа России» в Коврове принял 500 человек», — сообщил [[p:Иван Петров]].');
    expect(doc.quotes.map(brief)).toEqual([
      {
        text: 'Центр «Работа России» в Коврове принял 500 человек',
        kind: 'direct',
        verb: 'сообщить',
        speaker: 'Иван Петров',
      },
    ]);
    const unclosed = run('«Бренд «Работа России узнают все», — отметил [[p:Иван Петров]].');
    expect(unclosed.quotes.map((q) => q.text)).toEqual(['Бренд «Работа России узнают все']);
  });

  it('reads "X заявил: «...»", „...“ and "..." marks, and an office as the speaker when no name is given', () => {
    expect(run('[[o:Губернатор]] заявил: „Дороги отремонтируют до осени“.').quotes.map(brief)).toEqual([
      { text: 'Дороги отремонтируют до осени', kind: 'direct', verb: 'заявить', speaker: 'Губернатор' },
    ]);
    expect(run('"Работы завершены в срок", - сказал [[g:Минтранс]].').quotes.map(brief)).toEqual([
      { text: 'Работы завершены в срок', kind: 'direct', verb: 'сказать', speaker: 'Минтранс' },
    ]);
  });

  it('reads a dialogue dash and "он" after the verb', () => {
    const doc = run('На встрече выступил [[p:Андрей Григорьев]].\n— Мы готовы помочь каждому, — сказал он.');
    expect(doc.quotes.map(brief)).toEqual([
      { text: 'Мы готовы помочь каждому', kind: 'direct', verb: 'сказать', speaker: 'Андрей Григорьев' },
    ]);
  });

  it('leaves titles and names in quotes alone', () => {
    expect(run('Проект «Человек труда» и нацпроект «Кадры» продолжатся в 2026 году.').quotes).toEqual([]);
    expect(run('Конкурс «Лучший кадровый центр» прошёл в Москве, – сообщил [[p:Иван Петров]].').quotes).toEqual([]);
  });
});

describe('indirect speech', () => {
  it('reads "по словам X", "как отметил X" and "X сообщил, что"', () => {
    expect(
      run('По словам [[o:министра]] [[p:Андрея Григорьева]], уровень трудоустройства достигает 75%.').quotes.map(brief),
    ).toEqual([
      { text: 'уровень трудоустройства достигает 75%', kind: 'indirect', verb: 'слово', speaker: 'Андрея Григорьева' },
    ]);
    expect(
      run('Как отметил [[p:Андрей Григорьев]], служба занятости работает без выходных.').quotes.map(brief),
    ).toEqual([
      {
        text: 'служба занятости работает без выходных',
        kind: 'indirect',
        verb: 'отметить',
        speaker: 'Андрей Григорьев',
      },
    ]);
    expect(run('[[p:Андрей Григорьев]] сообщил, что заявок стало вдвое больше.').quotes.map(brief)).toEqual([
      { text: 'заявок стало вдвое больше', kind: 'indirect', verb: 'сообщить', speaker: 'Андрей Григорьев' },
    ]);
  });

  it('does not read a "что" clause without a speech verb', () => {
    expect(run('Известно, что заявок стало больше. Важно, что конкурс прошёл.').quotes).toEqual([]);
  });
});

describe('bad input', () => {
  it('gives valid spans on unbalanced and repeated marks, in linear time', () => {
    const text = `${'«'.repeat(5000)} ${'» '.repeat(3000)}«Да», – сказал [[p:Иван Петров]]. ${'"'.repeat(4001)}`;
    const t0 = performance.now();
    const doc = run(text);
    expect(performance.now() - t0).toBeLessThan(5000);
    for (const q of doc.quotes) expect(markedEntities(text).text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('the seed article', () => {
  it('has the quote of Андрей Григорьев with the verb "подчеркнуть"', () => {
    const doc = full.extract(
      readFileSync(new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url), 'utf8'),
    );
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0]!;
    expect(q.text.startsWith('Наш успех подтверждает')).toBe(true);
    expect(q.text.endsWith('клиентоцентричного подхода в работе')).toBe(true);
    expect(q).toMatchObject({
      kind: 'direct',
      verb: 'подчеркнуть',
      speaker: expect.objectContaining({ text: 'Андрей Григорьев' }),
    });
    const person = doc.persons.find((p) => p.id === q.speaker?.personId);
    expect(person?.normalized).toBe('Андрей Григорьев');
  });
});
