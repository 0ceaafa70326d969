import { expect, fixtureSync, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { render, type TemplateResult } from 'lit';
import fc from 'fast-check';
import sinon from 'sinon';
import { computed } from '../demo/contrast.js';
import { LANGUAGES } from '../src/shared/languages.js';

// Computed styles and contrast, as the configurator measures them too.
export { backgroundBehind, computed, contrast, focusRing, languageMark } from '../demo/contrast.js';

export const TAGS = ['hechting-uitleg', 'band-tips', 'hulp-link'] as const;
export type Tag = (typeof TAGS)[number];

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Each element's own attributes, with values it can use (see attributeChanges). */
const ATTRIBUTES: Record<Tag, { name: string; valid: string[] }[]> = {
  'hechting-uitleg': [
    { name: 'sections', valid: ['goede-band', 'veilige-basis', 'goede-band veilige-basis'] },
    { name: 'collapsible', valid: [''] },
    { name: 'hulp-href', valid: ['https://example.org/hulp', 'mailto:hulp@example.org', '/hulp'] },
    { name: 'hulp-label', valid: ['Naar het CJG'] },
  ],
  'band-tips': [
    { name: 'age', valid: ['young', 'older', 'all'] },
    { name: 'tips', valid: ['reageer', 'troost speel', 'gevoelens'] },
    { name: 'mode', valid: ['list', 'tip-of-the-day'] },
    { name: 'hulp-href', valid: ['https://example.org/hulp', 'tel:0123456789'] },
    { name: 'hulp-label', valid: ['Naar het CJG'] },
  ],
  'hulp-link': [
    { name: 'href', valid: ['https://example.org/hulp', 'mailto:hulp@example.org'] },
    { name: 'label', valid: ['Naar het CJG'] },
    { name: 'organization', valid: ['Centrum voor Jeugd en Gezin'] },
    { name: 'phone', valid: ['0123 456 789', '+31 20 123 4567'] },
  ],
};
const COMMON = [
  { name: 'lang', valid: [...LANGUAGES, 'nl-BE', 'en-GB'] },
  { name: 'languages', valid: ['', 'nl en', 'ar uk'] },
  { name: 'heading-level', valid: ['1', '3', '6'] },
  { name: 'no-title', valid: [''] },
];

// Valid values, look-alikes and anything at all, also markup and every Unicode character.
const valueOf = (valid: string[]) =>
  fc.oneof(
    fc.constantFrom(...valid),
    fc.constantFrom('', ' ', '0', '-1', '7', 'null', 'undefined', 'javascript:alert(1)', 'data:,x', '<img src=x onerror=alert(1)>', '\u202E', '\u0000'),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
  );

/**
 * The property-based tests' range: up to eight changes to the attributes of a `tag`, each an
 * attribute set to a value or removed (null).
 */
export function attributeChanges(tag: Tag) {
  const change = fc
    .constantFrom(...COMMON, ...ATTRIBUTES[tag])
    .chain((attribute) =>
      fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: valueOf(attribute.valid), weight: 4 }).map((value): readonly [string, string | null] => [attribute.name, value]),
    );
  return fc.array(change, { maxLength: 8 });
}

/** Waits until every widget in `root` (and `root` itself), also those the widgets render, has rendered. */
export async function widgetsRendered(root: Element): Promise<void> {
  const selector = TAGS.join(',');
  let count = -1;
  let widgets: Widget[];
  while ((widgets = [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)] as Widget[]).length !== count) {
    count = widgets.length;
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  }
}

/**
 * Renders a page fragment with widgets in it, as open-wc's fixture does, and waits until every
 * widget has rendered. Unlike fixture with a plain element, it waits for no animation frame,
 * which a test page in a background tab does not get.
 */
export async function widgetFixture<T extends Element = HTMLElement>(template: TemplateResult | string): Promise<T> {
  const el = fixtureSync<T>(template);
  await widgetsRendered(el);
  return el;
}

/** The text a reader gets from a node, with white space folded as a browser shows it. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The heading levels under a node, in document order. */
export function headingLevels(node: ParentNode): number[] {
  return [...node.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
}

export interface ContentText {
  title: string;
  attribution?: string;
  lastReviewed: string;
  /** Every heading, paragraph and list item, with its id, its text, the Dutch words marked in it and the number of lines it is written on, in file order. */
  blocks: { id: string; text: string; dutch: string[]; lines: number }[];
}

/** A mark of Dutch words in a translation: `[huisarts]{lang=nl}`. */
const DUTCH_MARK = /\[([^\]]*)\]\{lang=nl\}/g;

/**
 * Reads a content file as written, straight from content/, without the build step: the front
 * matter's title and attribution, and each block ending in `{#id}` (a heading, a paragraph or a
 * list item, on one line or more, whose lines read with a space between them, as in Markdown)
 * with its Markdown marker removed, its text without the marks of Dutch words, those words, and
 * the number of lines it is written on.
 */
export async function readContentFile(lang: string, page: Tag): Promise<ContentText> {
  const response = await fetch(`/content/${lang}/${page}.md`);
  if (!response.ok) throw new Error(`content/${lang}/${page}.md: ${response.status}`);
  const [, frontMatter, body] = (await response.text()).match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  const field = (name: string) => frontMatter.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1].trim();
  const blocks: ContentText['blocks'] = [];
  // The lines of the block being read: a blank line ends one, and so does its {#id}.
  let lines: string[] = [];
  for (const line of body.replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
    lines = line.trim() ? [...lines, line.trim()] : [];
    const [, text, id] = lines.join(' ').match(/^(?:#{2,6} |- )?(.+?) \{#([a-z0-9-]+)\}$/) ?? [];
    if (!id) continue;
    blocks.push({ id, text: text.replace(DUTCH_MARK, '$1'), dutch: [...text.matchAll(DUTCH_MARK)].map(([, words]) => words), lines: lines.length });
    lines = [];
  }
  return { title: field('title')!, attribution: field('attribution'), lastReviewed: field('last-reviewed')!, blocks };
}

/** The placements `npm run build` writes, as dist/html/<lang>/<name>.link.html. */
export const PLACEMENTS = ['hechting-uitleg', 'band-tips', 'band-tips-tip-of-the-day', 'hulp-link'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** The element a placement becomes. */
export const tagOf = (placement: Placement): Tag => (placement === 'band-tips-tip-of-the-day' ? 'band-tips' : placement);

/**
 * A placement as `npm run build` wrote it to dist/html/<lang>/<name>.link.html, without its
 * comment, its href made absolute to /dist/ (where the tests have the script), and `options`, a
 * query as a webmaster writes it, added to the href's own.
 */
export async function readPlacement(lang: string, placement: Placement, options = ''): Promise<string> {
  const response = await fetch(`/dist/html/${lang}/${placement}.link.html`);
  if (!response.ok) throw new Error(`dist/html/${lang}/${placement}.link.html: ${response.status}`);
  const file = (await response.text()).replace(/<!--[^]*?-->\s*/g, '').trim();
  const [, before, address, hash, after] = file.match(/^(.*?href=")([^"#]*)(#[^"]*)(".*)$/s)!;
  const query = options ? `${address.includes('?') ? '&' : '?'}${options}` : '';
  return `${before}/dist/${address}${query}${hash}${after}`;
}

/**
 * Replaces console.warn for each test of the calling `describe` and collects what it is given,
 * so a test can count the widget's warnings.
 */
export function collectWarnings(): { messages: string[] } {
  const collected = { messages: [] as string[] };
  let stub: sinon.SinonStub;
  beforeEach(() => {
    collected.messages = [];
    stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => collected.messages.push(args.join(' ')));
  });
  afterEach(() => stub.restore());
  return collected;
}

/**
 * The interface strings of a language as translators wrote them: the targets of its XLIFF file,
 * or for the source language the sources (the same in every XLIFF file).
 */
export async function readInterfaceStrings(lang: string, sourceLanguage = 'nl', anyTarget = 'en'): Promise<Record<string, string>> {
  const file = lang === sourceLanguage ? anyTarget : lang;
  const response = await fetch(`/xliff/${file}.xlf`);
  if (!response.ok) throw new Error(`xliff/${file}.xlf: ${response.status}`);
  const xliff = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const part = lang === sourceLanguage ? 'source' : 'target';
  // A placeholder (<x id="0"/>) stands as {0}.
  const text = (node: Element) =>
    [...node.childNodes]
      .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : `{${(child as Element).getAttribute('id')}}`))
      .join('')
      .trim();
  return Object.fromEntries([...xliff.querySelectorAll('trans-unit')].map((unit) => [unit.id, text(unit.querySelector(part)!)]));
}

/** The engine the tests run in. */
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/') ? 'firefox' : navigator.userAgent.includes('Chrome/') ? 'chromium' : 'webkit';

/**
 * `it` in the engines that can run a test, `it.skip` in the others. The test's name says why it
 * cannot run elsewhere, e.g. "(Chromium only: emulated through the DevTools protocol)".
 */
export function itIn(engines: (typeof ENGINE)[]): Mocha.TestFunction | Mocha.PendingTestFunction {
  return engines.includes(ENGINE) ? it : it.skip;
}

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** axe's rules for WCAG 2.2 A and AA (those of 2.0 and 2.1 included), and its best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Fails with every axe violation in `el`. Running animations (a new tip fades in) are brought to
 * their end first, so that axe measures the colours a reader sees. (Waiting for them would not
 * do: a test page in a background tab does not animate.)
 */
export async function expectAccessible(el: Element): Promise<void> {
  for (const animation of el.ownerDocument.getAnimations()) animation.finish();
  // axe runs in the element's own window: the test page's, or a framed page's that loaded it.
  const { axe } = el.ownerDocument.defaultView as Window;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  const found = violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.help}): ${node.target.join(' ')}\n  ${node.failureSummary ?? ''}`));
  expect(found, found.join('\n')).to.deep.equal([]);
}

/**
 * A page of its own, `width` × `height` CSS px, with `css` as its only stylesheet and `template`
 * rendered into its body; resolves when every widget in it has rendered. It is an iframe, so its
 * viewport has that size in every engine, without resizing the browser window.
 */
export async function framedPage(template: TemplateResult, { width = 320, height = 640, css = '' } = {}): Promise<HTMLElement> {
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="test page" width=${width} height=${height}></iframe>`);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>test</title></head><body></body></html>');
  doc.close();
  doc.head.append(Object.assign(doc.createElement('style'), { textContent: css }));
  const container = doc.body.appendChild(doc.createElement('div'));
  render(template, container);
  await widgetsRendered(container);
  return container;
}

/** What tests/pages/record.js records in a page, from before the widget's script runs. */
export interface Recorded {
  warnings: string[];
  errors: string[];
  violations: string[];
  storage: string[];
  globalsBefore: string[];
}

export interface FramePage {
  window: Window & typeof globalThis & { hechtingTest: Recorded };
  document: Document;
  recorded: Recorded;
}

/**
 * Loads a page of its own in an iframe, as a host serves it: a URL under tests/pages/, or a head
 * and body (after tests/pages/record.js), and resolves when its widgets have rendered. A page
 * that loads dist/hechting-widget.js loads it itself: run `npm run build` first (npm test does).
 */
export async function loadFrame(page: string | { head?: string; body: string }): Promise<FramePage> {
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="host page" width="800" height="600"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (typeof page === 'string') frame.src = page;
  else {
    frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>host page</title>
      <link rel="icon" href="data:,"><script src="/tests/pages/record.js"></script>${page.head ?? ''}</head>
      <body>${page.body}</body></html>`;
  }
  await loaded;
  const view = frame.contentWindow as FramePage['window'];
  // A page of static HTML has no script to wait for.
  if (view.document.querySelector('script[src*="hechting-widget"]')) {
    for (const tag of TAGS) if (view.document.querySelector(tag)) await view.customElements.whenDefined(tag);
    await widgetsRendered(view.document.body);
  }
  return { window: view, document: view.document, recorded: view.hechtingTest };
}

/** Loads a page as a browser without JavaScript shows it: in a frame whose sandbox allows no script. */
export async function loadWithoutScript(url: string): Promise<Document> {
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="page without script" sandbox="allow-same-origin" width="800" height="600"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  await loaded;
  return frame.contentDocument!;
}

/** The collapsible sections in `root`: each a section with a button in its heading (`<hechting-uitleg collapsible>`). */
export function collapsibleSections(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll('.hechting-disclosure')].map((button) => button.closest<HTMLElement>('.hechting-section')!);
}

/** Whether a collapsible section's text is open. */
export const isOpen = (section: Element): boolean => (section.lastElementChild as HTMLDetailsElement).open;

/** Whether the button of a collapsible section says that its text is open. */
export const saysOpen = (section: Element): boolean => section.querySelector('.hechting-disclosure')!.getAttribute('aria-expanded') === 'true';

/** Opens each closed collapsible section in `root` with its button, as a visitor does. */
export function openSections(root: ParentNode): void {
  for (const section of collapsibleSections(root)) if (!isOpen(section)) section.querySelector<HTMLElement>('.hechting-disclosure')!.click();
}

/** Does, on a loaded page, everything a visitor can do: every section, button and language. */
export async function useEverything(page: FramePage): Promise<void> {
  const { document } = page;
  const settle = () => widgetsRendered(document.body);
  openSections(document);
  for (const button of document.querySelectorAll<HTMLButtonElement>('.hechting-tip button')) for (let i = 0; i < 6; i++) button.click();
  await settle();
  for (const button of [...document.querySelectorAll<HTMLButtonElement>('.hechting-languages button')]) {
    button.click();
    await settle();
    // The note on a translation: to the Dutch original and back.
    for (let i = 0; i < 2; i++) {
      document.querySelector<HTMLButtonElement>('.hechting-translation-note button')?.click();
      await settle();
    }
  }
  const tips = document.querySelector('band-tips')!;
  for (const [name, value] of [
    ['age', 'young'],
    ['tips', 'troost speel'],
    ['mode', 'tip-of-the-day'],
    ['heading-level', '4'],
    ['no-title', ''],
    ['lang', 'ar'],
  ]) {
    tips.setAttribute(name, value);
    await settle();
  }
  document.querySelector('hechting-uitleg')!.setAttribute('sections', 'veilige-basis');
  await settle();
}

/** What a pointer can hit in a page or part of one: its links and buttons that show. */
export function targetsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => el.getClientRects().length && computed(el, 'visibility') === 'visible');
}

/**
 * WCAG 2.5.8 for each target: its box is at least 24 × 24 CSS px, or else (the spacing
 * exception) a circle 24 px across, centred on its box, meets no other target and no other
 * undersized target's circle. One line for each target that fails.
 */
export function targetSizeFailures(targets: HTMLElement[]): string[] {
  const MIN = 24;
  const boxes = targets.map((el) => el.getBoundingClientRect());
  const undersized = boxes.map((box) => box.width < MIN || box.height < MIN);
  const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2] as const;
  const failures: string[] = [];
  boxes.forEach((box, i) => {
    if (!undersized[i]) return;
    const [x, y] = centre(box);
    const conflicts = boxes.flatMap((other, j) => {
      if (j === i) return [];
      // The distance from the centre to the other target's box, and to the other's centre.
      const dx = Math.max(other.left - x, 0, x - other.right);
      const dy = Math.max(other.top - y, 0, y - other.bottom);
      const [ox, oy] = centre(other);
      const meetsTarget = Math.hypot(dx, dy) < MIN / 2;
      const meetsCircle = undersized[j] && Math.hypot(ox - x, oy - y) < MIN;
      return meetsTarget || meetsCircle ? [describeControl(targets[j])] : [];
    });
    if (conflicts.length) failures.push(`${describeControl(targets[i])} is ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px, and its 24 px circle meets ${conflicts.join(', ')}`);
  });
  return failures;
}

/** A control as a failure message names it: its tag and the start of its text. */
export function describeControl(el: Element): string {
  return `${el.localName} "${textOf(el).slice(0, 30)}"`;
}

/**
 * Fails unless `el` has the focus in its document, saying where the focus is instead. It compares
 * no elements in the assertion itself (see below): a failed `expect(document.activeElement)
 * .to.equal(button)` with the focus lost to `<body>` would hang its file.
 */
export function expectFocusOn(el: Element, what = describeControl(el)): void {
  const focused = el.ownerDocument.activeElement;
  expect(focused === el, `the focus is on ${focused ? describeControl(focused) : 'nothing'}, not on ${what}`).to.equal(true);
}

// A failed assertion that keeps an element as its actual or expected value (the focus on <body>
// where a button was expected, `expect(el).to.equal(null)`) would hang its file until the test
// runner's time limit, without a word: the runner cannot copy an element (structuredClone) to
// send the result. So, after each failed test, such an element becomes its description.
afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  for (const key of ['actual', 'expected'] as const) {
    // Also a node of a framed page, which is no instance of this page's Node.
    const node = error?.[key] as Node | undefined;
    if (typeof node?.nodeType === 'number') error![key] = node.nodeType === Node.ELEMENT_NODE ? `<${describeControl(node as Element)}>` : node.nodeName;
  }
});
