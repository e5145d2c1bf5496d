import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Globals that exist only in a page (or only in Node). src/core runs in both, so it may use the
// web-standard APIs Node also has (fetch, URL, TextDecoder, AbortController) and nothing else.
const pageOnlyGlobals = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'history',
  'alert', 'confirm', 'prompt', 'HTMLElement', 'Element', 'Node', 'DOMParser', 'XMLHttpRequest',
];
const nodeOnlyGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...pageOnlyGlobals, ...nodeOnlyGlobals],
      'no-restricted-imports': ['error', {
        paths: ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'dns', 'buffer'],
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'src/core has no UI code.' },
          { group: ['node:*'], message: 'src/core must run in the browser too: take Node facilities as parameters.' },
          { group: ['**/app/**', '**/cli/**'], message: 'The core never imports the UI or the CLI; data flows one way.' },
        ],
      }],
    },
  },
);
