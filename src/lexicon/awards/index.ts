/**
 * Award words in dictionary form: medal colours, the nouns they qualify, honorary titles, named
 * prizes, certificates. Case forms come from the morphology (lemmas are folded: "ё" is "е").
 */

export type Medal = 'gold' | 'silver' | 'bronze';

/** Colour adjectives and metal nouns with the place they stand for. */
export const MEDAL_COLORS: Readonly<Record<string, { medal: Medal; place: number }>> = {
  золотой: { medal: 'gold', place: 1 },
  серебряный: { medal: 'silver', place: 2 },
  бронзовый: { medal: 'bronze', place: 3 },
};
export const MEDAL_METALS: Readonly<Record<string, { medal: Medal; place: number }>> = {
  золото: { medal: 'gold', place: 1 },
  серебро: { medal: 'silver', place: 2 },
  бронза: { medal: 'bronze', place: 3 },
};

/** What a colour qualifies: "серебряная медаль", "бронзовым призёром", "золотой медалистки". */
export const MEDAL_NOUNS = ['медаль', 'награда', 'медалист', 'медалистка', 'призер', 'призерка'];

/** Who won: "победитель конкурса", "лауреатом премии", "дипломантом фестиваля". */
export const WINNER_NOUNS: Readonly<Record<string, number | null>> = {
  победитель: 1,
  победительница: 1,
  призер: null,
  призерка: null,
  лауреат: null,
  лауреатка: null,
  дипломант: null,
  дипломантка: null,
  финалист: null,
  финалистка: null,
  медалист: null,
  медалистка: null,
};

/** "чемпион мира", "вице-чемпионка Европы": the place each stands for. */
export const CHAMPION_NOUNS: Readonly<Record<string, number>> = {
  чемпион: 1,
  чемпионка: 1,
  'вице-чемпион': 2,
  'вице-чемпионка': 2,
};

/** "двукратный чемпион": how many times. */
export const TIMES_ADJECTIVES: Readonly<Record<string, number | null>> = {
  двукратный: 2,
  трехкратный: 3,
  четырехкратный: 4,
  пятикратный: 5,
  шестикратный: 6,
  семикратный: 7,
  восьмикратный: 8,
  девятикратный: 9,
  десятикратный: 10,
  многократный: null,
};

/** Adjectives that make an honorary title of a profession: "народный артист", "заслуженный учитель". */
export const TITLE_ADJECTIVES = ['народный', 'заслуженный', 'почетный'];
/** The professions such titles are given for. */
export const TITLE_NOUNS = [
  'артист',
  'артистка',
  'художник',
  'деятель',
  'работник',
  'работница',
  'учитель',
  'врач',
  'юрист',
  'строитель',
  'экономист',
  'мастер',
  'тренер',
  'энергетик',
  'педагог',
  'сотрудник',
  'гражданин',
  'житель',
  'доктор',
  'профессор',
  'поэт',
  'писатель',
  'изобретатель',
  'пилот',
  'летчик',
  'машиностроитель',
  'химик',
  'металлург',
  'шахтер',
  'связист',
  'геолог',
  'эколог',
  'лесовод',
  'журналист',
  'архитектор',
  'рационализатор',
  'агроном',
  'зоотехник',
  'донор',
  'спасатель',
  'механизатор',
  'животновод',
  'ветеринар',
  'полярник',
  'испытатель',
  'штурман',
  'член',
  'железнодорожник',
  'транспортник',
  'нефтяник',
  'газовик',
  'машинист',
];

/** Award nouns a name or an owner follows: "премия Правительства", "грант Президента", "приз жюри". */
export const PRIZE_NOUNS: Readonly<Record<string, 'prize' | 'grant'>> = {
  премия: 'prize',
  приз: 'prize',
  спецприз: 'prize',
  награда: 'prize',
  грант: 'grant',
  стипендия: 'grant',
};
/** Lower-case adjectives that make a prize: "государственная премия", "президентский грант". */
export const PRIZE_ADJECTIVES = [
  'государственный',
  'национальный',
  'международный',
  'всероссийский',
  'президентский',
  'губернаторский',
  'главный',
  'специальный',
  'нобелевский',
  'ленинский',
  'сталинский',
];
/** Fields a prize is given in: "премия по литературе", "Нобелевская премия по физиологии и медицине". */
export const PRIZE_FIELDS = [
  'литература',
  'экономика',
  'физика',
  'химия',
  'медицина',
  'физиология',
  'математика',
  'информатика',
  'архитектура',
  'журналистика',
  'наука',
  'техника',
  'культура',
  'искусство',
  'образование',
];

/** Who gives a prize or a certificate ("Почётная грамота Министерства ...", "Благодарность Губернатора"). */
export const AWARDING_HEADS = [
  'президент',
  'правительство',
  'губернатор',
  'министр',
  'министерство',
  'глава',
  'мэр',
  'администрация',
  'председатель',
  'собрание',
  'дума',
  'комитет',
  'департамент',
  'управление',
  'совет',
  'минтруд',
  'минобразование',
  'минобрнауки',
  'минпросвещения',
  'минздрав',
  'минкультуры',
  'минспорт',
  'минсельхоз',
  'жюри',
];

/**
 * Named awards a text cites by their names alone. `ambiguous` names are also first names
 * ("Оскар Уайльд", "Ника"): believed only where no other name stands next to them.
 */
export interface NamedAward {
  readonly name: string;
  readonly kind: 'prize' | 'title';
  readonly ambiguous?: boolean;
  readonly mode?: 'lemma' | 'surface' | 'exact';
}
export const NAMED_AWARDS: readonly NamedAward[] = [
  { name: 'Оскар', kind: 'prize', ambiguous: true },
  { name: 'оскароносный', kind: 'prize' },
  { name: 'Эмми', kind: 'prize', ambiguous: true },
  { name: 'Грэмми', kind: 'prize' },
  { name: 'Золотой глобус', kind: 'prize' },
  { name: 'Золотая пальмовая ветвь', kind: 'prize' },
  { name: 'Золотая маска', kind: 'prize' },
  { name: 'Золотой мяч', kind: 'prize' },
  { name: 'Золотой орёл', kind: 'prize' },
  { name: 'Золотой медведь', kind: 'prize' },
  { name: 'Золотой лев', kind: 'prize' },
  { name: 'Золотой граммофон', kind: 'prize' },
  { name: 'Ника', kind: 'prize', ambiguous: true },
  { name: 'Тони', kind: 'prize', ambiguous: true },
  { name: 'Сезар', kind: 'prize', ambiguous: true },
  { name: 'ТЭФИ', kind: 'prize', mode: 'exact' },
  { name: 'BAFTA', kind: 'prize', mode: 'exact' },
  { name: 'MVP', kind: 'title', mode: 'exact' },
  { name: 'Книга рекордов Гиннесса', kind: 'title' },
  { name: 'Человек года', kind: 'title' },
];

/** The first word after "За" in the name of a state award: «За заслуги перед Отечеством», «За отвагу». */
export const MERIT_LEMMAS = [
  'заслуга',
  'отвага',
  'мужество',
  'служба',
  'труд',
  'трудовой',
  'доблесть',
  'храбрость',
  'отличие',
  'военный',
  'боевой',
  'верность',
  'спасение',
  'безупречный',
  'особый',
  'освобождение',
  'оборона',
  'вклад',
  'женский',
  'укрепление',
  'развитие',
  'содействие',
  'усердие',
];
