// ESLint: `npm run lint` (with `prettier --check .`), run by `npm test`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const POINTER_EVENT = '(pointer|mouse|touch)(down|up|move|start|end|over|out|enter|leave|cancel)|drag\\w*|drop|gesture\\w*|wheel';

/**
 * Safe by construction: the widget's own source never parses HTML from a string, never evaluates
 * code from a string, never sets a style attribute or makes a <style> element, makes no network
 * request and uses no browser storage. Lit's own template parsing, with its Trusted Types policy,
 * is the one place HTML is made; the browser tests run it under Trusted Types and a strict CSP.
 * tests/build/source.test.mjs checks that these rules report what they should, on every file.
 */
export const SAFETY_RULES = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-globals': [
    'error',
    ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({ name, message: 'The widget makes no network request.' })),
    ...['localStorage', 'sessionStorage', 'indexedDB', 'caches'].map((name) => ({ name, message: 'The widget uses no browser storage.' })),
    ...['DOMParser'].map((name) => ({ name, message: 'The widget parses no HTML from a string.' })),
  ],
  'no-restricted-properties': [
    'error',
    ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe'].map((property) => ({
      property,
      message: 'The widget parses no HTML from a string.',
    })),
    ...['write', 'writeln'].map((property) => ({ object: 'document', property, message: 'The widget writes no HTML into the document.' })),
    ...['fetch', 'sendBeacon'].map((property) => ({ property, message: 'The widget makes no network request.' })),
    ...['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'cookie'].map((property) => ({ property, message: 'The widget uses no browser storage.' })),
    { property: 'style', message: 'The widget sets no style attribute: its styles are the one adopted stylesheet.' },
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [{ group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'], message: "Lit's unsafe directives parse HTML from a string." }],
      paths: [
        { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: "Lit's unsafe directives parse HTML from a string." },
        { name: 'lit/directives/style-map.js', message: 'The widget sets no style attribute.' },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: 'ImportExpression', message: 'No import(): the widget loads no code at run time (a network request).' },
    { selector: "CallExpression[callee.property.name='createElement'][arguments.0.value=/^style$/i]", message: 'The widget makes no <style> element.' },
    { selector: 'CallExpression[callee.property.name=/^(setAttribute|setAttributeNS|toggleAttribute)$/][arguments.0.value=/^style$/i]', message: 'The widget sets no style attribute.' },
    { selector: 'TemplateElement[value.raw=/<style\\b/i], Literal[value=/<style\\b/i]', message: 'The widget makes no <style> element.' },
    { selector: 'TemplateElement[value.raw=/\\sstyle=/i], Literal[value=/\\sstyle=/i]', message: 'The widget sets no style attribute.' },
    // WCAG 2.5.1, 2.5.2 and 2.5.7: a click fires on release, with one pointer, without dragging.
    { selector: `Literal[value=/^(${POINTER_EVENT})$/i]`, message: 'Pointer input as clicks only: no pointer, mouse, touch, drag, gesture or wheel events.' },
    { selector: `TemplateElement[value.raw=/@(${POINTER_EVENT})=/i]`, message: 'Pointer input as clicks only: no pointer, mouse, touch, drag, gesture or wheel events.' },
    { selector: `Identifier[name=/^on(${POINTER_EVENT})$/i]`, message: 'Pointer input as clicks only: no pointer, mouse, touch, drag, gesture or wheel events.' },
    { selector: `NewExpression[callee.name=/^(Pointer|Mouse|Touch|Drag|Wheel|Gesture)Event$/]`, message: 'Pointer input as clicks only: no pointer, mouse, touch, drag, gesture or wheel events.' },
  ],
  'lit/ban-attributes': ['error', 'style'],
};

export default tseslint.config(
  { ignores: ['dist/', 'src/generated/', 'release/', 'bench/', 'custom-elements.json'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Leaving a key out of a copy by destructuring it away (`const { id, ...rest } = block`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // The widget: browser code, Lit elements.
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { lit, wc },
    // The elements extend these base classes, not HTMLElement directly.
    settings: { wc: { elementBaseClasses: ['LitElement', 'HechtingElement', 'ContentPageElement'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      ...SAFETY_RULES,
      // LitElement implements every lifecycle callback: super.connectedCallback() needs no guard.
      'wc/guard-super-call': 'off',
    },
    // The safety rules hold for every line: no eslint-disable comments in src/.
    linterOptions: { noInlineConfig: true },
  },
  {
    files: ['src/shared/attributes.ts'],
    // UNSAFE_CHARACTERS is a regular expression for the control characters it removes.
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/shared/hechting-element.ts'],
    // The rule keeps an element from changing the classes its page (or a framework's className)
    // gives it. The elements add classes of their own (hechting-*) beside the page's, only where
    // missing, also after the page sets its classes anew; they never remove or replace one of the
    // page's. Reader View needs them to keep elements side by side (README, "Reader View").
    rules: { 'wc/no-self-class': 'off' },
  },
  {
    files: ['src/shared/read-aloud.ts'],
    // `reading` is the page's one ReadAloud reading now: starting to read makes it this one.
    rules: { '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['reading'] }] },
  },
  // Browser tests, demo scripts and test pages.
  {
    files: ['tests/**/*.ts', 'tests/pages/**/*.js', 'demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    plugins: { lit },
    rules: {
      ...lit.configs.recommended.rules,
      // Chai's property assertions: expect(el).to.exist.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['tests/reader-view-worker.js'],
    // A classic worker script: importScripts() brings Readability and JSDOMParser.
    languageOptions: { globals: { ...globals.worker, Readability: 'readonly', JSDOMParser: 'readonly' } },
  },
  // The WordPress plugin's blocks: a classic script in the block editor, on WordPress's globals.
  {
    files: ['wordpress/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  // Build scripts, node tests and config files.
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/bench.mjs', 'tests/build/release-zip.test.mjs', 'tests/build/server.test.mjs', 'tests/build/tarball.test.mjs', 'tests/wordpress/*.mjs', 'tests/applications/*.mjs'],
    // Functions handed to page.evaluate() run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['scripts/reader-view-sweep.mjs'],
    // Functions handed to page.evaluate() run in the browser, with Readability's classic scripts.
    languageOptions: { globals: { ...globals.node, ...globals.browser, Readability: 'readonly', JSDOMParser: 'readonly', isProbablyReaderable: 'readonly' } },
  },
  prettier,
);
