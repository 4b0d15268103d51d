// Runs every gazetteer generator in check mode (or with --write, regenerates all data files).
//   node scripts/gazetteer/all.mjs [--write]
// Needs Debian iso-codes (apt-get install -y iso-codes); countries.mjs also compares with npm
// i18n-iso-countries when GAZ_NODE_MODULES (default /tmp/gaz/node_modules) has it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
// Order matters: cities and world places are checked against regions and countries.
const scripts = ['regions.mjs', 'countries.mjs', 'cities-ru.mjs', 'world.mjs', 'locations.mjs'];
let failed = 0;
for (const s of scripts) {
  console.log(`== ${s}`);
  const r = spawnSync(process.execPath, [join(here, s), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
