import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'tests/fixtures/pages/**',
    ],
  },
  ...tseslint.configs.recommended,
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
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render page data as text.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
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
