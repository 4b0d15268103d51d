/**
 * gosfacts/testing: fixture tests in one line. Mark the spans you expect inline in an article
 * (`Министр [Андрей Григорьев](person) сообщил`), and `expectMarked` extracts the text and throws
 * a readable diff when the document's entities differ from the marks. Works with any test runner
 * (a thrown error fails the test); no dependency on the runner or on the extractor's internals.
 *
 * @example
 * import { createExtractor } from 'gosfacts';
 * import { expectMarked } from 'gosfacts/testing';
 * const extractor = await createExtractor();
 * test('the minister', () => {
 *   expectMarked(extractor, '[Министр труда](position) [Андрей Григорьев](person) сообщил');
 * });
 */
import type { Entity, ExtractOptions, GosDocument } from '../result/schema.js';
import { markText, parseMarked, type Mark, type MarkedText } from './marks.js';

export { markText, parseMarked, type Mark, type MarkedText };

export interface CompareOptions {
  /**
   * The entity types to compare; entities of other types are ignored. Default: the types that the
   * marks name (so a fixture marking only persons tests only persons). Needed when every mark is
   * untyped (`[[...]]`).
   */
  readonly types?: readonly string[];
}

export interface MarkedOptions extends CompareOptions {
  /** Passed to `extract` (a fixture's relative dates need it). */
  readonly publishedAt?: ExtractOptions['publishedAt'];
}

export interface MarkedComparison {
  readonly ok: boolean;
  /** Marks no entity matches. */
  readonly missing: readonly Mark[];
  /** Entities (of the compared types) no mark matches. */
  readonly unexpected: readonly Entity[];
  /** A readable report: what is missing and unexpected, then the text marked both ways. */
  readonly report: string;
}

/** Thrown by `expectMarked`; the message is the comparison's report. */
export class MarkedMismatchError extends Error {
  override readonly name = 'MarkedMismatchError';
  constructor(readonly comparison: MarkedComparison) {
    super(comparison.report);
  }
}

function typesOf(marked: MarkedText, options: CompareOptions): Set<string> {
  if (options.types) return new Set(options.types);
  const named = marked.marks.flatMap((m) => (m.type ? [m.type] : []));
  if (!named.length && marked.marks.length)
    throw new TypeError('untyped [[...]] marks need the entity types to compare: pass { types: [...] }');
  return new Set(named);
}

const at = (m: { start: number; end: number }): string => `${m.start}..${m.end}`;

/**
 * Compares a document's entities with the marks of a fixture text (a string with marks, or
 * `parseMarked`'s result). A typed mark matches an entity of that type with the same span; an
 * untyped one an entity of any compared type with the same span.
 */
export function compareMarked(
  document: Pick<GosDocument, 'entities'>,
  marked: string | MarkedText,
  options: CompareOptions = {},
): MarkedComparison {
  const want = typeof marked === 'string' ? parseMarked(marked) : marked;
  const types = typesOf(want, options);
  const got = document.entities.filter((e) => types.has(e.type));
  const used = new Set<Entity>();
  const missing: Mark[] = [];
  for (const m of want.marks) {
    const hit = got.find(
      (e) => !used.has(e) && e.start === m.start && e.end === m.end && (m.type ?? e.type) === e.type,
    );
    if (hit) used.add(hit);
    else missing.push(m);
  }
  const unexpected = got.filter((e) => !used.has(e));
  const ok = !missing.length && !unexpected.length;
  const lines = ok ? [] : [`entities differ from the marks (types compared: ${[...types].join(', ')}):`];
  for (const m of missing)
    lines.push(`  missing     ${markText(m.text, [{ start: 0, end: m.text.length, type: m.type }])} at ${at(m)}`);
  for (const e of unexpected)
    lines.push(`  unexpected  [${e.text}](${e.type}) at ${at(e)}  (${e.normalized}, rule ${e.rule})`);
  if (!ok) {
    const typed = want.marks.some((m) => m.type);
    lines.push(`expected: ${markText(want.text, want.marks)}`);
    lines.push(
      `actual:   ${markText(
        want.text,
        got.map((e) => ({ ...e, type: typed ? e.type : null })),
      )}`,
    );
  }
  return { ok, missing, unexpected, report: lines.join('\n') };
}

/**
 * Extracts the plain text of a marked fixture and throws `MarkedMismatchError` (with a readable
 * diff) unless the entities of the compared types are exactly the marked ones. Returns the
 * document, for further checks of values.
 *
 * @example
 * expectMarked(extractor, 'Во [Владимирской области](region) [10 ноября](date)', { publishedAt: '2025-11-10' });
 */
export function expectMarked(
  extractor: { extract(text: string, options?: ExtractOptions): GosDocument },
  marked: string,
  options: MarkedOptions = {},
): GosDocument {
  const want = parseMarked(marked);
  const document = extractor.extract(
    want.text,
    options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt },
  );
  const comparison = compareMarked(document, want, options);
  if (!comparison.ok) throw new MarkedMismatchError(comparison);
  return document;
}
