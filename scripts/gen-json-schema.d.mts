import type { ZodType } from 'zod';

/** The generated JSON Schema files of docs/schema/, name -> file content. */
export function jsonSchemaFiles(schemas: {
  DocumentSchema: ZodType;
  ExtractOptionsSchema: ZodType;
  ExtractorOptionsSchema: ZodType;
}): Record<'document.schema.json' | 'options.schema.json', string>;
