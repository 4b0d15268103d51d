import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../src/index.js';
import { LINKS } from '../src/facts/official-links.js';
import type { GosDocument } from '../src/result/schema.js';
import { officialPair, officialsOverMarks } from './helpers/entities.js';
import { unmark } from './helpers/marks.js';

// The officials builder over hand-marked entities (test/helpers/entities.ts): what it pairs
// depends only on the words between the marked persons and positions, not on the extractors.
let read: (marked: string) => GosDocument;
let full: Extractor;
beforeAll(async () => {
  read = await officialsOverMarks();
  full = await createExtractor();
});

const officials = (text: string): [string, string][] => read(text).officials.map(officialPair);

describe('official links', () => {
  it.each(LINKS.map((l) => [l.id, l.example] as const))('%s: %s', (_id, example) => {
    const { text, spans } = unmark(example);
    const a = spans[0]!;
    const b = spans[spans.length - 1]!;
    const link = LINKS.find((l) => l.example === example)!;
    // in text order: the position first for position-person links; marks between are other persons
    const [pos, per] = link.order === 'position-person' ? [a, b] : [b, a];
    const withMarks = spans
      .map((s) => ({ s, k: s === pos ? 'o' : 'p' }))
      .sort((x, y) => y.s.start - x.s.start)
      .reduce((t, { s, k }) => `${t.slice(0, s.start)}[[${k}:${s.text}]]${t.slice(s.end)}`, text);
    expect(officials(withMarks)).toEqual([[pos.text, per.text]]);
  });
});

describe('officials from marked entities', () => {
  it('pairs the office before a name in the same case', () => {
    expect(officials('Соглашение подписал [[o:губернатором области]] с [[p:Александром Авдеевым]].')).toEqual([]);
    expect(
      officials('Встреча с [[o:губернатором Владимирской области]] [[p:Александром Авдеевым]] прошла в Коврове.'),
    ).toEqual([['губернатором Владимирской области', 'Александром Авдеевым']]);
    expect(officials('По словам [[o:министра труда]] [[p:Андрея Григорьева]], заявок стало больше.')).toEqual([
      ['министра труда', 'Андрея Григорьева'],
    ]);
  });

  it('does not give an office to a name in another case or another sentence', () => {
    expect(officials('Пришёл [[o:адвокат]] [[p:Олега Петровича]] Пётр Смирнов.')).toEqual([]);
    expect(officials('Выступил [[o:министр финансов]]. [[p:Антон Силуанов]] ответил позже.')).toEqual([]);
    expect(officials('Пришёл [[o:министр]]\n[[p:Иван Петров]] сказал.')).toEqual([]);
  });

  it('reads the rest of an organisation between an office and a name, but no clause, age or owner', () => {
    expect(officials('По мнению [[o:полпреда президента РФ]] в округе [[p:Виктора Ишаева]], поясов два.')).toEqual([
      ['полпреда президента РФ', 'Виктора Ишаева'],
    ]);
    expect(officials('Он занимал пост [[o:вице-президента]] в администрации [[p:Рональда Рейгана]].')).toEqual([]);
    expect(officials('Поста лишится [[o:президент]] и [[p:Мишел Темер]] пробудет им до 2018 года.')).toEqual([]);
    expect(officials('Стало убийство [[o:полицейским]] 29-летнего британца [[p:Марка Дуггана]].')).toEqual([]);
  });

  it('gives a plural office to each name of the list after it, and to no single name', () => {
    expect(officials('Выступили [[o:депутаты]] [[p:Иван Петров]], [[p:Олег Сидоров]] и [[p:Анна Козлова]].')).toEqual([
      ['депутаты', 'Иван Петров'],
      ['депутаты', 'Олег Сидоров'],
      ['депутаты', 'Анна Козлова'],
    ]);
    expect(officials('Пришли [[o:сотрудники госпиталя]] [[p:Марины]].')).toEqual([]);
  });

  it('reads offices in a row before a name, and an appointment', () => {
    expect(officials('Новым премьером стал [[o:лидер консерваторов]] [[p:Дэвид Кэмерон]].')).toEqual([
      ['лидер консерваторов', 'Дэвид Кэмерон'],
    ]);
    expect(
      officials('[[o:Президент России]] [[p:Владимир Путин]] назначил [[o:министром]] [[p:Андрея Белоусова]].'),
    ).toEqual([
      ['Президент России', 'Владимир Путин'],
      ['министром', 'Андрея Белоусова'],
    ]);
    expect(officials('[[p:Иван Петров]] назначил его [[o:заместителем]].')).toEqual([]);
    expect(officials('[[o:Главой]] Рособрнадзора назначен [[p:Сергей Кравцов]].')).toEqual([
      ['Главой', 'Сергей Кравцов'],
    ]);
    expect(officials('[[o:Писатель]], [[o:поэт]] и [[o:журналист]] [[p:Дмитрий Быков]] родился в Москве.')).toEqual([
      ['Писатель', 'Дмитрий Быков'],
      ['поэт', 'Дмитрий Быков'],
      ['журналист', 'Дмитрий Быков'],
    ]);
  });

  it('gives a name each of its offices in a row, however long the offices', () => {
    expect(
      officials(
        'В отставку подал [[o:председатель правительства]] и [[o:министр иностранных дел республики]] [[p:Иван Петров]].',
      ),
    ).toEqual([
      ['председатель правительства', 'Иван Петров'],
      ['министр иностранных дел республики', 'Иван Петров'],
    ]);
    expect(
      officials(
        'Совещание провёл [[p:Андрей Григорьев]], [[o:министр труда и занятости населения]] и [[o:председатель комиссии]].',
      ),
    ).toEqual([
      ['министр труда и занятости населения', 'Андрей Григорьев'],
      ['председатель комиссии', 'Андрей Григорьев'],
    ]);
  });

  it('reads an office before a comma and a name in the nominative, not a predicate', () => {
    expect(officials('[[o:Пресс-секретарь губернатора]], [[p:Ольга Беляева]], сообщила об этом в среду.')).toEqual([
      ['Пресс-секретарь губернатора', 'Ольга Беляева'],
    ]);
    expect(officials('Стать [[o:кандидатом от партии]], [[p:Ивану Петрову]] не удалось.')).toEqual([]);
  });

  it('gives "один из" an office in the plural', () => {
    expect(officials('Выступил один из [[o:заместителей губернатора]] [[p:Олег Сидоров]].')).toEqual([
      ['заместителей губернатора', 'Олег Сидоров'],
    ]);
    expect(officials('Доклад сделала одна из [[o:руководителей департамента]] [[p:Анна Козлова]].')).toEqual([
      ['руководителей департамента', 'Анна Козлова'],
    ]);
    expect(officials('Выступили [[o:заместители губернатора]] [[p:Олег Сидоров]].')).toEqual([]);
  });

  it('shares an office named for the list after "как" or a colon, past a name no extractor found', () => {
    expect(
      officials('Он работал с такими [[o:режиссёрами]], как [[p:Квентин Тарантино]] и [[p:Мартин Скорсезе]].'),
    ).toEqual([
      ['режиссёрами', 'Квентин Тарантино'],
      ['режиссёрами', 'Мартин Скорсезе'],
    ]);
    expect(officials('В их числе [[o:актрисы]] [[p:Гвинет Пэлтроу]], Кара Делевинь, [[p:Кейт Бекинсейл]].')).toEqual([
      ['актрисы', 'Гвинет Пэлтроу'],
      ['актрисы', 'Кейт Бекинсейл'],
    ]);
    // a name whose span left out its first word continues the list
    expect(
      officials('В их числе [[o:актрисы]] [[p:Гвинет Пэлтроу]], Кара [[p:Делевинь]] и [[p:Кейт Бекинсейл]].'),
    ).toEqual([
      ['актрисы', 'Гвинет Пэлтроу'],
      ['актрисы', 'Делевинь'],
      ['актрисы', 'Кейт Бекинсейл'],
    ]);
    // a colon after an office that is itself the first of a row is no list
    expect(officials('Ушли [[o:члены команды]]: [[o:пресс-секретарь мэра]] [[p:Сергей Цой]].')).toEqual([
      ['пресс-секретарь мэра', 'Сергей Цой'],
    ]);
  });

  it('gives the office also to the previous holder named after it, and takes it from the new one', () => {
    expect(
      officials('[[p:Леон Панетта]] назначен [[o:министром обороны]] вместо ушедшего в отставку [[p:Роберта Гейтса]].'),
    ).toEqual([
      ['министром обороны', 'Леон Панетта'],
      ['министром обороны', 'Роберта Гейтса'],
    ]);
    expect(officials('[[p:Иван Петров]] стал [[o:главой ФИФА]] после [[p:Зеппа Блаттера]].')).toEqual([
      ['главой ФИФА', 'Иван Петров'],
      ['главой ФИФА', 'Зеппа Блаттера'],
    ]);
    // "сменив" without the post changes someone, not the holder of this office
    expect(officials('[[p:Иван Петров]] стал [[o:главой клуба]], сменив [[p:Андрея Сидорова]].')).toEqual([
      ['главой клуба', 'Иван Петров'],
    ]);
  });

  it('reads name words, a nominative noun for the person and a second title between an office and a name', () => {
    expect(officials('Умер легендарный [[o:боксёр]] Мохаммед [[p:Али]].')).toEqual([['боксёр', 'Али']]);
    expect(officials('Новым [[o:тренером]] стал американец [[p:Дэвид Сало]].')).toEqual([['тренером', 'Дэвид Сало']]);
    expect(officials('Умер [[o:физик]], нобелевский лауреат [[p:Чарлз Таунс]].')).toEqual([['физик', 'Чарлз Таунс']]);
    // kin, an object and a form of address are no such noun
    expect(officials('У [[o:композитора]] остался сын [[p:Макарий]].')).toEqual([]);
    expect(officials('На этом посту [[o:генерал-полковник]] сменил [[p:Владимира Проничева]].')).toEqual([]);
    expect(officials('[[o:Президент]] и госпожа [[p:Обама]] объявили об этом.')).toEqual([]);
  });

  it('looks past name words, numerals, a parenthesis and an age after a name', () => {
    expect(officials('[[p:Мишель Бачелет]] Хериа — первая [[o:женщина-президент Чили]].')).toEqual([
      ['женщина-президент Чили', 'Мишель Бачелет'],
    ]);
    expect(officials('[[p:Фаиз Халид]] (Faiz Khaleed), 26 лет, зубной [[o:врач]].')).toEqual([['врач', 'Фаиз Халид']]);
    expect(
      officials('[[p:Никита Камаев]] (14 февраля 2016 года, 52 года) — [[o:исполнительный директор РУСАДА]].'),
    ).toEqual([['исполнительный директор РУСАДА', 'Никита Камаев']]);
  });

  it('reads numbers and joined parts of a tail, but no name inside an organisation name', () => {
    expect(officials('Сообщила [[o:секретарь директора]] школы № 1 Махачкалы [[p:Ирина Бандурина]].')).toEqual([
      ['секретарь директора', 'Ирина Бандурина'],
    ]);
    expect(officials('Работала [[o:токарем]] на заводе им. [[p:Серго Орджоникидзе]].')).toEqual([]);
  });

  it('resolves "глава региона" to the region the text is about', () => {
    const doc = read(
      'В [[r:Владимирской области]] открыли центр. [[o:Глава региона]] [[p:Александр Авдеев]] поздравил коллег.',
    );
    expect(doc.officials).toEqual([
      expect.objectContaining({
        region: 'Владимирской области',
        position: expect.objectContaining({ text: 'Глава региона' }),
      }),
    ]);
  });

  it('links a later bare office to the one person who holds it', () => {
    const doc = read(
      '[[o:Министр труда]] [[p:Андрей Григорьев]] вручил награды. Позже [[o:министр]] ответил на вопросы.',
    );
    const ref = doc.entities.find((e) => e.type === 'position' && e.text === 'министр');
    expect(doc.persons[0]).toMatchObject({ positions: ['Министр труда'], references: [ref?.id] });
  });

  it('gives the subject of the sentence the office its verb makes a predicate', () => {
    expect(officials('26 сентября [[p:Синдзо Абэ]] был выбран новым [[o:премьер-министром Японии]].')).toEqual([
      ['премьер-министром Японии', 'Синдзо Абэ'],
    ]);
    expect(officials('[[p:Юрий Лужков]] проработал на посту [[o:мэра Москвы]] более 18 лет.')).toEqual([
      ['мэра Москвы', 'Юрий Лужков'],
    ]);
    // the active appointing verb gives the office to its object, not to its subject
    expect(officials('[[p:Владимир Путин]] назначил нового [[o:министра]].')).toEqual([]);
    // a clause with its own subject is about someone else
    expect(officials('Прокурор [[p:Анна Петрова]] сказала, что он стал [[o:министром]].')).toEqual([]);
  });

  it('reads a longer clause or a relative clause whose predicate is the office', () => {
    expect(officials('[[p:Филипп]] станет седьмым по счёту [[o:королём Бельгии]].')).toEqual([
      ['королём Бельгии', 'Филипп'],
    ]);
    expect(officials('[[p:Олег Сидоров]] в понедельник вступает в должность [[o:мэра города]].')).toEqual([
      ['мэра города', 'Олег Сидоров'],
    ]);
    expect(officials('[[p:Иван Петров]], который до недавнего времени работал [[o:тренером]], ушёл.')).toEqual([
      ['тренером', 'Иван Петров'],
    ]);
    expect(officials('Её сменила [[p:Анна Козлова]], избранная в июне новым [[o:директором]].')).toEqual([
      ['директором', 'Анна Козлова'],
    ]);
    // a candidacy is no office held; an instrumental after a preposition is no predicate
    expect(officials('[[p:Иван Петров]] будет баллотироваться на пост [[o:мэра]].')).toEqual([]);
    expect(officials('[[p:Иван Петров]] в среду встретился с новым [[o:министром]].')).toEqual([]);
    expect(officials('Совет избрал [[p:Ивана Петрова]] своим [[o:председателем]].')).toEqual([
      ['председателем', 'Ивана Петрова'],
    ]);
    // an office dated by "тогда" after a comma agrees with the name
    expect(officials('Пришёл [[p:Иван Петров]], тогда [[o:министра]] не было.')).toEqual([]);
    // an adjective in another case is no predicate of the name
    expect(officials('Он поздравил [[p:Ивана Петрова]] с новым [[o:министром]].')).toEqual([]);
  });

  it('reads a row of titles of one person between a name and an office', () => {
    expect(
      officials('[[p:Анна Козлова]] — российская актриса театра и кино, заслуженная [[o:артистка России]].'),
    ).toEqual([['артистка России', 'Анна Козлова']]);
    expect(officials('Умер [[o:музыкант]], певец, композитор и поэт [[p:Иван Петров]].')).toEqual([
      ['музыкант', 'Иван Петров'],
    ]);
    // kin and a possessive start no title
    expect(officials('Рассказала подруга [[o:певицы]] и её коллега по группе [[p:Анна Козлова]].')).toEqual([]);
    expect(officials('[[p:Иван Петров]] — отец и дед [[o:министра]].')).toEqual([]);
  });

  it('reads a bare office in the next sentence as the person the text is about', () => {
    const doc = full.extract(
      'Умер сатирик Аркадий Арканов. О смерти Аркадия Арканова сообщили его близкие. В последнее время 81-летний писатель тяжело болел.',
    );
    expect(doc.officials.map((o) => [o.position?.text, o.person.text])).toContainEqual([
      'писатель',
      'Аркадия Арканова',
    ]);
    // a name mentioned once is not what the text is about; a possessed or plural office is no one's
    expect(officials('Выступил [[p:Иван Петров]]. В зале был [[o:губернатор]].')).toEqual([]);
    expect(officials('[[p:Олег Сидоров]] пришёл. [[p:Сидоров]] ушёл. Его [[o:адвокат]] молчал.')).toEqual([]);
    expect(officials('[[p:Олег Сидоров]] пришёл. [[p:Сидоров]] ушёл. Все [[o:депутаты]] молчали.')).toEqual([]);
  });

  it('keeps one official per person and office, and no bare office across sentences, under factRuEval', async () => {
    const factru = await createExtractor({ convention: 'factru' });
    const text =
      'Президент России Дмитрий Медведев посетил Курилы. Медведев встретился с жителями. Президент осмотрел порт.';
    const pairs = (doc: GosDocument): string[] => doc.officials.map((o) => `${o.position?.text}|${o.person.text}`);
    expect(pairs(factru.extract(text))).toEqual(['Президент России|Дмитрий Медведев']);
    expect(pairs(full.extract(text))).toEqual(['Президент России|Дмитрий Медведев', 'Президент|Медведев']);
  });

  it('stays linear and valid on a thousand names in one sentence', () => {
    const text = `Пришли ${Array.from({ length: 1000 }, (_, k) => `[[o:министр]] [[p:Иван${k}]]`).join(', ')}.`;
    const t0 = performance.now();
    expect(officials(text)).toHaveLength(1000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('officials in the seed article', () => {
  let doc: GosDocument;
  beforeAll(() => {
    doc = full.extract(
      readFileSync(new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url), 'utf8'),
    );
  });

  it('has Андрей Григорьев, министр труда и занятости населения Владимирской области', () => {
    expect(doc.officials).toContainEqual(
      expect.objectContaining({
        person: expect.objectContaining({ text: 'Андрей Григорьев', normalized: 'Андрей Григорьев' }),
        position: expect.objectContaining({ text: 'министр труда и занятости населения Владимирской области' }),
        region: 'Владимирская область',
      }),
    );
    const official = doc.officials.find((o) => o.person.text === 'Андрей Григорьев')!;
    expect(doc.persons.find((p) => p.id === official.personId)?.positions).toContain(
      'министр труда и занятости населения Владимирской области',
    );
  });
});

describe('offices read through a clause', () => {
  it('gives an office in the instrumental to the subject after its verb, through the offices the subject holds', () => {
    expect(
      officials(
        'Новым [[o:главкомом]] назначен [[o:командующий войсками округа]] генерал-полковник [[p:Александр Постников]].',
      ),
    ).toContainEqual(['главкомом', 'Александр Постников']);
    // an office in the genitive belongs to the noun before it, not to the subject
    expect(officials('Новой пассией [[o:экс-президента]] стала певица [[p:Анна Петрова]].')).toEqual([]);
  });

  it('gives the post of a tenure clause to its subject, not a candidacy or a dismissal', () => {
    expect(officials('[[p:Кристина Лагард]] приступила к работе на посту [[o:главы фонда]] в понедельник.')).toEqual([
      ['главы фонда', 'Кристина Лагард'],
    ]);
    expect(officials('[[p:Иван Петров]] объявил о намерении баллотироваться на пост [[o:президента]].')).toEqual([]);
    expect(officials('[[p:Иван Петров]] сообщил, что отказался занять пост [[o:мэра]].')).toEqual([]);
    expect(officials('[[p:Иван Петров]] уволил помощника с поста [[o:советника]].')).toEqual([]);
    expect(officials('[[p:Иван Петров]] покинул пост, чтобы перейти на должность [[o:посла]].')).toEqual([]);
  });

  it('looks past the name an organisation bears to the holder after it, and gives the honoree no office', () => {
    expect(
      officials('Выступил [[o:начальник академии]] имени [[p:Г. Жукова]] генерал-лейтенант [[p:Иван Укуров]].'),
    ).toEqual([['начальник академии', 'Иван Укуров']]);
    expect(officials('С 1960 года он [[o:актёр театра]] имени [[p:Н. П. Акимова]].')).toEqual([]);
    expect(officials('В войну работала [[o:токарем]] на заводе им. [[p:Серго Орджоникидзе]].')).toEqual([]);
  });

  it('reads a dash after an office and its tail when only the age or adjectives follow', () => {
    expect(officials('Победил действующий [[o:глава республики]] — 57-летний [[p:Тоомас Ильвес]].')).toEqual([
      ['глава республики', 'Тоомас Ильвес'],
    ]);
    expect(officials('У [[o:актёра]] родилась дочь — [[p:Саша]].')).toEqual([]);
    expect(officials('Счастлива [[o:принцесса]] — первая внучка императора [[p:Акихито]].')).toEqual([]);
  });
});
