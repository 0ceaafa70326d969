import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevelBelow } from '../content/render.js';
import type { Page } from '../content/types.js';
import { HechtingElement } from './hechting-element.js';
import { declaredLanguage } from './languages.js';
import { ReadAloudController } from './read-aloud.js';
import { warnAttribute } from './warn.js';

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

  /** The checked `hulp-href`; undefined when absent or refused. */
  private _hulpTarget?: string;

  /** The checked `hulp-label`. */
  private _hulpLinkLabel?: string;

  private readonly _readAloud = new ReadAloudController(this, (action) => this._emit('hechting-read-aloud', { action, language: this._language }));

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._readAloud.follow(this._language);
    if (changed.has('hulpHref')) {
      this._hulpTarget = this._resolveHref('hulp-href', this.hulpHref);
    }
    // A label without a link is one mistake, named once; the label itself is checked once linked.
    if (changed.has('hulpLabel') || changed.has('hulpHref')) {
      if (this.hulpLabel != null && this.hulpHref == null) {
        if (changed.has('hulpLabel')) {
          warnAttribute(this.localName, 'hulp-label', this.hulpLabel, 'has no effect without hulp-href; add hulp-href with the address of your help page.');
        }
        this._hulpLinkLabel = undefined;
      } else if (changed.has('hulpLabel') || this._hulpLinkLabel === undefined) {
        this._hulpLinkLabel = this._resolveText('hulp-label', this.hulpLabel);
      }
    }
  }

  /**
   * "Lees voor", with pause and stop while reading, never without the visitor asking. Where the
   * device has no voice for the widget's language, it says so when asked: the row is there from
   * the first render, so that nothing moves once the voices are known.
   */
  protected override _renderTools() {
    const { state, noVoiceFor } = this._readAloud;
    if (this.noReadAloud) return nothing;
    const root = () => this.querySelector(':scope > .hechting-widget')!;
    const [label, action] =
      state === 'idle'
        ? [msg('Lees voor', { id: 'read-aloud.start', desc: 'Button that reads the text aloud.' }), () => this._readAloud.start(root(), this._language)]
        : state === 'reading'
          ? [msg('Pauzeer', { id: 'read-aloud.pause', desc: 'Button that pauses reading aloud.' }), () => this._readAloud.pause()]
          : [msg('Ga verder', { id: 'read-aloud.resume', desc: 'Button that goes on reading aloud after a pause.' }), () => this._readAloud.resume()];
    return html`<div class="hechting-read-aloud" role="group" aria-label=${msg('Voorlezen', { id: 'read-aloud.label', desc: 'Name of the group of buttons that read the text aloud.' })}>
      <button type="button" class="hechting-button" @click=${action}>${label}</button>
      ${state === 'idle' ? nothing : html`<button type="button" class="hechting-button" @click=${this._stopReading}>${msg('Stop', { id: 'read-aloud.stop', desc: 'Button that stops reading aloud.' })}</button>`}
    </div>
    <p class="hechting-read-aloud-status" role="status">
      ${
        noVoiceFor === this._language
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
  protected _renderPageEnd(page: Page) {
    const reviewed = html`<time datetime=${page.lastReviewed}>${page.lastReviewedText}</time>`;
    return html`
      ${page.attribution ? html`<p class="hechting-attribution">${page.attribution}</p>` : nothing}
      <p class="hechting-last-reviewed">
        ${msg(html`Laatst bijgewerkt: ${reviewed}`, { id: 'page.last-reviewed', desc: 'When the text was last reviewed; the placeholder is a date such as "22 november 2026".' })}
      </p>
      ${
        this.hulpHref == null
          ? nothing
          : html`<hulp-link
            lang=${this._language}
            .hostLanguage=${declaredLanguage(this)}
            href=${ifDefined(this._hulpTarget)}
            label=${ifDefined(this._hulpLinkLabel)}
            heading-level=${headingLevelBelow(this._level, 1)}
          ></hulp-link>`
      }
    `;
  }
}
