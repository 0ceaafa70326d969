// The content of each page in each language, put together on first use from the generated
// structure and words (see scripts/build-content.mjs).
import { structure, words } from '../generated/content/index.js';
import type { Language } from '../shared/languages.js';
import type { Block, BlockShape, Inline, Page, PageName, Section } from './types.js';

const pages = new Map<string, Page>();

export function pageFor(language: Language, name: PageName): Page {
  const key = `${language}/${name}`;
  let page = pages.get(key);
  if (!page) {
    const { texts, ...meta } = words[language][name];
    let next = 0;
    const text = (): Inline[] => {
      const nodes = texts[next++];
      return typeof nodes === 'string' ? [nodes] : nodes;
    };
    // Blocks take their texts in document order, as the build wrote them.
    const withText = (shapes: BlockShape[]): Block[] =>
      shapes.map((shape) => (shape.type === 'list' ? { ...shape, items: shape.items.map((item) => ({ ...item, children: text() })) } : { ...shape, children: text() }));
    const { intro, sections } = structure[name];
    page = {
      ...meta,
      intro: withText(intro),
      sections: sections.map((section) => ({ heading: { ...section.heading, children: text() }, blocks: withText(section.blocks) })),
    };
    pages.set(key, page);
  }
  return page;
}

/** The sections of a page whose ids are in `ids`, in the page's order. */
export function sectionsOf(page: Page, ids: readonly string[]): Section[] {
  return page.sections.filter((section) => ids.includes(section.heading.id));
}
