// One entry per line: small diffs when the lead reviews a data change.
import { writeFileSync } from 'node:fs';

export function formatRows(rows) {
  return '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
}

export function writeRows(path, rows) {
  writeFileSync(path, formatRows(rows));
}
