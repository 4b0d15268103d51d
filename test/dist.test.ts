import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built package, imported as a user would (ESM and CJS), and its command.
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (f: string): string => join(root, 'dist', f);
const built = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'cli.js'].every((f) => existsSync(dist(f)));
if (!built) console.warn('test/dist.test.ts: dist/ is missing or incomplete, skipping; run `npm run build` first');

const HEADER_TEXT =
  ' date 2025-11-10 Владимирская область стала серебряным призёром конкурса Минтруда России\n\nВсего поступило 187 заявок.';

interface Lib {
  createExtractor: (o?: object) => Promise<{
    extract: (
      t: string,
      o?: object,
    ) => {
      publishedAt: string | null;
      publishedAtSource: string | null;
      entities: { type: string; normalized: unknown }[];
    };
  }>;
  DocumentSchema: { parse: (x: unknown) => unknown };
  segment: (t: string) => { tokens: unknown[] };
}

function checkLib(lib: Lib): Promise<void> {
  return (async () => {
    expect(typeof lib.createExtractor).toBe('function');
    const ex = await lib.createExtractor();
    const doc = ex.extract(HEADER_TEXT);
    expect(doc.publishedAt).toBe('2025-11-10');
    expect(doc.publishedAtSource).toBe('header');
    expect(doc.entities.some((e) => e.type === 'date' && e.normalized === '2025-11-10')).toBe(true);
    expect(() => lib.DocumentSchema.parse(doc)).not.toThrow();
    expect(lib.segment('Во Владимирской области').tokens.length).toBe(3);
  })();
}

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [dist('cli.js'), ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });

describe.skipIf(!built)('dist/ (the built package)', () => {
  it('ESM: import dist/index.js', async () => {
    const lib = (await import(pathToFileURL(dist('index.js')).href)) as Lib;
    await checkLib(lib);
  });

  it('ESM: stack traces name the bundle without the path of the machine that built its code cache', () => {
    // V8 keeps the script name a code cache was made with; a user's traces must not show the build's path
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const lib = await import(${JSON.stringify(pathToFileURL(dist('index.js')).href)});
         try { lib.createExtractorSync({ convention: 'none' }); } catch (e) { console.log(e.name, e.stack); }`,
      ],
      { encoding: 'utf8', timeout: 60_000, cwd: tmpdir() },
    );
    expect(r.stdout).toContain('InvalidOptionsError');
    expect(r.stdout).toContain('gosfacts/dist/index.cjs:');
    expect(r.stdout).not.toContain(root);
  });

  it('CJS: require dist/index.cjs', async () => {
    const require = createRequire(import.meta.url);
    const lib = require(dist('index.cjs')) as Lib;
    await checkLib(lib);
  });

  it('package.json exports point at files that exist', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: { '.': { import: { types: string; default: string }; require: { types: string; default: string } } };
      bin: Record<string, string>;
    };
    const e = pkg.exports['.'];
    for (const f of [e.import.types, e.import.default, e.require.types, e.require.default, ...Object.values(pkg.bin)]) {
      expect(existsSync(join(root, f)), f).toBe(true);
    }
    expect(readFileSync(dist('cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('the CLI loads the library from dist/index.js instead of carrying a copy of it', () => {
    const cli = readFileSync(dist('cli.js'), 'utf8');
    expect(cli).toMatch(/from "\.\/index\.js"/);
    // dist/index.js runs the library's bundle, dist/index.cjs, with V8's code cache (scripts/compile-cache.mjs)
    expect(readFileSync(dist('index.js'), 'utf8')).toContain("new URL('./index.cjs', import.meta.url)");
    for (const ruleId of ['geo/city-marked', 'date/day-month-year']) {
      expect(readFileSync(dist('index.cjs'), 'utf8')).toContain(ruleId);
      expect(cli).not.toContain(ruleId);
    }
  });

  it('node dist/cli.js --help prints the usage on stdout and exits 0', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: gosfacts \[options\] \[FILE\.\.\.\]/);
    expect(r.stderr).toBe('');
  });

  it('node dist/cli.js --version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('pipes a text through the CLI: one JSON document on stdout, nothing on stderr', () => {
    const r = cli(['--published-at', '2025-11-10'], 'Во Владимирской области 10 ноября 2025 года подвели итоги.');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      id: string;
      publishedAt: string;
      publishedAtSource: string;
      entities: { type: string; text: string }[];
    };
    expect(doc.id).toBe('-');
    expect(doc.publishedAt).toBe('2025-11-10');
    expect(doc.publishedAtSource).toBe('option');
    expect(doc.entities.some((e) => e.type === 'date' && e.text.startsWith('10 ноября'))).toBe(true);
  });
});
