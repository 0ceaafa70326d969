// Placements: what an editor can make in any CMS editor. Editors and HTML sanitizers strip
// scripts and custom elements, but every one of them keeps a paragraph with a link, its query and
// fragment included. So a paragraph with one link to an element's standalone page
// (`<folder>/<lang>/<element>.html`), marked `#hechting-widget`, is a placement: with the script
// on the page it becomes the element, the query giving its options; without the script the link
// leads to the standalone page and its text.
import type { LitElement } from 'lit';
import { BandTips } from '../band-tips/band-tips.js';
import { HechtingUitleg } from '../hechting-uitleg/hechting-uitleg.js';
import { HulpLink } from '../hulp-link/hulp-link.js';
import { LANGUAGES } from '../shared/languages.js';
import { quote, warn, warnAttribute } from '../shared/warn.js';

/** The fragment that marks a link as a placement, and the id of the element on its standalone page. */
const MARK = 'hechting-widget';

const ELEMENTS: Record<string, typeof LitElement> = { 'hechting-uitleg': HechtingUitleg, 'band-tips': BandTips, 'hulp-link': HulpLink };

// The mark, also where a mail tool has put its parameters after it.
const PLACEMENT_HASH = new RegExp(`^#${MARK}(?![\\w-])`);

const STANDALONE_PAGE = new RegExp(`/(${LANGUAGES.join('|')})/(${Object.keys(ELEMENTS).join('|')})\\.html$`);

// Parameters that analytics and mail tools add to links: not options, and not worth a warning.
const TRACKING = /^(utm_|mtm_|pk_|_g|_hs|mc_|[a-z]*clk?id$)/i;

// Elements an editor wraps around a link's text; a placement may sit in any of them.
const INLINE_WRAPPERS = /^(span|strong|b|em|i|u|font|small|big|mark)$/;

/** The options of the standalone page that only the site's own pages may set (see applyPageOptions). */
const HOST_OPTIONS = ['href', 'label', 'organization', 'phone', 'hulp-href', 'hulp-label'];

/** An element's options: its attribute names, each with whether it is a switch (a boolean). */
function optionsOf(tag: string): Map<string, boolean> {
  const options = new Map<string, boolean>();
  for (const [property, declaration] of ELEMENTS[tag].elementProperties) {
    const { attribute, type } = declaration;
    if (attribute !== false) options.set(typeof attribute === 'string' ? attribute : String(property).toLowerCase(), type === Boolean);
  }
  return options;
}

/**
 * Sets the options of a query on an element as its attributes, so that each goes through the
 * element's own checks (a bad value: one warning and the default). `skip` names options that do
 * not apply here.
 */
function setOptions(element: Element, query: URLSearchParams, skip: readonly string[] = []): void {
  const tag = element.localName;
  const options = optionsOf(tag);
  for (const [key, value] of query) {
    // An address an editor encoded twice: `&amp;` in the address itself.
    const name = key.replace(/^amp;/, '');
    if (TRACKING.test(name) || skip.includes(name)) continue;
    const isSwitch = options.get(name);
    if (isSwitch === undefined) {
      warn(`<${tag}>: unknown option ${quote(name)}; use ${[...options.keys()].join(', ')}.`);
    } else if (!isSwitch || value === '' || value === 'true') {
      element.setAttribute(name, value);
    } else if (value !== 'false') {
      warnAttribute(tag, name, value, 'is on when present; leave it out for off.');
    }
  }
}

const visibleText = (node: Node) => (node.textContent ?? '').replace(/[\s\u200b]+/g, '');

/** Whether `container` holds `link` and nothing else a reader sees: no other text, no element but line breaks. */
function holdsOnly(container: Element, link: Element): boolean {
  return visibleText(container) === visibleText(link) && [...container.querySelectorAll('*')].every((el) => el === link || el.contains(link) || link.contains(el) || el.localName === 'br');
}

/** The block a link stands in: the nearest ancestor that is not an inline wrapper. */
function blockOf(link: Element): Element | null {
  let block = link.parentElement;
  while (block && INLINE_WRAPPERS.test(block.localName)) block = block.parentElement;
  return block;
}

/**
 * What the element replaces: the link's paragraph (or heading, where an editor made one), or
 * where the link stands in another block (a `div`, a list item), the link with the wrappers around
 * it. Undefined when there is other text beside it: a link in running text stays a link.
 */
function placementOf(link: Element): Element | undefined {
  const block = blockOf(link);
  if (!block || !holdsOnly(block, link)) return undefined;
  if (/^(p|h[1-6])$/.test(block.localName)) return block;
  let box = link;
  while (box.parentElement !== block) box = box.parentElement!;
  return box;
}

/** Replaces a placement link with its element; leaves any other link as it is. */
function upgrade(link: HTMLAnchorElement): void {
  if (link.isContentEditable || link.closest('.hechting-widget')) return;
  // The link's own parts of its address: an address that is no URL gives empty ones.
  if (!PLACEMENT_HASH.test(link.hash)) return;
  const [, lang, tag] = link.pathname.match(STANDALONE_PAGE) ?? [];
  const placement = tag && placementOf(link);
  if (!placement) {
    warn(`${quote(link.href)} stays a link: a placement links to <language>/<element>.html and has a paragraph of its own.`);
    return;
  }
  const element = document.createElement(tag);
  element.lang = lang;
  setOptions(element, new URLSearchParams(link.search), ['lang']);
  placement.replaceWith(element);
}

/** Whether the parser has read past a node: something follows it, or one of its ancestors, in the document. */
function parsedPast(node: Node | null): boolean {
  for (; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * Upgrades the placements of the page. Run while the page is still loading (the script in the
 * `<head>`), it replaces each one as soon as the parser has read its paragraph, before the
 * browser paints it, so that nothing on the page moves; run later, it replaces them all at once.
 * Links added after the page has loaded stay links: a page that a JavaScript framework renders
 * keeps the nodes it manages.
 */
export function upgradePlacements(): void {
  const selector = `a[href*="#${MARK}"]`;
  const seen = new WeakSet<Element>();
  const pending: HTMLAnchorElement[] = [];
  const add = (link: Element) => {
    if (!seen.has(link)) pending.push(link as HTMLAnchorElement);
    seen.add(link);
  };
  const collect = (root: Element | Document) => {
    if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(selector)) add(root as Element);
    root.querySelectorAll(selector).forEach(add);
  };
  const upgradeParsed = (all: boolean) => {
    for (const link of [...pending]) {
      if (all || parsedPast(blockOf(link))) {
        pending.splice(pending.indexOf(link), 1);
        upgrade(link);
      }
    }
  };
  if (document.readyState === 'loading') {
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) collect(node as Element);
      upgradeParsed(false);
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        observer.disconnect();
        collect(document);
        upgradeParsed(true);
      },
      { once: true },
    );
  } else {
    collect(document);
    upgradeParsed(true);
  }
}

/**
 * On an element's standalone page (its `<main id="hechting-widget">`), applies the options of the
 * page's address, as a placement would. `heading-level` and `no-title` do not apply: the title is
 * the page's heading. The host's own texts and addresses are taken only from a link on the same
 * site, so that a crafted address cannot put a foreign link or phone number on a host's page.
 */
export function applyPageOptions(): void {
  const element = document.getElementById(MARK)?.firstElementChild;
  if (!element || !(element.localName in ELEMENTS) || !location.search) return;
  const query = new URLSearchParams(location.search);
  const fromThisSite = document.referrer !== '' && new URL(document.referrer).origin === location.origin;
  const refused = fromThisSite ? [] : HOST_OPTIONS.filter((name) => query.has(name));
  if (refused.length) warn(`${refused.join(', ')}: only from a link on this site.`);
  setOptions(element, query, ['lang', 'heading-level', 'no-title', ...refused]);
}
