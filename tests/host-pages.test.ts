// The widget on the kinds of pages real sites are built with: a utility-first framework's reset
// (Tailwind's preflight, inside @layer base and not), a component framework (Bootstrap), an
// all: unset reset (the-new-css-reset), a hostile page, a bare one and a dark one, each at 320
// CSS px, a phone held upright. Whatever the page does, a reader sees headings as headings, links
// as links, lists as lists and buttons as buttons, text of at least 14 px with AA contrast, and
// nothing outside the column; on a page with its own heading and link styles, the widget looks
// like the page's own text.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/hechting-widget.js';
import { LANGUAGES } from '../src/shared/languages.js';
import { backgroundBehind, computed, contrast, focusRing, framedPage, isOpen, openSections, PLACEMENTS, targetsIn, targetSizeFailures, widgetsRendered } from './helpers.js';
import { THEMES } from '../demo/themes/themes.js';

const WIDTH = 320;

const fetchText = async (url: string) => (await fetch(url)).text();
const tailwind = (name: string) => executeServerCommand<string, { name: string }>('host-stylesheet', { name });

/**
 * A page that fights the widget: each rule here once broke it. Its column is the phone's width,
 * and every element in it, the widget's too, gets a margin.
 */
const HOSTILE_CSS = `
  html { font-size: 62.5%; }
  body { font-size: 1.6rem; }
  * { box-sizing: content-box; margin: 1.5em; }
  body, body > div, main { margin: 0; }
  h2 { font-size: 4.8rem; text-transform: uppercase; }
  p { font-size: 1.2rem; }
  ul { list-style: none; padding: 0; display: flex; }
  li { width: 600px; float: left; }
  a { display: block; text-decoration: none; }
  button { all: unset; }
  section, details { display: grid; grid-template-columns: 600px; }
`;

const HOSTS: { name: string; css: () => Promise<string> }[] = [
  { name: 'a bare page', css: async () => '' },
  { name: 'Tailwind 4 (preflight in @layer base)', css: () => tailwind('tailwind-4') },
  { name: 'Tailwind 3 (preflight unlayered)', css: () => tailwind('tailwind-3') },
  { name: 'Bootstrap 5', css: () => fetchText('/node_modules/bootstrap/dist/css/bootstrap.min.css') },
  { name: 'the new CSS reset (all: unset)', css: () => fetchText('/node_modules/the-new-css-reset/css/reset.css') },
  { name: 'a hostile page', css: async () => HOSTILE_CSS },
  { name: 'Tailwind 3 on a dark page', css: async () => `${await tailwind('tailwind-3')} html { color-scheme: dark; background-color: #16181d; color: #e6e8eb; }` },
];

/**
 * The host's own text, then every element in its options; deep heading levels too. The first
 * element's title is at the level of the host's first heading, to compare their looks; the others
 * nest under the host's headings.
 */
const page = (lang: string) => html`<main lang=${lang}>
  <h2 class="host">Opvoeden in onze gemeente</h2>
  <p class="host">Tekst van de gemeente met <a class="host" href="#">een link</a>.</p>
  <h3 class="host">Meer weten</h3>
  <hechting-uitleg hulp-href="https://example.org/hulp" languages heading-level="2"></hechting-uitleg>
  <hechting-uitleg collapsible heading-level="4"></hechting-uitleg>
  <band-tips></band-tips>
  <band-tips mode="tip-of-the-day" no-read-aloud></band-tips>
  <hulp-link href="https://example.org/hulp" organization="Centrum voor Jeugd en Gezin" phone="0123 456 789"></hulp-link>
</main>`;

const px = (el: Element, property: string) => parseFloat(computed(el, property));

function describeElement(el: Element): string {
  return `${el.localName}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
}

/** Every way the widgets in `root` fail a reader, as sentences; none is the goal. */
function whatFails(root: Element): string[] {
  const fails: string[] = [];
  const fail = (el: Element, what: string) => fails.push(`${describeElement(el)} ${what}`);
  const doc = root.ownerDocument;
  const widgets = [...root.querySelectorAll('.hechting-widget')];
  if (widgets.length === 0) return ['no widget rendered'];
  const inWidgets = (selector: string) => widgets.flatMap((widget) => [...widget.querySelectorAll(selector)]).filter((el, i, all) => all.indexOf(el) === i);
  const shown = (el: Element) => el.getClientRects().length > 0 && el.checkVisibility();

  // Nothing of the widget reaches outside the column, no box and no text in it. (The page as a
  // whole may scroll for the host's own text: the hostile page's heading does.)
  for (const el of inWidgets('*').filter(shown)) {
    const { left, right } = el.getBoundingClientRect();
    if (left < -0.5 || right > WIDTH + 0.5) fail(el, `reaches outside the column (${Math.round(left)} to ${Math.round(right)} px)`);
    if (el.clientWidth && el.scrollWidth > el.clientWidth + 1) fail(el, `has content ${el.scrollWidth} px wide in ${el.clientWidth} px`);
  }

  for (const widget of widgets) {
    const walker = doc.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || !shown(parent)) continue;
      if (px(parent, 'font-size') < 14) fail(parent, `has text of ${px(parent, 'font-size')} px`);
      const textContrast = contrast(computed(parent, 'color'), backgroundBehind(parent));
      if (textContrast < 4.5) fail(parent, `has text of contrast ${textContrast.toFixed(2)}`);
    }
  }

  for (const heading of inWidgets('h1, h2, h3, h4, h5, h6').filter(shown)) {
    const text = heading.closest('.hechting-widget')!.querySelector('p')!;
    const textOfHeading = heading.firstElementChild ?? heading;
    const larger = px(textOfHeading, 'font-size') >= 1.1 * px(text, 'font-size');
    const bolder = px(textOfHeading, 'font-weight') >= px(text, 'font-weight') + 200;
    if (!larger && !bolder) fail(heading, `is neither larger nor bolder than the text (${computed(textOfHeading, 'font-size')} ${computed(textOfHeading, 'font-weight')})`);
    if (computed(heading, 'display') !== 'block') fail(heading, `is display: ${computed(heading, 'display')}`);
  }

  for (const link of inWidgets('a').filter(shown)) {
    if (computed(link, 'display') !== 'inline') fail(link, `is display: ${computed(link, 'display')}`);
    if (!computed(link, 'text-decoration-line').includes('underline')) fail(link, 'is not underlined');
  }

  for (const list of inWidgets('ul').filter(shown)) {
    if (computed(list, 'display') !== 'block') fail(list, `is display: ${computed(list, 'display')}`);
    if (computed(list, 'list-style-type') !== 'disc') fail(list, `has markers "${computed(list, 'list-style-type')}"`);
    if (px(list, 'padding-inline-start') < 8) fail(list, 'has no room for its markers');
  }
  for (const item of inWidgets('li').filter(shown)) {
    if (computed(item, 'display') !== 'list-item') fail(item, `is display: ${computed(item, 'display')}`);
  }
  // A collapsible section's button: its text has the marker.
  for (const button of inWidgets('.hechting-disclosure')) {
    const marker = isOpen(button.closest('.hechting-section')!) ? 'disclosure-open' : 'disclosure-closed';
    const text = button.firstElementChild!;
    if (computed(text, 'display') !== 'list-item' || computed(text, 'list-style-type') !== marker) fail(button, `has no ${marker} marker`);
    if (button.getBoundingClientRect().height < 24) fail(button, `is ${button.getBoundingClientRect().height.toFixed(0)} px high`);
  }

  // Space between paragraphs and lists that follow each other: at least half a line.
  // (Who made the text and when it was reviewed are two lines of one note.)
  const hasText = (el: Element | null): el is Element => !!el && shown(el) && !!el.textContent!.trim();
  for (const block of inWidgets('p, ul').filter(hasText)) {
    const next = block.nextElementSibling;
    if (!hasText(next) || !next.matches('p, ul') || next.matches('.hechting-attribution + .hechting-last-reviewed')) continue;
    const gap = next.getBoundingClientRect().top - block.getBoundingClientRect().bottom;
    if (gap < 0.5 * px(block, 'font-size')) fail(next, `follows the block above ${gap.toFixed(1)} px below it`);
  }

  // WCAG 2.5.8 for every control, links too: 24 × 24 px, or spaced apart enough.
  fails.push(...targetSizeFailures(targetsIn(root).filter((el) => el.closest('.hechting-widget'))));

  // (A collapsible section's button is its heading's text with a marker, as checked above.)
  for (const button of inWidgets('button:not(.hechting-disclosure)').filter(shown)) {
    const { width, height } = button.getBoundingClientRect();
    if (width < 24 || height < 24) fail(button, `is ${width.toFixed(0)} × ${height.toFixed(0)} px`);
    const boundary = contrast(computed(button, 'border-top-color'), backgroundBehind(button));
    if (computed(button, 'border-top-style') !== 'solid' || px(button, 'border-top-width') < 1 || boundary < 3) fail(button, 'has no visible boundary');
    // (A button in a row of buttons is a flex item, which makes it a block.)
    if (!['inline-block', 'block'].includes(computed(button, 'display'))) fail(button, `is display: ${computed(button, 'display')}`);
  }
  return fails;
}

/** Opens every section, as a reader does, and waits for the widgets to render again. */
async function openAllSections(root: Element) {
  openSections(root);
  await widgetsRendered(root);
}

/** A page of its own, at 320 px, with the host's stylesheet and the static HTML (no script). */
async function staticPage(css: string, lang: string, frames: HTMLIFrameElement[]): Promise<Element> {
  const placements = await Promise.all(PLACEMENTS.map((name) => fetchText(`/dist/html/${lang}/${name}.html`)));
  const frame = document.createElement('iframe');
  frame.width = String(WIDTH);
  frame.height = '640';
  document.body.append(frame);
  frames.push(frame);
  const doc = frame.contentDocument!;
  const stylesheet = Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: '/dist/hechting-widget.css' });
  const loaded = new Promise((resolve) => stylesheet.addEventListener('load', resolve, { once: true }));
  doc.head.append(Object.assign(doc.createElement('style'), { textContent: css }), stylesheet);
  const main = doc.body.appendChild(doc.createElement('main'));
  main.lang = lang;
  // The static HTML as a CMS page holds it; it is the built file, parsed as the page's own.
  main.innerHTML = placements.join('\n');
  await loaded;
  return main;
}

describe('host pages', function () {
  // Bootstrap's 230 kB stylesheet is parsed once per page.
  this.timeout(30000);
  const staticFrames: HTMLIFrameElement[] = [];
  afterEach(() => staticFrames.splice(0).forEach((frame) => frame.remove()));

  for (const host of HOSTS) {
    describe(host.name, () => {
      let css = '';
      before(async () => (css = await host.css()));

      for (const lang of LANGUAGES) {
        it(`every element and option in lang="${lang}": headings, links, lists, buttons, text size and reflow hold`, async () => {
          const root = await framedPage(page(lang), { width: WIDTH, css });
          expect(root.querySelectorAll('.hechting-widget').length).to.equal(6);
          expect(whatFails(root)).to.deep.equal([]);
          await openAllSections(root);
          expect(whatFails(root)).to.deep.equal([]);
        });
      }

      for (const lang of ['nl', 'ar']) {
        it(`the static HTML with dist/hechting-widget.css in lang="${lang}" holds too`, async () => {
          const root = await staticPage(css, lang, staticFrames);
          expect(root.querySelectorAll('.hechting-widget').length).to.equal(PLACEMENTS.length);
          expect(whatFails(root)).to.deep.equal([]);
        });
      }

      it('shows a focus ring of 3:1 on every control, and the next-tip button works by keyboard', async () => {
        const root = await framedPage(page('nl'), { width: WIDTH, css });
        const controls = [...root.querySelectorAll<HTMLElement>('.hechting-widget :is(button, a[href])')];
        expect(controls.length).to.be.greaterThan(10);
        // A focus that a script moves shows only in a page that has the focus, which a test page in
        // a background tab has not (Chromium runs two test files side by side): a key press gives it.
        await sendKeys({ press: 'Shift' });
        const unfocused: string[] = [];
        for (const control of controls) {
          control.focus({ focusVisible: true } as FocusOptions);
          if (!control.matches(':focus-visible') || computed(control, 'outline-style') === 'none' || px(control, 'outline-width') < 2 || focusRing(control).contrast < 3)
            unfocused.push(describeElement(control));
        }
        expect(unfocused).to.deep.equal([]);
        const tips = root.querySelector('band-tips[mode]')!;
        const tip = () => tips.querySelector('.hechting-tip-text')!.textContent;
        const before = tip();
        tips.querySelector<HTMLElement>('.hechting-tip button')!.focus();
        await sendKeys({ press: 'Enter' });
        await widgetsRendered(tips);
        expect(tip()).not.to.equal(before);
      });
    });
  }
});

/**
 * On a page with its own heading, text and link styles (a component framework, the NL Design
 * System themes), the widget's headings, text and links are the page's own.
 */
describe('host pages with their own heading and link styles', () => {
  const LOOK = {
    heading: ['font-size', 'font-weight', 'font-family', 'color', 'line-height', 'text-transform', 'letter-spacing'],
    text: ['font-size', 'font-weight', 'font-family', 'color', 'line-height'],
    link: ['color', 'font-weight', 'text-decoration-line', 'text-decoration-style', 'text-decoration-color'],
  };
  const styled = [
    { name: 'Bootstrap 5', className: '', stylesheets: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'] },
    ...THEMES.filter((theme) => ['utrecht', 'voorbeeld'].includes(theme.id)).map((theme) => ({ name: theme.label, className: theme.className, stylesheets: theme.stylesheets })),
  ];

  for (const host of styled) {
    it(`${host.name}: the widget's headings, paragraphs and links look like the page's own`, async () => {
      const css = (await Promise.all(host.stylesheets.map(fetchText))).join('\n');
      const root = await framedPage(html`<div class=${host.className}>${page('nl')}</div>`, { width: WIDTH, css });
      const widget = root.querySelector('hechting-uitleg')!;
      const pairs: [string, Element, Element, string[]][] = [
        ['h2 (title)', root.querySelector('h2.host')!, widget.querySelector('h2 > span')!, LOOK.heading],
        ['h3 (section)', root.querySelector('h3.host')!, widget.querySelector('h3 > span')!, LOOK.heading],
        ['p', root.querySelector('p.host')!, widget.querySelector('.hechting-section p')!, LOOK.text],
        ['a', root.querySelector('a.host')!, root.querySelector('main > hulp-link .hechting-help-link')!, LOOK.link],
      ];
      const differences = pairs.flatMap(([what, own, widgets, properties]) =>
        properties
          .filter((property) => computed(own, property) !== computed(widgets, property))
          .map((property) => `${what} ${property}: page ${computed(own, property)}, widget ${computed(widgets, property)}`),
      );
      expect(differences).to.deep.equal([]);
    });
  }
});
