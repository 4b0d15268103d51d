// ESLint flat config: typescript-eslint's type-checked recommended rules, the layers of
// docs/architecture.md as import boundaries (eslint-plugin-boundaries, see "Layers enforced by
// lint" there) and the function size limit of STYLE.md. Formatting is Prettier's job
// (.prettierrc.json), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One element per layer folder, matched from the project root. `src` itself comes last: the public
// API files (index.ts, extractor.ts, defaults.ts, catalog.ts, errors.ts) and any folder not listed
// here. No layer may import that element, so a new folder must be given a layer here before
// anything below the API can use it. Each extractor kind is its own element.
const ELEMENTS = [
  { type: 'segment', pattern: 'src/segment' },
  { type: 'morph', pattern: 'src/morph' },
  { type: 'lexicon', pattern: 'src/lexicon' },
  { type: 'engine', pattern: 'src/engine' },
  { type: 'context', pattern: 'src/context' },
  { type: 'extractor', pattern: 'src/extractors/*', capture: ['kind'] },
  { type: 'refiners', pattern: 'src/refiners' },
  { type: 'facts', pattern: 'src/facts' },
  { type: 'result', pattern: 'src/result' },
  { type: 'pipeline', pattern: 'src/pipeline' },
  { type: 'render', pattern: 'src/render' },
  { type: 'testing', pattern: 'src/testing' },
  { type: 'cli', pattern: 'src/cli' },
  { type: 'api', pattern: 'src' },
].map((element) => ({ ...element, partialMatch: false }));

// The contracts: the result schema, the pipeline's step types (Extractor, Refiner, FactBuilder,
// Env) and defineExtractor, the extractor template. Every layer from context up may import them. They are built from segment,
// morph, lexicon and engine types, so those may not import them back; the engine may, for types
// only (pipeline/types.ts names the engine's DocContext, and a type-only cycle costs nothing).
const CONTRACTS = ['src/result/**', 'src/pipeline/types.ts', 'src/pipeline/define.ts'];
// The error classes: every layer may throw them.
const ERRORS = ['src/errors.ts'];

// What each layer may import besides its own folder, the errors and (from context up) the
// contracts. Lower layers never import higher ones. Extractors never import one another: no layer
// lists `extractor` but the API, and files of one kind are one element, so only their own kind
// counts as "their own folder". The CLI is handled below (public entry only).
const MAY_IMPORT = {
  segment: [],
  morph: ['segment'],
  lexicon: [],
  engine: ['segment', 'morph'],
  context: ['segment', 'morph', 'lexicon', 'engine'],
  extractor: ['segment', 'morph', 'lexicon', 'engine', 'context'],
  // Refiners and fact builders read entities (the contracts) and the rule language, never an
  // extractor's internals.
  refiners: ['segment', 'morph', 'lexicon', 'engine', 'context'],
  facts: ['segment', 'morph', 'lexicon', 'engine', 'context', 'refiners'],
  result: ['lexicon'],
  // The run loop sits above refiners and facts (it may use their helpers) but gets the extractors
  // as arguments: only the API layer (defaults.ts) names them.
  pipeline: ['segment', 'morph', 'lexicon', 'engine', 'context', 'refiners', 'facts'],
  // Views and test helpers read results (the contracts) only: they work on saved JSON as well.
  render: [],
  testing: ['render'],
  api: [
    'render',
    'testing',
    'segment',
    'morph',
    'lexicon',
    'engine',
    'context',
    'extractor',
    'refiners',
    'facts',
    'result',
    'pipeline',
  ],
};

const ABOVE_ENGINE = ['context', 'extractor', 'refiners', 'facts', 'result', 'pipeline', 'render', 'testing', 'api'];

const LAYER_POLICIES = [
  ...Object.entries(MAY_IMPORT).map(([type, lower]) => ({
    from: { element: { type } },
    allow: { to: [...lower.map((t) => ({ element: { type: t } })), { file: { path: ERRORS } }] },
  })),
  { from: { element: { types: { anyOf: ABOVE_ENGINE } } }, allow: { to: { file: { path: CONTRACTS } } } },
  { from: { element: { type: 'engine' } }, allow: { to: { file: { path: CONTRACTS } }, dependency: { kind: 'type' } } },
  // The CLI is a client of the public entry only: dist/cli.js loads dist/index.js instead of
  // bundling a second copy of the library (tsup.config.ts fails the build otherwise, too).
  { from: { element: { type: 'cli' } }, allow: { to: { file: { path: 'src/index.ts' } } } },
];

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', '.bench/', 'docs/api/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // Passing a caught error on unchanged (`catch (err) { return Promise.reject(err); }`) is fine.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // As tsc's noUnusedLocals: `const { last: _, ...rest } = r` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  // vitest's asymmetric matchers (expect.objectContaining, expect.any) are typed `any`.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  // Scripts, bench and config files are plain JavaScript outside tsconfig.json: no type information.
  { files: ['**/*.js', '**/*.mjs', '**/*.d.mts'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{from.element.type}} may not import {{to.element.type}} ({{to.file.path}}): see "Layers enforced by lint" in docs/architecture.md',
          policies: LAYER_POLICIES,
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'az', message: 'Only src/morph imports az (decision 0002): use the Morph interface.' }] },
      ],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  { files: ['src/morph/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Values made per match and per document: `{ ...base, key }` gives each object a hidden class of
  // its own in Node 20's old generation (see extend() in src/engine/objects.ts). Module-level data
  // (lexicon, result schemas) and the layers that cannot import the engine are left out.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/lexicon/**', 'src/result/**', 'src/cli/**', 'src/testing/**', 'src/render/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression > SpreadElement:first-child:not(:last-child)',
          message:
            'Write extend(base, { ... }) (src/engine/objects.ts): `{ ...base, key }` costs a hidden class per object.',
        },
      ],
    },
  },
);
