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
    expect(rows.length).toBeGreaterThanOrEqual(7);
    for (const row of rows) {
      expect(row.count).toBe(64);
      expect(row.ratio, `${row.shape}: ${row.bigMs.toFixed(0)} ms vs ${row.smallMs.toFixed(0)} ms`).toBeLessThan(5);
    }
  }, 180_000);
});
