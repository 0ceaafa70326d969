import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hechting-widget.js';
import { LANGUAGES } from '../src/shared/languages.js';
import { collectWarnings, readContentFile, readInterfaceStrings, textOf, widgetFixture, widgetsRendered, expectAccessible, expectFocusOn } from './helpers.js';

// The visitor's choice holds for the whole page, as on a real site; so every test here starts by
// making its own choice, and none relies on the page's lang alone.

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const root = (el: Element) => el.querySelector('.hechting-widget')!;
const buttons = (el: Element) => [...el.querySelectorAll<HTMLButtonElement>('.hechting-languages button')];
const button = (el: Element, lang: string) => buttons(el).find((candidate) => candidate.lang === lang)!;

describe('language switcher', () => {
  const warnings = collectWarnings();

  it('is absent without the languages attribute', async () => {
    const el = await fixture(html`<band-tips></band-tips>`);
    expect(el.querySelector('.hechting-languages')).to.equal(null);
  });

  it('offers every language when the attribute is empty, each named in itself with its own lang', async () => {
    const el = await fixture(html`<band-tips languages></band-tips>`);
    const names = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'language' }).of(lang)!]));
    expect(buttons(el).map((b) => b.lang)).to.deep.equal([...LANGUAGES]);
    for (const b of buttons(el)) expect(textOf(b).toLocaleLowerCase(b.lang)).to.equal(names[b.lang].toLocaleLowerCase(b.lang));
    expect(buttons(el).map(textOf)).to.include.members(['Nederlands', 'English', 'العربية', 'Türkçe', 'Polski', 'Українська']);
    expect(buttons(el).every((b) => b.type === 'button')).to.equal(true);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is a group of buttons with a localized name, under that label', async () => {
    const strings = await readInterfaceStrings('en');
    const el = await fixture<Widget>(html`<hulp-link lang="en" languages="nl en"></hulp-link>`);
    button(el, 'en').click();
    await el.updateComplete;
    const group = el.querySelector('.hechting-languages [role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal(strings['language-switcher.label']);
    expect(buttons(el).every((b) => b.parentElement === group)).to.equal(true);
    // The label shows, and is the group's name to assistive technology rather than a second text.
    const label = el.querySelector('.hechting-languages-label')!;
    expect(textOf(label)).to.equal(strings['language-switcher.label']);
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    expect(label.getClientRects().length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('offers the named languages, mapping regions and warning once about unknown ones', async () => {
    const el = await fixture(html`<band-tips languages="pl nl-BE xx AR"></band-tips>`);
    expect(buttons(el).map((b) => b.lang)).to.deep.equal(LANGUAGES.filter((lang) => ['nl', 'ar', 'pl'].includes(lang)));
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.equal('[hechting-widget] HW204 <band-tips languages="pl nl-BE xx AR">: unknown "xx"; use nl, en, ar, tr, pl, uk. Showing the others.');
  });

  it('switches every widget on the page, also those without a switcher, and says so in an event', async () => {
    const page = await widgetFixture(html`<div lang="nl">
      <band-tips languages="nl pl ar"></band-tips>
      <hechting-uitleg lang="en"></hechting-uitleg>
      <hulp-link></hulp-link>
    </div>`);
    const tips = page.querySelector('band-tips')!;
    const event = oneEvent(page, 'hechting-language-change');
    button(tips, 'pl').click();
    const { detail, bubbles, composed } = await event;
    expect({ detail, bubbles, composed }).to.deep.equal({ detail: { language: 'pl' }, bubbles: true, composed: true });
    await widgetsRendered(page);
    for (const tag of ['band-tips', 'hechting-uitleg', 'hulp-link'] as const) {
      const el = page.querySelector(tag)!;
      expect(root(el).getAttribute('lang'), tag).to.equal('pl');
      expect(textOf(el.querySelector('.hechting-title')!), tag).to.equal((await readContentFile('pl', tag)).title);
    }
    expect(buttons(tips).map((b) => [b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['nl', 'false'],
      ['ar', 'false'],
      ['pl', 'true'],
    ]);
  });

  it('says a switch once, in the new language, in the widget whose button was pressed, and in no other', async () => {
    const page = await widgetFixture(html`<div lang="nl"><band-tips languages="nl en"></band-tips><hechting-uitleg languages="nl en"></hechting-uitleg></div>`);
    const [used, other] = page.querySelectorAll<Widget>('band-tips, hechting-uitleg');
    const status = (el: Element) => textOf(el.querySelector('.hechting-languages [role="status"]')!);
    expect([status(used), status(other)]).to.deep.equal(['', '']);
    button(used, 'en').click();
    await used.updateComplete;
    await other.updateComplete;
    const now = (await readInterfaceStrings('en'))['language-switcher.now'];
    expect([status(used), status(other)]).to.deep.equal([now, '']);
    // The Dutch original, asked for in the other widget: that one says so, in Dutch; the first,
    // still in English, keeps its line unchanged, so that nothing says it again.
    other.querySelector<HTMLButtonElement>('.hechting-translation-note button')!.click();
    await used.updateComplete;
    await other.updateComplete;
    expect([status(used), status(other)]).to.deep.equal([now, (await readInterfaceStrings('nl'))['language-switcher.now']]);
  });

  it("keeps the visitor's language pressed while the Dutch original of its translation is shown", async () => {
    const el = await fixture<Widget>(html`<band-tips languages="nl en"></band-tips>`);
    button(el, 'en').click();
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('.hechting-translation-note button')!.click(); // Toon de Nederlandse tekst
    await el.updateComplete;
    expect(root(el).getAttribute('lang')).to.equal('nl');
    expect(buttons(el).map((b) => [b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['nl', 'false'],
      ['en', 'true'],
    ]);
  });

  it('holds for widgets added later, and works by keyboard', async () => {
    const first = await fixture<Widget>(html`<hechting-uitleg languages="nl ar"></hechting-uitleg>`);
    button(first, 'nl').click();
    await first.updateComplete;
    button(first, 'ar').focus();
    // A key reaches the page a moment after the driver sends it (Firefox over WebDriver BiDi).
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(first).getAttribute('dir') === 'rtl', 'Enter did not switch to Arabic', { timeout: 2000 });
    expectFocusOn(button(first, 'ar'));
    button(first, 'nl').focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => root(first).getAttribute('lang') === 'nl', 'Space did not switch to Dutch', { timeout: 2000 });

    button(first, 'ar').click();
    await first.updateComplete;
    const later = await fixture(html`<band-tips lang="en"></band-tips>`);
    expect(root(later).getAttribute('lang')).to.equal('ar');
  });

  it("keeps the host's own texts in the page's language when the visitor chooses another", async () => {
    const page = await widgetFixture(html`<div lang="nl">
      <hulp-link href="https://example.org/" label="Naar het CJG" organization="CJG Voorbeeld" languages="nl ar"></hulp-link>
      <band-tips age="young" hulp-href="https://example.org/" hulp-label="Naar het CJG"></band-tips>
    </div>`);
    const link = page.querySelector('hulp-link')!;
    button(link, 'ar').click();
    await widgetsRendered(page);
    expect(root(link).getAttribute('lang')).to.equal('ar');
    for (const text of [link.querySelector('.hechting-help-link')!, link.querySelector('.hechting-help-organization')!, page.querySelector('band-tips .hechting-help-link')!]) {
      expect([text.getAttribute('lang'), text.getAttribute('dir')], textOf(text)).to.deep.equal(['nl', 'auto']);
    }
    button(link, 'nl').click();
    await widgetsRendered(page);
    expect(link.querySelector('.hechting-help-link')!.hasAttribute('lang')).to.equal(false);
  });
});
