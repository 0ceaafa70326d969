import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame, type FramePage } from './helpers.js';

// dist/hechting-widget.js as a host page uses it: each case is a page of its own (an iframe), as
// the elements may be defined only once per page. Run `npm run build` first (npm test does).

const ELEMENTS = '<hechting-uitleg></hechting-uitleg><band-tips></band-tips><hulp-link></hulp-link>';
const SCRIPT = '<script src="/dist/hechting-widget.js"></script>';

/** Loads a page whose <head> holds `head` and whose <body> holds `body`. */
const loadPage = (head: string, body: string) => loadFrame({ head, body });

function expectAllRendered(page: FramePage) {
  const text = page.document.body.textContent!;
  expect(text).to.include('Wat is hechting en waarom is het belangrijk?');
  expect(text).to.include('Hoe bouw ik een goede band op met mijn kind?');
  expect(text).to.include('Zoek je als ouder of opvoeder hulp of advies?');
  expect(page.recorded.errors).to.deep.equal([]);
}

describe('dist/hechting-widget.js', () => {
  it('works as a classic script in the head, with no warning (Lit production build)', async () => {
    const page = await loadPage(SCRIPT, ELEMENTS);
    expectAllRendered(page);
    expect(page.recorded.warnings).to.deep.equal([]);
  });

  for (const attribute of ['defer', 'async', 'type="module"']) {
    it(`works with ${attribute}`, async () => {
      const page = await loadPage(SCRIPT.replace('<script', `<script ${attribute}`), ELEMENTS);
      expectAllRendered(page);
      expect(page.recorded.warnings).to.deep.equal([]);
    });
  }

  it('works placed after the elements', async () => {
    expectAllRendered(await loadPage('', ELEMENTS + SCRIPT));
  });

  it('is harmless when loaded twice: no error, the first definition stays, one warning', async () => {
    const page = await loadPage(SCRIPT + SCRIPT.replace('<script', '<script type="module"').replace('.js"', '.js?copy"'), ELEMENTS);
    expectAllRendered(page);
    expect(page.recorded.warnings).to.have.length(1);
    expect(page.recorded.warnings[0])
      .to.match(/^\[hechting-widget\] /)
      .and.include('more than once');
    expect(page.document.querySelectorAll('.hechting-widget')).to.have.length(3);
  });

  it('requests nothing but itself and adds no <style> element or style attribute', async () => {
    const page = await loadPage(SCRIPT, ELEMENTS);
    const requests = page.document.defaultView!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests).to.deep.equal(['/tests/pages/record.js', '/dist/hechting-widget.js']);
    expect(page.document.querySelectorAll('style, [style]')).to.have.length(0);
    expect(page.document.adoptedStyleSheets).to.have.length(1);
  });

  it('the Dutch-only file renders the same elements in Dutch, and says so for another language', async () => {
    const page = await loadPage(SCRIPT.replace('.js"', '.nl.js"'), ELEMENTS + '<band-tips lang="en" age="young"></band-tips>');
    expectAllRendered(page);
    const english = page.document.querySelector('band-tips[lang="en"] .hechting-widget')!;
    expect(english.getAttribute('lang')).to.equal('nl');
    expect(page.recorded.warnings).to.deep.equal(['[hechting-widget] HW303 <band-tips lang="en">: this script has only nl; for en, load hechting-widget.js instead. Showing Nederlands.']);
  });

  it('the Dutch-only file says that hechting-widget.js has the language a page, lang or languages asks for, and what it cannot know', async () => {
    const page = await loadPage(
      SCRIPT.replace('.js"', '.nl.js"'),
      '<div lang="en-GB"><hulp-link></hulp-link></div><hechting-uitleg languages="nl ar xx"></hechting-uitleg><band-tips lang="de"></band-tips>',
    );
    expect(page.recorded.warnings).to.have.members([
      `[hechting-widget] HW304 <hulp-link>: the page's language "en-GB": this script has only nl; for en, load hechting-widget.js instead. Or set lang on the element. Showing Nederlands.`,
      '[hechting-widget] HW305 <hechting-uitleg languages="nl ar xx">: this script has only nl; for ar, load hechting-widget.js instead.',
      '[hechting-widget] HW301 <band-tips lang="de">: not a language of this widget; use nl. Showing Nederlands.',
    ]);
    expect(page.recorded.warnings).to.have.length(3);
  });

  it("the npm package's modules work beside an application that configured its own @lit/localize", async () => {
    const page = await loadFrame('/tests/pages/host-app.html');
    await page.window.customElements.whenDefined('band-tips');
    const tips = page.document.querySelector('band-tips')!;
    await waitUntil(() => tips.querySelector('.hechting-tip button'), 'the element did not render');
    expect((page.window as unknown as { hostLocalizationConfigured: boolean }).hostLocalizationConfigured).to.equal(true);
    expect(tips.querySelector('.hechting-tip button')!.textContent!.trim()).to.equal('Next tip');
    expect(page.recorded.errors).to.deep.equal([]);
  });
});
