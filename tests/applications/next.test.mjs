// The Next.js recipe of docs/frameworks.md, as an application developer follows it: a fresh
// Next.js 16 (App Router, React 19) project that installed the packed tarball, with the app in
// tests/applications/next/ (a server component renders the text with hechting-widget/server, a
// client component imports the package after hydration). Built for production and served, and
// served by the development server, each checked in Chromium: the text in the server's HTML, the
// elements taking it over without a shift, working options and events, and no hydration message
// or any other warning in the console.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';
import { installPacked, run } from '../build/packed-project.mjs';

const TITLE = 'Hoe bouw ik een goede band op met mijn kind?';

// Lit's development build says so in the console of every page that uses Lit in development.
const LIT_DEV_MODE = /^Lit is in dev mode\./;

/** `next <command>` in `project`, until stopped; resolves with the server's address once it answers. */
async function serve(project, command, port) {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', command, '-p', String(port)], {
    cwd: project,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  // localhost: the development server serves its scripts to its own host name only.
  const origin = `http://localhost:${port}`;
  // Until the server answers (or ends), as slowly as the machine starts it.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next ${command} ended:\n${Buffer.concat(output)}`);
    if (
      await fetch(origin).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, stop: () => child.kill(), output: () => String(Buffer.concat(output)) };
}

describe('Next.js (App Router): the recipe of docs/frameworks.md', () => {
  let project;
  let browser;
  let built;

  before(async () => {
    project = installPacked({ dependencies: ['next', 'react', 'react-dom'], devDependencies: ['typescript', '@types/react', '@types/react-dom', '@types/node'] });
    cpSync('tests/applications/next', project, { recursive: true });
    built = await run(['node_modules/next/dist/bin/next', 'build'], project);
    browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: CHROMIUM_ARGS, headless: true });
  });
  after(async () => {
    await browser?.close();
    rmSync(project, { recursive: true, force: true });
  });

  /** The page at `url` in Chromium, once its elements have taken the text over: what it shows, and what its console said. */
  async function visit(url) {
    const page = await browser.newPage();
    // The development server compiles each module as the page first asks for it.
    page.setDefaultTimeout(120_000);
    const messages = [];
    page.on('console', (message) => ['error', 'warn'].includes(message.type()) && !LIT_DEV_MODE.test(message.text()) && messages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
    await page.evaluateOnNewDocument(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => window.layoutShifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
    });
    const response = await page.goto(url);
    const html = await response.text();
    await page.waitForFunction(() => ['band-tips', 'hechting-uitleg', 'hulp-link'].every((tag) => [...document.querySelectorAll(tag)].every((element) => element.hasUpdated)));
    return { page, html, messages };
  }

  /** What the visitor sees and can do on the page, as the elements render it. */
  async function checkPage({ page, html, messages }) {
    // The text is in the server's HTML, in Dutch, with the options given.
    assert.match(html, /<band-tips age="young" mode="tip-of-the-day" languages="nl en" class="hechting-element hechting-text"><div class="hechting-widget/);
    assert.ok(html.includes(TITLE), 'the title in the HTML');
    assert.match(html, /<p class="hechting-tip-text">[^<]{40,}/, "the day's tip in the HTML");
    assert.match(html, /<hulp-link class="hechting-element" lang="nl" href="\/hulp" label="Hulp in onze gemeente" heading-level="3"><div class="hechting-widget/);
    const shown = await page.evaluate(() => {
      const tips = document.querySelector('band-tips');
      return {
        // The elements rendered the text themselves: Lit's markers are in it.
        takenOver: [...document.querySelectorAll('band-tips, hechting-uitleg, hulp-link')].every((element) => element.innerHTML.includes('<!--?lit$')),
        attributes: [tips.getAttribute('age'), tips.getAttribute('mode')],
        title: tips.querySelector('.hechting-title').textContent.trim(),
        layoutShift: window.layoutShifts.reduce((sum, shift) => sum + shift, 0),
      };
    });
    assert.deepEqual(shown, { takenOver: true, attributes: ['young', 'tip-of-the-day'], title: TITLE, layoutShift: 0 });

    // The events, and the options at work: the next tip, then English for every widget.
    const events = await page.evaluate(async () => {
      const seen = [];
      for (const type of ['hechting-next-tip', 'hechting-language-change']) document.addEventListener(type, (event) => seen.push([type, Object.values(event.detail)[0]]));
      const tips = document.querySelector('band-tips');
      const tip = () => tips.querySelector('.hechting-tip-text').textContent;
      const first = tip();
      tips.querySelector('.hechting-tip button').click();
      await tips.updateComplete;
      const next = tip();
      tips.querySelector('.hechting-languages button[lang="en"]').click();
      const widgets = [...document.querySelectorAll('band-tips, hechting-uitleg, hulp-link')];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      return { seen, changed: first !== next, languages: widgets.map((widget) => widget.querySelector(':scope > .hechting-widget').lang) };
    });
    assert.equal(events.seen[0][0], 'hechting-next-tip');
    assert.deepEqual(events.seen.slice(1), [['hechting-language-change', 'en']]);
    assert.ok(events.changed, 'another tip');
    assert.deepEqual(events.languages, ['en', 'en', 'en']);
    assert.deepEqual(messages, [], 'the console');
    await page.close();
  }

  it('builds for production without an error', () => {
    assert.ok(built.ok, built.output);
    assert.doesNotMatch(built.output, /hechting-widget|Hydration|\berror\b/i);
  });

  it('production (next build, next start): the text in the server HTML, taken over without a shift, options and events working, a clean console', async () => {
    assert.ok(built.ok, built.output);
    const server = await serve(project, 'start', 3471);
    try {
      await checkPage(await visit(`${server.origin}/`));
      // The edge runtime renders the same text.
      const edge = await (await fetch(`${server.origin}/edge`)).text();
      assert.match(
        edge,
        /<hulp-link href="\/hulp" phone="0123 456 789" class="hechting-element hechting-text"><div class="hechting-widget hechting-content hechting-surface hechting-help" lang="nl" dir="ltr">/,
      );
      assert.ok(edge.includes('<a href="tel:0123456789">0123 456 789</a>'), 'the phone number');
    } finally {
      server.stop();
    }
  });

  it('development (next dev): the same, without a hydration message', async () => {
    const server = await serve(project, 'dev', 3472);
    try {
      await checkPage(await visit(`${server.origin}/`));
      assert.doesNotMatch(server.output(), /Hydration|did not match|hechting-widget\]/);
    } finally {
      server.stop();
    }
  });
});
