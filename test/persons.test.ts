import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractorSync } from '../src/extractor.js';
import { defaultPersonsExtractor } from '../src/extractors/persons/index.js';
import { DocumentSchema, type PersonEntity } from '../src/result/schema.js';
import { unmark } from './helpers/marks.js';
import { testMorph } from './helpers/morph.js';
import { caseBlocks } from './helpers/blocks.js';

const PUBLISHED = '2025-11-10';
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/persons/${name}`, import.meta.url), 'utf8');

testMorph();
const full = createExtractorSync();
const personsOnly = createExtractorSync({ extractors: [defaultPersonsExtractor] });
const factru = createExtractorSync({ convention: 'factru' });
const persons = (text: string, ex = full): PersonEntity[] =>
  ex.extract(text, { publishedAt: PUBLISHED }).entities.filter((e): e is PersonEntity => e.type === 'person');

/** Blocks of `cases.txt`: the marked text, then one `normalized | gender` line per person. */
function readCases(): { marked: string; expect: { normalized: string; gender: string }[] }[] {
  return caseBlocks(fixture('cases.txt')).map(([marked = '', ...lines]) => ({
    marked,
    expect: lines.map((l) => {
      const [normalized = '', gender = ''] = l.split('|').map((x) => x.trim());
      return { normalized, gender };
    }),
  }));
}

describe('persons: fixture cases', () => {
  for (const c of readCases()) {
    it(c.marked.slice(0, 70), () => {
      const { text, spans } = unmark(c.marked);
      const found = persons(text);
      expect(found.map((e) => `${e.start}:${e.text}`)).toEqual(spans.map((s) => `${s.start}:${s.text}`));
      expect(found.map((e) => `${e.normalized} | ${e.gender ?? 'null'}`)).toEqual(
        c.expect.map((x) => `${x.normalized} | ${x.gender}`),
      );
    });
  }
});

describe('persons: negative cases', () => {
  for (const line of fixture('negative.txt')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))) {
    it(line.slice(0, 70), () => expect(persons(line).map((e) => e.text)).toEqual([]));
  }
});

describe('persons: names and their parts', () => {
  it('fills first, middle and last in the nominative, initials with their dot', () => {
    const [a, b, c] = persons('Документы передали Андрея Викторовича Григорьева, Шагиновой Л.В. и Ким Чен Ыну.');
    expect(a?.name).toEqual({ first: 'Андрей', middle: 'Викторович', last: 'Григорьев' });
    expect(b?.name).toEqual({ first: 'Л.', middle: 'В.', last: 'Шагинова' });
    expect(c?.text).toBe('Ким Чен Ыну');
  });

  it('keeps the feminine surname feminine (az would make it masculine)', () => {
    for (const form of ['Людмилы Шагиновой', 'Людмиле Шагиновой', 'Людмилой Шагиновой', 'Людмилу Шагинову']) {
      const [p] = persons(`Слово предоставили: ${form}.`);
      expect(p).toMatchObject({
        text: form,
        normalized: 'Людмила Шагинова',
        gender: 'femn',
        name: { last: 'Шагинова' },
      });
    }
  });

  it("finds the seed article's speaker", () => {
    const text = readFileSync(new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url), 'utf8');
    const doc = full.extract(text);
    const found = doc.entities.filter((e): e is PersonEntity => e.type === 'person');
    expect(found.map((e) => [e.text, e.normalized, e.gender])).toEqual([
      ['Андрей Григорьев', 'Андрей Григорьев', 'masc'],
    ]);
    expect(doc.persons).toEqual([
      {
        id: 'p1',
        normalized: 'Андрей Григорьев',
        name: { first: 'Андрей', last: 'Григорьев' },
        gender: 'masc',
        mentions: [found[0]!.id],
        references: [],
        positions: ['министр труда и занятости населения Владимирской области'],
      },
    ]);
    // the places of the seed stay places
    expect(doc.entities.filter((e) => e.type === 'region').length).toBeGreaterThan(0);
  });
});

describe('persons: one record per real person', () => {
  it('links later bare surnames, first names and initials to the fullest name', () => {
    const doc = full.extract(
      'Министр Андрей Викторович Григорьев открыл совещание. Григорьев напомнил, что А.В. Григорьев уже докладывал. ' +
        'С ним выступила Мария Григорьева; Григорьева заявила, что Андрей прав.',
      { publishedAt: PUBLISHED },
    );
    const byId = new Map(doc.entities.map((e) => [e.id, e.text]));
    expect(doc.persons.map((p) => [p.id, p.normalized, p.gender, p.mentions.map((m) => byId.get(m))])).toEqual([
      [
        'p1',
        'Андрей Викторович Григорьев',
        'masc',
        ['Андрей Викторович Григорьев', 'Григорьев', 'А.В. Григорьев', 'Андрей'],
      ],
      ['p2', 'Мария Григорьева', 'femn', ['Мария Григорьева', 'Григорьева']],
    ]);
  });

  it('joins a Latin spelling in parentheses to the person just named', () => {
    const doc = full.extract('Судья Соня Сотомайор (Sonia Sotomayor) приняла присягу. Сотомайор поблагодарила сенат.', {
      publishedAt: PUBLISHED,
    });
    expect(doc.persons).toHaveLength(1);
    expect(doc.persons[0]).toMatchObject({ normalized: 'Соня Сотомайор', gender: 'femn' });
    expect(doc.persons[0]!.mentions).toHaveLength(3);
  });

  it('marks an adjective made from a name as a mention with form "adjective", and makes no record of it', () => {
    const text = 'Лауреат Нобелевской премии Мария Иванова выступила в Мариинском театре.';
    const doc = full.extract(text, { publishedAt: PUBLISHED });
    const got = persons(text).map((e) => [e.text, e.form, e.normalized]);
    expect(got).toEqual([
      ['Нобелевской', 'adjective', 'Нобель'],
      ['Мария Иванова', 'name', 'Мария Иванова'],
      ['Мариинском', 'adjective', 'Мария'],
    ]);
    // the adjective's "Мария" is not Мария Иванова, and Нобель is no one the document is about
    expect(doc.persons.map((p) => [p.normalized, p.mentions.length])).toEqual([['Мария Иванова', 1]]);
    expect(persons(text, factru).map((e) => e.text)).toEqual(['Мария Иванова']);
  });
});

describe('persons: a name is not a place and a place is not a name', () => {
  it('keeps the town where the text puts a place, the person where it names one', () => {
    const doc = full.extract('В г. Владимир прибыл Владимир Путин. В Королёве установили памятник Сергею Королёву.', {
      publishedAt: PUBLISHED,
    });
    const got = doc.entities.filter((e) => e.type === 'city' || e.type === 'person').map((e) => `${e.type}:${e.text}`);
    expect(got).toEqual(['city:Владимир', 'person:Владимир Путин', 'city:Королёве', 'person:Сергею Королёву']);
  });

  it("takes no body's one-word name for a first name or a surname", () => {
    const text = 'Глава Минобрнауки Дмитрий Ливанов и представитель Роскомнадзора Вадим Ампелонский ответили.';
    expect(persons(text).map((e) => e.normalized)).toEqual(['Дмитрий Ливанов', 'Вадим Ампелонский']);
  });

  it('marks the person a street is named after, inside the street', () => {
    const doc = full.extract('Ремонт на улице Кирова завершён.', { publishedAt: PUBLISHED });
    expect(doc.entities.map((e) => `${e.type}:${e.text}`)).toEqual(['facility:улице Кирова', 'person:Кирова']);
  });
});

describe('persons: bad input', () => {
  const valid = (text: string): PersonEntity[] => {
    const doc = DocumentSchema.parse(personsOnly.extract(text, { publishedAt: PUBLISHED }));
    for (const e of doc.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    return doc.entities.filter((e): e is PersonEntity => e.type === 'person');
  };

  it('reads a list of names without punctuation name by name', () => {
    const found = valid('Присутствовали Андрей Григорьев Мария Иванова Сергей Петров Ольга Сидорова');
    expect(found.map((e) => e.normalized)).toEqual([
      'Андрей Григорьев',
      'Мария Иванова',
      'Сергей Петров',
      'Ольга Сидорова',
    ]);
  });

  it('takes no ALL-CAPS heading for names, and gives valid results on Latin names', () => {
    expect(valid('АНДРЕЙ ГРИГОРЬЕВ ВСТРЕТИЛСЯ С ЖИТЕЛЯМИ\nТекст новости.')).toEqual([]);
    valid('Meeting: Andrew Smith, John Doe and Mary-Jane O’Neil (Mary-Jane O’Neil) arrived.');
  });

  it('costs time linear in the number of names in one sentence', () => {
    const sentence = (n: number): string =>
      'Присутствовали ' +
      Array.from({ length: n }, (_, k) => (k % 2 ? 'Мария Иванова' : 'Андрей Григорьев Викторович')).join(' ') +
      '.';
    valid(sentence(50)); // warm-up
    const t1 = performance.now();
    const small = valid(sentence(1000));
    const d1 = performance.now() - t1;
    const t2 = performance.now();
    const big = valid(sentence(4000));
    const d2 = performance.now() - t2;
    expect(small.length).toBeGreaterThan(500);
    expect(big.length).toBeGreaterThan(2000);
    expect(d2).toBeLessThan(d1 * 10 + 200);
  });
});
