import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * The CLI is a client of the library: dist/cli.js imports the dist/index.js built next to it
 * instead of bundling a second copy of the engine, gazetteers and rules. That also keeps one copy
 * of the library's classes, so the CLI's `instanceof InvalidOptionsError` sees what the library
 * throws. So src/cli/ may reach into the rest of src/ only through the public entry src/index.ts;
 * any other import from there fails the build rather than silently bundling library code again.
 * The pool's worker thread entry (dist/pool-worker.js) is built the same way, from src/pool/.
 */
function importsBuiltLibrary(folder: string): EsbuildPlugin {
  return {
    name: `${folder}-imports-built-library`,
    setup(build) {
      const src = resolve('src');
      const own = join(src, folder) + sep;
      const entries = new Set([join(src, 'index.js'), join(src, 'index.ts')]);
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (!args.importer.startsWith(own)) return undefined;
        const target = resolve(args.resolveDir, args.path);
        if (entries.has(target)) return { path: './index.js', external: true };
        if (target.startsWith(src + sep) && !target.startsWith(own)) {
          return {
            errors: [
              {
                text: `${relative('.', args.importer)} imports '${args.path}': src/${folder}/ may import the library only from src/index.ts (its build loads it from dist/index.js)`,
              },
            ],
          };
        }
        return undefined;
      });
    },
  };
}

/**
 * The lexicon's JSON files (~360 KB of places and bodies) as `JSON.parse('...')` of one string
 * instead of object literals: V8 reads a JSON string faster than it parses the same data as
 * JavaScript, and this is on every `import('gosfacts')`.
 */
const lexiconJsonAsString: EsbuildPlugin = {
  name: 'lexicon-json-as-string',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]lexicon[\\/].*\.json$/ }, (args) => {
      const json = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};

/**
 * The generated tables of src/morph/ (the warm table and the gazetteer keys, ~0.7 M characters
 * that are mostly Cyrillic) as data files next to the bundle instead of string literals in it: as
 * literals, Node decoded them from UTF-8 with the rest of the module's source, V8 scanned them and
 * kept them twice (in the source and as the constant) on every `import('gosfacts')`. In UTF-16LE
 * the file is the string's own bytes: reading it is a copy, with no decoding. A bundle whose file
 * is missing gets an empty table, which the morphology treats as no table (same output, slower
 * `createExtractor`).
 */
const generatedTablesAsFiles: EsbuildPlugin = {
  name: 'generated-tables-as-files',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]morph[\\/][a-z-]+\.generated\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const table = /^export const (\w+_TABLE): string = (".*");$/m.exec(source);
      if (!table) return undefined;
      const file = `${args.path.replace(/^.*[\\/]/, '').replace(/\.generated\.ts$/, '')}.utf16le`;
      const outDir = build.initialOptions.outdir ?? 'dist';
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, file), Buffer.from(JSON.parse(table[2]!) as string, 'utf16le'));
      const rest = source.replace(table[0], '').replace(/: string =/g, ' =');
      const read = [
        "import { readFileSync as readTableFile } from 'node:fs';",
        rest,
        `let table = '';`,
        `try { table = readTableFile(new URL(${JSON.stringify('./' + file)}, import.meta.url)).toString('utf16le'); } catch {}`,
        `export const ${table[1]} = table;`,
      ];
      return { contents: read.join('\n'), loader: 'js' };
    });
  },
};

/**
 * zod's namespace of ~50 error-message locales, bundled whole because its package index exports
 * it (300 KB, a sixth of dist/index.js, compiled on every import). The bundled zod is internal:
 * the package exports schemas, not `z`, so nobody can switch its locale; it keeps English, the
 * default that zod's classic schemas set.
 */
const zodEnglishOnly: EsbuildPlugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]/.test(args.importer)) return undefined;
      return { path: resolve(args.resolveDir, '../locales/index.js'), namespace: 'zod-locales' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * esbuild turns a regular expression literal with a `\p{..}` escape outside brackets into
 * `new RegExp("...", "u")`, whatever the target (Node 20 has them): one inside a function then
 * built a RegExp, looked up by its source in V8's cache, at every call (a literal is cloned from
 * the boilerplate its site keeps), ~80 of them in the rules' tests of words. They stay literals.
 */
const regexpLiterals = (options: { supported?: Record<string, boolean> }): void => {
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
};

/**
 * esbuild writes every non-ASCII character as `\uXXXX` by default: the Russian data and rules
 * then weigh twice as much (3.4 MB of dist/index.js instead of 2 MB) and take longer to parse.
 */
const utf8Output = (options: { charset?: string; supported?: Record<string, boolean> }): void => {
  options.charset = 'utf8';
  regexpLiterals(options);
};

/**
 * The library's CJS build is also what dist/index.js runs (with V8's code cache, see
 * scripts/compile-cache.mjs), through `vm.Script`, where a dynamic `import()` is not available
 * on Node 20 without a flag: the one there is (the pool's piscina) becomes a `require`.
 *
 * That build stays ASCII (esbuild's default `\uXXXX` escapes, 2.0 MB instead of 1.5 MB): the
 * loader reads it as Latin-1, a copy into a one-byte string, where decoding 1.5 MB of UTF-8 with
 * Cyrillic in it was ~10 ms of every `import('gosfacts')`. With the code cache V8 does not parse
 * what the cache holds, so the longer text costs little.
 */
const libraryOutput = (
  options: { charset?: string; supported?: Record<string, boolean> },
  context: { format: string },
): void => {
  if (context.format !== 'cjs') return utf8Output(options);
  regexpLiterals(options);
  options.supported = { ...options.supported, 'dynamic-import': false };
};

export default defineConfig([
  {
    // gosfacts/testing is its own entry: a user's tests load the marks and the comparison without
    // the engine (it imports types only from the library)
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // no `clean`: the two builds run at once and a late clean could delete cli.js; the build
    // script empties dist/ first
    shims: true,
    target: 'node20',
    platform: 'node',
    // az stays external: its dictionaries are resolved from its own installed folder.
    external: ['az'],
    // date-fns is bundled: its package index re-exports ~250 files, and Node loading them one by
    // one was most of `import('gosfacts')` (~0.3 s); the few functions used weigh ~10 KB.
    // zod is bundled too, for the same reason: `import('zod')` is ~80 files for Node to resolve and
    // link (~60 ms of every import of the package). It stays a dependency (the .d.ts files refer
    // to its types); a user's own zod composes with these schemas (zod 4 shares its registry
    // through globalThis and checks `instanceof` by traits, not by class identity).
    noExternal: ['date-fns', 'zod'],
    esbuildPlugins: [lexiconJsonAsString, generatedTablesAsFiles, zodEnglishOnly],
    esbuildOptions: libraryOutput,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    // bullmq and ioredis: optional peers, loaded by `gosfacts worker` only
    external: ['az', 'bullmq', 'ioredis'],
    esbuildPlugins: [importsBuiltLibrary('cli')],
    esbuildOptions: utf8Output,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The pool's worker thread: ESM only, loaded by both builds of the pool (dist/index.js and
    // dist/index.cjs resolve ./pool-worker.js next to themselves).
    entry: { 'pool-worker': 'src/pool/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    external: ['az'],
    esbuildPlugins: [importsBuiltLibrary('pool')],
    esbuildOptions: utf8Output,
  },
]);
