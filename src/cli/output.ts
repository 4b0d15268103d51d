import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/**
 * Writes results with backpressure (memory stays flat however fast extraction is) and treats a
 * closed reader (`gosfacts big.jsonl | head`: EPIPE) as a normal end, not a crash.
 */
export class Output {
  /** The reader went away or writing failed: stop producing. */
  closed = false;
  /** A write error other than EPIPE (disk full, ...), reported at the end. */
  error: Error | null = null;
  private readonly stream: Writable;
  private readonly ownsStream: boolean;
  /** Called before each write, e.g. to clear a progress bar drawn on the same terminal. */
  beforeWrite: (() => void) | null = null;

  private constructor(stream: Writable, ownsStream: boolean) {
    this.stream = stream;
    this.ownsStream = ownsStream;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.closed = true;
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') this.error ??= e;
    });
  }

  static stdout(): Output {
    return new Output(process.stdout, false);
  }

  /** Opens `file` for writing; rejects with the open error (bad folder, permissions). */
  static async file(file: string): Promise<Output> {
    const s = createWriteStream(file);
    await new Promise<void>((resolve, reject) => {
      s.once('ready', () => resolve());
      s.once('error', reject);
    });
    return new Output(s, true);
  }

  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    this.beforeWrite?.();
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  /** Flushes what was written (and closes a file). */
  async end(): Promise<void> {
    if (this.ownsStream) {
      if (this.stream.writableFinished || this.stream.destroyed) return;
      await new Promise<void>((resolve) => {
        this.stream.once('error', () => resolve());
        this.stream.end(() => resolve());
      });
      return;
    }
    if (this.closed || this.stream.destroyed) return;
    // process.stdout is never ended; an empty write's callback fires once earlier data is flushed
    await new Promise<void>((resolve) => {
      this.stream.once('error', () => resolve());
      this.stream.write('', () => resolve());
    });
  }
}
