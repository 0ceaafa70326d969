import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { sectionsOf } from '../content/pages.js';
import { headingLevelBelow, renderBlocks, renderHeading, renderInline, renderSection } from '../content/render.js';
import type { List, Page } from '../content/types.js';
import { pages } from '../generated/content/band-tips.js';
import { choice, ids } from '../shared/attributes.js';
import { ContentPageElement } from '../shared/content-page-element.js';
import { BAND_TIPS_SECTIONS, TIP_LIST, TIPS, type BandTipsSection, type Tip } from '../generated/content/ids.js';
import { tipIndexForDate } from './tip-of-the-day.js';

const tipListOf = (page: Page) => page.sections.flatMap((section) => section.blocks).find((block): block is List => block.id === TIP_LIST)!;

type Age = NonNullable<BandTips['age']>;
type Mode = NonNullable<BandTips['mode']>;

/** Which sections each `age` shows. */
const SECTIONS_FOR_AGE: Record<Age, readonly BandTipsSection[]> = {
  young: ['voorbeelden'],
  older: ['ouder'],
  all: BAND_TIPS_SECTIONS,
};

const MODES: readonly Mode[] = ['list', 'tip-of-the-day'];

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
  age?: 'young' | 'older' | 'all';

  /** Space-separated ids of the example tips to show; unset shows all. */
  tips?: string;

  /** `list` or `tip-of-the-day`. */
  mode?: 'list' | 'tip-of-the-day';

  protected override readonly _pages = pages;

  private readonly _age = this._checked('age', choice(Object.keys(SECTIONS_FOR_AGE) as Age[], 'all', 'HW202', 'use young, older or all; showing all'));

  private readonly _tips = this._checked('tips', ids(TIPS));

  private readonly _mode = this._checked('mode', choice(MODES, 'list', 'HW203', 'use list or tip-of-the-day; showing the list'));

  /** How many times the visitor asked for the next tip. */
  private _tipsSkipped = 0;

  /** Whether a visitor pressed a button of this widget since its last update. */
  private _pressed = false;

  /**
   * Whether the tip's live region speaks in this update. It speaks only of what the visitor did
   * here (the next tip, a language, the Dutch original); a change from elsewhere (another widget's
   * language buttons, the host) is silent, and the region is made polite again right after.
   */
  private _live = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this._notePress);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this._notePress);
  }

  // A button's own handler has run by now; the update it asked for comes after.
  private readonly _notePress = (event: Event) => {
    if ((event.target as Element).closest('button')) this._pressed = true;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._live = this._pressed || !this.hasUpdated || !this._live;
    this._pressed = false;
  }

  protected override updated(): void {
    if (!this._live && this._mode.value === 'tip-of-the-day') this.requestUpdate();
  }

  protected override _isShort(): boolean {
    return this._mode.value === 'tip-of-the-day';
  }

  protected override render() {
    const { page } = this._shown;
    return this._renderWidget(
      'hechting-band-tips',
      html`${this._mode.value === 'tip-of-the-day' ? this._renderTipOfTheDay(page) : this._renderList(page)}
      ${this._renderPageEnd()}`,
    );
  }

  private _renderList(page: Page) {
    const tipList = tipListOf(page);
    const tipsShown = (id: string) => this._tips.value.some((tip) => tip === id);
    const level = this._level;
    return html`${renderBlocks(page.intro, level)}
    ${sectionsOf(page, SECTIONS_FOR_AGE[this._age.value]).map((section) =>
      renderSection(
        section,
        level,
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
      <div class="hechting-tip-body" aria-live=${this._live ? 'polite' : 'off'}>
        ${keyed(tip.id, html`<p class="hechting-tip-text">${renderInline(tip.children)}</p>`)}
      </div>
      ${
        this._tips.value.length < 2
          ? nothing
          : html`<button type="button" class="hechting-button" @click=${this._showNextTip}>
            ${msg('Volgende tip', { id: 'tip-of-the-day.next', desc: 'Button that shows the next tip in the tip-of-the-day card.' })}
          </button>`
      }
    </section>`;
  }

  /** The id of the tip shown: today's, or a later one for each time the visitor asked. */
  private _currentTip(): Tip {
    const tips = this._tips.value;
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
