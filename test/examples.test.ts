/**
 * Every example in examples/ runs against the built package (`import 'gosfacts'` resolves to this
 * package's own dist/ through its exports map), as a user would run it. Build first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/testing.js'));
if (!built) console.warn('test/examples.test.ts: dist/ is missing, skipping; run `npm run build` first');

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });

describe.skipIf(!built)('examples/ against the built package', () => {
  it('monitor.mjs: per region, the officials and statistics of a JSONL feed, with a progress bar', () => {
    const r = run(['examples/monitor.mjs'], { FORCE_PROGRESS: '1' });
    expect(r.stderr).toContain('100% 4 docs');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /Владимирская область\n {2}officials: {2}Андрей Григорьев, министр труда и занятости населения Владимирской области/,
    );
    expect(r.stdout).toMatch(/Владимирская область[\s\S]*statistics: 187 заявка \(vladimir-1\)/);
    expect(r.stdout).toMatch(/Республика Татарстан\n {2}officials: {2}Рустам Минниханов/);
    expect(r.stdout).toContain('(no region)');
  }, 130_000);

  it('custom-rule.mjs: a rule in the public DSL finds contests in any case form', () => {
    const r = run(['examples/custom-rule.mjs']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'event/nth-contest\tIV Всероссийского конкурса профессионального мастерства\t->\tIV Всероссийский конкурс профессионального мастерства',
      'event/nth-contest\tII Всероссийском фестивале\t->\tII Всероссийский фестиваль',
    ]);
  }, 130_000);

  it('fixture.test.mjs: a user fixture test with gosfacts/testing, under node --test', () => {
    const r = run(['--test', 'examples/fixture.test.mjs']);
    expect(r.stdout).toMatch(/# pass 3\n# fail 0/);
    expect(r.status).toBe(0);
  }, 130_000);

  // createPool comes from the worker-pool work, merged separately: once dist/ exports it, this
  // example must run; until then it is reported as skipped here, never as passed.
  const hasPool = built && /\bcreatePool\b/.test(readFileSync(join(root, 'dist/index.d.ts'), 'utf8'));
  it.skipIf(!hasPool)(
    'pool.mjs: documents extracted on a worker pool',
    () => {
      const r = run(['examples/pool.mjs']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^vladimir-1\t\d+ entities\tВладимирская область$/m);
      expect(r.stdout.trim().split('\n')).toHaveLength(4);
    },
    130_000,
  );
});
