/**
 * Words that may stand between a person and the office the text gives them, in dictionary form
 * (lemmas as the morphology gives them: `е` for `ё`, verbs in the infinitive, short participles
 * under their verb).
 */
import { KIN_NOUNS } from './persons/index.js';

/** Verbs that put a person into an office: "министром назначен Иванов", "Иванов стал министром". */
export const OFFICE_VERBS = new Set([
  'назначить',
  'назначать',
  'стать',
  'становиться',
  'избрать',
  'избирать',
  'утвердить',
  'переизбрать',
  'являться',
  'быть',
  'работать',
  'служить',
  'занимать',
  'занять',
  'остаться',
  'оставаться',
  'возглавить',
  'возглавлять',
]);

/** Of the verbs above, those whose active forms put someone else into the office ("Путин назначил ... Иванова"): they link only as passive participles ("назначен"). */
export const APPOINTING_VERBS = new Set(['назначить', 'назначать', 'избрать', 'избирать', 'утвердить', 'переизбрать']);

/**
 * Verbs that make a later office the predicate of the sentence's subject, besides the office
 * verbs: "проработал на посту мэра", "ушёл с поста", "признан лучшим футболистом". The appointing
 * ones link only as passive participles, like the office verbs.
 */
export const PREDICATE_VERBS = new Set([
  'проработать',
  'поработать',
  'трудиться',
  'пробыть',
  'покинуть',
  'покидать',
  'уйти',
  'уходить',
  'оставить',
  'оставлять',
  'выбрать',
  'признать',
  'признавать',
  'выступать',
  'выступить',
  'исполнять',
  'выполнять',
  'совмещать',
  'считаться',
  'числиться',
  'вступить',
  'сменить',
]);

/**
 * Link verbs whose predicate is an office in the instrumental: "являлся [тренером]", "был
 * [охранником]", "работавшая [заместителем]" -- a name right after such an office is its owner.
 */
export const LINK_VERBS = new Set([
  'быть',
  'являться',
  'работать',
  'служить',
  'трудиться',
  'числиться',
  'оставаться',
  'остаться',
  'стать',
  'становиться',
]);

/**
 * Verbs that make the office after them the subject's only when the office follows in the same
 * clause, read by the links between a name and an office and not across clauses: "подаст в
 * отставку с должности", "лишится поста", "заявил об уходе с поста", "будет исполнять обязанности".
 */
export const CLAUSE_VERBS = new Set(['подать', 'лишиться', 'лишаться', 'заявить', 'объявить', 'сохранить', 'получить']);

/** Words such a clause may have besides the fillers: "исполнять [обязанности]", "заявил [об] уходе", "получил [назначение]". */
export const CLAUSE_FILLERS = new Set(['обязанность', 'о', 'об', 'назначение', 'новый', 'место', 'звание']);

/** Of the predicate verbs, those whose active forms put someone else into the office. */
export const APPOINTING_PREDICATES = new Set(['выбрать', 'признать', 'признавать']);

/** Words besides the fillers that stand between such a verb and the office: "ушёл в отставку с поста", "в качестве". */
export const PREDICATE_FILLERS = new Set(['качество', 'отставка', 'уход', 'как', 'со', 'из', 'свой']);

/** Words that go with those verbs: "назначен на пост министра", "занимал должность главы". */
export const OFFICE_FILLERS = new Set([
  'пост',
  'должность',
  'на',
  'в',
  'ранее',
  'также',
  'сейчас',
  'теперь',
  'уже',
  'еще',
  'временно',
  'недавно',
  'прежде',
  'тогда',
  'который',
  'он',
  'она',
  'и',
  'от',
  'с',
]);

/** Military, academic and church ranks that stand between an office and the name: "командующий ... генерал-полковник Сергей Макаров". */
export const RANKS = new Set([
  'генерал',
  'генерал-майор',
  'генерал-лейтенант',
  'генерал-полковник',
  'маршал',
  'адмирал',
  'вице-адмирал',
  'контр-адмирал',
  'полковник',
  'подполковник',
  'майор',
  'капитан',
  'лейтенант',
  'старший',
  'сержант',
  'прапорщик',
  'доктор',
  'профессор',
  'академик',
  'протоиерей',
  'архиепископ',
  'митрополит',
  'епископ',
  'священник',
  'патриарх',
  'шейх',
]);

/** Nouns that stand for the place of an office without naming it: "министр иностранных дел страны". */
export const GENERIC_PLACES = new Set([
  'страна',
  'регион',
  'область',
  'край',
  'республика',
  'город',
  'район',
  'округ',
  'штат',
]);

/** Nouns of kin and company, which say who a person is to someone, not an office: "остался [сын] Макарий", "стал её [ровесник]". */
export const KINSHIP = new Set([
  ...KIN_NOUNS,
  'супруг',
  'племянник',
  'племянница',
  'ровесник',
  'ровесница',
  'земляк',
  'друг',
  'подруга',
]);

/** Forms of address, which stand before another person's name: "Президент и [госпожа] Обама", "первая [леди]". */
export const ADDRESS = new Set([
  'госпожа',
  'господин',
  'леди',
  'миссис',
  'мистер',
  'мисс',
  'сэр',
  'мадам',
  'фрау',
  'герр',
]);
