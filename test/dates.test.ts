import { describe, expect, it } from 'vitest';
import { DocContext } from '../src/engine/context.js';
import { createExtractorSync } from '../src/extractor.js';
import { defaultDatesExtractor } from '../src/extractors/dates/index.js';
import {
  AMOUNT_NOUNS,
  DECADE_WORDS,
  MONTHS,
  MONTH_ADJECTIVES,
  NUMBER_WORDS,
  RELATIVE_ADJECTIVES,
  RELATIVE_DAYS,
  SEASONS,
  UNIT_NOUNS,
  WEEKDAYS,
} from '../src/lexicon/calendar.js';
import { DateEntitySchema, type DateEntity, type DateValue } from '../src/result/schema.js';
import { segment } from '../src/segment/index.js';
import { unmark } from './helpers/marks.js';
import { testMorph } from './helpers/morph.js';

const morph = testMorph();
const extractor = defaultDatesExtractor({ morph, segment });
/** 10 November 2025, a Monday. */
const PUB = '2025-11-10';

type Found = Omit<DateEntity, 'id' | 'sentence'>;
function dates(text: string, publishedAt: string | null = PUB): Found[] {
  const doc = new DocContext(segment(text), morph);
  return extractor.extract({ doc, publishedAt, header: null }) as Found[];
}
const only = (text: string, publishedAt: string | null = PUB): Found => {
  const found = dates(text, publishedAt);
  expect(found, `one date in "${text}"`).toHaveLength(1);
  return found[0]!;
};
const spans = (text: string) => dates(text).map(({ start, end, text: t }) => ({ start, end, text: t }));

/** A value with everything empty, to spell out only what a case sets. */
const base: DateValue = {
  granularity: 'day',
  start: null,
  end: null,
  role: 'point',
  stated: {},
  implied: {},
  to: null,
  relative: false,
  duration: null,
  modifier: null,
};

describe('dates: spans (inline-marked fixtures)', () => {
  const positive = [
    'Конкурс [[с 2025 года]] проходит в рамках федерального проекта «Человек труда».',
    'Итоги подведут [[10 ноября 2025 года]] в Москве.',
    'Приказ [[от 10.11.2025]] опубликован на портале.',
    'Дата в карточке: [[2025-11-10]].',
    'Заявки принимаются [[до 31 декабря]].',
    'Фестиваль пройдёт [[с 1 по 5 июля]] во Владимире.',
    'Сборы намечены на [[1–5 июля 2025 г]]. в Суздале.',
    'Программа рассчитана [[на 2024–2025 годы]].',
    '[[В ноябре 2025 г]]. открылся новый центр.',
    'Работы завершат [[в IV квартале 2025 года]].',
    '[[За первое полугодие]] обратились 3 тыс. человек.',
    'Усадьба построена [[в XIX веке]].',
    '[[В начале года]] стартовал набор.',
    '[[Вчера]] губернатор провёл совещание.',
    '[[На прошлой неделе]] комиссия проверила школы.',
    '[[В понедельник]] в районе открыли школу.',
    '[[В прошлом году]] программа охватила 12 районов.',
    'Рост продолжился [[в 90-х годах]].',
    'Срок контракта — [[два года]].',
    'Нарушителю грозит [[не более трёх лет]] лишения свободы.',
    '[[За последние 200 лет]] такого не случалось.',
    'Площадку откроют [[через две недели]].',
    'Ремонт начался [[осенью прошлого года]].',
    'Больница построена [[три года назад]].',
    'Дорогу строили [[с 2013 по 2017 год]].',
    'Мероприятие прошло [[в среду, 15 ноября 2017 года]].',
    'Ярмарка проводится [[ежегодно]].',
    'У неё [[23-летний]] стаж работы.',
    'Приём идёт [[в течение 2025 года]].',
    'Заседание назначено [[на пятницу]].',
  ];
  it.each(positive)('%s', (marked) => {
    const { text, spans: want } = unmark(marked);
    expect(spans(text)).toEqual(want);
  });

  const negative = [
    'Всего на федеральный этап конкурса поступило 2025 заявок из 66 субъектов РФ.',
    'Об этом говорится в 187 заявках участников.',
    'Справки по телефону +7 (4922) 33-15-20 или 8-800-2000-600.',
    'Нарушение предусмотрено ст. 12 закона, ч. 2 ст. 285 УК РФ.',
    'Ему было 45 лет, когда он возглавил службу.',
    'Скончался в возрасте 93 лет.',
    'В среде специалистов это обсуждают давно.',
    'Более 2000 человек пришли на площадь.',
    'Он стал первым в истории региона.',
    '42-летний Азамат Сагитов назначен министром.',
    'Подробности — в третьем подъезде от центра.',
  ];
  it.each(negative)('no date in: %s', (text) => {
    expect(dates(text).map((d) => d.text)).toEqual([]);
  });
});

describe('dates: values with publishedAt 2025-11-10 (a Monday)', () => {
  const cases: [string, Partial<DateValue>, string][] = [
    [
      '10 ноября 2025 года',
      { start: '2025-11-10', end: '2025-11-10', stated: { year: 2025, month: 11, day: 10 } },
      '2025-11-10',
    ],
    [
      '10 августа',
      { start: '2025-08-10', end: '2025-08-10', stated: { month: 8, day: 10 }, implied: { year: 2025 } },
      '2025-08-10',
    ],
    [
      'в ноябре 2025 г',
      { granularity: 'month', start: '2025-11-01', end: '2025-11-30', stated: { year: 2025, month: 11 } },
      '2025-11',
    ],
    ['в 2025 году', { granularity: 'year', start: '2025-01-01', end: '2025-12-31', stated: { year: 2025 } }, '2025'],
    [
      'с 2025 года',
      { granularity: 'year', start: '2025-01-01', end: null, role: 'since', stated: { year: 2025 } },
      '2025',
    ],
    [
      'до 31 декабря',
      { start: null, end: '2025-12-31', role: 'until', stated: { month: 12, day: 31 }, implied: { year: 2025 } },
      '2025-12-31',
    ],
    [
      '2024–2025 годы',
      {
        granularity: 'year',
        start: '2024-01-01',
        end: '2025-12-31',
        role: 'range',
        stated: { year: 2024 },
        to: { stated: { year: 2025 }, implied: {} },
      },
      '2024/2025',
    ],
    [
      'с 1 по 5 июля',
      {
        start: '2025-07-01',
        end: '2025-07-05',
        role: 'range',
        stated: { month: 7, day: 1 },
        implied: { year: 2025 },
        to: { stated: { month: 7, day: 5 }, implied: { year: 2025 } },
      },
      '2025-07-01/2025-07-05',
    ],
    [
      'IV квартал 2025 года',
      { granularity: 'quarter', start: '2025-10-01', end: '2025-12-31', stated: { year: 2025, quarter: 4 } },
      '2025-Q4',
    ],
    [
      'первое полугодие',
      { granularity: 'half', start: '2025-01-01', end: '2025-06-30', stated: { half: 1 }, implied: { year: 2025 } },
      '2025-H1',
    ],
    ['XX век', { granularity: 'century', start: '1900-01-01', end: '1999-12-31', stated: { century: 20 } }, '19XX'],
    ['1980-е', { granularity: 'decade', start: '1980-01-01', end: '1989-12-31', stated: { decade: 1980 } }, '198X'],
    [
      'в начале года',
      {
        granularity: 'year',
        start: '2025-01-01',
        end: '2025-12-31',
        implied: { year: 2025 },
        relative: true,
        modifier: 'early',
      },
      '2025',
    ],
    [
      'вчера',
      { start: '2025-11-09', end: '2025-11-09', implied: { year: 2025, month: 11, day: 9 }, relative: true },
      '2025-11-09',
    ],
    [
      'сегодня',
      { start: '2025-11-10', end: '2025-11-10', implied: { year: 2025, month: 11, day: 10 }, relative: true },
      '2025-11-10',
    ],
    [
      'в прошлом году',
      { granularity: 'year', start: '2024-01-01', end: '2024-12-31', implied: { year: 2024 }, relative: true },
      '2024',
    ],
    [
      'на прошлой неделе',
      {
        granularity: 'week',
        start: '2025-11-03',
        end: '2025-11-09',
        implied: { year: 2025, month: 11, day: 3 },
        relative: true,
      },
      '2025-W45',
    ],
    [
      'в этом месяце',
      {
        granularity: 'month',
        start: '2025-11-01',
        end: '2025-11-30',
        implied: { year: 2025, month: 11 },
        relative: true,
      },
      '2025-11',
    ],
    [
      'осенью прошлого года',
      {
        granularity: 'season',
        start: '2024-09-01',
        end: '2024-11-30',
        stated: { season: 'autumn' },
        implied: { year: 2024 },
        relative: true,
      },
      '2024-FA',
    ],
    [
      'три года назад',
      { granularity: 'year', start: '2022-01-01', end: '2022-12-31', implied: { year: 2022 }, relative: true },
      '2022',
    ],
    ['два года', { granularity: 'year', role: 'duration', duration: 'P2Y' }, 'P2Y'],
    ['не более трёх лет', { granularity: 'year', role: 'duration', duration: 'P3Y', modifier: 'atMost' }, 'P3Y'],
    ['полгода', { granularity: 'month', role: 'duration', duration: 'P6M' }, 'P6M'],
    ['несколько лет', { granularity: 'year', role: 'duration', duration: 'PXY' }, 'PXY'],
    ['от 5 до 10 лет', { granularity: 'year', role: 'duration', duration: 'P5Y/P10Y' }, 'P5Y/P10Y'],
    ['3 года и 8 месяцев', { granularity: 'year', role: 'duration', duration: 'P3Y8M' }, 'P3Y8M'],
    [
      'за последние 200 лет',
      {
        granularity: 'year',
        role: 'duration',
        duration: 'P200Y',
        start: '1825-11-10',
        end: '2025-11-10',
        relative: true,
      },
      'P200Y',
    ],
    ['ежегодно', { granularity: 'year', role: 'duration', duration: 'P1Y', modifier: 'every' }, 'P1Y'],
  ];
  it.each(cases)('%s', (phrase, value, normalized) => {
    const d = only(phrase);
    expect(d.text).toBe(phrase);
    expect(d.value).toEqual({ ...base, ...value });
    expect(d.normalized).toBe(normalized);
    expect(() => DateEntitySchema.parse({ ...d, id: 'e1', sentence: 0 })).not.toThrow();
  });

  it('reads a bare day of the week as the last one in the past tense and the next one otherwise', () => {
    expect(only('В понедельник губернатор открыл школу.').value.start).toBe('2025-11-10');
    expect(only('В пятницу губернатор открыл школу.').value.start).toBe('2025-11-07');
    expect(only('В пятницу губернатор откроет школу.').value.start).toBe('2025-11-14');
    expect(only('В прошлый четверг прошёл форум.').value.start).toBe('2025-11-06');
  });

  it('keeps a weekday written before a full date as stated, the date deciding the day', () => {
    const d = only('Мероприятие прошло в среду, 15 ноября 2017 года.');
    expect(d.value.stated).toEqual({ year: 2017, month: 11, day: 15, weekday: 3 });
    expect(d.value.start).toBe('2017-11-15');
  });

  it('resolves "с декабря по март" across the new year', () => {
    const d = only('Отопительный сезон длится с декабря по март 2026 года.');
    expect([d.value.start, d.value.end, d.normalized]).toEqual(['2025-12-01', '2026-03-31', '2025-12/2026-03']);
  });
});

describe('dates: no publishedAt', () => {
  it('leaves implied fields unknown instead of reading the clock', () => {
    const day = only('Итоги подведут 10 августа.', null);
    expect(day.value).toEqual({ ...base, stated: { month: 8, day: 10 } });
    expect(day.normalized).toBe('XXXX-08-10');
    const rel = only('Вчера прошло заседание.', null);
    expect(rel.value).toEqual({ ...base, relative: true });
    expect(rel.normalized).toBe('XXXX-XX-XX');
    const wd = only('В пятницу прошло заседание.', null);
    expect(wd.value).toEqual({ ...base, stated: { weekday: 5 }, relative: true });
    const year = only('В прошлом году прошло заседание.', null);
    expect(year.value).toEqual({ ...base, granularity: 'year', relative: true });
  });

  it('still gives what the text states', () => {
    expect(only('с 2025 года', null).value).toEqual({
      ...base,
      granularity: 'year',
      start: '2025-01-01',
      role: 'since',
      stated: { year: 2025 },
    });
  });
});

describe('dates: in the pipeline', () => {
  const full = createExtractorSync({ extractors: [defaultDatesExtractor] });
  it('takes publishedAt from the header and marks the header date as published', () => {
    const doc = full.extract(
      ' date 2025-11-10 Конкурс\n\nКонкурс, который с 2025 года проходит в рамках нацпроекта, завершился вчера.',
    );
    expect(doc.publishedAt).toBe('2025-11-10');
    expect(doc.dates.map((d) => [d.text, d.value.role, d.normalized])).toEqual([
      ['2025-11-10', 'published', '2025-11-10'],
      ['с 2025 года', 'since', '2025'],
      ['вчера', 'point', '2025-11-09'],
    ]);
  });
});

describe('calendar lexicon', () => {
  // entries are dictionary forms: the morphology must give each back as its own lemma
  const words = [
    ...MONTHS,
    ...WEEKDAYS,
    ...MONTH_ADJECTIVES,
    ...Object.keys(SEASONS),
    ...Object.keys(UNIT_NOUNS),
    ...Object.keys(AMOUNT_NOUNS),
    ...Object.keys(RELATIVE_DAYS),
    ...Object.keys(RELATIVE_ADJECTIVES),
    ...Object.keys(NUMBER_WORDS),
    ...Object.keys(DECADE_WORDS),
  ];
  it.each(words)('%s is its own lemma', (w) => {
    expect(morph.lemmas(w)).toContain(w);
  });
});
