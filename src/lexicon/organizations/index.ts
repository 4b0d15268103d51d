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
  strong: ['правительство', 'госдума', 'парламент', 'полиция', 'прокуратура', 'генпрокуратура', 'мэрия', 'кабмин', 'сенат', 'конгресс', 'меджлис', 'кнессет', 'бундестаг', 'горсовет', 'облдума', 'гордума', 'заксобрание', 'избирком', 'облизбирком', 'горизбирком', 'минобороны'],
  official: [
    'министерство', 'администрация', 'департамент', 'управление', 'ведомство', 'суд', 'дума', 'собрание', 'комитет', 'служба', 'агентство', 'инспекция',
    'комиссия', 'палата', 'совет', 'армия', 'войско', 'сила', 'штаб', 'казначейство', 'трибунал', 'посольство', 'консульство', 'представительство',
    'префектура', 'муниципалитет', 'исполком', 'обком', 'горком', 'райком', 'правление', 'президиум', 'фракция', 'пресс-служба', 'генштаб', 'минздрав',
    'власть',
  ],
  named: [
    'центр', 'фонд', 'партия', 'союз', 'ассоциация', 'федерация', 'объединение', 'движение', 'организация', 'университет', 'институт', 'академия',
    'колледж', 'училище', 'техникум', 'школа', 'лицей', 'гимназия', 'театр', 'музей', 'библиотека', 'филармония', 'больница', 'госпиталь', 'поликлиника',
    'банк', 'корпорация', 'концерн', 'холдинг', 'компания', 'завод', 'комбинат', 'фабрика', 'предприятие', 'учреждение', 'лаборатория', 'отдел',
    'отделение', 'сборная', 'клуб', 'секретариат', 'канцелярия', 'биржа', 'церковь', 'епархия', 'синод', 'общество', 'конфедерация', 'альянс', 'фронт',
  ],
} as const;

/** Words that say a body of a given kind, by head lemma (the rest are `government`, or `public`). */
export const HEAD_KINDS: Readonly<Record<string, OrganizationKind>> = {
  суд: 'court', трибунал: 'court', дума: 'legislature', собрание: 'legislature', парламент: 'legislature', сенат: 'legislature', конгресс: 'legislature',
  меджлис: 'legislature', кнессет: 'legislature', бундестаг: 'legislature', горсовет: 'legislature', облдума: 'legislature', гордума: 'legislature',
  заксобрание: 'legislature', партия: 'party', фракция: 'party', университет: 'education', институт: 'education', академия: 'education',
  колледж: 'education', училище: 'education', техникум: 'education', школа: 'education', лицей: 'education', гимназия: 'education',
  театр: 'culture', музей: 'culture', библиотека: 'culture', филармония: 'culture', банк: 'bank', компания: 'company', корпорация: 'company',
  концерн: 'company', холдинг: 'company', завод: 'company', комбинат: 'company', фабрика: 'company', предприятие: 'company', биржа: 'company',
  армия: 'military', сила: 'military', войско: 'military', штаб: 'military', генштаб: 'military', полиция: 'security', прокуратура: 'security',
  генпрокуратура: 'security', больница: 'institution', госпиталь: 'institution', поликлиника: 'institution', учреждение: 'institution',
  лаборатория: 'institution', центр: 'institution', сборная: 'sport', лига: 'sport', клуб: 'sport', церковь: 'religious', епархия: 'religious',
  синод: 'religious', союз: 'public', ассоциация: 'public', федерация: 'public', объединение: 'public', движение: 'public', организация: 'public',
  общество: 'public', фонд: 'public', фронт: 'party', конфедерация: 'public', альянс: 'international',
};

/**
 * Words that say what kind of body a name in quotes or in Latin letters is: "партия «Яблоко»",
 * "компании Google", "газета «Ведомости»". Lemmas.
 */
export const DESCRIPTORS = [
  'компания', 'фирма', 'корпорация', 'концерн', 'холдинг', 'группа', 'банк', 'фонд', 'завод', 'комбинат', 'фабрика', 'предприятие', 'агрохолдинг',
  'авиакомпания', 'автозавод', 'телекомпания', 'телеканал', 'радиостанция', 'канал', 'газета', 'журнал', 'издание', 'еженедельник', 'агентство',
  'информагентство', 'интернет-издание', 'портал', 'сайт', 'медиахолдинг', 'издательство', 'партия', 'движение', 'организация', 'объединение', 'союз',
  'ассоциация', 'федерация', 'общество', 'клуб', 'команда', 'центр', 'институт', 'университет', 'академия', 'театр', 'музей', 'студия', 'оператор',
  'ритейлер', 'производитель', 'разработчик', 'застройщик', 'перевозчик', 'сеть', 'соцсеть', 'мессенджер', 'кооператив', 'товарищество', 'учреждение',
  'колледж', 'техникум', 'училище', 'школа', 'лицей', 'гимназия', 'больница', 'санаторий', 'лагерь', 'хор', 'ансамбль', 'оркестр', 'группировка',
] as const;

/**
 * Legal forms written before a name in quotes, as abbreviations (case-sensitive): "ООО «Ромашка»",
 * "ГБУ ВО «...»", "ФГБОУ ВО «...»".
 */
export const LEGAL_FORMS = [
  'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'НАО', 'ТОО', 'ИП', 'ЧП', 'ОДО', 'ГУП', 'МУП', 'ФГУП', 'ГБУ', 'ГКУ', 'ГАУ', 'ГУ', 'МБУ', 'МКУ', 'МАУ', 'МБОУ',
  'МАОУ', 'МКОУ', 'МБДОУ', 'МАДОУ', 'МБУК', 'МБУДО', 'ГБОУ', 'ГАОУ', 'ГБПОУ', 'ГАПОУ', 'ГБУЗ', 'ГАУЗ', 'ГБУК', 'ФГБОУ', 'ФГАОУ', 'ФГБУ', 'ФГКУ',
  'ФГБНУ', 'ФГУ', 'ФБУ', 'ФКУ', 'ФГБУН', 'АНО', 'НКО', 'НП', 'НО', 'ОГУ', 'ОГБУ', 'ОГКУ', 'КГБУ', 'КГКУ', 'КГАУ', 'ГК', 'ФК', 'ХК', 'ПК', 'СПК',
  'КФХ', 'ТСЖ', 'ЖСК', 'АКБ', 'КБ', 'НИИ', 'ОКБ', 'НПО', 'НПП', 'ПО', 'ЦКБ',
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

/** Abbreviations in capitals common in news that name no body (for the rule that takes unknown ones as bodies). */
export const NOT_BODY_ABBREVIATIONS = [
  'ВВП', 'ВРП', 'ЖКХ', 'СМИ', 'ДТП', 'ЧС', 'ЧП', 'НДС', 'НДФЛ', 'ОМС', 'ДМС', 'ИЖС', 'МКД', 'АПК', 'ТЭК', 'ОЭЗ', 'ТОР', 'ИТ', 'ЕГЭ', 'ОГЭ', 'ВИЧ',
  'СПИД', 'ОРВИ', 'ПМЖ', 'МСП', 'НКО', 'СНТ', 'ИП', 'ФЗ', 'УК', 'КоАП', 'ГК', 'НК', 'ТК', 'ЖК', 'ПДД', 'ПО', 'ИИ', 'АЭС', 'ГЭС', 'ТЭЦ', 'ГРЭС', 'ЛЭП',
  'БПЛА', 'ПВО', 'ПРО', 'СВО', 'КТО', 'ОВ', 'ЯО', 'ВПК', 'ОПК', 'НИОКР', 'ИКТ', 'ЦОД', 'ГИС', 'ЕГРЮЛ', 'ЕГРН', 'ИНН', 'СНИЛС', 'ОКВЭД', 'ОКАТО', 'ОКТМО',
  'ФАП', 'ДОУ', 'СОШ', 'ВУЗ', 'ССУЗ', 'ФИО', 'РБ', 'РТ', 'МО', 'ЛНР', 'ДНР', 'ГО', 'МР', 'СП', 'ПГТ', 'ЦФО', 'СЗФО', 'ЮФО', 'СКФО', 'ПФО', 'УФО',
  'СФО', 'ДФО', 'ТВ', 'РИА', 'США', 'СССР', 'ЕАО', 'ХМАО', 'ЯНАО', 'НАО', 'КБР', 'КЧР', 'ЧР', 'РФ', 'РСФСР', 'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'ГУП',
  'МУП', 'ФГУП', 'АНО', 'НП', 'ЖСК', 'ТСЖ', 'КФХ', 'СПК', 'ПК', 'КПП', 'ПТУ', 'ЗАГС', 'ОВД', 'ЛОВД', 'КПЗ', 'ОМОН', 'СОБР', 'ВС', 'ВДВ', 'РВСН',
  'ДВС', 'АКПП', 'МКС', 'МКАД', 'ГЛОНАСС', 'GPS', 'ЭКО', 'МРОТ', 'ПМ', 'ЦУП', 'ОС', 'ТО', 'ТС', 'АЗС', 'ЖД', 'РЖД', 'ЛПУ', 'ЦРБ', 'ФОК', 'ДК', 'ТЦ', 'ТРЦ',
] as const;

/** Names in Latin letters of products and programs, not of their makers ("Windows", "Android"). */
export const NOT_BODY_NAMES = ['Windows', 'Android', 'Linux', 'Chrome', 'iPhone', 'iPad', 'iOS', 'macOS', 'Office', 'Excel', 'PowerPoint', 'Photoshop', 'Skype', 'Firefox', 'Safari', 'Bluetooth', 'Wi-Fi', 'USB', 'HTML', 'HTML5', 'PDF', 'UTC', 'GMT', 'COVID', 'IT', 'VPN', 'IP', 'SMS', 'LED', 'DVD', 'CD', 'TV', 'PR', 'CEO', 'OK'] as const;
