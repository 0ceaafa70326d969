// Placements: what an editor can make in any CMS editor. Editors and HTML sanitizers strip
// scripts and custom elements, but every one of them keeps a paragraph with a link, its query and
// fragment included. So a paragraph with one link to an element's standalone page
// in the script's own folder (`<folder>/<lang>/<element>.html`), marked `#hechting-widget`, is a
// placement: with the script on the page the element takes its place, the query giving its
// options; without the script the link leads to the standalone page and its text. A visitor's
// link, or one to anywhere else, stays a link: a placement shows the options it carries (a help
// page, a phone number) as the site's own.
import type { ReactiveElement } from 'lit';
import { attributesOf } from '../shared/attributes.js';
import { inFullScriptOnly, LANGUAGES } from '../shared/languages.js';
import { parsedPast } from '../shared/parsing.js';
import { listOf, quote, warn, warnAttribute } from '../shared/warn.js';

/** The fragment that marks a link as a placement, and the id of the element on its standalone page. */
const MARK = 'hechting-widget';

// The mark, also where a mail tool has put its parameters after it.
const PLACEMENT_HASH = new RegExp(`^#${MARK}(?![\\w-])`);

const TAGS = ['hechting-uitleg', 'band-tips', 'hulp-link'];

// The path of a page in the script's folder, `<lang>/<element>.html`.
const PAGE_PATH = /^([^/]+)\/([^/]+)\.html$/;

// Parameters that analytics and mail tools add to links: not options, and not worth a warning.
const TRACKING = /^(utm_|mtm_|pk_|_g|_hs|mc_|[a-z]*clk?id$)/i;

// Elements an editor wraps around a link's text; a placement may sit in any of them.
const INLINE_WRAPPERS = /^(span|strong|b|em|i|u|font|small|big|mark)$/;

/** The options of the standalone page that only the site's own pages may set (see applyPageOptions). */
const HOST_OPTIONS = ['href', 'label', 'organization', 'phone', 'hulp-href', 'hulp-label'];

/**
 * Sets the options of a query on an element as its attributes, so that each goes through the
 * element's own checks (a bad value: one warning and the default). `skip` names options that do
 * not apply here. Unknown options are named in one warning.
 */
function setOptions(element: Element, query: URLSearchParams, skip: readonly string[] = []): void {
  const tag = element.localName;
  // From the class the tag is defined with: with the script loaded twice, that of the first copy.
  const options = attributesOf(customElements.get(tag) as typeof ReactiveElement | undefined);
  const unknown: string[] = [];
  for (const [key, value] of query) {
    // An address an editor encoded twice: `&amp;` in the address itself.
    const name = key.replace(/^amp;/, '');
    if (TRACKING.test(name) || skip.includes(name)) continue;
    const isSwitch = options.get(name);
    if (isSwitch === undefined) {
      unknown.push(name);
    } else if (!isSwitch || value === '' || value === 'true') {
      element.setAttribute(name, value);
    } else if (value !== 'false') {
      warnAttribute(tag, name, value, 'HW109', 'is on when present; leave it out for off.');
    }
  }
  if (unknown.length) warn('HW108', `<${tag}>: unknown option ${listOf(unknown)}; use ${[...options.keys()].join(', ')}.`);
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
function placementOf(link: HTMLElement): HTMLElement | undefined {
  const block = blockOf(link);
  if (!block || !holdsOnly(block, link)) return undefined;
  if (/^(p|h[1-6])$/.test(block.localName)) return block as HTMLElement;
  let box = link;
  while (box.parentElement !== block) box = box.parentElement!;
  return box;
}

// Where visitors write: a link marked as user content (WordPress and others give a visitor's link
// rel="ugc"), or a comment area of WordPress, Drupal and the usual comment tools.
const USER_CONTENT = '[rel~="ugc" i], [class*="comment" i], [id*="comment" i]';

/** Each placement the script has upgraded, and its element, which follows it. */
const placed = new Map<HTMLElement, Element>();

/**
 * The class of a placement the script has put its element beside, hidden (also against a host
 * rule that sets its display). A second copy of the script leaves it to the first.
 */
const PLACEMENT_CLASS = 'hechting-placement';

/**
 * The language and element of a page in the script's folder, `<folder><lang>/<element>.html`, on
 * the folder's origin over http(s), as `[, lang, tag]`, unchecked; empty for any other address.
 * The path is compared percent-decoded, and the browser has resolved its `..` segments (also
 * `%2e%2e`): an encoded `/` or `..` that a server might resolve otherwise leaves no match.
 */
function pageIn(folder: URL | undefined, { protocol, origin, pathname }: URL | Location | HTMLAnchorElement): string[] {
  if (!folder || !/^https?:$/.test(protocol) || origin !== folder.origin) return [];
  try {
    const path = decodeURIComponent(pathname);
    const base = decodeURIComponent(folder.pathname);
    return (path.startsWith(base) && PAGE_PATH.exec(path.slice(base.length))) || [];
  } catch {
    // A malformed escape (`%E0%A4%A`): no page of ours.
    return [];
  }
}

/** Whether `a` becomes `b` with at most `changes` letters added, left out or changed. */
function near(a: string, b: string, changes = 2): boolean {
  if (a[0] === b[0]) return !a || near(a.slice(1), b.slice(1), changes);
  return changes > 0 && (near(a.slice(1), b, changes - 1) || near(a, b.slice(1), changes - 1) || near(a.slice(1), b.slice(1), changes - 1));
}

/** Says why a marked link stays a link, naming its whole address but for its query (the options). */
function staysALink(link: HTMLAnchorElement, code: string, why: string): void {
  warn(code, `"${link.href.replace(link.search, link.search && '?…')}" stays a link: ${why}`);
}

/**
 * Puts a placement link's element right after its paragraph, and hides the paragraph: a framework
 * that rendered the paragraph still holds it, so it stays. (After, not before: a framework inserts
 * a new node before the next one it holds, so the elements keep the order of their paragraphs.)
 * Leaves any other link as it is, and says why a marked one stays a link, naming the part of its
 * address to fix; so too for a link to a page of ours whose mark is misspelt.
 */
function upgrade(link: HTMLAnchorElement, folder: URL | undefined): void {
  const marked = PLACEMENT_HASH.test(link.hash);
  // The hash first: most links that come here are no placement ("read more" on our pages).
  if ((!marked && !near(link.hash, `#${MARK}`)) || link.isContentEditable || link.closest(`.hechting-widget, .${PLACEMENT_CLASS}`)) return;
  const stays = (code: string, why: string) => staysALink(link, code, why);
  if (link.closest(USER_CONTENT)) return marked ? stays('HW101', "a visitor's link never becomes a widget.") : undefined;
  const [, lang, tag] = pageIn(folder, link);
  if (!tag) return marked ? stays('HW103', `link to ${folder?.href}<language>/<element>.html.`) : undefined;
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    const elsewhere = inFullScriptOnly([lang]);
    return elsewhere ? stays('HW106', elsewhere) : stays('HW105', `unknown language ${quote(lang)}; use ${LANGUAGES.join(', ')}.`);
  }
  if (!TAGS.includes(tag)) return stays('HW104', `unknown element ${quote(tag)}; use ${TAGS.find((known) => near(tag, known)) ?? TAGS.join(', ')}.`);
  if (!marked) return stays('HW107', `misspelt mark ${quote(link.hash)}; use #${MARK}.`);
  const placement = placementOf(link);
  if (!placement) return stays('HW102', 'give it a paragraph of its own.');
  const element = document.createElement(tag);
  element.lang = lang;
  setOptions(element, new URLSearchParams(link.search), ['lang']);
  placement.after(element);
  placement.hidden = true;
  placement.classList.add(PLACEMENT_CLASS);
  placed.set(placement, element);
}

/**
 * Upgrades the placements of the page in the script's `folder`, now and whenever they appear.
 * While the page is still loading (the script in the `<head>`), each one as soon as the parser has
 * read its paragraph, before the browser paints it, so that nothing on the page moves; after, as
 * soon as it is added (content loaded later, or rendered by a framework). Each element follows its
 * placement where it moves, and goes where it goes.
 */
export function upgradePlacements(folder: URL | undefined): void {
  // Placements, and links to our pages whose mark may be misspelt: cheap to match, as the page's
  // added nodes are matched against it for as long as it is open.
  const selector = 'a[href*="#"][href*="hechting" i]';
  const pending = new Set<HTMLAnchorElement>();
  // One query per added element that has children: a page may change its DOM all the time (the
  // bench's "DOM changes"), and most of what it adds is no placement.
  const collect = (root: Element | Document) => {
    if ((root as Element).localName === 'a') {
      if ((root as Element).matches(selector)) pending.add(root as HTMLAnchorElement);
    } else if (root.firstElementChild) {
      for (const link of root.querySelectorAll<HTMLAnchorElement>(selector)) pending.add(link);
    }
  };
  const upgradeParsed = () => {
    if (!pending.size) return;
    const loaded = document.readyState !== 'loading';
    for (const link of pending) {
      if (loaded || parsedPast(blockOf(link))) {
        pending.delete(link);
        // One odd placement never keeps the others from their elements.
        try {
          upgrade(link, folder);
        } catch (error) {
          staysALink(link, 'HW110', String(error));
        }
      }
    }
  };
  new MutationObserver((records) => {
    for (const { addedNodes } of records) {
      for (let i = 0; i < addedNodes.length; i++) if (addedNodes[i].nodeType === Node.ELEMENT_NODE) collect(addedNodes[i] as Element);
    }
    upgradeParsed();
    for (const [placement, element] of placed) {
      if (placement.isConnected) {
        // Moved (a framework reordering its nodes): the element follows.
        if (placement.nextSibling !== element) placement.after(element);
        continue;
      }
      // Gone: put back as it was, so that it is a placement again wherever it comes back.
      element.remove();
      placement.hidden = false;
      placement.classList.remove(PLACEMENT_CLASS);
      placed.delete(placement);
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', upgradeParsed, { once: true });
  collect(document);
  upgradeParsed();
}

/**
 * On an element's standalone page (`<folder><lang>/<element>.html`, whose `<main id="hechting-widget">`
 * holds the element), applies the options of the page's address, as a placement would; on no
 * other page. `heading-level` and `no-title` do not apply: the title is the page's heading. The
 * host's own texts and addresses are taken only from a link on the same site, so that a crafted
 * address cannot put a foreign link or phone number on a host's page.
 */
export function applyPageOptions(folder: URL | undefined): void {
  const element = document.getElementById(MARK)?.firstElementChild;
  if (!location.search || !element || element.localName !== pageIn(folder, location)[2]) return;
  const query = new URLSearchParams(location.search);
  const fromThisSite = document.referrer !== '' && new URL(document.referrer).origin === location.origin;
  const refused = fromThisSite ? [] : HOST_OPTIONS.filter((name) => query.has(name));
  if (refused.length) warn('HW111', `${refused.join(', ')}: only from a link on this site.`);
  setOptions(element, query, ['lang', 'heading-level', 'no-title', ...refused]);
}

/**
 * The folder of this script, taken while it runs: from `document.currentScript`, or as a module
 * (which has none) from the module script with the file's name; undefined when neither tells. A
 * script from a CDN names the folder of the standalone pages on the site in `data-folder`.
 */
export function scriptFolder(): URL | undefined {
  const script = (document.currentScript ?? document.querySelector('script[type="module"][src*="hechting-widget"]')) as HTMLScriptElement | null;
  const folder = script?.dataset.folder;
  try {
    return folder ? new URL(folder.replace(/\/?$/, '/'), document.baseURI) : new URL('.', script!.src);
  } catch {
    return undefined;
  }
}
