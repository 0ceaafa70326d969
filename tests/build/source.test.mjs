// Safe by construction: the widget's own source never parses HTML from a string, never evaluates
// code from a string, never sets a style attribute, makes no request, uses no storage, and takes
// pointer input as clicks only. `npm run lint` holds those rules (SAFETY_RULES in
// eslint.config.mjs, and lit/ban-attributes for style attributes in templates). What lint cannot
// say about itself stays here: that each rule really reports what it is meant to (a selector or
// a pattern that matches nothing passes silently), that the code the widget allows passes, and
// that every source file in src/ is linted with those rules and cannot switch them off inline.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { SAFETY_RULES } from '../../eslint.config.mjs';

const eslint = new ESLint();
const SAFETY_RULE_IDS = Object.keys(SAFETY_RULES);

/** The safety rules `code` breaks, as a file in src/. */
async function brokenRules(code) {
  const [result] = await eslint.lintText(code, { filePath: 'src/shared/probe.ts' });
  return result.messages.filter((message) => SAFETY_RULE_IDS.includes(message.ruleId)).map((message) => message.ruleId);
}

const FORBIDDEN = {
  'HTML parsed from a string': [
    'document.body.innerHTML = text;',
    'element.outerHTML = text;',
    "element.insertAdjacentHTML('beforeend', text);",
    'document.createRange().createContextualFragment(text);',
    'element.setHTMLUnsafe(text);',
    "new DOMParser().parseFromString(text, 'text/html');",
    "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
    "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';",
    "import { unsafeMathML } from 'lit/directives/unsafe-mathml.js';",
    "import { unsafeStatic } from 'lit/static-html.js';",
  ],
  'code from a string': ['document.write(text);', 'eval(text);', "new Function('return 1');", "setTimeout('run()', 10);"],
  'a style attribute': [
    'html`<p style="color: red">${text}</p>`;',
    'html`<p style=${text}></p>`;',
    "element.style.color = 'red';",
    "element.setAttribute('style', text);",
    "import { styleMap } from 'lit/directives/style-map.js';",
  ],
  'a <style> element': ["document.createElement('style');", 'html`<style>p { color: red }</style>`;'],
  'a network request': [
    "fetch('/x');",
    "window.fetch('/x');",
    'new XMLHttpRequest();',
    "navigator.sendBeacon('/x', text);",
    "new WebSocket('wss://x');",
    "new EventSource('/x');",
    "import('./x.js');",
  ],
  'browser storage': ["localStorage.setItem('x', text);", "window.sessionStorage.getItem('x');", "indexedDB.open('x');", 'document.cookie = text;', "caches.open('x');"],
  // WCAG 2.5.1, 2.5.2 and 2.5.7: a click fires on release, with one pointer, without dragging.
  'pointer input other than a click': [
    "element.addEventListener('pointerdown', listener);",
    "element.addEventListener('mouseup', listener);",
    "element.addEventListener('touchstart', listener);",
    "element.addEventListener('dragstart', listener);",
    "element.addEventListener('drop', listener);",
    "element.addEventListener('wheel', listener);",
    "element.addEventListener('gesturestart', listener);",
    'html`<button @pointerdown=${listener}></button>`;',
    'html`<div @dragover=${listener}></div>`;',
    'element.onmousedown = listener;',
    "new PointerEvent('pointerdown');",
  ],
};

const ALLOWED = [
  "element.addEventListener('click', listener);",
  'html`<button type="button" class="hechting-button" @click=${listener}>${text}</button>`;',
  'html`<p lang=${text} dir="auto">${text}</p>`;',
  "element.setAttribute('lang', text);",
  "element.closest('details.hechting-section');",
  "document.addEventListener('DOMContentLoaded', listener);",
  "window.addEventListener('beforeprint', listener);",
  'speechSynthesis.speak(new SpeechSynthesisUtterance(text));',
  "import { css } from 'lit'; css`:host { display: block; }`;",
];

const PREAMBLE = 'declare const element: HTMLElement, text: string, listener: () => void, html: (...args: unknown[]) => unknown;\n';

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === join('src', 'generated') ? [] : sourceFiles(path);
      return /\.[cm]?[jt]sx?$/.test(path) ? [path] : [];
    }),
  );
  return files.flat();
}

describe('src/ lint: the safety rules', () => {
  for (const [what, snippets] of Object.entries(FORBIDDEN)) {
    it(`report ${what}`, async () => {
      for (const code of snippets) assert.notDeepEqual(await brokenRules(PREAMBLE + code), [], `lint lets through ${what}: ${code}`);
    });
  }

  it('let the code the widget writes pass', async () => {
    for (const code of ALLOWED) assert.deepEqual(await brokenRules(PREAMBLE + code), [], `lint reports ${code}`);
  });

  it('hold for every source file in src/, without inline eslint comments', async () => {
    const files = await sourceFiles('src');
    assert.ok(files.length > 10);
    for (const file of files) {
      assert.equal(await eslint.isPathIgnored(file), false, `${file} is not linted`);
      const config = await eslint.calculateConfigForFile(file);
      for (const rule of SAFETY_RULE_IDS) assert.equal(config.rules[rule]?.[0], 2, `${file}: ${rule} is not an error`);
      assert.equal(config.linterOptions?.noInlineConfig, true, `${file} may switch rules off inline`);
    }
  });
});
