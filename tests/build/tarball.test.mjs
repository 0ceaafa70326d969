// The package as a new user gets it: `npm pack`, installed into a fresh project, which type-checks
// the consumers of tests/build/consumer/ against the installed files (createElement, the events,
// React 19's JSX, the Dutch-only entry), builds the Vite projects there (plain TypeScript, React
// 19, Vue 3, one that imports <hulp-link> alone, one the Dutch-only entry) with the project's own
// Vite, and opens each built app in Chromium. Each entry of the package, bundled alone, defines
// the elements that entries.mjs and the README say. Runs after npm run build.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';
import { readLocalizer } from '../../scripts/build-locales.mjs';
import { gzipSize } from '../../scripts/sizes.mjs';
import { titlesIn, unescaped } from './element-text.mjs';
import { DEFINES } from './entries.mjs';
import { installPacked, run } from './packed-project.mjs';

// Each one a program of its own, so that one's imports do not load types for another.
const CONSUMERS = ['entry.ts', 'events.ts', 'react.tsx', 'consumer.ts', 'nl.ts'];
// The Vite projects, each a folder of tests/build/consumer/, with the type-check a project of its kind runs.
const APPS = {
  'vite-ts': 'node_modules/typescript/bin/tsc',
  'vite-react': 'node_modules/typescript/bin/tsc',
  'vite-vue': 'node_modules/vue-tsc/bin/vue-tsc.js',
  'vite-hulp-link': undefined,
  'vite-nl': undefined,
};

const TAGS = ['hechting-uitleg', 'band-tips', 'hulp-link'];

describe('what each entry defines (entries.mjs)', () => {
  it('names every JavaScript export of package.json', async () => {
    const { exports } = JSON.parse(await readFile('package.json', 'utf8'));
    const modules = Object.entries(exports)
      .filter(([name, target]) => !name.includes('*') && target.default)
      .map(([name]) => `hechting-widget${name.slice(1)}`);
    assert.deepEqual(
      Object.keys(DEFINES)
        .filter((entry) => !entry.includes('/dist/'))
        .sort(),
      modules.sort(),
    );
  });

  it("is what the README's table of imports says", async () => {
    const readme = await readFile('README.md', 'utf8');
    // A row: | `import … 'hechting-widget/…';` (or the path of a script) | the tags it defines, or "nothing" | …
    const rows = [...readme.matchAll(/^\| `(?:import [^`']*')?(hechting-widget[\w./-]*)'?;?` \| ([^|]*) \|/gm)];
    const said = Object.fromEntries(rows.map(([, entry, defines]) => [entry, [...defines.matchAll(/`<([a-z-]+)>`/g)].map(([, tag]) => tag).sort()]));
    assert.deepEqual(said, Object.fromEntries(Object.entries(DEFINES).map(([entry, tags]) => [entry, [...tags].sort()])));
  });
});

describe('the packed tarball, installed into a fresh project', () => {
  let project;
  const checks = {};
  const builds = {};

  /** A one-module app, `code`, bundled with esbuild from the installed package and minified, as an application's bundler does. */
  const bundled = async (code, format = 'esm') => {
    const { outputFiles } = await build({ stdin: { contents: code, resolveDir: project }, bundle: true, minify: true, format, write: false, logLevel: 'silent' });
    return outputFiles[0].text;
  };

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

  it("bundles Dutch only for an import of hechting-widget/nl: no other language's text or interface strings, in less than half the size", async (t) => {
    await builds['vite-nl'];
    // The same app, one import each, in the same bundler (esbuild): what an application saves.
    const [nl, all] = await Promise.all([bundled("import 'hechting-widget/nl';"), bundled("import 'hechting-widget';")]);
    const sizes = Object.fromEntries(Object.entries({ nl, all }).map(([entry, code]) => [entry, { bytes: Buffer.byteLength(code), gzip: gzipSize(code) }]));
    t.diagnostic(`minified with esbuild: hechting-widget/nl ${sizes.nl.bytes} B, ${sizes.nl.gzip} B gzip; hechting-widget ${sizes.all.bytes} B, ${sizes.all.gzip} B gzip`);
    assert.ok(sizes.nl.bytes < sizes.all.bytes / 2.5 && sizes.nl.gzip < sizes.all.gzip / 2, JSON.stringify(sizes));

    // The text in the Vite app's bundle (and, to show that a translation would be found, in the whole entry's).
    const [dutch, every] = [unescaped(bundleOf('vite-nl')), unescaped(all)];
    for (const [page, { languages }] of Object.entries(await titlesIn(dutch))) assert.deepEqual(languages, ['nl'], `the titles of ${page}`);
    // The translated interface strings, those that differ from the Dutch and say something of their own: phrases, or in another script.
    const { translations } = readLocalizer().localizer.readTranslationsSync();
    const foreign = [...translations].flatMap(([locale, messages]) =>
      messages.map(({ contents }) => [locale, contents.filter((part) => typeof part === 'string').join('')]).filter(([, text]) => /\s|[^\x20-\x7e]/.test(text.trim())),
    );
    assert.ok(foreign.length >= 60, `${foreign.length} translated strings`);
    assert.deepEqual(
      foreign.filter(([, text]) => !every.includes(text)),
      [],
      'hechting-widget holds every translation',
    );
    assert.deepEqual(
      foreign.filter(([, text]) => dutch.includes(text)),
      [],
      'hechting-widget/nl holds no translation',
    );
    for (const text of ['Volgende tip', 'Tip van de dag', 'Lees voor']) assert.ok(dutch.includes(text), `hechting-widget/nl lacks "${text}"`);
  });

  it('hechting-widget/nl imports Lit from the application, as the other entries do, and holds no copy of its own', async () => {
    const lib = join(project, 'node_modules/hechting-widget/dist/lib');
    /** The packages a module of the package imports (not its own files). */
    const packagesOf = (code) => [...code.matchAll(/^import\s[^'"]*['"]([^'"./][^'"]*)['"]/gm)].map(([, specifier]) => specifier);
    const others = readdirSync(lib, { recursive: true }).filter((path) => path.endsWith('.js') && path !== 'nl.js');
    const nl = readFileSync(join(lib, 'nl.js'), 'utf8');
    assert.deepEqual([...new Set(packagesOf(nl))].sort(), [...new Set(others.flatMap((path) => packagesOf(readFileSync(join(lib, path), 'utf8'))))].sort());
    assert.ok(!/litElementVersions|reactiveElementVersions/.test(nl), 'nl.js holds a copy of Lit');
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

    it('vite-nl: hechting-widget/nl shows the three elements in Dutch, and Dutch with one warning for lang="en"', async () => {
      const { page, errors } = await open('vite-nl');
      const [uitleg, tips, help] = await shown(page);
      assert.deepEqual([uitleg.tag, tips.tag, help.tag], TAGS);
      assert.equal(uitleg.title, 'Wat is hechting en waarom is het belangrijk?');
      assert.equal(tips.title, 'Hoe bouw ik een goede band op met mijn kind?');
      assert.equal(tips.tip, true, 'mode="tip-of-the-day" shows a tip card');
      assert.equal(tips.readAloud, true, 'the "Lees voor" button');
      assert.equal(help.title, 'Hulp en advies voor ouders', 'lang="en" shows Dutch');
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('main > * > .hechting-widget')].map((root) => root.lang)), ['nl', 'nl', 'nl']);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], /^\[hechting-widget\] HW303 <hulp-link lang="en">: this script has only nl; for en, .* Showing Nederlands\.$/);
      assert.deepEqual(sites['vite-nl'].strays, []);
      await page.close();
    });

    for (const [entry, tags] of Object.entries(DEFINES)) {
      it(`import '${entry}' defines ${tags.map((tag) => `<${tag}>`).join(', ') || 'no element'}`, async () => {
        // An app of this one import, which keeps what the entry exports.
        const code = await bundled(`import * as entry from '${entry}';\nwindow.entry = entry;`, 'iife');
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => ['error', 'warn'].includes(message.type()) && errors.push(message.text()));
        await page.setContent('<!doctype html><html lang="nl"><title>One entry</title></html>');
        await page.addScriptTag({ content: code });
        assert.deepEqual(await page.evaluate((all) => [typeof window.entry, all.filter((tag) => customElements.get(tag))], TAGS), ['object', tags]);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }

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
