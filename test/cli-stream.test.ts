import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runOrdered } from '../src/cli/ordered.js';
import { decodeChunks, linesOf, sniff } from '../src/cli/decode.js';

// The JSONL stream (`-i jsonl -f jsonl`, `--concurrency`) and the input checks (binary files,
// Windows-1251 and KOI8-R) of dist/cli.js, and the parts behind them that need no build.
const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const built = existsSync(CLI) && existsSync(join(root, 'dist/pool-worker.js'));
if (!built) console.warn('test/cli-stream.test.ts: dist/ is missing, skipping; run `npm run build` first');

const tmp = mkdtempSync(join(tmpdir(), 'gosfacts-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const run = (args: string[], input: string | Buffer = '') =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, input, encoding: 'utf8', timeout: 120_000 });

const TEXT = 'Во Владимирской области 10 ноября 2025 года министр Андрей Григорьев подвёл итоги: поступило 187 заявок.';
const line = (i: number): string =>
  `${JSON.stringify({ id: `d${i}`, text: `${i}. ${TEXT}`, publishedAt: '2025-11-10' })}\n`;
const SLOW = { timeout: 240_000 };

describe('runOrdered', () => {
  it('hands results on in input order, as soon as each and all before it are done, with a bounded window', async () => {
    const delays = [30, 5, 20, 1, 1, 40, 2, 3];
    let inFlight = 0;
    let maxInFlight = 0;
    const order: number[] = [];
    async function* inputs(): AsyncGenerator<number> {
      for (let i = 0; i < delays.length; i++) {
        await Promise.resolve();
        yield i;
      }
    }
    await runOrdered(
      inputs(),
      3,
      async (i) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, delays[i]));
        return i;
      },
      async (i) => {
        inFlight--;
        order.push(i);
        return Promise.resolve(true);
      },
    );
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(maxInFlight).toBeLessThanOrEqual(3);
  });

  it('stops pulling the input when emit says so', async () => {
    let pulled = 0;
    async function* inputs(): AsyncGenerator<number> {
      for (let i = 0; i < 1000; i++) {
        await Promise.resolve();
        pulled++;
        yield i;
      }
    }
    const seen: number[] = [];
    await runOrdered(
      inputs(),
      2,
      (i) => Promise.resolve(i),
      (i) => {
        seen.push(i);
        return Promise.resolve(i < 4);
      },
    );
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(pulled).toBeLessThan(10);
  });
});

describe('input checks (sniff, decodeChunks, linesOf)', () => {
  const cp1251 = Buffer.from([0xcf, 0xf0, 0xe0, 0xe2, 0xe8, 0xf2, 0xe5, 0xeb, 0xfc, 0xf1, 0xf2, 0xe2, 0xee]); // Правительство
  const koi8 = Buffer.from([0xf0, 0xd2, 0xc1, 0xd7, 0xc9, 0xd4, 0xc5, 0xcc, 0xd8, 0xd3, 0xd4, 0xd7, 0xcf]);

  it('tells UTF-8, Windows-1251, KOI8-R and binary apart', () => {
    expect(sniff(Buffer.from(TEXT))).toEqual({ kind: 'text', encoding: 'utf-8', detected: false });
    expect(sniff(Buffer.from('plain ASCII\r\n\tand tabs\f'))).toMatchObject({ kind: 'text', encoding: 'utf-8' });
    expect(sniff(Buffer.concat([cp1251, Buffer.from(' 2025 ')]))).toEqual({
      kind: 'text',
      encoding: 'windows-1251',
      detected: true,
    });
    expect(sniff(koi8)).toEqual({ kind: 'text', encoding: 'koi8-r', detected: true });
    expect(sniff(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]))).toMatchObject({ kind: 'binary' });
    const controls = Buffer.from('abc\x01\x02\x03def\x04\x05ghi\x06\x07\x0e\x0f'.repeat(10));
    expect(sniff(controls)).toMatchObject({ kind: 'binary', why: expect.stringMatching(/control characters/) });
    // one stray control byte in a long text is still text
    expect(sniff(Buffer.from(`${TEXT}\x07${TEXT}`))).toMatchObject({ kind: 'text' });
    expect(sniff(Buffer.from('\uFEFFтекст', 'utf16le').subarray(0))).toMatchObject({ encoding: 'utf-16le' });
  });

  it('decodes a stream cut anywhere, and splits LF and CRLF lines', async () => {
    const bytes = Buffer.from(`первая строка\r\nвторая\n\nтретья без конца`);
    const chunks = async function* (): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 3) {
        await Promise.resolve();
        yield bytes.subarray(i, i + 3); // cuts two-byte letters in half
      }
    };
    const lines: string[] = [];
    for await (const l of linesOf(decodeChunks(chunks(), { encoding: null, force: false, onSniffed: () => undefined })))
      lines.push(l);
    expect(lines).toEqual(['первая строка', 'вторая', '', 'третья без конца']);
  });
});

describe.skipIf(!built)('gosfacts CLI: input checks', SLOW, () => {
  it('refuses a binary file with exit 1 and a clear message; --force reads it', () => {
    const bin = file('data.bin', Buffer.concat([Buffer.from('ELF\x00\x01\x02'), Buffer.from(TEXT), Buffer.alloc(64)]));
    const r = run([bin]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /data\.bin: not read: looks like a binary file \(it contains NUL bytes\); --force reads it anyway/,
    );
    const forced = run(['--force', bin]);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toMatch(/read anyway \(--force\)/);
    expect((JSON.parse(forced.stdout) as { length: number }).length).toBeGreaterThan(TEXT.length);
  });

  it('detects Windows-1251 and KOI8-R (text and JSONL), says so, and finds the same entities; --encoding is silent', () => {
    const utf = JSON.parse(run([file('utf8.txt', TEXT)]).stdout) as { entities: { text: string }[] };
    const texts = (out: string): string[] =>
      (JSON.parse(out) as { entities: { text: string }[] }).entities.map((e) => e.text);
    for (const [enc, label] of [
      ['windows-1251', 'WINDOWS-1251'],
      ['koi8-r', 'KOI8-R'],
    ] as const) {
      const encoded = encode(TEXT, enc);
      const p = file(`${enc}.txt`, encoded);
      const r = run([p]);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain(`${enc}.txt: not UTF-8: read as ${label}`);
      expect(texts(r.stdout)).toEqual(utf.entities.map((e) => e.text));
      if (enc === 'koi8-r') continue;
      const quiet = run(['--encoding', enc, p]);
      expect(quiet.stderr).toBe('');
      expect(texts(quiet.stdout)).toEqual(utf.entities.map((e) => e.text));
    }
    const jsonl = file('feed-1251.jsonl', encode(line(1) + line(2), 'windows-1251'));
    const r = run([jsonl]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/not UTF-8: read as WINDOWS-1251/);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['d1', 'd2']);
  });

  it('an unknown --encoding is a usage error', () => {
    const r = run(['--encoding', 'klingon'], TEXT);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown --encoding 'klingon'/);
  });
});

/** Encodes Russian text in a single-byte encoding by inverting TextDecoder's table. */
function encode(text: string, encoding: string): Buffer {
  const table = new Map<string, number>();
  const dec = new TextDecoder(encoding);
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe.skipIf(!built)('gosfacts CLI: the JSONL stream', SLOW, () => {
  it('--concurrency 2: every record in input order, the summary on stderr', () => {
    const input = Array.from({ length: 200 }, (_, i) => line(i)).join('');
    const r = run(['-i', 'jsonl', '-f', 'jsonl', '--concurrency', '2', '--summary', '--compact'], input);
    expect(r.status).toBe(0);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => `d${i}`));
    expect(r.stderr).toMatch(
      /^gosfacts: 200 documents done, \S+ characters in [\d.]+ s: [\d.]+ docs\/s, \S+ chars\/s, 2 worker threads\n$/,
    );
    expect(run(['--concurrency', '0'], '').status).toBe(2);
  });

  it('reads only as fast as the output is taken: memory stays bounded however long the feed', async () => {
    const child = spawn(process.execPath, [CLI, '-i', 'jsonl', '-f', 'jsonl', '--concurrency', '2'], {
      cwd: tmp,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.pause(); // a reader that does not read yet
    const rss = (): number =>
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    // write until the pipe stays full: the CLI has stopped reading
    let written = 0;
    let i = 0;
    for (;;) {
      const chunk = Array.from({ length: 50 }, () => line(i++)).join('');
      written += Buffer.byteLength(chunk);
      if (child.stdin.write(chunk)) continue;
      const drained = await Promise.race([
        new Promise((r) => child.stdin.once('drain', () => r(true))),
        new Promise((r) => setTimeout(() => r(false), 3000)),
      ]);
      if (!drained) break;
      expect(written).toBeLessThan(16 * 1024 * 1024); // it would have stopped reading long before
    }
    const stalledAt = written;
    expect(stalledAt).toBeLessThan(4 * 1024 * 1024);
    // now read everything and feed as much again; RSS at the end is where it was half-way
    let out = 0;
    let lastId = '';
    let carry = '';
    child.stdout.on('data', (d: Buffer) => {
      const s = carry + d.toString();
      const cut = s.lastIndexOf('\n');
      carry = s.slice(cut + 1);
      for (const l of s.slice(0, cut).split('\n')) {
        out++;
        lastId = (JSON.parse(l) as { id: string }).id;
      }
    });
    child.stdout.resume();
    const samples: number[] = [];
    for (let round = 0; round < 6; round++) {
      const chunk = Array.from({ length: 500 }, () => line(i++)).join('');
      if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
      samples.push(rss());
    }
    child.stdin.end();
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(i);
    expect(lastId).toBe(`d${i - 1}`);
    // flat: the last samples are not above the early ones by more than noise (GC timing)
    expect(Math.max(...samples.slice(3))).toBeLessThan(Math.max(...samples.slice(0, 3)) + 64);
  });
});
