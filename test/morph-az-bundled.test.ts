import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledAzSource } from '../src/morph/az-lazy-tags.js';
import { AZ_BUNDLED_VERSION } from '../src/morph/az-lazy.generated.js';

const req = createRequire(import.meta.url);
const GENERATED = fileURLToPath(new URL('../src/morph/az-lazy.generated.ts', import.meta.url));

describe('az as edited, bundled (src/morph/az-lazy.generated.ts)', () => {
  it('is the installed az with the edits of az-lazy-tags.ts', () => {
    const { version } = req('az/package.json') as { version: string };
    const source = bundledAzSource(readFileSync(req.resolve('az'), 'utf8'), version);
    expect(source).toBeDefined();
    if (process.env.UPDATE_AZ) writeFileSync(GENERATED, source!);
    const committed = readFileSync(GENERATED, 'utf8');
    expect(
      committed === source,
      'the bundled az is stale: UPDATE_AZ=1 npx vitest run test/morph-az-bundled.test.ts',
    ).toBe(true);
    expect(AZ_BUNDLED_VERSION).toBe(version);
  });
});
