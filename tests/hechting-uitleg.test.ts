import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hechting-widget.js';
import type { HechtingUitleg } from '../src/hechting-uitleg/hechting-uitleg.js';
import { collectWarnings, textOf, expectAccessible } from './helpers.js';

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
    it('makes each section a closed native disclosure with its heading in the summary; the introduction stays open', async () => {
      const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      const details = [...el.querySelectorAll('details')];
      expect(details).to.have.length(2);
      expect(details.map((d) => d.open)).to.deep.equal([false, false]);
      expect(details.map((d) => textOf(d.querySelector('summary > h3')!))).to.deep.equal([GOEDE_BAND, VEILIGE_BASIS]);
      expect(el.querySelector('details')!.compareDocumentPosition(el.querySelector('p')!) & Node.DOCUMENT_POSITION_PRECEDING).to.be.ok;
      expect(el.querySelector('p')!.closest('details')).to.equal(null);
    });

    it('opens a section from the keyboard', async () => {
      const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      const details = el.querySelector('details')!;
      el.querySelector('summary')!.focus();
      // A key reaches the page a moment after the driver sends it (Firefox over WebDriver BiDi).
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => details.open, 'Enter did not open the section', { timeout: 2000 });
      await sendKeys({ press: ' ' });
      await waitUntil(() => !details.open, 'Space did not close the section', { timeout: 2000 });
    });

    it('switches between sections and disclosures after the first render', async () => {
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg></hechting-uitleg>`);
      expect(el.querySelectorAll('details')).to.have.length(0);
      el.toggleAttribute('collapsible', true);
      await el.updateComplete;
      expect(el.querySelectorAll('details')).to.have.length(2);
      el.removeAttribute('collapsible');
      await el.updateComplete;
      expect(el.querySelectorAll('details')).to.have.length(0);
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
        el.querySelectorAll('details').forEach((details) => (details.open = true));
        await expectAccessible(el);
      });
    }
  });
});
