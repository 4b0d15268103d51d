import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, DocumentSchema, type Extractor } from '../src/index.js';

// Whatever the text, extract() returns a valid document whose spans are exact.

let extractor: Extractor;
beforeAll(async () => {
  extractor = await createExtractor();
});

function check(text: string, publishedAt: string | null = '2025-11-10'): void {
  const doc = extractor.extract(text, { publishedAt });
  DocumentSchema.parse(doc);
  expect(doc.length).toBe(text.length);
  for (const e of doc.entities) {
    if (!(e.start < e.end) || text.slice(e.start, e.end) !== e.text) {
      throw new Error(
        `bad span ${e.id} ${e.type} [${e.start}, ${e.end}) ${JSON.stringify(e.text)} vs ${JSON.stringify(text.slice(e.start, e.end))} (rule ${e.rule})`,
      );
    }
  }
  for (const q of doc.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const o of doc.officials) expect(text.slice(o.person.start, o.person.end)).toBe(o.person.text);
}

// Words of the seed article (and a few more of the same register), so generated texts look like
// the news the rules are written for.
const WORDS = (
  'Владимирская область стала серебряным призёром конкурса Минтруда России Стали известны итоги IV ' +
  'Всероссийского профессионального мастерства в сфере занятости населения который с года проходит ' +
  'рамках федерального проекта Человек труда нацпроекта Кадры Служба Владимирской области ' +
  'призером этого престижного сразу двух номинациях Всего на федеральный этап поступило заявок из ' +
  'субъектов РФ Оргкомитет провёл всестороннюю оценку категории Лучший кадровый центр второго уровня ' +
  'серебро завоевал Кольчугинский филиал уровень трудоустройства здесь достигает что выше среднего ' +
  'показателя по региону подчеркнул министр труда и занятости Андрей Григорьев Напомним организатор ' +
  'Министерство соцзащиты Государственной Думы г. т.е. ст. А. В. Москва Нижнем Новгороде млн тыс. руб. ' +
  'рублей января февраля марта апреля мая июня июля августа сентября октября ноября декабря вчера ' +
  'сегодня в прошлом году квартале ЯНАО ХМАО-Югра Санкт-Петербург'
).split(' ');
const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

const day = fc.date({
  min: new Date(Date.UTC(1900, 0, 1)),
  max: new Date(Date.UTC(2100, 11, 31)),
  noInvalidDate: true,
});
const pad = (n: number): string => String(n).padStart(2, '0');
const dateText = fc.tuple(day, fc.integer({ min: 0, max: 5 })).map(([d, style]) => {
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  switch (style) {
    case 0:
      return `${pad(dd)}.${pad(m)}.${y}`;
    case 1:
      return `${y}-${pad(m)}-${pad(dd)}`;
    case 2:
      return `${dd} ${MONTHS[m - 1]} ${y} года`;
    case 3:
      return `${dd} ${MONTHS[m - 1]}`;
    case 4:
      return `с ${y} года`;
    default:
      return `${dd}–${dd + 1} ${MONTHS[m - 1]}`;
  }
});
const numberText = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n} ${String((n * 7) % 1000).padStart(3, '0')}`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n} %`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${n} млн рублей`),
);
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: numberText },
  { weight: 2, arbitrary: dateText },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '«',
      '»',
      '"',
      '„',
      '“',
      '–',
      '—',
      '-',
      '.',
      ',',
      ':',
      ';',
      '(',
      ')',
      '…',
      '%',
      '№',
      '?',
      '!',
    ),
  },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', ' – ', '. ', ', ', '\u00a0', '\t');
const newsText = fc
  .array(fc.tuple(piece, separator), { maxLength: 120 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const headerText = fc.tuple(day, newsText).map(([d, t]) => ` date ${d.toISOString().slice(0, 10)} ${t}`);

const RUNS = { numRuns: 200 };

describe('extract() on any text', () => {
  it('any string of code points (binary)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)),
      RUNS,
    );
  });

  it('any string of graphemes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => check(s)),
      RUNS,
    );
  });

  it('any sequence of UTF-16 code units (lone surrogates included)', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (s) => check(s)),
      RUNS,
    );
  });

  it('Russian-news-like text: seed words, numbers, percents, dates, quotes, dashes, newlines', () => {
    fc.assert(
      fc.property(newsText, (s) => check(s)),
      RUNS,
    );
  });

  it('news-like text without a publication date, and with a date header', () => {
    fc.assert(
      fc.property(newsText, (s) => check(s, null)),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(headerText, (s) => {
        check(s, null);
        expect(extractor.extract(s).publishedAtSource).toBe('header');
      }),
      { numRuns: 100 },
    );
  });

  it('letters of the seed text in random order', () => {
    const chars = [
      ...new Set(
        'Владимирская область стала серебряным призёром, 187 заявок из 66 субъектов РФ – 75%. «Работа России»\n',
      ),
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...chars), maxLength: 400 }), (s) => check(s)),
      RUNS,
    );
  });
});

describe('hostile inputs', () => {
  const slow = { timeout: 180_000 };
  it('empty and blank strings', () => {
    for (const s of ['', ' ', '\n', '\u00a0', '\ufeff', '\r\n']) check(s);
  });

  it('1 MB of one letter', slow, () => check('а'.repeat(1 << 20)));

  it('200k dots', slow, () => check('.'.repeat(200_000)));

  it('100k newlines', slow, () => check('\n'.repeat(100_000)));

  it('lone surrogates, combining marks, control characters', () => {
    check('\ud800');
    check('\udc00Владимирской\ud800 области\udfff');
    check('10\ud83d ноября 2025\ude00 года');
    check('е\u0308лка и\u0306 2025 года \u0000\u0001\u001f\u007f\u200b\u200d\u2028\u2029');
    check('🇷🇺 Россия 👍🏽 10 ноября 👨‍👩‍👧 75 %');
  });

  it('a 50k-token sentence without punctuation', slow, () => {
    const words = WORDS.filter((w) => /^\p{L}+$/u.test(w));
    const out: string[] = [];
    for (let i = 0; i < 50_000; i++) out.push(i % 97 === 0 ? String(i) : words[(i * 7919) % words.length]!);
    check(out.join(' '));
  });

  it('long runs of digits, dates and percents', slow, () => {
    check('1'.repeat(100_000));
    check('10.11.2025 '.repeat(10_000));
    check('75% '.repeat(20_000));
    check('10 ноября '.repeat(10_000));
    check('«'.repeat(50_000) + 'Работа России' + '»'.repeat(50_000));
  });
});
