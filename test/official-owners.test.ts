import { beforeAll, describe, expect, it } from 'vitest';
import type { GosDocument } from '../src/result/schema.js';
import { officialPair, officialsOverMarks } from './helpers/entities.js';

// Offices next to a name that are someone else's (src/facts/official-owners.ts), over
// hand-marked entities: each reading with a sentence where it holds and one where it does not.
let read: (marked: string) => GosDocument;
beforeAll(async () => {
  read = await officialsOverMarks();
});

const officials = (text: string): [string, string][] => read(text).officials.map(officialPair);

describe('offices that are someone else', () => {
  it('gives a kin noun the name that cannot stand in the genitive of the office after it', () => {
    expect(officials('Награду вручила супруга [[o:губернатора]] [[p:Анна Петрова]].')).toEqual([]);
    expect(officials('Награду вручила супруга [[o:губернатора]] [[p:Ивана Петрова]].')).toEqual([
      ['губернатора', 'Ивана Петрова'],
    ]);
  });

  it('reads a nominative office before a name that cannot be nominative as that person’s', () => {
    expect(officials('Об этом сообщил [[o:заместитель]] [[p:Сергея Собянина]] по печати.')).toEqual([]);
    expect(officials('Об этом сообщил [[o:заместитель]] [[p:Сергей Собянин]].')).toEqual([
      ['заместитель', 'Сергей Собянин'],
    ]);
  });

  it('gives no office to the name an organisation is named after', () => {
    expect(officials('Выступил [[o:директор театра]] имени [[p:Николая Акимова]].')).toEqual([]);
    expect(officials('[[o:директор театра]] им. [[p:Николая Акимова]] ушёл.')).toEqual([]);
    expect(officials('Им стал [[o:епископ]] [[p:Иоанн Петров]].')).toEqual([['епископ', 'Иоанн Петров']]);
  });

  it('reads an office in the instrumental before a genitive name as that person’s, unless a verb takes the name', () => {
    expect(officials('До этого он работал [[o:заместителем]] [[p:Сергея Иванова]].')).toEqual([]);
    expect(officials('Губернатор назначил [[o:заместителем]] [[p:Сергея Иванова]].')).toEqual([
      ['заместителем', 'Сергея Иванова'],
    ]);
    expect(officials('[[o:Заместителем]] назначен [[p:Сергей Иванов]].')).toEqual([['Заместителем', 'Сергей Иванов']]);
  });

  it('takes an office in the nominative or owned by a noun before a verb for no predicate of the name after it', () => {
    expect(officials('Погибший [[o:полицейский]] был охранником [[p:Игоря Петрова]].')).toEqual([]);
    expect(officials('Новой помощницей [[o:губернатора]] стала [[p:Анна Козлова]].')).toEqual([]);
    expect(officials('На пост [[o:губернатора]] назначен [[p:Иван Петров]].')).toEqual([
      ['губернатора', 'Иван Петров'],
    ]);
  });

  it('reads no office into a companion or a relative clause about another, and a change only with the post', () => {
    // (without "на посту" the sentence's subject may still take the office as a predicate: official-anaphora.ts)
    expect(officials('[[p:Анна Козлова]] сменила на посту [[o:тренера]] Ивана Петрова.')).toEqual([
      ['тренера', 'Анна Козлова'],
    ]);
    expect(officials('[[p:Анна Козлова]], которая работала с нынешним [[o:мэром]], ушла.')).toEqual([]);
    expect(officials('[[p:Анна Козлова]], которая работала [[o:мэром]], ушла.')).toEqual([['мэром', 'Анна Козлова']]);
    expect(officials('Пришёл [[p:Юрий]], которого [[o:певица]] позвала на сцену.')).toEqual([]);
  });

  it('reads no apposition past a modifier that does not agree with the office', () => {
    expect(officials('После избиения [[p:Ивана Попова]], совершенного [[o:полицейским]], начали проверку.')).toEqual(
      [],
    );
    expect(officials('Выступил [[p:Иван Попов]], опытный [[o:полицейский]].')).toEqual([['полицейский', 'Иван Попов']]);
  });
});

describe('offices owned by the name after them', () => {
  it('gives the offices in a row before "X’s office Y" to Y, not to the owner X', () => {
    expect(
      officials(
        'Умер [[o:профессор]], [[o:академик]], [[o:президент института]] [[p:Пушкина]] [[p:Виталий Костомаров]].',
      ),
    ).toEqual([
      ['профессор', 'Виталий Костомаров'],
      ['академик', 'Виталий Костомаров'],
      ['президент института', 'Виталий Костомаров'],
    ]);
    // no second name: the offices stay with the one name after them
    expect(officials('Умер [[o:профессор]], [[o:президент института]] [[p:Иван Петров]].')).toEqual([
      ['профессор', 'Иван Петров'],
      ['президент института', 'Иван Петров'],
    ]);
  });

  it('reads an office after a verb through the owner of the next office: the name after both holds it', () => {
    expect(officials('[[o:Министром]] назначен [[o:заместитель]] [[p:Петрова]] [[p:Иван Сидоров]].')).toEqual([
      ['Министром', 'Иван Сидоров'],
      ['заместитель', 'Иван Сидоров'],
    ]);
  });

  it('reads a name that does not tell its case after a link verb and an instrumental office as the owner', () => {
    expect(officials('[[p:Анна Попова]], работавшая [[o:заместителем]] [[p:Онищенко]], ушла.')).toEqual([
      ['заместителем', 'Анна Попова'],
    ]);
    expect(officials('Губернатор назначил [[o:заместителем]] [[p:Онищенко]].')).toEqual([['заместителем', 'Онищенко']]);
  });

  it('reads the head of an office past a leading adjective the dictionary also has as a noun', () => {
    expect(officials('В 1996 году он был [[o:главным советником штаба]] [[p:Бориса Ельцина]].')).toEqual([]);
  });
});
