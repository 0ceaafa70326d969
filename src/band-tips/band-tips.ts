import type { PropertyDeclarations, PropertyValues } from 'lit';
import { pages } from '../generated/content/band-tips.js';
import { ContentPageElement } from '../shared/content-page-element.js';
import { BAND_TIPS_CHECKS, renderBandTips, tipOfTheDay } from './band-tips-template.js';

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

  private readonly _attributes = this._checkAll(BAND_TIPS_CHECKS);

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

  constructor() {
    super();
    // A listener on the element itself goes with the element: added once, never removed.
    this.addEventListener('click', this._notePress);
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
    if (!this._live && this._attributes.values.mode === 'tip-of-the-day') this.requestUpdate();
  }

  protected override _isShort(): boolean {
    return this._attributes.values.mode === 'tip-of-the-day';
  }

  protected override render() {
    return renderBandTips({
      ...this._contentPageView(),
      ...this._attributes.values,
      tip: this._currentTip(),
      live: this._live,
      onNextTip: this._showNextTip,
    });
  }

  /** The id of the tip shown: today's, or a later one for each time the visitor asked. */
  private _currentTip() {
    return tipOfTheDay(this._attributes.values.tips, new Date(), this._tipsSkipped);
  }

  private readonly _showNextTip = async (event: Event) => {
    this._tipsSkipped++;
    this.requestUpdate();
    this._emit('hechting-next-tip', { tip: this._currentTip() });
    // A longer tip pushes the button down, at the foot of the screen out of view: keep it in view.
    await this.updateComplete;
    // The next tip fades in, but for a visitor who asked for less motion. (Not the first: it shows
    // at once, also where the element takes over the text a server rendered.)
    if (matchMedia('(prefers-reduced-motion: no-preference)').matches) this.querySelector('.hechting-tip-text')?.animate({ opacity: [0, 1] }, { duration: 300, easing: 'ease-out' });
    (event.target as Element).scrollIntoView({ block: 'nearest' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'band-tips': BandTips;
  }
}
