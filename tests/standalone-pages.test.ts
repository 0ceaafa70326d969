import { expect, fixtureSync, html } from '@open-wc/testing';
import { LANGUAGES } from '../src/shared/languages.js';
import { collapsibleSections, expectAccessible, loadFrame, loadWithoutScript, readContentFile, TAGS, textOf, type FramePage } from './helpers.js';

// dist/<lang>/<element>.html, the page a placement link leads to (scripts/build-static.mjs): a
// complete page with the text without any script, and with its script it honours the options of
// its address as a placement does. Run `npm run build` first (npm test does).

const pageOf = (lang: string, tag: string, query = '') => `/dist/${lang}/${tag}.html${query}`;

/** Loads axe into a framed page that does not load it itself. */
async function addAxe(page: FramePage): Promise<void> {
  const script = Object.assign(page.document.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  page.document.head.append(script);
  await loaded;
}

const warningsOf = (page: FramePage) => page.recorded?.warnings.filter((warning) => warning.startsWith('[hechting-widget]')) ?? [];

describe('standalone pages', () => {
  for (const lang of LANGUAGES) {
    it(`in ${lang}: each element is a complete page, with its whole text and no script running`, async () => {
      for (const tag of TAGS) {
        const document = await loadWithoutScript(pageOf(lang, tag));
        const content = await readContentFile(lang, tag);
        const main = document.querySelector('main')!;
        expect(document.documentElement.lang, tag).to.equal(lang);
        expect(document.documentElement.dir, tag).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(document.title, tag).to.equal(content.title);
        expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content'), tag).to.include('width=device-width');
        expect(document.querySelector('link[rel="stylesheet"][href="../hechting-widget.css"]') !== null, `${tag}: the widget's stylesheet`).to.equal(true);
        expect(document.defaultView!.customElements.get(tag), `${tag}: no script ran`).to.equal(undefined);
        expect(textOf(main.querySelector('h1')!), tag).to.equal(content.title);
        // hulp-link's list of where to turn shows only without a help page: every block is there.
        for (const block of content.blocks) expect(textOf(main), `${lang} ${tag} ${block.id}`).to.include(block.text);
      }
    });

    it(`in ${lang}: each page passes axe with its script, as a whole document`, async () => {
      for (const tag of TAGS) {
        const page = await loadFrame(pageOf(lang, tag));
        expect(page.document.querySelector(`main > ${tag} .hechting-widget`) !== null, tag).to.equal(true);
        await addAxe(page);
        await expectAccessible(page.document.documentElement);
      }
    });
  }

  it('link to the same element in every language, each named in itself, the current one marked', async () => {
    const document = await loadWithoutScript(pageOf('tr', 'band-tips'));
    const links = [...document.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(LANGUAGES.map((lang) => `../${lang}/band-tips.html`));
    expect(links.map((link) => link.lang)).to.deep.equal([...LANGUAGES]);
    expect(links.filter((link) => link.getAttribute('aria-current') === 'page').map((link) => link.lang)).to.deep.equal(['tr']);
    expect(textOf(links[LANGUAGES.indexOf('ar')])).to.equal('العربية');
  });

  it('honour the options of their address with the script, as a placement does', async () => {
    const tips = await loadFrame(pageOf('nl', 'band-tips', '?mode=tip-of-the-day&tips=troost&utm_source=nieuwsbrief'));
    const card = tips.document.querySelector('band-tips .hechting-tip');
    expect(card !== null, 'a tip card').to.equal(true);
    const { blocks } = await readContentFile('nl', 'band-tips');
    expect(textOf(card!)).to.include(blocks.find((block) => block.id === 'troost')!.text);

    const uitleg = await loadFrame(pageOf('nl', 'hechting-uitleg', '?sections=veilige-basis&collapsible&heading-level=4'));
    const sections = collapsibleSections(uitleg.document);
    expect(sections.map((section) => section.dataset.section)).to.deep.equal(['veilige-basis']);
    // The title stays the page's h1: heading-level and no-title are the page's own.
    expect(uitleg.document.querySelector('hechting-uitleg .hechting-title')!.localName).to.equal('h1');
    expect([...warningsOf(tips), ...warningsOf(uitleg)]).to.deep.equal([]);
  });

  it('take a help page, name and phone number from a link on the same site only', async () => {
    const query = `?href=${encodeURIComponent('https://www.gemeente.example/cjg')}&organization=CJG+Voorbeeld&phone=0123+456+789`;
    // From the host's own page: the test page is on the same site and sends its address.
    const fromSite = await loadFrame(pageOf('nl', 'hulp-link', query));
    expect(fromSite.document.querySelector<HTMLAnchorElement>('hulp-link a.hechting-help-link')?.href).to.equal('https://www.gemeente.example/cjg');
    expect(textOf(fromSite.document.querySelector('hulp-link .hechting-help-organization')!)).to.equal('CJG Voorbeeld');

    // From anywhere else (no referrer at all, as from a mail or another site): the page leaves
    // them out and shows where parents can turn.
    // A page whose links send no referrer stands in for them.
    const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="page from elsewhere" width="400" height="600"></iframe>`);
    const nextLoad = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    let loaded = nextLoad();
    frame.srcdoc = `<meta name="referrer" content="no-referrer"><a href="${pageOf('nl', 'hulp-link', query)}">Hulp</a>`;
    await loaded;
    loaded = nextLoad();
    frame.contentDocument!.querySelector('a')!.click();
    await loaded;
    const view = frame.contentWindow!;
    expect(view.document.referrer).to.equal('');
    await view.customElements.whenDefined('hulp-link');
    const help = frame.contentDocument!.querySelector('hulp-link') as HTMLElement & { updateComplete: Promise<boolean> };
    await help.updateComplete;
    expect(help.querySelector('a.hechting-help-link') === null, 'no help link from a foreign address').to.equal(true);
    expect(help.querySelector('.hechting-help-organization') === null, 'no name from a foreign address').to.equal(true);
    expect(textOf(help)).to.include('consultatiebureau');
    expect(['href', 'organization', 'phone'].filter((name) => help.hasAttribute(name))).to.deep.equal([]);
  });
});
