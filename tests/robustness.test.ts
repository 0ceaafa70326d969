import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../src/hechting-widget.js';
import type { BandTips } from '../src/band-tips/band-tips.js';
import { LANGUAGES } from '../src/shared/languages.js';
import { attributeChanges, computed, loadFrame, TAGS, textOf, widgetsRendered, type FramePage } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const SCRIPT = '<script src="/dist/hechting-widget.js"></script>';
const ELEMENTS = '<hechting-uitleg></hechting-uitleg><band-tips></band-tips><hulp-link></hulp-link>';

/** Every widget in the page has rendered its content once, with its title. */
function expectRendered(root: ParentNode, count: number) {
  const widgets = [...root.querySelectorAll(TAGS.join(','))];
  expect(widgets).to.have.length(count);
  for (const widget of widgets) {
    expect(widget.querySelectorAll(':scope > .hechting-widget'), widget.localName).to.have.length(1);
    expect(textOf(widget.querySelector('.hechting-title')!).length, widget.localName).to.be.greaterThan(10);
  }
}

describe('robustness', () => {
  describe('loading', () => {
    it('loaded twice: no error, the first definition stays, one warning', async () => {
      const page = await loadFrame({ head: SCRIPT + SCRIPT.replace('.js"', '.js?again"'), body: ELEMENTS });
      expectRendered(page.document, 3);
      expect(page.recorded.errors).to.deep.equal([]);
      expect(page.recorded.warnings).to.have.length(1);
      expect(page.recorded.warnings[0]).to.match(/^\[hechting-widget\] HW402 hechting-widget is loaded more than once \((0\.\d+\.\d+), then \1\)/);
    });

    it('next to a build of another version: no error, the first stays, one warning naming both versions', async () => {
      const page = await loadFrame({ head: SCRIPT + SCRIPT.replace('.js"', '.js?version=9.9.9"'), body: ELEMENTS });
      expectRendered(page.document, 3);
      expect(page.recorded.errors).to.deep.equal([]);
      expect(page.recorded.warnings).to.have.length(1);
      expect(page.recorded.warnings[0]).to.match(/^\[hechting-widget\] HW402 hechting-widget is loaded more than once \(0\.\d+\.\d+, then 9\.9\.9\); the first stays\. Keep one <script>\.$/);
    });
  });

  it('beside another script that owns one of its tag names: leaves that element alone, and says so', async () => {
    const page = await loadFrame({
      head: `<script>customElements.define('hulp-link', class extends HTMLElement {});</script>${SCRIPT}`,
      body: '<band-tips></band-tips><hulp-link>van de andere</hulp-link>',
    });
    expect(page.recorded.errors).to.deep.equal([]);
    expect(page.document.querySelector('hulp-link')!.textContent).to.equal('van de andere');
    expect(page.document.querySelector('band-tips .hechting-widget')).to.exist;
    expect(page.recorded.warnings).to.deep.equal(['[hechting-widget] HW401 <hulp-link> is defined by another script; hechting-widget leaves it to that one.']);
  });

  describe('elements from every source', () => {
    let page: FramePage;
    beforeEach(async () => {
      page = await loadFrame({ body: `<band-tips id="before"></band-tips>${SCRIPT}<hulp-link id="after"></hulp-link>` });
    });

    it('parsed before and after the script', () => {
      expectRendered(page.document, 2);
    });

    it('inserted as HTML, and made with document.createElement', async () => {
      const { document } = page;
      const holder = document.createElement('div');
      // The page's own HTML, as a CMS might insert it; nothing of the widget's.
      holder.innerHTML = '<hechting-uitleg collapsible></hechting-uitleg>';
      document.body.append(holder);
      const made = document.createElement('band-tips');
      made.setAttribute('mode', 'tip-of-the-day');
      document.body.append(made);
      await widgetsRendered(document.body);
      expectRendered(document, 4);
      expect(page.recorded.errors).to.deep.equal([]);
    });
  });

  it("inside another component's shadow root: renders, styled, in the language outside it", async () => {
    // In a page of its own, so that no widget elsewhere has given its document the stylesheet.
    const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="component page"></iframe>`);
    const doc = frame.contentDocument!;
    const host = doc.body.appendChild(Object.assign(doc.createElement('div'), { lang: 'en' }));
    const shadow = host.appendChild(doc.createElement('div')).attachShadow({ mode: 'open' });
    const tips = Object.assign(document.createElement('band-tips'), { mode: 'tip-of-the-day' });
    shadow.append(tips);
    await widgetsRendered(tips);
    expectRendered(shadow, 1);
    expect(tips.querySelector('.hechting-widget')!.getAttribute('lang')).to.equal('en');
    expect(shadow.adoptedStyleSheets).to.have.length(1);
    const button = tips.querySelector('button')!;
    expect([computed(button, 'border-top-style'), computed(button, 'cursor')]).to.deep.equal(['solid', 'pointer']);
    // The heading's size floor needs its @property rule, which registers only from the document.
    const title = tips.querySelector('.hechting-title')!;
    expect(computed(title.firstElementChild!, 'font-size')).to.equal(computed(title, 'font-size'));
  });

  it('moved, removed and re-added: still one rendering, still working, still following its language', async () => {
    const page = fixtureSync(html`<div><section lang="nl"></section><section lang="pl"></section></div>`);
    const [first, second] = page.querySelectorAll('section');
    const tips = Object.assign(document.createElement('band-tips') as BandTips, { mode: 'tip-of-the-day' });
    first.append(tips);
    await tips.updateComplete;
    second.append(tips);
    await widgetsRendered(tips);
    expect(tips.querySelector('.hechting-widget')!.getAttribute('lang')).to.equal('pl');
    tips.remove();
    first.append(tips);
    await widgetsRendered(tips);
    expectRendered(page, 1);
    expect(tips.querySelector('.hechting-widget')!.getAttribute('lang')).to.equal('nl');
    const before = textOf(tips.querySelector('.hechting-tip-text')!);
    tips.querySelector<HTMLButtonElement>('.hechting-tip button')!.click();
    await tips.updateComplete;
    expect(textOf(tips.querySelector('.hechting-tip-text')!)).not.to.equal(before);
    first.setAttribute('lang', 'uk');
    await Promise.resolve();
    await widgetsRendered(tips);
    expect(tips.querySelector('.hechting-widget')!.getAttribute('lang')).to.equal('uk');
  });

  it('takes the last of attribute changes made in quick succession', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<BandTips>(html`<band-tips></band-tips>`);
      for (let i = 0; i < 50; i++) {
        el.setAttribute('age', ['young', 'older', 'all', 'bad'][i % 4]);
        el.setAttribute('mode', i % 2 ? 'list' : 'tip-of-the-day');
        el.setAttribute('lang', LANGUAGES[i % LANGUAGES.length]);
        el.toggleAttribute('no-title', i % 3 === 0);
      }
      el.setAttribute('age', 'older');
      el.setAttribute('mode', 'list');
      el.setAttribute('lang', 'tr');
      el.toggleAttribute('no-title', true);
      await widgetsRendered(el);
      expect(el.querySelector('.hechting-widget')!.getAttribute('lang')).to.equal('tr');
      expect(el.querySelectorAll('.hechting-section')).to.have.length(1);
      expect(el.querySelectorAll('.hechting-title')).to.have.length(0);
    } finally {
      warn.restore();
    }
  });

  describe('random attribute values (fast-check)', () => {
    for (const tag of TAGS) {
      it(`<${tag}> never throws and always shows readable content, whatever its attributes`, async () => {
        const settings = attributeChanges(tag);
        const warn = sinon.stub(console, 'warn');
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.message);
        window.addEventListener('error', onError);
        try {
          await fc.assert(
            fc.asyncProperty(settings, settings, async (atFirst, later) => {
              const el = fixtureSync<Widget>(`<${tag}></${tag}>`);
              for (const [name, value] of atFirst) value === null ? el.removeAttribute(name) : el.setAttribute(name, value);
              await widgetsRendered(el);
              for (const [name, value] of later) value === null ? el.removeAttribute(name) : el.setAttribute(name, value);
              await widgetsRendered(el);
              const root = el.querySelector(':scope > .hechting-widget');
              expect(root, 'content root').to.exist;
              expect(LANGUAGES).to.include(root!.getAttribute('lang'));
              expect(textOf(root!).length).to.be.greaterThan(100);
              expect(el.querySelectorAll('img, script, iframe, [style]')).to.have.length(0);
              for (const link of el.querySelectorAll('a')) expect(['https:', 'http:', 'mailto:', 'tel:']).to.include(new URL(link.href).protocol);
              el.remove();
            }),
            { numRuns: 100 },
          );
          expect(errors).to.deep.equal([]);
          for (const call of warn.getCalls()) expect(String(call.args[0])).to.match(/^\[hechting-widget\] /);
        } finally {
          warn.restore();
          window.removeEventListener('error', onError);
        }
      });
    }
  });
});
