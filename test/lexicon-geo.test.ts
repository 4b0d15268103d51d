import { describe, expect, it } from 'vitest';
import {
  CITIES_RU,
  COUNTRIES,
  FEDERAL_DISTRICT_ENTRIES,
  FEDERAL_DISTRICTS,
  LOCATIONS,
  LOCATION_KINDS,
  REGIONS,
  REGION_TYPES,
  WORLD_PLACES,
} from '../src/lexicon/geo/index.js';

/** Every name a rule could match (adjectives apart), with where it comes from (for readable failures). */
function allNames(): Array<[where: string, name: string]> {
  const out: Array<[string, string]> = [];
  const add = (where: string, names: readonly string[]) => {
    for (const n of names) out.push([where, n]);
  };
  for (const d of FEDERAL_DISTRICT_ENTRIES) add(`district ${d.id}`, [d.name, d.short, ...d.abbr, d.center]);
  for (const r of REGIONS) {
    add(`region ${r.id}`, [r.name, r.capital, ...r.short, ...r.aliases, ...r.weakAliases, ...r.abbr, ...r.weakAbbr]);
    if (r.capitalDeJure) add(`region ${r.id}`, [r.capitalDeJure]);
  }
  for (const c of COUNTRIES) {
    add(`country ${c.id}`, [c.name, ...(c.official ? [c.official] : []), ...c.aliases, ...c.weakAliases]);
  }
  for (const c of CITIES_RU) add(`city ${c.region}`, [c.name, ...(c.alt ?? []), ...(c.former ?? [])]);
  for (const w of WORLD_PLACES) add(`world ${w.country}`, [w.name, ...w.aliases, ...(w.former ?? [])]);
  for (const l of LOCATIONS) add(`location ${l.kind}`, [l.name, ...l.aliases]);
  return out;
}

const regionIds = new Set(REGIONS.map((r) => r.id));

describe('regions.json', () => {
  it('has the 89 federal subjects with unique ids and names', () => {
    expect(REGIONS).toHaveLength(89);
    expect(regionIds.size).toBe(89);
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(89);
    for (const r of REGIONS) expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('counts subjects by type as the Constitution does', () => {
    const by = (t: string) => REGIONS.filter((r) => r.type === t).length;
    expect(by('republic')).toBe(24);
    expect(by('krai')).toBe(9);
    expect(by('oblast')).toBe(48);
    expect(by('federal_city')).toBe(3);
    expect(by('autonomous_oblast')).toBe(1);
    expect(by('autonomous_okrug')).toBe(4);
    for (const r of REGIONS) expect(REGION_TYPES).toContain(r.type);
  });

  it('has well-formed, unique ISO 3166-2:RU codes (83) and null for the six others', () => {
    const iso = REGIONS.flatMap((r) => (r.iso ? [r.iso] : []));
    expect(iso).toHaveLength(83);
    expect(new Set(iso).size).toBe(83);
    for (const code of iso) expect(code).toMatch(/^RU-[A-Z]{2,3}$/);
    const noIso = REGIONS.filter((r) => r.iso === null)
      .map((r) => r.id)
      .sort();
    expect(noIso).toEqual(['crimea', 'dpr', 'kherson', 'lpr', 'sevastopol', 'zaporozhye']);
  });

  it('has unique ОКАТО codes: 2 digits, or 5 for okrugs inside an oblast', () => {
    const okato = REGIONS.flatMap((r) => (r.okato ? [r.okato] : []));
    expect(new Set(okato).size).toBe(okato.length);
    for (const r of REGIONS) {
      if (r.okato === null) continue;
      if (r.type === 'autonomous_okrug' && r.okato.length === 5) {
        // НАО 11100 under Архангельская (11), ХМАО 71100 and ЯНАО 71140 under Тюменская (71)
        const parent = REGIONS.find((p) => p.okato === r.okato!.slice(0, 2));
        expect(parent?.type, r.id).toBe('oblast');
      } else expect(r.okato, r.id).toMatch(/^\d{2}$/);
    }
    expect(okato).toHaveLength(85);
    const spot = Object.fromEntries(REGIONS.map((r) => [r.id, r.okato]));
    expect(spot).toMatchObject({
      vladimir: '17',
      moscow: '45',
      'saint-petersburg': '40',
      'moscow-oblast': '46',
      crimea: '35',
      sevastopol: '67',
    });
  });

  it('assigns every subject to one of the eight federal districts', () => {
    for (const r of REGIONS) expect(FEDERAL_DISTRICTS, r.id).toContain(r.federalDistrict);
    const count = (fd: string) => REGIONS.filter((r) => r.federalDistrict === fd).length;
    expect(FEDERAL_DISTRICTS.map(count)).toEqual([18, 11, 12, 7, 14, 6, 10, 11]);
    const fd = Object.fromEntries(REGIONS.map((r) => [r.id, r.federalDistrict]));
    expect(fd).toMatchObject({
      buryatia: 'Дальневосточный',
      zabaykalsky: 'Дальневосточный',
      crimea: 'Южный',
      dpr: 'Южный',
    });
  });

  it('lists the eight federal districts with their centres among the cities', () => {
    expect(FEDERAL_DISTRICT_ENTRIES.map((d) => d.short)).toEqual([...FEDERAL_DISTRICTS]);
    for (const d of FEDERAL_DISTRICT_ENTRIES) {
      expect(d.name).toBe(`${d.short} федеральный округ`);
      expect(
        CITIES_RU.some((c) => c.name === d.center),
        d.center,
      ).toBe(true);
    }
  });

  it('names each subject with its type word in the nominative', () => {
    const word: Record<string, RegExp> = {
      oblast: / область( — .+)?$/,
      krai: / край$/,
      republic: /(^Республика |Республика( — .+)?$)/,
      autonomous_okrug: / автономный округ( — .+)?$/,
      autonomous_oblast: / автономная область$/,
      federal_city: /^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)*$/,
    };
    for (const r of REGIONS) expect(r.name, r.id).toMatch(word[r.type]!);
  });

  it('keeps the usual aliases and abbreviations', () => {
    const find = (s: string) =>
      REGIONS.filter((r) => [r.name, ...r.short, ...r.aliases, ...r.abbr].includes(s)).map((r) => r.id);
    expect(find('Подмосковье')).toEqual(['moscow-oblast']);
    expect(find('Кузбасс')).toEqual(['kemerovo']);
    expect(find('Югра')).toEqual(['khanty-mansi']);
    expect(find('Якутия')).toEqual(['sakha']);
    expect(find('ХМАО')).toEqual(['khanty-mansi']);
    expect(find('ЯНАО')).toEqual(['yamalo-nenets']);
    expect(find('ЕАО')).toEqual(['jewish']);
    // ambiguous abbreviations never count as strong ones
    const strong = new Set(REGIONS.flatMap((r) => [...r.abbr, ...r.short, ...r.aliases]));
    for (const r of REGIONS) for (const w of r.weakAbbr) expect(strong.has(w), w).toBe(false);
  });

  it('uses unambiguous strong names across subjects', () => {
    const seen = new Map<string, string>();
    for (const r of REGIONS) {
      for (const n of [r.name, ...r.short, ...r.aliases, ...r.abbr]) {
        expect(seen.get(n), `${n}: ${seen.get(n)} and ${r.id}`).toBeUndefined();
        seen.set(n, r.id);
      }
    }
  });
});

describe('cities-ru.json', () => {
  it('lists every Russian town with city status with an existing region', () => {
    expect(CITIES_RU.length).toBeGreaterThan(1100);
    for (const c of CITIES_RU) expect(regionIds, `${c.name} -> ${c.region}`).toContain(c.region);
    const keys = CITIES_RU.map((c) => `${c.name}|${c.region}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of regionIds)
      expect(
        CITIES_RU.some((c) => c.region === id),
        id,
      ).toBe(true);
  });

  it('contains every regional capital in its region', () => {
    for (const r of REGIONS) {
      expect(
        CITIES_RU.some((c) => c.name === r.capital && c.region === r.id),
        `${r.capital} (${r.id})`,
      ).toBe(true);
      if (r.capitalDeJure)
        expect(
          CITIES_RU.some((c) => c.name === r.capitalDeJure && c.region === r.id),
          r.capitalDeJure,
        ).toBe(true);
    }
  });

  it('includes the large cities', () => {
    const has = (name: string, region: string) => CITIES_RU.some((c) => c.name === name && c.region === region);
    for (const [name, region] of [
      ['Тольятти', 'samara'],
      ['Набережные Челны', 'tatarstan'],
      ['Новокузнецк', 'kemerovo'],
      ['Сочи', 'krasnodar'],
      ['Магнитогорск', 'chelyabinsk'],
      ['Нижний Тагил', 'sverdlovsk'],
      ['Сургут', 'khanty-mansi'],
      ['Балашиха', 'moscow-oblast'],
      ['Норильск', 'krasnoyarsk'],
      ['Таганрог', 'rostov'],
      ['Стерлитамак', 'bashkortostan'],
      ['Череповец', 'vologda'],
    ] as const)
      expect(has(name, region), name).toBe(true);
  });

  it('marks names that are common words or surnames as ambiguous, consistently', () => {
    const amb = new Map<string, Set<boolean>>();
    for (const c of CITIES_RU) amb.set(c.name, (amb.get(c.name) ?? new Set()).add(c.ambiguous === true));
    for (const [n, flags] of amb) expect(flags.size, n).toBe(1);
    for (const n of ['Орёл', 'Мирный', 'Королёв', 'Находка', 'Пушкин', 'Шахты'])
      expect(amb.get(n)?.has(true), n).toBe(true);
  });
});

describe('countries.json', () => {
  it('covers ISO 3166-1 with unique codes and ids', () => {
    const iso2 = COUNTRIES.flatMap((c) => (c.iso2 ? [c.iso2] : []));
    expect(new Set(iso2).size).toBe(iso2.length);
    expect(iso2.length).toBeGreaterThanOrEqual(249);
    for (const c of iso2) expect(c).toMatch(/^[A-Z]{2}$/);
    for (const c of COUNTRIES) if (c.iso3) expect(c.iso3).toMatch(/^[A-Z]{3}$/);
    const ids = COUNTRIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COUNTRIES) expect(c.id).toBe(c.iso2 ?? c.id.toLowerCase());
  });

  it('normalises to the names Russian official text uses', () => {
    const byId = new Map(COUNTRIES.map((c) => [c.id, c]));
    expect(byId.get('RU')).toMatchObject({ name: 'Россия', official: 'Российская Федерация' });
    expect(byId.get('US')?.name).toBe('США');
    expect(byId.get('BY')).toMatchObject({ name: 'Белоруссия', official: 'Республика Беларусь' });
    expect(byId.get('BY')?.aliases).toContain('Беларусь');
    expect(byId.get('CN')?.aliases).toContain('КНР');
    expect(byId.get('DE')?.aliases).toContain('ФРГ');
    expect(byId.get('JP')?.adjectives).toContain('японский');
  });

  it('does not give one strong name to two countries', () => {
    const seen = new Map<string, string>();
    for (const c of COUNTRIES) {
      for (const n of [c.name, ...(c.official ? [c.official] : []), ...c.aliases]) {
        const prev = seen.get(n);
        if (prev !== undefined && prev !== c.id) expect.fail(`${n}: ${prev} and ${c.id}`);
        seen.set(n, c.id);
      }
    }
  });
});

describe('world.json and locations.json', () => {
  const countryIds = new Set(COUNTRIES.map((c) => c.id));

  it('refers to existing countries and regions', () => {
    for (const w of WORLD_PLACES) {
      expect(countryIds, w.name).toContain(w.country);
      expect(['city', 'region', 'district']).toContain(w.type);
      if (w.iso) expect(w.iso.startsWith(`${w.country}-`), w.iso).toBe(true);
      if (w.ruRegion) expect(regionIds).toContain(w.ruRegion);
    }
    const keys = WORLD_PLACES.map((w) => `${w.name}|${w.type}|${w.country}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has capitals and the subdivisions news calls regions', () => {
    const has = (name: string, type: string, country: string) =>
      WORLD_PLACES.some((w) => w.name === name && w.type === type && w.country === country);
    expect(has('Вашингтон', 'city', 'US')).toBe(true);
    expect(has('Калифорния', 'region', 'US')).toBe(true);
    expect(has('Сычуань', 'region', 'CN')).toBe(true);
    expect(has('Гонконг', 'region', 'CN')).toBe(true);
    expect(has('Киевская область', 'region', 'UA')).toBe(true);
    expect(has('Бавария', 'region', 'DE')).toBe(true);
    expect(has('Шотландия', 'region', 'GB')).toBe(true);
    expect(WORLD_PLACES.filter((w) => w.type === 'region' && w.country === 'US')).toHaveLength(51);
  });

  it('has known location kinds and no duplicates', () => {
    for (const l of LOCATIONS) expect(LOCATION_KINDS).toContain(l.kind);
    const keys = LOCATIONS.map((l) => `${l.name}|${l.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(LOCATIONS.some((l) => l.name === 'Байкал' && l.kind === 'lake')).toBe(true);
  });
});

describe('all gazetteer strings', () => {
  const names = allNames();

  it('are trimmed, single-spaced and non-empty', () => {
    const bad = names.filter(([, n]) => n.length === 0 || n !== n.trim() || /\s{2}|[\t\n]/.test(n));
    expect(bad).toEqual([]);
  });

  it('are in dictionary form (no oblique-case endings)', () => {
    // Real nominative names that happen to end like an oblique case form.
    const nominative = new Set(['Донской', 'Слободской', 'Полевской', 'Того', 'Хиого', 'Диего', 'Онего']);
    const oblique = /(ого|его|ому|ему|ыми|ими|ской|цкой)$/;
    const bad: string[] = [];
    for (const [where, n] of names) {
      const last = n.split(/[\s-]/).at(-1) ?? n;
      if (nominative.has(n) || nominative.has(last)) continue;
      if (oblique.test(last) || / (области|края|округа|республики|Республики)$/.test(n)) bad.push(`${where}: ${n}`);
    }
    expect(bad).toEqual([]);
  });

  it('write cities and adjectives as dictionary entries', () => {
    const adjectives = [
      ...REGIONS.flatMap((r) => r.adjectives),
      ...COUNTRIES.flatMap((c) => c.adjectives),
      ...CITIES_RU.flatMap((c) => c.adjectives ?? []),
      ...WORLD_PLACES.flatMap((w) => w.adjectives ?? []),
      ...LOCATIONS.flatMap((l) => l.adjectives ?? []),
    ];
    expect(adjectives.filter((a) => !/^[а-яё]+(-[а-яё]+)*(ий|ый|ой)$/.test(a))).toEqual([]);
    expect(adjectives.filter((a) => a !== a.trim() || /\s/.test(a))).toEqual([]);
    // every regional capital has its adjective ("уфимский", "нижегородский"), except where Russian has none in use
    const noAdjective = new Set(['Петропавловск-Камчатский']);
    const missing = REGIONS.filter((r) => !noAdjective.has(r.capital))
      .filter((r) => !CITIES_RU.some((c) => c.name === r.capital && c.region === r.id && c.adjectives?.length))
      .map((r) => r.capital);
    expect(missing).toEqual([]);
  });
});
