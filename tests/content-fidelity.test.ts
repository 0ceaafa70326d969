import { expect, fixture, html } from '@open-wc/testing';
import '../src/hechting-widget.js';
import { readContentFile, textOf, type Tag } from './helpers.js';

// Every word of content/nl must reach the reader. The expected text is read from the content
// files themselves, not from the generated modules, so a build step that drops text is caught.
const elements: Record<Tag, () => Promise<HTMLElement>> = {
  'hechting-uitleg': () => fixture(html`<hechting-uitleg></hechting-uitleg>`),
  'band-tips': () => fixture(html`<band-tips></band-tips>`),
  'hulp-link': () => fixture(html`<hulp-link></hulp-link>`),
};

describe('content fidelity (nl)', () => {
  for (const [tag, create] of Object.entries(elements) as [Tag, () => Promise<HTMLElement>][]) {
    it(`<${tag}> with default attributes shows every block of content/nl/${tag}.md`, async () => {
      const content = await readContentFile('nl', tag);
      const el = await create();
      const text = textOf(el);
      expect(content.blocks.length).to.be.greaterThan(0);
      expect(text).to.include(content.title);
      if (content.attribution) expect(text).to.include(content.attribution);
      for (const block of content.blocks) expect(text, `block ${block.id}`).to.include(block.text);
    });
  }

  it('shows a paragraph written over more than one line as one, with a space where the lines meet', async () => {
    let wrapped = 0;
    for (const [tag, create] of Object.entries(elements) as [Tag, () => Promise<HTMLElement>][]) {
      const blocks = (await readContentFile('nl', tag)).blocks.filter((block) => block.lines > 1);
      wrapped += blocks.length;
      if (blocks.length) {
        const text = textOf(await create());
        for (const block of blocks) expect(text, `block ${block.id}`).to.include(block.text);
      }
    }
    // content/nl/hulp-link.md has one, so that this checks something.
    expect(wrapped).to.be.greaterThan(0);
  });

  it('<hechting-uitleg collapsible> keeps every block in the page text, also in closed sections', async () => {
    const content = await readContentFile('nl', 'hechting-uitleg');
    const el = await fixture(html`<hechting-uitleg collapsible></hechting-uitleg>`);
    for (const block of content.blocks) expect(textOf(el), `block ${block.id}`).to.include(block.text);
  });

  it('<band-tips> shows each example tip as its own list item, in content order', async () => {
    const content = await readContentFile('nl', 'band-tips');
    const tips = ['reageer', 'maak-contact', 'troost', 'speel', 'gevoelens'].map((id) => content.blocks.find((block) => block.id === id)!.text);
    const el = await fixture(html`<band-tips age="young"></band-tips>`);
    expect([...el.querySelectorAll('li')].map(textOf)).to.deep.equal(tips);
  });
});
