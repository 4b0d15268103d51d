/**
 * Legal acts in dictionary form: the kinds of act, the codes with their usual short names, the
 * units an act is divided into, and the bodies that issue acts. Case forms come from morphology
 * (`lemma('указ')` matches "указом", "указе"); abbreviations are matched as written.
 */

/** A kind of act: its lemma (what `kind` reports) and how much the text must add for a mention to count. */
export interface ActKind {
  readonly lemma: string;
  /**
   * `strong`: the word names an act by itself when capitalised mid-sentence ("Указом",
   * "Конституции"); `weak`: only with a number, date, title, issuer or "о ..." phrase ("закон",
   * "постановление" are common words: "по закону жанра").
   */
  readonly force: 'strong' | 'weak';
}

/** Kinds of act, nominative singular. `федеральный закон` and `федеральный конституционный закон` are built from `закон`. */
export const ACT_KINDS: readonly ActKind[] = [
  { lemma: 'закон', force: 'weak' },
  { lemma: 'законопроект', force: 'weak' },
  { lemma: 'указ', force: 'strong' },
  { lemma: 'постановление', force: 'weak' },
  { lemma: 'распоряжение', force: 'weak' },
  { lemma: 'приказ', force: 'weak' },
  { lemma: 'решение', force: 'weak' },
  { lemma: 'кодекс', force: 'weak' },
  { lemma: 'конституция', force: 'strong' },
  { lemma: 'конвенция', force: 'weak' },
  { lemma: 'договор', force: 'weak' },
  { lemma: 'соглашение', force: 'weak' },
  { lemma: 'пакт', force: 'weak' },
  { lemma: 'протокол', force: 'weak' },
  { lemma: 'декларация', force: 'weak' },
  { lemma: 'хартия', force: 'weak' },
  { lemma: 'статут', force: 'weak' },
  { lemma: 'резолюция', force: 'weak' },
  { lemma: 'директива', force: 'weak' },
  { lemma: 'регламент', force: 'weak' },
  { lemma: 'положение', force: 'weak' },
  { lemma: 'стратегия', force: 'weak' },
  { lemma: 'устав', force: 'weak' },
  { lemma: 'правило', force: 'weak' },
  { lemma: 'поправка', force: 'weak' },
];

/**
 * Kinds whose "о ..." phrase is almost always the act's subject ("закон об амнистии", "указ о
 * награждении"). Not "постановление", "распоряжение", "приказ": a court's "постановление о
 * применении меры пресечения", a commander's "приказ о наступлении" are not acts; with an issuer,
 * a number or a date they are.
 */
export const ABOUT_KINDS = [
  'закон',
  'законопроект',
  'указ',
  'кодекс',
  'конвенция',
  'договор',
  'соглашение',
  'пакт',
  'протокол',
  'декларация',
  'хартия',
  'директива',
  'резолюция',
  'положение',
  'законодательство',
] as const;

/** Acts of an international body or between states: named by a capitalised adjective ("Римского статута", "Киотскому протоколу"). */
export const TREATY_KINDS = [
  'конвенция',
  'договор',
  'соглашение',
  'пакт',
  'протокол',
  'декларация',
  'хартия',
  'статут',
  'меморандум',
] as const;

/** A code: its full name in the nominative and its short names (case-sensitive abbreviations). */
export interface Code {
  readonly name: string;
  /** Abbreviations that name the code alone ("УК", "КоАП"). */
  readonly abbr: readonly string[];
  /**
   * Abbreviations that name it only with a jurisdiction or an article before them ("УК РФ", "ст.
   * 285 УК"): alone, "УК" is as often a management company, "АПК" the agro-industrial complex,
   * "ГК" a state corporation.
   */
  readonly weakAbbr: readonly string[];
  /** Abbreviations that name it only after an article ("ст. 80 СК РФ"): "СК РФ" is mostly the Investigative Committee. */
  readonly refAbbr?: readonly string[];
}

export const CODES: readonly Code[] = [
  { name: 'Уголовный кодекс', abbr: [], weakAbbr: ['УК'] },
  { name: 'Уголовно-процессуальный кодекс', abbr: ['УПК'], weakAbbr: [] },
  { name: 'Уголовно-исполнительный кодекс', abbr: ['УИК'], weakAbbr: [] },
  { name: 'Гражданский кодекс', abbr: [], weakAbbr: ['ГК'] },
  { name: 'Гражданский процессуальный кодекс', abbr: ['ГПК'], weakAbbr: [] },
  { name: 'Арбитражный процессуальный кодекс', abbr: [], weakAbbr: ['АПК'] },
  { name: 'Кодекс об административных правонарушениях', abbr: ['КоАП', 'КОАП'], weakAbbr: [] },
  { name: 'Кодекс административного судопроизводства', abbr: ['КАС'], weakAbbr: [] },
  { name: 'Налоговый кодекс', abbr: [], weakAbbr: ['НК'] },
  { name: 'Трудовой кодекс', abbr: [], weakAbbr: ['ТК'] },
  { name: 'Жилищный кодекс', abbr: [], weakAbbr: ['ЖК'] },
  { name: 'Земельный кодекс', abbr: [], weakAbbr: ['ЗК'] },
  { name: 'Семейный кодекс', abbr: [], weakAbbr: [], refAbbr: ['СК'] },
  { name: 'Бюджетный кодекс', abbr: [], weakAbbr: ['БК'] },
  { name: 'Градостроительный кодекс', abbr: ['ГрК'], weakAbbr: [] },
  { name: 'Лесной кодекс', abbr: [], weakAbbr: ['ЛК'] },
  { name: 'Водный кодекс', abbr: [], weakAbbr: [] },
  { name: 'Воздушный кодекс', abbr: [], weakAbbr: ['ВК'] },
  { name: 'Таможенный кодекс', abbr: [], weakAbbr: ['ТК ЕАЭС'] },
  { name: 'Избирательный кодекс', abbr: [], weakAbbr: [] },
  { name: 'Административный кодекс', abbr: [], weakAbbr: [] },
  { name: 'Морской кодекс', abbr: [], weakAbbr: [] },
  { name: 'Кодекс торгового мореплавания', abbr: ['КТМ'], weakAbbr: [] },
  { name: 'Кодекс внутреннего водного транспорта', abbr: ['КВВТ'], weakAbbr: [] },
  { name: 'Кодекс законов о труде', abbr: ['КЗоТ'], weakAbbr: [] },
  { name: 'Кодекс о недрах', abbr: [], weakAbbr: [] },
  { name: 'Кодекс Российской Федерации об административных правонарушениях', abbr: [], weakAbbr: [] },
];

/** Short names that stand alone for a code after a preposition ("поправки в ГК", "по ТК"), not before a quoted name ("ГК «Ростех»"). */
export const PREPOSITION_ABBR = ['ГК', 'НК', 'ТК'] as const;

/** Named rules and plans that are acts in their own right. */
export const NAMED_ACTS: readonly { readonly name: string; readonly kind: string; readonly abbr: readonly string[] }[] =
  [
    { name: 'Правила дорожного движения', kind: 'правила', abbr: ['ПДД'] },
    { name: 'Всеобщая декларация прав человека', kind: 'декларация', abbr: [] },
    { name: 'Европейская конвенция о защите прав человека и основных свобод', kind: 'конвенция', abbr: ['ЕКПЧ'] },
    { name: 'Устав ООН', kind: 'устав', abbr: [] },
  ];

/** The units an act is divided into, with their abbreviations (written with a dot: "ст.", "ч."). */
export const ACT_UNITS: Readonly<
  Record<
    string,
    {
      readonly field: 'article' | 'part' | 'clause' | 'subclause' | 'paragraph' | 'chapter' | 'section';
      readonly abbr: readonly string[];
    }
  >
> = {
  статья: { field: 'article', abbr: ['ст', 'стст'] },
  часть: { field: 'part', abbr: ['ч'] },
  пункт: { field: 'clause', abbr: ['п', 'пп'] },
  подпункт: { field: 'subclause', abbr: ['подп', 'пп'] },
  абзац: { field: 'paragraph', abbr: ['абз'] },
  глава: { field: 'chapter', abbr: ['гл'] },
  раздел: { field: 'section', abbr: ['разд'] },
};

/**
 * Head nouns of a body or an official that issues acts ("Указ Президента", "постановление
 * Правительства Владимирской области", "приказ Минтруда России").
 */
export const ISSUERS = [
  'президент',
  'правительство',
  'министерство',
  'министр',
  'губернатор',
  'глава',
  'мэр',
  'администрация',
  'банк',
  'служба',
  'агентство',
  'комитет',
  'комиссия',
  'дума',
  'совет',
  'собрание',
  'суд',
  'прокуратура',
  'прокурор',
  'департамент',
  'управление',
  'парламент',
  'рада',
  'сенат',
  'конгресс',
  'кабинет',
  'фонд',
  'инспекция',
  'казначейство',
  'надзор',
  'генпрокуратура',
  'минфин',
  'минтруд',
  'минздрав',
  'минобрнаука',
  'минпросвещение',
  'минэкономразвития',
  'минюст',
  'мвд',
  'мчс',
  'минобороны',
  'минприроды',
  'минсельхоз',
  'минпромторг',
  'минцифры',
  'минкомсвязь',
  'минстрой',
  'минтранс',
  'минэнерго',
  'минкультуры',
  'минспорт',
  'росстат',
  'роскомнадзор',
  'ростехнадзор',
  'росреестр',
  'роспотребнадзор',
  'цб',
  'фнс',
  'фсб',
  'фас',
  'фсин',
  'фтс',
  'фмс',
  'пфр',
] as const;

/**
 * Places that stand after a code or a constitution as its jurisdiction, as abbreviations
 * ("УК РФ", "Конституции США"); other places are capitalised words in the genitive.
 */
export const JURISDICTION_ABBR = [
  'РФ',
  'РСФСР',
  'СССР',
  'США',
  'ЕАЭС',
  'ЕС',
  'ООН',
  'РК',
  'РБ',
  'КР',
  'ДНР',
  'ЛНР',
] as const;

/** Jurisdictions that mean Russia, normalised to its full name. */
export const RUSSIA_NAMES = ['рф', 'россия', 'российская федерация'] as const;
