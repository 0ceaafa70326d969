import { expect, fixture, html } from '@open-wc/testing';
import '../src/hechting-widget.js';
import type { HulpLink } from '../src/hulp-link/hulp-link.js';
import { collectWarnings, readContentFile, textOf, expectAccessible } from './helpers.js';

const LEAD = 'Zoek je als ouder of opvoeder hulp of advies? Bekijk hier waar je terecht kunt.';
const helpLink = (el: Element) => el.querySelector<HTMLAnchorElement>('a.hechting-help-link');

describe('<hulp-link>', () => {
  const warnings = collectWarnings();

  describe('without href and phone', () => {
    it('shows where a parent can turn, as the sources name it, and no link', async () => {
      const content = await readContentFile('nl', 'hulp-link');
      const el = await fixture(html`<hulp-link></hulp-link>`);
      const places = ['partner', 'vrienden', 'familie', 'huisarts', 'verloskundige', 'kraamverzorgende', 'consultatiebureau', 'jeugdarts'];
      expect([...el.querySelectorAll('li')].map(textOf)).to.deep.equal(places.map((id) => content.blocks.find((b) => b.id === id)!.text));
      expect(textOf(el)).to.include(LEAD);
      expect(el.querySelectorAll('a')).to.have.length(0);
    });

    it('shows the organization name with the list', async () => {
      const el = await fixture(html`<hulp-link organization="Centrum voor Jeugd en Gezin"></hulp-link>`);
      expect(textOf(el.querySelector('.hechting-help-organization')!)).to.equal('Centrum voor Jeugd en Gezin');
      expect(el.querySelectorAll('li').length).to.be.greaterThan(0);
    });
  });

  describe('href, label, organization and phone', () => {
    it('links to the help page with the default label, instead of the list', async () => {
      const el = await fixture(html`<hulp-link href="https://www.voorbeeld.example/opvoeden"></hulp-link>`);
      expect(helpLink(el)!.href).to.equal('https://www.voorbeeld.example/opvoeden');
      expect(textOf(helpLink(el)!)).to.equal('Hulp en advies voor ouders');
      expect(textOf(el)).to.include(LEAD);
      expect(el.querySelectorAll('li')).to.have.length(0);
    });

    it('uses label as the link text; an empty label gives the default', async () => {
      const el = await fixture<HulpLink>(html`<hulp-link href="https://example.org/" label="Naar het CJG"></hulp-link>`);
      expect(textOf(helpLink(el)!)).to.equal('Naar het CJG');
      el.label = '  ';
      await el.updateComplete;
      expect(textOf(helpLink(el)!)).to.equal('Hulp en advies voor ouders');
    });

    it('takes an empty href for no href, with one warning: it would link to the page itself', async () => {
      for (const href of ['', '   ']) {
        warnings.messages.length = 0;
        const el = await fixture(`<hulp-link href="${href}"></hulp-link>`);
        expect(helpLink(el)).to.equal(null);
        expect(el.querySelectorAll('li').length).to.be.greaterThan(0);
        expect(warnings.messages).to.have.length(1);
      }
    });

    it('says once that a label without href needs href', async () => {
      await fixture(html`<hulp-link label="Naar het CJG"></hulp-link>`);
      expect(warnings.messages).to.deep.equal(['[hechting-widget] HW210 <hulp-link label="Naar het CJG">: needs href, the address of your help page.']);
    });

    for (const [href, expected] of [
      ['http://example.org/hulp', 'http://example.org/hulp'],
      ['mailto:cjg@example.org', 'mailto:cjg@example.org'],
      ['tel:+31201234567', 'tel:+31201234567'],
      // A relative address stays as written (the server renderer cannot resolve it), and leads
      // where a plain link would.
      ['/opvoeden/hulp', '/opvoeden/hulp'],
    ]) {
      it(`links to ${href}`, async () => {
        const el = await fixture(`<hulp-link href="${href}"></hulp-link>`);
        expect(helpLink(el)!.getAttribute('href')).to.equal(expected);
        expect(helpLink(el)!.href).to.equal(new URL(href, document.baseURI).href);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('shows the phone number as a tel: link, without the list', async () => {
      const el = await fixture(html`<hulp-link phone="0123 456 789"></hulp-link>`);
      const phone = el.querySelector<HTMLAnchorElement>('.hechting-help-phone a')!;
      expect(phone.getAttribute('href')).to.equal('tel:0123456789');
      expect(textOf(phone)).to.equal('0123 456 789');
      expect(el.querySelectorAll('li')).to.have.length(0);
    });

    // Also a number among words: as a phone link, it would show the words and try to dial them.
    for (const phone of ['bel ons', 'bel 0800-1234 of mail ons', '0800-1234 (gratis)']) {
      it(`leaves out a phone value that is not a number, "${phone}", with one warning`, async () => {
        const el = await fixture(html`<hulp-link phone=${phone}></hulp-link>`);
        expect(el.querySelector('.hechting-help-phone')).to.equal(null);
        expect(el.querySelectorAll('li').length).to.be.greaterThan(0);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.equal(`[hechting-widget] HW207 <hulp-link phone="${phone}">: not a phone number (use digits, spaces, + and -); it is left out.`);
      });
    }

    it('takes changes after the first render', async () => {
      const el = await fixture<HulpLink>(html`<hulp-link></hulp-link>`);
      el.setAttribute('href', 'https://example.org/a');
      el.setAttribute('organization', 'CJG');
      el.setAttribute('phone', '112');
      await el.updateComplete;
      expect(helpLink(el)!.href).to.equal('https://example.org/a');
      expect(textOf(el)).to.include('CJG').and.include('112');
      el.removeAttribute('href');
      el.removeAttribute('phone');
      await el.updateComplete;
      expect(helpLink(el)).to.equal(null);
      expect(el.querySelectorAll('li').length).to.be.greaterThan(0);
    });
  });

  describe('href schemes', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://[::1',
    ]) {
      it(`never renders ${JSON.stringify(href)}, warns once and shows the list`, async () => {
        const el = await fixture<HulpLink>(html`<hulp-link href=${href}></hulp-link>`);
        expect(el.querySelectorAll('a')).to.have.length(0);
        const rendered = el.innerHTML.toLowerCase();
        for (const scheme of ['javascript:', 'data:', 'vbscript:']) expect(rendered).not.to.include(scheme);
        expect(el.querySelectorAll('li').length).to.be.greaterThan(0);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.match(/^\[hechting-widget\] HW206 <hulp-link href=/);
      });
    }

    it('drops the link when a safe href is replaced by a javascript: one', async () => {
      const el = await fixture<HulpLink>(html`<hulp-link href="https://example.org/"></hulp-link>`);
      el.setAttribute('href', 'javascript:alert(1)');
      await el.updateComplete;
      expect(el.innerHTML).not.to.include('javascript:');
      expect(helpLink(el)).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const attributes of ['', 'href="https://example.org/" organization="Centrum voor Jeugd en Gezin" phone="0123 456 789"', 'phone="0123 456 789"', 'heading-level="4" organization="CJG"']) {
      it(`is accessible with ${attributes || 'no attributes'}`, async () => {
        await expectAccessible(await fixture(`<hulp-link ${attributes}></hulp-link>`));
      });
    }
  });
});
