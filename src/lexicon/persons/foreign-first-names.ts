/**
 * Foreign first names as Russian news spells them that az does not know as first names (it
 * guesses them from their endings, or reads them only as the plural of another name: "Дайан",
 * "Лорин", "Сандрин"). Dictionary form, lower case, one name per word, by language. Words that
 * are also common Russian words or places ("Тор", "Мара", "Милан") are left out: a full name
 * with them is found by its surname's shape, and alone they are not names.
 */
const BY_LANGUAGE: readonly string[] = [
  // English
  `эштон клэренс кларенс харви даг игги присцилла араминта райан брэндон сэмюэл рэймонд рэй тайлер
   аарон итан джереми ноа остин лоуренс брайс джордан уилли гейб логан уэйн элайджа рэнди рассел
   мейсон ховард нейтан найджел тревор гэвин иэн шейн дэррен уэс гленн рикки митт берни робби лэнс
   ричи кэмерон камерон джош джоуи дастин брэдли винсент кайл`,
  `патрисия сьюзан бетти кимберли кэрол шэрон кэтлин эми ширли рейчел кэролин хизер дайан джули
   джойс эвелин меган черил ханна беверли джуди тиффани софи хлоя пэрис кейт дженни уитни опра
   дженна кэрри сиенна мэдлин скарлетт хэлли джоди кендалл кэролайн линдси донна мелисса стефани
   лорин`,
  // French
  `ги жюльен клод эрве эмманюэль лионель зинедин сильви одиль мюриэль сандрин`,
  // German, Scandinavian, Central European
  `ханс хорст манфред штефан йоахим штеффен зигмар ханнелоре хайке зигрид бьорн ульф здено`,
  // Spanish, Portuguese, Italian, Catalan
  `франсиско мигель карлос серхио рикардо хесус начо иньиго мариано хоакин исабель лусия хорхе
   агустин жоао луиш педру рикарду эдсон рожериу фернанду гильерме франко стефано риккардо энцо
   марчелло умберто жозеп жорди ксави нико`,
  // Balkan
  `александар`,
  // Arabic, Persian, Hebrew, South Asian
  `тамим фейсал рамзи мохсен фарук малала беназир нафтали ципора ципи голда нуриэль`,
  // Japanese
  `синдзо юкио кэндзи такеши кадзуо хироси`,
];

export const FOREIGN_FIRST_NAMES: readonly string[] = BY_LANGUAGE.flatMap((s) => s.split(/\s+/u).filter(Boolean));
