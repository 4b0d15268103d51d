import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, type OrganizationEntity } from '../src/index.js';
import { defaultOrganizationsExtractor } from '../src/extractors/organizations/index.js';
import { unmark } from './helpers/marks.js';

let orgsOnly: Extractor;
let factru: Extractor;
let full: Extractor;

beforeAll(async () => {
  orgsOnly = await createExtractor({ extractors: [defaultOrganizationsExtractor] });
  factru = await createExtractor({ extractors: [defaultOrganizationsExtractor], convention: 'factru' });
  full = await createExtractor();
});

const orgs = (text: string, ex = orgsOnly): OrganizationEntity[] =>
  ex
    .extract(text, { publishedAt: '2025-11-10' })
    .entities.filter((e): e is OrganizationEntity => e.type === 'organization');
const spans = (text: string, ex = orgsOnly): string[] => orgs(text, ex).map((e) => `${e.start}:${e.text}`);
/** The marked spans of a line and the spans found in its text. */
function marked(line: string, ex = orgsOnly): { want: string[]; got: string[] } {
  const { text, spans: marks } = unmark(line);
  return { want: marks.map((s) => `${s.start}:${s.text}`), got: spans(text, ex) };
}
const fixture = (name: string): string[] =>
  readFileSync(new URL(`../fixtures/organizations/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);

describe('organisations: marked fixture', () => {
  for (const line of fixture('positive.txt')) {
    it(line.slice(0, 60), () => {
      const { text, spans: marks } = unmark(line);
      expect(spans(text)).toEqual(marks.map((s) => `${s.start}:${s.text}`));
    });
  }
  for (const line of fixture('negative.txt')) {
    it(`none in: ${line.slice(0, 50)}`, () => expect(spans(line)).toEqual([]));
  }
});

describe('organisations: normalisation', () => {
  it('ties abbreviations and full names to one name (the seed)', () => {
    const want = 'Министерство труда и социальной защиты Российской Федерации';
    for (const t of [
      'конкурса Минтруда России',
      'организатор – Министерство труда и соцзащиты РФ',
      'приказом Министерства труда и социальной защиты Российской Федерации',
    ]) {
      expect(orgs(t).map((e) => e.normalized)).toEqual([want]);
    }
    expect(orgs('представители Государственной Думы')[0]).toMatchObject({
      text: 'Государственной Думы',
      normalized: 'Государственная Дума',
      abbr: 'Госдума',
      kind: 'legislature',
    });
  });

  it('puts bodies named by a head noun into the nominative and links the region inside', () => {
    expect(orgs('обратились в Службу занятости населения Владимирской области')[0]).toMatchObject({
      normalized: 'Служба занятости населения Владимирской области',
      region: 'Владимирская область',
    });
    expect(orgs('депутаты Законодательного собрания Владимирской области')[0]?.normalized).toBe(
      'Законодательное собрание Владимирской области',
    );
  });

  it('names the same office of another state with that state', () => {
    expect(orgs('заявление МИД Украины')[0]?.normalized).toBe('Министерство иностранных дел Украины');
    expect(orgs('заявление МИД России')[0]?.normalized).toBe('Министерство иностранных дел Российской Федерации');
  });

  it('keeps the place inside the name as a place entity (nested spans)', () => {
    const doc = full.extract('Служба занятости населения Владимирской области сообщила', { publishedAt: '2025-11-10' });
    expect(doc.entities.map((e) => `${e.type}:${e.text}`)).toEqual([
      'organization:Служба занятости населения Владимирской области',
      'region:Владимирской области',
    ]);
  });

  it('takes abbreviations the text defines wherever they come back', () => {
    const { want, got } = marked('боевики [[Исламского государства]] ([[ИГ]]) отступили; [[ИГ]] потеряло позиции');
    expect(got).toEqual(want);
  });
});

describe('organisations: conventions', () => {
  it('spans the descriptor and leaves the closing quote out under factRuEval', () => {
    const a = marked('член [[партии «Яблоко]]» и сотрудник [[компании Google]]', factru);
    expect(a.got).toEqual(a.want);
    const b = marked('член партии «[[Яблоко]]» и сотрудник компании [[Google]]');
    expect(b.got).toEqual(b.want);
  });

  it('does not count the authorities of a place as a body under factRuEval', () => {
    expect(spans('Российские власти и власти Мальты отказались', factru)).toEqual([]);
    expect(spans('Российские власти отказались')).toEqual(['0:Российские власти']);
  });

  it('takes the leadership of a body as one under factRuEval', () => {
    const a = marked('Пока же [[руководство телеканала «Дождь]]» не собирается прерывать вещание', factru);
    expect(a.got).toEqual(a.want);
  });

  it('ends a unit before its body’s closing quote under factRuEval', () => {
    const a = marked('выступил в эфире [[Русской службы «Голоса Америки]]» вчера', factru);
    expect(a.got).toEqual(a.want);
  });
});

describe('organisations: original spelling in brackets', () => {
  it('marks the Latin name in brackets after a name as the same body', () => {
    const text = 'Об этом сообщил Комитет защиты журналистов (Committee to Protect Journalists) в докладе.';
    const found = orgs(text);
    expect(found.map((e) => e.text)).toEqual(['Комитет защиты журналистов', 'Committee to Protect Journalists']);
    expect(found[1]?.normalized).toBe(found[0]?.normalized);
  });

  it('leaves brackets alone that hold no Latin name or are not closed', () => {
    expect(orgs('Комитет защиты журналистов (2004) заявил').map((e) => e.text)).toEqual(['Комитет защиты журналистов']);
    expect(orgs('Комитет защиты журналистов (в Нью-Йорке) заявил').map((e) => e.text)).toEqual([
      'Комитет защиты журналистов',
    ]);
    expect(orgs('Комитет защиты журналистов (Committee to Protect заявил').map((e) => e.text)).toEqual([
      'Комитет защиты журналистов',
    ]);
  });
});

describe('organisations: bad input', () => {
  it('bounds long chains of genitives', () => {
    const chain = 'отдела управления департамента министерства '.repeat(200);
    const found = orgs(`Сотрудник ${chain}сообщил.`);
    for (const e of found) expect(e.end - e.start).toBeLessThan(200);
  });

  it('gives exact spans for unbalanced quotes, quotes inside quotes and names in capitals', () => {
    const texts = [
      'партия «Новые люди» и ООО «Центр „Свобода“» подписали договор, а компания «Ромашка заявила',
      'МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ РОССИЙСКОЙ ФЕДЕРАЦИИ И ГОСДУМА',
      '«««« »»»» ООО « ООО » партии «'.repeat(50),
    ];
    for (const text of texts) for (const e of orgs(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(orgs(texts[0]!).map((e) => e.text)).toEqual(['Новые люди', 'Центр „Свобода“']);
    expect(orgs(texts[1]!).map((e) => e.normalized)).toContain('Государственная Дума');
  });

  it('takes linear time on a long text', () => {
    const unit =
      'Министерство труда и социальной защиты Российской Федерации и администрация города Коврова сообщили, что партия «Единая Россия» поддержала ООО «Ромашка». ';
    // the same amount of text both ways (20 texts of 20 units, one of 400), so that both timings
    // last as long and a busy machine slows them alike; one short text timed against the long one
    // fitted in a time slice while the long one waited for the CPU, and failed now and then
    const timed = (f: () => void): number => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    const small = timed(() => {
      for (let i = 0; i < 20; i++) orgs(unit.repeat(20));
    });
    const big = timed(() => orgs(unit.repeat(400)));
    expect(big, `400 units: ${big.toFixed(0)} ms; 20 x 20 units: ${small.toFixed(0)} ms`).toBeLessThan(
      Math.max(small, 100) * 4,
    );
  });
});
