import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../src/index.js';
import type { GosDocument } from '../src/result/schema.js';
import { officialPair, officialsOverMarks } from './helpers/entities.js';

// Offices across sentences (src/facts/official-anaphora.ts), over hand-marked entities: what is
// paired depends on the words around the office and the names before it, not on the extractors.
let read: (marked: string) => GosDocument;
let full: Extractor;
beforeAll(async () => {
  read = await officialsOverMarks();
  full = await createExtractor();
});

const officials = (text: string): [string, string][] => read(text).officials.map(officialPair);

const BIO =
  '[[p:Булавин]] родился в 1953 году в Липецкой области. В 1975 году [[p:Булавин]] окончил институт. ' +
  'Затем учился в Москве. Службу проходил в Нижегородской области. ';

describe('offices across sentences', () => {
  it('gives the office a biography predicates of its left-out subject to the person it is about', () => {
    expect(officials(`${BIO}С 1977 года работал [[o:инженером]].`)).toEqual([['инженером', 'Булавин']]);
    expect(officials(`${BIO}С 2001 года — [[o:председатель совета]].`)).toEqual([['председатель совета', 'Булавин']]);
    expect(officials(`${BIO}В 2006 году он был назначен [[o:замдиректора ФСБ]].`)).toEqual([
      ['замдиректора ФСБ', 'Булавин'],
    ]);
    expect(officials(`${BIO}Сейчас он — [[o:профессор]] университета.`)).toEqual([['профессор', 'Булавин']]);
    expect(officials(`${BIO}Его отец — [[o:профессор]] университета.`)).toEqual([]);
  });

  it('looks that far back only for a predicate, and not past a subject of its own', () => {
    expect(officials(`${BIO}[[o:Инженер]] рассказал об этом.`)).toEqual([]);
    expect(officials(`${BIO}Его отец был [[o:инженером]].`)).toEqual([]);
    // an infinitive or a participle has a subject other than the sentence's
    expect(officials(`${BIO}Стать [[o:инженером]] мечтал каждый.`)).toEqual([]);
    expect(officials(`${BIO}Завод, ставший [[o:спонсором]] клуба, закрылся.`)).toEqual([]);
  });

  it("takes the verb's gender for the person's", () => {
    const bio = (verb: string): [string, string][] =>
      full
        .extract(
          `Владимир Булавин родился в 1953 году. В 1975 году Булавин окончил институт. Затем учился в Москве. С 1977 года ${verb} инженером.`,
        )
        .officials.map((o) => [o.position?.text ?? '', o.person.text]);
    expect(bio('работал')).toEqual([['инженером', 'Булавин']]);
    expect(bio('работала')).toEqual([]);
  });

  it('gives a bare office to the person the text names most, named in the sentence before', () => {
    const main = '[[p:Сидоров]] прилетел в Москву. [[p:Сидоров]] выступил в Думе. ';
    // the last name is someone else's, the text is about Сидоров
    expect(officials(`${main}В зале [[p:Сидоров]] встретил [[p:Ивана Петрова]]. Позже [[o:министр]] ответил.`)).toEqual(
      [['министр', 'Сидоров']],
    );
    // the main person was last named three sentences back: the office may be anyone's
    const other = '[[p:Петров]] остался. [[p:Петров]] молчал. ';
    expect(officials(`${main}[[p:Сидоров]] уехал. ${other}Позже [[o:министр]] ответил.`)).toEqual([]);
    // an office with an organisation of its own is no bare reference
    expect(officials(`${main}Позже [[o:министр финансов]] ответил.`)).toEqual([]);
    // "бывший" is an attribute, not a verb that makes the office a predicate reaching back
    expect(officials(`${BIO}Бывший [[o:инженер]] рассказал об этом.`)).toEqual([]);
  });

  it('gives the offices listed after a predicate in its case to the same person', () => {
    expect(officials(`${BIO}С 1977 года работал [[o:инженером]], [[o:мастером]].`)).toEqual([
      ['инженером', 'Булавин'],
      ['мастером', 'Булавин'],
    ]);
    expect(officials(`${BIO}С 1977 года работал [[o:инженером]], [[o:директор]] хвалил его.`)).toEqual([
      ['инженером', 'Булавин'],
    ]);
  });

  it('reaches a biography subject past another name only with a verb of its gender', () => {
    const since = `${BIO}В Москве его учил [[p:Иван Петров]]. `;
    expect(officials(`${since}С 1977 года работал [[o:инженером]].`)).toEqual([['инженером', 'Булавин']]);
    expect(officials(`${since}С 2001 года — [[o:председатель совета]].`)).toEqual([]);
  });

  it('leaves a new holder, an office up for election and a title in quotes to someone else', () => {
    const before = '[[p:Сидоров]] пришёл. [[p:Сидоров]] ушёл. ';
    expect(officials(`${before}Вскоре назначили нового [[o:министра]].`)).toEqual([]);
    expect(officials(`${before}На выборах [[o:мэра]] победил другой.`)).toEqual([]);
    expect(officials(`${before}Он снялся в фильме «[[o:Хранитель]] времени».`)).toEqual([]);
    expect(officials(`${before}Позже [[o:министр]] ответил на вопросы.`)).toEqual([['министр', 'Сидоров']]);
  });

  it('gives an office that is the subject of a sentence naming no one to the main person', () => {
    const main = '[[p:Сидоров]] прилетел в Москву. [[p:Сидоров]] выступил в Думе. ';
    // the office opens the sentence: with an organisation of its own too
    expect(officials(`${main}[[o:Глава фонда]] ответил на вопросы.`)).toEqual([['Глава фонда', 'Сидоров']]);
    // after an opening adverbial, with its verb
    expect(officials(`${main}Сейчас [[o:глава фонда]] находится в Москве.`)).toEqual([['глава фонда', 'Сидоров']]);
    // a bare subject two sentences on, no one named since
    expect(officials(`${main}Заседание длилось час. [[o:Министр]] ответил на вопросы.`)).toEqual([
      ['Министр', 'Сидоров'],
    ]);
  });

  it("takes the subject's verb's gender for the person's", () => {
    const subject = (verb: string): [string, string][] =>
      full
        .extract(`Антон Сидоров прилетел в Москву. Сидоров выступил в Думе. Глава фонда ${verb} на вопросы.`)
        .officials.map((o) => [o.position?.text ?? '', o.person.text]);
    expect(subject('ответил')).toEqual([['Глава фонда', 'Сидоров']]);
    expect(subject('ответила')).toEqual([]);
  });

  it('reads no subject after a preposition or a noun, or before a list of subjects', () => {
    const main = '[[p:Сидоров]] прилетел в Москву. [[p:Сидоров]] выступил в Думе. ';
    expect(officials(`${main}У [[o:главы фонда]] нашли документы.`)).toEqual([]);
    expect(officials(`${main}В доме [[o:главы фонда]] нашли документы.`)).toEqual([]);
    expect(officials(`${main}Сейчас [[o:глава фонда]] и его жена находятся в Москве.`)).toEqual([]);
    // two sentences on, only a bare office reaches back
    expect(officials(`${main}Заседание длилось час. [[o:Глава фонда]] ответил.`)).toEqual([]);
  });
});
