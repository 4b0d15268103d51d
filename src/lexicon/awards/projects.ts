/**
 * National projects of Russia and their federal projects, by the names written in quotes.
 *
 * Source: the list of national projects approved after Указ Президента РФ от 07.05.2024 № 309
 * «О национальных целях развития Российской Федерации на период до 2030 года и на перспективу
 * до 2036 года» (running 2025-2030), and the national projects of Указ № 204 of 07.05.2018
 * (2019-2024), written down from the maintainers' knowledge, not copied from a registry; the
 * federal projects listed are the ones commonly named in regional news, not a complete list.
 * Check against the government's portal (национальныепроекты.рф) before relying on the years.
 */
export interface NationalProject {
  readonly name: string;
  readonly years: readonly [number, number];
  readonly federal: readonly string[];
}

export const NATIONAL_PROJECTS: readonly NationalProject[] = [
  {
    name: 'Кадры',
    years: [2025, 2030],
    federal: [
      'Человек труда',
      'Активные меры содействия занятости',
      'Управление рынком труда',
      'Профессионалитет',
      'Образование для рынка труда',
      'Платформа высшего образования',
    ],
  },
  {
    name: 'Семья',
    years: [2025, 2030],
    federal: [
      'Многодетная семья',
      'Охрана материнства и детства',
      'Поддержка семьи',
      'Старшее поколение',
      'Семейные ценности и инфраструктура культуры',
    ],
  },
  {
    name: 'Молодёжь и дети',
    years: [2025, 2030],
    federal: ['Педагоги и наставники', 'Всё лучшее детям', 'Мы вместе', 'Россия – страна возможностей'],
  },
  {
    name: 'Продолжительная и активная жизнь',
    years: [2025, 2030],
    federal: [
      'Здоровье для каждого',
      'Модернизация первичного звена здравоохранения',
      'Борьба с сердечно-сосудистыми заболеваниями',
      'Борьба с онкологическими заболеваниями',
      'Спорт – норма жизни',
    ],
  },
  { name: 'Новые технологии сбережения здоровья', years: [2025, 2030], federal: [] },
  {
    name: 'Инфраструктура для жизни',
    years: [2025, 2030],
    federal: [
      'Формирование комфортной городской среды',
      'Модернизация коммунальной инфраструктуры',
      'Жильё',
      'Развитие инфраструктуры в населённых пунктах',
    ],
  },
  {
    name: 'Эффективная транспортная система',
    years: [2025, 2030],
    federal: ['Региональная и местная дорожная сеть', 'Безопасность дорожного движения'],
  },
  {
    name: 'Экологическое благополучие',
    years: [2025, 2030],
    federal: ['Чистый воздух', 'Вода России', 'Сохранение лесов', 'Экономика замкнутого цикла', 'Генеральная уборка'],
  },
  {
    name: 'Туризм и гостеприимство',
    years: [2025, 2030],
    federal: ['Туристическая инфраструктура', 'Создание условий для повышения доступности туристических продуктов'],
  },
  {
    name: 'Экономика данных и цифровая трансформация государства',
    years: [2025, 2030],
    federal: ['Искусственный интеллект', 'Цифровое государственное управление', 'Инфраструктура кибербезопасности'],
  },
  {
    name: 'Эффективная и конкурентная экономика',
    years: [2025, 2030],
    federal: ['Малое и среднее предпринимательство', 'Производительность труда'],
  },
  { name: 'Международная кооперация и экспорт', years: [2025, 2030], federal: [] },
  { name: 'Технологическое обеспечение продовольственной безопасности', years: [2025, 2030], federal: [] },
  { name: 'Технологическое обеспечение биоэкономики', years: [2025, 2030], federal: [] },
  { name: 'Новые материалы и химия', years: [2025, 2030], federal: [] },
  { name: 'Средства производства и автоматизации', years: [2025, 2030], federal: [] },
  { name: 'Промышленное обеспечение транспортной мобильности', years: [2025, 2030], federal: [] },
  { name: 'Беспилотные авиационные системы', years: [2025, 2030], federal: [] },
  { name: 'Новые атомные и энергетические технологии', years: [2025, 2030], federal: [] },
  // 2019-2024 (Указ № 204), still cited in reports on those years
  {
    name: 'Демография',
    years: [2019, 2024],
    federal: ['Старшее поколение', 'Спорт – норма жизни', 'Содействие занятости'],
  },
  { name: 'Здравоохранение', years: [2019, 2024], federal: [] },
  {
    name: 'Образование',
    years: [2019, 2024],
    federal: ['Современная школа', 'Успех каждого ребёнка', 'Цифровая образовательная среда'],
  },
  { name: 'Жильё и городская среда', years: [2019, 2024], federal: ['Формирование комфортной городской среды'] },
  { name: 'Экология', years: [2019, 2024], federal: ['Чистая страна', 'Чистый воздух', 'Чистая вода'] },
  { name: 'Безопасные качественные дороги', years: [2019, 2024], federal: [] },
  { name: 'Производительность труда', years: [2019, 2024], federal: [] },
  { name: 'Наука и университеты', years: [2019, 2024], federal: [] },
  { name: 'Цифровая экономика', years: [2019, 2024], federal: [] },
  { name: 'Культура', years: [2019, 2024], federal: ['Культурная среда', 'Творческие люди', 'Цифровая культура'] },
  { name: 'Малое и среднее предпринимательство', years: [2019, 2024], federal: [] },
  { name: 'Туризм и индустрия гостеприимства', years: [2021, 2024], federal: [] },
];

/** Folds a quoted name for lookup: lower case, "ё" as "е", one kind of dash, single spaces. */
export const projectKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[‐-―−-]/gu, '-')
    .replace(/\s*-\s*/gu, ' - ')
    .replace(/\s+/gu, ' ')
    .trim();

/** A project found by its quoted name: its canonical name, years and (for a federal one) its national project. */
export interface ProjectInfo {
  readonly name: string;
  readonly years: readonly [number, number];
  readonly parent: string | null;
}

const NATIONAL = new Map<string, ProjectInfo>();
const FEDERAL = new Map<string, ProjectInfo>();
// the current projects are listed first: a federal project named again under an old one keeps the current
for (const p of NATIONAL_PROJECTS) {
  if (!NATIONAL.has(projectKey(p.name)))
    NATIONAL.set(projectKey(p.name), { name: p.name, years: p.years, parent: null });
  for (const f of p.federal)
    if (!FEDERAL.has(projectKey(f))) FEDERAL.set(projectKey(f), { name: f, years: p.years, parent: p.name });
}

export const findNationalProject = (name: string): ProjectInfo | null => NATIONAL.get(projectKey(name)) ?? null;
export const findFederalProject = (name: string): ProjectInfo | null => FEDERAL.get(projectKey(name)) ?? null;
