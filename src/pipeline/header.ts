import { isValidDay } from '../lexicon/calendar.js';

/** A metadata line such as the seed's ` date 2025-11-10` at the very start of the text. */
const HEADER = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b/;

/** Finds the `date YYYY-MM-DD` header; its date becomes `publishedAt` when the caller gives none. */
export function readHeader(text: string): { start: number; end: number; date: string } | null {
  const m = HEADER.exec(text.slice(0, 200));
  if (!m || !m[1] || !isValidDay(m[1])) return null;
  const end = m.index + m[0].length;
  return { start: end - m[1].length, end, date: m[1] };
}
