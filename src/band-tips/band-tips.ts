import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { sectionsOf } from '../content/pages.js';
import { headingLevelBelow, renderBlocks, renderHeading, renderInline, renderSection } from '../content/render.js';
import type { List, Page } from '../content/types.js';
import { pages } from '../generated/content/band-tips.js';
import { parseChoice } from '../shared/attributes.js';
import { ContentPageElement } from '../shared/content-page-element.js';
import { BAND_TIPS_SECTIONS, TIP_LIST, TIPS, type BandTipsSection, type Tip } from '../generated/content/ids.js';
import { tipIndexForDate } from './tip-of-the-day.js';

const tipListOf = (page: Page) => page.sections.flatMap((section) => section.blocks).find((block): block is List => block.id === TIP_LIST)!;

/** Which sections each `age` shows. */
const SECTIONS_FOR_AGE = {
  young: ['voorbeelden'],
  older: ['ouder'],
  all: BAND_TIPS_SECTIONS,
} satisfies Record<string, readonly BandTipsSection[]>;
type Age = keyof typeof SECTIONS_FOR_AGE;
const parseAge = parseChoice(Object.keys(SECTIONS_FOR_AGE) as Age[]);

const MODES = ['list', 'tip-of-the-day'] as const;
type Mode = (typeof MODES)[number];
const parseMode = parseChoice(MODES);

/**
 * Tips for building a good bond with your child, as a list or as a tip of the day.
 *
 * @tagname band-tips
 * @summary Hoe bouw ik een goede band op met mijn kind?
 *
 * @attr age - `young` (the examples for young children), `older` (als je kind ouder wordt) or `all` (also "als het niet lukt"); default `all`.
 * @attr tips - Space-separated ids of the example tips to show: `reageer`, `maak-contact`, `troost`, `speel`, `gevoelens` (default: all).
 * @attr mode - `list` (default) or `tip-of-the-day`: one tip, picked from the visitor's date, with a button for the next.
 *
 * @fires hechting-next-tip - A visitor asked for the next tip; `detail.tip` is the id of the tip now shown.
 */
export class BandTips extends ContentPageElement {
  static override properties: PropertyDeclarations = {
    age: {},
    tips: {},
    mode: {},
  };

  /** `young`, `older` or `all`. */
  age?: string;

  /** Space-separated ids of the example tips to show; unset shows all. */
  tips?: string;

  /** `list` or `tip-of-the-day`. */
  mode?: string;

  /** How many times the visitor asked for the next tip. */
  private _tipsSkipped = 0;

  private _shownSections: readonly BandTipsSection[] = BAND_TIPS_SECTIONS;
  private _shownTips: readonly Tip[] = TIPS;
  private _resolvedMode: Mode = 'list';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('age')) {
      this._shownSections = SECTIONS_FOR_AGE[this._resolve('age', this.age, parseAge, 'all', 'use young, older or all; showing all')];
    }
    if (changed.has('tips')) this._shownTips = this._resolveIds('tips', this.tips, TIPS);
    if (changed.has('mode')) this._resolvedMode = this._resolve('mode', this.mode, parseMode, 'list', 'use list or tip-of-the-day; showing the list');
  }

  protected override render() {
    const page = pages[this._language];
    return this._renderWidget(
      'hechting-band-tips',
      page,
      html`${this._resolvedMode === 'tip-of-the-day' ? this._renderTipOfTheDay(page) : this._renderList(page)}
      ${this._renderPageEnd(page)}`,
    );
  }

  private _renderList(page: Page) {
    const tipList = tipListOf(page);
    const tipsShown = (id: string) => this._shownTips.some((tip) => tip === id);
    return html`${renderBlocks(page.intro, this._level)}
    ${sectionsOf(page, this._shownSections).map((section) =>
      renderSection(
        section,
        this._level,
        false,
        section.blocks.map((block) => (block === tipList ? { ...tipList, items: tipList.items.filter((item) => tipsShown(item.id)) } : block)),
      ),
    )}`;
  }

  private _renderTipOfTheDay(page: Page) {
    const tipId = this._currentTip();
    const tip = tipListOf(page).items.find((item) => item.id === tipId)!;
    return html`<section class="hechting-surface hechting-tip">
      ${renderHeading(headingLevelBelow(this._level, 1), msg('Tip van de dag', { id: 'tip-of-the-day.heading', desc: 'Heading of the card that shows one tip a day.' }))}
      <div class="hechting-tip-body" aria-live="polite">
        ${keyed(tip.id, html`<p class="hechting-tip-text">${renderInline(tip.children)}</p>`)}
      </div>
      ${
        this._shownTips.length < 2
          ? nothing
          : html`<button type="button" class="hechting-button" @click=${this._showNextTip}>
            ${msg('Volgende tip', { id: 'tip-of-the-day.next', desc: 'Button that shows the next tip in the tip-of-the-day card.' })}
          </button>`
      }
    </section>`;
  }

  /** The id of the tip shown: today's, or a later one for each time the visitor asked. */
  private _currentTip(): Tip {
    const tips = this._shownTips;
    return tips[(tipIndexForDate(new Date(), tips.length) + this._tipsSkipped) % tips.length];
  }

  private async _showNextTip(event: Event) {
    this._tipsSkipped++;
    this.requestUpdate();
    this._emit('hechting-next-tip', { tip: this._currentTip() });
    // A longer tip pushes the button down, at the foot of the screen out of view: keep it in view.
    await this.updateComplete;
    (event.target as Element).scrollIntoView({ block: 'nearest' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'band-tips': BandTips;
  }
}
