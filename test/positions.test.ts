import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, defaultPositionsExtractor, type Extractor, type GosDocument } from '../src/index.js';
import { unmark } from './helpers/marks.js';

type Position = Extract<GosDocument['entities'][number], { type: 'position' }>;

let only: Extractor;
let full: Extractor;
beforeAll(async () => {
  only = await createExtractor({ extractors: [defaultPositionsExtractor] });
  full = await createExtractor();
});

const positions = (text: string, ex = only): Position[] =>
  ex.extract(text, { publishedAt: '2025-11-10' }).entities.filter((e): e is Position => e.type === 'position');
const one = (text: string): Position => {
  const [p, ...rest] = positions(text);
  expect(rest).toEqual([]);
  expect(p).toBeDefined();
  return p!;
};

function lines(name: string): string[] {
  return readFileSync(new URL(`../fixtures/positions/${name}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);
}

describe('positions: marked fixture', () => {
  for (const line of lines('cases')) {
    it(line.slice(0, 70), () => {
      const { text, spans } = unmark(line);
      expect(positions(text, full).map((e) => `${e.start}:${e.text}`)).toEqual(
        spans.map((s) => `${s.start}:${s.text}`),
      );
    });
  }
});

describe('positions: negative fixture', () => {
  for (const line of lines('negative')) {
    it(line, () => {
      expect(positions(line, full).map((e) => e.text)).toEqual([]);
    });
  }
});

describe('positions: fields', () => {
  it('gives the seed speaker his office, with the organisation and the region', () => {
    const seed = readFileSync(new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url), 'utf8');
    const p = positions(seed, full).find(
      (e) => e.normalized === 'министр труда и занятости населения Владимирской области',
    );
    expect(p).toMatchObject({
      text: 'министр труда и занятости населения Владимирской области',
      role: 'министр',
      organization: 'труда и занятости населения Владимирской области',
      region: 'Владимирская область',
      acting: false,
      former: false,
    });
    expect(seed.slice(p!.start, p!.end)).toBe(p!.text);
  });

  it('puts the office words into the nominative and leaves the tail as written', () => {
    expect(one('вручил министру труда и занятости населения Владимирской области').normalized).toBe(
      'министр труда и занятости населения Владимирской области',
    );
    expect(one('встреча с губернатором Нижегородской области').normalized).toBe('губернатор Нижегородской области');
    expect(one('назначен первым заместителем министра финансов').normalized).toBe(
      'первый заместитель министра финансов',
    );
    expect(one('интервью главного тренера «Спартака»')).toMatchObject({
      normalized: 'главный тренер «Спартака»',
      role: 'главный тренер',
      organization: '«Спартака»',
    });
  });

  it('keeps deputies and aides of an office in the role', () => {
    expect(one('заместитель председателя правительства Владимирской области')).toMatchObject({
      role: 'заместитель председателя правительства',
      organization: 'Владимирской области',
      region: 'Владимирская область',
    });
    expect(one('советника президента по вопросам культуры').role).toBe('советник президента');
  });

  it('reads the region from any name of it', () => {
    expect(one('мэра Москвы').region).toBe('Москва');
    expect(one('губернатор Подмосковья').region).toBe('Московская область');
    expect(one('глава администрации Петушинского района').region).toBeNull();
  });

  it('marks acting and former office holders', () => {
    expect(one('врио губернатора Владимирской области')).toMatchObject({
      acting: true,
      former: false,
      role: 'губернатор',
      normalized: 'врио губернатора Владимирской области',
    });
    expect(one('исполняющим обязанности главы города')).toMatchObject({
      acting: true,
      role: 'глава',
      normalized: 'исполняющий обязанности главы города',
    });
    expect(one('и.о. министра')).toMatchObject({ acting: true, role: 'министр' });
    expect(one('экс-губернатора Тульской области')).toMatchObject({
      former: true,
      role: 'губернатор',
      region: 'Тульская область',
    });
    // "бывший" stays outside the span, as NEREL marks it, but still says the office is a former one
    expect(one('бывший мэр Владимира')).toMatchObject({ text: 'мэр Владимира', former: true });
  });

  it('does not run on into the person named after the office', () => {
    expect(one('министра иностранных дел Сергея Лаврова').text).toBe('министра иностранных дел');
    expect(one('президент России Владимир Путин').text).toBe('президент России');
    expect(one('губернатора Владимирской области Александра Авдеева').text).toBe('губернатора Владимирской области');
  });

  it('does not join two offices in a list', () => {
    expect(positions('министра обороны и министра финансов').map((e) => e.text)).toEqual([
      'министра обороны',
      'министра финансов',
    ]);
  });
});

describe('positions: bad input', () => {
  it('bounds a long genitive chain and stays linear', () => {
    const chain = 'министр ' + Array.from({ length: 5000 }, () => 'развития').join(' ');
    const t = performance.now();
    const ps = positions(chain);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(ps[0]?.start).toBe(0);
    expect(ps[0]?.text.split(' ').length ?? 0).toBeLessThanOrEqual(40);
    for (const p of ps) expect(chain.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads headings in capitals and unbalanced quotes with exact spans', () => {
    for (const text of [
      'МИНИСТР ТРУДА ВЛАДИМИРСКОЙ ОБЛАСТИ ПОСЕТИЛ ЦЕНТР',
      'Главный тренер «Спартака сообщил о составе',
      'директор « » и « губернатор',
      '«««« министр »»»»',
    ]) {
      const doc = full.extract(text, { publishedAt: '2025-11-10' });
      for (const e of doc.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(one('Главный тренер «Спартака сообщил о составе').text).toBe('Главный тренер');
  });
});
