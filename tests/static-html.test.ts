import { expect, fixture, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/hechting-widget.js';
import { LANGUAGES } from '../src/shared/languages.js';
import { expectAccessible, loadFrame, textOf, widgetsRendered, type FramePage } from './helpers.js';

// dist/html/<lang>/<name>.html and dist/hechting-widget.css, as a webmaster whose CMS allows no
// script pastes them (scripts/build-static.mjs). Run `npm run build` first (npm test does).

const SNIPPETS = ['hechting-uitleg', 'band-tips', 'band-tips-tip-of-the-day', 'hulp-link'];
const CSS = '<link rel="stylesheet" href="/dist/hechting-widget.css">';
const AXE = '<script src="/node_modules/axe-core/axe.min.js"></script>';
/** The date of the tip-of-the-day snippet: day 0 of the rotation, at local noon. */
const DAY_0 = new Date(1970, 0, 1, 12).getTime();

async function snippet(lang: string, name: string): Promise<string> {
  const response = await fetch(`/dist/html/${lang}/${name}.html`);
  if (!response.ok) throw new Error(`dist/html/${lang}/${name}.html: ${response.status}`);
  return response.text();
}

/** A page with every snippet of a language and the stylesheet, and no script. */
async function staticPage(lang: string, head = CSS): Promise<FramePage> {
  const snippets = await Promise.all(SNIPPETS.map((name) => snippet(lang, name)));
  return loadFrame({ head, body: `<main>${snippets.join('\n')}</main>` });
}

/** The Dutch terms in a translation (span lang="nl"), with their lang and dir, as text. */
const dutchParts = (element: Element) => [...element.querySelectorAll('span[lang]')].map((span) => `${span.getAttribute('lang')} ${span.getAttribute('dir')}: ${textOf(span)}`);

/** Where every part of the widgets is on the page, but for `except` and what it holds. */
const layout = (page: FramePage, except?: Element) =>
  [...page.document.querySelectorAll('.hechting-widget, .hechting-widget *')]
    .filter((el) => !except?.contains(el))
    .map((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return `${el.localName}.${el.className} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
    });

/** The controls that need the script: the read-aloud row, and every other button. */
const CONTROLS = '.hechting-read-aloud, .hechting-button:not(.hechting-read-aloud *)';

/**
 * Loads the script into a page of static HTML, the tip of the day showing the snippet's tip, and
 * waits until it has rendered every element.
 */
async function addScript({ window, document }: FramePage): Promise<void> {
  // The same tip as the snippet's: the tip of the day comes from the date.
  const RealDate = window.Date;
  window.Date = class extends RealDate {
    constructor(...args: []) {
      super(...((args.length ? args : [DAY_0]) as []));
    }
  } as DateConstructor;
  try {
    const script = document.createElement('script');
    script.src = '/dist/hechting-widget.js';
    document.head.append(script);
    await waitUntil(() => window.customElements.get('hulp-link'), 'the script did not load');
    await widgetsRendered(document.querySelector('main')!);
  } finally {
    window.Date = RealDate;
  }
}

/** The elements of a page without their static content, as an HTML block would hold them. */
const emptied = (page: FramePage) => [...page.document.querySelectorAll('main > *')].map((element) => element.outerHTML.replace(/<(\w[\w-]*)([^>]*)>[^]*$/, '<$1$2></$1>')).join('\n');

describe('static HTML', () => {
  for (const lang of LANGUAGES) {
    it(`each snippet in ${lang} has the text of the element it is`, async () => {
      const page = await staticPage(lang);
      const statics = [...page.document.querySelectorAll('main > *')];
      expect(statics).to.have.length(SNIPPETS.length);
      // The tip-of-the-day snippet shows the tip of day 0 (1 January 1970).
      const clock = sinon.useFakeTimers({ now: DAY_0, toFake: ['Date'] });
      let dutchInSnippets = 0;
      try {
        for (const element of statics) {
          const rendered = await fixture(element.outerHTML.replace(/<(\w[\w-]*)([^>]*)>[^]*$/, '<$1$2></$1>'));
          expect(textOf(element), `${lang} ${element.localName}`).to.equal(textOf(rendered));
          expect(textOf(element).length).to.be.greaterThan(50);
          expect(dutchParts(element), `${lang} ${element.localName}: Dutch terms`).to.deep.equal(dutchParts(rendered));
          dutchInSnippets += dutchParts(element).length;
        }
      } finally {
        clock.restore();
      }
      // A translation keeps Dutch terms such as "(huisarts)"; the Dutch text has no such parts.
      if (lang === 'nl') expect(dutchInSnippets).to.equal(0);
      else expect(dutchInSnippets).to.be.greaterThan(0);
    });

    it(`the snippets in ${lang} pass axe without the script`, async () => {
      const page = await staticPage(lang, CSS + AXE);
      await waitUntil(() => (page.window as unknown as { axe?: unknown }).axe, 'axe did not load');
      expect(page.document.defaultView!.customElements.get('band-tips')).to.equal(undefined);
      await expectAccessible(page.document.querySelector('main')!);
    });
  }

  it('shows none of the controls that need the script, and leaves no gap where one is', async () => {
    for (const lang of LANGUAGES) {
      const page = await staticPage(lang);
      const controls = [...page.document.querySelectorAll(CONTROLS)];
      // Read aloud in every snippet but hulp-link's; next tip; in a translation, the Dutch text.
      expect(controls.length, lang).to.equal(lang === 'nl' ? 4 : 8);
      for (const control of controls) {
        const what = `${lang} ${control.closest('main > *')!.localName} ${control.className}`;
        expect(control.getClientRects().length, `${what} shows`).to.equal(0);
        // The rest of the page lies where it lies without the control at all.
        const before = layout(page, control);
        const mark = page.document.createComment('');
        control.replaceWith(mark);
        const without = layout(page);
        mark.replaceWith(control);
        expect(before, `${what} leaves a gap`).to.deep.equal(without);
      }
    }
  });

  for (const lang of ['nl', 'ar']) {
    it(`in ${lang}, the script takes the snippets over, renders each once, and looks as its own rendering`, async () => {
      const page = await staticPage(lang);
      await addScript(page);
      for (const element of page.document.querySelectorAll('main > *')) expect(element.querySelectorAll(':scope > .hechting-widget'), element.localName).to.have.length(1);
      for (const control of page.document.querySelectorAll(CONTROLS)) expect(control.getClientRects().length, control.className).to.be.greaterThan(0);
      // The same elements in a page with the script and without hechting-widget.css.
      const own = await loadFrame({ body: `<main>${emptied(page)}</main>` });
      await addScript(own);
      expect(layout(page)).to.deep.equal(layout(own));
    });

    it(`in ${lang}, the script in the head, before the snippets, takes each over once: no text twice`, async () => {
      // The parser upgrades each element before it has read the snippet inside.
      const page = await staticPage(lang, `${CSS}<script src="/dist/hechting-widget.js"></script>`);
      const elements = [...page.document.querySelectorAll('main > *')];
      expect(elements).to.have.length(SNIPPETS.length);
      for (const element of elements) {
        expect(element.querySelectorAll(':scope > .hechting-widget'), element.localName).to.have.length(1);
        expect(element.querySelectorAll('.hechting-title'), element.localName).to.have.length(1);
      }
    });

    it(`in ${lang}, a standalone page keeps the place of the controls until its script comes, so that nothing moves`, async () => {
      const response = await fetch(`/dist/${lang}/band-tips.html`);
      const body = (await response.text()).match(/<body>([^]*)<\/body>/)![1];
      const page = await loadFrame({ head: `${CSS}<link rel="stylesheet" href="/dist/hechting-page.css">`, body });
      for (const button of page.document.querySelectorAll('button')) expect(page.window.getComputedStyle(button).visibility).to.equal('hidden');
      // Where every part is, before and after (a forced layout, which a page in a background tab
      // also does): the same places mean no shift.
      const before = layout(page);
      await addScript(page);
      expect(layout(page)).to.deep.equal(before);
      for (const button of page.document.querySelectorAll('button')) expect(page.window.getComputedStyle(button).visibility).to.equal('visible');
    });
  }
});
