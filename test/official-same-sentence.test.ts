import { beforeAll, describe, expect, it } from 'vitest';
import type { GosDocument } from '../src/result/schema.js';
import { officialPair, officialsOverMarks } from './helpers/entities.js';

// Same-sentence links between a person and an office that were both found (session 8): the
// words between are a first name the person span left out, the rest of the office's
// organisation, a list, or a clause of taking the office.
let read: (marked: string) => GosDocument;
beforeAll(async () => {
  read = await officialsOverMarks();
});

const officials = (text: string): [string, string][] => read(text).officials.map(officialPair);

describe('a first name left out of the person span', () => {
  it('reads a first name the dictionary takes for a common word', () => {
    expect(officials('Вчера умерла знаменитая [[o:писательница]] Харпер [[p:Ли]].')).toEqual([['писательница', 'Ли']]);
    expect(officials('В финал вышла американская [[o:теннисистка]] Серена [[p:Уильямс]].')).toEqual([
      ['теннисистка', 'Уильямс'],
    ]);
  });

  it('gives the whole row of offices before that first name to the person', () => {
    expect(officials('— заявил [[o:актёр]], [[o:продюсер]] и [[o:директор]] Нейл [[p:Патрик Харрис]].')).toEqual([
      ['актёр', 'Патрик Харрис'],
      ['продюсер', 'Патрик Харрис'],
      ['директор', 'Патрик Харрис'],
    ]);
  });

  it('does not read a noun in an oblique case as a first name', () => {
    expect(officials('Помощь оказал [[o:губернатор]] Приморью [[p:Олег Кожемяко]].')).toEqual([]);
  });
});

describe('the rest of the office’s organisation between the office and the name', () => {
  it('reads a club in quotes, a second organisation after «и» and a numeral in the genitive', () => {
    expect(officials('Вчера [[o:главный тренер]] мадридского «Реала» [[p:Зинедин Зидан]] ушёл.')).toEqual([
      ['главный тренер', 'Зинедин Зидан'],
    ]);
    expect(officials('[[o:Председатель Госсовета]] и [[g:Совета министров Кубы]] [[p:Рауль Кастро]] заявил.')).toEqual([
      ['Председатель Госсовета', 'Рауль Кастро'],
    ]);
    expect(officials('Умер [[o:хранитель]] двух святынь [[p:Абдалла]].')).toEqual([['хранитель', 'Абдалла']]);
  });

  it('reads a possessive, a class of rank and the object of a participle office', () => {
    expect(officials('Обвинения предъявили [[o:главе]] его аппарата [[p:Александру Весельчакову]].')).toEqual([
      ['главе', 'Александру Весельчакову'],
    ]);
    expect(officials('Совет освободил [[o:советника юстиции]] 1-го класса [[p:Юрия Золотова]].')).toEqual([
      ['советника юстиции', 'Юрия Золотова'],
    ]);
    expect(officials('Выступил [[o:главнокомандующий]] войсками Нацгвардии [[p:Сергей Лебедев]].')).toEqual([
      ['главнокомандующий', 'Сергей Лебедев'],
    ]);
  });

  it('does not read a participle clause after a comma as the tail', () => {
    expect(officials('Суд признал виновным [[o:врача]], лечившего [[p:Майкла Джексона]].')).toEqual([]);
  });
});

describe('a list of names after a plural office', () => {
  it('reads past where each one is from', () => {
    expect(
      officials('Выступили [[o:сенаторы]] [[p:Рэнд Пол]] из [[r:Кентукки]] и [[p:Марко Рубио]] из [[r:Флориды]].'),
    ).toEqual([
      ['сенаторы', 'Рэнд Пол'],
      ['сенаторы', 'Марко Рубио'],
    ]);
  });

  it('gives a plural office to no one name outside a list', () => {
    expect(officials('Выступили [[o:сенаторы]] [[p:Рэнд Пол]] из [[r:Кентукки]].')).toEqual([]);
  });
});

describe('names «и других» of a class', () => {
  it('gives the plural office after «и других» to each name of the list before it', () => {
    expect(
      officials('Показаны картины [[p:Пита Мондриана]], [[p:Поля Сезанна]] и других [[o:художников]] фонда.'),
    ).toEqual([
      ['художников', 'Пита Мондриана'],
      ['художников', 'Поля Сезанна'],
    ]);
    expect(officials('Гонорар [[p:Энистон]] и двух других [[o:актрис]] вырос.')).toEqual([['актрис', 'Энистон']]);
  });

  it('does not read «с другими» as a class of the name', () => {
    expect(officials('Он спорил с [[p:Олегом Табаковым]] и с другими [[o:педагогами]].')).toEqual([]);
  });
});

describe('the one who takes an office, after the verb of taking it', () => {
  it('reads the words that describe the newcomer', () => {
    expect(officials('На посту [[o:генерального директора]] его сменит [[p:Тим Кук]].')).toEqual([
      ['генерального директора', 'Тим Кук'],
    ]);
    expect(officials('Затем кресло [[o:президента]] заняла его жена [[p:Кристина Киршнер]].')).toEqual([
      ['президента', 'Кристина Киршнер'],
    ]);
    expect(officials('Известно, что [[o:главой компании]] станет именно [[p:Пейдж]].')).toEqual([
      ['главой компании', 'Пейдж'],
    ]);
  });

  it('does not give an office in the genitive without a post to the newcomer', () => {
    expect(officials('Наследником [[o:предпринимателя]] стал его племянник [[p:Антон Винер]].')).toEqual([]);
  });
});

describe('a kin noun after the verb of taking an office', () => {
  it('names whose kin the newcomer is when no possessive stands before it', () => {
    expect(officials('[[o:Главным чекистом]] стал близкий друг [[p:В.Лукашенко]] Вадим Зайцев.')).toEqual([]);
  });
});

describe('an organisation that goes on after a comma', () => {
  it('reads a row of objects after the office’s preposition and an apposition in commas', () => {
    expect(officials('[[o:Глава комитета по вопросам семьи]], женщин и детей [[p:Елена Мизулина]] считает.')).toEqual([
      ['Глава комитета по вопросам семьи', 'Елена Мизулина'],
    ]);
    expect(officials('[[o:Глава Абакана]], столицы Хакасии, [[p:Николай Булакин]] погиб.')).toEqual([
      ['Глава Абакана', 'Николай Булакин'],
    ]);
  });
});
