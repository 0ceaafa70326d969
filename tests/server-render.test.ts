// The server renderer (hechting-widget/server) against the elements: for every element and, over
// the property-based tests' range of attributes, the HTML that the server renders in Node (a
// server command of the test runner) and the element's first render in this browser are the same
// markup with the same text, and give the same warnings. Then the element takes the server's text
// over without a change a visitor could see.
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import sinon from 'sinon';
import '../src/hechting-widget.js';
import { attributeChanges, collapsibleSections, isOpen, loadFrame, saysOpen, TAGS, widgetsRendered, type Tag } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Noon on a day, on both sides: the tip of the day is the same. */
const DAY = new Date(2026, 11, 7, 12).getTime();

const renderOnServer = (name: Tag, options: Record<string, string>, date = DAY) =>
  executeServerCommand<{ html: string; warnings: string[] }, { name: Tag; options: Record<string, string>; date: number }>('render-on-server', { name, options, date });

/** The element that `html` holds, parsed but inert: in a template, no element upgrades. */
function parsed(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

/**
 * A copy of `element`'s content as a page would show it: without the comments that only Lit's
 * own bookkeeping needs, with adjacent text in one node, and a run of white space as one space
 * (the built files fold the templates' line breaks and indentation, these sources do not).
 */
function shown(element: Element): Element {
  const copy = document.createElement('div');
  copy.append(...[...element.childNodes].map((node) => node.cloneNode(true)));
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  copy.normalize();
  const texts = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) (texts.currentNode as Text).data = (texts.currentNode as Text).data.replace(/\s+/g, ' ');
  // As HTML, as a server sends it: what HTML cannot hold (a NUL character) comes back as the
  // parser reads it.
  const html = document.createElement('div');
  html.innerHTML = copy.innerHTML;
  return html;
}

/** Markup with each element's attributes in order of name, for a readable difference. */
function markupOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    const attributes = [...node.attributes].map(({ name, value }) => [name, value]).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name] of attributes) node.removeAttribute(name);
    for (const [name, value] of attributes) node.setAttribute(name, value);
  }
  return copy.innerHTML;
}

/** The attributes that `changes` leave on an element: the last value of each, none for null. */
function optionsOf(changes: readonly (readonly [string, string | null])[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (const [name, value] of changes) {
    if (value === null) delete options[name];
    else options[name] = value;
  }
  return options;
}

describe('the server renderer (hechting-widget/server)', () => {
  let clock: sinon.SinonFakeTimers;
  let warn: sinon.SinonStub;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: DAY, toFake: ['Date'] });
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock.restore();
    warn.restore();
  });

  for (const tag of TAGS) {
    it(`renders <${tag}> as its first render does, with the same warnings, whatever its attributes (fast-check)`, async () => {
      await fc.assert(
        fc.asyncProperty(attributeChanges(tag), async (changes) => {
          const options = optionsOf(changes);
          const server = await renderOnServer(tag, options);
          warn.resetHistory();
          // In a page in Dutch, as the server renders without lang.
          const holder = fixtureSync<HTMLElement>('<div lang="nl"></div>');
          const element = document.createElement(tag) as Widget;
          for (const [name, value] of Object.entries(options)) element.setAttribute(name, value);
          holder.append(element);
          await widgetsRendered(element);
          const warnings = warn.getCalls().map((call) => call.args.join(' '));
          const fromServer = parsed(server.html);
          expect(fromServer.localName).to.equal(tag);
          expect([...fromServer.classList].sort(), 'its classes').to.deep.equal([...element.classList].sort());
          const [rendered, written] = [shown(element), shown(fromServer)];
          if (!rendered.isEqualNode(written)) expect(markupOf(written), JSON.stringify(options)).to.equal(markupOf(rendered));
          expect(server.warnings, JSON.stringify(options)).to.deep.equal(warnings);
          holder.remove();
        }),
        { numRuns: 100, includeErrorInReport: true },
      );
    });
  }
});

describe('the element takes the text the server rendered over', () => {
  it('without a change a visitor could see: nothing moves or goes blank, and the focus, an opened section and the scroll stay', async () => {
    const now = Date.now();
    const rendered = await Promise.all([
      renderOnServer('hechting-uitleg', { collapsible: '', 'hulp-href': 'https://example.org/hulp', lang: 'en' }, now),
      renderOnServer('band-tips', { mode: 'tip-of-the-day', languages: '' }, now),
      renderOnServer('hulp-link', { phone: '0123 456 789' }, now),
    ]);
    // The page as the server sends it, with the stylesheet for it, before the script comes.
    const page = await loadFrame({
      head: '<link rel="stylesheet" href="/dist/hechting-widget.server.css">',
      body: `<main><h1>Opvoeden</h1>${rendered.map(({ html }) => html).join('')}</main>`,
    });
    const { document: doc, window: view } = page;
    await new Promise((resolve) => (doc.styleSheets.length ? resolve(undefined) : doc.querySelector('link')!.addEventListener('load', resolve, { once: true })));
    const widgets = [...doc.querySelectorAll<Widget>('main > *:not(h1)')];
    // What a visitor did before the script came: found text in a closed section, which opens it
    // (hechting-uitleg.test.ts has find-in-page's way), focused the phone number, scrolled.
    (collapsibleSections(doc).at(-1)!.lastElementChild as HTMLDetailsElement).open = true;
    const phone = doc.querySelector<HTMLAnchorElement>('hulp-link .hechting-help-phone a')!;
    phone.focus({ preventScroll: true });
    view.scrollTo(0, 400);
    const blocks = () =>
      [...doc.querySelectorAll('main :is(h1, h2, h3, h4, p, li, a, button, time)')].map((block) => {
        const { x, y, width, height } = block.getBoundingClientRect();
        return { block: block.localName, box: [x, y, width, height] };
      });
    const opened = () => collapsibleSections(doc).map((section) => `${section.dataset.section} ${isOpen(section) ? 'open' : 'closed'}, ${saysOpen(section) ? 'says open' : 'says closed'}`);
    const before = { blocks: blocks(), scrollY: view.scrollY, opened: opened() };
    // Without the script, nothing tells the button.
    expect(before.opened).to.deep.equal(['goede-band closed, says closed', 'veilige-basis open, says closed']);
    const blank: string[] = [];
    new view.MutationObserver(() => {
      for (const widget of widgets) if (!widget.querySelector(':scope > .hechting-widget')) blank.push(widget.localName);
    }).observe(doc.body, { childList: true, subtree: true });

    const script = doc.createElement('script');
    script.src = '/dist/hechting-widget.js';
    doc.head.append(script);
    for (const tag of TAGS) await view.customElements.whenDefined(tag);
    await widgetsRendered(doc.body);

    expect(phone.isConnected, 'the element rendered its own content').to.equal(false);
    expect(blank, 'an element without its text at a moment the page could show').to.deep.equal([]);
    // Every heading, paragraph, link and button where it was, to a tenth of a pixel: Lit's markers
    // split a text into several nodes, whose spaces may come out a hundredth of a pixel wider. (The
    // layout shift that Chromium reports, which needs a painted frame, is measured in a real
    // application's page: tests/applications/next.test.mjs.)
    const after = blocks();
    expect(after.map(({ block }) => block)).to.deep.equal(before.blocks.map(({ block }) => block));
    after.forEach(({ block, box }, i) => box.forEach((value, side) => expect(value, `${block} ${i}`).to.be.closeTo(before.blocks[i].box[side], 0.1)));
    expect(view.scrollY).to.equal(before.scrollY);
    await waitUntil(() => saysOpen(collapsibleSections(doc).at(-1)!), 'the button of the opened section did not say so', { timeout: 2000 });
    expect(opened()).to.deep.equal(['goede-band closed, says closed', 'veilige-basis open, says open']);
    expect(doc.activeElement, 'the focus on the same link').to.equal(doc.querySelector('hulp-link .hechting-help-phone a'));
    expect(page.recorded.errors).to.deep.equal([]);
    expect(page.recorded.warnings).to.deep.equal([]);
  });
});
