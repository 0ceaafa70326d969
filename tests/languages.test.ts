import { expect, fixture, html } from '@open-wc/testing';
import '../src/hechting-widget.js';
import type { BandTips } from '../src/band-tips/band-tips.js';
import { LANGUAGES } from '../src/shared/languages.js';
import { collapsibleSections, collectWarnings, isOpen, readContentFile, readInterfaceStrings, TAGS, textOf, widgetFixture, widgetsRendered } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const root = (el: Element) => el.querySelector('.hechting-widget')!;
/** Parts of a widget that are not the text of its content file, and may have a lang of their own. */
const NOT_CONTENT = '.hechting-languages, .hechting-translation-note';
const title = (el: Element) => textOf(el.querySelector('.hechting-title')!);

/** Sets `lang` on `target` and waits until every widget in `container` has updated. */
async function setLang(target: Element, lang: string | null, container: Element) {
  if (lang === null) target.removeAttribute('lang');
  else target.setAttribute('lang', lang);
  // The change reaches the widgets through a MutationObserver: a microtask, then their update.
  await Promise.resolve();
  await widgetsRendered(container);
}

describe('languages', () => {
  const warnings = collectWarnings();

  for (const lang of LANGUAGES) {
    describe(`lang="${lang}"`, () => {
      for (const tag of TAGS) {
        it(`<${tag}> shows every block of content/${lang}/${tag}.md, with lang and dir on its content`, async () => {
          const content = await readContentFile(lang, tag);
          const el = await fixture(`<${tag} lang="${lang}"></${tag}>`);
          const text = textOf(el);
          expect(title(el)).to.equal(content.title);
          if (content.attribution) expect(text).to.include(content.attribution);
          for (const block of content.blocks) expect(text, `block ${block.id}`).to.include(block.text);
          expect(root(el).getAttribute('lang')).to.equal(lang);
          expect(root(el).getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          expect(warnings.messages).to.deep.equal([]);
        });
      }

      for (const tag of TAGS) {
        it(`<${tag}> gives each Dutch term that content/${lang}/${tag}.md marks lang="nl" and dir="ltr", and no other text`, async () => {
          const content = await readContentFile(lang, tag);
          const el = await fixture(`<${tag} lang="${lang}"></${tag}>`);
          const marked = content.blocks.flatMap((block) => block.dutch);
          // Every element of the content with a lang of its own (not of a nested widget's).
          const parts = [...root(el).querySelectorAll('[lang]')].filter((part) => !part.closest(NOT_CONTENT) && part.closest('.hechting-widget') === root(el));
          expect(parts.map((part) => `${part.getAttribute('lang')} ${part.getAttribute('dir')}: ${textOf(part)}`)).to.deep.equal(marked.map((words) => `nl ltr: ${words}`));
          if (lang === 'nl') expect(marked).to.deep.equal([]);
          else expect(marked.length, 'the translations keep Dutch terms').to.be.greaterThan(0);
        });
      }

      it('shows the interface strings of its XLIFF file', async () => {
        const strings = await readInterfaceStrings(lang);
        const page = await widgetFixture(html`<div lang=${lang}>
          <band-tips mode="tip-of-the-day"></band-tips>
          <hulp-link href="https://example.org/hulp" phone="0123 456 789"></hulp-link>
          <hulp-link></hulp-link>
        </div>`);
        expect(textOf(page.querySelector('.hechting-tip h3')!)).to.equal(strings['tip-of-the-day.heading']);
        expect(textOf(page.querySelector('.hechting-tip button')!)).to.equal(strings['tip-of-the-day.next']);
        expect(textOf(page.querySelector('.hechting-help-link')!)).to.equal(strings['hulp-link.label']);
        expect(textOf(page.querySelector('.hechting-help-phone')!)).to.equal(`${strings['hulp-link.phone']} 0123 456 789`);
        expect(textOf(page.querySelectorAll('hulp-link')[1])).to.include(strings['hulp-link.where-to-turn']);
      });
    });
  }

  describe('which language', () => {
    it("takes the nearest ancestor's lang, else <html lang>, else Dutch", async () => {
      const html0 = document.documentElement.getAttribute('lang');
      try {
        document.documentElement.setAttribute('lang', 'tr');
        const page = await widgetFixture(html`<div>
          <section lang="pl"><div><band-tips></band-tips></div></section>
          <band-tips id="page"></band-tips>
        </div>`);
        expect(root(page.querySelector('section band-tips')!).getAttribute('lang')).to.equal('pl');
        expect(root(page.querySelector('#page')!).getAttribute('lang')).to.equal('tr');
        document.documentElement.removeAttribute('lang');
        const bare = await fixture(html`<band-tips></band-tips>`);
        expect(root(bare).getAttribute('lang')).to.equal('nl');
      } finally {
        if (html0 === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', html0);
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const [tag, lang] of [
      ['nl-BE', 'nl'],
      ['en-GB', 'en'],
      ['ar-MA', 'ar'],
      ['TR', 'tr'],
      ['pl_PL', 'pl'],
      ['uk-UA', 'uk'],
    ]) {
      it(`maps lang="${tag}" to ${lang}`, async () => {
        const el = await fixture(`<hulp-link lang="${tag}"></hulp-link>`);
        expect(root(el).getAttribute('lang')).to.equal(lang);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('ignores an empty lang and looks further up', async () => {
      const page = await widgetFixture(html`<div lang="en"><hulp-link lang=""></hulp-link></div>`);
      expect(root(page.querySelector('hulp-link')!).getAttribute('lang')).to.equal('en');
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const bad of ['de', 'fy', 'x', 'zh-Hant']) {
      it(`falls back to Dutch for lang="${bad}", with one warning naming element, attribute and value`, async () => {
        const el = await fixture<Widget>(`<band-tips lang="${bad}"></band-tips>`);
        expect(root(el).getAttribute('lang')).to.equal('nl');
        el.setAttribute('age', 'young');
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.equal(`[hechting-widget] HW301 <band-tips lang="${bad}">: not a language of this widget; use nl, en, ar, tr, pl, uk. Showing Nederlands.`);
      });
    }

    it('falls back to Dutch for an unsupported page language, with one warning per element', async () => {
      const page = await widgetFixture(html`<div lang="de"><hechting-uitleg></hechting-uitleg></div>`);
      expect(root(page.querySelector('hechting-uitleg')!).getAttribute('lang')).to.equal('nl');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal(
        `[hechting-widget] HW302 <hechting-uitleg>: the page's language "de": not a language of this widget; use nl, en, ar, tr, pl, uk. Or set lang on the element. Showing Nederlands.`,
      );
    });
  });

  describe('changes after the first render', () => {
    it("re-renders in the new language when the element's lang changes", async () => {
      const el = await fixture<Widget>(html`<band-tips lang="en"></band-tips>`);
      expect(title(el)).to.equal((await readContentFile('en', 'band-tips')).title);
      await setLang(el, 'uk', el.parentElement!);
      expect(title(el)).to.equal((await readContentFile('uk', 'band-tips')).title);
      el.lang = 'ar';
      await el.updateComplete;
      expect(root(el).getAttribute('dir')).to.equal('rtl');
      expect(title(el)).to.equal((await readContentFile('ar', 'band-tips')).title);
    });

    it("re-renders when an ancestor's or <html>'s lang changes", async () => {
      const html0 = document.documentElement.getAttribute('lang');
      try {
        const page = await widgetFixture(html`<div><section><hechting-uitleg></hechting-uitleg></section></div>`);
        const el = page.querySelector('hechting-uitleg')!;
        await setLang(document.documentElement, 'pl', page);
        expect(title(el)).to.equal((await readContentFile('pl', 'hechting-uitleg')).title);
        await setLang(page.querySelector('section')!, 'tr', page);
        expect(title(el)).to.equal((await readContentFile('tr', 'hechting-uitleg')).title);
        await setLang(page.querySelector('section')!, null, page);
        expect(title(el)).to.equal((await readContentFile('pl', 'hechting-uitleg')).title);
      } finally {
        if (html0 === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', html0);
      }
    });

    it("keeps the visitor's place: a collapsible section stays open, the next tip stays", async () => {
      const page = await widgetFixture(html`<div lang="nl">
        <hechting-uitleg collapsible></hechting-uitleg>
        <band-tips mode="tip-of-the-day"></band-tips>
      </div>`);
      const [section] = collapsibleSections(page);
      section.querySelector('button')!.click();
      const tips = page.querySelector<BandTips>('band-tips')!;
      tips.querySelector<HTMLButtonElement>('.hechting-tip button')!.click();
      await tips.updateComplete;
      const tipId = async (lang: string) => {
        const content = await readContentFile(lang, 'band-tips');
        const text = textOf(tips.querySelector('.hechting-tip-text')!);
        return content.blocks.find((block) => block.text === text)?.id;
      };
      const before = await tipId('nl');
      await setLang(page, 'en', page);
      expect(isOpen(section)).to.equal(true);
      expect(await tipId('en')).to.equal(before);
    });
  });

  it('shows each widget in its own language, also when they differ on one page', async () => {
    const page = await widgetFixture(html`<div>
      ${LANGUAGES.map((lang) => html`<band-tips lang=${lang} mode="tip-of-the-day"></band-tips>`)}
    </div>`);
    const widgets = [...page.querySelectorAll('band-tips')];
    for (const [i, lang] of LANGUAGES.entries()) {
      const strings = await readInterfaceStrings(lang);
      expect(title(widgets[i]), lang).to.equal((await readContentFile(lang, 'band-tips')).title);
      expect(textOf(widgets[i].querySelector('.hechting-tip button')!), lang).to.equal(strings['tip-of-the-day.next']);
    }
  });

  describe('translation note', () => {
    it('is absent from the Dutch text', async () => {
      const el = await fixture(html`<band-tips lang="nl"></band-tips>`);
      expect(el.querySelector('.hechting-translation-note')).to.equal(null);
    });

    for (const lang of LANGUAGES.slice(1)) {
      it(`says in ${lang} that the text is a translation not yet checked, and shows the Dutch original on request`, async () => {
        const strings = await readInterfaceStrings(lang);
        const nl = await readInterfaceStrings('nl');
        const el = await fixture<Widget>(`<hechting-uitleg lang="${lang}"></hechting-uitleg>`);
        const note = () => el.querySelector('.hechting-translation-note')!;
        expect(textOf(note())).to.include(strings['translation-note.translated']).and.include(strings['translation-note.unchecked']);
        const button = note().querySelector('button')!;
        expect(textOf(button)).to.equal(strings['translation-note.show-original']);
        expect(button.getAttribute('aria-pressed')).to.equal('false');

        button.click();
        await el.updateComplete;
        const original = await readContentFile('nl', 'hechting-uitleg');
        expect(root(el).getAttribute('lang')).to.equal('nl');
        for (const block of original.blocks) expect(textOf(el), `block ${block.id}`).to.include(block.text);
        expect(textOf(note())).to.include(nl['translation-note.original']);
        // The way back is the same toggle, pressed, with the same name in the translation's own
        // language, so that its reader finds it and hears what it does.
        const back = note().querySelector('button')!;
        expect(back).to.equal(button);
        expect(back.getAttribute('lang')).to.equal(lang);
        expect(textOf(back)).to.equal(strings['translation-note.show-original']);
        expect(back.getAttribute('aria-pressed')).to.equal('true');

        back.click();
        await el.updateComplete;
        expect(root(el).getAttribute('lang')).to.equal(lang);
        expect(title(el)).to.equal((await readContentFile(lang, 'hechting-uitleg')).title);
      });
    }

    it('appears once for a widget with its help link: the nested <hulp-link> follows it', async () => {
      const el = await fixture<Widget>(html`<band-tips lang="en" hulp-href="https://example.org/hulp"></band-tips>`);
      expect(el.querySelectorAll('.hechting-translation-note')).to.have.length(1);
      const nested = el.querySelector<Widget>('hulp-link')!;
      await nested.updateComplete;
      expect(root(nested).getAttribute('lang')).to.equal('en');
      el.querySelector<HTMLButtonElement>('.hechting-translation-note button')!.click();
      await el.updateComplete;
      await nested.updateComplete;
      expect(root(nested).getAttribute('lang')).to.equal('nl');
      expect(title(nested)).to.equal((await readContentFile('nl', 'hulp-link')).title);
    });
  });

  it('switches language without a single request', async () => {
    const requests = performance.getEntriesByType('resource').length;
    const el = await fixture<Widget>(html`<band-tips mode="tip-of-the-day" hulp-href="https://example.org/hulp"></band-tips>`);
    for (const lang of [...LANGUAGES, 'nl']) {
      el.setAttribute('lang', lang);
      await el.updateComplete;
    }
    expect(performance.getEntriesByType('resource').length).to.equal(requests);
  });
});
