import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/hechting-widget.js';
import { collapsibleSections, computed, describeControl, ENGINE, expectAccessible, focusRing, isOpen, itIn, languageMark, openSections, readInterfaceStrings, widgetFixture } from './helpers.js';
import { THEMES, type Theme } from '../demo/themes/themes.js';
import type { BandTips } from '../src/band-tips/band-tips.js';

/** Adds stylesheets to the test page, waits until they apply, and returns a function that removes them. */
async function addStylesheets(hrefs: string[], css = ''): Promise<() => void> {
  const links = hrefs.map((href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  const style = Object.assign(document.createElement('style'), { textContent: css });
  const loaded = links.map(
    (link) =>
      new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = () => reject(new Error(`could not load ${link.href}`));
      }),
  );
  document.head.append(...links, style);
  await Promise.all(loaded);
  return () => [...links, style].forEach((node) => node.remove());
}

/** What `value` computes to for `property` on an element inside `context` (a probe element). */
function resolveIn(context: Element, property: string, value: string): string {
  // Important, so that no rule of the host or the widget overrides the probe's own value.
  const probe = document.createElement('span');
  probe.style.setProperty('outline-style', 'solid', 'important');
  probe.style.setProperty(property, value, 'important');
  context.append(probe);
  const result = computed(probe, property);
  probe.remove();
  return result;
}

/** A host page: its own heading, text and link, then the widgets, their titles at its heading's level. */
const hostPage = (className: string) => html`<div class=${className}>
  <h2 class="host">Kop van de pagina</h2>
  <p class="host">Tekst van de pagina met <a class="host" href="#">een link</a>.</p>
  <band-tips mode="tip-of-the-day" heading-level="2"></band-tips>
  <hechting-uitleg collapsible sections="goede-band" heading-level="2"></hechting-uitleg>
  <hulp-link href="https://example.org/hulp" organization="CJG" phone="0123 456 789" heading-level="2"></hulp-link>
</div>`;

/** A row of the token table, src/shared/tokens.json (scripts/tokens.mjs), which the stylesheet's token chain is made from. */
interface TokenEntry {
  variable: string;
  token?: string;
  fallbacks: string[];
  default?: string;
}

/**
 * What each public token sets, and where it comes from: the token, else the NL Design System
 * tokens of the table in order, else the style of an element of the page (`otherwise`: the
 * host's own, or what the widget inherits) or the table's default.
 */
const ROLES: {
  role: string;
  token: string;
  target: (page: Element) => Element;
  property: string;
  otherwise?: (page: Element) => Element;
}[] = [
  { role: 'text colour', token: '--hechting-color', target: (page) => page.querySelector('.hechting-tip-text')!, property: 'color', otherwise: (page) => page.querySelector('p.host')! },
  { role: 'text font', token: '--hechting-font-family', target: (page) => page.querySelector('hechting-uitleg p')!, property: 'font-family', otherwise: (page) => page.querySelector('p.host')! },
  { role: 'heading colour', token: '--hechting-heading-color', target: (page) => page.querySelector('band-tips h2')!, property: 'color', otherwise: (page) => page.querySelector('h2.host')! },
  {
    // The text of a collapsible section's heading, in its button: the deepest a heading's text sits.
    role: 'heading font',
    token: '--hechting-heading-font-family',
    target: (page) => page.querySelector('hechting-uitleg .hechting-disclosure > span')!,
    property: 'font-family',
    otherwise: (page) => page.querySelector('h2.host')!,
  },
  { role: 'link colour', token: '--hechting-link-color', target: (page) => page.querySelector('.hechting-help-link')!, property: 'color', otherwise: (page) => page.querySelector('a.host')! },
  { role: 'focus outline colour', token: '--hechting-focus-outline-color', target: (page) => page.querySelector('.hechting-button')!, property: 'outline-color' },
  { role: 'focus outline width', token: '--hechting-focus-outline-width', target: (page) => page.querySelector('.hechting-button')!, property: 'outline-width' },
  { role: 'surface background', token: '--hechting-surface-background-color', target: (page) => page.querySelector('.hechting-tip')!, property: 'background-color' },
  { role: 'surface border', token: '--hechting-surface-border-color', target: (page) => page.querySelector('.hechting-help')!, property: 'border-top-color' },
  { role: 'border radius', token: '--hechting-border-radius', target: (page) => page.querySelector('.hechting-tip')!, property: 'border-top-left-radius' },
  { role: 'space', token: '--hechting-space', target: (page) => page.querySelector('.hechting-help')!, property: 'padding-inline-start' },
  { role: 'button background', token: '--hechting-button-background-color', target: (page) => page.querySelector('.hechting-button')!, property: 'background-color' },
  {
    role: 'button text colour',
    token: '--hechting-button-color',
    target: (page) => page.querySelector('.hechting-button')!,
    property: 'color',
    otherwise: (page) => page.querySelector('.hechting-tip')!,
  },
];

/** Tokens without a role here: the link colour under the pointer needs a pointer over a link. */
const WITHOUT_ROLE = ['--hechting-link-hover-color'];

describe('theming', () => {
  let TOKENS: TokenEntry[];
  before(async () => (TOKENS = await (await fetch('/src/shared/tokens.json')).json()));

  it('has a role for every public token of the table, and a default for every role that takes no style of the page', () => {
    const publicTokens = TOKENS.filter((entry) => entry.token).map((entry) => entry.token!);
    expect(ROLES.map((role) => role.token)).to.have.members(publicTokens.filter((token) => !WITHOUT_ROLE.includes(token)));
    const withoutDefault = ROLES.filter((role) => !role.otherwise && TOKENS.find((entry) => entry.token === role.token)?.default === undefined).map((role) => role.role);
    expect(withoutDefault).to.deep.equal([]);
  });

  it('takes the shared --utrecht-* token before the --basis-* one, for every role that has both (SPEC: the Utrecht layer, then basis)', async () => {
    const page = await widgetFixture(hostPage(''));
    // For each kind of property, a value for the Utrecht layer and another for basis.
    const values = (property: string) => (property === 'font-family' ? ['utrecht-font', 'basis-font'] : property.endsWith('color') ? ['rgb(20, 40, 60)', 'rgb(60, 20, 40)'] : ['3px', '5px']);
    const bothLayers = ROLES.map((role) => ({ ...role, fallbacks: TOKENS.find((entry) => entry.token === role.token)!.fallbacks }))
      .map((role) => ({ ...role, utrecht: role.fallbacks.find((name) => name.startsWith('--utrecht-')), basis: role.fallbacks.find((name) => name.startsWith('--basis-')) }))
      .filter((role) => role.utrecht && role.basis);
    expect(bothLayers.length).to.be.greaterThan(5);
    for (const { utrecht, basis, property } of bothLayers) {
      const [utrechtValue, basisValue] = values(property);
      page.style.setProperty(utrecht!, utrechtValue);
      page.style.setProperty(basis!, basisValue);
    }
    // Focus the next-tip button by keyboard, so its focus outline applies.
    page.querySelector<HTMLElement>('a.host')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => page.querySelector('.hechting-button')!.matches(':focus-visible'), 'Tab did not reach the button', { timeout: 2000 });
    for (const { role, target, property, utrecht, basis } of bothLayers) {
      const el = target(page);
      expect(computed(el, property), `${role}: ${utrecht}, not ${basis}`).to.equal(resolveIn(el, property, values(property)[0]));
    }
  });

  for (const theme of THEMES) {
    describe(`demo theme "${theme.id}"`, () => {
      let removeStylesheets: () => void;
      before(async () => (removeStylesheets = await addStylesheets(theme.stylesheets)));
      after(() => removeStylesheets());

      it("takes every token, else the host page's own style or the default, for each role", async () => {
        const page = await widgetFixture(hostPage(theme.className));
        // Focus the next-tip button by keyboard, so its focus outline applies.
        page.querySelector<HTMLElement>('a.host')!.focus();
        await sendKeys({ press: 'Tab' });
        await waitUntil(() => page.querySelector('.hechting-button')!.matches(':focus-visible'), 'Tab did not reach the button', { timeout: 2000 });
        for (const { role, token: publicToken, target, property, otherwise: pageStyle } of ROLES) {
          const entry = TOKENS.find((candidate) => candidate.token === publicToken)!;
          const tokens = [publicToken, ...entry.fallbacks];
          const otherwise = pageStyle ?? entry.default!;
          const el = target(page);
          const token = tokens.find((name) => computed(el, name).trim());
          const expected = token ? resolveIn(el, property, computed(el, token).trim()) : typeof otherwise === 'string' ? resolveIn(el, property, otherwise) : computed(otherwise(page), property);
          expect(computed(el, property), `${role} (${token ?? 'no token set'})`).to.equal(expected);
        }
      });

      it('is accessible, with AA contrast for the text and every own surface', async () => {
        const page = await widgetFixture(hostPage(theme.className));
        openSections(page);
        await expectAccessible(page);
      });
    });
  }

  it('the daycare theme sets its brand through --hechting-* tokens only', async () => {
    const removeStylesheets = await addStylesheets(THEMES.find((theme) => theme.id === 'kinderopvang')!.stylesheets);
    try {
      const page = await widgetFixture(hostPage('demo-theme-kinderopvang'));
      expect(computed(page.querySelector('band-tips h2')!, 'color')).to.equal('rgb(31, 107, 75)');
      expect(computed(page.querySelector('.hechting-tip')!, 'background-color')).to.equal('rgb(255, 241, 220)');
      const response = await fetch('/demo/themes/kinderopvang.css');
      const declarations = (await response.text()).replace(/\/\*[\s\S]*?\*\//g, '').match(/--[\w-]+(?=:)/g)!;
      expect(declarations.every((name) => name.startsWith('--hechting-'))).to.equal(true);
    } finally {
      removeStylesheets();
    }
  });
});

/** A page with every kind of control the widget has: language buttons, the next tip, disclosures, links. */
const everyControl = (className: string) => html`<div class=${className}>
  <a class="host" href="#">Begin</a>
  <band-tips mode="tip-of-the-day" languages="nl en" hulp-href="https://example.org/hulp"></band-tips>
  <hechting-uitleg collapsible sections="goede-band"></hechting-uitleg>
  <hulp-link href="https://example.org/hulp" organization="CJG" phone="0123 456 789"></hulp-link>
</div>`;

/** Renders `everyControl` and presses Tab once, so that the browser shows focus from here on as it does for a keyboard. */
async function everyControlFocusable(className: string): Promise<HTMLElement> {
  const page = await widgetFixture<HTMLElement>(everyControl(className));
  page.querySelector<HTMLElement>('a.host')!.focus();
  await sendKeys({ press: 'Tab' });
  return page;
}

/**
 * Where the focus ring or the chosen language's mark fails to stand out, as sentences: each
 * control focused by keyboard has a ring with 3:1 against the colours on both its sides, the
 * chosen language a mark with 3:1 against both its sides, and the other languages no mark.
 */
function whereMarksFail(page: Element): string[] {
  const fails: string[] = [];
  const controls = [...page.querySelectorAll<HTMLElement>('.hechting-widget :is(a[href], button)')];
  for (const control of controls) {
    control.focus({ focusVisible: true } as FocusOptions);
    if (!control.matches(':focus-visible')) {
      fails.push(`${describeControl(control)} shows no focus`);
      continue;
    }
    const ring = focusRing(control);
    if (ring.contrast < 3) fails.push(`${describeControl(control)}: focus ring ${ring.contrast.toFixed(2)}:1 (${ring.bands.join(' | ')})`);
  }
  (document.activeElement as HTMLElement).blur();
  const languages = [...page.querySelectorAll('.hechting-languages button')];
  for (const button of languages) {
    const mark = languageMark(button);
    const chosen = button.getAttribute('aria-pressed') === 'true';
    if (chosen && mark.contrast < 3) fails.push(`${describeControl(button)}: chosen, with a mark of ${mark.contrast.toFixed(2)}:1 (${mark.bands.join(' | ')})`);
    if (!chosen && mark.contrast > 1) fails.push(`${describeControl(button)}: not chosen, yet marked (${mark.bands.join(' | ')})`);
  }
  if (controls.length < 8 || languages.length !== 2) fails.push(`${controls.length} controls and ${languages.length} languages, not every kind`);
  return fails;
}

/** The README's colour examples: each CSS block of it that sets --hechting-* tokens. */
async function readmeExamples(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```css\n([^`]*?--hechting-[^`]*?)```/g)].map(([, css]) => css);
}

/** NL Design System themes in node_modules besides the demo's: Gemeente Utrecht's dark one. */
const MORE_THEMES: Theme[] = [
  {
    id: 'utrecht-donker',
    label: 'NL Design System: Gemeente Utrecht, donker',
    className: 'utrecht-theme--color-scheme-dark demo-theme-utrecht',
    stylesheets: ['/node_modules/@utrecht/design-tokens/dist/dark/index.css', '/demo/themes/utrecht.css'],
  },
];

// SPEC, Theming 6: no token takes away the 3:1 of the focus ring or of the chosen language's mark.
describe('the focus ring and the chosen language stand out, whatever the colours', () => {
  for (const theme of [...THEMES, ...MORE_THEMES]) {
    it(`in the theme "${theme.id}" (${theme.label})`, async () => {
      const removeStylesheets = await addStylesheets(theme.stylesheets);
      try {
        expect(whereMarksFail(await everyControlFocusable(theme.className))).to.deep.equal([]);
      } finally {
        removeStylesheets();
      }
    });
  }

  it("in the README's colour examples", async () => {
    const examples = await readmeExamples();
    expect(examples.length).to.be.greaterThan(0);
    for (const css of examples) {
      const removeStylesheets = await addStylesheets([], css);
      try {
        expect(whereMarksFail(await everyControlFocusable('')), css).to.deep.equal([]);
      } finally {
        removeStylesheets();
      }
    }
  });

  it('in random colours for the page, the text, the surfaces, the buttons and the focus, and any focus offset (fast-check)', async function (this: Mocha.Context) {
    this.timeout(30_000);
    const page = await everyControlFocusable('');
    const colour = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`);
    // Each a CSS property on the page, or unset (null): tokens, and the page's own background.
    const settings = fc.record({
      'background-color': colour,
      '--hechting-color': fc.option(colour),
      '--hechting-link-color': fc.option(colour),
      '--hechting-surface-background-color': fc.option(colour),
      '--hechting-button-background-color': fc.option(colour),
      '--hechting-button-color': fc.option(colour),
      '--hechting-focus-outline-color': fc.option(colour),
      '--utrecht-focus-outline-offset': fc.option(fc.integer({ min: -4, max: 6 }).map((px) => `${px}px`)),
      '--hechting-focus-outline-width': fc.option(fc.integer({ min: 1, max: 6 }).map((px) => `${px}px`)),
    });
    fc.assert(
      fc.property(settings, (properties) => {
        page.removeAttribute('style');
        for (const [name, value] of Object.entries(properties)) if (value !== null) page.style.setProperty(name, value);
        expect(whereMarksFail(page), JSON.stringify(properties)).to.deep.equal([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the host page's own styles", () => {
  const HOST_CSS = `
    #host h2 { color: rgb(120, 0, 0); font-family: Georgia, serif; text-transform: uppercase; letter-spacing: 0.1em; }
    #host p { color: rgb(0, 80, 0); line-height: 1.8; }
    #host li { color: rgb(0, 60, 90); }
    #host a { color: rgb(0, 0, 200); text-decoration-style: dotted; }
  `;
  let removeStylesheets: () => void;
  before(async () => (removeStylesheets = await addStylesheets([], HOST_CSS)));
  after(() => removeStylesheets());

  const page = () =>
    widgetFixture(html`<div id="host">
    <h2>Kop</h2><p>Tekst <a href="#">link</a></p><ul><li>punt</li></ul>
    <band-tips age="young" hulp-href="https://example.org/" heading-level="2"></band-tips>
  </div>`);

  it("apply to the widget's headings, paragraphs, lists and links when no token is set", async () => {
    const host = await page();
    const widget = host.querySelector('band-tips')!;
    for (const [selector, properties] of [
      ['h2', ['color', 'font-family', 'text-transform', 'letter-spacing']],
      ['p', ['color', 'line-height']],
      ['li', ['color']],
      ['a', ['color', 'text-decoration-style']],
    ] as const) {
      for (const property of properties) {
        expect(computed(widget.querySelector(selector)!, property), `${selector} ${property}`).to.equal(computed(host.querySelector(selector)!, property));
      }
    }
  });

  it('give way to NL Design System tokens, and those to --hechting-* tokens, set anywhere above', async () => {
    const host = await page();
    const heading = host.querySelector('band-tips h2')!;
    const link = host.querySelector('band-tips a')!;
    const text = host.querySelector('band-tips p')!;
    const set = (el: HTMLElement, name: string, value: string) => el.style.setProperty(name, value);
    expect(computed(heading, 'color')).to.equal('rgb(120, 0, 0)');

    set(host as HTMLElement, '--utrecht-heading-color', 'rgb(1, 1, 1)');
    set(host as HTMLElement, '--utrecht-link-color', 'rgb(2, 2, 2)');
    set(host as HTMLElement, '--utrecht-document-color', 'rgb(3, 3, 3)');
    expect([heading, link, text].map((el) => computed(el, 'color'))).to.deep.equal(['rgb(1, 1, 1)', 'rgb(2, 2, 2)', 'rgb(3, 3, 3)']);

    const widget = host.querySelector<HTMLElement>('band-tips')!;
    set(widget, '--hechting-heading-color', 'rgb(4, 4, 4)');
    set(widget, '--hechting-link-color', 'rgb(5, 5, 5)');
    set(widget, '--hechting-color', 'rgb(6, 6, 6)');
    expect([heading, link, text].map((el) => computed(el, 'color'))).to.deep.equal(['rgb(4, 4, 4)', 'rgb(5, 5, 5)', 'rgb(6, 6, 6)']);

    widget.removeAttribute('style');
    (host as HTMLElement).removeAttribute('style');
    expect(computed(heading, 'color')).to.equal('rgb(120, 0, 0)');
  });
});

// Media emulation goes through the DevTools protocol, which only Chromium has here.
describe('modes', () => {
  afterEach(async () => {
    if (ENGINE !== 'chromium') return;
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-media-features', { features: [] });
  });

  itIn(['chromium'])(
    'forced colours: surfaces and buttons keep visible system-colour borders, the chosen language a thick one at its foot, focus uses Highlight (Chromium only: emulated through the DevTools protocol)',
    async () => {
      await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
      const page = await widgetFixture(html`<div><a href="#">start</a><band-tips mode="tip-of-the-day" languages="nl en"></band-tips></div>`);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const card = page.querySelector('.hechting-tip')!;
      const [chosen, other] = page.querySelectorAll('.hechting-languages .hechting-button');
      const buttonText = resolveIn(chosen, 'color', 'ButtonText');
      expect(computed(card, 'border-top-style')).to.equal('solid');
      expect(computed(card, 'border-top-color')).to.equal(resolveIn(card, 'color', 'CanvasText'));
      expect([chosen, other].map((button) => computed(button, 'border-bottom-color'))).to.deep.equal([buttonText, buttonText]);
      expect(chosen.getAttribute('aria-pressed')).to.equal('true');
      const foot = (button: Element) => parseFloat(computed(button, 'border-bottom-width'));
      expect(foot(chosen), 'the bottom border of the chosen language').to.be.at.least(2.5 * foot(other));
      expect(languageMark(chosen).contrast, 'the mark of the chosen language').to.be.at.least(3);
      page.querySelector('a')!.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => chosen.matches(':focus-visible'), 'Tab did not reach the button', { timeout: 2000 });
      expect(computed(chosen, 'outline-style')).not.to.equal('none');
      expect(computed(chosen, 'outline-color')).to.equal(resolveIn(chosen, 'color', 'Highlight'));
    },
  );

  itIn(['chromium'])('reduced motion: the next tip appears without animation (Chromium only: emulated through the DevTools protocol)', async () => {
    const tips = await fixture<BandTips>(html`<band-tips mode="tip-of-the-day"></band-tips>`);
    const next = async () => {
      tips.querySelector<HTMLButtonElement>('.hechting-tip button')!.click();
      // The click's handler animates the tip once the update is done.
      await tips.updateComplete;
      await Promise.resolve();
      return tips.querySelector('.hechting-tip-text')!.getAnimations().length;
    };
    expect(await next(), 'the next tip fades in').to.equal(1);
    for (const animation of tips.getAnimations({ subtree: true })) animation.finish();
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await next(), 'with less motion, it does not').to.equal(0);
  });

  itIn(['chromium'])("print: hides the button and prints the help link's address (Chromium only: emulated through the DevTools protocol)", async () => {
    const page = await widgetFixture(html`<div><band-tips mode="tip-of-the-day"></band-tips><hulp-link href="https://example.org/hulp"></hulp-link></div>`);
    await emulateMedia({ media: 'print' });
    expect(computed(page.querySelector('.hechting-button')!, 'display')).to.equal('none');
    expect(getComputedStyle(page.querySelector('.hechting-help-link')!, '::after').content).to.include('https://example.org/hulp');
  });

  itIn(['chromium'])('print: no label or group of buttons without its buttons, while the text and the note on a translation stay (Chromium only: emulated through the DevTools protocol)', async () => {
    const page = await widgetFixture(html`<div lang="nl">
      <hechting-uitleg lang="en" languages></hechting-uitleg>
      <band-tips mode="tip-of-the-day" languages="nl en"></band-tips>
    </div>`);
    const labels = await Promise.all(['nl', 'en'].map(async (lang) => (await readInterfaceStrings(lang))['language-switcher.label']));
    const rendered = (el: Element) => el.getClientRects().length > 0;
    // Groups of controls, their labels and their status lines.
    const groupsShown = () => [...page.querySelectorAll('.hechting-widget :is(fieldset, legend, [role="group"], [aria-label], [role="status"], .hechting-languages-label)')].filter(rendered).length;
    const printed = () => (page as HTMLElement).innerText.replace(/\s+/g, ' ');
    expect(groupsShown(), 'on screen: the language buttons and read-aloud, with their labels').to.be.greaterThan(4);
    for (const label of labels) expect(printed(), 'on screen').to.include(label);

    await emulateMedia({ media: 'print' });
    expect([...page.querySelectorAll('button')].filter(rendered).length, 'buttons printed').to.equal(0);
    expect(groupsShown(), 'groups and labels printed').to.equal(0);
    for (const label of labels) expect(printed()).not.to.include(label);
    expect(printed()).to.include(page.querySelector('.hechting-tip-text')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(printed()).to.include(page.querySelector('.hechting-translation-note')!.textContent!.replace(/\s+/g, ' ').trim().split('.')[0]);
  });

  it('print: opens every closed section for the printout and closes them again after', async () => {
    const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
    const sections = collapsibleSections(el);
    sections[1].querySelector('button')!.click();
    const markers = () => sections.map((section) => computed(section.querySelector('.hechting-disclosure > span')!, 'list-style-type'));
    window.dispatchEvent(new Event('beforeprint'));
    expect(sections.map(isOpen)).to.deep.equal([true, true]);
    // At once, as the browser prints right after beforeprint.
    expect(markers()).to.deep.equal(['disclosure-open', 'disclosure-open']);
    window.dispatchEvent(new Event('afterprint'));
    expect(sections.map(isOpen)).to.deep.equal([false, true]);
  });

  it('right to left: in Arabic, lists indent on the right', async () => {
    const page = await widgetFixture(html`<div><band-tips lang="ar" age="young"></band-tips></div>`);
    const list = page.querySelector('ul')!;
    expect(computed(list, 'direction')).to.equal('rtl');
    expect(parseFloat(computed(list, 'padding-right'))).to.be.greaterThan(0);
    expect(computed(list, 'padding-left')).to.equal('0px');
  });
});
