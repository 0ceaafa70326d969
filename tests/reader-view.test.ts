import { expect } from '@open-wc/testing';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import { collapsibleSections, isOpen, loadFrame, readContentFile, readInterfaceStrings, readPlacement, TAGS, textOf, widgetsRendered, type FramePage, type Placement } from './helpers.js';

// Reader View: Mozilla's Readability, the library behind Firefox's Reader View, takes the article
// out of a page by scoring its blocks (by tag, text length, commas, links, and class names and
// ids). On realistic host pages, every element must come through whole: its title, every heading,
// paragraph and list item, the tip of the day with its heading, the help link. The pages load
// dist/hechting-widget.js as a host does, or the static HTML of dist/html/ with no script; run
// `npm run build` first (npm test does).
//
// Assertions are on strings and numbers only: chai's message on an element of another frame can
// hang the browser.

declare global {
  interface Window {
    Readability: typeof ReadabilityType;
  }
}

const READABILITY = '/node_modules/@mozilla/readability/Readability.js';
const PAGE_URL = 'https://www.voorbeeldstad.nl/jeugd-en-gezin/opvoeden';

/** Readability.js is CommonJS; as a classic script, as a web page loads it, it defines `Readability`. */
async function loadReadability(): Promise<void> {
  if (window.Readability) return;
  const script = Object.assign(document.createElement('script'), { src: READABILITY });
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${READABILITY} did not load`));
  });
  document.head.append(script);
  await loaded;
}

let worker: Worker;
let requests = 0;

/** What Readability gives: the article's text, and its HTML. */
type Article = { text: string; html: string };

/** Firefox's way (tests/reader-view-worker.js): the page serialized, then JSDOMParser and Readability in a worker. */
function readInWorker(page: FramePage): Promise<Article | null> {
  const id = ++requests;
  const html = new page.window.XMLSerializer().serializeToString(page.document);
  return new Promise((resolve, reject) => {
    const answer = ({ data }: MessageEvent<{ id: number; article: Article | null }>) => {
      if (data.id !== id) return;
      worker.removeEventListener('message', answer);
      resolve(data.article);
    };
    worker.addEventListener('message', answer);
    worker.onerror = (event) => reject(new Error(`Reader View worker: ${event.message}`));
    worker.postMessage({ id, html, url: PAGE_URL });
  });
}

/** The way tools that take a page's HTML run it: the engine's own parser, then Readability. */
async function readInPage(page: FramePage): Promise<Article | null> {
  const doc = new DOMParser().parseFromString(page.document.documentElement.outerHTML, 'text/html');
  const article = new window.Readability(doc).parse();
  return article ? { text: article.textContent ?? '', html: article.content ?? '' } : null;
}

const READERS = { 'Firefox Reader View (JSDOMParser in a worker)': readInWorker, "Readability on the engine's DOM": readInPage };

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What a reader must get of the elements on a page: the text of every heading, paragraph and list
 * item in them, as rendered. Buttons are left out: Readability removes every button, and in
 * Reader View they would do nothing. A collapsible section's heading is a button, but its text
 * is the heading's, and stays.
 */
function contentBlocks(doc: Document): string[] {
  return [...doc.querySelectorAll('.hechting-widget :is(h1, h2, h3, h4, h5, h6, p, li)')]
    .map((block) => {
      const copy = block.cloneNode(true) as Element;
      for (const button of copy.querySelectorAll('button:not(.hechting-disclosure)')) button.remove();
      return textOf(copy);
    })
    .filter((text) => text !== '');
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The blocks missing from the article; a text shown twice (the same attribution) must be there twice. */
function missingFrom(article: Article | null, blocks: string[]): string[] {
  const text = fold(article?.text ?? '');
  return [...new Set(blocks)].filter((block) => occurrences(text, block) < blocks.filter((other) => other === block).length);
}

/** A host page: around `widgets`, what a site of its kind has on every page. */
type Host = (widgets: string) => string;

const SITE_HEADER = `<a class="skiplink" href="#content">Naar de inhoud</a>
  <header class="site-header">
    <a href="/" class="logo">Gemeente Voorbeeldstad</a>
    <form role="search" action="/zoeken"><label>Zoeken <input type="search" name="q"></label><button>Zoek</button></form>
    <nav aria-label="Hoofdmenu"><ul>
      <li><a href="/wonen">Wonen en leven</a></li><li><a href="/zorg">Zorg en welzijn</a></li>
      <li><a href="/jeugd-en-gezin">Jeugd en gezin</a></li><li><a href="/werk">Werk en inkomen</a></li>
      <li><a href="/afval">Afval</a></li><li><a href="/contact">Contact</a></li>
    </ul></nav>
  </header>
  <nav class="breadcrumbs" aria-label="Kruimelpad"><ol>
    <li><a href="/">Home</a></li><li><a href="/jeugd-en-gezin">Jeugd en gezin</a></li><li aria-current="page">Opvoeden</li>
  </ol></nav>`;

const SITE_END = `<aside aria-labelledby="zie-ook"><h2 id="zie-ook">Zie ook</h2><ul>
    <li><a href="/kinderopvang">Kinderopvang</a></li><li><a href="/kinderopvangtoeslag">Kinderopvangtoeslag</a></li>
    <li><a href="/jeugdhulp">Jeugdhulp</a></li>
  </ul></aside>
  <footer class="site-footer">
    <p>Gemeente Voorbeeldstad, Postbus 100, 1234 AB Voorbeeldstad. Telefoon 14 0123, maandag tot en met vrijdag van 8.30 tot 17.00 uur.</p>
    <ul><li><a href="/privacy">Privacy</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li><li><a href="/cookies">Cookies</a></li></ul>
  </footer>`;

const HOSTS: Record<string, { title: string; page: Host }> = {
  // Hand-written HTML: the skip link's target is the content.
  'a municipality page': {
    title: 'Opvoeden | Gemeente Voorbeeldstad',
    page: (widgets) => `${SITE_HEADER}
      <main id="content">
        <h1>Opvoeden</h1>
        <p>Als ouder wil je dat je kind zich veilig voelt. Op deze pagina lees je wat hechting is, en hoe je een goede band opbouwt met je kind.</p>
        ${widgets}
        <p>Heeft u vragen? Het Centrum voor Jeugd en Gezin in onze gemeente helpt u graag, ook als u gewoon even wilt praten.</p>
      </main>
      ${SITE_END}`,
  },
  // As a CMS like Drupal renders a page: the text in the body field, with more text of the host's
  // own than the article needs (Readability's 500 characters), so that no retry hides a loss.
  'a municipality page from a CMS, with more text of its own': {
    title: 'Opvoeden en opgroeien | Gemeente Voorbeeldstad',
    page: (widgets) => `${SITE_HEADER}
      <main id="main-content" class="layout">
        <div class="region region-content"><article class="node node--type-page">
          <h1 class="page-title">Opvoeden en opgroeien</h1>
          <div class="clearfix text-formatted field field--name-body">
            <p>Als ouder wil je dat je kind zich veilig voelt. Op deze pagina lees je wat hechting is, en hoe je een goede band opbouwt met je kind.</p>
            <p>De gemeente Voorbeeldstad werkt samen met het consultatiebureau, de huisartsen en de kinderopvang. Samen willen we dat elk kind gezond en veilig opgroeit, thuis, op de opvang en op school.</p>
            <p>Heeft u een vraag over uw kind, of maakt u zich zorgen? Bel dan gerust met het Centrum voor Jeugd en Gezin, ook in de avond. U kunt ook langskomen op het inloopspreekuur, elke woensdag van 9.00 tot 12.00 uur, in het gemeentehuis.</p>
            ${widgets}
            <p>Deze informatie is gemaakt met het Nederlands Centrum Jeugdgezondheid. Wij passen haar aan als er iets verandert.</p>
          </div>
        </article></div>
      </main>
      ${SITE_END}`,
  },
  // A page written by hand: a <main> with neither class nor id (Readability looks for words such
  // as "content" and "main" in them) and one short paragraph of its own. Readability takes the
  // element with the most text as the article; the others must come with it as its siblings.
  'a bare page': {
    title: 'Opvoeden | Gemeente Voorbeeldstad',
    page: (widgets) => `<main>
        <h1>Opvoeden</h1>
        <p>Als ouder wil je dat je kind zich veilig voelt. Op deze pagina lees je wat hechting is, en hoe je een goede band opbouwt met je kind.</p>
        ${widgets}
      </main>`,
  },
  // The elements straight in <body> among the host's paragraphs: Readability never takes the body
  // itself as the article, however much text it holds.
  'a page with everything in its body': {
    title: 'Opvoeden | Gemeente Voorbeeldstad',
    page: (widgets) => `<h1>Opvoeden</h1>
      <p>Als ouder wil je dat je kind zich veilig voelt. Op deze pagina lees je wat hechting is, en hoe je een goede band opbouwt met je kind.</p>
      <p>De gemeente Voorbeeldstad werkt samen met het consultatiebureau, de huisartsen en de kinderopvang. Samen willen we dat elk kind gezond en veilig opgroeit, thuis, op de opvang en op school.</p>
      ${widgets}
      <p>Heeft u een vraag over uw kind, of maakt u zich zorgen? Bel dan gerust met het Centrum voor Jeugd en Gezin, ook in de avond. U kunt ook langskomen op het inloopspreekuur, elke woensdag van 9.00 tot 12.00 uur.</p>`,
  },
  // A daycare site on a blog CMS such as WordPress: a short page around the tip of the day.
  'a daycare page': {
    title: 'Tips voor ouders – Kinderdagverblijf De Boomhut',
    page: (widgets) => `<div id="page" class="site">
        <header id="masthead" class="site-header"><p class="site-title"><a href="/">Kinderdagverblijf De Boomhut</a></p>
          <nav id="site-navigation" class="main-navigation" aria-label="Menu"><ul>
            <li><a href="/">Home</a></li><li><a href="/over-ons">Over ons</a></li><li><a href="/groepen">Groepen</a></li>
            <li><a href="/tarieven">Tarieven</a></li><li><a href="/inschrijven">Inschrijven</a></li>
          </ul></nav></header>
        <div id="content" class="site-content"><main id="main" class="site-main">
          <article class="page type-page status-publish">
            <header class="entry-header"><h1 class="entry-title">Tips voor ouders</h1></header>
            <div class="entry-content">
              <p>Elke dag geven onze pedagogisch medewerkers een tip voor thuis. Zo werken we samen aan een goede band met uw kind.</p>
              ${widgets}
            </div>
          </article>
        </main></div>
        <footer id="colophon" class="site-footer"><p>Kinderdagverblijf De Boomhut, Lindelaan 4, Voorbeeldstad. Bel ons: 012 345 6789.</p></footer>
      </div>`,
  },
};

const HELP = 'href="https://www.cjg-voorbeeldstad.nl/hulp" organization="Centrum voor Jeugd en Gezin Voorbeeldstad" phone="0800 123 45 67"';
const HELP_OPTIONS = new URLSearchParams({ href: 'https://www.cjg-voorbeeldstad.nl/hulp', organization: 'Centrum voor Jeugd en Gezin Voorbeeldstad', phone: '0800 123 45 67' }).toString();

/** The layouts: each element alone, in each of its forms, and the elements together. */
const LAYOUTS: Record<string, string> = {
  '<hechting-uitleg> alone': '<hechting-uitleg></hechting-uitleg>',
  '<hechting-uitleg collapsible> alone, its sections closed': '<hechting-uitleg collapsible></hechting-uitleg>',
  '<band-tips> alone': '<band-tips></band-tips>',
  '<band-tips mode="tip-of-the-day"> alone': '<band-tips mode="tip-of-the-day"></band-tips>',
  "<hulp-link> alone, with the host's page, organisation and phone": `<hulp-link ${HELP}></hulp-link>`,
  '<hulp-link> alone, with where a parent can turn': '<hulp-link></hulp-link>',
  '<hechting-uitleg> with its own <hulp-link>': '<hechting-uitleg hulp-href="https://www.cjg-voorbeeldstad.nl/hulp"></hechting-uitleg>',
  // The README's limit for a link text of the host's own: Readability drops a block whose text is
  // more than a fifth link (the help box, with a long link text), in Arabic soonest.
  '<hechting-uitleg> with its own <hulp-link>, its link text 34 characters long':
    '<hechting-uitleg hulp-href="https://www.cjg-voorbeeldstad.nl/hulp" hulp-label="Naar de website van Jeugd en Gezin"></hechting-uitleg>',
  '<hechting-uitleg> followed by the tip of the day': '<hechting-uitleg></hechting-uitleg>\n<band-tips mode="tip-of-the-day"></band-tips>',
  '<hechting-uitleg collapsible> followed by the tip of the day': '<hechting-uitleg collapsible></hechting-uitleg>\n<band-tips mode="tip-of-the-day"></band-tips>',
  'the tip of the day followed by <hulp-link>': `<band-tips mode="tip-of-the-day"></band-tips>\n<hulp-link ${HELP}></hulp-link>`,
  '<hechting-uitleg> followed by <hulp-link>': `<hechting-uitleg></hechting-uitleg>\n<hulp-link ${HELP}></hulp-link>`,
  'all elements together': `<hechting-uitleg></hechting-uitleg>\n<band-tips></band-tips>\n<band-tips mode="tip-of-the-day"></band-tips>\n<hulp-link ${HELP}></hulp-link>`,
  // Language buttons and, in a translation, the note with its button: in Reader View neither the
  // buttons nor their label, while the note says what the reader reads.
  '<hechting-uitleg languages> followed by the tip of the day with language buttons':
    '<hechting-uitleg languages></hechting-uitleg>\n<band-tips mode="tip-of-the-day" languages="nl en ar"></band-tips>',
  '<band-tips mode="tip-of-the-day" languages> alone': '<band-tips mode="tip-of-the-day" languages></band-tips>',
};

/**
 * Which layouts go on which host, and in which languages; `pageClass` on each element, as a page
 * or a framework's className may give it.
 */
const CASES: { host: string; layout: string; lang: string; pageClass?: string }[] = [
  ...Object.keys(LAYOUTS).map((layout) => ({ host: 'a municipality page', layout, lang: 'nl' })),
  { host: 'a municipality page', layout: 'all elements together', lang: 'ar' },
  { host: 'a municipality page', layout: 'all elements together', lang: 'uk' },
  { host: 'a municipality page from a CMS, with more text of its own', layout: '<hechting-uitleg> followed by the tip of the day', lang: 'nl' },
  { host: 'a municipality page from a CMS, with more text of its own', layout: '<hechting-uitleg collapsible> followed by the tip of the day', lang: 'nl' },
  { host: 'a municipality page from a CMS, with more text of its own', layout: 'all elements together', lang: 'nl' },
  { host: 'a municipality page from a CMS, with more text of its own', layout: '<hechting-uitleg> with its own <hulp-link>, its link text 34 characters long', lang: 'ar' },
  { host: 'a daycare page', layout: '<band-tips mode="tip-of-the-day"> alone', lang: 'nl' },
  { host: 'a daycare page', layout: 'the tip of the day followed by <hulp-link>', lang: 'nl' },
  // A short page: Readability retries without its cleaning, and takes the longest of its tries.
  { host: 'a daycare page', layout: '<band-tips mode="tip-of-the-day" languages> alone', lang: 'en' },
  { host: 'a municipality page', layout: '<hechting-uitleg languages> followed by the tip of the day with language buttons', lang: 'en' },
  // Elements written by hand side by side, without a class, where the page gives Readability no
  // block to take them all in: they come through together by the class they give themselves,
  // also beside a class of the page's own that they all have.
  { host: 'a bare page', layout: '<hechting-uitleg> followed by the tip of the day', lang: 'nl' },
  { host: 'a bare page', layout: '<hechting-uitleg collapsible> followed by the tip of the day', lang: 'nl' },
  { host: 'a bare page', layout: 'the tip of the day followed by <hulp-link>', lang: 'nl' },
  { host: 'a bare page', layout: '<hechting-uitleg> followed by <hulp-link>', lang: 'ar' },
  { host: 'a page with everything in its body', layout: 'all elements together', lang: 'nl' },
  { host: 'a page with everything in its body', layout: '<hechting-uitleg> followed by the tip of the day', lang: 'uk' },
  { host: 'a bare page', layout: '<hechting-uitleg> followed by the tip of the day', lang: 'nl', pageClass: 'mt-4' },
  { host: 'a page with everything in its body', layout: 'all elements together', lang: 'nl', pageClass: 'blok' },
];

/** Placements, as an editor makes them: each becomes its element. */
const PLACEMENT_CASES: { host: string; placements: [Placement, string?][] }[] = [
  { host: 'a bare page', placements: [['hechting-uitleg'], ['band-tips-tip-of-the-day']] },
  { host: 'a bare page', placements: [['hechting-uitleg'], ['hulp-link', HELP_OPTIONS]] },
  { host: 'a page with everything in its body', placements: [['hechting-uitleg'], ['band-tips'], ['band-tips-tip-of-the-day'], ['hulp-link', HELP_OPTIONS]] },
];

async function hostPage(host: string, widgets: string, lang: string, head: string): Promise<FramePage> {
  const page = await loadFrame({ head, body: HOSTS[host].page(widgets) });
  page.document.documentElement.lang = lang;
  page.document.title = HOSTS[host].title;
  return page;
}

/** Every element's title is its content's: the blocks to look for are the ones the elements show. */
async function expectTitles(page: FramePage, lang: string): Promise<void> {
  const tags = TAGS.filter((tag) => page.document.querySelector(tag));
  const titles = [...page.document.querySelectorAll('.hechting-title')].map(textOf);
  for (const tag of tags) expect(titles).to.include((await readContentFile(lang, tag)).title);
}

/**
 * What in the article names or frames controls that are not there: Readability removes every
 * button, so a group or fieldset left in it is empty, and a label of the language buttons
 * ("Kies een taal", in the page's language) labels nothing.
 */
async function orphansIn(article: Article | null, lang: string): Promise<string[]> {
  if (!article) return [];
  const label = (await readInterfaceStrings(lang))['language-switcher.label'];
  const content = new DOMParser().parseFromString(article.html, 'text/html').body;
  return [
    ...[...content.querySelectorAll('fieldset, legend, [role="group"], [role="radiogroup"], [role="toolbar"]')].map((group) => group.outerHTML),
    ...(fold(article.text).includes(label) ? [`the text "${label}"`] : []),
  ];
}

/**
 * Reads the page with `read` and returns the blocks that are not in the article, and what in the
 * article labels controls that are not there.
 */
async function readAndCompare(page: FramePage, read: (page: FramePage) => Promise<Article | null>, lang: string): Promise<{ missing: string[]; orphans: string[] }> {
  const blocks = contentBlocks(page.document);
  expect(blocks.length).to.be.greaterThan(2);
  const article = await read(page);
  return { missing: missingFrom(article, blocks), orphans: await orphansIn(article, lang) };
}

/**
 * Each tip the card shows: the tip of the day is today's, so each one is read in turn (with
 * "Volgende tip"), and the test does not depend on the date it runs.
 */
async function forEachTip(page: FramePage, check: (tip: string) => Promise<void>): Promise<number> {
  const card = () => page.document.querySelector('.hechting-tip-text');
  const seen = new Set<string>();
  for (let tip = card() ? textOf(card()!) : ''; !seen.has(tip); tip = card() ? textOf(card()!) : '') {
    seen.add(tip);
    await check(tip);
    const next = page.document.querySelector<HTMLButtonElement>('.hechting-tip .hechting-button');
    if (!next) break;
    next.click();
    await widgetsRendered(page.document.body);
  }
  return seen.size;
}

describe('Reader View', () => {
  before(async () => {
    await loadReadability();
    worker = new Worker('/tests/reader-view-worker.js');
  });
  after(() => worker.terminate());

  describe('with the script', () => {
    for (const { host, layout, lang, pageClass } of CASES) {
      describe(`${layout} on ${host} (${lang})${pageClass ? `, each with class="${pageClass}"` : ''}`, () => {
        for (const [reader, read] of Object.entries(READERS)) {
          it(`${reader} keeps every block of text`, async () => {
            const widgets = LAYOUTS[layout].replace(/<(hechting-uitleg|band-tips|hulp-link)/g, `<$1 lang="${lang}"${pageClass ? ` class="${pageClass}"` : ''}`);
            const page = await hostPage(host, widgets, lang, '<script src="/dist/hechting-widget.js"></script>');
            await expectTitles(page, lang);
            if (layout.includes('collapsible')) {
              const sections = collapsibleSections(page.document);
              expect(sections.length).to.be.greaterThan(0);
              expect(sections.filter(isOpen).length, 'the sections are closed').to.equal(0);
            }
            const tips = await forEachTip(page, async (tip) => {
              expect(await readAndCompare(page, read, lang), tip ? `with the tip "${tip}"` : undefined).to.deep.equal({ missing: [], orphans: [] });
            });
            if (layout.includes('tip of the day') || layout.includes('tip-of-the-day') || layout.includes('all elements')) {
              expect(tips, 'tips read').to.be.greaterThan(4);
            }
          });
        }
      });
    }
  });

  describe('placements, with the script', () => {
    for (const { host, placements } of PLACEMENT_CASES) {
      for (const [reader, read] of Object.entries(READERS)) {
        it(`${placements.map(([name]) => name).join(', ')} on ${host}: ${reader} keeps every block of text`, async () => {
          const links = await Promise.all(placements.map(([name, options]) => readPlacement('nl', name, options)));
          const page = await hostPage(host, links.join('\n'), 'nl', '<script src="/dist/hechting-widget.js"></script>');
          expect(page.document.querySelectorAll(`:is(${TAGS.join(', ')}) > .hechting-widget`).length, 'the placements became elements').to.equal(placements.length);
          await expectTitles(page, 'nl');
          await forEachTip(page, async (tip) => {
            expect(await readAndCompare(page, read, 'nl'), tip ? `with the tip "${tip}"` : undefined).to.deep.equal({ missing: [], orphans: [] });
          });
        });
      }
    }
  });

  describe('the class the elements give themselves', () => {
    for (const [reader, read] of Object.entries(READERS)) {
      it(`stays beside the page's own, also when the page sets its classes anew after the first render, as React and Vue do: ${reader} keeps every block of text`, async () => {
        const widgets = `<hechting-uitleg class="tekst"></hechting-uitleg>\n<band-tips mode="tip-of-the-day"></band-tips>\n<hulp-link ${HELP}></hulp-link>`;
        const page = await hostPage('a bare page', widgets, 'nl', '<script src="/dist/hechting-widget.js"></script>');
        const [uitleg, tips, help] = TAGS.map((tag) => page.document.querySelector(tag)!);
        const classes = () => [uitleg, tips, help].map((element) => element.className);
        // The short ones (the tip of the day, the help box) also have hechting-text.
        expect(classes()).to.deep.equal(['tekst hechting-element', 'hechting-element hechting-text', 'hechting-element hechting-text']);

        // A framework sets the class anew on an update: the element adds its own back, once.
        // Elements side by side keep the same classes, as the README asks of a page that gives them its own.
        const observer = new page.window.MutationObserver(() => {});
        observer.observe(tips, { attributeFilter: ['class'] });
        uitleg.removeAttribute('class');
        uitleg.className = 'blok';
        tips.className = 'blok';
        help.setAttribute('class', 'blok');
        expect(classes()).to.deep.equal(['blok hechting-element', 'blok hechting-element hechting-text', 'blok hechting-element hechting-text']);
        expect(observer.takeRecords().length, "the page's change and the element's").to.equal(2);
        observer.disconnect();
        // A tip of the day that becomes a list is short no more.
        tips.setAttribute('mode', 'list');
        await widgetsRendered(page.document.body);
        expect(tips.className).to.equal('blok hechting-element');
        tips.setAttribute('mode', 'tip-of-the-day');
        await widgetsRendered(page.document.body);
        expect(tips.className).to.equal('blok hechting-element hechting-text');

        await forEachTip(page, async (tip) => {
          expect(await readAndCompare(page, read, 'nl'), `with the tip "${tip}"`).to.deep.equal({ missing: [], orphans: [] });
        });
      });
    }
  });

  describe('the static HTML of dist/html, with dist/hechting-widget.css and no script', () => {
    const snippets = async (names: string[]) =>
      (
        await Promise.all(
          names.map(async (name) => {
            const response = await fetch(`/dist/html/nl/${name}.html`);
            if (!response.ok) throw new Error(`dist/html/nl/${name}.html: ${response.status}`);
            return response.text();
          }),
        )
      ).join('\n');
    const UITLEG_AND_TIP = ['hechting-uitleg', 'band-tips-tip-of-the-day'];
    const STATIC_CASES = [
      { layout: '<hechting-uitleg> followed by the tip of the day', names: UITLEG_AND_TIP, host: 'a municipality page' },
      { layout: 'every snippet together', names: ['hechting-uitleg', 'band-tips', 'band-tips-tip-of-the-day', 'hulp-link'], host: 'a municipality page' },
      // The snippets carry the classes the elements give themselves, as the script renders them.
      { layout: '<hechting-uitleg> followed by the tip of the day', names: UITLEG_AND_TIP, host: 'a bare page' },
    ];
    for (const { layout, names, host } of STATIC_CASES) {
      for (const [reader, read] of Object.entries(READERS)) {
        it(`${layout} on ${host}: ${reader} keeps every block of text`, async () => {
          const page = await hostPage(host, await snippets(names), 'nl', '<link rel="stylesheet" href="/dist/hechting-widget.css">');
          expect(page.document.querySelector('script[src*="hechting-widget"]') === null, 'no script').to.equal(true);
          await expectTitles(page, 'nl');
          expect(await readAndCompare(page, read, 'nl')).to.deep.equal({ missing: [], orphans: [] });
        });
      }
    }
  });
});
