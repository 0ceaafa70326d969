import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import sanitizeHtml from 'sanitize-html';
import { CHROMIUM_ARGS, findEngine } from './scripts/browsers.mjs';
import { wdsCssInline } from './scripts/css.mjs';
import { hostStylesheetPlugin } from './tests/host-stylesheets.mjs';

/**
 * `executeServerCommand('emulate-media-features', { features })`: emulates CSS media features
 * through the DevTools protocol, including forced-colors, which @web/test-runner-commands'
 * emulateMedia offers only with Playwright. Chromium only.
 */
function emulateMediaFeaturesPlugin() {
  // One DevTools session per page, kept open: emulation ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}

/**
 * `executeServerCommand('render-on-server', { name, options, date })`: the package's server
 * renderer (dist/lib/server.js, built by npm run build) in this Node process, as an application's
 * server runs it: `{ html, warnings }`, the element's HTML and what it warned. Any engine.
 */
function renderOnServerPlugin() {
  let server;
  return {
    name: 'render-on-server',
    async executeCommand({ command, payload }) {
      if (command !== 'render-on-server') return undefined;
      server ??= await import('./dist/lib/server.js');
      const warnings = [];
      const { warn } = console;
      // The render is synchronous: no other test's warning comes in between.
      console.warn = (...args) => warnings.push(args.join(' '));
      try {
        return { html: server.renderElement(payload.name, payload.options, { date: new Date(payload.date) }), warnings };
      } finally {
        console.warn = warn;
      }
    },
  };
}

/**
 * `executeServerCommand('sanitize-html', { html })`: the HTML as sanitize-html (a Node library, as
 * CMSes run it on the server) returns it with its default options. Any engine.
 */
function sanitizeHtmlPlugin() {
  return {
    name: 'sanitize-html',
    executeCommand({ command, payload }) {
      return command === 'sanitize-html' ? sanitizeHtml(payload.html) : undefined;
    },
  };
}

/** The policies of tests/security.test.ts, sent as real response headers. */
export const POLICIES = {
  strict: "default-src 'none'; script-src 'self'; style-src 'self'",
  'trusted-types': "require-trusted-types-for 'script'; trusted-types lit-html",
};

/** A path under which the test server serves dist/ with a policy: `/csp/<policy>/dist/…`. */
const CSP_PATH = /^\/csp\/([\w-]+)(\/dist\/.*)$/;

/**
 * Test pages as a host serves them: a page under tests/pages/ with `?csp=<policy>` comes with that
 * Content-Security-Policy header; so does a page of dist/ under `/csp/<policy>/dist/…` (its query
 * is its own), which also records what happens in it first (tests/pages/record.js); and
 * `/dist/hechting-widget.js?version=<v>` is the built file relabelled as another version, for a
 * page that loads two versions.
 */
async function hostServer(context, next) {
  const [, policy, distPath] = context.path.match(CSP_PATH) ?? [];
  if (POLICIES[policy]) {
    // As a web server sends the files, byte for byte (the test runner would transform the script,
    // and its integrity value would no longer match).
    const file = await readFile(`.${distPath}`, 'utf8');
    context.type = extname(distPath);
    if (context.type === 'text/html') {
      context.set('Content-Security-Policy', POLICIES[policy]);
      context.body = file.replace('<head>', '<head><script src="/tests/pages/record.js"></script>');
    } else context.body = file;
    return;
  }
  const { version: otherVersion, csp } = context.query;
  if (context.path === '/dist/hechting-widget.js' && otherVersion) {
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    const file = await readFile('dist/hechting-widget.js', 'utf8');
    context.type = 'text/javascript';
    context.body = file.replaceAll(`"${version}"`, JSON.stringify(otherVersion)).replace(`hechting-widget ${version}`, `hechting-widget ${otherVersion}`);
    return;
  }
  await next();
  if (context.path.startsWith('/tests/pages/') && POLICIES[csp]) context.set('Content-Security-Policy', POLICIES[csp]);
}

// The engine comes from BROWSERS, as scripts/test-browsers.mjs sets it (`npm test`, one engine at
// a time); a plain `npx wtr` runs Chromium.
const LAUNCHERS = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: findEngine('chromium'), args: CHROMIUM_ARGS } }),
  // Firefox through puppeteer-core over WebDriver BiDi.
  firefox: () => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: findEngine('firefox'), headless: true } }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT),
      path: '/',
      logLevel: 'warn',
      capabilities: {
        // WebKitWebDriver refuses the BiDi capability webdriverio asks for by default.
        'wdio:enforceWebDriverClassic': true,
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: findEngine('webkit'), args: ['--automation'] },
      },
    }),
};

export default {
  files: ['tests/**/*.test.ts'],
  // Default export conditions, as in dist/: Lit's production build.
  nodeResolve: { exportConditions: ['production'] },
  middleware: [hostServer],
  plugins: [
    wdsCssInline(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    emulateMediaFeaturesPlugin(),
    sanitizeHtmlPlugin(),
    renderOnServerPlugin(),
    hostStylesheetPlugin(),
  ],
  browsers: (process.env.BROWSERS ?? 'chromium').split(',').map((name) => LAUNCHERS[name]()),
  // Side by side, test files compete for keyboard focus in Firefox, and WebKitWebDriver (which runs
  // them in frames of one window) loses track of them.
  concurrency: process.env.BROWSERS === 'chromium' ? 2 : 1,
  // Sized for a busy machine, from the slowest cases measured with two CPU-bound processes beside
  // `npm test` on two cores: a test 5.4 s (the fast-check robustness test; the tabbing tests, 10.8 s,
  // set 30 s of their own), a file under a minute, a browser's start a few seconds. A test waits
  // for conditions, never for a fixed time, so a generous limit costs nothing when all is well.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
};
