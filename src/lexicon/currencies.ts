/**
 * Currencies with their ISO 4217 codes. Phrases are in dictionary form (nominative singular;
 * a governed word stays as written: "фунт стерлингов"); case forms come from morphology.
 * `surface` entries are abbreviations and indeclinable words compared as written (a trailing
 * dot is optional).
 */
export interface CurrencyEntry {
  readonly phrase: string;
  readonly code: string;
  readonly mode?: 'lemma' | 'surface';
}

export const CURRENCIES: readonly CurrencyEntry[] = [
  { phrase: 'рубль', code: 'RUB' },
  { phrase: 'российский рубль', code: 'RUB' },
  { phrase: 'руб', code: 'RUB', mode: 'surface' },
  { phrase: 'р', code: 'RUB', mode: 'surface' },
  { phrase: 'белорусский рубль', code: 'BYN' },
  { phrase: 'копейка', code: 'RUB' },
  { phrase: 'доллар', code: 'USD' },
  { phrase: 'доллар США', code: 'USD' },
  { phrase: 'американский доллар', code: 'USD' },
  { phrase: 'долл', code: 'USD', mode: 'surface' },
  { phrase: 'долл. США', code: 'USD', mode: 'surface' },
  { phrase: 'цент', code: 'USD' },
  { phrase: 'гонконгский доллар', code: 'HKD' },
  { phrase: 'канадский доллар', code: 'CAD' },
  { phrase: 'австралийский доллар', code: 'AUD' },
  { phrase: 'новозеландский доллар', code: 'NZD' },
  { phrase: 'сингапурский доллар', code: 'SGD' },
  { phrase: 'тайваньский доллар', code: 'TWD' },
  { phrase: 'евро', code: 'EUR', mode: 'surface' },
  { phrase: 'евроцент', code: 'EUR' },
  { phrase: 'фунт', code: 'GBP' },
  { phrase: 'фунт стерлингов', code: 'GBP' },
  { phrase: 'британский фунт', code: 'GBP' },
  { phrase: 'юань', code: 'CNY' },
  { phrase: 'китайский юань', code: 'CNY' },
  { phrase: 'иена', code: 'JPY' },
  { phrase: 'йена', code: 'JPY' },
  { phrase: 'японская иена', code: 'JPY' },
  { phrase: 'японская йена', code: 'JPY' },
  { phrase: 'гривна', code: 'UAH' },
  { phrase: 'гривня', code: 'UAH' },
  { phrase: 'грн', code: 'UAH', mode: 'surface' },
  { phrase: 'тенге', code: 'KZT', mode: 'surface' },
  { phrase: 'швейцарский франк', code: 'CHF' },
  { phrase: 'франк', code: 'CHF' },
  { phrase: 'шведская крона', code: 'SEK' },
  { phrase: 'норвежская крона', code: 'NOK' },
  { phrase: 'датская крона', code: 'DKK' },
  { phrase: 'чешская крона', code: 'CZK' },
  { phrase: 'исландская крона', code: 'ISK' },
  { phrase: 'злотый', code: 'PLN' },
  { phrase: 'турецкая лира', code: 'TRY' },
  { phrase: 'индийская рупия', code: 'INR' },
  { phrase: 'рупия', code: 'INR' },
  { phrase: 'вона', code: 'KRW' },
  { phrase: 'южнокорейская вона', code: 'KRW' },
  { phrase: 'шекель', code: 'ILS' },
  { phrase: 'реал', code: 'BRL' },
  { phrase: 'бразильский реал', code: 'BRL' },
  { phrase: 'лари', code: 'GEL', mode: 'surface' },
  { phrase: 'драм', code: 'AMD' },
  { phrase: 'манат', code: 'AZN' },
  { phrase: 'сом', code: 'KGS' },
  { phrase: 'сум', code: 'UZS' },
  { phrase: 'сомони', code: 'TJS', mode: 'surface' },
  { phrase: 'лей', code: 'MDL' },
  { phrase: 'молдавский лей', code: 'MDL' },
  { phrase: 'румынский лей', code: 'RON' },
  { phrase: 'форинт', code: 'HUF' },
  { phrase: 'динар', code: 'RSD' },
  { phrase: 'дирхам', code: 'AED' },
  { phrase: 'риял', code: 'SAR' },
  { phrase: 'биткоин', code: 'BTC' },
];

/** Currency signs; they stand before or after the amount ("$15 млн", "100 ₽"). */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  '¥': 'CNY',
  '₴': 'UAH',
  '₸': 'KZT',
  '₹': 'INR',
  '₺': 'TRY',
  '₩': 'KRW',
  '₪': 'ILS',
  '₾': 'GEL',
};
