import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AFTER_NUMBER_ABBREVIATIONS,
  FINAL_ABBREVIATIONS,
  NON_FINAL_ABBREVIATIONS,
  segment,
  type Segmentation,
  type TokenKind,
} from '../src/segment/index.js';

const SEED = new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url);
const NEREL_DEV = new URL('../../shared/corpora/nerel/dev.jsonl', import.meta.url);

/** `text/kind` for every token: compact enough to read a whole phrase at a glance. */
function shapes(text: string): string[] {
  return segment(text).tokens.map((t) => `${t.text}/${t.kind}`);
}

/** The token of `text` whose surface is `surface`. */
function kindOf(text: string, surface: string): TokenKind | undefined {
  return segment(text).tokens.find((t) => t.text === surface)?.kind;
}

/** Sentence texts. */
function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

/**
 * Inline-marked sentence fixture: ` | ` marks each boundary. The text is the fixture with
 * the marks replaced by a single space.
 */
function expectSentences(marked: string): void {
  const parts = marked.split(' | ');
  expect(sentences(parts.join(' '))).toEqual(parts);
}

// Characters the segmenter skips: whitespace, controls, invisible format characters.
const SKIPPED = /^[\s\p{Cc}\p{Cf}]*$/u;
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

/** Every structural promise of `Segmentation`; returns a message for the first one broken. */
function violation(seg: Segmentation): string | null {
  const { text, tokens, sentences: sents } = seg;
  let prevEnd = 0;
  for (const [k, t] of tokens.entries()) {
    if (t.index !== k) return `index ${k}`;
    if (!(t.start < t.end) || t.start < prevEnd) return `order at ${k}`;
    if (t.text !== text.slice(t.start, t.end)) return `text at ${k}`;
    // The only whitespace a token may hold is a thousands separator inside a number: "1 500".
    const bare = t.kind === 'number' ? t.text.replace(/(?<=\d)[ \u00a0\u2009\u202f](?=\d{3})/g, '') : t.text;
    if (/\s/.test(bare)) return `whitespace in token ${k}: ${JSON.stringify(t.text)}`;
    const gap = text.slice(prevEnd, t.start);
    if (!SKIPPED.test(gap)) return `uncovered ${JSON.stringify(gap)} before ${k}`;
    if (t.newlineBefore !== LINE_BREAK.test(gap)) return `newlineBefore at ${k}`;
    if (t.spaceBefore !== (/[\s\u200b]/.test(gap) || LINE_BREAK.test(gap))) return `spaceBefore at ${k}`;
    prevEnd = t.end;
  }
  if (!SKIPPED.test(text.slice(prevEnd))) return 'uncovered tail';
  let next = 0;
  for (const [s, sen] of sents.entries()) {
    if (sen.tokenStart !== next || sen.tokenEnd <= sen.tokenStart) return `sentence ${s} range`;
    const a = tokens[sen.tokenStart];
    const b = tokens[sen.tokenEnd - 1];
    if (!a || !b || sen.start !== a.start || sen.end !== b.end) return `sentence ${s} offsets`;
    for (let k = sen.tokenStart; k < sen.tokenEnd; k++) if (tokens[k]?.sentence !== s) return `token ${k} sentence`;
    next = sen.tokenEnd;
  }
  return next === tokens.length ? null : 'sentences do not cover tokens';
}

describe('tokens', () => {
  it('keeps hyphenated and apostrophised words whole', () => {
    expect(shapes("Ханты-Мансийский Нью-Йорк р-н д’Артаньян О'Нил")).toEqual([
      'Ханты-Мансийский/word',
      'Нью-Йорк/word',
      'р-н/word',
      'д’Артаньян/word',
      "О'Нил/word",
    ]);
    expect(shapes('северо‑запад юго‐восток')).toEqual(['северо‑запад/word', 'юго‐восток/word']);
    // A soft hyphen inside a word does not split it; a dash between words does.
    expect(shapes('Ханты\u00adМансийский — округ')).toEqual(['Ханты\u00adМансийский/word', '—/punct', 'округ/word']);
  });

  it('makes one mixed token of letters glued to digits', () => {
    for (const s of ['COVID-19', '123-п', '5G', 'Ту-154', '4-й', '2-х', '1990-е', 'XX-го', '152-ФЗ']) {
      expect(shapes(s)).toEqual([`${s}/other`]);
    }
  });

  it('splits numeric and Roman ranges at the hyphen', () => {
    expect(shapes('2020-2025')).toEqual(['2020/number', '-/punct', '2025/number']);
    expect(shapes('XIX-XX')).toEqual(['XIX/roman', '-/punct', 'XX/roman']);
    expect(shapes('10–15%')).toEqual(['10/number', '–/punct', '15/number', '%/symbol']);
  });

  it('groups thousands only behind a 1-3 digit head', () => {
    expect(shapes('1 500')).toEqual(['1 500/number']);
    expect(shapes('12 345 678')).toEqual(['12 345 678/number']);
    expect(shapes('1\u00a0500 и 2\u202f000')).toEqual(['1\u00a0500/number', 'и/word', '2\u202f000/number']);
    expect(shapes('в 2025 году 187 заявок')).toEqual([
      'в/word',
      '2025/number',
      'году/word',
      '187/number',
      'заявок/word',
    ]);
    expect(shapes('2025 187')).toEqual(['2025/number', '187/number']);
    expect(shapes('1 5000')).toEqual(['1/number', '5000/number']);
    // The law number keeps its suffix instead of joining the article number.
    expect(shapes('ст. 5 152-ФЗ')).toEqual(['ст/word', './punct', '5/number', '152-ФЗ/other']);
  });

  it('reads decimals, and lists of digits as lists', () => {
    expect(shapes('1,5 12.5 8,1 1 500,25')).toEqual(['1,5/number', '12.5/number', '8,1/number', '1 500,25/number']);
    expect(shapes('1,5,7')).toEqual(['1/number', ',/punct', '5/number', ',/punct', '7/number']);
    expect(shapes('п. 1.2.3')).toEqual(['п/word', './punct', '1.2.3/other']);
    expect(shapes('-5 +3')).toEqual(['-/punct', '5/number', '+/symbol', '3/number']);
  });

  it('recognises numeric dates and checks their ranges', () => {
    for (const d of ['10.11.2025', '1.11.2025', '10.11.25', '2025-11-10']) expect(shapes(d)).toEqual([`${d}/date`]);
    expect(kindOf('32.13.2025', '32.13.2025')).toBe('other');
    expect(shapes('2025-13-10')).toEqual(['2025/number', '-/punct', '13/number', '-/punct', '10/number']);
    expect(shapes('10.11.2025г.')).toEqual(['10.11.2025/date', 'г/word', './punct']);
  });

  it('reads percent, signs and Roman numerals', () => {
    expect(shapes('75%')).toEqual(['75/number', '%/symbol']);
    expect(shapes('№ 5 § 3 500 ₽ $')).toEqual([
      '№/symbol',
      '5/number',
      '§/symbol',
      '3 500/number',
      '₽/symbol',
      '$/symbol',
    ]);
    expect(shapes('IV XXI MMXXV')).toEqual(['IV/roman', 'XXI/roman', 'MMXXV/roman']);
    expect(shapes('I квартал, V съезд, ХХ век')).toEqual([
      'I/roman',
      'квартал/word',
      ',/punct',
      'V/roman',
      'съезд/word',
      ',/punct',
      'ХХ/roman',
      'век/word',
    ]);
    // Lone letters and look-alike abbreviations are words.
    expect(shapes('I am C CD')).toEqual(['I/word', 'am/word', 'C/word', 'CD/word']);
  });

  it('makes every punctuation mark its own token, except an ellipsis', () => {
    expect(shapes('«а» „б“ "в" – — ... … (г)')).toEqual([
      '«/punct',
      'а/word',
      '»/punct',
      '„/punct',
      'б/word',
      '“/punct',
      '"/punct',
      'в/word',
      '"/punct',
      '–/punct',
      '—/punct',
      '.../punct',
      '…/punct',
      '(/punct',
      'г/word',
      ')/punct',
    ]);
    expect(shapes('?!')).toEqual(['?/punct', '!/punct']);
  });

  it('keeps URLs and e-mails whole, without trailing sentence punctuation', () => {
    expect(shapes('https://www.gosuslugi.ru/path?x=1.')).toEqual(['https://www.gosuslugi.ru/path?x=1/url', './punct']);
    expect(shapes('info@mintrud.gov.ru,')).toEqual(['info@mintrud.gov.ru/email', ',/punct']);
    expect(shapes('мвд.рф gosuslugi.ru')).toEqual(['мвд.рф/url', 'gosuslugi.ru/url']);
    expect(shapes('(см. www.example.ru/path)')).toEqual([
      '(/punct',
      'см/word',
      './punct',
      'www.example.ru/path/url',
      ')/punct',
    ]);
    expect(shapes('ivan_petrov@mail.ru')).toEqual(['ivan_petrov@mail.ru/email']);
    // Abbreviations and a missing space after a dot are not domains.
    expect(shapes('т.е. г.Москва')).toEqual([
      'т/word',
      './punct',
      'е/word',
      './punct',
      'г/word',
      './punct',
      'Москва/word',
    ]);
  });

  it('reports the whitespace before each token', () => {
    const { tokens } = segment(' а б\n\nв,г');
    expect(tokens.map((t) => [t.text, t.spaceBefore, t.newlineBefore])).toEqual([
      ['а', true, false],
      ['б', true, false],
      ['в', true, true],
      [',', false, false],
      ['г', false, false],
    ]);
  });

  it('keeps emoji sequences and stray marks in one symbol', () => {
    expect(shapes('👍🏽 👨‍👩‍👧 \u0301')).toEqual(['👍🏽/symbol', '👨‍👩‍👧/symbol', '\u0301/symbol']);
  });
});

describe('sentences', () => {
  it('splits after terminal punctuation before a new sentence', () => {
    expectSentences('Первое. | Второе! | Третье? | Четвёртое?! | «Пятое.» | Шестое… | 7 человек ушли.');
    expectSentences('Он сказал: «Да!» — и ушёл. | Потом вернулся.');
    expectSentences('Идём... дальше. | (Скобки.) | Конец');
  });

  it('does not split after initials', () => {
    expectSentences('Министр А.В. Григорьев и Л. Шагинова приехали. | Всё.');
    expectSentences('Подписал Иванов И.И. в среду.');
  });

  it('does not split after non-final abbreviations', () => {
    expectSentences('Музей им. Пушкина на ул. Ленина, д. 5, т.е. в центре.');
    expectSentences('Согласно ст. 5 и п. 3, см. рис. 1, проф. Иванов т. е. прав.');
    expectSentences('Приехал в г. Москва и на м. Арбатская.');
  });

  it('splits after final abbreviations before a capital', () => {
    expectSentences('Это было в 2025 г. | Затем всё изменилось.');
    expectSentences('Это было в 2025г. | Затем всё изменилось.');
    expectSentences('В 2020-2025 гг. | Рост составил 5 тыс. руб. | Объём вырос.');
    expectSentences('Яблоки, груши и т.д. | Кроме того, в XX в. | Россия росла.');
    expectSentences('В V в. до н.э. | Затем пришли римляне.');
    expectSentences('Выделено 1,5 млн. | Средства освоены.');
    // The same abbreviations before a lower-case word are mid-sentence.
    expectSentences('В 2025 г. было так, 5 млн. рублей и т.д. и т.п.');
  });

  it('never splits inside numbers, dates and URLs', () => {
    expectSentences('Курс 12.5 и дата 10.11.2025 на сайте gosuslugi.ru. | Далее.');
  });

  it('splits on blank lines and after headlines', () => {
    expect(sentences('Первая строка,\n\nвторая')).toEqual(['Первая строка,', 'вторая']);
    expect(sentences('Семья купила дом\n\nБарак Обама\nБывший президент купил дом.')).toEqual([
      'Семья купила дом',
      'Барак Обама',
      'Бывший президент купил дом.',
    ]);
    expect(sentences('строка без точки\nпродолжается')).toEqual(['строка без точки\nпродолжается']);
    expect(sentences('Цели:\n1. Рост;\n2. Развитие\n3. Итоги')).toEqual(['Цели:\n1. Рост;\n2. Развитие', '3. Итоги']);
    expect(sentences('Раздел\r\n\r\nТекст')).toEqual(['Раздел', 'Текст']);
  });

  it('treats a list marker at a line start as part of its item', () => {
    expect(sentences('1. Общие положения\nIV. Итоги года')).toEqual(['1. Общие положения', 'IV. Итоги года']);
  });

  it('ends a `date YYYY-MM-DD` header line after the date', () => {
    expect(sentences(' date 2025-11-10 Заголовок новости\n\nТекст.')).toEqual([
      'date 2025-11-10',
      'Заголовок новости',
      'Текст.',
    ]);
  });
});

describe('abbreviation list', () => {
  it('has each abbreviation once, in lower case, without a final dot', () => {
    const all = [...NON_FINAL_ABBREVIATIONS, ...FINAL_ABBREVIATIONS, ...AFTER_NUMBER_ABBREVIATIONS];
    expect(new Set(all).size).toBe(all.length);
    for (const a of all) {
      expect(a).toBe(a.toLowerCase());
      expect(a.endsWith('.')).toBe(false);
    }
  });
});

describe('the seed article', () => {
  it.skipIf(!existsSync(SEED))('splits into the header, the title and its sentences', () => {
    const text = readFileSync(SEED, 'utf8');
    const seg = segment(text);
    expect(violation(seg)).toBeNull();
    const sents = seg.sentences.map((s) => text.slice(s.start, s.end));
    expect(sents.slice(0, 3)).toEqual([
      'date 2025-11-10',
      'Владимирская область стала серебряным призёром конкурса Минтруда России',
      'Стали известны итоги IV Всероссийского конкурса профессионального мастерства в сфере занятости населения, который с 2025 года проходит в рамках федерального проекта «Человек труда» нацпроекта «Кадры».',
    ]);
    expect(sents).toContain('Эти победы достигнуты в серьезной конкуренции.');
    expect(sents).toContain('«Наш успех подтверждает эффективность выбранного курса на развитие службы занятости.');
    expect(sents.some((s) => s.startsWith('Полученное признание') && s.endsWith('Андрей Григорьев.'))).toBe(true);
    expect(sents).toContain('Напомним, организатор – Министерство труда и соцзащиты РФ.');
    expect(sents).toHaveLength(18);
    const kinds = (surface: string) => seg.tokens.filter((t) => t.text === surface).map((t) => t.kind);
    expect(kinds('2025-11-10')).toEqual(['date']);
    expect(kinds('IV')).toEqual(['roman']);
    expect(kinds('75')).toEqual(['number']);
    expect(kinds('%')).toEqual(['symbol']);
    expect(kinds('«').every((k) => k === 'punct')).toBe(true);
    expect(kinds('–').every((k) => k === 'punct')).toBe(true);
    const quote = seg.tokens.findIndex((t) => t.text === 'Работа');
    expect(seg.tokens.slice(quote - 1, quote + 3).map((t) => `${t.text}/${t.kind}`)).toEqual([
      '«/punct',
      'Работа/word',
      'России/word',
      '»/punct',
    ]);
  });
});

describe('invariants', () => {
  it('holds on edge cases', () => {
    for (const text of [
      '',
      ' ',
      '\n\n',
      '.',
      '...',
      '\ud800',
      '\udc00a',
      'a\ud83d',
      '\u0000x\u0001',
      '\r\n\r\n',
      '\ufeffТекст',
      'a\u200bb',
      'x\u2029Y',
      '😀',
      '\u{E0001}x',
      '1 ',
      '1\u00a0',
      '1.',
      '1,',
      'http://',
      'www.',
      '@',
      'a@b',
      'т.',
      'А.',
    ]) {
      expect(violation(segment(text)), JSON.stringify(text)).toBeNull();
    }
    expect(segment('')).toEqual({ text: '', tokens: [], sentences: [] });
  });

  it.skipIf(!existsSync(NEREL_DEV))('holds on every NEREL dev text', () => {
    const lines = readFileSync(NEREL_DEV, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const doc = JSON.parse(line) as { id: string; text: string };
      expect(violation(segment(doc.text)), doc.id).toBeNull();
    }
  });

  it('holds on arbitrary strings', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: anyUnit })), (text) => {
        expect(violation(segment(text))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('holds on mixes of Russian words, numbers and punctuation', () => {
    const piece = fc.constantFrom(
      'слово',
      'Москва',
      'А',
      'В',
      'г',
      'т',
      'е',
      'им',
      'руб',
      'IV',
      'X',
      '2025',
      '1',
      '500',
      '10',
      '11',
      '-',
      '–',
      '—',
      '.',
      ',',
      '!',
      '?',
      '…',
      '«',
      '»',
      '"',
      "'",
      '(',
      ')',
      '%',
      '№',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\u00a0',
      '@',
      'ru',
      'рф',
      'www',
      'http://',
      '/',
      ':',
      '\u00ad',
      '\u200d',
      '😀',
      '\ud800',
      'й',
      '\u0301',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(violation(segment(pieces.join('')))).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('stays linear on pathological input', () => {
    const mb = 1 << 20;
    for (const text of ['.'.repeat(mb), 'а'.repeat(mb), '1'.repeat(mb), 'a.'.repeat(mb / 8), 'т.е.'.repeat(mb / 16)]) {
      const t0 = performance.now();
      segment(text);
      // Generous bound for a loaded CI machine; a quadratic scan would take minutes.
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
