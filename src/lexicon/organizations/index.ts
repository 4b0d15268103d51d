/**
 * The project's organisation data: named bodies with their abbreviations, short, renamed and
 * historical names (`bodies.json`), and the closed word lists the organisation rules are built
 * from. Dictionary form only (nominative singular); case forms come from the morphology.
 * Sources: ./README.md.
 */
import bodies from './bodies.json';

export const ORGANIZATION_KINDS = [
  'government',
  'legislature',
  'court',
  'security',
  'military',
  'municipal',
  'party',
  'company',
  'bank',
  'media',
  'education',
  'culture',
  'international',
  'public',
  'religious',
  'sport',
  'institution',
  'branch',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** A named body. */
export interface BodyEntry {
  /** Full official name, nominative: "Министерство труда и социальной защиты Российской Федерации". */
  readonly name: string;
  /** The name without its country, for the same office of another state ("МИД Украины"): "Министерство иностранных дел". */
  readonly base?: string;
  /** Other names in dictionary form: abbreviations ("Минтруд", "ФНС"), short, renamed and historical names. */
  readonly forms: readonly string[];
  readonly kind: OrganizationKind;
  /** ISO alpha-2 of the state the body belongs to; null for international bodies and companies abroad. */
  readonly country: string | null;
  /** The name is a common phrase unless quoted or after a descriptor ("Яблоко", "Известия"). */
  readonly quoted?: boolean;
}

export const BODIES: readonly BodyEntry[] = bodies as readonly BodyEntry[];

/**
 * Head nouns of the names of bodies, by how much they need to be a name. `strong`: an
 * organisation even alone and in lower case ("правительство", "полиция"); `official`: in lower
 * case with what they govern or a relational adjective ("министерство труда", "областная дума",
 * "районный суд"); `named`: only in a capitalised name ("Гарвардский университет", "Фонд
 * поддержки предпринимательства").
 */
export const BODY_HEADS = {
  strong: [
    'правительство',
    'госдума',
    'парламент',
    'полиция',
    'прокуратура',
    'генпрокуратура',
    'мэрия',
    'кабмин',
    'сенат',
    'конгресс',
    'меджлис',
    'кнессет',
    'бундестаг',
    'горсовет',
    'облдума',
    'гордума',
    'заксобрание',
    'избирком',
    'облизбирком',
    'горизбирком',
    'минобороны',
  ],
  official: [
    'министерство',
    'администрация',
    'департамент',
    'управление',
    'ведомство',
    'суд',
    'дума',
    'собрание',
    'комитет',
    'служба',
    'агентство',
    'инспекция',
    'комиссия',
    'палата',
    'совет',
    'армия',
    'войско',
    'сила',
    'штаб',
    'казначейство',
    'трибунал',
    'посольство',
    'консульство',
    'представительство',
    'префектура',
    'муниципалитет',
    'исполком',
    'обком',
    'горком',
    'райком',
    'правление',
    'президиум',
    'фракция',
    'пресс-служба',
    'генштаб',
    'минздрав',
    'власть',
    'делегация',
    'хунта',
  ],
  named: [
    'центр',
    'фонд',
    'партия',
    'союз',
    'ассоциация',
    'федерация',
    'объединение',
    'движение',
    'организация',
    'университет',
    'институт',
    'академия',
    'колледж',
    'училище',
    'техникум',
    'школа',
    'лицей',
    'гимназия',
    'театр',
    'музей',
    'библиотека',
    'филармония',
    'больница',
    'госпиталь',
    'поликлиника',
    'банк',
    'корпорация',
    'концерн',
    'холдинг',
    'компания',
    'завод',
    'комбинат',
    'фабрика',
    'предприятие',
    'учреждение',
    'лаборатория',
    'отдел',
    'отделение',
    'сборная',
    'клуб',
    'секретариат',
    'канцелярия',
    'биржа',
    'церковь',
    'епархия',
    'синод',
    'общество',
    'конфедерация',
    'альянс',
    'фронт',
    'бюро',
    'профсоюз',
    'архив',
  ],
} as const;

/** Words that say a body of a given kind, by head lemma (the rest are `government`, or `public`). */
export const HEAD_KINDS: Readonly<Record<string, OrganizationKind>> = {
  суд: 'court',
  трибунал: 'court',
  дума: 'legislature',
  собрание: 'legislature',
  парламент: 'legislature',
  сенат: 'legislature',
  конгресс: 'legislature',
  меджлис: 'legislature',
  кнессет: 'legislature',
  бундестаг: 'legislature',
  горсовет: 'legislature',
  облдума: 'legislature',
  гордума: 'legislature',
  заксобрание: 'legislature',
  партия: 'party',
  фракция: 'party',
  университет: 'education',
  институт: 'education',
  академия: 'education',
  колледж: 'education',
  училище: 'education',
  техникум: 'education',
  школа: 'education',
  лицей: 'education',
  гимназия: 'education',
  театр: 'culture',
  музей: 'culture',
  библиотека: 'culture',
  филармония: 'culture',
  банк: 'bank',
  компания: 'company',
  корпорация: 'company',
  концерн: 'company',
  холдинг: 'company',
  завод: 'company',
  комбинат: 'company',
  фабрика: 'company',
  предприятие: 'company',
  биржа: 'company',
  армия: 'military',
  сила: 'military',
  войско: 'military',
  штаб: 'military',
  генштаб: 'military',
  полиция: 'security',
  прокуратура: 'security',
  генпрокуратура: 'security',
  больница: 'institution',
  госпиталь: 'institution',
  поликлиника: 'institution',
  учреждение: 'institution',
  лаборатория: 'institution',
  центр: 'institution',
  сборная: 'sport',
  лига: 'sport',
  клуб: 'sport',
  церковь: 'religious',
  епархия: 'religious',
  синод: 'religious',
  союз: 'public',
  ассоциация: 'public',
  федерация: 'public',
  объединение: 'public',
  движение: 'public',
  организация: 'public',
  общество: 'public',
  фонд: 'public',
  фронт: 'party',
  конфедерация: 'public',
  альянс: 'international',
};

/**
 * Words that say what kind of body a name in quotes or in Latin letters is: "партия «Яблоко»",
 * "компании Google", "газета «Ведомости»". Lemmas.
 */
export const DESCRIPTORS = [
  'компания',
  'фирма',
  'корпорация',
  'концерн',
  'холдинг',
  'группа',
  'банк',
  'фонд',
  'завод',
  'комбинат',
  'фабрика',
  'предприятие',
  'агрохолдинг',
  'авиакомпания',
  'автозавод',
  'телекомпания',
  'телеканал',
  'радиостанция',
  'канал',
  'газета',
  'журнал',
  'издание',
  'еженедельник',
  'агентство',
  'информагентство',
  'интернет-издание',
  'портал',
  'сайт',
  'медиахолдинг',
  'издательство',
  'партия',
  'движение',
  'организация',
  'объединение',
  'союз',
  'ассоциация',
  'федерация',
  'общество',
  'клуб',
  'команда',
  'центр',
  'институт',
  'университет',
  'академия',
  'театр',
  'музей',
  'студия',
  'оператор',
  'ритейлер',
  'производитель',
  'разработчик',
  'застройщик',
  'перевозчик',
  'сеть',
  'соцсеть',
  'мессенджер',
  'кооператив',
  'товарищество',
  'учреждение',
  'колледж',
  'техникум',
  'училище',
  'школа',
  'лицей',
  'гимназия',
  'больница',
  'санаторий',
  'лагерь',
  'хор',
  'ансамбль',
  'оркестр',
  'группировка',
] as const;

/**
 * Legal forms written before a name in quotes, as abbreviations (case-sensitive): "ООО «Ромашка»",
 * "ГБУ ВО «...»", "ФГБОУ ВО «...»".
 */
export const LEGAL_FORMS = [
  'ООО',
  'ОАО',
  'ЗАО',
  'ПАО',
  'АО',
  'НАО',
  'ТОО',
  'ИП',
  'ЧП',
  'ОДО',
  'ГУП',
  'МУП',
  'ФГУП',
  'ГБУ',
  'ГКУ',
  'ГАУ',
  'ГУ',
  'МБУ',
  'МКУ',
  'МАУ',
  'МБОУ',
  'МАОУ',
  'МКОУ',
  'МБДОУ',
  'МАДОУ',
  'МБУК',
  'МБУДО',
  'ГБОУ',
  'ГАОУ',
  'ГБПОУ',
  'ГАПОУ',
  'ГБУЗ',
  'ГАУЗ',
  'ГБУК',
  'ФГБОУ',
  'ФГАОУ',
  'ФГБУ',
  'ФГКУ',
  'ФГБНУ',
  'ФГУ',
  'ФБУ',
  'ФКУ',
  'ФГБУН',
  'АНО',
  'НКО',
  'НП',
  'НО',
  'ОГУ',
  'ОГБУ',
  'ОГКУ',
  'КГБУ',
  'КГКУ',
  'КГАУ',
  'ГК',
  'ФК',
  'ХК',
  'ПК',
  'СПК',
  'КФХ',
  'ТСЖ',
  'ЖСК',
  'АКБ',
  'КБ',
  'НИИ',
  'ОКБ',
  'НПО',
  'НПП',
  'ПО',
  'ЦКБ',
] as const;

/** Words after a legal form that are still part of it: "ФГБОУ ВО", "ГБУ ВО" (the level of education or the region's code). */
export const LEGAL_FORM_TAILS = ['ВО', 'ВПО', 'СПО', 'ДПО', 'ДО', 'РФ', 'РО'] as const;

/** Short forms written inside names, with the full words they stand for: "соцзащиты" -> "социальной защиты". */
export const NAME_WORDS: Readonly<Record<string, string>> = {
  соцзащита: 'социальная защита',
  соцразвитие: 'социальное развитие',
};

/**
 * What factRuEval's annotation counts as an organisation though it names no body: the Internet
 * ("в Интернете"). Used only under `convention: 'factru'`. Lemmas.
 */
export const FACTRU_BODIES = ['интернет'] as const;

/**
 * Heads of names that factRuEval's annotation does not count as a body: the authorities of a
 * place ("российские власти", "власти Мальты") are the place's government at large, not one
 * organisation. Used only under `convention: 'factru'`. Lemmas.
 */
export const FACTRU_NOT_HEADS = ['власть'] as const;

export { NOT_BODY_ABBREVIATIONS, NOT_BODY_NAMES, NOT_BODY_DESCRIPTORS, EVENT_WORDS_LATIN } from './not-bodies.js';

/**
 * Units of a body, named by the body they belong to: "пресс-служба МЧС", "правление «Газпрома»",
 * "кафедра археологии МГУ", "наблюдательный совет концерна". Lemmas.
 */
export const UNIT_HEADS = [
  'пресс-служба',
  'пресс-центр',
  'служба',
  'правление',
  'президиум',
  'политбюро',
  'канцелярия',
  'секретариат',
  'дирекция',
  'администрация',
  'кафедра',
  'факультет',
  'лаборатория',
  'отдел',
  'отделение',
  'филиал',
  'представительство',
  'бюро',
  'совет',
  'комитет',
  'комиссия',
  'департамент',
  'фракция',
  'труппа',
  'цех',
  'экипаж',
  'жюри',
] as const;

/** Under factRuEval's convention also the leadership of a body: "руководство телеканала". Lemmas. */
export const UNIT_HEADS_FACTRU = ['руководство'] as const;

/**
 * Words after which a short name in quotes or a site's address is the medium that published the
 * news: "сообщает «Росбалт»", "как пишет «Gzt.Ru»", "цитирует infox.ru", "в интервью «Свободной
 * прессе»". Lemmas.
 */
export const REPORTED_BY = [
  'сообщать',
  'сообщить',
  'писать',
  'написать',
  'передавать',
  'передать',
  'цитировать',
  'процитировать',
  'уточнять',
  'информировать',
  'интервью',
] as const;

/** Heads of a spacecraft's crew, which both corpora count as an organisation ("экипаж МКС", "13-я экспедиция"). Lemmas. */
export const CREW_HEADS = ['экипаж', 'экспедиция', 'команда'] as const;

/** What a crew flies: "экипаж МКС", "экипаж шаттла". Lemmas, and abbreviations as written. */
export const SPACECRAFT = ['МКС', 'шаттл', 'станция', 'корабль'] as const;

/** Adjectives that make an expedition a space one: "долговременной экспедиции", "пилотируемой экспедиции". Lemmas. */
export const SPACE_ADJECTIVES = [
  'долговременный',
  'пилотируемый',
  'космический',
  'орбитальный',
  'лунный',
  'марсианский',
] as const;
