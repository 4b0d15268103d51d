import { beforeAll, describe, expect, it } from 'vitest';
import { initAzFromForTest, loadAz, loadAzSync } from '../src/morph/az.js';
import { AzMorph } from '../src/morph/az-morph.js';
import {
  MorphologyInitError,
  agree,
  createMorph,
  createMorphSync,
  type Grammeme,
  type Morph,
  type Parse,
} from '../src/morph/index.js';

let morph: Morph;

beforeAll(async () => {
  morph = await createMorph();
});

/** The best reading of `word` that has all `grams`. */
function reading(word: string, ...grams: string[]): Parse {
  const found = morph.parse(word).find((p) => grams.every((g) => p.grammemes.has(g as Grammeme)));
  if (!found) throw new Error(`no ${grams.join(',')} reading of ${word}`);
  return found;
}

const top = (word: string): Parse => morph.parse(word)[0]!;
const nomn: Grammeme[] = ['sing', 'nomn'];

describe('init', () => {
  it('gives one instance to async, concurrent and sync callers', async () => {
    const [a, b] = await Promise.all([loadAz(), loadAz()]);
    expect(a).toBe(b);
    expect(loadAzSync()).toBe(a);
    expect(a.dictPath).toMatch(/[\\/]az[\\/]dicts$/);
    expect(createMorphSync()).toBe(morph);
    expect(await createMorph()).toBe(morph);
  });

  it.each(['async', 'sync'] as const)('reports a missing dictionary folder once (%s)', async (mode) => {
    const dir = '/nonexistent/gosfacts-dicts';
    const err: unknown = await initAzFromForTest(dir, mode).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MorphologyInitError);
    expect(err).toBeInstanceOf(Error);
    expect((err as MorphologyInitError).name).toBe('MorphologyInitError');
    expect((err as MorphologyInitError).dictPath).toBe(dir);
    expect((err as Error).message).toContain(dir);
    // The shared instance is untouched.
    expect(top('области').lemma).toBe('область');
  });
});

describe('parse', () => {
  it('reads Владимирской as feminine singular genitive first', () => {
    const p = top('Владимирской');
    expect(p).toMatchObject({ lemma: 'владимирский', pos: 'ADJF', gender: 'femn', number: 'sing', case: 'gent' });
    expect(p.grammemes.has('femn') && p.grammemes.has('sing') && p.grammemes.has('gent')).toBe(true);
    expect(morph.parse('Владимирской').map((r) => r.case)).toEqual(['gent', 'datv', 'ablt', 'loct']);
  });

  it('spells lemmas with е for ё, whatever the input', () => {
    expect(morph.lemmas('призёром')).toEqual(['призер']);
    expect(morph.lemmas('призером')).toEqual(['призер']);
    expect(morph.parse('ПРИЗЁРОМ')).toBe(morph.parse('призером'));
  });

  it('parses Title and lower case alike and caches per form', () => {
    const a = morph.parse('Области');
    expect(morph.parse('области')).toBe(a);
    expect(morph.parse('Области')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(morph.lemmas('области')).toBe(morph.lemmas('Области'));
  });

  it('keeps proper-name readings for lower-case input', () => {
    expect(morph.parse('григорьева').some((p) => p.grammemes.has('Surn'))).toBe(true);
  });

  it('knows agencies and abbreviations', () => {
    expect(top('Минтруда')).toMatchObject({ lemma: 'минтруд', case: 'gent' });
    expect(top('Минтруда').grammemes.has('Orgn')).toBe(true);
    expect(top('МВД').grammemes.has('Abbr')).toBe(true);
    expect(top('МВД').grammemes.has('Orgn')).toBe(true);
    expect(top('РФ')).toMatchObject({ lemma: 'рф', pos: 'NOUN' });
    expect(top('РФ').grammemes.has('Geox')).toBe(true);
  });

  it('puts abbreviation readings first for short ALL-CAPS words only', () => {
    expect(top('ЯНАО')).toMatchObject({ lemma: 'янао', pos: 'NOUN' });
    expect(top('ЯНАО').grammemes.has('Abbr')).toBe(true);
    expect(morph.parse('янао')).not.toBe(morph.parse('ЯНАО'));
    expect(morph.parse('янао').some((p) => p.grammemes.has('Abbr') && !p.grammemes.has('Geox'))).toBe(false);
    // An ALL-CAPS ordinary word reads as the word.
    expect(top('ВЫБОРЫ').lemma).toBe('выбор');
  });

  it('keeps initial readings for a capital letter, not for the preposition', () => {
    expect(top('В').pos).toBe('PREP');
    expect(morph.parse('В').some((p) => p.grammemes.has('Init'))).toBe(true);
    expect(morph.parse('в').some((p) => p.grammemes.has('Init'))).toBe(false);
  });

  it('reads numerals and patronymics', () => {
    expect(top('двух')).toMatchObject({ lemma: 'два', pos: 'NUMR', case: 'gent' });
    expect(morph.lemmas('Андреевича')).toEqual(['андреевич']);
    expect(morph.lemmas('Андреевны')).toEqual(['андреевна']);
    expect(morph.lemmas('Шагиновой')[0]).toBe('шагинов');
  });

  it('normalises case names and keeps the original grammeme', () => {
    const p = top('чаю');
    expect(p).toMatchObject({ lemma: 'чай', case: 'gent' });
    expect(p.grammemes.has('gen2') && p.grammemes.has('gent')).toBe(true);
    expect(reading('лесу', 'loc2').case).toBe('loct');
  });

  it('marks common gender', () => {
    const judge = top('судья');
    expect(judge.gender).toBe('ms-f');
    expect(judge.grammemes.has('Ms-f') && judge.grammemes.has('ms-f')).toBe(true);
  });

  it('reads hyphenated words', () => {
    expect(morph.lemmas('Ханты-Мансийского')).toEqual(['ханты-мансийский']);
    expect(top('Северо-Западный').lemma).toBe('северо-западный');
    expect(top('Ростова-на-Дону').lemma).toBe('ростов-на-дону');
    expect(top('Кызыл-Мажалыкского')).toMatchObject({ lemma: 'кызыл-мажалыкский', pos: 'ADJF', case: 'gent' });
    expect(top('компании-производителя').lemma).toBe('компания-производитель');
    expect(top('вице‑губернатора').lemma).toBe('вице-губернатор'); // U+2011 hyphen
    expect(top('Союза-2')).toMatchObject({ lemma: 'союз-2', pos: 'NOUN', case: 'gent' });
    expect(top('ЕГЭ-2013')).toMatchObject({ lemma: 'егэ-2013', pos: 'NOUN' });
    expect(top('Ту-154').lemma).toBe('ту-154');
  });

  it('expands dictionary abbreviations in lemmas', () => {
    expect(morph.lemmas('млн')).toContain('миллион');
    expect(morph.lemmas('руб')).toContain('рубль');
  });

  it('gives unknown words a reading', () => {
    const pupkin = morph.parse('Пупкинзон');
    expect(pupkin.length).toBeGreaterThan(0);
    expect(pupkin[0]!.lemma).toBe('пупкинзон');
    expect(morph.parse('日本語')).toEqual([expect.objectContaining({ lemma: '日本語', pos: 'UNKN' })]);
    expect(morph.parse('')).toHaveLength(1);
  });

  it('tells dictionary readings from guesses', () => {
    expect(
      morph
        .parse('Путине')
        .filter((p) => p.known)
        .map((p) => p.lemma),
    ).toContain('путин');
    expect(morph.parse('области').every((p) => p.known)).toBe(true);
    // az reads an unknown town as a place, a first name or a common noun, all guessed
    const guessed = morph.parse('Гарленде');
    expect(guessed.length).toBeGreaterThan(1);
    expect(guessed.some((p) => p.known)).toBe(false);
    expect(morph.parse('COVID-19')[0]!.known).toBe(false);
  });

  it('reads numbers, punctuation and Latin without az', () => {
    expect(morph.parse('2025')).toEqual([expect.objectContaining({ lemma: '2025', pos: 'NUMB' })]);
    expect(top('2025').grammemes.has('intg')).toBe(true);
    expect(top('3,5').grammemes.has('real')).toBe(true);
    expect(top('10.11.2025').pos).toBe('NUMB');
    expect(top('2025-го').pos).toBe('NUMB');
    expect(top(',').pos).toBe('PNCT');
    expect(top('«').pos).toBe('PNCT');
    expect(top('—').pos).toBe('PNCT');
    expect(top('XXI').pos).toBe('ROMN');
    expect(top('xxi').pos).toBe('LATN');
    expect(top('COVID-19')).toMatchObject({ lemma: 'covid-19', pos: 'LATN' });
    expect(morph.parse('2025')).toBe(morph.parse('2025'));
  });

  it('sorts best first and drops duplicates', () => {
    for (const word of ['стали', 'Андреевича', 'ЯНАО', 'компании-производителя', 'Пупкинзон']) {
      const rs = morph.parse(word);
      const ids = rs.map((r) => `${r.lemma} ${[...r.grammemes].join(',')}`);
      expect(new Set(ids).size).toBe(ids.length);
      if (word !== 'ЯНАО') {
        expect(rs.map((r) => r.score)).toEqual([...rs.map((r) => r.score)].sort((a, b) => b - a));
      }
    }
  });

  it('keeps the cache bounded, and old readings usable', async () => {
    const small = new AzMorph(await loadAz(), { cacheLimit: 4 });
    const kept = small.parse('Шагиновой').find((p) => p.grammemes.has('Surn'))!;
    for (const w of ['области', 'округа', 'края', 'района', 'города', 'села']) small.parse(w);
    expect(small.cacheSize).toBeLessThanOrEqual(4);
    expect(small.parse('Шагиновой')).not.toContain(kept);
    expect(small.inflect('Шагиновой', kept, nomn)).toBe('Шагинова');
    expect(small.parse('области')[0]!.lemma).toBe('область');
  });

  it('serialises readings readably', () => {
    expect(JSON.parse(JSON.stringify(top('двух')))).toMatchObject({
      lemma: 'два',
      grammemes: ['NUMR', 'masc', 'gent'],
    });
  });

  it('lists distinct lemmas best first', () => {
    expect(morph.lemmas('стали')).toEqual(expect.arrayContaining(['стать', 'сталь']));
    expect(new Set(morph.lemmas('стали')).size).toBe(morph.lemmas('стали').length);
  });
});

describe('inflect', () => {
  it.each([
    ['Шагиновой', ['Surn', 'femn'], 'Шагинова'],
    ['Андреевича', ['Patr'], 'Андреевич'],
    ['Андреевны', ['Patr'], 'Андреевна'],
    ['Владимирской', ['ADJF', 'femn'], 'Владимирская'],
    ['области', ['NOUN'], 'область'],
    ['Нижнем', ['ADJF'], 'Нижний'],
    ['Новгороде', ['NOUN'], 'Новгород'],
    ['Григорьева', ['Surn', 'masc', 'gent'], 'Григорьев'],
    ['Григорьевой', ['Surn', 'femn'], 'Григорьева'],
    ['Ханты-Мансийского', ['ADJF', 'masc'], 'Ханты-Мансийский'],
    ['Ростова-на-Дону', ['Geox'], 'Ростов-на-Дону'],
    ['компании-производителя', ['NOUN'], 'компания-производитель'],
    ['ВЛАДИМИРСКОЙ', ['ADJF'], 'ВЛАДИМИРСКАЯ'],
    ['призером', ['NOUN'], 'призер'],
    ['призёром', ['NOUN'], 'призёр'],
    ['Кызыл-Мажалыкского', ['ADJF', 'masc'], 'Кызыл-Мажалыкский'],
    ['Союза-2', ['NOUN'], 'Союз-2'],
  ])('%s (%j) -> %s', (word, grams, expected) => {
    expect(morph.inflect(word, reading(word, ...grams), nomn)).toBe(expected);
  });

  it('puts words into other forms', () => {
    expect(morph.inflect('Андреевны', reading('Андреевны', 'gent'), ['sing', 'datv'])).toBe('Андреевне');
    expect(morph.inflect('губернатора', top('губернатора'), ['plur', 'nomn'])).toBe('губернаторы');
    expect(morph.inflect('Шагиновой', reading('Шагиновой', 'Surn'), ['plur', 'nomn'])).toBe('Шагиновы');
    expect(morph.inflect('Ханты-Мансийского', top('Ханты-Мансийского'), ['femn', 'sing', 'datv'])).toBe(
      'Ханты-Мансийской',
    );
    expect(morph.inflect('ЯНАО', top('ЯНАО'), nomn)).toBe('ЯНАО');
    expect(morph.inflect('2025', top('2025'), nomn)).toBe('2025');
  });

  it('keeps the part of speech', () => {
    // чаю is also a verb form; its reading must not turn into a participle.
    expect(morph.inflect('чаю', reading('чаю', 'VERB'), ['masc', 'sing', 'nomn'])).toBeNull();
  });

  it('returns null for a form that does not exist', () => {
    expect(morph.inflect('молока', reading('молока', 'Sgtm'), ['plur', 'nomn'])).toBeNull();
  });

  it('accepts an equal Parse that it did not make', () => {
    const p = reading('Шагиновой', 'Surn');
    const copy: Parse = { ...p, grammemes: new Set(p.grammemes) };
    expect(morph.inflect('Шагиновой', copy, nomn)).toBe('Шагинова');
    const stranger: Parse = { ...p, lemma: 'другая' };
    expect(morph.inflect('Шагиновой', stranger, nomn)).toBeNull();
  });
});

describe('agree', () => {
  const all = { gender: true, number: true, case: true };

  it('agrees adjective and noun in gender, number and case', () => {
    const region = reading('области', 'sing', 'gent');
    expect(morph.agree(top('Владимирской'), region, all)).toBe(true);
    expect(agree(top('Владимирской'), region, all)).toBe(true);
    // The top reading of области is locative: agreement is per reading pair.
    expect(morph.agree(top('Владимирской'), top('области'), all)).toBe(false);
  });

  it('rejects a gender mismatch', () => {
    const okrug = reading('округа', 'gent', 'sing');
    expect(morph.agree(top('Владимирской'), okrug, { gender: true })).toBe(false);
    expect(morph.agree(top('Владимирской'), okrug, { number: true, case: true })).toBe(true);
  });

  it('ignores gender in the plural', () => {
    const adj = reading('Владимирские', 'plur', 'nomn');
    const noun = reading('области', 'plur', 'nomn');
    expect(adj.gender).toBeNull();
    expect(morph.agree(adj, noun, all)).toBe(true);
    expect(morph.agree(adj, reading('округа', 'plur', 'nomn'), all)).toBe(true);
    expect(morph.agree(adj, top('Владимирской'), { number: true })).toBe(false);
  });

  it('lets common gender agree with masculine and feminine', () => {
    const judge = top('судья');
    expect(morph.agree(reading('уважаемый', 'masc', 'nomn'), judge, all)).toBe(true);
    expect(morph.agree(reading('уважаемая', 'femn', 'nomn'), judge, all)).toBe(true);
    expect(morph.agree(reading('уважаемое', 'neut', 'nomn'), judge, { gender: true })).toBe(false);
  });

  it('lets indeclinable words agree in any case', () => {
    const bank = reading('ВТБ', 'Fixd');
    expect(morph.agree(reading('крупнейшего', 'gent', 'masc'), bank, { case: true })).toBe(true);
  });

  it('asks nothing when nothing is asked', () => {
    expect(morph.agree(top('Владимирской'), top('округа'), {})).toBe(true);
  });
});

describe('paradigms headed by an abbreviation', () => {
  it('names the full word, not the abbreviation (месяц, not мес)', async () => {
    const morph = await createMorph();
    expect(morph.lemmas('месяцев')).toContain('месяц');
    expect(morph.lemmas('месяц')).not.toContain('мес');
  });
});
