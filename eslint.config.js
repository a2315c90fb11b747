// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers, bottom up: src/lib (pure) and src/i18n (messages, the route table) below all;
 * src/infra (configuration, Meilisearch, the database, reference data), shared with the ingest
 * and the scripts; src/http (the HTTP edge); src/portal (the composition root); src/features;
 * src/node-server on top. A folder imports only what lies below it.
 */
const ours = {
  lib: '**/lib/**',
  i18n: '**/i18n/**',
  infra: '**/infra/**',
  http: '**/http/**',
  portal: '**/portal/**',
  features: '**/features/**',
  nodeServer: '**/node-server/**',
  islands: '**/islands/**',
  components: '**/components/**',
  layouts: '**/layouts/**',
  ingest: '**/ingest/**',
  scripts: '**/scripts/**',
};

/** `no-restricted-imports` refusing the folders named, with why. */
function refuse(folders, message) {
  return ['error', { patterns: [{ group: folders.map((folder) => ours[folder]), message }] }];
}

const everythingButLib = Object.keys(ours).filter((folder) => folder !== 'lib');

const layerRules = [
  [
    'src/lib/**',
    refuse(everythingButLib, 'src/lib is pure: it imports nothing of ours outside src/lib.'),
  ],
  [
    'src/i18n/**',
    refuse(
      everythingButLib.filter((folder) => folder !== 'i18n'),
      'src/i18n is shared by server and browser: it imports only src/lib.',
    ),
  ],
  [
    'src/infra/**',
    refuse(
      [
        'http',
        'portal',
        'features',
        'nodeServer',
        'islands',
        'components',
        'layouts',
        'ingest',
        'scripts',
      ],
      'src/infra lies below the site and the ingest: it imports src/lib and src/i18n only.',
    ),
  ],
  [
    'src/http/**',
    refuse(
      ['portal', 'features', 'nodeServer', 'islands', 'components', 'layouts', 'ingest', 'scripts'],
      'src/http is the edge every feature shares: it knows no feature and no portal.',
    ),
  ],
  [
    'src/portal/**',
    refuse(
      ['features', 'nodeServer', 'islands', 'components', 'layouts', 'ingest', 'scripts'],
      'The portal assembles infrastructure: features take it, it never imports them.',
    ),
  ],
  [
    'src/features/**',
    refuse(
      ['nodeServer', 'ingest', 'scripts'],
      'Features serve Astro and the site server; they do not reach above.',
    ),
  ],
  [
    'ingest/**',
    refuse(
      ['http', 'portal', 'features', 'nodeServer', 'islands', 'components', 'layouts'],
      'The ingest uses src/lib and src/infra: nothing of the site.',
    ),
  ],
];

/** What runs in a browser never holds the engine client or server code (and so no key). */
const browserRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'meilisearch', message: 'The browser talks to the same-origin search route.' },
      ],
      patterns: [
        {
          group: [
            '**/infra/**',
            '**/http/**',
            '**/portal/**',
            '**/node-server/**',
            '**/ingest/**',
            'node:*',
          ],
          message: 'Browser code: no server code.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'Browser code has no process.' },
    { name: 'Buffer', message: 'Browser code has no Buffer.' },
  ],
};

/**
 * `ui/` components take everything through their props (InstantSearch's split): no state of
 * the search or the trends (`hooks/`), no widgets, no network, no address bar. Presentational
 * mechanics (hover, focus, measuring a box) live beside them in `ui/mechanics/`.
 */
const propsOnlyRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'meilisearch', message: 'UI components take their data as props.' }],
      patterns: [
        {
          group: ['**/hooks/**', '**/widgets/**', '**/infra/**', 'node:*'],
          message: 'ui/ is props-only: its data comes from a widget.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: 'ui/ is props-only: a hook fetches.' },
    { name: 'location', message: 'ui/ is props-only: a hook reads the address.' },
    { name: 'history', message: 'ui/ is props-only: a hook writes the address.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.astro/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.tsx'], ...reactHooks.configs.flat['recommended-latest'] },
  ...layerRules.map(([files, rule]) => ({
    files: [files],
    rules: { 'no-restricted-imports': rule },
  })),
  { files: ['src/islands/**', 'src/features/*/browser/**'], rules: browserRules },
  { files: ['src/islands/*/ui/**'], rules: propsOnlyRules },
  {
    files: ['src/**', 'ingest/**', 'scripts/**', 'bench/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
