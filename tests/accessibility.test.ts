import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/hechting-widget.js';
import type { BandTips } from '../src/band-tips/band-tips.js';
import { chooseLanguage } from '../src/shared/language-controller.js';
import { LANGUAGES } from '../src/shared/languages.js';
import {
  collapsibleSections,
  computed,
  describeControl,
  expectAccessible,
  focusRing,
  framedPage,
  headingLevels,
  isOpen,
  itIn,
  openSections,
  targetsIn,
  targetSizeFailures,
  textOf,
  widgetFixture,
  widgetsRendered,
} from './helpers.js';

/** Every element with every option that changes what it renders, in an outline a page could have. */
const EVERY_OPTION = html`
  <hechting-uitleg></hechting-uitleg>
  <hechting-uitleg collapsible languages hulp-href="https://example.org/hulp" hulp-label="Naar het CJG"></hechting-uitleg>
  <hechting-uitleg sections="veilige-basis" no-title heading-level="3"></hechting-uitleg>
  <band-tips languages="nl en ar"></band-tips>
  <band-tips age="young" tips="troost speel" heading-level="3" hulp-href="tel:0123456789"></band-tips>
  <band-tips age="older" no-title heading-level="4"></band-tips>
  <band-tips mode="tip-of-the-day" heading-level="5"></band-tips>
  <hulp-link phone="+31 20 123 4567" heading-level="6"></hulp-link>
  <hulp-link></hulp-link>
  <hulp-link href="https://example.org/hulp" label="Naar het CJG" organization="Centrum voor Jeugd en Gezin" phone="0123 456 789"></hulp-link>
`;

/** What a keyboard reaches in the widgets, in document order: links and buttons, but those in a closed section's text. */
function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => !el.closest('details:not([open])'));
}

/** Which of the widget's controls a target is. */
function kindOf(target: Element): string {
  if (target.closest('.hechting-read-aloud')) return 'read aloud';
  if (target.closest('.hechting-languages')) return 'language';
  if (target.closest('.hechting-translation-note')) return 'translation note';
  if (target.closest('.hechting-tip')) return 'next tip';
  if (target.matches('.hechting-help-link')) return 'help link';
  if (target.matches('.hechting-disclosure')) return 'section';
  if (target.closest('.hechting-help-phone')) return 'phone link';
  return target.localName;
}

/**
 * Whether some of a control shows in its page's viewport, covered by nothing: a point of a grid
 * over its box where the page hits the control itself. (The grid makes this a little stricter
 * than "at least partly": a sliver between its points counts as hidden.)
 */
function partlyVisible(el: Element): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView!;
  const steps = [0.1, 0.3, 0.5, 0.7, 0.9];
  return [...el.getClientRects()].some((box) =>
    steps.some((fx) =>
      steps.some((fy) => {
        const [x, y] = [box.left + box.width * fx, box.top + box.height * fy];
        if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
        const hit = doc.elementFromPoint(x, y);
        return hit !== null && el.contains(hit);
      }),
    ),
  );
}

/**
 * For each test of the calling `describe`, speech synthesis with a local voice in every language
 * that never speaks: "Lees voor" starts reading and the reading goes on until stopped.
 */
function withSilentVoices(): void {
  const real = ['speechSynthesis', 'SpeechSynthesisUtterance'].map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  beforeEach(() => {
    const voices = LANGUAGES.map((lang) => ({ lang, localService: true, name: lang, default: false, voiceURI: lang }));
    const silent = { getVoices: () => voices, speak() {}, pause() {}, resume() {}, cancel() {} };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => silent });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: class extends EventTarget {} });
  });
  afterEach(() => {
    for (const [name, descriptor] of real) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as unknown as Record<string, unknown>)[name];
    }
  });
}

describe('accessibility', () => {
  describe('axe: WCAG 2.2 A and AA, and best practices', () => {
    for (const lang of LANGUAGES) {
      it(`every element and option in lang="${lang}", disclosures closed and open`, async () => {
        const page = await widgetFixture(html`<main lang=${lang}>${EVERY_OPTION}</main>`);
        await expectAccessible(page);
        openSections(page);
        await expectAccessible(page);
      });
    }

    it('a translation while it shows its Dutch original', async () => {
      const page = await widgetFixture(html`<main lang="ar">${EVERY_OPTION}</main>`);
      page.querySelectorAll<HTMLButtonElement>('.hechting-translation-note button').forEach((button) => button.click());
      await widgetsRendered(page);
      expect(page.querySelectorAll('.hechting-widget[lang="nl"]').length).to.be.greaterThan(3);
      await expectAccessible(page);
    });
  });

  describe('keyboard', () => {
    it('reaches every control in document order, with a visible focus of at least 2 px and 3:1 contrast', async () => {
      const page = await widgetFixture(html`<main>
        <a href="#start" id="start">Begin</a>
        ${EVERY_OPTION}
        <a href="#end" id="end">Einde</a>
      </main>`);
      collapsibleSections(page).forEach((section, i) => i % 2 === 0 && section.querySelector('button')!.click());
      const expected = focusables(page).filter((el) => !el.id);
      expect(expected.length).to.be.greaterThan(12);
      page.querySelector<HTMLElement>('#start')!.focus();
      const reached: Element[] = [];
      for (let i = 0; i <= expected.length; i++) {
        const before = document.activeElement;
        await sendKeys({ press: 'Tab' });
        await waitUntil(() => document.activeElement !== before, `Tab ${i + 1} moved nowhere`, { timeout: 2000 });
        const el = document.activeElement!;
        if (el.id === 'end') break;
        reached.push(el);
        const description = `${el.localName} "${el.textContent!.trim().slice(0, 30)}"`;
        expect(el.matches(':focus-visible'), description).to.equal(true);
        expect(computed(el, 'outline-style'), description).not.to.equal('none');
        expect(parseFloat(computed(el, 'outline-width')), description).to.be.at.least(2);
        // The ring as painted: its outline, and the box-shadow that frames it.
        const ring = focusRing(el);
        expect(ring.contrast, `${description}: ${ring.bands.join(' | ')}`).to.be.at.least(3);
      }
      // As descriptions, which say where the order differs; then as the elements themselves.
      expect(reached.map(describeControl)).to.deep.equal(expected.map(describeControl));
      expect(
        reached.every((el, i) => el === expected[i]),
        'Tab reached each control in document order',
      ).to.equal(true);
    });

    it('operates every kind of control: a disclosure, the next tip, a language, the Dutch original', async () => {
      const page = await widgetFixture(html`<main>
        <hechting-uitleg collapsible languages="nl en"></hechting-uitleg>
        <band-tips mode="tip-of-the-day"></band-tips>
      </main>`);
      const press = async (el: HTMLElement, key: string, done: () => boolean, what: string) => {
        el.focus();
        await sendKeys({ press: key });
        await waitUntil(done, `${key} did not ${what}`, { timeout: 2000 });
      };
      const [section] = collapsibleSections(page);
      await press(section.querySelector('button')!, 'Enter', () => isOpen(section), 'open the section');
      const tip = () => page.querySelector('.hechting-tip-text')!.textContent;
      const first = tip();
      await press(page.querySelector('.hechting-tip button')!, ' ', () => tip() !== first, 'show the next tip');
      await press(
        page.querySelector('.hechting-languages button[lang="en"]')!,
        'Enter',
        () => page.querySelector('hechting-uitleg .hechting-widget')!.getAttribute('lang') === 'en',
        'switch to English',
      );
      await press(
        page.querySelector('hechting-uitleg .hechting-translation-note button')!,
        ' ',
        () => page.querySelector('hechting-uitleg .hechting-widget')!.getAttribute('lang') === 'nl',
        'show the Dutch original',
      );
    });
  });

  describe('reflow and text spacing', () => {
    // WCAG 1.4.12: line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em.
    const TEXT_SPACING = `
      * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-block-end: 2em !important; }
      body { margin: 8px; font-family: sans-serif; }
    `;

    for (const [what, css] of [
      ['at 320 CSS px', ''],
      ['at 320 CSS px with the WCAG 1.4.12 text spacing', TEXT_SPACING],
    ]) {
      it(`${what}: no horizontal scrolling, nothing cut off, nothing overlapping`, async () => {
        const page = await framedPage(html`<main lang="nl">${EVERY_OPTION}</main><main lang="uk">${EVERY_OPTION}</main>`, { width: 320, css });
        openSections(page);
        const view = page.ownerDocument.defaultView!;
        expect(page.ownerDocument.documentElement.scrollWidth, 'page width').to.be.at.most(320);
        for (const el of page.querySelectorAll<HTMLElement>('.hechting-widget *')) {
          const box = el.getBoundingClientRect();
          if (!box.width) continue;
          const description = `${el.localName}.${el.className} "${el.textContent!.trim().slice(0, 30)}"`;
          expect(box.right, description).to.be.at.most(view.innerWidth);
          expect(box.left, description).to.be.at.least(0);
          // A control's text fits inside it (links are inline: the box test above covers them).
          if (el.matches('button')) {
            expect(el.scrollWidth, `${description} is cut off`).to.be.at.most(el.clientWidth + 1);
            expect(el.scrollHeight, `${description} is cut off`).to.be.at.most(el.clientHeight + 1);
          }
        }
        // Blocks follow each other: each one starts below the one before it.
        for (const parent of page.querySelectorAll('.hechting-widget, .hechting-widget section, .hechting-widget details, .hechting-widget ul')) {
          const blocks = [...parent.children].filter((child) => computed(child, 'display') !== 'inline' && child.getBoundingClientRect().height);
          for (let i = 1; i < blocks.length; i++) {
            const above = blocks[i - 1].getBoundingClientRect();
            const below = blocks[i].getBoundingClientRect();
            expect(below.top, `${blocks[i].localName} overlaps ${blocks[i - 1].localName}`).to.be.at.least(above.bottom - 0.5);
          }
        }
        // The language buttons wrap onto lines without covering each other.
        for (const row of page.querySelectorAll('.hechting-language-buttons')) {
          const boxes = [...row.children].map((button) => button.getBoundingClientRect());
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
              const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
              expect(apart, 'two language buttons overlap').to.equal(true);
            }
          }
        }
      });
    }
  });

  describe('structure', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" fits the outline of a host page whose heading above is h${level - 1 || 'none'}`, async () => {
        const hostHeadings = Array.from({ length: level - 1 }, (_, i) => i + 1);
        const page = await widgetFixture(html`<main>
          ${hostHeadings.map((n) => headingOfLevel(n))}
          <hechting-uitleg heading-level=${level} collapsible hulp-href="https://example.org/hulp"></hechting-uitleg>
          <band-tips heading-level=${level} hulp-href="https://example.org/hulp"></band-tips>
          <band-tips heading-level=${level} mode="tip-of-the-day"></band-tips>
          <hulp-link heading-level=${level}></hulp-link>
        </main>`);
        const levels = headingLevels(page);
        for (let i = 1; i < levels.length; i++) {
          expect(levels[i] - levels[i - 1], `heading ${i + 1} of ${levels}`).to.be.at.most(1);
          if (i >= hostHeadings.length) expect(levels[i], `heading ${i + 1} of ${levels}`).to.be.at.least(level);
        }
      });
    }

    it("without heading-level, a title nests under the page's nearest heading before it, and follows it when moved", async () => {
      const page = await widgetFixture(html`<main>
        <band-tips id="first" no-read-aloud></band-tips>
        <h2>Tip van de dag</h2>
        <band-tips id="under-h2" mode="tip-of-the-day"></band-tips>
        <hechting-uitleg id="after-a-widget" sections="veilige-basis" hulp-href="https://example.org/hulp"></hechting-uitleg>
        <h1 hidden>Verborgen kop</h1>
        <hulp-link id="after-a-hidden-heading"></hulp-link>
        <section><h6>Diep</h6></section>
        <hulp-link id="under-h6"></hulp-link>
        <h4 id="host-h4">Vier</h4>
        <band-tips id="chosen" heading-level="2"></band-tips>
        <band-tips id="bad-choice" heading-level="zeven"></band-tips>
      </main>`);
      const titleOf = (id: string) => Number(page.querySelector(`#${id} .hechting-title`)!.localName[1]);
      expect(['first', 'under-h2', 'after-a-widget', 'after-a-hidden-heading', 'under-h6', 'chosen', 'bad-choice'].map((id) => `${id}: h${titleOf(id)}`)).to.deep.equal([
        'first: h2',
        'under-h2: h3',
        'after-a-widget: h3',
        'after-a-hidden-heading: h3',
        'under-h6: h6',
        'chosen: h2',
        'bad-choice: h5',
      ]);
      // Below the title, the rest of the element's outline follows it.
      expect(page.querySelector('#under-h2 .hechting-tip .hechting-heading')!.localName).to.equal('h4');
      expect(page.querySelector('#after-a-widget hulp-link .hechting-title')!.localName).to.equal('h4');
      // Moved under another heading, an element takes its level.
      page.querySelector('#host-h4')!.after(page.querySelector('#first')!);
      await widgetsRendered(page);
      expect(titleOf('first')).to.equal(5);
    });

    it('collapsible sections are an accordion: in each heading, a button that says whether the text after it is shown', async () => {
      const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      const sections = collapsibleSections(el);
      expect(sections.length).to.be.greaterThan(1);
      for (const section of sections) {
        const heading = section.firstElementChild!.querySelector('h1, h2, h3, h4, h5, h6')!;
        const button = heading.querySelector('button')!;
        // The heading is the button's: its name is the heading's whole text, its role its own.
        expect(textOf(button)).to.equal(textOf(heading));
        expect(button.type).to.equal('button');
        expect(button.hasAttribute('role')).to.equal(false);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        // The text follows the heading: a disclosure whose own summary does not show.
        expect([...section.children].map((child) => child.localName)).to.deep.equal(['div', 'details']);
        expect(section.querySelector('summary')!.getClientRects()).to.have.length(0);
        button.click();
        await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'the button did not say that it is open', { timeout: 2000 });
        expect(isOpen(section)).to.equal(true);
      }
    });

    it('a new tip of the day is announced by a polite live region that was there from the start', async () => {
      const el = await fixture<BandTips>(html`<band-tips mode="tip-of-the-day"></band-tips>`);
      const region = el.querySelector('[aria-live]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      const before = region.textContent;
      el.querySelector<HTMLButtonElement>('.hechting-tip button')!.click();
      await el.updateComplete;
      expect(el.querySelector('[aria-live]')).to.equal(region);
      expect(region.textContent).not.to.equal(before);
      expect(region.contains(el.querySelector('.hechting-tip button'))).to.equal(false);
    });
  });

  describe('announcements only where the visitor acted', () => {
    /**
     * Records the changes to the text of the tip's live region, and gives back, for each in DOM
     * order, the region's aria-live at that moment: what a screen reader would announce from it.
     */
    function recordAnnouncements(el: Element) {
      const region = el.querySelector('.hechting-tip [aria-live]')!;
      const initial = region.getAttribute('aria-live');
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((batch) => records.push(...batch));
      observer.observe(region, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-live'], attributeOldValue: true });
      return () => {
        records.push(...observer.takeRecords());
        observer.disconnect();
        // The value an attribute record set is the one the next record replaced, or the last one.
        const set = records.filter((record) => record.type === 'attributes').map((_, i, all) => (i + 1 < all.length ? all[i + 1].oldValue : region.getAttribute('aria-live')));
        let live = initial;
        let attributeChanges = 0;
        return records.flatMap((record) => {
          if (record.type === 'attributes' && record.target === region) live = set[attributeChanges++];
          return record.type === 'attributes' ? [] : [live];
        });
      };
    }

    it("a language chosen in one widget changes another's tip silently; the widget used speaks", async () => {
      // A visitor's choice holds for the page: start from none made yet.
      chooseLanguage('nl');
      const page = await widgetFixture(html`<main>
        <hechting-uitleg languages="nl en"></hechting-uitleg>
        <band-tips mode="tip-of-the-day" languages="nl en"></band-tips>
      </main>`);
      const tips = page.querySelector<BandTips>('band-tips')!;
      const region = tips.querySelector('.hechting-tip [aria-live]')!;
      let stop = recordAnnouncements(tips);
      page.querySelector<HTMLButtonElement>('hechting-uitleg .hechting-languages button[lang="en"]')!.click();
      await widgetsRendered(page);
      expect(tips.querySelector('.hechting-widget')!.getAttribute('lang')).to.equal('en');
      await waitUntil(() => region.getAttribute('aria-live') === 'polite', 'the live region did not become polite again', { timeout: 3000 });
      let said = stop();
      expect(said.length, 'the tip changed language').to.be.greaterThan(0);
      expect(said, 'what the live region would have said').to.deep.equal(said.map(() => 'off'));

      // In the widget the visitor used, the new tip (or language) is announced.
      stop = recordAnnouncements(tips);
      tips.querySelector<HTMLButtonElement>('.hechting-languages button[lang="nl"]')!.click();
      await widgetsRendered(page);
      tips.querySelector<HTMLButtonElement>('.hechting-tip button')!.click();
      await widgetsRendered(page);
      said = stop();
      expect(said.length, 'the tip changed twice').to.be.greaterThan(1);
      expect(said).to.deep.equal(said.map(() => 'polite'));
    });

    it('a tip changed by the host page (its tips) is not announced', async () => {
      const tips = await widgetFixture<BandTips>(html`<band-tips mode="tip-of-the-day"></band-tips>`);
      const stop = recordAnnouncements(tips);
      tips.tips = 'troost';
      await widgetsRendered(tips);
      await waitUntil(() => tips.querySelector('.hechting-tip [aria-live]')!.getAttribute('aria-live') === 'polite', 'the live region did not become polite again', { timeout: 3000 });
      const said = stop();
      expect(said.length, 'the tip changed').to.be.greaterThan(0);
      expect(said).to.deep.equal(said.map(() => 'off'));
    });
  });

  describe('target size (WCAG 2.5.8)', () => {
    withSilentVoices();

    // The buttons of collapsible sections with h6 headings, the smallest text such a button gets.
    const TARGETS = html`${EVERY_OPTION}<hechting-uitleg collapsible heading-level="5"></hechting-uitleg>`;
    const PAGES = [
      ['a bare page', 800, ''],
      ['a 320 px page with html { font-size: 62.5% }', 320, 'html { font-size: 62.5%; }'],
    ] as const;

    for (const [pageName, width, css] of PAGES) {
      for (const lang of LANGUAGES) {
        it(`on ${pageName}, in lang="${lang}": every control is 24 × 24 CSS px, or spaced as the exception allows, in each of its states`, async () => {
          // The visitor's choice of language holds for the whole page: make this test's own.
          chooseLanguage(lang);
          const page = await framedPage(html`<main lang=${lang}>${TARGETS}</main>`, { width, css });
          const doc = page.ownerDocument;
          const failures = new Set<string>();
          const kinds = new Set<string>();
          const measure = () => {
            for (const failure of targetSizeFailures(targetsIn(doc))) failures.add(failure);
            for (const target of targetsIn(doc)) kinds.add(kindOf(target));
          };
          const settle = () => widgetsRendered(page);
          measure();
          openSections(page);
          measure();
          // Read aloud: "Lees voor", then "Pauzeer" and "Stop", then "Ga verder" and "Stop".
          for (const tools of page.querySelectorAll('.hechting-read-aloud')) {
            const first = () => tools.querySelector<HTMLButtonElement>('button')!;
            first().click();
            await settle();
            measure();
            first().click();
            await settle();
            measure();
            expect(tools.querySelectorAll('button').length, 'buttons while paused').to.equal(2);
            tools.querySelector<HTMLButtonElement>('button:last-child')!.click();
            await settle();
          }
          // A translation's note: "Toon de Nederlandse tekst", then the way back to the translation.
          page.querySelectorAll<HTMLButtonElement>('.hechting-translation-note button').forEach((button) => button.click());
          await settle();
          measure();
          expect([...failures], [...failures].join('\n')).to.deep.equal([]);
          const expected = ['read aloud', 'language', 'section', 'next tip', 'help link', 'phone link', ...(lang === 'nl' ? [] : ['translation note'])];
          expect([...kinds].sort()).to.deep.equal(expected.sort());
        });
      }
    }
  });

  describe('focus not obscured (WCAG 2.4.11)', () => {
    withSilentVoices();

    // A municipality's page: a header that stays on top while the page scrolls, and
    // scroll-padding-top, the host's part, so that the browser scrolls focus out from under it.
    const STICKY_HEADER = `
      body { margin: 0; font-family: sans-serif; }
      .site-header { position: sticky; top: 0; z-index: 1; block-size: 64px; background: #036; color: #fff; }
      .site-header a { color: #fff; }
      html { scroll-padding-top: 72px; }
    `;
    const hostText = html`${[1, 2, 3, 4, 5].map(() => html`<p>Tekst van de gemeente over opgroeien, met genoeg woorden voor een paar regels op een smalle pagina.</p>`)}`;
    const HOSTS = [
      ['a bare page', '', html`<a href="#start" id="start">Begin</a>${EVERY_OPTION}<a href="#end" id="end">Einde</a>`],
      [
        'a page with a sticky header and scroll-padding-top',
        STICKY_HEADER,
        html`<header class="site-header"><a href="#start" id="start">Gemeente</a></header>
          <main>${hostText}${EVERY_OPTION}${hostText}<a href="#end" id="end">Einde</a></main>`,
      ],
    ] as const;

    for (const [hostName, css, template] of HOSTS) {
      for (const backwards of [false, true]) {
        // WebDriver's sendKeys cannot hold Shift down for Shift+Tab.
        const test = backwards ? itIn(['chromium', 'firefox']) : it;
        const name = backwards ? 'backwards (Chromium and Firefox only: WebDriver cannot press Shift+Tab)' : 'forwards';
        test(`on ${hostName}, tabbing ${name}: each focused control is at least partly in view, covered by nothing`, async function (this: Mocha.Context) {
          // Some 40 controls, up to three key events each through WebDriver: slow on a busy machine.
          this.timeout(30_000);
          // A translation: its note has a button too, and Ukrainian has long words.
          chooseLanguage('uk');
          const page = await framedPage(template, { width: 320, height: 480, css });
          const doc = page.ownerDocument;
          openSections(page);
          const ownPositions = [...page.querySelectorAll('.hechting-widget, .hechting-widget *')].map((el) => computed(el, 'position'));
          expect(ownPositions.filter((position) => position === 'fixed' || position === 'sticky')).to.deep.equal([]);
          const controls = focusables(page).filter((el) => !el.id);
          doc.getElementById(backwards ? 'end' : 'start')!.focus();
          let reached = 0;
          for (let i = 0; i <= controls.length; i++) {
            const before = doc.activeElement;
            if (backwards) await sendKeys({ down: 'Shift' });
            await sendKeys({ press: 'Tab' });
            if (backwards) await sendKeys({ up: 'Shift' });
            await waitUntil(() => doc.activeElement !== before, `Tab ${i + 1} moved nowhere`, { timeout: 2000 });
            const el = doc.activeElement!;
            if (el.id) break;
            reached++;
            await waitUntil(() => partlyVisible(el), `${describeControl(el)} is hidden when it has the focus`, { timeout: 1000 });
          }
          expect(reached).to.equal(controls.length);
        });
      }
    }

    // What the widget does with the focus in it: the control keeps it, and stays in view, whether
    // it was just below the header or at the bottom of the viewport.
    for (const edge of ['just below the header', 'at the bottom of the viewport']) {
      it(`using each control from the keyboard ${edge} keeps the focused control in view`, async () => {
        chooseLanguage('nl');
        const page = await framedPage(
          html`<header class="site-header"><a href="#start">Gemeente</a></header>
            <main>${hostText}<hechting-uitleg collapsible languages="nl en ar uk"></hechting-uitleg>${hostText}
              <band-tips mode="tip-of-the-day"></band-tips>${hostText}${hostText}</main>`,
          { width: 320, height: 480, css: STICKY_HEADER },
        );
        const doc = page.ownerDocument;
        const view = doc.defaultView!;
        const headerBottom = doc.querySelector('.site-header')!.getBoundingClientRect().bottom;
        // Each: the control, and how many times to press Enter on it.
        const uses = [
          ['hechting-uitleg .hechting-disclosure', 2],
          ['.hechting-tip button', 5],
          ['hechting-uitleg button[lang="uk"]', 1],
          ['hechting-uitleg .hechting-translation-note button', 2],
          ['hechting-uitleg button[lang="nl"]', 1],
          // "Lees voor", "Pauzeer", "Ga verder"; then "Stop", which gives the focus to "Lees voor".
          ['band-tips .hechting-read-aloud button', 3],
          ['band-tips .hechting-read-aloud button + button', 1],
        ] as const;
        for (const [selector, presses] of uses) {
          const control = page.querySelector<HTMLElement>(selector)!;
          const box = control.getBoundingClientRect();
          view.scrollBy(0, edge === 'at the bottom of the viewport' ? box.bottom - view.innerHeight + 2 : box.top - headerBottom - 2);
          control.focus({ preventScroll: true });
          for (let i = 1; i <= presses; i++) {
            await sendKeys({ press: 'Enter' });
            await widgetsRendered(page);
            const focused = doc.activeElement!;
            expect(focused.matches('.hechting-widget button'), `after Enter ${i} on ${selector}, the focus is on ${describeControl(focused)}`).to.equal(true);
            await waitUntil(() => partlyVisible(focused), `after Enter ${i} on ${selector}, ${describeControl(focused)} is out of view`, { timeout: 1000 });
          }
        }
      });
    }
  });

  describe('consistent help (WCAG 3.2.6)', () => {
    it('the help that hulp-href adds is the last part of every element, in every layout and language, also after the visitor uses the element', async () => {
      const page = await widgetFixture(html`<main>
        <hechting-uitleg hulp-href="tel:0123456789" languages="nl ar"></hechting-uitleg>
        <hechting-uitleg collapsible hulp-href="https://example.org/hulp"></hechting-uitleg>
        <hechting-uitleg sections="veilige-basis" no-title hulp-href="https://example.org/hulp"></hechting-uitleg>
        <band-tips age="young" hulp-href="https://example.org/hulp"></band-tips>
        <band-tips mode="tip-of-the-day" hulp-href="https://example.org/hulp"></band-tips>
      </main>`);
      const lastParts = () => [...page.querySelectorAll(':scope > * > .hechting-widget')].map((widget) => widget.lastElementChild!.localName);
      for (const lang of LANGUAGES) {
        chooseLanguage(lang);
        await widgetsRendered(page);
        for (const section of collapsibleSections(page)) section.querySelector('button')!.click();
        page.querySelector<HTMLButtonElement>('.hechting-tip button')!.click();
        await widgetsRendered(page);
        expect(lastParts(), `in ${lang}`).to.deep.equal(Array(5).fill('hulp-link'));
      }
    });

    it('<hulp-link> gives its help in the same order in every language: the organisation, its help page, its phone number', async () => {
      const el = await widgetFixture(html`<hulp-link href="https://example.org/hulp" phone="0123 456 789" organization="CJG"></hulp-link>`);
      for (const lang of LANGUAGES) {
        chooseLanguage(lang);
        await widgetsRendered(el);
        const parts = [...el.querySelectorAll('.hechting-help-organization, .hechting-help-link, .hechting-help-phone')].map((part) => part.className);
        expect(parts, `in ${lang}`).to.deep.equal(['hechting-help-organization', 'hechting-help-link', 'hechting-help-phone']);
      }
    });
  });
});

function headingOfLevel(level: number): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1>Gemeente</h1>`;
    case 2:
      return html`<h2>Opgroeien</h2>`;
    case 3:
      return html`<h3>Hechting</h3>`;
    case 4:
      return html`<h4>Meer</h4>`;
    default:
      return html`<h5>Nog meer</h5>`;
  }
}
