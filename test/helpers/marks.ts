/**
 * Inline span marks for fixtures: the project uses the same syntax and parser as users do
 * (`gosfacts/testing`, src/testing/marks.ts): `[Андрей Григорьев](person)`, or razdel-style
 * `[[Андрей Григорьев]]` without a type.
 */
import { parseMarked } from '../../src/testing/index.js';

/** The plain text and the marked spans (their types, if any, are left out: these tests compare spans). */
export function unmark(marked: string): { text: string; spans: { start: number; end: number; text: string }[] } {
  const { text, marks } = parseMarked(marked);
  return { text, spans: marks.map(({ start, end, text: t }) => ({ start, end, text: t })) };
}
