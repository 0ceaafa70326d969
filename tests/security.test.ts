import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/hechting-widget.js';
import { collectWarnings, loadFrame, readContentFile, TAGS, textOf, useEverything, widgetsRendered, type FramePage } from './helpers.js';

/** The policies the test server sends with tests/pages/embed.html (see web-test-runner.config.mjs). */
const POLICIES = {
  strict: "default-src 'none'; script-src 'self'; style-src 'self'",
  'trusted-types': "require-trusted-types-for 'script'; trusted-types lit-html",
};

/** Every block of the Dutch content files is in the page's text. */
async function expectAllDutchText(page: FramePage) {
  const text = textOf(page.document.body);
  for (const tag of TAGS) {
    const content = await readContentFile('nl', tag);
    expect(text).to.include(content.title);
    for (const block of content.blocks) expect(text, `${tag} ${block.id}`).to.include(block.text);
  }
}

describe('Content-Security-Policy and Trusted Types', () => {
  it(`renders completely under "${POLICIES.strict}", sent as a response header, with no violation`, async () => {
    const url = '/tests/pages/embed.html?csp=strict';
    expect((await fetch(url)).headers.get('content-security-policy')).to.equal(POLICIES.strict);
    const page = await loadFrame(url);
    await expectAllDutchText(page);
    expect(page.document.adoptedStyleSheets).to.have.length(1);
    await useEverything(page);
    expect(page.recorded.violations).to.deep.equal([]);
    expect(page.recorded.errors).to.deep.equal([]);
    // The policy is in force: a request the widget never makes is reported.
    page.document.body.append(Object.assign(page.document.createElement('img'), { src: '/tests/pages/nothing.png' }));
    await waitUntil(() => page.recorded.violations.length === 1, 'the policy reported no violation', { timeout: 5000 });
  });

  // What the README's policy meets on the webmaster's own folder: the standalone pages, the page
  // that checks an upload, and the guide, each with the widget at work.
  for (const path of ['nl/band-tips.html?mode=tip-of-the-day', 'ar/hechting-uitleg.html?collapsible', 'uk/hulp-link.html', 'voorbeeld.html']) {
    it(`${path}: the page in the folder has no violation under "${POLICIES.strict}"`, async () => {
      const url = `/csp/strict/dist/${path}`;
      expect((await fetch(url)).headers.get('content-security-policy')).to.equal(POLICIES.strict);
      const page = await loadFrame(url);
      expect(page.document.querySelectorAll('.hechting-widget').length, `the widget is at work: ${page.recorded.warnings} ${page.recorded.errors}`).to.be.greaterThan(0);
      for (const control of page.document.querySelectorAll<HTMLElement>('button')) control.click();
      await widgetsRendered(page.document.body);
      expect(page.recorded.violations).to.deep.equal([]);
      expect(page.recorded.errors).to.deep.equal([]);
    });
  }

  const withTrustedTypes = 'trustedTypes' in window ? it : it.skip;
  withTrustedTypes(`renders completely under "${POLICIES['trusted-types']}", sent as a response header, with no violation (skipped in an engine without Trusted Types)`, async () => {
    const url = '/tests/pages/embed.html?csp=trusted-types';
    expect((await fetch(url)).headers.get('content-security-policy')).to.equal(POLICIES['trusted-types']);
    const page = await loadFrame(url);
    await expectAllDutchText(page);
    await useEverything(page);
    expect(page.recorded.violations).to.deep.equal([]);
    expect(page.recorded.errors).to.deep.equal([]);
    // The policy is in force: HTML from a string is refused.
    expect(() => (page.document.createElement('div').innerHTML = '<b>x</b>')).to.throw();
  });
});

describe('what the widget puts in the page', () => {
  it('has no style attribute and no <style> element, after everything a visitor can do', async () => {
    const page = await loadFrame('/tests/pages/embed.html');
    await useEverything(page);
    expect(page.document.querySelectorAll('[style], style')).to.have.length(0);
  });
});

describe('hostile attribute values', () => {
  const warnings = collectWarnings();
  const MARKUP = ['<img src=x onerror="window.hacked=1">', '<script>window.hacked=1</script>', '"><svg onload="window.hacked=1">', "'><a href=javascript:window.hacked=1>x</a>"];
  const URLS = [
    'javascript:window.hacked=1',
    'JavaScript:window.hacked=1',
    '  javascript:window.hacked=1',
    'java\tscript:window.hacked=1',
    '\u0000javascript:window.hacked=1',
    'data:text/html,<script>window.hacked=1</script>',
    'data:text/html;base64,PHNjcmlwdD53aW5kb3cuaGFja2VkPTE8L3NjcmlwdD4=',
    'vbscript:msgbox(1)',
    'blob:https://example.org/0000',
    'file:///etc/passwd',
  ];
  const ATTRIBUTES: Record<string, string[]> = {
    'hechting-uitleg': ['lang', 'languages', 'heading-level', 'no-title', 'sections', 'collapsible', 'hulp-href', 'hulp-label'],
    'band-tips': ['lang', 'languages', 'heading-level', 'no-title', 'age', 'tips', 'mode', 'hulp-href', 'hulp-label'],
    'hulp-link': ['lang', 'languages', 'heading-level', 'no-title', 'href', 'label', 'organization', 'phone'],
  };
  const URL_ATTRIBUTES: [string, string][] = [
    ['hulp-link', 'href'],
    ['hechting-uitleg', 'hulp-href'],
    ['band-tips', 'hulp-href'],
  ];
  const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];

  afterEach(() => delete (window as { hacked?: unknown }).hacked);

  /** Creates `<tag>` with one attribute set (before and after the first render) and waits for it. */
  async function withAttribute(tag: string, name: string, value: string) {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(`<${tag}></${tag}>`);
    el.setAttribute(name, value);
    await widgetsRendered(el);
    return el;
  }

  function expectInert(el: Element) {
    expect(el.querySelectorAll('img, script, svg, iframe, object, embed')).to.have.length(0);
    for (const node of el.querySelectorAll('*')) {
      for (const { name } of node.attributes) expect(name, `<${node.localName} ${name}>`).not.to.match(/^on/);
    }
    for (const link of el.querySelectorAll('a')) expect(ALLOWED_SCHEMES, link.href).to.include(new URL(link.href).protocol);
    expect((window as { hacked?: unknown }).hacked).to.equal(undefined);
  }

  for (const [tag, names] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}>: markup in any attribute stays inert text`, async () => {
      for (const name of names) {
        for (const value of MARKUP) {
          const el = await withAttribute(tag, name, value);
          expectInert(el);
          expect(el.querySelector('.hechting-widget'), `${name}=${value}`).to.exist;
        }
      }
    });
  }

  it('markup in a name or link text is shown as the text it is', async () => {
    for (const [tag, name, selector] of [
      ['hulp-link', 'organization', '.hechting-help-organization'],
      ['hulp-link', 'label', '.hechting-help-link'],
    ]) {
      const el = await withAttribute(tag, name, MARKUP[0]);
      if (name === 'label') el.setAttribute('href', 'https://example.org/');
      await widgetsRendered(el);
      expect(textOf(el.querySelector(selector)!)).to.equal(MARKUP[0]);
    }
  });

  for (const [tag, name] of URL_ATTRIBUTES) {
    it(`<${tag} ${name}>: never links to javascript:, data:, vbscript: or any other scheme, and says so once`, async () => {
      for (const url of URLS) {
        warnings.messages.length = 0;
        const el = await withAttribute(tag, name, url);
        expectInert(el);
        expect(el.querySelectorAll('a[href]:not([href^="tel:"])'), url).to.have.length(0);
        expect(warnings.messages, url).to.have.length(1);
        expect(warnings.messages[0]).to.match(/^\[hechting-widget\] /);
      }
    });
  }

  it('a value of 100 kB in any attribute renders the widget, with a warning of readable length', async () => {
    const long = 'a'.repeat(100_000);
    for (const [tag, names] of Object.entries(ATTRIBUTES)) {
      for (const name of names) {
        warnings.messages.length = 0;
        const value = name.endsWith('href') ? `https://example.org/${long}` : long;
        const el = await withAttribute(tag, name, value);
        expectInert(el);
        expect(textOf(el.querySelector('.hechting-title') ?? el).length, `${tag} ${name}`).to.be.greaterThan(10);
        expect(textOf(el), `${tag} ${name}`).not.to.include(long);
        expect(warnings.messages.length, `${tag} ${name}`).to.be.at.most(1);
        for (const message of warnings.messages) expect(message.length).to.be.below(600);
      }
    }
  });

  it('control and text-direction characters in a name or link text are left out, with one warning', async () => {
    for (const [name, selector] of [
      ['organization', '.hechting-help-organization'],
      ['label', '.hechting-help-link'],
    ]) {
      for (const value of ['CJG\u202E Voorbeeld', 'CJG\u2066 Voorbeeld\u2069', 'CJG\u0000\u0007\u001B Voorbeeld', 'CJG\u0085 Voorbeeld']) {
        warnings.messages.length = 0;
        const el = await fixture(`<hulp-link href="https://example.org/"></hulp-link>`);
        el.setAttribute(name, value);
        await widgetsRendered(el);
        expect(textOf(el.querySelector(selector)!), JSON.stringify(value)).to.equal('CJG Voorbeeld');
        expect(warnings.messages, JSON.stringify(value)).to.have.length(1);
        expect(warnings.messages[0]).to.include(`<hulp-link ${name}=`);
      }
    }
  });

  it('a name or link text of 200 characters is shown; a longer one is left out, with one warning', async () => {
    for (const [name, selector, otherwise] of [
      ['organization', '.hechting-help-organization', null],
      ['label', '.hechting-help-link', 'Hulp en advies voor ouders'],
    ] as const) {
      for (const length of [200, 201]) {
        warnings.messages.length = 0;
        // Words, as a long name of an organisation has them.
        const value = 'Centrum voor Jeugd en Gezin '.repeat(8).slice(0, length);
        const el = await fixture(`<hulp-link href="https://example.org/" ${name}="${value}"></hulp-link>`);
        const shown = el.querySelector(selector) && textOf(el.querySelector(selector)!);
        if (length === 200) {
          expect(shown, `${name} of ${length} characters`).to.equal(value.trim());
          expect(warnings.messages, `${name} of ${length} characters`).to.deep.equal([]);
        } else {
          expect(shown, `${name} of ${length} characters`).to.equal(otherwise);
          expect(warnings.messages, `${name} of ${length} characters`).to.have.length(1);
          expect(warnings.messages[0]).to.include(`<hulp-link ${name}=`).and.include('longer than 200 characters');
        }
      }
    }
  });

  it('a bidirectional override in any other attribute changes nothing but that attribute', async () => {
    for (const [tag, names] of Object.entries(ATTRIBUTES)) {
      for (const name of names) {
        const el = await withAttribute(tag, name, '\u202Eevil\u202C');
        expect(textOf(el), `${tag} ${name}`).not.to.include('\u202E');
      }
    }
  });
});
