import type { PropertyDeclarations, PropertyValues } from 'lit';
import { contentPageChecks, type ContentPageView } from './content-page-template.js';
import { HechtingElement } from './hechting-element.js';
import { ReadAloudController } from './read-aloud.js';

/**
 * An element that shows a page of content (`<hechting-uitleg>`, `<band-tips>`): it can read its
 * text aloud, and ends with the page's attribution, the date it was last reviewed and, when the
 * host asks for it with `hulp-href`, a `<hulp-link>`.
 *
 * @attr no-read-aloud - Leaves out the "Lees voor" button.
 * @attr hulp-href - Adds a `<hulp-link>` to this help page (https:, http:, mailto: or tel:) at the end.
 * @attr hulp-label - Link text of that `<hulp-link>` (default "Hulp en advies voor ouders").
 *
 * @fires hechting-read-aloud - A visitor started, paused, resumed or stopped reading aloud, or it ended: `detail.action` and `detail.language`.
 */
export abstract class ContentPageElement extends HechtingElement {
  static override properties: PropertyDeclarations = {
    noReadAloud: { type: Boolean, attribute: 'no-read-aloud' },
    hulpHref: { attribute: 'hulp-href' },
    hulpLabel: { attribute: 'hulp-label' },
  };

  /** Leaves out the "Lees voor" button. */
  noReadAloud = false;

  /** Adds a `<hulp-link>` to this address (https:, http:, mailto: or tel:) at the end. */
  hulpHref?: string;

  /** Link text of that `<hulp-link>`. */
  hulpLabel?: string;

  private readonly _readAloud = new ReadAloudController(this, (action) => this._emit('hechting-read-aloud', { action, language: this._shown.language }));

  private readonly _pageAttributes = this._checkAll(contentPageChecks(this));

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._readAloud.follow(this._shown.language);
  }

  /** What the element shows, for its template (content-page-template.ts). */
  protected _contentPageView(): ContentPageView {
    const { state, noVoiceFor } = this._readAloud;
    const view = this._widgetView();
    const root = () => this.querySelector(':scope > .hechting-widget')!;
    return {
      ...view,
      readAloud: this.noReadAloud ? undefined : { state, noVoiceFor },
      onReadAloud: state === 'idle' ? () => this._readAloud.start(root(), view.language) : state === 'reading' ? () => this._readAloud.pause() : () => this._readAloud.resume(),
      onStopReading: this._stopReading,
      help: this.hulpHref == null ? undefined : this._pageAttributes.values,
    };
  }

  // Stop goes away with the reading: the focus moves to the "Lees voor" button that stays.
  private readonly _stopReading = async () => {
    this._readAloud.stop();
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>(':scope > .hechting-widget > .hechting-read-aloud > button')?.focus();
  };
}
