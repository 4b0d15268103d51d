import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, isPlace, PLACE_TYPES, type Extractor, type PlaceEntity } from '../src/index.js';
import { defaultGeoExtractor, geoExtractorFactory } from '../src/extractors/geo/index.js';
import { expectMarked } from '../src/testing/index.js';

let geoOnly: Extractor;
let full: Extractor;

beforeAll(async () => {
  geoOnly = await createExtractor({ extractors: [defaultGeoExtractor] });
  full = await createExtractor();
});

const places = (text: string, ex = geoOnly): PlaceEntity[] =>
  ex.extract(text, { publishedAt: '2025-11-10' }).entities.filter(isPlace);
/** `type:normalized` of every place in a text. */
const found = (text: string): string[] => places(text).map((e) => `${e.type}:${e.normalized}`);
/** Places and facilities (streets, buildings), as `type:normalized`. */
const foundWithFacilities = (text: string): string[] =>
  geoOnly
    .extract(text, { publishedAt: '2025-11-10' })
    .entities.filter((e) => isPlace(e) || e.type === 'facility')
    .map((e) => `${e.type}:${'normalized' in e ? e.normalized : ''}`);

describe.each(['article', 'regions'])('geo: marked fixture %s', (name) => {
  const lines = readFileSync(new URL(`../fixtures/geo/${name}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);
  for (const line of lines) {
    it(line.slice(0, 60), () => {
      expectMarked(geoOnly, line, { types: PLACE_TYPES, publishedAt: '2025-11-10' });
    });
  }
});

describe('geo: regions', () => {
  it('normalises a region adjective to its region, and a former name with the name kept', () => {
    const [adj] = places('Саратовские аграрии собрали урожай.');
    expect(adj).toMatchObject({ type: 'region', form: 'adjective', normalized: 'Саратовская область', iso: 'RU-SAR' });
    const [former] = places('Он родился в Мордовской АССР.');
    expect(former).toMatchObject({
      type: 'region',
      normalized: 'Республика Мордовия',
      historical: 'Мордовская АССР',
      iso: 'RU-MO',
    });
  });

  it('gives a village the gender of its type word, in every case', () => {
    for (const [text, name] of [
      ['в селе Усть-Уйском', 'Усть-Уйское'],
      ['из села Никольского', 'Никольское'],
      ['к деревне Никольской', 'Никольская'],
    ])
      expect(found(`Школу открыли ${text} на прошлой неделе.`)).toEqual([`city:${name}`]);
  });

  it('leaves region adjectives out under the factRu convention', async () => {
    const factru = await createExtractor({ extractors: [defaultGeoExtractor], convention: 'factru' });
    expect(places('Саратовского губернатора поддержали чувашские аграрии.', factru)).toEqual([]);
  });

  it('normalises every case form of a region, with its codes (the seed)', () => {
    for (const form of [
      'Владимирская область',
      'Владимирской области',
      'Владимирскую область',
      'Владимирской областью',
    ]) {
      const [r] = places(`Новости: ${form} и соседи.`);
      expect(r).toMatchObject({
        type: 'region',
        text: form,
        normalized: 'Владимирская область',
        iso: 'RU-VLA',
        okato: '17',
        federalDistrict: 'Центральный',
        country: 'RU',
      });
    }
  });

  it('matches multi-word official names in any case', () => {
    expect(found('жители Ханты-Мансийского автономного округа — Югры')).toEqual([
      'region:Ханты-Мансийский автономный округ — Югра',
    ]);
    expect(found('в Республике Саха (Якутия) и в Кабардино-Балкарии')).toEqual([
      'region:Республика Саха (Якутия)',
      'region:Кабардино-Балкарская Республика',
    ]);
    expect(found('власти Республики Башкортостан')).toEqual(['region:Республика Башкортостан']);
    expect(found('В Подмосковье и ХМАО')).toEqual([
      'region:Московская область',
      'region:Ханты-Мансийский автономный округ — Югра',
    ]);
  });

  it('needs the words of a name to agree', () => {
    expect(found('Сообщили Нижний Новгорода и Владимирская области')).not.toContain('city:Нижний Новгород');
    expect(found('Сообщили Нижний Новгорода и Владимирская области')).not.toContain('region:Владимирская область');
  });

  it("takes an adjective the region shares with its capital for the town, unless its noun is the region's", () => {
    expect(found('Владимирские предприятия увеличили выпуск, владимирская команда победила.')).toEqual([
      'city:Владимир',
      'city:Владимир',
    ]);
    expect(found('Владимирский губернатор приехал.')).toEqual(['region:Владимирская область']);
    expect(found('Служба занятости населения Владимирской области')).toEqual(['region:Владимирская область']);
  });

  it('splits regions listed with one head noun', () => {
    expect(places('главы Ярославской и Владимирской областей').map((e) => [e.text, e.normalized])).toEqual([
      ['Ярославской', 'Ярославская область'],
      ['Владимирской областей', 'Владимирская область'],
    ]);
    expect(found('в Самарской (88) и Свердловской (80) областях')).toEqual([
      'region:Самарская область',
      'region:Свердловская область',
    ]);
  });

  it('reads a type word before a region abroad', () => {
    expect(places('Сенатор от штата Алабама и жители Калифорнии')).toMatchObject([
      { type: 'region', text: 'Алабама', normalized: 'Алабама', country: 'US', okato: null },
      { type: 'region', text: 'Калифорнии', normalized: 'Калифорния', country: 'US' },
    ]);
    expect(found('штат Нью-Йорк и город Нью-Йорк')).toEqual(['region:Нью-Йорк', 'city:Нью-Йорк']);
  });

  it('accepts an ambiguous abbreviation only when the document names its region', () => {
    expect(found('В РТ открылась школа.')).toEqual([]);
    expect(found('В Республике Татарстан открылась школа. В РТ таких школ три.')).toEqual([
      'region:Республика Татарстан',
      'region:Республика Татарстан',
    ]);
  });
});

describe('geo: cities', () => {
  it('normalises multi-word and hyphenated names with their region', () => {
    expect(places('в Нижнем Новгороде и Ростове-на-Дону')).toMatchObject([
      { type: 'city', normalized: 'Нижний Новгород', region: 'Нижегородская область', country: 'RU' },
      { type: 'city', normalized: 'Ростов-на-Дону', region: 'Ростовская область' },
    ]);
  });

  it('tells Киров the city from Киров the person', () => {
    expect(found('Делегация из Кирова приехала в Москву.')).toEqual(['city:Киров', 'city:Москва']);
    expect(found('Сергей Киров выступил на съезде.')).toEqual([]);
    expect(foundWithFacilities('Памятник С. М. Кирову открыли на улице Кирова.')).toEqual([
      'facility:памятник С. М. Кирову',
      'facility:улица Кирова',
    ]);
    // a first name only guessed from an unknown word's ending makes no person of the next word
    expect(found('Канцелярия сообщает, что вместо Нетаньяху Иерусалим будет представлять министр.')).toEqual([
      'city:Иерусалим',
    ]);
  });

  it('tells the town Орёл from the bird and Мирный from the adjective', () => {
    expect(found('Выставка прошла в Орле.')).toEqual(['city:Орёл']);
    expect(found('Орёл парил над полем, орёл на гербе.')).toEqual([]);
    expect(found('Алмазы добывают в Мирном. Мирный договор подписан.')).toEqual(['city:Мирный']);
    expect(found('Новая школа открылась в г. Мирный.')).toEqual(['city:Мирный']);
  });

  it('remembers a name the document gives to a person', () => {
    expect(found('Певица Уитни Хьюстон умерла в отеле. Хьюстон было 48 лет. Прощание пройдёт в Хьюстоне.')).toEqual([
      'city:Хьюстон',
    ]);
    expect(found('Таинственная мисс Остин.')).toEqual([]);
  });

  it('keeps names that are also common words or names for marked or supported uses', () => {
    expect(found('В городе Находка построят порт.')).toEqual(['city:Находка']);
    expect(found('Главная находка экспедиции.')).toEqual([]);
    expect(found('Салават Юлаев — национальный герой.')).toEqual([]);
    expect(found('Нефтехимики из Салавата приехали в Уфу.')).toEqual(['city:Салават', 'city:Уфа']);
    expect(found('В Королёве прошёл форум.')).toEqual(['city:Королёв']);
  });

  it('admits a town the gazetteer lacks after a settlement word, and remembers it', () => {
    expect(found('в селе Дорогинка Киевской области. Жители Дорогинки довольны.')).toEqual([
      'city:Дорогинка',
      'region:Киевская область',
      'city:Дорогинка',
    ]);
    expect(found('Это случилось в 2025 г. Москва ответила.')).toEqual(['city:Москва']);
  });

  it('normalises names the gazetteer lacks as a reader writes them', () => {
    const text =
      'жители АЛЕЙСКОГО РАЙОНА и Алейского\nрайона, с. КРАСНАЯ ГОРБАТКА, д. Раскатиха, в селе Мендюш, в городе Мирном';
    expect(places(text).map((e) => e.normalized)).toEqual([
      'Алейский район',
      'Алейский район',
      'Красная Горбатка',
      'Раскатиха',
      'Мендюш',
      'Мирный',
    ]);
  });

  it('takes no common word, line break or year for a settlement after an abbreviation', () => {
    expect(found('п. Подпрограммы, и т.д. Задачи раздела')).toEqual([]);
    expect(found('от 26.12.2018 г.\n\nМУНИЦИПАЛЬНАЯ ПРОГРАММА')).toEqual([]);
    expect(found('ПОСЕЛОК СТАВРОВО НА 2015 ГОД')).toEqual(['city:Ставрово']);
    // nor a heading on the next line, a plural or a letter for a district
    expect(found('муниципальных районов\nГлавное управление, городских округов Рязанской области')).toEqual([
      'region:Рязанская область',
    ]);
    expect(found('по району            Отдел Министерства, на улицах Новая и Лесная, муниципального района В')).toEqual(
      [],
    );
    expect(found('в микрорайоне Затон')).toEqual(['district:Затон']);
  });

  it('admits a town the gazetteer lacks when the region or country after it places it', () => {
    expect(
      places('Это было в Гарленде, штат Техас, и в Монровилле (штат Алабама).').map((e) => [
        e.type,
        e.text,
        e.normalized,
      ]),
    ).toEqual([
      ['city', 'Гарленде', 'Гарленд'],
      ['region', 'Техас', 'Техас'],
      ['city', 'Монровилле', 'Монровилл'],
      ['region', 'Алабама', 'Алабама'],
    ]);
    expect(places('Турнир прошёл в Кушадаси (Турция).')).toMatchObject([
      { type: 'city', text: 'Кушадаси', normalized: 'Кушадаси', country: 'TR' },
      { type: 'country', text: 'Турция' },
    ]);
    expect(places('в Гарленде, штат Техас')[0]).toMatchObject({ region: 'Техас', country: 'US' });
    // a common noun is no town; a foreign two-word name need not agree, and may be spelled out
    expect(found('Встреча в Совете (Россия).')).toEqual(['country:Россия']);
    expect(
      places('в Сан Луисе (Аргентина), в Аль Аин (Al Ain) (Объединённые Арабские Эмираты)').map((e) => [
        e.type,
        e.normalized,
      ]),
    ).toEqual([
      ['city', 'Сан Луис'],
      ['country', 'Аргентина'],
      ['city', 'Аль Аин'],
      ['city', 'Аль Аин'],
      ['country', 'ОАЭ'],
    ]);
  });

  it('takes Москва as the city, and as the subject after "город федерального значения"', () => {
    expect(places('в Москве')).toMatchObject([{ type: 'city', normalized: 'Москва', region: 'Москва' }]);
    expect(places('города федерального значения Севастополя')).toMatchObject([
      { type: 'region', text: 'Севастополя', normalized: 'Севастополь', okato: '67' },
    ]);
  });

  it('lists the towns and districts a region is named through in its fact', () => {
    const doc = full.extract(
      'Ярмарка прошла в Коврове и Кольчугинском районе Владимирской области, а также в Зеленограде.',
      { publishedAt: '2025-11-10' },
    );
    const id = (text: string) => doc.entities.find((e) => e.text === text)?.id;
    expect(doc.regions.map((r) => [r.normalized, r.mentions, r.places])).toEqual([
      ['Владимирская область', [id('Владимирской области')], [id('Коврове'), id('Кольчугинском районе')]],
      ['Москва', [], [id('Зеленограде')]],
    ]);
  });

  it('counts a mention of Москва in the region facts', () => {
    const doc = full.extract('Форум прошёл в Москве и во Владимирской области.', { publishedAt: '2025-11-10' });
    expect(doc.regions.map((r) => [r.normalized, r.iso, r.okato])).toEqual([
      ['Москва', 'RU-MOW', '45'],
      ['Владимирская область', 'RU-VLA', '17'],
    ]);
  });
});

describe('geo: countries', () => {
  it('finds countries inside organisation names, with ISO codes', () => {
    expect(places('конкурс Минтруда России и МВД РФ')).toMatchObject([
      { type: 'country', text: 'России', normalized: 'Россия', iso2: 'RU' },
      { type: 'country', text: 'РФ', normalized: 'Россия', iso2: 'RU' },
    ]);
    expect(found('Соединённых Штатов Америки и Великобританию')).toEqual(['country:США', 'country:Великобритания']);
  });

  it('counts country adjectives, not languages', () => {
    expect(found('российские компании и японского премьера')).toEqual(['country:Россия', 'country:Япония']);
    expect(found('английский язык')).toEqual([]);
    expect(places('российско-американских отношений').map((e) => [e.text, e.normalized])).toEqual([
      ['российско', 'Россия'],
      ['американских', 'США'],
    ]);
  });

  it('says how a place is named: by name, abbreviation or adjective', () => {
    expect(places('российские компании в России и РФ').map((e) => [e.text, e.form])).toEqual([
      ['российские', 'adjective'],
      ['России', 'name'],
      ['РФ', 'abbr'],
    ]);
  });

  it('gives a nationality, not the country, to a person who does not act for the state', () => {
    const doc = geoOnly.extract(
      'Американский актёр и японских туристов встретил российский президент, а китайские военные провели учения.',
    );
    expect(doc.entities.map((e) => [e.type, e.text, e.normalized])).toEqual([
      ['nationality', 'Американский', 'американский'],
      ['nationality', 'японских', 'японский'],
      ['country', 'российский', 'Россия'],
      ['country', 'китайские', 'Китай'],
    ]);
    expect(doc.entities[0]).toMatchObject({ country: 'США', iso2: 'US' });
    // a capitalised noun after the adjective is a name: "армянском Гаваре" is no person
    expect(found('в армянском Гаваре')).toContain('country:Армения');
  });

  it('reads a country adjective with a word for a state as the country', () => {
    expect(
      places('признать Палестинское государство и партнёр Молдавской республики').map((e) => [
        e.text,
        e.normalized,
        e.form,
      ]),
    ).toEqual([
      ['Палестинское государство', 'Палестина', 'name'],
      ['Молдавской республики', 'Молдавия', 'name'],
    ]);
    // "Исламское" names no country
    expect(found('Исламское государство')).toEqual([]);
  });

  it('finds hyphenated names written with a space', () => {
    expect(found('Чили • Коста Рика • Эль Сальвадор')).toEqual([
      'country:Чили',
      'country:Коста-Рика',
      'country:Сальвадор',
    ]);
  });

  it('reads "Папа Римский" as the city, not the surname Римский', () => {
    expect(found('Папа Римский Франциск встретился с Папой Римским в отставке.')).toEqual(['city:Рим', 'city:Рим']);
  });

  it('leaves adjectives out on request (factRuEval marks none)', async () => {
    const noAdjectives = await createExtractor({ extractors: [geoExtractorFactory({ adjectives: false })] });
    expect(places('российские компании в России', noAdjectives).map((e) => e.text)).toEqual(['России']);
    expect(places('признать Палестинское государство', noAdjectives).map((e) => e.text)).toEqual([
      'Палестинское государство',
    ]);
  });

  it('spans the type word on request, with the same normalised name', async () => {
    const text = 'сброс в реку Славянку у города Грозный, штат Аризона, района Отрадное';
    const withMarkers = await createExtractor({ extractors: [geoExtractorFactory({ markers: true })] });
    expect(places(text, withMarkers).map((e) => [e.text, e.normalized])).toEqual([
      ['реку Славянку', 'Славянка'],
      ['города Грозный', 'Грозный'],
      ['штат Аризона', 'Аризона'],
      ['района Отрадное', 'Отрадное'],
    ]);
    expect(places(text).map((e) => e.text)).toEqual(['Славянку', 'Грозный', 'Аризона', 'Отрадное']);
  });

  it("follows factRuEval's convention with one switch: no adjectives, type words in the span", async () => {
    const factru = await createExtractor({ convention: 'factru' });
    expect(places('российские компании в реке Славянке и в России', factru).map((e) => e.text)).toEqual([
      'реке Славянке',
      'России',
    ]);
    // an option of the geography extractor wins over the convention
    const mixed = await createExtractor({
      convention: 'factru',
      extractors: [geoExtractorFactory({ adjectives: true })],
    });
    expect(places('российские компании в реке Славянке', mixed).map((e) => e.text)).toEqual([
      'российские',
      'реке Славянке',
    ]);
  });

  it('takes a named station or building as a place under factRuEval only (NEREL: a facility)', async () => {
    const text =
      'Экипаж прибыл на Международную космическую станцию; на борту МКС прошёл эксперимент, о котором доложили в Капитолии.';
    const factru = await createExtractor({ convention: 'factru' });
    expect(places(text, factru).map((e) => [e.text, e.normalized])).toEqual([
      ['Международную космическую станцию', 'Международная космическая станция'],
      ['МКС', 'Международная космическая станция'],
      ['Капитолии', 'Капитолий'],
    ]);
    expect(places(text)).toEqual([]);
  });

  it('takes the seat of a body as the building only where the text puts something in it (factRuEval)', async () => {
    const text = 'Белый дом заявил о переговорах. Встреча прошла в Белом доме.';
    const factru = await createExtractor({ convention: 'factru' });
    const doc = factru.extract(text);
    expect(places(text, factru).map((e) => [e.text, e.normalized])).toEqual([['Белом доме', 'Белый дом']]);
    // the building is not also the body; the body that speaks stays an organisation
    expect(doc.entities.filter((e) => e.type === 'organization').map((e) => e.text)).toEqual(['Белый дом']);
    // NEREL's convention: no building, both mentions are the body
    const nerel = await createExtractor();
    expect(places(text, nerel)).toEqual([]);
  });

  it('rejects an unknown convention', async () => {
    await expect(createExtractor({ convention: 'conll' } as never)).rejects.toMatchObject({
      code: 'ERR_INVALID_OPTIONS',
    });
  });

  it('does not take a country in a party or club name', () => {
    expect(found('депутат от партии «Единая Россия»')).toEqual([]);
    expect(found('игрок «Барселоны» приехал в Барселону')).toEqual(['city:Барселона']);
  });
});

describe('geo: districts and other places', () => {
  it('builds municipal districts and okrugs from patterns', () => {
    expect(found('Кольчугинский район')).toEqual(['district:Кольчугинский район']);
    expect(places('жители Петушинского муниципального округа Владимирской области')).toMatchObject([
      { type: 'district', normalized: 'Петушинский муниципальный округ', region: 'Владимирская область' },
      { type: 'region', normalized: 'Владимирская область' },
    ]);
    expect(found('в городском округе Муром')).toEqual(['district:городской округ Муром']);
    expect(found('в Приволжском федеральном округе и СКФО')).toEqual([
      'district:Приволжский федеральный округ',
      'district:Северо-Кавказский федеральный округ',
    ]);
    expect(places('Мещанский районный суд').map((e) => [e.text, e.normalized])).toEqual([
      ['Мещанский', 'Мещанский район'],
    ]);
    expect(found('шериф округа Марикопа')).toEqual(['district:Марикопа']);
  });

  it('takes a capitalised Земля, Луна, Солнце inside a sentence for the planet, the Moon, the Sun', () => {
    expect(
      places('Экипаж вернулся на Землю и полетит к Луне.').map(
        (e) => `${e.normalized}/${e.type === 'location' ? e.kind : ''}`,
      ),
    ).toEqual(['Земля/celestial', 'Луна/celestial']);
    expect(found('Фотографии Земли из космоса сделали с орбиты Солнца.')).toEqual([
      'location:Земля',
      'location:Солнце',
    ]);
    expect(found('Земля подорожала. На земле лежит снег. Ритуал Пляска Солнца проходит летом.')).toEqual([]);
    // Марс, Венера... are also names: a preposition of place decides
    expect(found('Компания Марс выпустила батончик.')).toEqual([]);
    expect(found('Зонд полетит к Марсу.')).toEqual(['location:Марс']);
  });

  it('knows former names of towns and historical states', () => {
    expect(found('Он родился в Ленинграде, защищал Сталинград и работал в Горьком.')).toEqual([
      'city:Санкт-Петербург',
      'city:Волгоград',
      'city:Нижний Новгород',
    ]);
    expect(found('Книгу Максима Горького переиздали.')).toEqual([]);
    expect(found('заслуженный артист РСФСР; территория Османской империи; страны Балтии')).toEqual([
      'region:РСФСР',
      'country:Османская империя',
      'location:Прибалтика',
    ]);
  });

  it('does not take "братская могила" or a writer for a town', () => {
    expect(found('Погибших похоронили в братской могиле.')).toEqual([]);
    expect(found('Джейн Остин написала роман, конференция прошла в Остине.')).toEqual(['city:Остин']);
  });

  it('knows parts of cities named alone and the okrugs of Moscow', () => {
    expect(found('Он вырос в Бруклине, снимался в Голливуде и жил на Манхэттене.')).toEqual([
      'district:Бруклин',
      'district:Голливуд',
      'district:Манхэттен',
    ]);
    expect(found('Префект ЦАО встретился с жителями Юго-Западного административного округа.')).toEqual([
      'district:Центральный административный округ',
      'district:Юго-Западный административный округ',
    ]);
    // "ЗАО" is a company form, not the Западный округ
    expect(found('ЗАО «Ромашка» открыло офис.')).toEqual([]);
  });

  it('wants a capitalised name on the same line after a type word', () => {
    expect(found('участки из земель лесного фонда')).toEqual([]);
    expect(found('в земле Бавария')).toEqual(['region:Бавария']);
  });

  it('takes in a direction adjective that names a part of the place', () => {
    expect(
      places('в Западном Иерусалиме, страны западной Европы, южные Курильские острова').map((e) => [
        e.text,
        e.normalized,
      ]),
    ).toEqual([
      ['Западном Иерусалиме', 'Иерусалим'],
      ['западной Европы', 'Европа'],
      ['южные Курильские острова', 'Курильские острова'],
    ]);
  });

  it('reads the streets of a known city as the city, and a street named after a person as a street', () => {
    expect(foundWithFacilities('на улицы Лондона вышли люди, на улице Кирова')).toEqual([
      'city:Лондон',
      'facility:улица Кирова',
    ]);
  });

  it('finds rivers, lakes, continents and streets', () => {
    expect(found('на берегу Байкала и реки Иордан')).toEqual(['location:Байкал', 'location:Иордан']);
    expect(places('в Европе')).toMatchObject([{ type: 'location', normalized: 'Европа', kind: 'continent' }]);
    // a street is a facility under NEREL's convention (decision record 0003)
    expect(foundWithFacilities('митинг на Тверской площади')).toEqual(['facility:Тверская площадь']);
  });

  it('does not take every capitalised word', () => {
    expect(found('Каждый район получил средства. Центральный район тоже.')).toEqual([]);
    expect(found('Белого дома и Дня Победы')).toEqual([]);
  });
});
