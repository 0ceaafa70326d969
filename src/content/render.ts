// The one place that turns content blocks into HTML, through Lit templates: text is always
// rendered as text, never parsed as HTML.
import { html } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { Block, Inline, Section } from './types.js';

const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading `depth` levels below `level`, never deeper than h6. */
export function headingLevelBelow(level: number, depth: number): number {
  return Math.min(6, level + depth);
}

export function renderHeading(level: number, children: unknown, className = 'hechting-heading') {
  const tag = HEADING_TAGS[level - 1];
  return staticHtml`<${tag} class=${className}>${children}</${tag}>`;
}

export function renderInline(nodes: readonly Inline[]): unknown[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    if (node.type === 'emphasis') return html`<em>${renderInline(node.children)}</em>`;
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
 * A section with its heading; `collapsible` makes it a native disclosure whose summary holds the
 * heading, so the page's heading outline stays whole.
 */
export function renderSection(section: Section, level: number, collapsible: boolean, blocks = section.blocks) {
  const heading = renderHeading(headingLevelBelow(level, section.heading.depth), renderInline(section.heading.children));
  return collapsible
    ? html`<details class="hechting-section"><summary>${heading}</summary>${renderBlocks(blocks, level)}</details>`
    : html`<section class="hechting-section">${heading}${renderBlocks(blocks, level)}</section>`;
}
