// The package on a server, as a framework's server build runs it: every entry imported in Node,
// where there is no DOM, then the elements rendered with Lit's own server renderer
// (@lit-labs/ssr), which frameworks use, and what it wrote filled by a browser. Each in a new
// Node process of a fresh project that installed the packed tarball. Runs after npm run build.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';
import { installPacked, run } from './packed-project.mjs';

/**
 * Templates, and what @lit-labs/ssr writes for each, without Lit's hydration comments: the element
 * as it is, with its attributes (those bound to a value after the others; a property is left for
 * the browser) and the content the page gave it. Lit's server renderer renders a LitElement only
 * into a declarative shadow root (<template shadowrootmode>), which in the browser would hide the
 * light DOM where these elements render: so it renders nothing of theirs, and the browser fills
 * them.
 */
const RENDERED = [
  ['html`<band-tips age="young"></band-tips>`', '<band-tips age="young"></band-tips>'],
  [
    'html`<band-tips mode=${"tip-of-the-day"} tips="troost speel" .noReadAloud=${true} hulp-href="https://www.gemeente.example/hulp"></band-tips>`',
    '<band-tips tips="troost speel" hulp-href="https://www.gemeente.example/hulp" mode="tip-of-the-day"></band-tips>',
  ],
  [
    'html`<hechting-uitleg lang="en" collapsible sections="veilige-basis" heading-level="3"></hechting-uitleg>`',
    '<hechting-uitleg lang="en" collapsible sections="veilige-basis" heading-level="3"></hechting-uitleg>',
  ],
  ['html`<hulp-link lang="ar" organization="CJG" phone="0123 456 789" languages></hulp-link>`', '<hulp-link lang="ar" organization="CJG" phone="0123 456 789" languages></hulp-link>'],
  // Bad values: the element in the browser warns and falls back; the server says nothing.
  ['html`<band-tips age="baby" lang="xx" heading-level="9"></band-tips>`', '<band-tips age="baby" lang="xx" heading-level="9"></band-tips>'],
  [
    'html`<main><h1>Opvoeden</h1><hulp-link href="https://www.gemeente.example/hulp"><p>Hulp</p></hulp-link></main>`',
    '<main><h1>Opvoeden</h1><hulp-link href="https://www.gemeente.example/hulp"><p>Hulp</p></hulp-link></main>',
  ],
];

/** Markup without Lit's hydration comments, and with one space between a tag's name and attributes, as Lit's server renderer leaves more. */
const withoutLitMarkers = (markup) => markup.replace(/<!--\/?lit-(part|node)[^>]*-->/g, '').replace(/ {2,}/g, ' ');

describe('the packed tarball on a server (Node, no DOM)', () => {
  let project;
  let exported;

  before(() => {
    project = installPacked({ devDependencies: ['@lit-labs/ssr'] });
    exported = JSON.parse(readFileSync(join(project, 'node_modules/hechting-widget/package.json'), 'utf8')).exports;
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  /** Runs an ES module's code in a new Node process in the project. */
  const runModule = (code) => run(['--input-type=module', '--eval', code], project);

  it('imports every JavaScript entry of exports, each alone, without a throw or a word', async () => {
    const entries = Object.entries(exported)
      .filter(([name, target]) => !name.includes('*') && typeof target.default === 'string' && target.default.endsWith('.js'))
      .map(([name]) => `hechting-widget${name.slice(1)}`);
    for (const element of ['hechting-uitleg', 'band-tips', 'hulp-link']) {
      for (const entry of [`hechting-widget/${element}.js`, `hechting-widget/${element}.class.js`]) assert.ok(entries.includes(entry), `${entry} among ${entries.join(', ')}`);
    }
    const runs = await Promise.all(entries.map((entry) => runModule(`await import(${JSON.stringify(entry)});`)));
    for (const [i, { ok, stdout, stderr }] of runs.entries()) {
      assert.ok(ok, `import('${entries[i]}'):\n${stderr}`);
      assert.equal(stderr, '', `import('${entries[i]}') wrote to stderr`);
      assert.equal(stdout, '', `import('${entries[i]}') wrote to stdout`);
    }
  });

  it('says nothing when a server build and a client build each evaluate a copy in one Node process', async () => {
    // A framework builds the application twice, for the server and for the browser, and may run
    // both in one process (Next.js's build does): two copies of the package, one registry.
    cpSync(join(project, 'node_modules/hechting-widget'), join(project, 'node_modules/hechting-widget-client'), { recursive: true });
    const { ok, stdout, stderr } = await runModule(`
      const server = await import('hechting-widget/band-tips.class.js');
      await import('hechting-widget');
      const client = await import('hechting-widget-client/band-tips.class.js');
      await import('hechting-widget-client');
      if (server.BandTips === client.BandTips) throw new Error('one copy, not two');
      console.log(customElements.get('band-tips') === server.BandTips);
    `);
    assert.ok(ok, stderr);
    assert.equal(stderr, '', 'no "loaded more than once" warning on a server');
    assert.equal(stdout.trim(), 'true', "the first copy's <band-tips> stays defined");
  });

  it('renders each element with its text through hechting-widget/server, without a DOM, a throw or a word', async () => {
    const { ok, stdout, stderr } = await runModule(`
      const { renderElement } = await import('hechting-widget/server');
      console.log(JSON.stringify({
        hasDocument: typeof document !== 'undefined',
        html: [
          renderElement('hechting-uitleg', { lang: 'en', collapsible: true, sections: 'veilige-basis' }),
          renderElement('band-tips', { age: 'older', 'heading-level': 3 }),
          renderElement('hulp-link', { lang: 'ar', organization: 'CJG', phone: '0123 456 789' }),
          // $& and $' are patterns to String.prototype.replace: here they are text.
          renderElement('band-tips', { mode: 'tip-of-the-day', 'hulp-href': "https://www.gemeente.example/hulp?van=$&tot=$'", 'hulp-label': 'Hulp $& advies' }),
        ],
      }));
    `);
    assert.ok(ok, stderr);
    assert.equal(stderr, '');
    const { hasDocument, html } = JSON.parse(stdout);
    assert.equal(hasDocument, false, 'no DOM on the server, before or after');
    const [uitleg, tips, help, tipWithHelp] = html;
    assert.match(
      uitleg,
      /^<hechting-uitleg lang="en" collapsible sections="veilige-basis" class="hechting-element"><div class="hechting-widget hechting-content hechting-uitleg" lang="en" dir="ltr">/,
    );
    assert.match(
      uitleg,
      /<section class="hechting-section" data-section="veilige-basis"><div class="hechting-heading-box"><h3 class="hechting-heading"><span><button type="button" class="hechting-disclosure" aria-expanded="false"><span>Secure base and safe haven<\/span><\/button><\/span><\/h3><\/div><details><summary>Secure base and safe haven<\/summary><p>/,
    );
    assert.doesNotMatch(uitleg, /data-section="goede-band"/);
    assert.match(tips, /<h3 class="hechting-title"><span>Hoe bouw ik een goede band op met mijn kind\?<\/span><\/h3>/);
    assert.match(tips, /data-section="ouder"/);
    assert.doesNotMatch(tips, /data-section="voorbeelden"/);
    assert.match(help, /<div class="hechting-widget hechting-content hechting-surface hechting-help" lang="ar" dir="rtl">/);
    assert.match(help, /<a href="tel:0123456789">0123 456 789<\/a>/);
    assert.match(tipWithHelp, /<a class="hechting-help-link" href="https:\/\/www\.gemeente\.example\/hulp\?van=\$&amp;tot=\$&#39;"\s+dir="auto">Hulp \$&amp; advies<\/a>/);
    assert.doesNotMatch(html.join(''), /<!--|<\?|<template|<script|<style| style=/, 'no hydration markers, no script, no style');
  });

  it('warns once for each bad option and renders the default, as the elements do', async () => {
    const { ok, stdout, stderr } = await runModule(`
      const { renderElement } = await import('hechting-widget/server');
      const html = renderElement('band-tips', { age: 'baby', colour: 'red', lang: 'xx' });
      console.log(html.includes('data-section="niet-lukt"') && html.includes('lang="nl" dir="ltr"'));
      console.log(JSON.stringify([renderElement('band-tip'), renderElement('constructor')]));
      console.log(renderElement('band-tips', { mode: 'tip-of-the-day' }, { date: new Date('someday') }).includes('class="hechting-tip-text"'));
    `);
    assert.ok(ok, stderr);
    assert.deepEqual(stdout.trim().split('\n'), ['true', '["",""]', 'true']);
    assert.deepEqual(stderr.trim().split('\n'), [
      '[hechting-widget] HW502 renderElement(\'band-tips\'): unknown option "colour"; use lang, heading-level, no-title, languages, no-read-aloud, hulp-href, hulp-label, age, tips, mode. It is left out.',
      '[hechting-widget] HW301 <band-tips lang="xx">: not a language of this widget; use nl, en, ar, tr, pl, uk. Showing Nederlands.',
      '[hechting-widget] HW202 <band-tips age="baby">: use young, older or all; showing all.',
      '[hechting-widget] HW501 renderElement: unknown element "band-tip"; use hechting-uitleg, band-tips, hulp-link. It renders nothing.',
      '[hechting-widget] HW501 renderElement: unknown element "constructor"; use hechting-uitleg, band-tips, hulp-link. It renders nothing.',
      '[hechting-widget] HW504 renderElement: the date "Invalid Date" is no date; showing today\'s tip.',
    ]);
  });

  let rendered;
  const renderAll = () =>
    (rendered ??= runModule(`
      import { render } from '@lit-labs/ssr';
      import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
      import { html } from 'lit';
      import 'hechting-widget';
      const templates = [${RENDERED.map(([template]) => template).join(', ')}];
      const sync = templates.map((template) => collectResultSync(render(template)));
      const awaited = await Promise.all(templates.map((template) => collectResult(render(template))));
      console.log(JSON.stringify({ sync, awaited }));
    `));

  it('renders each element with @lit-labs/ssr, with collectResultSync and collectResult, without a throw or a word: the element, its attributes and its content as given', async () => {
    const { ok, stdout, stderr } = await renderAll();
    assert.ok(ok, stderr);
    assert.equal(stderr, '');
    const { sync, awaited } = JSON.parse(stdout);
    assert.deepEqual(awaited, sync, 'collectResult and collectResultSync agree');
    for (const [i, [template, expected]] of RENDERED.entries()) {
      assert.doesNotMatch(sync[i], /<template/, `${template}: no declarative shadow root`);
      assert.equal(withoutLitMarkers(sync[i]), expected, template);
    }
  });

  it('leaves each element for the browser to fill: its text shows', async () => {
    const { ok, stdout, stderr } = await renderAll();
    assert.ok(ok, stderr);
    const { sync } = JSON.parse(stdout);
    const script = readFileSync(join(project, 'node_modules/hechting-widget/dist/hechting-widget.js'), 'utf8');
    const browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      // The server's HTML as it comes, then the page's one script.
      await page.setContent(`<!doctype html><html lang="nl"><title>Opvoeden</title><body>${sync.join('\n')}<script>${script}</script></body></html>`);
      const elements = 'hechting-uitleg, band-tips, hulp-link';
      await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((element) => element.querySelector('.hechting-title')), { timeout: 5000 }, elements).catch(() => {});
      const shown = await page.$$eval(elements, (found) =>
        // The server's elements, not the <hulp-link> that hulp-href adds in the browser.
        found
          .filter((element) => !element.parentElement.closest('.hechting-widget'))
          .map((element) => {
            const title = element.querySelector(':scope > .hechting-widget > .hechting-heading-box > .hechting-title');
            return { tag: element.localName, lang: title?.closest('[lang]').lang, title: title?.textContent.trim(), visible: title?.checkVisibility() ?? false };
          }),
      );
      const titles = { 'hechting-uitleg': 'Wat is hechting en waarom is het belangrijk?', 'band-tips': 'Hoe bouw ik een goede band op met mijn kind?', 'hulp-link': 'Hulp en advies voor ouders' };
      assert.deepEqual(
        shown.map(({ tag, lang, title, visible }) => ({ tag, lang, title: lang === 'nl' ? title : Boolean(title), visible })),
        [
          { tag: 'band-tips', lang: 'nl', title: titles['band-tips'], visible: true },
          { tag: 'band-tips', lang: 'nl', title: titles['band-tips'], visible: true },
          { tag: 'hechting-uitleg', lang: 'en', title: true, visible: true },
          { tag: 'hulp-link', lang: 'ar', title: true, visible: true },
          { tag: 'band-tips', lang: 'nl', title: titles['band-tips'], visible: true },
          { tag: 'hulp-link', lang: 'nl', title: titles['hulp-link'], visible: true },
        ],
      );
    } finally {
      await browser.close();
    }
  });
});
