import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hechting-widget.js';
import type { HechtingUitleg } from '../src/hechting-uitleg/hechting-uitleg.js';
import { collapsibleSections, collectWarnings, expectAccessible, isOpen, openSections, saysOpen, textOf } from './helpers.js';

const GOEDE_BAND = 'Goede band opbouwen';
const VEILIGE_BASIS = 'Veilige basis en veilige haven';
const INTRO = 'Hechting is de emotionele band die je opbouwt met je kind.';

const sectionTitles = (el: Element) => [...el.querySelectorAll('.hechting-section > .hechting-heading-box:first-child')].map(textOf);

describe('<hechting-uitleg>', () => {
  const warnings = collectWarnings();

  describe('sections', () => {
    it('shows the introduction and every section by default', async () => {
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg></hechting-uitleg>`);
      expect(textOf(el)).to.include(INTRO);
      expect(sectionTitles(el)).to.deep.equal([GOEDE_BAND, VEILIGE_BASIS]);
    });

    it('shows only the named sections, in content order whatever the attribute order', async () => {
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg sections="veilige-basis"></hechting-uitleg>`);
      expect(sectionTitles(el)).to.deep.equal([VEILIGE_BASIS]);
      expect(textOf(el)).to.include(INTRO).and.not.include('Vanaf de geboorte groeit de band');
      el.sections = 'veilige-basis goede-band';
      await el.updateComplete;
      expect(sectionTitles(el)).to.deep.equal([GOEDE_BAND, VEILIGE_BASIS]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('names unknown ids in one warning and shows the known ones', async () => {
      const el = await fixture(html`<hechting-uitleg sections="goede-band bestaat-niet"></hechting-uitleg>`);
      expect(sectionTitles(el)).to.deep.equal([GOEDE_BAND]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal('[hechting-widget] HW204 <hechting-uitleg sections="goede-band bestaat-niet">: unknown "bestaat-niet"; use goede-band, veilige-basis. Showing the others.');
    });

    for (const bad of ['onzin', '', '   ']) {
      it(`sections="${bad}" shows every section, with one warning`, async () => {
        const el = await fixture(html`<hechting-uitleg sections=${bad}></hechting-uitleg>`);
        expect(sectionTitles(el)).to.deep.equal([GOEDE_BAND, VEILIGE_BASIS]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.match(bad.trim() ? /^\[hechting-widget\] HW204 / : /^\[hechting-widget\] HW205 /);
      });
    }

    it('shows every section again when the attribute is removed', async () => {
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg sections="goede-band"></hechting-uitleg>`);
      el.removeAttribute('sections');
      await el.updateComplete;
      expect(sectionTitles(el)).to.deep.equal([GOEDE_BAND, VEILIGE_BASIS]);
    });
  });

  describe('collapsible', () => {
    it('closes each section, with a button in its heading that says so; the introduction stays open', async () => {
      const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      const sections = collapsibleSections(el);
      expect(sections).to.have.length(2);
      expect(sections.map(isOpen)).to.deep.equal([false, false]);
      expect(sections.map((section) => textOf(section.querySelector('h3 button')!))).to.deep.equal([GOEDE_BAND, VEILIGE_BASIS]);
      for (const section of sections) {
        expect(saysOpen(section)).to.equal(false);
        expect(
          [...section.querySelectorAll('p, li')].filter((text) => text.checkVisibility()),
          'text shown',
        ).to.deep.equal([]);
      }
      expect(sections[0].compareDocumentPosition(el.querySelector('p')!) & Node.DOCUMENT_POSITION_PRECEDING).to.be.ok;
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
    });

    it('opens and closes a section with its button, from the keyboard', async () => {
      const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      const [section] = collapsibleSections(el);
      const text = section.querySelector('p')!;
      section.querySelector('button')!.focus();
      // A key reaches the page a moment after the driver sends it (Firefox over WebDriver BiDi).
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => isOpen(section), 'Enter did not open the section', { timeout: 2000 });
      expect(text.checkVisibility(), 'its text shows').to.equal(true);
      await waitUntil(() => saysOpen(section), 'the button did not say that it is open', { timeout: 2000 });
      await sendKeys({ press: ' ' });
      await waitUntil(() => !isOpen(section), 'Space did not close the section', { timeout: 2000 });
      expect(text.checkVisibility(), 'its text shows').to.equal(false);
      await waitUntil(() => !saysOpen(section), 'the button did not say that it is closed', { timeout: 2000 });
    });

    it('opens a closed section where the browser shows its text, as find-in-page does, and its button says so', async () => {
      const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      const [, section] = collapsibleSections(el);
      const text = section.querySelector('p')!;
      // Going to a fragment opens the disclosure around it as find-in-page does (HTML's ancestor
      // revealing algorithm), and a test can do it: the text has no id of its own, so it gets one.
      text.id = 'gevonden';
      location.hash = 'gevonden';
      try {
        await waitUntil(() => text.checkVisibility(), 'the text did not show', { timeout: 2000 });
        await waitUntil(() => saysOpen(section), 'the button did not say that it is open', { timeout: 2000 });
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('switches between sections and collapsible sections after the first render', async () => {
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg></hechting-uitleg>`);
      expect(collapsibleSections(el)).to.have.length(0);
      el.toggleAttribute('collapsible', true);
      await el.updateComplete;
      expect(collapsibleSections(el).map(isOpen)).to.deep.equal([false, false]);
      el.removeAttribute('collapsible');
      await el.updateComplete;
      expect(collapsibleSections(el)).to.have.length(0);
      expect(sectionTitles(el)).to.deep.equal([GOEDE_BAND, VEILIGE_BASIS]);
    });
  });

  describe('hulp-href and hulp-label', () => {
    it('adds no <hulp-link> by default', async () => {
      const el = await fixture(html`<hechting-uitleg></hechting-uitleg>`);
      expect(el.querySelector('hulp-link')).to.equal(null);
    });

    it('adds a <hulp-link> to the address, one heading level deeper, with the label', async () => {
      const el = await fixture(html`<hechting-uitleg heading-level="3" hulp-href="https://www.voorbeeld.example/cjg" hulp-label="Naar het CJG"></hechting-uitleg>`);
      const link = el.querySelector<HTMLAnchorElement>('hulp-link a.hechting-help-link')!;
      expect(link.href).to.equal('https://www.voorbeeld.example/cjg');
      expect(textOf(link)).to.equal('Naar het CJG');
      expect(el.querySelector('hulp-link h4')).to.exist;
    });

    it('refuses a javascript: hulp-href with one warning and shows where parents can turn instead', async () => {
      const el = await fixture(html`<hechting-uitleg hulp-href="javascript:alert(1)"></hechting-uitleg>`);
      await el.querySelector('hulp-link')!.updateComplete;
      expect(el.innerHTML).not.to.include('javascript:');
      expect(el.querySelectorAll('hulp-link li').length).to.be.greaterThan(0);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal(
        '[hechting-widget] HW206 <hechting-uitleg hulp-href="javascript:alert(1)">: only https:, http:, mailto: and tel: addresses are linked; showing where parents can turn instead.',
      );
    });

    it('names a hulp-label it cleans as the attribute of the element, not of the <hulp-link> it adds', async () => {
      const el = await fixture(html`<hechting-uitleg hulp-href="https://example.org/hulp" hulp-label=${'Naar het \u202eCJG'}></hechting-uitleg>`);
      await el.querySelector('hulp-link')!.updateComplete;
      expect(textOf(el.querySelector('hulp-link a.hechting-help-link')!)).to.equal('Naar het CJG');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal('[hechting-widget] HW209 <hechting-uitleg hulp-label="Naar het \u202eCJG">: has control or text-direction characters; they are left out.');
    });

    it('names only the refused hulp-href when hulp-label is given with it', async () => {
      const el = await fixture(html`<hechting-uitleg hulp-href="javascript:alert(1)" hulp-label="Naar het CJG"></hechting-uitleg>`);
      await el.querySelector('hulp-link')!.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('<hechting-uitleg hulp-href="javascript:alert(1)">');
    });

    it('warns once that hulp-label needs hulp-href', async () => {
      const el = await fixture(html`<hechting-uitleg hulp-label="Hulp"></hechting-uitleg>`);
      expect(el.querySelector('hulp-link')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal('[hechting-widget] HW210 <hechting-uitleg hulp-label="Hulp">: needs hulp-href, the address of your help page.');
    });

    it('adds and removes the <hulp-link> after the first render', async () => {
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg></hechting-uitleg>`);
      el.setAttribute('hulp-href', 'https://example.org/hulp');
      await el.updateComplete;
      expect(el.querySelector('hulp-link')).to.exist;
      el.removeAttribute('hulp-href');
      await el.updateComplete;
      expect(el.querySelector('hulp-link')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const attributes of ['', 'collapsible', 'sections="veilige-basis"', 'hulp-href="https://example.org/hulp" hulp-label="Hulp"', 'collapsible heading-level="5"']) {
      it(`is accessible with ${attributes || 'no attributes'}`, async () => {
        const el = await fixture(`<hechting-uitleg ${attributes}></hechting-uitleg>`);
        openSections(el);
        await expectAccessible(el);
      });
    }
  });
});
