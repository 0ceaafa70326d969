// `node scripts/reader-view-sweep.mjs` (after `npm run build`): how often Reader View loses text
// of elements a page writes by hand side by side, for each way the elements could be classed.
// Not part of npm test: it takes minutes, and it measures a choice rather than checking behaviour
// (tests/reader-view.test.ts checks the behaviour).
//
// Readability (Firefox's Reader View) takes the block with the most text as the article, and adds
// an element beside it only if that scores at least max(10, a fifth of the top score) or has the
// very same className. A tip of the day or a <hulp-link> scores about 4 to 9. The sweep renders
// each layout of elements once with dist/hechting-widget.js in headless Chromium, puts copies of
// the rendered elements into host pages of many kinds, gives them the classes of each design,
// and reads each page as Firefox does (XMLSerializer, JSDOMParser, Readability). A page variant
// loses text when a heading, paragraph or list item of an element is not in the article.
//
// Options: --designs=a,b (keys of DESIGNS), --limit=N (renders), --json (one JSON line at the end),
// --write (the figures into docs/reader-view-sweep.json, which the README's figures are checked
// against by tests/build/docs.test.mjs; run it with every design and no limit).
// Time: about 2 to 3 minutes a design on two busy cores (five designs: 11 minutes at a load of 12).
import puppeteer from 'puppeteer-core';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findEngine } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));

// ---------------------------------------------------------------------------------------------
// Host pages: amounts of text of their own × wrappers × site chrome (56 variants).

/** The host's own paragraphs, as a municipality writes them; the first `amount` of them are used. */
const HOST_PARAGRAPHS = [
  'Als ouder wil je dat je kind zich veilig voelt. Op deze pagina lees je wat hechting is, en hoe je een goede band opbouwt met je kind.',
  'De gemeente Voorbeeldstad werkt samen met het consultatiebureau, de huisartsen en de kinderopvang. Samen willen we dat elk kind gezond en veilig opgroeit, thuis, op de opvang en op school.',
  'Heeft u een vraag over uw kind, of maakt u zich zorgen? Bel dan gerust met het Centrum voor Jeugd en Gezin, ook in de avond. U kunt ook langskomen op het inloopspreekuur, elke woensdag van 9.00 tot 12.00 uur.',
  'Ouders van een kind met een beperking kunnen bij het wijkteam terecht voor advies en ondersteuning. Het wijkteam kijkt samen met u wat er nodig is, en wie daarbij kan helpen.',
  'Bent u net verhuisd naar Voorbeeldstad? Meld uw kind dan aan bij het consultatiebureau in uw wijk. U krijgt daarna vanzelf een uitnodiging voor de eerste afspraak.',
  'Deze informatie is gemaakt met het Nederlands Centrum Jeugdgezondheid. Wij passen haar aan als er iets verandert, en u vindt hier altijd de nieuwste versie.',
];
const AMOUNTS = [0, 1, 3, 6];

/**
 * Where the elements stand: the page's block around its title, its text (`before` and `after`
 * the elements) and the elements; or, in a column of their own, beside the page's text.
 */
const inText = (wrap) => (before, widgets, after) => wrap(`<h1>Opvoeden</h1>${before}${widgets}${after}`);
const WRAPPERS = {
  'straight in <body>': inText((content) => content),
  'a bare <main>': inText((content) => `<main>${content}</main>`),
  'a bare <article>': inText((content) => `<main><article>${content}</article></main>`),
  '<div class="container"> (Bootstrap)': inText((content) => `<div class="container"><div class="row"><div class="col-md-8">${content}</div></div></div>`),
  '<main id="main-content">': inText((content) => `<main id="main-content">${content}</main>`),
  'WordPress: <div class="entry-content">': inText(
    (content) => `<div id="page" class="site"><main id="main" class="site-main"><article class="page type-page"><div class="entry-content">${content}</div></article></main></div>`,
  ),
  'a column of their own beside the text (Bootstrap)': (before, widgets, after) =>
    `<main class="container"><div class="row"><div class="col-md-8"><h1>Opvoeden</h1>${before}${after}</div><div class="col-md-4">${widgets}</div></div></main>`,
};

const SITE_HEADER = `<header class="site-header"><a href="/" class="logo">Gemeente Voorbeeldstad</a>
  <nav aria-label="Hoofdmenu"><ul><li><a href="/wonen">Wonen en leven</a></li><li><a href="/zorg">Zorg en welzijn</a></li>
  <li><a href="/jeugd-en-gezin">Jeugd en gezin</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
  <nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/">Home</a></li><li><a href="/jeugd-en-gezin">Jeugd en gezin</a></li></ol></nav>`;
const SITE_FOOTER = `<aside><h2>Zie ook</h2><ul><li><a href="/kinderopvang">Kinderopvang</a></li><li><a href="/jeugdhulp">Jeugdhulp</a></li></ul></aside>
  <footer class="site-footer"><p>Gemeente Voorbeeldstad, Postbus 100, 1234 AB Voorbeeldstad. Telefoon 14 0123, maandag tot en met vrijdag van 8.30 tot 17.00 uur.</p></footer>`;
const CHROME = {
  'no site header or footer': (main) => main,
  'a site header, navigation and footer': (main) => `${SITE_HEADER}${main}${SITE_FOOTER}`,
};

export const HOSTS = AMOUNTS.flatMap((amount) =>
  Object.entries(WRAPPERS).flatMap(([wrapper, wrap]) =>
    Object.entries(CHROME).map(([chrome, frame]) => {
      const own = HOST_PARAGRAPHS.slice(0, amount);
      const before = own.slice(0, Math.ceil(amount / 2)).map((text) => `<p>${text}</p>`);
      const after = own.slice(Math.ceil(amount / 2)).map((text) => `<p>${text}</p>`);
      return { name: `${amount} paragraphs, ${wrapper}, ${chrome}`, html: frame(wrap(before.join(''), '<!--widgets-->', after.join(''))), own };
    }),
  ),
);

// ---------------------------------------------------------------------------------------------
// Renders: layouts of hand-written elements × languages × each tip × with or without titles.

const HELP = 'href="https://www.cjg-voorbeeldstad.nl/hulp" organization="Centrum voor Jeugd en Gezin Voorbeeldstad" phone="0800 123 45 67"';
const TIP = '<band-tips mode="tip-of-the-day"></band-tips>';
const LAYOUTS = {
  'uitleg, tip of the day': `<hechting-uitleg></hechting-uitleg>${TIP}`,
  'uitleg collapsible, tip of the day': `<hechting-uitleg collapsible></hechting-uitleg>${TIP}`,
  'uitleg, hulp-link': `<hechting-uitleg></hechting-uitleg><hulp-link ${HELP}></hulp-link>`,
  'tip of the day, hulp-link': `${TIP}<hulp-link ${HELP}></hulp-link>`,
  'uitleg, band-tips': '<hechting-uitleg></hechting-uitleg><band-tips></band-tips>',
  'band-tips, tip of the day': `<band-tips></band-tips>${TIP}`,
  'band-tips for young children, tip of the day': `<band-tips age="young"></band-tips>${TIP}`,
  'uitleg, tip of the day, hulp-link': `<hechting-uitleg></hechting-uitleg>${TIP}<hulp-link ${HELP}></hulp-link>`,
  'all four': `<hechting-uitleg></hechting-uitleg><band-tips></band-tips>${TIP}<hulp-link ${HELP}></hulp-link>`,
  'uitleg alone': '<hechting-uitleg></hechting-uitleg>',
  'tip of the day alone': TIP,
  'hulp-link alone': `<hulp-link ${HELP}></hulp-link>`,
};
const LANGUAGES = ['nl', 'ar', 'uk'];
const TIPS = 5;
const OPTIONS = { titles: '', 'no-title': ' no-title' };

export const RENDERS = LANGUAGES.flatMap((lang) =>
  Object.entries(LAYOUTS).flatMap(([layout, markup]) =>
    Object.entries(OPTIONS).flatMap(([option, attribute]) =>
      Array.from({ length: markup.includes('tip-of-the-day') ? TIPS : 1 }, (_, tip) => ({
        name: `${layout} (${lang}, ${option}${markup.includes('tip-of-the-day') ? `, tip ${tip + 1}` : ''})`,
        lang,
        side: markup.match(/<(hechting-uitleg|band-tips|hulp-link)/g).length > 1,
        markup: markup.replace(/<(hechting-uitleg|band-tips|hulp-link)/g, `<$1${attribute}`),
        tip,
      })),
    ),
  ),
);

// ---------------------------------------------------------------------------------------------
// Designs: the classes the elements have on the page. `hostClass` is a class the page (or a
// framework's className) gives the first element.

const DESIGNS = {
  none: { about: 'no class: hand-written elements, the widget adds none', add: [] },
  self: { about: 'the widget classes itself hechting-element', add: ['hechting-element'] },
  'self+host': { about: 'the widget classes itself; the first element also has a class of the page (a framework className)', add: ['hechting-element'], hostClass: 'mt-4' },
  'self-text': {
    about: 'the widget classes itself hechting-element hechting-text ("text" weighs +25 in Readability)',
    add: ['hechting-element', 'hechting-text'],
  },
  'self-text+host': {
    about: 'as above; the first element also has a class of the page',
    add: ['hechting-element', 'hechting-text'],
    hostClass: 'mt-4',
  },
  'short-text': {
    about: 'the widget classes itself hechting-element; the short ones (the tip of the day, <hulp-link>) also hechting-text (the design chosen)',
    add: ['hechting-element'],
    short: ['hechting-text'],
  },
  'short-text+host': { about: 'as above; the first element also has a class of the page', add: ['hechting-element'], short: ['hechting-text'], hostClass: 'mt-4' },
};
const designs = (args.designs ?? Object.keys(DESIGNS).join(',')).split(',');
for (const design of designs) if (!DESIGNS[design]) throw new Error(`unknown design "${design}": ${Object.keys(DESIGNS).join(', ')}`);

// ---------------------------------------------------------------------------------------------
// In the page: render a layout, then read every host page with every design.

/** Renders `markup` in `lang` with the widget, showing tip number `tip`; returns the elements' HTML and text blocks. */
async function renderInPage({ markup, lang, tip }) {
  document.body.replaceChildren();
  const holder = Object.assign(document.createElement('div'), { lang });
  holder.innerHTML = markup;
  document.body.append(holder);
  const elements = [...holder.children];
  const rendered = () => Promise.all(elements.map((element) => element.updateComplete));
  await rendered();
  for (let next = 0; next < tip; next++) {
    holder.querySelector('.hechting-tip .hechting-button').click();
    await rendered();
  }
  // What a reader must get: every heading, paragraph and list item, without the buttons.
  const blocks = [...holder.querySelectorAll('.hechting-widget :is(h1, h2, h3, h4, h5, h6, p, li)')]
    .filter((block) => !block.closest('.hechting-languages'))
    .map((block) => {
      const copy = block.cloneNode(true);
      for (const button of copy.querySelectorAll('button')) button.remove();
      return copy.textContent.replace(/\s+/g, ' ').trim();
    })
    .filter((text) => text !== '');
  return { elements: elements.map((element) => element.outerHTML), blocks };
}

/** Reads each host page with the rendered elements in it, in each design; returns what each lost. */
function readInPage({ elements, blocks, lang, hosts, designs }) {
  const fold = (text) => text.replace(/\s+/g, ' ').trim();
  const occurrences = (text, part) => text.split(part).length - 1;
  const missing = (text, wanted) => [...new Set(wanted)].filter((block) => occurrences(text, block) < wanted.filter((other) => other === block).length);
  const results = [];
  for (const host of hosts) {
    for (const [name, design] of designs) {
      const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html lang="${lang}"><head><title>Opvoeden | Gemeente Voorbeeldstad</title></head><body>${host.html}</body></html>`, 'text/html');
      const marker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT).nextNode();
      const copies = new DOMParser().parseFromString(`<body>${elements.join('')}</body>`, 'text/html').body;
      const placed = [...copies.children].map((element) => doc.importNode(element, true));
      placed.forEach((element, index) => {
        element.removeAttribute('class');
        if (index === 0 && design.hostClass) element.classList.add(design.hostClass);
        element.classList.add(...design.add);
        if (design.short && element.matches('band-tips[mode="tip-of-the-day"], hulp-link')) element.classList.add(...design.short);
      });
      marker.replaceWith(...placed);
      const readerable = isProbablyReaderable(doc);
      const article = new Readability(new JSDOMParser().parse(new XMLSerializer().serializeToString(doc), 'https://www.voorbeeldstad.nl/opvoeden')).parse();
      const text = fold(article?.textContent ?? '');
      results.push({ host: host.name, design: name, readerable, widgetLost: missing(text, blocks).length, hostLost: missing(text, host.own).length });
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------

/** Reads every render on every host page in each design; prints the figures, and writes them with --write. */
async function sweep(renders) {
  const started = performance.now();
  const browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(error));
    await page.setContent('<!DOCTYPE html><html lang="nl"><head><title>sweep</title></head><body></body></html>');
    for (const path of ['dist/hechting-widget.js', ...['JSDOMParser.js', 'Readability.js', 'Readability-readerable.js'].map((file) => `node_modules/@mozilla/readability/${file}`)]) {
      await page.addScriptTag({ path: `${root}${path}` });
    }
    const counts = Object.fromEntries(designs.map((design) => [design, { variants: 0, readerable: 0, widgetLost: 0, widgetLostReaderable: 0, sideBySideLost: 0, hostLost: 0 }]));
    const sideBySide = { variants: 0 };
    const byWrapper = {};
    for (const [index, render] of renders.entries()) {
      const { elements, blocks } = await page.evaluate(renderInPage, render);
      const results = await page.evaluate(readInPage, {
        elements,
        blocks,
        lang: render.lang,
        hosts: HOSTS,
        designs: designs.map((name) => [name, DESIGNS[name]]),
      });
      if (render.side) sideBySide.variants += HOSTS.length;
      for (const { host, design, readerable, widgetLost, hostLost } of results) {
        const count = counts[design];
        count.variants++;
        count.readerable += readerable;
        count.widgetLost += widgetLost > 0;
        count.widgetLostReaderable += widgetLost > 0 && readerable;
        count.sideBySideLost += widgetLost > 0 && render.side;
        count.hostLost += hostLost > 0;
        const wrapper = Object.keys(WRAPPERS).find((name) => host.includes(name));
        byWrapper[wrapper] ??= Object.fromEntries(designs.map((name) => [name, { widget: 0, host: 0 }]));
        byWrapper[wrapper][design].widget += widgetLost > 0;
        byWrapper[wrapper][design].host += hostLost > 0;
      }
      if (process.stderr.isTTY) process.stderr.write(`\r${index + 1}/${renders.length} renders`);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    const seconds = (performance.now() - started) / 1000;
    const variants = renders.length * HOSTS.length;
    console.log(
      `${renders.length} renders × ${HOSTS.length} host pages = ${variants} page variants (${sideBySide.variants} with elements side by side), read as Firefox does, in ${seconds.toFixed(0)} s\n`,
    );
    console.log('design | widget text lost | of which on pages Firefox offers Reader View for | side by side | host text lost');
    console.log('---|---|---|---|---');
    for (const design of designs) {
      const count = counts[design];
      console.log(`${design}: ${DESIGNS[design].about} | ${count.widgetLost} | ${count.widgetLostReaderable} of ${count.readerable} | ${count.sideBySideLost} | ${count.hostLost}`);
    }
    console.log('\nwidget text lost / host text lost, by wrapper:');
    console.log(`wrapper | ${designs.join(' | ')}`);
    for (const [wrapper, lost] of Object.entries(byWrapper)) console.log(`${wrapper} | ${designs.map((design) => `${lost[design].widget} / ${lost[design].host}`).join(' | ')}`);
    if ('json' in args) console.log(JSON.stringify({ variants, seconds, counts, byWrapper }));
    if ('write' in args) {
      const figures = { renders: renders.length, hosts: HOSTS.length, variants, designs: counts };
      await writeFile(new URL('../docs/reader-view-sweep.json', import.meta.url), `${JSON.stringify(figures, null, 2)}\n`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await sweep(RENDERS.slice(0, Number(args.limit ?? Infinity)));
