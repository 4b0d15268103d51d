import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Functions stay under 80 lines (STYLE.md): a longer one is split into named steps. Counted from
// the first line of the declaration to the closing brace, comments included. Generated files
// (`*.generated.ts`: tables, and az's own source bundled as one module function) are not written here.
const MAX_LINES = 80;
const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.generated.ts') ? [path] : [];
  });
}

function nameOf(node: ts.Node, file: ts.SourceFile): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isAccessor(node)) && node.name)
    return node.name.getText(file);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
  )
    return parent.name.getText(file);
  return '<anonymous>';
}

/** Every function (declarations, methods, arrows, function expressions) longer than the limit. */
function longFunctions(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.end).line;
      if (last - first + 1 > MAX_LINES)
        found.push(`${relative(root, path)}:${first + 1} ${nameOf(node, file)} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('function length', () => {
  it(`no function in src/ is over ${MAX_LINES} lines`, () => {
    expect(sourceFiles(join(root, 'src')).flatMap(longFunctions)).toEqual([]);
  });
});
