// What <band-tips> renders, from its view: in the browser and on a server alike (widget-template.ts).
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { sectionsOf } from '../content/pages.js';
import { headingLevelBelow, renderBlocks, renderHeading, renderInline, renderSection } from '../content/render.js';
import type { List, Page } from '../content/types.js';
import { BAND_TIPS_SECTIONS, TIP_LIST, TIPS, type BandTipsSection, type Tip } from '../generated/content/ids.js';
import { choice, ids } from '../shared/attributes.js';
import { renderPageEnd, renderReadAloud, type ContentPageView } from '../shared/content-page-template.js';
import { renderWidget } from '../shared/widget-template.js';
import { tipIndexForDate } from './tip-of-the-day.js';

export type Age = 'young' | 'older' | 'all';
export type Mode = 'list' | 'tip-of-the-day';

/** Which sections each `age` shows. */
const SECTIONS_FOR_AGE: Record<Age, readonly BandTipsSection[]> = {
  young: ['voorbeelden'],
  older: ['ouder'],
  all: BAND_TIPS_SECTIONS,
};

export const BAND_TIPS_CHECKS = {
  age: choice(Object.keys(SECTIONS_FOR_AGE) as Age[], 'all', 'HW202', 'use young, older or all; showing all'),
  tips: ids(TIPS),
  mode: choice<Mode>(['list', 'tip-of-the-day'], 'list', 'HW203', 'use list or tip-of-the-day; showing the list'),
};

export interface BandTipsView extends ContentPageView {
  readonly age: Age;
  /** The example tips shown, in content order. */
  readonly tips: readonly Tip[];
  readonly mode: Mode;
  /** The tip of the day shown. */
  readonly tip: Tip;
  /** Whether the tip's live region speaks in this render (see band-tips.ts). */
  readonly live: boolean;
  readonly onNextTip?: (event: Event) => void;
}

/** The id of the tip of `date`, or a later one for each time the visitor asked for the next. */
export function tipOfTheDay(tips: readonly Tip[], date: Date, skipped = 0): Tip {
  return tips[(tipIndexForDate(date, tips.length) + skipped) % tips.length];
}

const tipListOf = (page: Page) => page.sections.flatMap((section) => section.blocks).find((block): block is List => block.id === TIP_LIST)!;

export function renderBandTips(view: BandTipsView) {
  return renderWidget(
    view,
    'hechting-band-tips',
    renderReadAloud(view),
    html`${view.mode === 'tip-of-the-day' ? renderTipOfTheDay(view) : renderList(view)}
    ${renderPageEnd(view)}`,
  );
}

function renderList({ page, level, age, tips }: BandTipsView) {
  const tipList = tipListOf(page);
  return html`${renderBlocks(page.intro, level)}
  ${sectionsOf(page, SECTIONS_FOR_AGE[age]).map((section) =>
    renderSection(
      section,
      level,
      false,
      section.blocks.map((block) => (block === tipList ? { ...tipList, items: tipList.items.filter((item) => tips.some((tip) => tip === item.id)) } : block)),
    ),
  )}`;
}

function renderTipOfTheDay({ page, level, tips, tip: tipId, live, onNextTip }: BandTipsView) {
  const tip = tipListOf(page).items.find((item) => item.id === tipId)!;
  return html`<section class="hechting-surface hechting-tip">
    ${renderHeading(headingLevelBelow(level, 1), msg('Tip van de dag', { id: 'tip-of-the-day.heading', desc: 'Heading of the card that shows one tip a day.' }))}
    <div class="hechting-tip-body" aria-live=${live ? 'polite' : 'off'}>
      <p class="hechting-tip-text">${renderInline(tip.children)}</p>
    </div>
    ${
      tips.length < 2
        ? nothing
        : html`<button type="button" class="hechting-button" @click=${onNextTip}>
          ${msg('Volgende tip', { id: 'tip-of-the-day.next', desc: 'Button that shows the next tip in the tip-of-the-day card.' })}
        </button>`
    }
  </section>`;
}
