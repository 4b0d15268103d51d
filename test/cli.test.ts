import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatOf, parseCli, UsageError } from '../src/cli/args.js';
import { Progress } from '../src/cli/progress.js';

// The command as installed: dist/cli.js (build first). Each case checks stdout, stderr and the
// exit status: 0 ok, 1 some documents failed, 2 usage error.
const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const built = existsSync(CLI);
if (!built) console.warn('test/cli.test.ts: dist/cli.js is missing, skipping; run `npm run build` first');

const tmp = mkdtempSync(join(tmpdir(), 'gosfacts-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, input, encoding: 'utf8', timeout: 60_000 });

const TEXT = 'Во Владимирской области 10 ноября 2025 года подвели итоги конкурса: поступило 187 заявок.';
const lines = (s: string): Record<string, unknown>[] =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
type Ent = { type: string; start: number; end: number; text: string };

describe.skipIf(!built)('gosfacts CLI', () => {
  describe('usage errors: exit 2, one message and a hint on stderr, nothing on stdout', () => {
    it.each([
      ['an unknown flag', ['--frobnicate'], /unknown option '--frobnicate'/],
      ['an unknown short flag', ['-x'], /unknown option '-x'/],
      ['a missing value', ['--input'], /--input/],
      ['a bad --input', ['--input', 'xml'], /--input must be text or jsonl/],
      ['a bad --output', ['--output', 'csv'], /--output must be json, jsonl or html/],
      ['a bad --published-at', ['--published-at', '2025-13-45'], /--published-at/],
      ['an unknown type', ['--types', 'date,nonsense'], /unknown entity type 'nonsense'/],
      ['--pretty with jsonl', ['--pretty', '--output', 'jsonl'], /--pretty/],
      ['a value for a boolean flag', ['--quiet=yes'], /--quiet/],
      ['stdin twice', ['-', '-'], /only once/],
    ])('%s', (_what, args, message) => {
      const r = run(args, TEXT);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const err = r.stderr.trimEnd().split('\n');
      expect(err).toHaveLength(2);
      expect(err[0]).toMatch(/^gosfacts: /);
      expect(err[0]).toMatch(message);
      expect(err[1]).toMatch(/--help/);
    });

    it('an output file in a missing folder', () => {
      const r = run(['-o', join(tmp, 'no/such/dir/out.json')], TEXT);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/cannot write/);
    });
  });

  it('reads a text from stdin and prints one JSON document', () => {
    const r = run(['--published-at', '2025-11-10'], TEXT);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const doc = JSON.parse(r.stdout) as { id: string; length: number; publishedAt: string; entities: Ent[] };
    expect(doc.length).toBe(TEXT.length);
    expect(doc.publishedAt).toBe('2025-11-10');
    for (const e of doc.entities) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
  });

  it('--pretty indents, - reads stdin, a file argument reads the file', () => {
    const a = run(['--pretty', '-'], TEXT);
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^\{\n {2}"id": "-",\n/);
    const p = file('article.txt', TEXT);
    const b = run(['--pretty', p]);
    expect(b.status).toBe(0);
    const doc = JSON.parse(b.stdout) as { id: string; length: number };
    expect(doc.id).toBe(p);
    expect(doc.length).toBe(TEXT.length);
  });

  it('JSONL with one bad line: exit 1, file:line on stderr, the good lines still come out', () => {
    const p = file(
      'news.jsonl',
      [
        JSON.stringify({ id: 'a', text: TEXT, publishedAt: '2025-11-10' }),
        '{"id": "b", "text": "broken',
        '',
        JSON.stringify({ id: 'c', text: 'Уровень трудоустройства достигает 75%.' }),
        JSON.stringify({ id: 'd', text: 42 }),
        JSON.stringify({ id: 'e', text: TEXT, publishedAt: '2025-13-45' }),
        JSON.stringify({ id: 7, text: 'Москва, 1 января 2024 года.' }),
      ].join('\n') + '\n',
    );
    const r = run([p]);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((d) => d.id)).toEqual(['a', 'c', '7']);
    expect(out[0]?.publishedAt).toBe('2025-11-10');
    expect(out[1]?.publishedAt).toBeNull();
    const err = r.stderr.trimEnd().split('\n');
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(new RegExp(`^gosfacts: ${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON`));
    expect(err[1]).toMatch(/:5: "text" must be a string/);
    expect(err[2]).toMatch(/:6: .*publishedAt/);
  });

  it('--input jsonl on stdin, --published-at as the default for lines without one', () => {
    const input = [
      JSON.stringify({ id: 'x', text: TEXT }),
      JSON.stringify({ id: 'y', text: TEXT, publishedAt: '2024-01-02' }),
    ].join('\r\n');
    const r = run(['--input', 'jsonl', '--published-at', '2025-11-10'], input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((d) => [d.id, d.publishedAt])).toEqual([
      ['x', '2025-11-10'],
      ['y', '2024-01-02'],
    ]);
  });

  it('--types date keeps only dates; --compact keeps only the id and entities', () => {
    const r = run(['--types', 'date', '--published-at', '2025-11-10'], TEXT);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { entities: Ent[]; regions: unknown[] };
    expect(doc.entities.length).toBeGreaterThan(0);
    expect(doc.entities.every((e) => e.type === 'date')).toBe(true);
    expect(doc.regions).toEqual([]);
    const c = run(['--compact', '--types', 'date'], TEXT);
    expect(Object.keys(JSON.parse(c.stdout) as object)).toEqual(['id', 'entities']);
  });

  it('several files: JSONL by default, a JSON array with --output json, and a missing file is exit 1', () => {
    const a = file('a.txt', TEXT);
    const b = file('b.txt', 'Второй текст, 10 ноября.');
    const r = run([a, b]);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((d) => d.id)).toEqual([a, b]);
    const arr = run(['--output', 'json', a, b]);
    expect((JSON.parse(arr.stdout) as { id: string }[]).map((d) => d.id)).toEqual([a, b]);
    const empty = run(['--output', 'json', file('empty.jsonl', '')]);
    expect(empty.status).toBe(0);
    expect(JSON.parse(empty.stdout)).toEqual([]);
    const missing = run([a, join(tmp, 'missing.txt'), b]);
    expect(missing.status).toBe(1);
    expect(lines(missing.stdout).map((d) => d.id)).toEqual([a, b]);
    expect(missing.stderr).toMatch(/missing\.txt: cannot read: no such file/);
  });

  it('-o writes to a file and leaves stdout empty', () => {
    const out = join(tmp, 'out.json');
    const r = run(['-o', out, '--published-at', '2025-11-10'], TEXT);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as { length: number }).length).toBe(TEXT.length);
  });

  it('a reader that goes away early (| head -1) is not an error', async () => {
    const big = file(
      'big.jsonl',
      Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: TEXT })).join('\n'),
    );
    const child = spawn(process.execPath, [CLI, big], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        const nl = buf.indexOf('\n');
        if (nl >= 0) {
          child.stdout.destroy(); // as `head -1` does
          resolve(buf.slice(0, nl));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect((JSON.parse(first) as { id: string }).id).toBe('0');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

// The parts that need no build: argument parsing and the progress line.
describe('parseCli', () => {
  it('defaults', () => {
    const c = parseCli([]);
    expect(c).toMatchObject({
      files: [],
      input: null,
      output: null,
      pretty: false,
      compact: false,
      publishedAt: null,
      types: null,
      outFile: null,
      quiet: false,
    });
  });

  it('reads every option', () => {
    const c = parseCli([
      '-i',
      'jsonl',
      '-f',
      'json',
      '--pretty',
      '--compact',
      '--published-at',
      '2024-02-29',
      '-t',
      'date,region',
      '--types',
      'date',
      '-o',
      'x.json',
      '-q',
      'a',
      'b',
    ]);
    expect(c).toMatchObject({
      files: ['a', 'b'],
      input: 'jsonl',
      output: 'json',
      pretty: true,
      compact: true,
      publishedAt: '2024-02-29',
      types: ['date', 'region'],
      outFile: 'x.json',
      quiet: true,
    });
  });

  it('--pretty implies json; input formats follow the extension', () => {
    expect(parseCli(['--pretty']).output).toBe('json');
    expect(formatOf('news.jsonl', null)).toBe('jsonl');
    expect(formatOf('NEWS.NDJSON', null)).toBe('jsonl');
    expect(formatOf('news.txt', null)).toBe('text');
    expect(formatOf('news.jsonl', 'text')).toBe('text');
  });

  it.each([[['--published-at', '2023-02-29']], [['--types', ',']], [['--output', 'xml']], [['--nope']], [['-o', '']]])(
    'rejects %j',
    (args) => {
      expect(() => parseCli(args)).toThrow(UsageError);
    },
  );
});

describe('Progress', () => {
  const term = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, t: { isTTY, columns: 60, write: (s: string) => (out.push(s), true) } };
  };
  const state = (docs: number) => ({
    docs,
    failed: 0,
    chars: docs * 1000,
    bytes: docs * 10,
    totalBytes: 100,
    totalDocs: null,
  });

  it('draws on a terminal, from the second document, at most every 100 ms, within the width, and clears', () => {
    let now = 0;
    const { out, t } = term(true);
    const p = new Progress(t, true, () => now);
    p.update(state(1));
    expect(out).toEqual([]);
    now = 50;
    p.update(state(2));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^\rgosfacts \[#{4}\.{16}\] {2}20% 2 docs/);
    expect(out[0]!.replace('\x1b[K', '').length).toBeLessThanOrEqual(60);
    now = 100;
    p.update(state(3));
    expect(out).toHaveLength(1);
    now = 151;
    p.update(state(4));
    expect(out).toHaveLength(2);
    p.clear();
    expect(out[2]).toBe('\r\x1b[K');
    p.clear();
    expect(out).toHaveLength(3);
  });

  it('stays silent when not a terminal or when disabled', () => {
    for (const [tty, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const { out, t } = term(tty);
      const p = new Progress(t, enabled, () => 1000);
      p.update(state(5), true);
      p.clear();
      expect(out).toEqual([]);
    }
  });
});
