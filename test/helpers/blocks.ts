/**
 * The blocks of a cases fixture: blank-line separated, each a list of its lines with comments
 * (`#`) and blank lines dropped; the first line is the marked text, the rest what it must give.
 */
export function caseBlocks(file: string): string[][] {
  return file
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() && !l.startsWith('#')))
    .filter((b) => b.length);
}
