/**
 * `gosfacts --format html` and `gosfacts diff`, through the built command (dist/cli.js).
 * Kept apart from cli.test.ts so the two CLI reworks merge without conflicts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCli } from '../src/cli/args.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const built = existsSync(CLI);
const tmp = mkdtempSync(join(tmpdir(), 'gosfacts-cli-html-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, encoding: 'utf8', timeout: 120_000 });

const FEED = [
  { id: 'vla', publishedAt: '2025-11-10', text: 'Во Владимирской области 10 ноября 2025 года поступило 187 заявок.' },
  {
    id: 'tat',
    publishedAt: '2025-11-10',
    text: 'Министр Республики Татарстан Марат Хуснуллин <b>провёл</b> совещание.',
  },
]
  .map((d) => JSON.stringify(d))
  .join('\n');

describe('parseCli: html', () => {
  it('--format is --output; html takes a title and refuses --compact and --pretty', () => {
    expect(parseCli(['--format', 'html', '--title', 'День']).output).toBe('html');
    expect(parseCli(['--format', 'html', '--title', 'День']).title).toBe('День');
    expect(() => parseCli(['--format', 'html', '--compact'])).toThrow(/--compact/);
    expect(() => parseCli(['--format', 'html', '--pretty'])).toThrow(/--pretty/);
    expect(() => parseCli(['--format', 'html', '--output', 'json'])).toThrow(/give one/);
    expect(() => parseCli(['--title', 'x'])).toThrow(/--title applies/);
  });
});

describe.skipIf(!built)('gosfacts --format html and gosfacts diff', () => {
  it('writes one page for a JSONL feed, escaped, with both documents', () => {
    writeFileSync(join(tmp, 'feed.jsonl'), FEED);
    const r = run(['-q', '--format', 'html', '--title', 'Лента <дня>', 'feed.jsonl']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain('<title>Лента &lt;дня&gt;</title>');
    expect(r.stdout.match(/<article class="gf-doc"/g)).toHaveLength(2);
    expect(r.stdout).toContain('&lt;b&gt;провёл&lt;/b&gt;');
    expect(r.stdout).toContain('<select id="gf-region">');
  }, 130_000);

  it('diff: text by default, exit 1 when the runs differ and 0 when they agree; html side by side', () => {
    writeFileSync(join(tmp, 'feed.jsonl'), FEED);
    writeFileSync(join(tmp, 'all.jsonl'), run(['-q', 'feed.jsonl']).stdout);
    writeFileSync(join(tmp, 'dates.jsonl'), run(['-q', '--types', 'date,region', 'feed.jsonl']).stdout);
    const same = run(['diff', 'all.jsonl', 'all.jsonl']);
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/^compared 2 documents, 0 differ/);
    const d = run(['diff', 'all.jsonl', 'dates.jsonl']);
    expect(d.status).toBe(1);
    expect(d.stdout).toMatch(/^number +1 +0 +1 +0 +0$/m);
    expect(d.stdout).toContain('- number "187" [54, 57)');
    const h = run(['diff', 'all.jsonl', 'dates.jsonl', '--format', 'html', '-o', 'diff.html']);
    expect(h.status).toBe(1);
    const html = readFileSync(join(tmp, 'diff.html'), 'utf8');
    expect(html).toContain('<h3>Lost (old run only)</h3>');
    expect(html).toContain('[54, 57)');
  }, 200_000);

  it('diff: usage errors exit 2', () => {
    expect(run(['diff', 'one.jsonl']).status).toBe(2);
    expect(run(['diff', 'a', 'b', '--format', 'csv']).stderr).toMatch(/--format must be text or html/);
    const missing = run(['diff', 'nope.jsonl', 'nope2.jsonl']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^gosfacts: diff: ENOENT/);
  }, 60_000);
});
