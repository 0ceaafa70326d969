import { expect, fixture } from '@open-wc/testing';
import '../src/hechting-widget.js';
import { collectWarnings, headingLevels, TAGS, textOf, expectAccessible } from './helpers.js';

const TITLES = {
  'hechting-uitleg': 'Wat is hechting en waarom is het belangrijk?',
  'band-tips': 'Hoe bouw ik een goede band op met mijn kind?',
  'hulp-link': 'Hulp en advies voor ouders',
};

async function create(tag: string, attributes = ''): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  return fixture(`<${tag} ${attributes}></${tag}>`);
}

/** A correct outline: the title at `level`, nothing above or beside it, and no level skipped. */
function expectOutline(levels: number[], level: number) {
  expect(levels[0]).to.equal(level);
  for (let i = 1; i < levels.length; i++) {
    expect(levels[i], `heading ${i + 1} of ${levels}`).to.be.within(Math.min(level + 1, 6), 6);
    expect(levels[i] - levels[i - 1], `step to heading ${i + 1} of ${levels}`).to.be.at.most(1);
  }
}

for (const tag of TAGS) {
  describe(`<${tag}> common attributes`, () => {
    const warnings = collectWarnings();

    it('renders into its own light DOM, with lang on the content', async () => {
      const el = await create(tag);
      expect(el.shadowRoot).to.equal(null);
      expect(el.querySelector('.hechting-widget')?.getAttribute('lang')).to.equal('nl');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('has its title as an h2 by default, with sub-headings below it', async () => {
      const el = await create(tag);
      const levels = headingLevels(el);
      expect(el.querySelector('h2')?.textContent?.trim()).to.equal(TITLES[tag]);
      expectOutline(levels, 2);
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" gives a correct heading outline from h${level}`, async () => {
        const el = await create(tag, `heading-level="${level}" hulp-href="https://example.org/hulp"`);
        expectOutline(headingLevels(el), level);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    for (const bad of ['0', '7', 'abc', '', '2.5', '-1']) {
      it(`heading-level="${bad}" falls back to h2 with one warning`, async () => {
        const el = await create(tag, `heading-level="${bad}"`);
        expect(headingLevels(el)[0]).to.equal(2);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.equal(`[hechting-widget] HW201 <${tag} heading-level="${bad}">: use a number from 1 to 6.`);
      });
    }

    it('takes a heading-level change after the first render, and warns once per bad value', async () => {
      const el = await create(tag);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expectOutline(headingLevels(el), 4);
      el.setAttribute('heading-level', 'x');
      await el.updateComplete;
      expectOutline(headingLevels(el), 2);
      // Another update with the same bad value does not warn again.
      el.setAttribute('no-title', '');
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
    });

    it('no-title hides the title and keeps the rest, also when set after the first render', async () => {
      const el = await create(tag);
      const before = textOf(el);
      el.toggleAttribute('no-title', true);
      await el.updateComplete;
      expect(textOf(el)).not.to.include(TITLES[tag]);
      expect(before.replace(TITLES[tag], '').trim()).to.equal(textOf(el));
      el.toggleAttribute('no-title', false);
      await el.updateComplete;
      expect(textOf(el)).to.equal(before);
    });

    it('is accessible with default attributes, with no-title and at heading-level 1', async () => {
      await expectAccessible(await create(tag));
      await expectAccessible(await create(tag, 'no-title'));
      await expectAccessible(await create(tag, 'heading-level="1"'));
    });
  });
}
