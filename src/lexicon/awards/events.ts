/** Event words in dictionary form: the kinds of events, their levels, stages and programmes. */

/** Head noun -> kind of event. */
export const EVENT_HEADS: Readonly<Record<string, string>> = {
  конкурс: 'contest',
  'смотр-конкурс': 'contest',
  смотр: 'contest',
  фестиваль: 'festival',
  форум: 'forum',
  выставка: 'exhibition',
  'выставка-ярмарка': 'exhibition',
  ярмарка: 'fair',
  чемпионат: 'championship',
  первенство: 'championship',
  кубок: 'championship',
  турнир: 'tournament',
  соревнование: 'competition',
  олимпиада: 'olympiad',
  спартакиада: 'games',
  игра: 'games',
  слет: 'rally',
  конференция: 'conference',
  конгресс: 'congress',
  съезд: 'congress',
  саммит: 'summit',
  церемония: 'ceremony',
  марафон: 'marathon',
  биеннале: 'festival',
};

/** Heads that name an event by their genitive alone ("чемпионат мира", "первенство России"). */
export const SELF_NAMING_HEADS = new Set(['чемпионат', 'первенство', 'кубок', 'олимпиада', 'спартакиада']);
/** Genitives after a ceremony that make it an event: "церемония награждения", "вручения". */
export const CEREMONY_OF = [
  'награждение',
  'вручение',
  'открытие',
  'закрытие',
  'инаугурация',
  'подписание',
  'чествование',
];
/** Adjectives that make "игры" an event ("Олимпийские игры"). */
export const GAMES_ADJECTIVES = [
  'олимпийский',
  'паралимпийский',
  'сурдлимпийский',
  'юношеский',
  'азиатский',
  'всемирный',
];

export type EventLevel = 'international' | 'national' | 'interregional' | 'regional' | 'municipal';
/** Level adjectives: "Всероссийский конкурс", "региональный этап", "областной фестиваль". */
export const LEVELS: Readonly<Record<string, EventLevel | null>> = {
  международный: 'international',
  всемирный: 'international',
  мировой: 'international',
  европейский: 'international',
  всероссийский: 'national',
  общероссийский: 'national',
  национальный: 'national',
  федеральный: 'national',
  межрегиональный: 'interregional',
  окружной: 'interregional',
  региональный: 'regional',
  областной: 'regional',
  краевой: 'regional',
  республиканский: 'regional',
  муниципальный: 'municipal',
  городской: 'municipal',
  районный: 'municipal',
  олимпийский: null,
  зимний: null,
  летний: null,
  паралимпийский: null,
  открытый: null,
  ежегодный: null,
  традиционный: null,
  юбилейный: null,
  молодежный: null,
  детский: null,
  студенческий: null,
  школьный: null,
  юношеский: null,
  профессиональный: null,
  творческий: null,
  инвестиционный: null,
  экономический: null,
  отраслевой: null,
  патриотический: null,
};

/** Stage nouns before a contest: "региональный этап конкурса", "финал чемпионата". */
export const STAGE_NOUNS = ['этап', 'тур', 'финал', 'полуфинал', 'четвертьфинал', 'отбор'];

/** Programme and project heads with the kind of each. */
export const PROGRAMME_KINDS = {
  nationalProject: 'national project',
  federalProject: 'federal project',
  regionalProject: 'regional project',
  stateProgramme: 'state programme',
  regionalProgramme: 'regional programme',
  municipalProgramme: 'municipal programme',
  federalProgramme: 'federal programme',
} as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[keyof typeof PROGRAMME_KINDS];
