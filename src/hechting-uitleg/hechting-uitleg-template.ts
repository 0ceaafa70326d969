// What <hechting-uitleg> renders, from its view: in the browser and on a server alike (widget-template.ts).
import { html } from 'lit';
import { sectionsOf } from '../content/pages.js';
import { renderBlocks, renderSection } from '../content/render.js';
import { HECHTING_UITLEG_SECTIONS, type HechtingUitlegSection } from '../generated/content/ids.js';
import { ids } from '../shared/attributes.js';
import { renderPageEnd, renderReadAloud, type ContentPageView } from '../shared/content-page-template.js';
import { renderWidget } from '../shared/widget-template.js';

export const HECHTING_UITLEG_CHECKS = {
  sections: ids(HECHTING_UITLEG_SECTIONS),
};

export interface HechtingUitlegView extends ContentPageView {
  readonly sections: readonly HechtingUitlegSection[];
  readonly collapsible: boolean;
}

export function renderHechtingUitleg(view: HechtingUitlegView) {
  const { page, level, sections, collapsible } = view;
  return renderWidget(
    view,
    'hechting-uitleg',
    renderReadAloud(view),
    html`${renderBlocks(page.intro, level)}
    ${sectionsOf(page, sections).map((section) => renderSection(section, level, collapsible))}
    ${renderPageEnd(view)}`,
  );
}
