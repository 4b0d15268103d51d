/**
 * The adjacency grammar of officials: what may stand between a position and a person for the
 * text to give the person that office. Each link is named, has an example (run by
 * test/officials.test.ts) and reads only the tokens between the two entities, so a pair costs a
 * bounded look at a few tokens.
 */
import {
  adjectivesOnly,
  bridge,
  DASHES,
  instrumentalOffice,
  oneOfMany,
  officeClause,
  only,
  possessor,
  post,
  size,
  text,
  type Cover,
  type GapView,
} from './official-gaps.js';
import { secondTitle, tailPhrase } from './official-tails.js';
import { verbThroughOffices } from './official-verb-offices.js';
import { dashApposition } from './official-dash-apposition.js';
import { othersOfClass } from './official-others.js';
import { successorClause } from './official-successor.js';
import { predecessorGap } from './official-predecessors.js';
import { honoreeGap } from './official-honorees.js';
import { MAX_POST_CLAUSE, tenureClause } from './official-post-clause.js';
import { titlesAfterName, titlesBeforeName } from './official-titles.js';
import {
  datedApposition,
  instrumentalAdjectives,
  MAX_CLAUSE,
  oneOfClause,
  relativeClause,
  subjectClause,
} from './official-clauses.js';

export type { Cover, GapView };

/** Which entity comes first. */
export type LinkOrder = 'position-person' | 'person-position';

export interface Link {
  readonly id: string;
  readonly order: LinkOrder;
  /** Higher wins when a position could go to two persons. */
  readonly priority: number;
  /** The office and the name stand in the same case ("министра ... Андрея Григорьева"). */
  readonly agrees: boolean;
  /** The office is the subject, in the nominative: a comma apposition ("кандидатом от партии, Германа Кейна" is no pair). */
  readonly subject?: true;
  /** The name agrees with the office even in the instrumental: the gap is no predicate ("убийство полицейским ... британца"). */
  readonly strict?: true;
  /** The office is named for a list of names after it ("такие режиссёры, как X и Y"): a plural office fits each. */
  readonly shared?: true;
  /** The office is each name's of the list that ends at the person ("Пикассо, Дали и других художников"). */
  readonly listBefore?: true;
  /** The name is the office's previous holder ("вместо X"): the pair is given besides the new holder's. */
  readonly predecessor?: true;
  /** The gap may hold other offices of the same person: a row of titles. */
  readonly throughOffices?: true;
  /** Longest gap this link reads, in tokens, when longer than `MAX_GAP`. */
  readonly maxGap?: number;
  /** A phrase with the two entities in [[ ]] marks, in text order (marks between them are other persons). */
  readonly example: string;
  test(g: GapView): boolean;
}

/** Longest gap any link reads, in tokens. */
export const MAX_GAP = 6;

export const LINKS: readonly Link[] = [
  {
    id: 'official/position-name',
    agrees: true,
    order: 'position-person',
    priority: 10,
    example: '– подчеркнул [[министр труда и занятости населения Владимирской области]] [[Андрей Григорьев]].',
    test: (g) => size(g) === 0,
  },
  {
    id: 'official/position-possessor-name',
    agrees: true,
    order: 'position-person',
    priority: 11,
    example: 'прокомментировал [[пресс-секретарь]] [[Владимира Путина]] [[Дмитрий Песков]].',
    test: possessor,
  },
  {
    id: 'official/position-rank-name',
    agrees: true,
    order: 'position-person',
    priority: 8,
    example: 'заявил [[командующий войсками округа]] генерал-полковник [[Сергей Макаров]].',
    test: (g) => size(g) > 0 && bridge(g, false),
  },
  {
    id: 'official/position-verb-name',
    agrees: false,
    order: 'position-person',
    priority: 6,
    example: '[[Министром здравоохранения]] назначен [[Михаил Мурашко]].',
    test: (g) => size(g) > 0 && bridge(g, true),
  },
  {
    id: 'official/position-verb-offices-name',
    agrees: false,
    order: 'position-person',
    priority: 5,
    throughOffices: true,
    maxGap: MAX_CLAUSE + 2,
    example: 'Новым [[командующим]] войсками округа назначен генерал-лейтенант [[Владимир Чиркин]].',
    test: verbThroughOffices,
  },
  {
    id: 'official/position-tail-name',
    agrees: true,
    order: 'position-person',
    priority: 3,
    strict: true,
    example: 'сказал [[лидер Движения]] против нелегальной иммиграции [[Александр Белов]].',
    test: (g) => size(g) > 0 && tailPhrase(g),
  },
  {
    id: 'official/position-honoree-name',
    agrees: true,
    order: 'position-person',
    priority: 3,
    maxGap: 10,
    example: 'сообщила [[актриса театра]] им. [[А. П. Чехова]] [[Наталья Рогожкина]].',
    test: honoreeGap,
  },
  {
    id: 'official/position-title-name',
    agrees: true,
    order: 'position-person',
    priority: 3,
    example: 'Выступила [[композитор]] и эксперт по творчеству Скрябина [[Мария Чернова]].',
    test: (g) => !g.chained && secondTitle(g),
  },
  {
    id: 'official/position-successor-name',
    agrees: false,
    order: 'position-person',
    priority: 5,
    example: 'Новым [[королём]] стал его старший сын [[Тупу Шестой]].',
    test: (g) => size(g) > 1 && successorClause(g),
  },
  {
    id: 'official/position-dash-name',
    agrees: false,
    order: 'position-person',
    priority: 6,
    example: 'Организатор конкурса – [[министр труда]] – [[Антон Котяков]].',
    test: (g) => only(g, DASHES),
  },
  {
    id: 'official/position-tail-dash-name',
    agrees: false,
    order: 'position-person',
    priority: 5,
    example: 'Против выступил [[адвокат]] потерпевшего — 45-летний [[Матвей Цзена]].',
    test: dashApposition,
  },
  {
    id: 'official/position-as-names',
    agrees: false,
    order: 'position-person',
    priority: 6,
    shared: true,
    example: 'работал с такими [[режиссёрами]], как [[Квентин Тарантино]] и Мартин Скорсезе.',
    test: (g) =>
      !g.chained &&
      ((size(g) === 2 && text(g, g.from) === ',' && g.ctx.folded(g.from + 1) === 'как') || only(g, 'как')),
  },
  {
    id: 'official/position-colon-names',
    agrees: false,
    order: 'position-person',
    priority: 6,
    shared: true,
    example: 'В сборную вошли [[гандболистки клуба «Динамо»]]: [[Ольга Левина]], Анна Седойкина.',
    test: (g) => only(g, ':') && !g.chained,
  },
  {
    id: 'official/position-predecessor-name',
    agrees: false,
    order: 'position-person',
    priority: 1,
    predecessor: true,
    example: 'Он назначен [[министром обороны]] вместо ушедшего в отставку [[Роберта Гейтса]].',
    test: predecessorGap,
  },
  {
    id: 'official/position-comma-name',
    agrees: true,
    order: 'position-person',
    priority: 4,
    example: 'Другой [[пресс-секретарь]], 45-летний [[Иван Петров]], опроверг эти сведения.',
    subject: true,
    test: (g) => text(g, g.from) === ',' && (size(g) === 1 || adjectivesOnly(g, g.from + 1)),
  },
  {
    id: 'official/name-comma-position',
    agrees: false,
    order: 'person-position',
    priority: 7,
    example: 'сообщила [[Ольга Беляева]], [[начальник управления образования]].',
    test: (g) =>
      text(g, g.from) === ',' && (size(g) === 1 || officeClause(g, g.from + 1) || adjectivesOnly(g, g.from + 1)),
  },
  {
    id: 'official/name-dash-position',
    agrees: false,
    order: 'person-position',
    priority: 7,
    example: '[[Сергей Иванов]] – [[глава администрации района]].',
    test: (g) =>
      DASHES.has(text(g, g.from)) && (size(g) === 1 || officeClause(g, g.from + 1) || adjectivesOnly(g, g.from + 1)),
  },
  {
    id: 'official/name-one-of-position',
    agrees: false,
    order: 'person-position',
    priority: 7,
    shared: true,
    example: '[[Харви Вайнштейн]] — один из самых известных [[продюсеров]] Голливуда.',
    test: (g) => (text(g, g.from) === ',' || DASHES.has(text(g, g.from))) && oneOfMany(g, g.from + 1),
  },
  {
    id: 'official/name-parenthesis-position',
    agrees: false,
    order: 'person-position',
    priority: 8,
    example: 'Встреча с [[Иваном Петровым]] (31-летний [[директор департамента]]) прошла в среду.',
    test: (g) => text(g, g.from) === '(' && (size(g) === 1 || adjectivesOnly(g, g.from + 1)),
  },
  {
    id: 'official/name-instrumental-position',
    agrees: false,
    order: 'person-position',
    priority: 5,
    example: 'Указ о назначении [[Василия Небензи]] [[постоянным представителем России при ООН]].',
    test: (g) => size(g) === 0 && instrumentalOffice(g),
  },
  {
    id: 'official/name-post-position',
    agrees: false,
    order: 'person-position',
    priority: 5,
    example: 'Президент освободил [[Юрия Балуевского]] от должности [[замсекретаря Совета безопасности]].',
    test: post,
  },
  {
    id: 'official/name-verb-position',
    agrees: false,
    order: 'person-position',
    priority: 5,
    example: '[[Андрей Сидоров]] назначен на пост [[губернатора области]].',
    test: (g) => size(g) > 0 && officeClause(g, g.from),
  },
  {
    id: 'official/name-clause-position',
    agrees: false,
    order: 'person-position',
    priority: 2,
    maxGap: MAX_CLAUSE + 2,
    example: '[[Педро Альмодовар]] станет в 2017 году [[председателем жюри]] фестиваля.',
    test: (g) => size(g) > 0 && (subjectClause(g) || relativeClause(g)),
  },
  {
    id: 'official/name-tenure-post-position',
    agrees: false,
    order: 'person-position',
    priority: 1,
    throughOffices: true,
    maxGap: MAX_POST_CLAUSE,
    example: '[[Стив Джобс]], глава и символ компании, заявил о своём уходе с поста [[генерального директора]].',
    test: tenureClause,
  },
  {
    id: 'official/name-clause-one-of-position',
    agrees: false,
    order: 'person-position',
    priority: 2,
    shared: true,
    maxGap: MAX_CLAUSE + 2,
    example: '[[Игорь Носов]] считался одним из самых высокооплачиваемых [[актёров]] страны.',
    test: oneOfClause,
  },
  {
    id: 'official/name-titles-position',
    agrees: false,
    order: 'person-position',
    priority: 3,
    throughOffices: true,
    maxGap: MAX_CLAUSE + 2,
    example: '[[Анна Козлова]] — дизайнер, основатель и [[директор галереи]].',
    test: titlesAfterName,
  },
  {
    id: 'official/position-titles-name',
    agrees: true,
    order: 'position-person',
    priority: 3,
    throughOffices: true,
    maxGap: MAX_CLAUSE + 2,
    example: 'Приехала [[актриса]], режиссёр и сценарист — [[Анна Козлова]].',
    test: titlesBeforeName,
  },
  {
    id: 'official/name-adjective-instrumental-position',
    agrees: false,
    order: 'person-position',
    priority: 4,
    example: 'Президент назначил [[Марио Драги]] новым [[главой банка]].',
    test: instrumentalAdjectives,
  },
  {
    id: 'official/name-others-position',
    agrees: false,
    order: 'person-position',
    priority: 4,
    shared: true,
    listBefore: true,
    example: 'Выставлены картины [[Василия Кандинского]] и других [[художников]] из коллекции фонда.',
    test: othersOfClass,
  },
  {
    id: 'official/name-then-position',
    agrees: true,
    strict: true,
    order: 'person-position',
    priority: 6,
    example: 'встреча с [[Владимиром Путиным]], тогда [[президентом России]], прошла в Кремле.',
    test: datedApposition,
  },
];
