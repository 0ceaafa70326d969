import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type * as CKEditor5 from 'ckeditor5';
import DOMPurify from 'dompurify';
import type { TinyMCE } from 'tinymce';
import { loadFrame, loadWithoutScript, PLACEMENTS, readContentFile, readPlacement, tagOf, textOf, widgetsRendered, type ContentText, type FramePage, type Placement } from './helpers.js';

// Placements through the rich-text editors and HTML sanitizers of real CMSes, run for real with
// their default configuration: CKEditor 5 (the "basic HTML" of Drupal and TYPO3) and TinyMCE, each
// on an edit page of its own (tests/pages/), DOMPurify in the browser, and sanitize-html in Node
// (the test runner's `sanitize-html` command). Each placement, as `npm run build` writes it and as
// an editor user writes it, with options, goes through each of them. What comes out must still
// hold the link, become the element with those options on a page with the script, and lead to the
// standalone page with the text on a page without it. Run `npm run build` first (npm test does).
//
// Assertions are on strings, numbers and booleans only: chai's message on an element of another
// frame can hang the browser.

const LANGS = ['nl', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const DIRECTION: Record<Lang, string> = { nl: 'ltr', ar: 'rtl' };

/** Options that change what is shown, added to the built placement's own (as a webmaster types them). */
const OPTIONS: Record<Placement, string> = {
  'hechting-uitleg': 'sections=veilige-basis&collapsible',
  'band-tips': 'age=young&tips=troost+speel',
  'band-tips-tip-of-the-day': 'tips=troost+speel',
  'hulp-link': 'href=https%3A%2F%2Fwww.gemeente.example%2Fcjg&organization=CJG+Voorbeeld&phone=0123+456+789',
};

/** The same options as an editor user types them into the link's address: spaces as %20, the help page's address as it is. */
const TYPED_OPTIONS: Record<Placement, string> = {
  'hechting-uitleg': 'sections=veilige-basis&collapsible',
  'band-tips': 'age=young&tips=troost%20speel',
  'band-tips-tip-of-the-day': 'mode=tip-of-the-day&tips=troost%20speel',
  'hulp-link': 'href=https://www.gemeente.example/cjg&organization=CJG%20Voorbeeld&phone=0123%20456%20789',
};

/**
 * A placement as an editor user makes it: the full address pasted, `&` written `&amp;` as an
 * editor's source view shows it, the title typed with non-breaking spaces and made bold, the link
 * set to open in a new tab, spaces around it and the line break an Enter leaves.
 */
function asTyped(lang: Lang, placement: Placement, title: string): string {
  const href = `${location.origin}/dist/${lang}/${tagOf(placement)}.html?${TYPED_OPTIONS[placement].replaceAll('&', '&amp;')}#hechting-widget`;
  return `<p>&nbsp;<strong><a href="${href}" target="_blank" rel="noopener noreferrer">${title.replaceAll(' ', '&nbsp;')}</a></strong>&nbsp;<br></p>`;
}

interface Input {
  placement: Placement;
  lang: Lang;
  html: string;
  content: ContentText;
  /** Names the input in a failure. */
  label: string;
}

async function readInputs(): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const placement of PLACEMENTS) {
    for (const lang of LANGS) {
      const content = await readContentFile(lang, tagOf(placement));
      const label = `${placement} (${lang})`;
      inputs.push({ placement, lang, html: await readPlacement(lang, placement, OPTIONS[placement]), content, label: `${label} as built` });
      inputs.push({ placement, lang, html: asTyped(lang, placement, content.title), content, label: `${label} as typed` });
    }
  }
  return inputs;
}

interface Tool {
  /** The tool, and what it does to a placement, as measured. */
  name: string;
  /** The attributes of the placement's link that it keeps. */
  keeps: string[];
  /** Whether it writes the link's address relative to its edit page (TinyMCE's default `relative_urls`). */
  relativeToEditPage: boolean;
  /** The HTML as the tool returns it, for each piece of HTML. */
  run(inputs: string[]): Promise<string[]>;
}

type EditPage<Globals> = FramePage & { window: FramePage['window'] & Globals };

const TOOLS: Tool[] = [
  {
    name: "CKEditor 5 with the plugins of basic HTML (drops the link's hreflang, lang, dir, target and rel, moves <strong> into the link, writes the line break as <br>&nbsp;)",
    keeps: ['href'],
    relativeToEditPage: false,
    async run(inputs) {
      const page = (await loadFrame('/tests/pages/ckeditor.html')) as EditPage<{ CKEDITOR: typeof CKEditor5 }>;
      const { ClassicEditor, Essentials, Paragraph, Heading, Bold, Italic, Link, List } = page.window.CKEDITOR;
      // Ready when create() resolves.
      const editor = await ClassicEditor.create(page.document.getElementById('body')!, {
        licenseKey: 'GPL',
        plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List],
      });
      try {
        return inputs.map((input) => {
          editor.setData(input);
          return editor.getData();
        });
      } finally {
        await editor.destroy();
      }
    },
  },
  {
    // Its default relative_urls writes a same-site address relative to the edit page, here
    // tests/pages/: "../../dist/…", which the host page here, at the site's root, resolves back to
    // /dist/. On a page in a folder of another depth the link would lead elsewhere (with the
    // script, the placement still works: it reads only the end of the path).
    name: 'TinyMCE with its defaults (keeps every attribute, writes the address relative to the edit page, drops the line break)',
    keeps: ['href', 'hreflang', 'lang', 'dir', 'target', 'rel'],
    relativeToEditPage: true,
    async run(inputs) {
      const page = (await loadFrame('/tests/pages/tinymce.html')) as EditPage<{ tinymce: TinyMCE }>;
      // Ready when init() resolves.
      const [editor] = await page.window.tinymce.init({ target: page.document.getElementById('body')!, license_key: 'gpl' });
      try {
        return inputs.map((input) => {
          editor.setContent(input);
          return editor.getContent();
        });
      } finally {
        editor.remove();
      }
    },
  },
  {
    name: 'DOMPurify with its defaults (drops target)',
    keeps: ['href', 'hreflang', 'lang', 'dir', 'rel'],
    relativeToEditPage: false,
    run: async (inputs) => inputs.map((input) => DOMPurify.sanitize(input)),
  },
  {
    name: 'sanitize-html with its defaults, in Node (drops hreflang, lang, dir and rel, writes &nbsp; as the character)',
    keeps: ['href', 'target'],
    relativeToEditPage: false,
    run: (inputs) => Promise.all(inputs.map((input) => executeServerCommand<string, { html: string }>('sanitize-html', { html: input }))),
  },
];

/** The one link in a piece of HTML, parsed inertly in the test page. */
function linkIn(fragment: string): { count: number; link: HTMLAnchorElement | null } {
  const template = document.createElement('template');
  template.innerHTML = fragment;
  const links = template.content.querySelectorAll('a');
  return { count: links.length, link: links[0] ?? null };
}

/** The HTML of some inputs, each in a text field's box as a CMS puts it on a page. */
const fieldsOf = (outputs: string[]) => outputs.map((output) => `<div class="field">${output}</div>`).join('\n');

const fields = (page: FramePage) => [...page.document.querySelectorAll('body > .field')];

const blockText = (content: ContentText, id: string) => content.blocks.find((block) => block.id === id)!.text;

/** The text of the first match of `selector` in `root`, or "(none)". */
function textAt(root: Element, selector: string): string {
  const node = root.querySelector(selector);
  return node ? textOf(node) : '(none)';
}

/** What each placement's options show, checked on its element. */
const IN_EFFECT: Record<Placement, { shows: string; check(element: HTMLElement, content: ContentText, label: string): Promise<void> }> = {
  'hechting-uitleg': {
    shows: 'only the section veilige-basis, collapsible',
    async check(element, content, label) {
      const sections = [...element.querySelectorAll<HTMLElement>('.hechting-section')];
      expect(
        sections.map((section) => `${section.querySelector('.hechting-disclosure') ? 'collapsible' : 'open'} ${section.dataset.section}`),
        label,
      ).to.deep.equal(['collapsible veilige-basis']);
      expect(textOf(element), label).to.include(blockText(content, 'basis-en-haven'));
      expect(textOf(element), label).not.to.include(blockText(content, 'band-groeit'));
    },
  },
  'band-tips': {
    shows: 'only the tips troost and speel, for young children',
    async check(element, content, label) {
      expect(
        [...element.querySelectorAll<HTMLElement>('.hechting-section')].map((section) => section.dataset.section),
        label,
      ).to.deep.equal(['voorbeelden']);
      expect([...element.querySelectorAll('li')].map(textOf), label).to.deep.equal([blockText(content, 'troost'), blockText(content, 'speel')]);
    },
  },
  'band-tips-tip-of-the-day': {
    shows: 'the tip card, with troost and speel in turn',
    async check(element, content, label) {
      const tipText = () => textAt(element, '.hechting-tip .hechting-tip-text');
      const next = element.querySelector<HTMLButtonElement>('.hechting-tip button');
      expect(next !== null, `${label}: a button for the next tip`).to.equal(true);
      const shown = [tipText()];
      next!.click();
      await widgetsRendered(element);
      shown.push(tipText());
      expect(shown.sort(), label).to.deep.equal([blockText(content, 'troost'), blockText(content, 'speel')].sort());
    },
  },
  'hulp-link': {
    shows: "the organisation's help page, name and phone number",
    async check(element, _content, label) {
      expect(element.querySelector<HTMLAnchorElement>('a.hechting-help-link')?.href, label).to.equal('https://www.gemeente.example/cjg');
      expect(textAt(element, '.hechting-help-organization'), label).to.equal('CJG Voorbeeld');
      expect(element.querySelector<HTMLAnchorElement>('.hechting-help-phone a')?.href, label).to.equal('tel:0123456789');
    },
  },
};

const SCRIPT = '<script src="/dist/hechting-widget.js"></script>';

describe('placements through CMS editors and sanitizers', () => {
  let inputs: Input[];
  before(async () => {
    inputs = await readInputs();
  });

  for (const tool of TOOLS) {
    describe(tool.name, () => {
      let outputs: string[];
      before(async () => {
        outputs = await tool.run(inputs.map((input) => input.html));
      });

      it("keeps each placement's link, its query and fragment as given, and its text", () => {
        inputs.forEach((input, i) => {
          const given = linkIn(input.html).link!;
          const { count, link } = linkIn(outputs[i]);
          expect(count, `${input.label}: links in ${outputs[i]}`).to.equal(1);
          const address = new URL(given.getAttribute('href')!, location.href);
          const href = tool.relativeToEditPage ? `../..${address.pathname}${address.search}${address.hash}` : given.getAttribute('href');
          expect(link!.getAttribute('href'), input.label).to.equal(href);
          const kept = given.getAttributeNames().filter((name) => tool.keeps.includes(name));
          expect(link!.getAttributeNames().sort(), `${input.label}: attributes in ${outputs[i]}`).to.deep.equal(kept.sort());
          expect(textOf(link!), input.label).to.equal(input.content.title);
        });
      });

      for (const placement of PLACEMENTS) {
        const tag = tagOf(placement);
        const casesOf = () => inputs.flatMap((input, i) => (input.placement === placement ? [{ input, output: outputs[i] }] : []));

        it(`${placement}: with the script, becomes <${tag}> showing ${IN_EFFECT[placement].shows}, in the language of its address`, async () => {
          const cases = casesOf();
          const page = await loadFrame({ head: SCRIPT, body: fieldsOf(cases.map(({ output }) => output)) });
          // Each placement's paragraph stays, hidden, for a framework that may hold it.
          const shown = (node: Element) => node.closest('[hidden]') === null;
          expect([...page.document.querySelectorAll('a[href*="#hechting-widget"]')].filter(shown).length, 'placement links shown').to.equal(0);
          for (const [i, field] of fields(page).entries()) {
            const { input } = cases[i];
            const children = [...field.children].filter(shown);
            expect(
              children.map((child) => child.localName),
              `${input.label}: in place of the paragraph`,
            ).to.deep.equal([tag]);
            const element = children[0] as HTMLElement;
            expect(element.lang, input.label).to.equal(input.lang);
            expect(element.querySelector('.hechting-widget')?.getAttribute('dir'), input.label).to.equal(DIRECTION[input.lang]);
            expect(textAt(element, '.hechting-title'), input.label).to.equal(input.content.title);
            await IN_EFFECT[placement].check(element, input.content, input.label);
          }
          expect(page.recorded.warnings.filter((warning) => warning.startsWith('[hechting-widget]'))).to.deep.equal([]);
        });

        it(`${placement}: without the script, links to the standalone page of <${tag}> with its text`, async () => {
          const cases = casesOf();
          const page = await loadFrame({ body: fieldsOf(cases.map(({ output }) => output)) });
          const links = fields(page).map((field) => field.querySelector('a'));
          expect(
            links.map((link) => link !== null),
            'a link in each field',
          ).to.deep.equal(links.map(() => true));
          // The address as the browser resolves it on this page, where a visitor follows the link.
          const hrefs = links.map((link) => link!.href);
          const standalonePages = await Promise.all(hrefs.map(loadWithoutScript));
          standalonePages.forEach((standalone, i) => {
            const { input } = cases[i];
            expect(new URL(standalone.URL).pathname, `${input.label}: ${hrefs[i]}`).to.equal(`/dist/${input.lang}/${tag}.html`);
            expect(standalone.defaultView!.customElements.get(tag) === undefined, `${input.label}: no script ran`).to.equal(true);
            expect(standalone.documentElement.lang, input.label).to.equal(input.lang);
            const main = standalone.querySelector('main#hechting-widget');
            expect(main?.firstElementChild?.localName, input.label).to.equal(tag);
            const text = textOf(main!);
            expect(text, input.label).to.include(input.content.title);
            for (const block of input.content.blocks) expect(text, `${input.label}: block ${block.id}`).to.include(block.text);
          });
        });
      }
    });
  }
});
