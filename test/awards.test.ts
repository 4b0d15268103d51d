import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, type GosDocument } from '../src/index.js';
import { unmark } from './helpers/marks.js';

let full: Extractor;
beforeAll(async () => {
  full = await createExtractor();
});

const extract = (text: string): GosDocument => full.extract(text, { publishedAt: '2025-11-10' });
const spans = (text: string, type: 'award' | 'event'): string[] =>
  extract(text)
    .entities.filter((e) => e.type === type)
    .map((e) => `${e.start}:${e.text}`);
const lines = (file: string): string[] =>
  readFileSync(new URL(`../fixtures/awards/${file}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);

for (const [file, type] of [
  ['awards', 'award'],
  ['events', 'event'],
] as const) {
  describe(`${type}s: marked fixture ${file}.txt`, () => {
    for (const line of lines(file)) {
      it(line.slice(0, 70), () => {
        const { text, spans: marked } = unmark(line);
        expect(spans(text, type)).toEqual(marked.map((s) => `${s.start}:${s.text}`));
      });
    }
  });
}

describe('awards and events: negative fixture', () => {
  for (const line of lines('negative')) {
    it(line.slice(0, 70), () => {
      expect([...spans(line, 'award'), ...spans(line, 'event')]).toEqual([]);
    });
  }
});

describe('awards: fields', () => {
  const award = (text: string) => extract(text).entities.find((e) => e.type === 'award');
  it('reads the place and medal of a colour', () => {
    expect(award('Область стала серебряным призёром конкурса.')).toMatchObject({
      normalized: 'серебряный призёр',
      kind: 'medal',
      place: 2,
      medal: 'silver',
    });
  });
  it('reads the degree of an order and the count of an award', () => {
    expect(award('Ему вручена медаль ордена «За заслуги перед Отечеством» II степени.')).toMatchObject({
      kind: 'order',
      degree: 2,
    });
    expect(award('Вторую серебряную награду команда получила в новой номинации.')).toMatchObject({
      count: 2,
      place: 2,
    });
  });
  it('normalises a place and a champion', () => {
    expect(award('Команда заняла первое место в конкурсе.')).toMatchObject({ kind: 'place', place: 1 });
    expect(award('Он стал пятикратным чемпионом мира.')).toMatchObject({ kind: 'champion', count: 5, place: 1 });
  });
});

describe('events: fields', () => {
  const event = (text: string) => extract(text).entities.find((e) => e.type === 'event');
  it('normalises a national project and reads its years', () => {
    expect(event('Конкурс проходит в рамках нацпроекта «Кадры».')).toMatchObject({
      normalized: 'национальный проект «Кадры»',
      kind: 'national project',
      name: 'Кадры',
      years: { start: 2025, end: 2030 },
    });
  });
  it('gives a federal project its national project', () => {
    expect(event('Средства выделены по федеральному проекту «Человек труда».')).toMatchObject({
      normalized: 'федеральный проект «Человек труда»',
      kind: 'federal project',
      parent: 'Кадры',
    });
  });
  it('reads the ordinal, level and stage of a contest', () => {
    expect(event('Он выступил на региональном этапе IV Всероссийского конкурса «Учитель года».')).toMatchObject({
      normalized: 'IV Всероссийский конкурс «Учитель года»',
      kind: 'contest',
      ordinal: 4,
      level: 'national',
      stage: 'региональный этап',
      name: 'Учитель года',
    });
  });
});

describe('award and event facts', () => {
  it('joins an award with its recipient, contest, nomination and organiser', () => {
    const doc = extract(
      'Итоги XII Всероссийского конкурса «Лучший кадровый центр» подведены. В номинации «Лучшая команда» серебро завоевал Кольчугинский филиал. Напомним, организатор – Министерство труда и социальной защиты Российской Федерации.',
    );
    expect(doc.events[0]).toMatchObject({
      kind: 'contest',
      ordinal: 12,
      nominations: ['Лучшая команда'],
      awards: ['a1'],
    });
    expect(doc.events[0]!.organizer?.text).toBe('Министерство труда и социальной защиты Российской Федерации');
    expect(doc.awards[0]).toMatchObject({ place: 2, medal: 'silver', event: 'v1', nomination: 'Лучшая команда' });
    expect(doc.awards[0]!.recipient?.text).toBe('Кольчугинский филиал');
  });
  it('links a contest to the project it runs in', () => {
    const doc = extract('Всероссийский конкурс «Семья года» проходит в рамках национального проекта «Семья».');
    expect(doc.events.map((e) => [e.normalized, e.partOf])).toEqual([
      ['Всероссийский конкурс «Семья года»', 'v2'],
      ['национальный проект «Семья»', null],
    ]);
  });
});
