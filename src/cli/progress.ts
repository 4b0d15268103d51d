/** The terminal a progress line is drawn on (process.stderr, or a fake in tests). */
export interface ProgressTerminal {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(s: string): boolean;
}

export interface ProgressState {
  readonly docs: number;
  readonly failed: number;
  readonly chars: number;
  /** Bytes consumed from the inputs so far (files whose size is known), and their total. */
  readonly bytes: number;
  readonly totalBytes: number | null;
  /** Documents expected, when known (plain-text files: one each). */
  readonly totalDocs: number | null;
}

const INTERVAL_MS = 100;

function human(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(0)}k`;
  return String(Math.round(n));
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * One status line on stderr, redrawn in place at most ~10 times a second and erased at the end.
 * Drawn only on a terminal, only once a second document arrives (a single document finishes
 * before a bar would help), and never with `--quiet`.
 */
export class Progress {
  private readonly term: ProgressTerminal;
  private readonly enabled: boolean;
  private readonly started: number;
  private readonly now: () => number;
  private last = -Infinity;
  private drawn = false;

  constructor(term: ProgressTerminal, enabled: boolean, now: () => number = () => performance.now()) {
    this.term = term;
    this.enabled = enabled && term.isTTY === true;
    this.now = now;
    this.started = now();
  }

  /** Redraws if enough time passed since the last draw (or `force`). */
  update(s: ProgressState, force = false): void {
    if (!this.enabled || s.docs + s.failed < 2) return;
    const t = this.now();
    if (!force && t - this.last < INTERVAL_MS) return;
    this.last = t;
    const secs = Math.max((t - this.started) / 1000, 1e-3);
    const parts: string[] = [];
    const done = s.docs + s.failed;
    parts.push(s.totalDocs ? `${done}/${s.totalDocs} docs` : `${done} docs`);
    const frac = s.totalDocs ? done / s.totalDocs : s.totalBytes ? s.bytes / s.totalBytes : null;
    let line = '';
    if (frac !== null) {
      const width = 20;
      const full = Math.min(width, Math.round(Math.min(1, frac) * width));
      line = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${String(Math.floor(Math.min(1, frac) * 100)).padStart(3)}% `;
    }
    parts.push(
      `${(done / secs).toFixed(done / secs < 10 ? 1 : 0)} docs/s`,
      `${human(s.chars / secs)} chars/s`,
      clock(t - this.started),
    );
    if (s.failed) parts.push(`${s.failed} failed`);
    line = `gosfacts ${line}${parts.join('  ')}`;
    const cols = this.term.columns || 80;
    if (line.length > cols - 1) line = line.slice(0, Math.max(0, cols - 1));
    this.term.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  /** Erases the line (before other output on the same terminal, and at the end). */
  clear(): void {
    if (!this.drawn) return;
    this.term.write('\r\x1b[K');
    this.drawn = false;
  }
}

/** The closing line on stderr: documents, failures, characters, time and speed. */
export function summaryOf(s: ProgressState, seconds: number, threads: number): string {
  const secs = Math.max(seconds, 1e-3);
  const done = s.docs + s.failed;
  const failed = s.failed ? ` (${s.failed} failed)` : '';
  const where = threads ? `, ${threads} worker thread${threads > 1 ? 's' : ''}` : '';
  return `${s.docs} document${s.docs === 1 ? '' : 's'} done${failed}, ${human(s.chars)} characters in ${secs.toFixed(1)} s: ${(done / secs).toFixed(done / secs < 10 ? 1 : 0)} docs/s, ${human(s.chars / secs)} chars/s${where}`;
}
