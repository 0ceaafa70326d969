// The markup of the elements that show a page of content (<hechting-uitleg>, <band-tips>):
// "Lees voor", and the end of the page with its help link. See widget-template.ts.
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { headingLevelBelow } from '../content/render.js';
import { address, hostText, linkText } from './attributes.js';
import type { ReadAloudState } from './read-aloud.js';
import { ELEMENT_CLASS, type WidgetView } from './widget-template.js';

/**
 * `hulp-href` and `hulp-label` are checked as the `href` and `label` of the <hulp-link> they add,
 * and named as what they are: the <hulp-link> gets only what it can use.
 */
export const contentPageChecks = (host: { readonly hulpHref?: unknown }) => ({
  hulpHref: address,
  hulpLabel: linkText(() => host.hulpHref, 'hulp-href', hostText),
});

export interface ContentPageView extends WidgetView {
  /** The state of "Lees voor"; none without the button (`no-read-aloud`). */
  readonly readAloud?: { readonly state: ReadAloudState; readonly noVoiceFor?: string };
  /** What the "Lees voor" button does in its state, and the Stop button, in the browser. */
  readonly onReadAloud?: () => void;
  readonly onStopReading?: () => void;
  /**
   * The `<hulp-link>` that `hulp-href` adds, with the checked `hulp-href` and `hulp-label` as its
   * `href` and `label` (none where the address is refused: it shows where parents can turn
   * instead). It renders its own content (on a server, src/server.ts renders it).
   */
  readonly help?: { readonly hulpHref?: string; readonly hulpLabel?: string };
}

/**
 * "Lees voor", with pause and stop while reading, never without the visitor asking. Where the
 * device has no voice for the widget's language, it says so when asked: the row is there from
 * the first render, so that nothing moves once the voices are known.
 */
export function renderReadAloud({ readAloud, language, page, onReadAloud, onStopReading }: ContentPageView) {
  if (!readAloud) return nothing;
  const { state, noVoiceFor } = readAloud;
  const label =
    state === 'idle'
      ? msg('Lees voor', { id: 'read-aloud.start', desc: 'Button that reads the text aloud.' })
      : state === 'reading'
        ? msg('Pauzeer', { id: 'read-aloud.pause', desc: 'Button that pauses reading aloud.' })
        : msg('Ga verder', { id: 'read-aloud.resume', desc: 'Button that goes on reading aloud after a pause.' });
  // Named by what it reads, where several widgets each have one; no group around one or two buttons.
  return html`<div class="hechting-read-aloud">
    <button type="button" class="hechting-button" aria-label="${label}: ${page.title}" @click=${onReadAloud}>${label}</button>
    ${state === 'idle' ? nothing : html`<button type="button" class="hechting-button" @click=${onStopReading}>${msg('Stop', { id: 'read-aloud.stop', desc: 'Button that stops reading aloud.' })}</button>`}
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

/** The end of the page: who made the text and when it was last reviewed, then the help link. */
export function renderPageEnd({ page, language, level, help }: ContentPageView) {
  const reviewed = html`<time datetime=${page.lastReviewed}>${page.lastReviewedText}</time>`;
  return html`
    ${page.attribution ? html`<p class="hechting-attribution">${page.attribution}</p>` : nothing}
    <p class="hechting-last-reviewed">
      ${msg(html`Laatst bijgewerkt: ${reviewed}`, { id: 'page.last-reviewed', desc: 'When the text was last reviewed; the placeholder is a date such as "22 november 2026".' })}
    </p>
    ${help ? html`<hulp-link class=${ELEMENT_CLASS} lang=${language} href=${help.hulpHref ?? nothing} label=${(help.hulpHref && help.hulpLabel) ?? nothing} heading-level=${headingLevelBelow(level, 1)}></hulp-link>` : nothing}
  `;
}
