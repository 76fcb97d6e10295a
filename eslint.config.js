import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The shipped tree's contexts (ARCHITECTURE.md, "Layout"); the zones below keep
// their dependencies pointing one way.
const GCAL = './utils/gcal';
const PAGE = './utils/page';
const BACKGROUND = './utils/background';
const DOMAIN = './utils/domain';
const SHARED = './utils/shared';
const CALENDAR = './utils/calendar';
const UI = './components';
const ENTRYPOINTS = './entrypoints';

// Google Calendar's knowledge, as it would appear in code written elsewhere:
// its origin, its stable page hooks, its popover ids, its event-id alphabet.
const GOOGLE_WORDS =
  /calendar\.google\.com|data-(eventid|eventchip|datekey|column-index|start-date-key|end-date-key|viewkey|chips-dialog|stacked-layout-chip|opens-day-overview)|xDetDlg|rAECCd|xTimezone/;
const GOOGLE_HINT =
  'Google Calendar knowledge lives in utils/gcal/ only; go through the CalendarSource seam (utils/calendar/source.ts).';

const houseSyntax = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render page data as text.',
  },
];
const googleSyntax = [
  { selector: `Literal[value=${GOOGLE_WORDS}]`, message: GOOGLE_HINT },
  { selector: `TemplateElement[value.raw=${GOOGLE_WORDS}]`, message: GOOGLE_HINT },
  { selector: 'Literal[regex.pattern=/A-Za-z0-9/]', message: GOOGLE_HINT },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'demo-output/**',
      'tests/fixtures/pages/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Parse dependencies as TypeScript too, so cycles through them are seen.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // Typed: a promise is awaited, returned or marked `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: [PAGE, BACKGROUND, DOMAIN, SHARED, CALENDAR, UI],
              from: GCAL,
              message: GOOGLE_HINT,
            },
            {
              target: DOMAIN,
              from: [PAGE, BACKGROUND, UI, ENTRYPOINTS],
              message: 'Domain logic is pure: it imports no UI, background or page code.',
            },
            {
              target: [SHARED, CALENDAR],
              from: [PAGE, BACKGROUND, UI, ENTRYPOINTS, GCAL],
              message: 'Shared helpers and the calendar seam belong to no context.',
            },
            {
              target: UI,
              from: [BACKGROUND, PAGE, ENTRYPOINTS],
              message: 'UI gets its data from its store and messages, never background internals.',
            },
            {
              target: PAGE,
              from: [BACKGROUND, ENTRYPOINTS],
              message: 'The content script talks to the background by message only.',
            },
            {
              target: BACKGROUND,
              from: [PAGE, UI, ENTRYPOINTS],
              message: 'The background owns data; it imports no page or UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JS config files have no TypeScript project.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    rules: {
      // House rules: page data never becomes markup or code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page data as text (textContent / JSX).' },
        { property: 'outerHTML', message: 'Render page data as text.' },
        { property: 'insertAdjacentHTML', message: 'Render page data as text.' },
      ],
      'no-restricted-syntax': ['error', ...houseSyntax],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Outside the adapter (and the tests, which build Google's pages on purpose),
    // no Google selector, origin or id format.
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['utils/gcal/**'],
    rules: { 'no-restricted-syntax': ['error', ...houseSyntax, ...googleSyntax] },
  },
  {
    // The parse path must not force layout (docs/google-calendar-dom.md "Watching the page").
    files: ['utils/gcal/**/*.ts'],
    ignores: ['utils/gcal/popover.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerText', message: 'Forces layout: use textContent.' },
        { property: 'getBoundingClientRect', message: 'Forces layout on the parse path.' },
        { property: 'innerHTML', message: 'Render page data as text.' },
      ],
      'no-restricted-globals': ['error', { name: 'getComputedStyle', message: 'Forces layout.' }],
    },
  },
);
