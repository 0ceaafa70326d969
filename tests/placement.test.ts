import { expect, waitUntil } from '@open-wc/testing';
import { LANGUAGES } from '../src/shared/languages.js';
import { collapsibleSections, loadFrame, PLACEMENTS, readPlacement, TAGS, textOf, widgetsRendered, type FramePage } from './helpers.js';

// Placements: a paragraph with one link to an element's standalone page, marked #hechting-widget,
// which the script on the page turns into the element (src/placement/placement.ts). The script is
// in the page's <head> without defer, as the README's template line puts it, unless a test says
// otherwise. Run `npm run build` first (npm test does).

const SCRIPT = '<script src="/dist/hechting-widget.js"></script>';
const DUTCH_SCRIPT = '<script src="/dist/hechting-widget.nl.js"></script>';

/** A host page with the script in its head, and `body`. */
const hostPage = (body: string, head = SCRIPT) => loadFrame({ head, body });

/** A placement paragraph for an element's standalone page under /dist/. */
const placement = (path: string, text = 'Lees meer') => `<p><a href="/dist/${path}">${text}</a></p>`;

const warningsOf = (page: FramePage) => page.recorded.warnings.filter((warning) => warning.startsWith('[hechting-widget]'));

/** The codes of a page's warnings (docs/handleiding.md, "Bijlage: meldingen in de console"). */
const codesOf = (page: FramePage) => warningsOf(page).map((warning) => warning.match(/^\[hechting-widget\] (HW\d{3}) /)?.[1]);

/** A link's address under /dist/ as a warning shows it: whole, but for a query. */
const shownAddress = (path: string) => `"${location.origin}/dist/${path}"`;

/** Whether a reader sees a node: nothing around it is hidden. */
const shown = (node: Element) => node.closest('[hidden]') === null;

/** The placement links of a page that a reader still sees. */
const linksShown = (root: ParentNode) => [...root.querySelectorAll('a[href*="#hechting-widget"]')].filter(shown).length;

describe('placement links', () => {
  it('become the element, with the options of their address, where the paragraph was (which stays, hidden)', async () => {
    // A host rule that shows every paragraph does not bring a placement's back.
    const page = await hostPage(
      `
      <p id="before">Tekst van de gemeente.</p>
      ${placement('nl/band-tips.html?mode=tip-of-the-day&no-read-aloud#hechting-widget')}
      ${placement('nl/hechting-uitleg.html?sections=veilige-basis&collapsible&heading-level=3#hechting-widget')}
      ${placement('nl/hulp-link.html?href=https%3A%2F%2Fwww.gemeente.example%2Fcjg&organization=CJG+Voorbeeld&phone=0123+456+789#hechting-widget')}
      <p id="after">Meer tekst van de gemeente.</p>`,
      `${SCRIPT}<style>body > p { display: block !important; }</style>`,
    );
    const { body } = page.document;
    expect([...body.querySelectorAll(':scope > p')].map((paragraph) => page.window.getComputedStyle(paragraph).display).join(' ')).to.equal('block none none none block');
    expect([...body.children].filter(shown).map((child) => child.id || child.localName)).to.deep.equal(['before', 'band-tips', 'hechting-uitleg', 'hulp-link', 'after']);
    // Each paragraph stays in the page, hidden, right before its element: a framework may hold it.
    expect([...body.children].map((child) => child.localName).join(' ')).to.equal('p p band-tips p hechting-uitleg p hulp-link p');
    expect(linksShown(body)).to.equal(0);
    // The classes every element gives itself, the short ones hechting-text too (README, "Reader View").
    expect([...body.querySelectorAll('band-tips, hechting-uitleg, hulp-link')].map((element) => element.className)).to.deep.equal([
      'hechting-element hechting-text',
      'hechting-element',
      'hechting-element hechting-text',
    ]);

    const tips = body.querySelector('band-tips')!;
    expect(tips.getAttribute('mode')).to.equal('tip-of-the-day');
    expect(tips.querySelector('.hechting-tip .hechting-tip-text')).to.exist;
    expect(tips.querySelector('.hechting-read-aloud') === null, 'no read-aloud buttons').to.equal(true);

    const uitleg = body.querySelector('hechting-uitleg')!;
    expect(collapsibleSections(uitleg).map((section) => section.dataset.section)).to.deep.equal(['veilige-basis']);
    expect(uitleg.querySelector('.hechting-title')!.localName).to.equal('h3');

    const help = body.querySelector('hulp-link')!;
    expect(help.querySelector<HTMLAnchorElement>('a.hechting-help-link')!.href).to.equal('https://www.gemeente.example/cjg');
    expect(textOf(help.querySelector('.hechting-help-organization')!)).to.equal('CJG Voorbeeld');
    expect(help.querySelector<HTMLAnchorElement>('.hechting-help-phone a')!.href).to.equal('tel:0123456789');

    expect(textOf(body.querySelector('#before')!)).to.equal('Tekst van de gemeente.');
    expect(textOf(body.querySelector('#after')!)).to.equal('Meer tekst van de gemeente.');
    expect(warningsOf(page)).to.deep.equal([]);
  });

  it("nest under the page's heading before them: under an h2, the title is an h3", async () => {
    const page = await hostPage(`
      <h1>Opvoeden</h1>
      <h2>Tip van de dag</h2>
      ${placement('nl/band-tips.html?mode=tip-of-the-day#hechting-widget')}
      <h2><a href="/dist/nl/hulp-link.html#hechting-widget">Hulp en advies voor ouders</a></h2>`);
    const { document } = page;
    expect(document.querySelector('band-tips .hechting-title')!.localName).to.equal('h3');
    expect(document.querySelector('band-tips .hechting-tip .hechting-heading')!.localName).to.equal('h4');
    // A placement an editor made a heading is hidden: the element nests under the heading before it.
    expect(document.querySelector('hulp-link .hechting-title')!.localName).to.equal('h3');
  });

  it('show the language of their address, whatever the page is in', async () => {
    const page = await hostPage(placement('ar/band-tips.html#hechting-widget'));
    const tips = page.document.querySelector('band-tips')!;
    expect(tips.lang).to.equal('ar');
    expect(tips.querySelector('.hechting-widget')!.getAttribute('dir')).to.equal('rtl');
  });

  it('survive what editors do to the paragraph', async () => {
    const variants = {
      'a wrapper': '<div class="cms-text"><p><a href="/dist/nl/band-tips.html#hechting-widget">Tips</a></p></div>',
      'no paragraph': '<div><a href="/dist/nl/band-tips.html#hechting-widget">Tips</a></div>',
      'bold and a span': '<p><strong><span><a href="/dist/nl/band-tips.html#hechting-widget">Tips</a></span></strong></p>',
      'non-breaking spaces': '<p>&nbsp;<a href="/dist/nl/band-tips.html#hechting-widget">Tips&nbsp;voor ouders</a>&nbsp;</p>',
      entities: '<p><a href="/dist/nl/band-tips.html?age=young&amp;tips=reageer&#43;troost#hechting-widget">Tips &amp; hulp &eacute;&eacute;n</a></p>',
      'a line break': '<p><a href="/dist/nl/band-tips.html#hechting-widget">Tips</a><br></p>',
      'target and rel': '<p><a href="/dist/nl/band-tips.html#hechting-widget" target="_blank" rel="noopener noreferrer">Tips</a></p>',
      'tracking parameters': '<p><a href="/dist/nl/band-tips.html?utm_source=nieuwsbrief&utm_medium=email&age=young&fbclid=abc&mtm_campaign=x#hechting-widget">Tips</a></p>',
      'a relative address': '<p><a href="../dist/nl/band-tips.html#hechting-widget">Tips</a></p>',
      'a full address': `<p><a href="${location.origin}/dist/nl/band-tips.html#hechting-widget">Tips</a></p>`,
      'a list item': '<ul><li><a href="/dist/nl/band-tips.html#hechting-widget">Tips</a></li></ul>',
      'a heading': '<h2><a href="/dist/nl/band-tips.html#hechting-widget">Tips</a></h2>',
      'an address encoded twice': '<p><a href="/dist/nl/band-tips.html?age=young&amp;amp;tips=troost#hechting-widget">Tips</a></p>',
    };
    const page = await hostPage(
      Object.values(variants)
        .map((variant) => `<section>${variant}</section>`)
        .join('\n'),
    );
    const sections = [...page.document.querySelectorAll('body > section')];
    Object.keys(variants).forEach((name, i) => {
      const tips = sections[i].querySelector('band-tips');
      expect(tips, name).to.exist;
      expect(tips!.querySelector('.hechting-widget'), name).to.exist;
      expect(linksShown(sections[i]), name).to.equal(0);
      const hostParagraphs = [...sections[i].querySelectorAll('p')].filter((paragraph) => !paragraph.closest('band-tips') && shown(paragraph));
      expect(hostParagraphs.length, `${name}: the paragraph is hidden`).to.equal(0);
    });
    // The options survive the entities, and the tracking parameters are no options.
    expect(sections[4].querySelector('band-tips')!.getAttribute('tips')).to.equal('reageer troost');
    expect(sections[7].querySelector('band-tips')!.getAttribute('age')).to.equal('young');
    expect(sections[10].querySelector('li > band-tips'), "inside a list item, the element takes the link's place").to.exist;
    expect(sections[11].querySelector(':scope > band-tips') !== null && sections[11].querySelector<HTMLElement>(':scope > h2')!.hidden, 'a heading is hidden whole').to.equal(true);
    expect(sections[12].querySelector('band-tips')!.getAttribute('tips')).to.equal('troost');
    expect(warningsOf(page)).to.deep.equal([]);
  });

  it('leave every other link as it is: unmarked, in running text, or to another page', async () => {
    const page = await hostPage(`
      <nav><a href="/dist/nl/band-tips.html">Tips</a></nav>
      <p><a href="/dist/nl/band-tips.html">Tips voor een goede band</a></p>
      <p><a href="/dist/nl/hechting-uitleg.html#veilige-basis">Een veilige basis</a></p>
      <p>Lees <a href="/dist/nl/hechting-uitleg.html#hechting-widget">wat hechting is</a> op onze site.</p>
      <p><a href="/dist/nl/band-tips.html#hechting-widget">Tips</a> <a href="/dist/nl/hulp-link.html#hechting-widget">Hulp</a></p>
      <p><a href="/dist/nl/andere-pagina.html#hechting-widget">Iets anders</a></p>
      <p><a href="https://www.example.org/#hechting-widget-info">Elders</a></p>
      <p><a href="https://www.example.org/hechting/nl/band-tips.html#hechting-wiget">Elders, bijna gemarkeerd</a></p>`);
    expect(linksShown(page.document)).to.equal(5);
    for (const tag of TAGS) expect(page.document.querySelector(tag) === null, tag).to.equal(true);
    // A marked link that cannot be a placement says why, once each, with a code the guide explains;
    // a link without the mark, or with another fragment, or elsewhere, says nothing.
    expect(codesOf(page)).to.deep.equal(['HW102', 'HW102', 'HW102', 'HW104']);
    expect(warningsOf(page)[0]).to.equal(`[hechting-widget] HW102 ${shownAddress('nl/hechting-uitleg.html#hechting-widget')} stays a link: give it a paragraph of its own.`);
  });

  it("stay links in an editable area, so that an editor that loads the site's scripts keeps them", async () => {
    const page = await hostPage(`<div contenteditable="true">${placement('nl/band-tips.html#hechting-widget')}</div>`);
    expect(linksShown(page.document.querySelector('[contenteditable]')!)).to.equal(1);
    expect(page.document.querySelector('band-tips') === null, 'no element').to.equal(true);
  });

  it('check every option as the attribute does: a bad value gives one warning and the default', async () => {
    const page = await hostPage(`
      ${placement('nl/band-tips.html?mode=weekly&age=young#hechting-widget')}
      ${placement('nl/hechting-uitleg.html?collapsible=false&no-title=nee&colour=red#hechting-widget')}
      ${placement('nl/hulp-link.html?href=javascript%3Aalert(1)#hechting-widget')}`);
    const { document } = page;
    expect(document.querySelector('band-tips .hechting-tip') === null, 'no tip card').to.equal(true);
    expect(document.querySelectorAll('band-tips .hechting-section')).to.have.length(1);
    expect(collapsibleSections(document.querySelector('hechting-uitleg')!), 'no collapsible sections').to.have.length(0);
    expect(document.querySelector('hechting-uitleg .hechting-title')).to.exist;
    expect(document.querySelector('hulp-link a[href^="javascript"]') === null, 'no javascript: link').to.equal(true);
    const warnings = warningsOf(page);
    expect(warnings).to.have.length(4);
    expect(warnings.find((warning) => warning.includes('mode="weekly"'))).to.match(/^\[hechting-widget\] HW203 .*use list or tip-of-the-day/);
    expect(warnings).to.include('[hechting-widget] HW109 <hechting-uitleg no-title="nee">: is on when present; leave it out for off.');
    expect(warnings.find((warning) => warning.includes('"colour"'))).to.match(/^\[hechting-widget\] HW108 <hechting-uitleg>: unknown option "colour"; use /);
    expect(warnings.find((warning) => warning.includes('href="javascript'))).to.match(/^\[hechting-widget\] HW206 .*only https:, http:, mailto: and tel:/);
  });

  it('are replaced as the browser reads the page, before what follows them is there', async () => {
    // An inline script right after the placement sees the page as the browser would paint it
    // then: already with the element, so the text after it never moves.
    const page = await hostPage(`
      ${placement('nl/band-tips.html#hechting-widget')}
      <script>window.seenAfterPlacement = document.querySelector('band-tips') !== null;</script>
      <p>Tekst die volgt.</p>`);
    expect((page.window as unknown as { seenAfterPlacement: boolean }).seenAfterPlacement).to.equal(true);
  });

  for (const attribute of ['defer', 'async', 'type="module"']) {
    it(`become elements with the script loaded ${attribute}, at the end of the body too`, async () => {
      const page = await hostPage(`${placement('nl/hulp-link.html#hechting-widget')}<script src="/dist/hechting-widget.js" ${attribute}></script>`, '');
      await page.window.customElements.whenDefined('hulp-link');
      expect(page.document.querySelector('hulp-link') !== null, 'the element').to.equal(true);
      expect(linksShown(page.document)).to.equal(0);
    });
  }

  for (const lang of LANGUAGES) {
    it(`in ${lang}: the placement of each file in dist/html/${lang}/ becomes its element`, async () => {
      // The file's href is relative to the folder of the script: here /dist/.
      const files = await Promise.all(PLACEMENTS.map((name) => readPlacement(lang, name)));
      const page = await hostPage(files.join('\n'));
      const elements = [...page.document.body.children].filter(shown);
      expect(elements.map((element) => element.localName)).to.deep.equal(['hechting-uitleg', 'band-tips', 'band-tips', 'hulp-link']);
      for (const element of elements) expect(element.getAttribute('lang')).to.equal(lang);
      expect(elements[2].getAttribute('mode')).to.equal('tip-of-the-day');
      expect(elements[2].querySelector('.hechting-tip')).to.exist;
      // Each link reads as the title of the text it stands for.
      files.forEach((file, i) => expect(file).to.include(`>${textOf(elements[i].querySelector('.hechting-title')!)}</a></p>`));
    });
  }

  it('take a switch written as ?collapsible=true as on, without a warning', async () => {
    const page = await hostPage(placement('nl/hechting-uitleg.html?collapsible=true#hechting-widget'));
    expect(collapsibleSections(page.document).length, 'collapsible sections').to.be.greaterThan(0);
    expect(warningsOf(page)).to.deep.equal([]);
  });
});

describe('placement links with a mistake', () => {
  it('stay links, each with one warning that names the wrong part of the address and the fix', async () => {
    const paths = [
      'nl/band-tip.html#hechting-widget',
      'nl/hechtings-uitleg.html?sections=goede-band#hechting-widget',
      'nl/andere-pagina.html#hechting-widget',
      'nll/band-tips.html#hechting-widget',
      'nl/band-tips.html?age=young&mode=tip-of-the-day#hechting-wiget',
      'nl/hulp-link.html#Hechting-Widget',
    ];
    const page = await hostPage(paths.map((path) => placement(path)).join('\n'));
    expect(page.document.querySelector(TAGS.join(', ')) === null, 'no element').to.equal(true);
    expect([...page.document.querySelectorAll('a')].filter(shown)).to.have.length(paths.length);
    expect(warningsOf(page)).to.deep.equal([
      `[hechting-widget] HW104 ${shownAddress('nl/band-tip.html#hechting-widget')} stays a link: unknown element "band-tip"; use band-tips.`,
      `[hechting-widget] HW104 ${shownAddress('nl/hechtings-uitleg.html?…#hechting-widget')} stays a link: unknown element "hechtings-uitleg"; use hechting-uitleg.`,
      `[hechting-widget] HW104 ${shownAddress('nl/andere-pagina.html#hechting-widget')} stays a link: unknown element "andere-pagina"; use hechting-uitleg, band-tips, hulp-link.`,
      `[hechting-widget] HW105 ${shownAddress('nll/band-tips.html#hechting-widget')} stays a link: unknown language "nll"; use ${LANGUAGES.join(', ')}.`,
      `[hechting-widget] HW107 ${shownAddress('nl/band-tips.html?…#hechting-wiget')} stays a link: misspelt mark "#hechting-wiget"; use #hechting-widget.`,
      `[hechting-widget] HW107 ${shownAddress('nl/hulp-link.html#Hechting-Widget')} stays a link: misspelt mark "#Hechting-Widget"; use #hechting-widget.`,
    ]);
  });

  it('with a misspelt mark say nothing where a visitor wrote them, or where the mark is far from #hechting-widget', async () => {
    const page = await hostPage(`
      <div class="comment-content">${placement('nl/band-tips.html#hechting-wiget')}</div>
      ${placement('nl/band-tips.html#hechting')}
      ${placement('nl/band-tips.html#widget')}`);
    expect(warningsOf(page)).to.deep.equal([]);
  });

  it('with a misspelt mark, added after the page has loaded, say so too', async () => {
    const page = await hostPage('<main></main>');
    page.document.querySelector('main')!.insertAdjacentHTML('beforeend', placement('nl/hulp-link.html#hechting-widgte'));
    await waitUntil(() => warningsOf(page).length > 0, 'no warning about the late link', { timeout: 5000 });
    expect(codesOf(page)).to.deep.equal(['HW107']);
  });
});

describe('placement links with the Dutch-only script', () => {
  it('in another language stay links, and say that hechting-widget.js has that language', async () => {
    const page = await hostPage(`${placement('en/band-tips.html#hechting-widget')}${placement('nl/hulp-link.html#hechting-widget')}${placement('xx/hulp-link.html#hechting-widget')}`, DUTCH_SCRIPT);
    expect(page.document.querySelectorAll('band-tips, hulp-link')).to.have.length(1);
    expect(page.document.querySelector('hulp-link')!.lang).to.equal('nl');
    expect(warningsOf(page)).to.deep.equal([
      `[hechting-widget] HW106 ${shownAddress('en/band-tips.html#hechting-widget')} stays a link: this script has only nl; for en, load hechting-widget.js instead.`,
      `[hechting-widget] HW105 ${shownAddress('xx/hulp-link.html#hechting-widget')} stays a link: unknown language "xx"; use nl.`,
    ]);
  });
});

describe('placement links with the script loaded twice', () => {
  const OPTIONS = [
    'nl/band-tips.html?age=young&mode=tip-of-the-day#hechting-widget',
    'nl/hechting-uitleg.html?sections=veilige-basis&collapsible#hechting-widget',
    'nl/hulp-link.html?organization=CJG+Voorbeeld&phone=0123+456+789#hechting-widget',
  ];
  const again = (script: string) => script.replace('.js"', '.js?v=0.1.0"');
  const cases = {
    'the template line, and a copy with ?v= at the end of the body': [SCRIPT, again(SCRIPT)],
    'a copy with ?v= at the end of the body, and the template line after it': ['', `${again(SCRIPT)}${SCRIPT}`],
    'the template line in the head, after a copy with ?v=': [`${again(SCRIPT)}${SCRIPT}`, ''],
    'the Dutch-only script, then the full one': [`${DUTCH_SCRIPT}${SCRIPT}`, ''],
    'the full script, then the Dutch-only one': [`${SCRIPT}${DUTCH_SCRIPT}`, ''],
    'the Dutch-only script, and the full one with ?v= at the end of the body': [DUTCH_SCRIPT, again(SCRIPT)],
  };
  for (const [name, [head, end]] of Object.entries(cases)) {
    it(`${name}: each placement becomes its element once, with its options, and one warning`, async () => {
      const page = await hostPage(`${OPTIONS.map((path) => placement(path)).join('\n')}${end}`, head);
      const elements = [...page.document.querySelectorAll('hechting-uitleg, band-tips, hulp-link')];
      expect(elements.map((element) => element.localName)).to.deep.equal(['band-tips', 'hechting-uitleg', 'hulp-link']);
      expect(elements.map((element) => element.querySelectorAll(':scope > .hechting-widget').length)).to.deep.equal([1, 1, 1]);
      expect(elements[0].getAttribute('age')).to.equal('young');
      expect(elements[1].getAttribute('sections')).to.equal('veilige-basis');
      expect(textOf(elements[2].querySelector('.hechting-help-organization')!)).to.equal('CJG Voorbeeld');
      expect(linksShown(page.document)).to.equal(0);
      expect(warningsOf(page)).to.have.length(1);
      expect(warningsOf(page)[0]).to.match(/^\[hechting-widget\] HW402 hechting-widget is loaded more than once \(0\.\d+\.\d+, then 0\.\d+\.\d+\); the first stays\. Keep one <script>\.$/);
    });
  }
});

describe("placement links that are not the site's own", () => {
  // What a visitor could post where the script runs (a comment, a forum, a guestbook): a link that
  // looks like a placement and carries another help page and phone number.
  const FOREIGN = '?href=https%3A%2F%2Fevil.example%2Fhulp&organization=Centrum+voor+Jeugd+en+Gezin&phone=0900+1234567#hechting-widget';

  it("stay links, each with one warning, unless they lead to a page in the script's own folder on its own site", async () => {
    const addresses = [
      `//evil.example/x/nl/hulp-link.html${FOREIGN}`,
      `https://evil.example/dist/nl/hulp-link.html${FOREIGN}`,
      `${location.protocol === 'http:' ? 'https:' : 'http:'}//${location.host}/dist/nl/hulp-link.html${FOREIGN}`,
      `/uploads/user123/nl/hulp-link.html${FOREIGN}`,
      `/dist/sub/nl/hulp-link.html${FOREIGN}`,
      `/dist/%2e%2e/uploads/nl/hulp-link.html${FOREIGN}`,
      `/dist/nl/..%2F..%2Fuploads%2Fnl%2Fhulp-link.html${FOREIGN}`,
      `/uploads/..%2Fdist/nl/hulp-link.html${FOREIGN}`,
      `/dist/nl/hulp-link.html%3Fx=1${FOREIGN}`,
      `javascript:void(0)//dist/nl/hulp-link.html${FOREIGN}`,
    ];
    const page = await hostPage(addresses.map((address) => `<p><a href="${address}">Hulp</a></p>`).join('\n'));
    expect(page.document.querySelector('hulp-link') === null, 'no help box').to.equal(true);
    expect(linksShown(page.document)).to.equal(addresses.length);
    expect(textOf(page.document.body)).not.to.include('0900');
    const warnings = warningsOf(page);
    expect(codesOf(page)).to.deep.equal(addresses.map(() => 'HW103'));
    // The warning names the folder a placement must link into, and shows the address but for its query.
    expect(warnings[1]).to.equal(`[hechting-widget] HW103 "https://evil.example/dist/nl/hulp-link.html?…#hechting-widget" stays a link: link to ${location.origin}/dist/<language>/<element>.html.`);
  });

  it('become elements from any address that resolves to a page in the folder', async () => {
    const addresses = ['/dist/./nl/hulp-link.html', '/dist/x/../nl/hulp-link.html', '/dist/x/%2e%2e/nl/hulp-link.html', '/dist/%6El/hulp-link.html', `${location.origin}/dist/nl/hulp-link.html`];
    const page = await hostPage(addresses.map((address) => `<p><a href="${address}?organization=CJG+Voorbeeld#hechting-widget">Hulp</a></p>`).join('\n'));
    expect(page.document.querySelectorAll('hulp-link .hechting-help-organization')).to.have.length(addresses.length);
    expect(warningsOf(page)).to.deep.equal([]);
  });

  it('stay links where visitors write: rel="ugc", and the comments of WordPress, Drupal and comment tools', async () => {
    const placementIn = (before: string, after: string, rel = '') => `${before}<p><a href="/dist/nl/hulp-link.html${FOREIGN}"${rel}>Hulp</a></p>${after}`;
    const page = await hostPage(`
      ${placementIn('', '', ' rel="nofollow ugc"')}
      ${placementIn('<div>', '</div>', ' rel="UGC"')}
      ${placementIn('<div class="comments-area" id="comments"><ol class="comment-list"><li id="comment-2" class="comment"><article class="comment-body"><div class="comment-content">', '</div></article></li></ol></div>')}
      ${placementIn('<section class="comments"><article class="comment js-comment"><div class="field--name-comment-body">', '</div></article></section>')}
      ${placementIn('<div class="wp-block-comments"><div class="wp-block-comment-content">', '</div></div>')}
      ${placementIn('<div id="isso-thread"><div class="isso-comment"><div class="isso-text">', '</div></div></div>')}`);
    expect(page.document.querySelector('hulp-link') === null, 'no help box').to.equal(true);
    expect(linksShown(page.document)).to.equal(6);
    expect(codesOf(page)).to.deep.equal(Array(6).fill('HW101'));
  });

  it('name any number of unknown options in one warning per placement', async () => {
    const unknown = Array.from({ length: 25000 }, (_, i) => `optie${i}=x`).join('&');
    const page = await hostPage(`${placement(`nl/band-tips.html?${unknown}&age=young#hechting-widget`)}${placement(`nl/hulp-link.html?kleur=rood&maat=groot#hechting-widget`)}`);
    expect(page.document.querySelector('band-tips')!.getAttribute('age')).to.equal('young');
    expect(warningsOf(page)).to.deep.equal([
      '[hechting-widget] HW108 <band-tips>: unknown option "optie0", "optie1", "optie2" and 24997 more; use heading-level, no-title, languages, no-read-aloud, hulp-href, hulp-label, age, tips, mode.',
      '[hechting-widget] HW108 <hulp-link>: unknown option "kleur", "maat"; use heading-level, no-title, languages, href, label, organization, phone.',
    ]);
  });
});

describe('a host page', () => {
  it('with odd markup where a standalone page has its element, starts up without an error and upgrades its placements', async () => {
    const page = await loadFrame('/tests/pages/odd-markup.html?mode=tip-of-the-day&__proto__=x');
    expect(page.recorded.errors).to.deep.equal([]);
    expect(page.document.querySelectorAll('band-tips, hulp-link')).to.have.length(2);
    expect(linksShown(page.document)).to.equal(0);
  });

  it('with an element of id "hechting-widget" does not take options from its own address, as only a standalone page does', async () => {
    const page = await loadFrame('/tests/pages/id-hechting-widget.html?mode=tip-of-the-day');
    const tips = page.document.querySelector('#hechting-widget band-tips')!;
    expect(tips.hasAttribute('mode'), 'no mode from the address').to.equal(false);
    expect(tips.querySelector('.hechting-tip') === null, 'the list, not a tip card').to.equal(true);
    expect(warningsOf(page)).to.deep.equal([]);
  });
});

describe('placements added after the page has loaded', () => {
  it('become their elements, and go when their paragraph goes', async () => {
    const page = await hostPage('<main><p>Nieuws</p></main>');
    const main = page.document.querySelector('main')!;
    // "Load more": a block of content added to the page, as a fetch would bring it.
    const more = page.document.createElement('div');
    more.innerHTML = `<h2>Meer lezen</h2>${placement('nl/band-tips.html?mode=tip-of-the-day#hechting-widget')}<p>Einde</p>`;
    main.append(more);
    await waitUntil(() => more.querySelector('band-tips .hechting-widget') !== null, 'the late placement did not become its element', { timeout: 5000 });
    expect([...more.children].filter(shown).map((child) => child.localName)).to.deep.equal(['h2', 'band-tips', 'p']);
    expect(more.querySelector('band-tips')!.getAttribute('mode')).to.equal('tip-of-the-day');
    more.querySelector('p')!.remove();
    await waitUntil(() => more.querySelector('band-tips') === null, 'the element stayed after its placement went', { timeout: 5000 });
    expect(warningsOf(page)).to.deep.equal([]);
  });

  it('from a visitor stay links, also when they come later', async () => {
    const page = await hostPage('<main><ol class="comment-list"></ol></main>');
    const list = page.document.querySelector('ol')!;
    list.insertAdjacentHTML('beforeend', `<li class="comment"><p><a href="/dist/nl/hulp-link.html?phone=0900+1234567#hechting-widget">Hulp</a></p></li>`);
    await waitUntil(() => warningsOf(page).length === 1, 'no warning about the late link', { timeout: 5000 });
    expect(page.document.querySelector('hulp-link') === null, 'no help box').to.equal(true);
    expect(codesOf(page)).to.deep.equal(['HW101']);
  });

  it('in an application (Vue 3) follow what the framework renders, and never break it', async () => {
    const page = await hostPage('<div id="app"></div>', `${SCRIPT}<script type="module">import * as Vue from '/node_modules/vue/dist/vue.esm-browser.prod.js'; window.Vue = Vue;</script>`);
    const view = page.window as unknown as Window & { Vue: typeof import('vue') };
    await waitUntil(() => view.Vue !== undefined, 'Vue did not load', { timeout: 5000 });
    const { createApp, h, reactive, nextTick } = view.Vue;
    const state = reactive({
      items: [
        { tag: 'band-tips', text: 'Tips' },
        { tag: 'hulp-link', text: 'Hulp' },
      ],
      count: 0,
    });
    const vueErrors: string[] = [];
    const app = createApp({
      render: () =>
        h('div', { class: 'rich-text' }, [
          h('p', `Bijgewerkt ${state.count} keer`),
          ...state.items.map((item) => h('p', { key: item.tag }, [h('a', { href: `/dist/nl/${item.tag}.html#hechting-widget` }, `${item.text} ${state.count}`)])),
        ]),
    });
    app.config.errorHandler = (error) => vueErrors.push(String(error));
    const root = page.document.querySelector('#app')!;
    app.mount(root);
    const shownElements = () => [...root.querySelectorAll('hechting-uitleg, band-tips, hulp-link')].filter(shown).map((element) => element.localName);
    const settled = async (expected: string[], what: string) => {
      await nextTick();
      await waitUntil(() => shownElements().join() === expected.join(), `${what}: ${shownElements().join()} instead of ${expected.join()}`, { timeout: 5000 });
      await widgetsRendered(root);
    };
    await settled(['band-tips', 'hulp-link'], 'mounted');
    // The framework patches the text of a paragraph it holds, and inserts a new one between two.
    state.count++;
    state.items.splice(1, 0, { tag: 'hechting-uitleg', text: 'Uitleg' });
    await settled(['band-tips', 'hechting-uitleg', 'hulp-link'], 'an item inserted');
    expect(textOf(root.querySelector('p')!)).to.equal('Bijgewerkt 1 keer');
    // It reorders them, and removes one.
    state.items.reverse();
    await settled(['hulp-link', 'hechting-uitleg', 'band-tips'], 'reversed');
    state.items.splice(1, 1);
    await settled(['hulp-link', 'band-tips'], 'an item removed');
    state.items = [];
    await settled([], 'all removed');
    app.unmount();
    expect(vueErrors).to.deep.equal([]);
    expect(page.recorded.errors).to.deep.equal([]);
    expect(warningsOf(page)).to.deep.equal([]);
  });
});

describe('placements with the script from a CDN', () => {
  it("link into the folder the script's data-folder names, on the site itself", async () => {
    // The script stands in for one from a CDN; the standalone pages are in the site's own folder.
    const page = await hostPage(
      `<p><a href="/site/hechting-widget/nl/hulp-link.html?organization=CJG+Voorbeeld#hechting-widget">Hulp</a></p>
      ${placement('nl/band-tips.html#hechting-widget')}`,
      '<script src="/dist/hechting-widget.js" data-folder="/site/hechting-widget"></script>',
    );
    expect(textOf(page.document.querySelector('hulp-link .hechting-help-organization')!)).to.equal('CJG Voorbeeld');
    expect(page.document.querySelector('band-tips') === null, 'no element from the script’s own folder').to.equal(true);
    expect(codesOf(page)).to.deep.equal(['HW103']);
    expect(warningsOf(page)[0]).to.include(`link to ${location.origin}/site/hechting-widget/<language>/<element>.html.`);
  });
});
