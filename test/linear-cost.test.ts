import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(`${root}dist/index.js`);
if (!built) console.warn('test/linear-cost.test.ts: dist/ is missing, skipping; run `npm run build` first');

interface Row {
  shape: string;
  count: number;
  smallMs: number;
  bigMs: number;
  ratio: number;
}

// The cost is the CPU time of a process of its own (bench/linear-cost.mjs): the other test files
// run in threads of this process and would count in its CPU time. A quadratic path shows as a
// ratio of ~64 at these sizes; a linear one stays near 1, so the bound is generous.
describe.skipIf(!built)('linear cost whatever the input', () => {
  it('one text of 64,000 characters costs about 64 texts of 1,000 of the same shape (ratio < 5)', () => {
    const r = spawnSync(process.execPath, ['bench/linear-cost.mjs', '--big', '64000', '--small', '1000', '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout.trim().split('\n').pop()!) as Row[];
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.count).toBe(64);
      expect(row.ratio, `${row.shape}: ${row.bigMs.toFixed(0)} ms vs ${row.smallMs.toFixed(0)} ms`).toBeLessThan(5);
    }
  }, 180_000);

  // Thousands of entities in one text: a step that compares every pair of them (every award's
  // recipient with every entity, every figure with every place, every amount without a currency
  // with every figure, every name with every person) is cheap at 64,000 characters and quadratic
  // past that. Half a million characters against eight texts of 62,500: such steps made the ratio
  // 3.1 on news sentences and 2.2 on a page of figures (more at a million); linear, 0.9 and 1.0.
  it('one text of 500,000 characters of news sentences or figures costs about 8 of 62,500 (ratio < 2)', () => {
    const shapes = 'a page of numbers,news sentences run together'; // in bench/linear-cost.mjs's order
    const args = ['--shape', shapes, '--big', '500000', '--small', '62500', '--json'];
    const r = spawnSync(process.execPath, ['bench/linear-cost.mjs', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout.trim().split('\n').pop()!) as Row[];
    expect(rows.map((row) => row.shape)).toEqual(shapes.split(','));
    for (const row of rows) {
      expect(row.count).toBe(8);
      expect(row.ratio, `${row.shape}: ${row.bigMs.toFixed(0)} ms vs ${row.smallMs.toFixed(0)} ms`).toBeLessThan(2);
    }
  }, 180_000);
});
