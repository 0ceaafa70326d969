import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../src/shared/languages.js';
import { loadFrame, PLACEMENTS, readPlacement, TAGS, textOf, type FramePage } from './helpers.js';

// Placements: a paragraph with one link to an element's standalone page, marked #hechting-widget,
// which the script on the page turns into the element (src/placement/placement.ts). The script is
// in the page's <head> without defer, as the README's template line puts it, unless a test says
// otherwise. Run `npm run build` first (npm test does).

const SCRIPT = '<script src="/dist/hechting-widget.js"></script>';

/** A host page with the script in its head, and `body`. */
const hostPage = (body: string, head = SCRIPT) => loadFrame({ head, body });

/** A placement paragraph for an element's standalone page under /dist/. */
const placement = (path: string, text = 'Lees meer') => `<p><a href="/dist/${path}">${text}</a></p>`;

const warningsOf = (page: FramePage) => page.recorded.warnings.filter((warning) => warning.startsWith('[hechting-widget]'));

describe('placement links', () => {
  it('become the element, with the options of their address, where the paragraph was', async () => {
    const page = await hostPage(`
      <p id="before">Tekst van de gemeente.</p>
      ${placement('nl/band-tips.html?mode=tip-of-the-day&no-read-aloud#hechting-widget')}
      ${placement('nl/hechting-uitleg.html?sections=veilige-basis&collapsible&heading-level=3#hechting-widget')}
      ${placement('nl/hulp-link.html?href=https%3A%2F%2Fwww.gemeente.example%2Fcjg&organization=CJG+Voorbeeld&phone=0123+456+789#hechting-widget')}
      <p id="after">Meer tekst van de gemeente.</p>`);
    const { body } = page.document;
    expect([...body.children].map((child) => child.id || child.localName)).to.deep.equal(['before', 'band-tips', 'hechting-uitleg', 'hulp-link', 'after']);
    expect(body.querySelector('a[href*="#hechting-widget"]')).to.equal(null);
    // The classes every element gives itself, the short ones hechting-text too (README, "Reader View").
    expect([...body.querySelectorAll('band-tips, hechting-uitleg, hulp-link')].map((element) => element.className)).to.deep.equal([
      'hechting-element hechting-text',
      'hechting-element',
      'hechting-element hechting-text',
    ]);

    const tips = body.querySelector('band-tips')!;
    expect(tips.getAttribute('mode')).to.equal('tip-of-the-day');
    expect(tips.querySelector('.hechting-tip .hechting-tip-text')).to.exist;
    expect(tips.querySelector('.hechting-read-aloud')).to.equal(null);

    const uitleg = body.querySelector('hechting-uitleg')!;
    expect([...uitleg.querySelectorAll('details.hechting-section')].map((section) => (section as HTMLElement).dataset.section)).to.deep.equal(['veilige-basis']);
    expect(uitleg.querySelector('.hechting-title')!.localName).to.equal('h3');

    const help = body.querySelector('hulp-link')!;
    expect(help.querySelector<HTMLAnchorElement>('a.hechting-help-link')!.href).to.equal('https://www.gemeente.example/cjg');
    expect(textOf(help.querySelector('.hechting-help-organization')!)).to.equal('CJG Voorbeeld');
    expect(help.querySelector<HTMLAnchorElement>('.hechting-help-phone a')!.href).to.equal('tel:0123456789');

    expect(textOf(body.querySelector('#before')!)).to.equal('Tekst van de gemeente.');
    expect(textOf(body.querySelector('#after')!)).to.equal('Meer tekst van de gemeente.');
    expect(warningsOf(page)).to.deep.equal([]);
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
      expect(sections[i].querySelector('a[href*="band-tips.html"]'), name).to.equal(null);
      const hostParagraphs = [...sections[i].querySelectorAll('p')].filter((paragraph) => !paragraph.closest('band-tips'));
      expect(hostParagraphs.length, `${name}: the paragraph is replaced`).to.equal(0);
    });
    // The options survive the entities, and the tracking parameters are no options.
    expect(sections[4].querySelector('band-tips')!.getAttribute('tips')).to.equal('reageer troost');
    expect(sections[7].querySelector('band-tips')!.getAttribute('age')).to.equal('young');
    expect(sections[10].querySelector('li > band-tips'), "inside a list item, the element takes the link's place").to.exist;
    expect(sections[11].querySelector(':scope > band-tips') !== null && sections[11].querySelector(':scope > h2') === null, 'a heading is replaced whole').to.equal(true);
    expect(sections[12].querySelector('band-tips')!.getAttribute('tips')).to.equal('troost');
    expect(warningsOf(page)).to.deep.equal([]);
  });

  it('leave every other link as it is: unmarked, in running text, or to another page', async () => {
    const page = await hostPage(`
      <nav><a href="/dist/nl/band-tips.html">Tips</a></nav>
      <p><a href="/dist/nl/band-tips.html">Tips voor een goede band</a></p>
      <p>Lees <a href="/dist/nl/hechting-uitleg.html#hechting-widget">wat hechting is</a> op onze site.</p>
      <p><a href="/dist/nl/band-tips.html#hechting-widget">Tips</a> <a href="/dist/nl/hulp-link.html#hechting-widget">Hulp</a></p>
      <p><a href="/dist/nl/andere-pagina.html#hechting-widget">Iets anders</a></p>
      <p><a href="https://www.example.org/#hechting-widget-info">Elders</a></p>`);
    expect(page.document.querySelectorAll('a')).to.have.length(7);
    for (const tag of TAGS) expect(page.document.querySelector(tag), tag).to.equal(null);
    // A marked link that cannot be a placement says why, once each.
    expect(warningsOf(page)).to.have.length(4);
    for (const warning of warningsOf(page)) expect(warning).to.match(/stays a link: a placement links to <language>\/<element>\.html and has a paragraph of its own\.$/);
  });

  it("stay links in an editable area, so that an editor that loads the site's scripts keeps them", async () => {
    const page = await hostPage(`<div contenteditable="true">${placement('nl/band-tips.html#hechting-widget')}</div>`);
    expect(page.document.querySelector('[contenteditable] a')).to.exist;
    expect(page.document.querySelector('band-tips')).to.equal(null);
  });

  it('check every option as the attribute does: a bad value gives one warning and the default', async () => {
    const page = await hostPage(`
      ${placement('nl/band-tips.html?mode=weekly&age=young#hechting-widget')}
      ${placement('nl/hechting-uitleg.html?collapsible=false&no-title=nee&colour=red#hechting-widget')}
      ${placement('nl/hulp-link.html?href=javascript%3Aalert(1)#hechting-widget')}`);
    const { document } = page;
    expect(document.querySelector('band-tips .hechting-tip')).to.equal(null);
    expect(document.querySelectorAll('band-tips .hechting-section')).to.have.length(1);
    expect(document.querySelector('hechting-uitleg details')).to.equal(null);
    expect(document.querySelector('hechting-uitleg .hechting-title')).to.exist;
    expect(document.querySelector('hulp-link a[href^="javascript"]')).to.equal(null);
    const warnings = warningsOf(page);
    expect(warnings).to.have.length(4);
    expect(warnings.find((warning) => warning.includes('mode="weekly"'))).to.include('use list or tip-of-the-day');
    expect(warnings.find((warning) => warning.includes('no-title="nee"'))).to.include('is on when present');
    expect(warnings.find((warning) => warning.includes('"colour"'))).to.include('unknown option');
    expect(warnings.find((warning) => warning.includes('href="javascript'))).to.include('only https:, http:, mailto: and tel:');
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
      expect(page.document.querySelector('hulp-link .hechting-widget, hulp-link')).to.exist;
      expect(page.document.querySelector('a[href*="#hechting-widget"]')).to.equal(null);
    });
  }

  for (const lang of LANGUAGES) {
    it(`in ${lang}: the placement of each file in dist/html/${lang}/ becomes its element`, async () => {
      // The file's href is relative to the folder of the script: here /dist/.
      const files = await Promise.all(PLACEMENTS.map((name) => readPlacement(lang, name)));
      const page = await hostPage(files.join('\n'));
      const elements = [...page.document.body.children];
      expect(elements.map((element) => element.localName)).to.deep.equal(['hechting-uitleg', 'band-tips', 'band-tips', 'hulp-link']);
      for (const element of elements) expect(element.getAttribute('lang')).to.equal(lang);
      expect(elements[2].getAttribute('mode')).to.equal('tip-of-the-day');
      expect(elements[2].querySelector('.hechting-tip')).to.exist;
      // Each link reads as the title of the text it stands for.
      files.forEach((file, i) => expect(file).to.include(`>${textOf(elements[i].querySelector('.hechting-title')!)}</a></p>`));
    });
  }
});
