#!/usr/bin/env node
// Writes the JSON Schemas of the result and the options, generated from the zod schemas, to
// docs/schema/. Run after the build: `npm run build && npm run schema`.
// test/api.test.ts regenerates them from the source and compares, so they cannot go stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** JSON has no dates: the `Date` branch of `publishedAt` (API only) matches nothing in JSON. */
function override(ctx) {
  if (ctx.zodSchema?._zod?.def?.type === 'date') {
    for (const k of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[k];
    ctx.jsonSchema.not = {};
    ctx.jsonSchema.description = 'A JavaScript Date (API only; in JSON pass a string)';
  }
}

function convert(schema) {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', override });
  delete out.$schema;
  return out;
}

/**
 * The generated files, name -> content. Pure, so the test can run it on the source schemas.
 * @param {{ DocumentSchema: import('zod').ZodType, ExtractOptionsSchema: import('zod').ZodType, ExtractorOptionsSchema: import('zod').ZodType }} schemas
 */
export function jsonSchemaFiles(schemas) {
  const document = {
    $schema: DRAFT,
    title: 'gosfacts document',
    description:
      'What extractor.extract(text) returns (and one line of the CLI output, plus its "id"). Offsets are UTF-16 code units: text.slice(start, end) === entity.text.',
    ...convert(schemas.DocumentSchema),
  };
  const options = {
    $schema: DRAFT,
    title: 'gosfacts options',
    description:
      'Options of createExtractor(options) (#/$defs/ExtractorOptions) and of extractor.extract(text, options) (#/$defs/ExtractOptions).',
    $defs: {
      ExtractorOptions: convert(schemas.ExtractorOptionsSchema),
      ExtractOptions: convert(schemas.ExtractOptionsSchema),
    },
  };
  const text = (o) => `${JSON.stringify(o, null, 2)}\n`;
  return { 'document.schema.json': text(document), 'options.schema.json': text(options) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  let lib;
  try {
    lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  } catch (e) {
    console.error(`gen-json-schema: cannot import dist/index.js (${e.message}); run npm run build first`);
    process.exit(1);
  }
  const outDir = join(root, 'docs/schema');
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(jsonSchemaFiles(lib))) {
    writeFileSync(join(outDir, name), content);
    console.log(`wrote docs/schema/${name}`);
  }
}
