// One entry per line: small diffs when the lead reviews a data change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export function formatRows(rows) {
  return '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
}

export function writeRows(path, rows) {
  writeFileSync(path, formatRows(rows));
}

/**
 * The committed JSON at `path` against the rows the table gives: a problem message, or null.
 * `source` names the table for the message.
 */
export function compareCommitted(path, rows, source) {
  if (!existsSync(path)) return `${basename(path)} missing: run with --write`;
  const committed = JSON.parse(readFileSync(path, 'utf8'));
  return JSON.stringify(committed) === JSON.stringify(rows) ? null : `${basename(path)} differs from ${source}`;
}
