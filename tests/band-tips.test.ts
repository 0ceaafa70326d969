import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/hechting-widget.js';
import type { BandTips } from '../src/band-tips/band-tips.js';
import { tipIndexForDate } from '../src/band-tips/tip-of-the-day.js';
import { collectWarnings, readContentFile, textOf, expectAccessible, expectFocusOn } from './helpers.js';

const VOORBEELDEN = 'Voorbeelden';
const OUDER = 'Als je kind ouder wordt';
const NIET_LUKT = 'Als het niet lukt';
const TIP_IDS = ['reageer', 'maak-contact', 'troost', 'speel', 'gevoelens'];

const sectionTitles = (el: Element) => [...el.querySelectorAll('.hechting-section > .hechting-heading-box:first-child')].map(textOf);
const tipText = (el: Element) => textOf(el.querySelector('.hechting-tip-text')!);

async function tipTexts(): Promise<Record<string, string>> {
  const content = await readContentFile('nl', 'band-tips');
  return Object.fromEntries(TIP_IDS.map((id) => [id, content.blocks.find((block) => block.id === id)!.text]));
}

/** Renders a tip-of-the-day element on the given local date. */
async function tipOfTheDayOn(date: Date, attributes = ''): Promise<BandTips> {
  const clock = sinon.useFakeTimers({ now: date, toFake: ['Date'] });
  try {
    return await fixture<BandTips>(`<band-tips mode="tip-of-the-day" ${attributes}></band-tips>`);
  } finally {
    clock.restore();
  }
}

describe('<band-tips>', () => {
  const warnings = collectWarnings();

  describe('age', () => {
    it('shows every section by default (all)', async () => {
      const el = await fixture(html`<band-tips></band-tips>`);
      expect(sectionTitles(el)).to.deep.equal([VOORBEELDEN, OUDER, NIET_LUKT]);
    });

    for (const [age, sections] of [
      ['young', [VOORBEELDEN]],
      ['older', [OUDER]],
      ['all', [VOORBEELDEN, OUDER, NIET_LUKT]],
    ] as const) {
      it(`age="${age}" shows ${sections.join(', ')} after the introduction`, async () => {
        const el = await fixture(`<band-tips age="${age}"></band-tips>`);
        expect(sectionTitles(el)).to.deep.equal(sections);
        expect(textOf(el)).to.include('Het opbouwen van een band met je kind begint zodra je kind geboren is.');
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    for (const bad of ['baby', '', 'YOUNG OLDER']) {
      it(`age="${bad}" shows all, with one warning`, async () => {
        const el = await fixture(`<band-tips age="${bad}"></band-tips>`);
        expect(sectionTitles(el)).to.deep.equal([VOORBEELDEN, OUDER, NIET_LUKT]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.equal(`[hechting-widget] HW202 <band-tips age="${bad}">: use young, older or all; showing all.`);
      });
    }

    it('takes a value in capitals or with spaces around it, as a webmaster may type it, without a warning', async () => {
      for (const age of ['YOUNG', ' Young ']) {
        const el = await fixture(`<band-tips age="${age}"></band-tips>`);
        expect(sectionTitles(el), age).to.deep.equal([VOORBEELDEN]);
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it('takes a change after the first render', async () => {
      const el = await fixture(html`<band-tips age="young"></band-tips>`);
      el.setAttribute('age', 'older');
      await (el as BandTips).updateComplete;
      expect(sectionTitles(el)).to.deep.equal([OUDER]);
    });
  });

  describe('tips', () => {
    it('shows only the named tips, in content order', async () => {
      const texts = await tipTexts();
      const el = await fixture<BandTips>(html`<band-tips tips="speel reageer"></band-tips>`);
      expect([...el.querySelectorAll('li')].map(textOf)).to.deep.equal([texts.reageer, texts.speel]);
      el.tips = 'troost';
      await el.updateComplete;
      expect([...el.querySelectorAll('li')].map(textOf)).to.deep.equal([texts.troost]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('names unknown ids in one warning, and shows all tips when none is known', async () => {
      const el = await fixture(html`<band-tips tips="knuffel"></band-tips>`);
      expect(el.querySelectorAll('li')).to.have.length(TIP_IDS.length);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal('[hechting-widget] HW204 <band-tips tips="knuffel">: unknown "knuffel"; use reageer, maak-contact, troost, speel, gevoelens. Showing all.');
    });
  });

  describe('mode', () => {
    it('is a list by default, with no next-tip button', async () => {
      const el = await fixture(html`<band-tips></band-tips>`);
      expect(el.querySelectorAll('li')).to.have.length(TIP_IDS.length);
      expect(el.querySelector('.hechting-tip button') === null).to.equal(true);
    });

    it('mode="onzin" shows the list, with one warning', async () => {
      const el = await fixture(html`<band-tips mode="onzin"></band-tips>`);
      expect(el.querySelectorAll('li')).to.have.length(TIP_IDS.length);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal('[hechting-widget] HW203 <band-tips mode="onzin">: use list or tip-of-the-day; showing the list.');
    });

    it('mode=" Tip-Of-The-Day " shows the tip of the day, without a warning', async () => {
      const el = await fixture(html`<band-tips mode=" Tip-Of-The-Day "></band-tips>`);
      expect(el.querySelector('.hechting-tip .hechting-tip-text'), 'the tip card').to.exist;
      expect(el.querySelectorAll('li')).to.have.length(0);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('switches between list and tip of the day after the first render', async () => {
      const el = await fixture<BandTips>(html`<band-tips></band-tips>`);
      el.setAttribute('mode', 'tip-of-the-day');
      await el.updateComplete;
      expect(el.querySelectorAll('li')).to.have.length(0);
      expect(el.querySelector('.hechting-tip')).to.exist;
      el.removeAttribute('mode');
      await el.updateComplete;
      expect(el.querySelectorAll('li')).to.have.length(TIP_IDS.length);
    });
  });

  describe('tip of the day', () => {
    it('shows one tip, in a polite live region, with a next-tip button', async () => {
      const texts = Object.values(await tipTexts());
      const el = await fixture(html`<band-tips mode="tip-of-the-day"></band-tips>`);
      expect(texts).to.include(tipText(el));
      expect(el.querySelector('.hechting-tip-text')!.closest('[aria-live]')!.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(el.querySelector('.hechting-tip button')!)).to.equal('Volgende tip');
    });

    it('has no next-tip button when only one tip takes turns', async () => {
      const el = await fixture(html`<band-tips mode="tip-of-the-day" tips="troost"></band-tips>`);
      expect(tipText(el)).to.equal((await tipTexts()).troost);
      expect(el.querySelectorAll('.hechting-tip button')).to.have.length(0);
    });

    it('gives every visitor the same tip on the same local date, at any hour', async () => {
      const morning = await tipOfTheDayOn(new Date(2026, 2, 14, 0, 5));
      const evening = await tipOfTheDayOn(new Date(2026, 2, 14, 23, 55));
      expect(tipText(morning)).to.equal(tipText(evening));
    });

    it('goes through every tip on consecutive days, also across a month, a year and a clock change', async () => {
      for (const start of [new Date(2026, 0, 29), new Date(2026, 11, 29), new Date(2026, 2, 27), new Date(2026, 9, 23)]) {
        const seen: string[] = [];
        for (let day = 0; day < TIP_IDS.length; day++) {
          const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + day, 12);
          seen.push(tipText(await tipOfTheDayOn(date)));
        }
        expect(new Set(seen).size, `from ${start.toDateString()}`).to.equal(TIP_IDS.length);
      }
    });

    it('rotates only through the tips named in tips', async () => {
      const texts = await tipTexts();
      const seen = new Set<string>();
      for (let day = 1; day <= 4; day++) seen.add(tipText(await tipOfTheDayOn(new Date(2026, 4, day), 'tips="troost speel"')));
      expect([...seen].sort()).to.deep.equal([texts.troost, texts.speel].sort());
    });

    it('indexes dates without gaps or repeats (tipIndexForDate)', () => {
      const indexes = Array.from({ length: 400 }, (_, day) => tipIndexForDate(new Date(2026, 0, 1 + day), 7));
      indexes.forEach((index, day) => day && expect(index, `day ${day}`).to.equal((indexes[day - 1] + 1) % 7));
    });

    it('shows the next tip, and wraps round to the first, when the button is used by keyboard', async () => {
      const texts = Object.values(await tipTexts());
      const el = await fixture(html`<band-tips mode="tip-of-the-day"></band-tips>`);
      const first = texts.indexOf(tipText(el));
      const button = el.querySelector<HTMLButtonElement>('.hechting-tip button')!;
      button.focus();
      for (let step = 1; step <= TIP_IDS.length; step++) {
        const before = tipText(el);
        await sendKeys({ press: step % 2 ? 'Enter' : ' ' });
        // A key reaches the page a moment after the driver sends it (Firefox over WebDriver BiDi).
        await waitUntil(() => tipText(el) !== before, `no new tip after step ${step}`, { timeout: 2000 });
        expect(tipText(el)).to.equal(texts[(first + step) % texts.length]);
      }
      expectFocusOn(button);
    });
  });

  describe('accessibility', () => {
    for (const attributes of ['', 'age="young"', 'age="older"', 'tips="troost"', 'mode="tip-of-the-day"', 'mode="tip-of-the-day" heading-level="6"', 'hulp-href="https://example.org/hulp"']) {
      it(`is accessible with ${attributes || 'no attributes'}`, async () => {
        await expectAccessible(await fixture(`<band-tips ${attributes}></band-tips>`));
      });
    }
  });
});
