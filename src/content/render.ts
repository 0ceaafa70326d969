// The one place that turns content blocks into HTML, through Lit templates: text is always
// rendered as text, never parsed as HTML.
import { html } from 'lit';
import type { Block, Inline, Section } from './types.js';

/** A heading `depth` levels below `level`, never deeper than h6. */
export function headingLevelBelow(level: number, depth: number): number {
  return Math.min(6, level + depth);
}

/**
 * A heading of `level` (1–6), its text in a span (the stylesheet's size floor). One template per
 * level: a tag name cannot be a template value.
 */
function renderHeadingElement(level: number, children: unknown, className: string) {
  switch (level) {
    case 1:
      return html`<h1 class=${className}><span>${children}</span></h1>`;
    case 2:
      return html`<h2 class=${className}><span>${children}</span></h2>`;
    case 3:
      return html`<h3 class=${className}><span>${children}</span></h3>`;
    case 4:
      return html`<h4 class=${className}><span>${children}</span></h4>`;
    case 5:
      return html`<h5 class=${className}><span>${children}</span></h5>`;
    default:
      return html`<h6 class=${className}><span>${children}</span></h6>`;
  }
}

/**
 * A heading of `level` in its box, which is bold so that a heading a reset sets to inherit stays
 * bold (see the stylesheet).
 */
export function renderHeading(level: number, children: unknown, className = 'hechting-heading') {
  return html`<div class="hechting-heading-box">${renderHeadingElement(level, children, className)}</div>`;
}

export function renderInline(nodes: readonly Inline[]): unknown {
  // Most blocks are one run of plain text: as a string it is one text node, where a list of one
  // would add a part and a marker comment per block.
  if (nodes.length === 1 && typeof nodes[0] === 'string') return nodes[0];
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    if (node.type === 'emphasis') return html`<em>${renderInline(node.children)}</em>`;
    // A screen reader speaks Dutch words in a translation with a Dutch voice. Dutch runs left to
    // right, and dir isolates it: in Arabic text a Dutch "…opvoeden?" keeps its question mark.
    if (node.type === 'dutch') return html`<span lang="nl" dir="ltr">${node.children}</span>`;
    return html`<a class="hechting-link" href=${node.href}>${renderInline(node.children)}</a>`;
  });
}

/** `level` is the element's title level; headings in the blocks go `depth` levels below it. */
export function renderBlocks(blocks: readonly Block[], level: number): unknown[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return renderHeading(headingLevelBelow(level, block.depth), renderInline(block.children));
      case 'paragraph':
        return html`<p>${renderInline(block.children)}</p>`;
      case 'list':
        return html`<ul>${block.items.map((item) => html`<li>${renderInline(item.children)}</li>`)}</ul>`;
    }
  });
}

/**
 * A section with its heading. `collapsible` makes it a section of a WAI-ARIA accordion: a button
 * in the heading says whether its text is shown (`aria-expanded`), which a screen reader says also
 * when moving by headings (a heading inside a `<summary>` is heard without it), and Enter on it
 * opens it in a screen reader's browse mode without a switch to focus mode (Orca with Firefox,
 * tests/screen-reader/). The text is a `<details>` whose summary never shows: the button opens it
 * (HechtingUitleg), find-in-page, printing and reading aloud open it as any disclosure, and a
 * reader view keeps its text, which it would drop from an element `hidden="until-found"`. A reader
 * view drops every button too: the summary holds the heading's text for it. The section keeps its
 * state in the DOM: a re-render in another language leaves it as the visitor left it.
 */
export function renderSection(section: Section, level: number, collapsible: boolean, blocks = section.blocks) {
  const headingText = renderInline(section.heading.children);
  const content = renderBlocks(blocks, level);
  return html`<section class="hechting-section" data-section=${section.heading.id}><div class="hechting-heading-box">${renderHeadingElement(
    headingLevelBelow(level, section.heading.depth),
    collapsible ? html`<button type="button" class="hechting-disclosure" aria-expanded="false"><span>${headingText}</span></button>` : headingText,
    'hechting-heading',
  )}</div>${collapsible ? html`<details><summary>${headingText}</summary>${content}</details>` : content}</section>`;
}

/** The text of a collapsible section (renderSection), else null. */
export const detailsOf = (section: Element) => section.querySelector('details');
