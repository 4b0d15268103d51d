// Generates src/lexicon/geo/regions.json (and federal-districts.json): the 89 federal subjects of Russia as named in Russian
// official usage (Constitution art. 65 as amended), and checks the result against Debian's
// `iso-codes` (iso_3166-2.json + the `ru` catalogue iso_3166-2.mo).
//
//   node scripts/gazetteer/regions.mjs          # check regions.json against this table and iso-codes
//   node scripts/gazetteer/regions.mjs --write  # rewrite regions.json from this table
//
// Sources, field by field:
// - name, type: Constitution of the Russian Federation, art. 65 (current wording, incl. the
//   official names "Кемеровская область — Кузбасс", "Чувашская Республика — Чувашия",
//   "Ханты-Мансийский автономный округ — Югра", "Республика Северная Осетия — Алания").
// - iso: ISO 3166-2:RU as shipped by Debian iso-codes (83 codes). The six subjects not in
//   ISO 3166-2:RU (Крым, Севастополь, ДНР, ЛНР, Запорожская и Херсонская области) get null.
// - okato: first level of ОКАТО (ОК 019-95). Autonomous okrugs that lie within an oblast
//   (НАО, ХМАО, ЯНАО) have no 2-digit code of their own: their ОКАТО code is the 5-digit one
//   under the parent oblast (11100, 71100, 71140). ДНР, ЛНР, Запорожская и Херсонская области:
//   null — no code could be verified offline (see README.md).
// - federalDistrict: the presidential decrees on federal districts as amended (Бурятия and
//   Забайкальский край moved to Дальневосточный in 2018; Крым and Севастополь in Южный since
//   2016; ДНР, ЛНР, Запорожская и Херсонская области added to Южный in 2023).
// - capital: administrative centre per the subject's charter. Запорожская и Херсонская области:
//   the seat the Russian regional authorities actually use (Мелитополь, Геническ) — the charters
//   name Запорожье and Херсон and call those seats temporary; both are kept in `capitalDeJure`.
// - short, aliases, adjectives, abbr: common usage in Russian official and news text (curated).
// - former: Soviet-era names (АССР, автономные области) and the names of subjects renamed or merged
//   since (Горьковская область, Пермская область, Читинская область...), from general knowledge.
//   `weakAliases` / `weakAbbr` are ambiguous (РТ, РБ, МО, Дон, Алтай...): rules should accept
//   them only with supporting context.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatRows, compareCommitted, writeRows } from './json-out.mjs';
import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { ISO_JSON_DIR, readIso3166_2, ruCatalogue, ruName } from './iso-codes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const REGIONS_JSON = resolve(here, '../../src/lexicon/geo/regions.json');
export const DISTRICTS_JSON = resolve(here, '../../src/lexicon/geo/federal-districts.json');

const C = 'Центральный',
  NW = 'Северо-Западный',
  S = 'Южный',
  NC = 'Северо-Кавказский',
  V = 'Приволжский',
  U = 'Уральский',
  SB = 'Сибирский',
  FE = 'Дальневосточный';

// [id, iso, name, type, okato, fd, capital, extra]
// prettier-ignore
const T = [
  // Republics
  ['adygea', 'RU-AD', 'Республика Адыгея', 'republic', '79', S, 'Майкоп', { short: ['Адыгея'], adjectives: ['адыгейский'], weakAbbr: ['РА'], former: ['Адыгейская автономная область'] }],
  ['altai-republic', 'RU-AL', 'Республика Алтай', 'republic', '84', SB, 'Горно-Алтайск', { aliases: ['Горный Алтай'], weakAliases: ['Алтай'], weakAbbr: ['РА'], adjectives: ['алтайский'], former: ['Горно-Алтайская автономная область'] }],
  ['bashkortostan', 'RU-BA', 'Республика Башкортостан', 'republic', '80', V, 'Уфа', { short: ['Башкортостан'], aliases: ['Башкирия'], adjectives: ['башкирский'], weakAbbr: ['РБ'], former: ['Башкирская АССР'] }],
  ['buryatia', 'RU-BU', 'Республика Бурятия', 'republic', '81', FE, 'Улан-Удэ', { short: ['Бурятия'], adjectives: ['бурятский'], weakAbbr: ['РБ'], former: ['Бурятская АССР', 'Бурят-Монгольская АССР'] }],
  ['dagestan', 'RU-DA', 'Республика Дагестан', 'republic', '82', NC, 'Махачкала', { short: ['Дагестан'], adjectives: ['дагестанский'], weakAbbr: ['РД'], former: ['Дагестанская АССР'] }],
  ['dpr', null, 'Донецкая Народная Республика', 'republic', null, S, 'Донецк', { abbr: ['ДНР'] }],
  ['ingushetia', 'RU-IN', 'Республика Ингушетия', 'republic', '26', NC, 'Магас', { short: ['Ингушетия'], adjectives: ['ингушский'], weakAbbr: ['РИ'] }],
  ['kabardino-balkaria', 'RU-KB', 'Кабардино-Балкарская Республика', 'republic', '83', NC, 'Нальчик', { short: ['Кабардино-Балкария'], adjectives: ['кабардино-балкарский'], abbr: ['КБР'], former: ['Кабардино-Балкарская АССР'] }],
  ['kalmykia', 'RU-KL', 'Республика Калмыкия', 'republic', '85', S, 'Элиста', { short: ['Калмыкия'], adjectives: ['калмыцкий'], weakAbbr: ['РК'], former: ['Калмыцкая АССР'] }],
  ['karachay-cherkessia', 'RU-KC', 'Карачаево-Черкесская Республика', 'republic', '91', NC, 'Черкесск', { short: ['Карачаево-Черкесия'], adjectives: ['карачаево-черкесский'], abbr: ['КЧР'], former: ['Карачаево-Черкесская автономная область'] }],
  ['karelia', 'RU-KR', 'Республика Карелия', 'republic', '86', NW, 'Петрозаводск', { short: ['Карелия'], adjectives: ['карельский'], weakAbbr: ['РК'], former: ['Карельская АССР'] }],
  ['komi', 'RU-KO', 'Республика Коми', 'republic', '87', NW, 'Сыктывкар', { short: ['Коми'], weakAbbr: ['РК'], former: ['Коми АССР'] }],
  ['crimea', null, 'Республика Крым', 'republic', '35', S, 'Симферополь', { short: ['Крым'], weakAliases: ['Таврида'], adjectives: ['крымский'], weakAbbr: ['РК'] }],
  ['lpr', null, 'Луганская Народная Республика', 'republic', null, S, 'Луганск', { abbr: ['ЛНР'] }],
  ['mari-el', 'RU-ME', 'Республика Марий Эл', 'republic', '88', V, 'Йошкар-Ола', { short: ['Марий Эл'], adjectives: ['марийский'], abbr: ['РМЭ'], former: ['Марийская АССР'] }],
  ['mordovia', 'RU-MO', 'Республика Мордовия', 'republic', '89', V, 'Саранск', { short: ['Мордовия'], adjectives: ['мордовский'], weakAbbr: ['РМ'], former: ['Мордовская АССР'] }],
  ['sakha', 'RU-SA', 'Республика Саха (Якутия)', 'republic', '98', FE, 'Якутск', { short: ['Якутия'], aliases: ['Республика Саха', 'Саха (Якутия)'], weakAliases: ['Саха'], adjectives: ['якутский'], abbr: ['РС(Я)'], former: ['Якутская АССР'] }],
  ['north-ossetia', 'RU-SE', 'Республика Северная Осетия — Алания', 'republic', '90', NC, 'Владикавказ', { short: ['Северная Осетия'], aliases: ['Республика Северная Осетия', 'Северная Осетия — Алания', 'Алания'], adjectives: ['североосетинский'], abbr: ['РСО — Алания', 'РСО-Алания'], former: ['Северо-Осетинская АССР'] }],
  ['tatarstan', 'RU-TA', 'Республика Татарстан', 'republic', '92', V, 'Казань', { short: ['Татарстан'], aliases: ['Татария'], adjectives: ['татарский', 'татарстанский'], weakAbbr: ['РТ'], former: ['Татарская АССР'] }],
  ['tuva', 'RU-TY', 'Республика Тыва', 'republic', '93', SB, 'Кызыл', { short: ['Тыва'], aliases: ['Тува', 'Республика Тува'], adjectives: ['тувинский'], weakAbbr: ['РТ'], former: ['Тувинская АССР'] }],
  ['udmurtia', 'RU-UD', 'Удмуртская Республика', 'republic', '94', V, 'Ижевск', { short: ['Удмуртия'], aliases: ['Республика Удмуртия'], adjectives: ['удмуртский'], weakAbbr: ['УР'], former: ['Удмуртская АССР'] }],
  ['khakassia', 'RU-KK', 'Республика Хакасия', 'republic', '95', SB, 'Абакан', { short: ['Хакасия'], adjectives: ['хакасский'], weakAbbr: ['РХ'], former: ['Хакасская автономная область'] }],
  ['chechnya', 'RU-CE', 'Чеченская Республика', 'republic', '96', NC, 'Грозный', { short: ['Чечня'], adjectives: ['чеченский'], weakAbbr: ['ЧР'] }],
  ['chuvashia', 'RU-CU', 'Чувашская Республика — Чувашия', 'republic', '97', V, 'Чебоксары', { short: ['Чувашия'], aliases: ['Чувашская Республика'], adjectives: ['чувашский'], weakAbbr: ['ЧР'], former: ['Чувашская АССР'] }],
  // Krais
  ['altai-krai', 'RU-ALT', 'Алтайский край', 'krai', '01', SB, 'Барнаул', { weakAliases: ['Алтай'] }],
  ['zabaykalsky', 'RU-ZAB', 'Забайкальский край', 'krai', '76', FE, 'Чита', { aliases: ['Забайкалье'], former: ['Читинская область', 'Агинский Бурятский автономный округ'] }],
  ['kamchatka', 'RU-KAM', 'Камчатский край', 'krai', '30', FE, 'Петропавловск-Камчатский', { aliases: ['Камчатка'], former: ['Камчатская область', 'Корякский автономный округ'] }],
  ['krasnodar', 'RU-KDA', 'Краснодарский край', 'krai', '03', S, 'Краснодар', { weakAliases: ['Кубань'], adjectives: ['кубанский'] }],
  ['krasnoyarsk', 'RU-KYA', 'Красноярский край', 'krai', '04', SB, 'Красноярск', { aliases: ['Красноярье'], former: ['Таймырский автономный округ', 'Эвенкийский автономный округ'] }],
  ['perm', 'RU-PER', 'Пермский край', 'krai', '57', V, 'Пермь', { aliases: ['Прикамье'], former: ['Пермская область', 'Молотовская область', 'Коми-Пермяцкий автономный округ'] }],
  ['primorsky', 'RU-PRI', 'Приморский край', 'krai', '05', FE, 'Владивосток', { aliases: ['Приморье'] }],
  ['stavropol', 'RU-STA', 'Ставропольский край', 'krai', '07', NC, 'Ставрополь', { aliases: ['Ставрополье'] }],
  ['khabarovsk', 'RU-KHA', 'Хабаровский край', 'krai', '08', FE, 'Хабаровск', {}],
  // Oblasts
  ['amur', 'RU-AMU', 'Амурская область', 'oblast', '10', FE, 'Благовещенск', { aliases: ['Приамурье', 'Амурщина'] }],
  ['arkhangelsk', 'RU-ARK', 'Архангельская область', 'oblast', '11', NW, 'Архангельск', { weakAliases: ['Поморье'] }],
  ['astrakhan', 'RU-AST', 'Астраханская область', 'oblast', '12', S, 'Астрахань', {}],
  ['belgorod', 'RU-BEL', 'Белгородская область', 'oblast', '14', C, 'Белгород', { aliases: ['Белгородчина'] }],
  ['bryansk', 'RU-BRY', 'Брянская область', 'oblast', '15', C, 'Брянск', { aliases: ['Брянщина'] }],
  ['vladimir', 'RU-VLA', 'Владимирская область', 'oblast', '17', C, 'Владимир', { aliases: ['Владимирщина'] }],
  ['volgograd', 'RU-VGG', 'Волгоградская область', 'oblast', '18', S, 'Волгоград', { aliases: ['Волгоградчина'] }],
  ['vologda', 'RU-VLG', 'Вологодская область', 'oblast', '19', NW, 'Вологда', { aliases: ['Вологодчина'] }],
  ['voronezh', 'RU-VOR', 'Воронежская область', 'oblast', '20', C, 'Воронеж', { aliases: ['Воронежчина'] }],
  ['zaporozhye', null, 'Запорожская область', 'oblast', null, S, 'Мелитополь', { capitalDeJure: 'Запорожье', weakAliases: ['Запорожье'] }],
  ['ivanovo', 'RU-IVA', 'Ивановская область', 'oblast', '24', C, 'Иваново', {}],
  ['irkutsk', 'RU-IRK', 'Иркутская область', 'oblast', '25', SB, 'Иркутск', { aliases: ['Приангарье'], former: ['Усть-Ордынский Бурятский автономный округ'] }],
  ['kaliningrad', 'RU-KGD', 'Калининградская область', 'oblast', '27', NW, 'Калининград', { weakAliases: ['Янтарный край'] }],
  ['kaluga', 'RU-KLU', 'Калужская область', 'oblast', '29', C, 'Калуга', {}],
  ['kemerovo', 'RU-KEM', 'Кемеровская область — Кузбасс', 'oblast', '32', SB, 'Кемерово', { short: ['Кузбасс'], aliases: ['Кемеровская область'], adjectives: ['кузбасский'] }],
  ['kirov', 'RU-KIR', 'Кировская область', 'oblast', '33', V, 'Киров', { weakAliases: ['Вятка', 'Вятский край'] }],
  ['kostroma', 'RU-KOS', 'Костромская область', 'oblast', '34', C, 'Кострома', { aliases: ['Костромщина'] }],
  ['kurgan', 'RU-KGN', 'Курганская область', 'oblast', '37', U, 'Курган', { aliases: ['Зауралье', 'Южное Зауралье'] }],
  ['kursk', 'RU-KRS', 'Курская область', 'oblast', '38', C, 'Курск', { aliases: ['Курщина'] }],
  ['leningrad', 'RU-LEN', 'Ленинградская область', 'oblast', '41', NW, 'Гатчина', { short: ['Ленобласть'], weakAbbr: ['ЛО'], note: 'Гатчина is the administrative centre by regional law of 2021; the government still sits in Санкт-Петербург.' }],
  ['lipetsk', 'RU-LIP', 'Липецкая область', 'oblast', '42', C, 'Липецк', { aliases: ['Липетчина'] }],
  ['magadan', 'RU-MAG', 'Магаданская область', 'oblast', '44', FE, 'Магадан', { weakAliases: ['Колыма'] }],
  ['moscow-oblast', 'RU-MOS', 'Московская область', 'oblast', '46', C, 'Красногорск', { short: ['Мособласть'], aliases: ['Подмосковье'], adjectives: ['подмосковный'], weakAbbr: ['МО'], note: 'No administrative centre is fixed by law; the government sits in Красногорск (Дом Правительства, since 2010), which is given here.' }],
  ['murmansk', 'RU-MUR', 'Мурманская область', 'oblast', '47', NW, 'Мурманск', {}],
  ['nizhny-novgorod', 'RU-NIZ', 'Нижегородская область', 'oblast', '22', V, 'Нижний Новгород', { aliases: ['Нижегородчина'], former: ['Горьковская область'] }],
  ['novgorod', 'RU-NGR', 'Новгородская область', 'oblast', '49', NW, 'Великий Новгород', { aliases: ['Новгородчина'] }],
  ['novosibirsk', 'RU-NVS', 'Новосибирская область', 'oblast', '50', SB, 'Новосибирск', {}],
  ['omsk', 'RU-OMS', 'Омская область', 'oblast', '52', SB, 'Омск', { weakAliases: ['Прииртышье'] }],
  ['orenburg', 'RU-ORE', 'Оренбургская область', 'oblast', '53', V, 'Оренбург', { aliases: ['Оренбуржье'], former: ['Чкаловская область'] }],
  ['oryol', 'RU-ORL', 'Орловская область', 'oblast', '54', C, 'Орёл', { aliases: ['Орловщина'] }],
  ['penza', 'RU-PNZ', 'Пензенская область', 'oblast', '56', V, 'Пенза', { aliases: ['Пензенщина'] }],
  ['pskov', 'RU-PSK', 'Псковская область', 'oblast', '58', NW, 'Псков', { aliases: ['Псковщина'] }],
  ['rostov', 'RU-ROS', 'Ростовская область', 'oblast', '60', S, 'Ростов-на-Дону', { weakAliases: ['Дон'] }],
  ['ryazan', 'RU-RYA', 'Рязанская область', 'oblast', '61', C, 'Рязань', { aliases: ['Рязанщина'] }],
  ['samara', 'RU-SAM', 'Самарская область', 'oblast', '36', V, 'Самара', { former: ['Куйбышевская область'] }],
  ['saratov', 'RU-SAR', 'Саратовская область', 'oblast', '63', V, 'Саратов', { aliases: ['Саратовщина'] }],
  ['sakhalin', 'RU-SAK', 'Сахалинская область', 'oblast', '64', FE, 'Южно-Сахалинск', { weakAliases: ['Сахалин'] }],
  ['sverdlovsk', 'RU-SVE', 'Свердловская область', 'oblast', '65', U, 'Екатеринбург', { aliases: ['Свердловщина'], weakAliases: ['Средний Урал'] }],
  ['smolensk', 'RU-SMO', 'Смоленская область', 'oblast', '66', C, 'Смоленск', { aliases: ['Смоленщина'] }],
  ['tambov', 'RU-TAM', 'Тамбовская область', 'oblast', '68', C, 'Тамбов', { aliases: ['Тамбовщина'] }],
  ['tver', 'RU-TVE', 'Тверская область', 'oblast', '28', C, 'Тверь', { weakAliases: ['Верхневолжье'], former: ['Калининская область'] }],
  ['tomsk', 'RU-TOM', 'Томская область', 'oblast', '69', SB, 'Томск', {}],
  ['tula', 'RU-TUL', 'Тульская область', 'oblast', '70', C, 'Тула', { aliases: ['Тульщина'] }],
  ['tyumen', 'RU-TYU', 'Тюменская область', 'oblast', '71', U, 'Тюмень', { aliases: ['Тюменщина'] }],
  ['ulyanovsk', 'RU-ULY', 'Ульяновская область', 'oblast', '73', V, 'Ульяновск', { aliases: ['Ульяновщина'] }],
  ['kherson', null, 'Херсонская область', 'oblast', null, S, 'Геническ', { capitalDeJure: 'Херсон', aliases: ['Херсонщина'] }],
  ['chelyabinsk', 'RU-CHE', 'Челябинская область', 'oblast', '75', U, 'Челябинск', { weakAliases: ['Южный Урал'] }],
  ['yaroslavl', 'RU-YAR', 'Ярославская область', 'oblast', '78', C, 'Ярославль', { aliases: ['Ярославщина'] }],
  // Federal cities
  ['moscow', 'RU-MOW', 'Москва', 'federal_city', '45', C, 'Москва', {}],
  ['saint-petersburg', 'RU-SPE', 'Санкт-Петербург', 'federal_city', '40', NW, 'Санкт-Петербург', { short: ['Петербург'], aliases: ['Питер'], weakAliases: ['Северная столица'], abbr: ['СПб'] }],
  ['sevastopol', null, 'Севастополь', 'federal_city', '67', S, 'Севастополь', {}],
  // Autonomous oblast
  ['jewish', 'RU-YEV', 'Еврейская автономная область', 'autonomous_oblast', '99', FE, 'Биробиджан', { aliases: ['Еврейская автономия'], abbr: ['ЕАО'] }],
  // Autonomous okrugs
  ['nenets', 'RU-NEN', 'Ненецкий автономный округ', 'autonomous_okrug', '11100', NW, 'Нарьян-Мар', { aliases: ['Ненецкий округ', 'Ненецкая автономия'], abbr: ['НАО'] }],
  ['khanty-mansi', 'RU-KHM', 'Ханты-Мансийский автономный округ — Югра', 'autonomous_okrug', '71100', U, 'Ханты-Мансийск', { short: ['Югра'], aliases: ['Ханты-Мансийский автономный округ', 'ХМАО — Югра', 'ХМАО-Югра'], adjectives: ['югорский'], abbr: ['ХМАО'] }],
  ['chukotka', 'RU-CHU', 'Чукотский автономный округ', 'autonomous_okrug', '77', FE, 'Анадырь', { aliases: ['Чукотка', 'Чукотский округ'], adjectives: ['чукотский'], abbr: ['ЧАО'] }],
  ['yamalo-nenets', 'RU-YAN', 'Ямало-Ненецкий автономный округ', 'autonomous_okrug', '71140', U, 'Салехард', { aliases: ['Ямал', 'Ямало-Ненецкий округ', 'Ямалия'], adjectives: ['ямальский'], abbr: ['ЯНАО'] }],
];

// Federal districts (presidential decree of 13 May 2000 No. 849 as amended): name, the usual
// abbreviation and the seat of the presidential envoy (ДФО moved to Владивосток in 2018).
// prettier-ignore
const D = [
  ['central', C, 'ЦФО', 'Москва'],
  ['northwestern', NW, 'СЗФО', 'Санкт-Петербург'],
  ['southern', S, 'ЮФО', 'Ростов-на-Дону'],
  ['north-caucasian', NC, 'СКФО', 'Пятигорск'],
  ['volga', V, 'ПФО', 'Нижний Новгород'],
  ['ural', U, 'УФО', 'Екатеринбург'],
  ['siberian', SB, 'СФО', 'Новосибирск'],
  ['far-eastern', FE, 'ДФО', 'Владивосток'],
];

export function buildDistricts() {
  return D.map(([id, short, abbr, center]) => ({
    id,
    name: `${short} федеральный округ`,
    short,
    abbr: [abbr],
    center,
  }));
}

const FIELDS = ['short', 'aliases', 'weakAliases', 'abbr', 'weakAbbr', 'adjectives', 'former'];

export function buildRegions() {
  return T.map(([id, iso, name, type, okato, federalDistrict, capital, extra]) => {
    const e = { id, iso, name, type };
    for (const f of FIELDS) e[f] = extra[f] ?? [];
    e.okato = okato;
    e.federalDistrict = federalDistrict;
    e.capital = capital;
    if (extra.capitalDeJure) e.capitalDeJure = extra.capitalDeJure;
    if (extra.note) e.note = extra.note;
    return e;
  });
}

// Where the official name in Russian usage differs from iso-codes' `ru` catalogue on purpose.
const EXPECTED_NAME_DIFF = new Set([
  'RU-SA',
  'RU-SE',
  'RU-UD',
  'RU-KK',
  'RU-TY',
  'RU-CE',
  'RU-CU',
  'RU-KB',
  'RU-KC',
  'RU-KEM',
  'RU-KHM',
]);
const ISO_TYPE = {
  Republic: 'republic',
  'Administrative territory': 'krai',
  'Administrative region': 'oblast',
  'Autonomous district': 'autonomous_okrug',
  'Autonomous region': 'autonomous_oblast',
  'Autonomous city': 'federal_city',
};

function check(regions) {
  let problems = 0;
  const say = (m) => {
    problems++;
    console.log('  ' + m);
  };
  console.log(`regions: ${regions.length} in table`);
  const districts = existsSync(DISTRICTS_JSON) ? readFileSync(DISTRICTS_JSON, 'utf8') : '';
  if (districts !== formatRows(buildDistricts())) say('federal-districts.json differs from the table: run --write');
  const stale = compareCommitted(
    REGIONS_JSON,
    regions,
    'the table in scripts/gazetteer/regions.mjs (edited by hand? run --write or port the edit)',
  );
  if (stale) say(stale);
  if (!existsSync(`${ISO_JSON_DIR}/iso_3166-2.json`)) {
    console.log('iso-codes not installed (apt-get install -y iso-codes): skipping the ISO cross-check');
    return problems;
  }
  const cat = ruCatalogue('iso_3166-2');
  const iso = readIso3166_2().filter((e) => e.code.startsWith('RU-'));
  const byCode = new Map(iso.map((e) => [e.code, e]));
  console.log(`iso-codes: ${iso.length} ISO 3166-2:RU subdivisions`);
  for (const r of regions) {
    if (!r.iso) continue;
    const e = byCode.get(r.iso);
    if (!e) {
      say(`${r.id}: ${r.iso} is not in iso-codes`);
      continue;
    }
    byCode.delete(r.iso);
    if (ISO_TYPE[e.type] !== r.type) say(`${r.id}: type ${r.type} vs iso-codes "${e.type}"`);
    const ru = ruName(cat, e);
    if (ru !== r.name) {
      const line = `${r.iso}: name "${r.name}" vs iso-codes ru "${ru}"`;
      if (EXPECTED_NAME_DIFF.has(r.iso)) console.log('  (expected) ' + line);
      else say(line);
    }
  }
  for (const code of byCode.keys()) say(`iso-codes has ${code} but the table does not`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const regions = buildRegions();
  if (process.argv.includes('--write')) {
    writeRows(REGIONS_JSON, regions);
    writeRows(DISTRICTS_JSON, buildDistricts());
    console.log(`wrote ${REGIONS_JSON} (${regions.length} regions) and federal-districts.json`);
  }
  const n = check(regions);
  console.log(n ? `${n} problem(s)` : 'ok');
  process.exitCode = n ? 1 : 0;
}
