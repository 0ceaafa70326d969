import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/hechting-widget.js';
import type { BandTips } from '../src/band-tips/band-tips.js';
import { LANGUAGES } from '../src/shared/languages.js';
import { readContentFile, readInterfaceStrings, textOf, widgetFixture } from './helpers.js';

// What a visitor does is told to the host page through bubbling, composed events, so that the
// host can count it with its own tools. The widget itself counts nothing.

/** The events of `type` that reach the document while `act` runs. */
async function eventsDuring(type: string, act: () => unknown | Promise<unknown>): Promise<CustomEvent[]> {
  const events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener(type, record);
  try {
    await act();
  } finally {
    document.removeEventListener(type, record);
  }
  return events;
}

describe('events for the host page', () => {
  it('hechting-section-toggle: a visitor opens or closes a section, not printing', async () => {
    const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
    const button = el.querySelectorAll<HTMLElement>('.hechting-disclosure')[1];
    const events = await eventsDuring('hechting-section-toggle', async () => {
      button.click();
      button.click();
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(events.map((event) => event.detail)).to.deep.equal([
      { section: 'veilige-basis', open: true },
      { section: 'veilige-basis', open: false },
    ]);
    expect(events.every((event) => event.bubbles && event.composed)).to.equal(true);
  });

  it('hechting-next-tip: names the tip now shown', async () => {
    const el = await fixture<BandTips>(html`<band-tips mode="tip-of-the-day"></band-tips>`);
    const content = await readContentFile('nl', 'band-tips');
    const next = oneEvent(el, 'hechting-next-tip');
    el.querySelector<HTMLButtonElement>('.hechting-tip button')!.click();
    const { detail, bubbles, composed } = await next;
    await el.updateComplete;
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(content.blocks.find((block) => block.id === detail.tip)!.text).to.equal(textOf(el.querySelector('.hechting-tip-text')!));
  });

  it('hechting-help-link: a visitor follows the help page or the phone number', async () => {
    const page = await widgetFixture(html`<div>
      <hulp-link href="https://example.org/hulp" phone="0123 456 789"></hulp-link>
      <band-tips age="young" hulp-href="https://example.org/cjg"></band-tips>
    </div>`);
    // The test page stays where it is.
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay, true);
    try {
      const events = await eventsDuring('hechting-help-link', () => page.querySelectorAll<HTMLAnchorElement>('hulp-link a').forEach((link) => link.click()));
      expect(events.map((event) => event.detail)).to.deep.equal([
        { href: 'https://example.org/hulp', kind: 'page' },
        { href: 'tel:0123456789', kind: 'phone' },
        { href: 'https://example.org/cjg', kind: 'page' },
      ]);
      expect(events.every((event) => event.bubbles && event.composed)).to.equal(true);
    } finally {
      document.removeEventListener('click', stay, true);
    }
  });
});

describe('trust signals', () => {
  for (const lang of LANGUAGES) {
    it(`shows the attribution and the date last reviewed, in ${lang}`, async () => {
      const strings = await readInterfaceStrings(lang);
      for (const tag of ['hechting-uitleg', 'band-tips'] as const) {
        const content = await readContentFile(lang, tag);
        const el = await fixture(`<${tag} lang="${lang}"></${tag}>`);
        expect(textOf(el.querySelector('.hechting-attribution')!)).to.equal(content.attribution);
        const reviewed = el.querySelector('.hechting-last-reviewed')!;
        const time = reviewed.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal(content.lastReviewed);
        // The date as the content build wrote it in the page's language: with its year, in digits.
        expect(textOf(time)).to.match(new RegExp(content.lastReviewed.slice(0, 4)));
        if (lang === 'nl') expect(textOf(time)).to.match(/^\d{1,2} [a-z]+ \d{4}$/);
        expect(textOf(reviewed)).to.equal(strings['page.last-reviewed'].replace('{0}', textOf(time)));
      }
    });
  }
});
