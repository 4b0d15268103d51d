/**
 * `--output html`: the documents are kept until the end, then written as one page (the page's
 * list and filters need them all). Memory grows with the input, so this format is meant for a
 * day's articles, not a whole corpus.
 */
// Only the public entry: dist/cli.js loads the library from dist/index.js (see tsup.config.ts).
import { renderHtml, type GosDocument, type HtmlDocument } from '../index.js';
import type { Output } from './output.js';

export class HtmlWriter {
  private readonly docs: HtmlDocument[] = [];

  constructor(
    private readonly out: Output,
    private readonly title: string | null,
  ) {}

  /** Takes the `{ id, ...document }` record that the JSON formats write, and the document's text. */
  write(record: object, text: string): Promise<void> {
    const { id, ...document } = record as { id: string } & GosDocument;
    this.docs.push({ id, text, document });
    return Promise.resolve();
  }

  async finish(): Promise<void> {
    if (this.out.closed) return;
    await this.out.write(renderHtml(this.docs, this.title === null ? {} : { title: this.title }));
  }
}
