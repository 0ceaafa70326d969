// The package as a new user gets it: `npm pack`, installed into a fresh project, which type-checks
// the consumers of tests/build/consumer/ against the installed files (createElement, the events,
// React 19's JSX), builds the Vite projects there (plain TypeScript, React 19, Vue 3, and one that
// imports <hulp-link> alone) with the project's own Vite, and opens each built app in Chromium.
// Runs after npm run build.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';
import { titlesIn } from './element-text.mjs';
import { installPacked, run } from './packed-project.mjs';

// Each one a program of its own, so that one's imports do not load types for another.
const CONSUMERS = ['entry.ts', 'events.ts', 'react.tsx', 'consumer.ts'];
// The Vite projects, each a folder of tests/build/consumer/, with the type-check a project of its kind runs.
const APPS = {
  'vite-ts': 'node_modules/typescript/bin/tsc',
  'vite-react': 'node_modules/typescript/bin/tsc',
  'vite-vue': 'node_modules/vue-tsc/bin/vue-tsc.js',
  'vite-hulp-link': undefined,
};

describe('the packed tarball, installed into a fresh project', () => {
  let project;
  const checks = {};
  const builds = {};

  before(() => {
    project = installPacked({
      dependencies: ['react', 'react-dom', 'vue'],
      devDependencies: ['typescript', 'vue-tsc', 'vite', '@vitejs/plugin-react', '@vitejs/plugin-vue', '@types/react', '@types/react-dom'],
    });
    for (const file of CONSUMERS) cpSync(join('tests/build/consumer', file), join(project, 'src', file));
    // The package's own .d.ts files are checked (skipLibCheck: false); TypeScript's lib.dom.d.ts and the like need not be, which halves the time.
    const compilerOptions = {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM'],
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      types: [],
    };
    for (const file of CONSUMERS) writeFileSync(join(project, `tsconfig.${file}.json`), JSON.stringify({ compilerOptions, files: [`src/${file}`] }));
    for (const app of Object.keys(APPS)) cpSync(join('tests/build/consumer', app), join(project, app), { recursive: true });

    // The type-checks and the builds run side by side; each test waits for its own.
    for (const file of CONSUMERS) checks[file] = run([join(project, 'node_modules/typescript/bin/tsc'), '-p', join(project, `tsconfig.${file}.json`)]);
    for (const [app, checker] of Object.entries(APPS)) {
      if (checker) checks[app] = run([join(project, checker), '--noEmit', '-p', join(project, app, 'tsconfig.json')]);
      builds[app] = run([join(project, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], join(project, app));
    }
  });

  after(async () => {
    // A run that leaves tests out (--test-name-pattern) must not remove the project under a type-check or a build still running.
    await Promise.all([...Object.values(checks), ...Object.values(builds)]);
    rmSync(project, { recursive: true, force: true });
  });

  it('installs the package with lit as its one dependency', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/hechting-widget/package.json'), 'utf8'));
    assert.deepEqual(Object.keys(installed.dependencies), ['lit']);
  });

  it("installs Vite's native bindings for this machine only", () => {
    const installed = (scope, prefix) => readdirSync(join(project, 'node_modules', scope)).filter((name) => name.startsWith(prefix));
    const platform = `${process.platform}-${process.arch}`;
    for (const [scope, prefix] of [
      ['@rolldown', 'binding-'],
      ['', 'lightningcss-'],
    ]) {
      const bindings = installed(scope, prefix);
      assert.ok(bindings.length >= 1 && bindings.every((name) => name.includes(platform)), `${scope || 'node_modules'}: ${bindings.join(', ')}`);
    }
  });

  for (const file of [...CONSUMERS, ...Object.keys(APPS).filter((app) => APPS[app])]) {
    it(`type-checks ${file} against the installed types`, async () => {
      const { ok, output } = await checks[file];
      assert.ok(ok, `the type-check of ${file} in the consumer project:\n${output}`);
    });
  }

  for (const app of Object.keys(APPS)) {
    it(`builds ${app} with vite build`, async () => {
      const { ok, output } = await builds[app];
      assert.ok(ok, `vite build in ${app}:\n${output}`);
      // Each warning starts a line with its code; Rolldown's [PLUGIN_TIMINGS] speaks of this machine's speed only.
      const warnings = output
        .trim()
        .split(/^(?=\[[A-Z_]+\] |\(!\) )/m)
        .filter((warning) => warning && !warning.startsWith('[PLUGIN_TIMINGS] '));
      assert.deepEqual(warnings, [], `vite build in ${app} warned`);
    });
  }

  /** The JavaScript that vite build wrote for an app, all its files together. */
  const bundleOf = (app) => {
    const assets = join(project, app, 'dist/assets');
    return readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('\n');
  };

  it("bundles <hulp-link>'s text in every language, and no other element's, when only hechting-widget/hulp-link.js is imported", async () => {
    await builds['vite-hulp-link'];
    for (const [page, { present, total }] of Object.entries(await titlesIn(bundleOf('vite-hulp-link')))) assert.equal(present, page === 'hulp-link' ? total : 0, `the titles of ${page}`);
  });

  it('bundles all three elements for an import of hechting-widget', async () => {
    await builds['vite-ts'];
    for (const [page, { present, total }] of Object.entries(await titlesIn(bundleOf('vite-ts')))) assert.equal(present, total, `the titles of ${page}`);
  });

  describe('the built apps, in Chromium', () => {
    let browser;
    const sites = {};

    before(async () => {
      browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: CHROMIUM_ARGS, headless: true });
    });
    after(async () => {
      await browser?.close();
      for (const site of Object.values(sites)) site.server.close();
    });

    /** Opens an app's dist folder, served alone; resolves to the page and the errors the browser reported on it. */
    async function open(app) {
      await builds[app];
      sites[app] = await serve(join(project, app, 'dist'));
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => ['error', 'warn'].includes(message.type()) && errors.push(message.text()));
      await page.goto(sites[app].origin, { waitUntil: 'load' });
      await page
        .waitForFunction(() => [...document.querySelectorAll('hechting-uitleg, band-tips, hulp-link')].every((element) => element.querySelector('.hechting-title')), { timeout: 5000 })
        .catch(() => {});
      return { page, errors };
    }

    /** What a reader sees of each element (its title and the heading it is, a tip card, the buttons, the text), and the attributes it has. */
    const shown = (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('hechting-uitleg, band-tips, hulp-link')].map((element) => {
          const title = element.querySelector('.hechting-widget > .hechting-heading-box > .hechting-title');
          return {
            tag: element.localName,
            title: title?.textContent.trim(),
            level: title?.localName,
            attributes: element.getAttributeNames().sort(),
            collapsible: element.querySelectorAll('details').length > 0,
            tip: element.querySelector('.hechting-tip') !== null,
            readAloud: [...element.querySelectorAll('button')].some((button) => button.textContent.includes('Lees voor')),
            text: element.textContent.replace(/\s+/g, ' ').trim(),
          };
        }),
      );

    /** Presses "Volgende tip" and resolves to what the app's own listener wrote in #next-tips. */
    async function nextTip(page) {
      await page.click('band-tips .hechting-tip button::-p-text(Volgende tip)');
      await page.waitForFunction(() => document.getElementById('next-tips').textContent.trim() !== '', { timeout: 2000 }).catch(() => {});
      return page.evaluate(() => document.getElementById('next-tips').textContent.trim());
    }

    it('vite-ts: the elements made with createElement show the properties set on them', async () => {
      const { page, errors } = await open('vite-ts');
      const [uitleg, tips, help] = await shown(page);
      assert.deepEqual([uitleg.tag, tips.tag, help.tag], ['hechting-uitleg', 'band-tips', 'hulp-link']);
      assert.equal(uitleg.title, 'Wat is hechting en waarom is het belangrijk?');
      assert.equal(uitleg.collapsible, true, 'collapsible = true');
      assert.ok(uitleg.text.includes('Veilige basis en veilige haven') && !uitleg.text.includes('Goede band opbouwen'), "sections = 'veilige-basis' shows that section only");
      assert.equal(tips.title, 'Hoe bouw ik een goede band op met mijn kind?');
      assert.equal(tips.tip, true, "mode = 'tip-of-the-day' shows a tip card");
      assert.equal(tips.readAloud, true);
      assert.equal(help.title, 'Help and advice for parents', "lang = 'en'");
      assert.ok(help.text.includes('Centrum voor Jeugd en Gezin') && help.text.includes('0123 456 789'), help.text);
      assert.match(await nextTip(page), /^[a-z-]+$/, 'the hechting-next-tip listener got the tip');
      assert.deepEqual(errors, []);
      assert.deepEqual(sites['vite-ts'].strays, []);
      await page.close();
    });

    it("vite-react: React's props and attributes reach the elements, and its event listener hears them", async () => {
      const { page, errors } = await open('vite-react');
      const [uitleg, tips, help] = await shown(page);
      assert.deepEqual([uitleg.tag, tips.tag, help.tag], ['hechting-uitleg', 'band-tips', 'hulp-link']);
      assert.equal(uitleg.title, 'Wat is hechting en waarom is het belangrijk?');
      assert.equal(uitleg.level, 'h3', 'heading-level="3"');
      assert.equal(uitleg.collapsible, true, 'collapsible');
      assert.ok(uitleg.text.includes('Goede band opbouwen') && !uitleg.text.includes('Veilige basis en veilige haven'), 'sections="goede-band" shows that section only');
      assert.equal(tips.title, 'Hoe bouw ik een goede band op met mijn kind?');
      assert.equal(tips.tip, true, 'mode="tip-of-the-day" shows a tip card');
      assert.equal(tips.readAloud, false, 'no-read-aloud');
      // React's className stays, with the element's own classes beside it, also when React sets it anew.
      const className = () => page.evaluate(() => document.querySelector('band-tips').className);
      assert.equal(await className(), 'tips hechting-element hechting-text');
      assert.equal(help.title, 'Help and advice for parents', 'lang="en"');
      assert.ok(help.text.includes('Centrum voor Jeugd en Gezin') && help.text.includes('0123 456 789'), help.text);
      assert.match(await nextTip(page), /^[a-z-]+$/, 'onhechting-next-tip got the tip');
      assert.equal(await className(), 'tips tips-seen hechting-element hechting-text');
      // As the README says: React sets the props that are properties of the element as properties, and only the others as attributes; lang writes its attribute.
      assert.deepEqual(
        [uitleg.attributes, tips.attributes, help.attributes],
        [
          ['class', 'heading-level'],
          ['class', 'no-read-aloud'],
          ['class', 'lang'],
        ],
        'the attributes React left',
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(sites['vite-react'].strays, []);
      await page.close();
    });

    it("vite-vue: the SFC's attributes and bound property reach the elements, and @hechting-next-tip hears them", async () => {
      const { page, errors } = await open('vite-vue');
      const [uitleg, tips, help] = await shown(page);
      assert.deepEqual([uitleg.tag, tips.tag, help.tag], ['hechting-uitleg', 'band-tips', 'hulp-link']);
      assert.equal(uitleg.title, 'Wat is hechting en waarom is het belangrijk?');
      assert.equal(uitleg.level, 'h4', 'heading-level="4"');
      assert.ok(uitleg.text.includes('Goede band opbouwen') && !uitleg.text.includes('Veilige basis en veilige haven'), 'sections="goede-band" shows that section only');
      assert.equal(tips.title, 'Hoe bouw ik een goede band op met mijn kind?');
      assert.equal(tips.tip, true, 'mode="tip-of-the-day" shows a tip card');
      assert.equal(tips.readAloud, false, 'no-read-aloud');
      assert.equal(help.title, 'Help and advice for parents', ':lang="language"');
      assert.ok(help.text.includes('Centrum voor Jeugd en Gezin'), help.text);
      const className = () => page.evaluate(() => document.querySelector('band-tips').className);
      assert.equal(await className(), 'tips hechting-element hechting-text');
      assert.match(await nextTip(page), /^[a-z-]+$/, '@hechting-next-tip got the tip');
      assert.equal(await className(), 'tips tips-seen hechting-element hechting-text', "Vue's class, set anew, and the element's own");
      // As the README says: Vue, like React, sets the props that are properties of the element as properties.
      assert.deepEqual(
        [uitleg.attributes, tips.attributes, help.attributes],
        [
          ['class', 'heading-level'],
          ['class', 'no-read-aloud'],
          ['class', 'lang'],
        ],
        'the attributes Vue left',
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(sites['vite-vue'].strays, []);
      await page.close();
    });

    it('vite-hulp-link: <hulp-link> works alone, and defines no other element', async () => {
      const { page, errors } = await open('vite-hulp-link');
      const [help, ...others] = await shown(page);
      assert.deepEqual(others, []);
      assert.equal(help.title, 'Hulp en advies voor ouders');
      assert.ok(help.text.includes('Centrum voor Jeugd en Gezin'), help.text);
      assert.deepEqual(await page.evaluate(() => ['hechting-uitleg', 'band-tips', 'hulp-link'].map((tag) => customElements.get(tag) !== undefined)), [false, false, true]);
      assert.deepEqual(errors, []);
      assert.deepEqual(sites['vite-hulp-link'].strays, []);
      await page.close();
    });
  });
});

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves a folder, as any static host serves a built app; records the paths it does not have. */
function serve(folder) {
  const strays = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname).replace(/\/$/, '/index.html');
    const body = await readFile(join(folder, normalize(path))).catch(() => undefined);
    if (body === undefined) strays.push(path);
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body ?? 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, strays, origin: `http://127.0.0.1:${server.address().port}/` })));
}
