import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { headingLevelBelow } from '../content/render.js';
import { linkText } from './attributes.js';
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

  // The <hulp-link> checks hulp-href and hulp-label as its href and label, and names them so;
  // a label without the link is one mistake, named here.
  private readonly _hulpLabel = this._checked(
    'hulpLabel',
    linkText(() => this.hulpHref, 'hulp-href'),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._readAloud.follow(this._shown.language);
  }

  /**
   * "Lees voor", with pause and stop while reading, never without the visitor asking. Where the
   * device has no voice for the widget's language, it says so when asked: the row is there from
   * the first render, so that nothing moves once the voices are known.
   */
  protected override _renderTools() {
    const { state, noVoiceFor } = this._readAloud;
    const { language } = this._shown;
    if (this.noReadAloud) return nothing;
    const root = () => this.querySelector(':scope > .hechting-widget')!;
    const [label, action] =
      state === 'idle'
        ? [msg('Lees voor', { id: 'read-aloud.start', desc: 'Button that reads the text aloud.' }), () => this._readAloud.start(root(), language)]
        : state === 'reading'
          ? [msg('Pauzeer', { id: 'read-aloud.pause', desc: 'Button that pauses reading aloud.' }), () => this._readAloud.pause()]
          : [msg('Ga verder', { id: 'read-aloud.resume', desc: 'Button that goes on reading aloud after a pause.' }), () => this._readAloud.resume()];
    return html`<div class="hechting-read-aloud" role="group" aria-label=${msg('Voorlezen', { id: 'read-aloud.label', desc: 'Name of the group of buttons that read the text aloud.' })}>
      <button type="button" class="hechting-button" @click=${action}>${label}</button>
      ${state === 'idle' ? nothing : html`<button type="button" class="hechting-button" @click=${this._stopReading}>${msg('Stop', { id: 'read-aloud.stop', desc: 'Button that stops reading aloud.' })}</button>`}
    </div>
    <p class="hechting-read-aloud-status" role="status">
      ${
        noVoiceFor === language
          ? msg('Voorlezen lukt niet op dit apparaat: er is geen stem voor deze taal. Je kunt een stem toevoegen in de instellingen van je apparaat.', {
              id: 'read-aloud.no-voice',
              desc: 'Shown when a visitor asks to read aloud and the device has no voice for the language of the text.',
            })
          : nothing
      }
    </p>`;
  }

  // Stop goes away with the reading: the focus moves to the "Lees voor" button that stays.
  private readonly _stopReading = async () => {
    this._readAloud.stop();
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>(':scope > .hechting-widget > .hechting-read-aloud > button')?.focus();
  };

  /** The end of the page: who made the text and when it was last reviewed, then the help link. */
  protected _renderPageEnd() {
    const { page, language } = this._shown;
    const reviewed = html`<time datetime=${page.lastReviewed}>${page.lastReviewedText}</time>`;
    return html`
      ${page.attribution ? html`<p class="hechting-attribution">${page.attribution}</p>` : nothing}
      <p class="hechting-last-reviewed">
        ${msg(html`Laatst bijgewerkt: ${reviewed}`, { id: 'page.last-reviewed', desc: 'When the text was last reviewed; the placeholder is a date such as "22 november 2026".' })}
      </p>
      ${this.hulpHref == null ? nothing : html`<hulp-link lang=${language} .href=${this.hulpHref} .label=${this._hulpLabel.value} heading-level=${headingLevelBelow(this._level, 1)}></hulp-link>`}
    `;
  }
}
