import type { PropertyDeclarations } from 'lit';
import { detailsOf } from '../content/render.js';
import type { HechtingUitlegSection } from '../generated/content/ids.js';
import { pages } from '../generated/content/hechting-uitleg.js';
import { ContentPageElement } from '../shared/content-page-element.js';
import { HECHTING_UITLEG_CHECKS, renderHechtingUitleg } from './hechting-uitleg-template.js';

/**
 * Explains what attachment (hechting) is and why it matters for a child.
 *
 * @tagname hechting-uitleg
 * @summary Wat is hechting en waarom is het belangrijk?
 *
 * @attr sections - Space-separated ids of the sections to show, in content order: `goede-band`, `veilige-basis` (default: all).
 * @attr collapsible - Makes each section open and close with a button in its heading (the WAI-ARIA accordion); the introduction stays open.
 *
 * @fires hechting-section-toggle - A visitor opened or closed a section: `detail.section` (its id) and `detail.open`.
 */
export class HechtingUitleg extends ContentPageElement {
  static override properties: PropertyDeclarations = {
    sections: {},
    collapsible: { type: Boolean },
  };

  /** Space-separated ids of the sections to show; unset shows all. */
  sections?: string;

  /** Makes each section open and close with a button in its heading; the introduction stays open. */
  collapsible = false;

  protected override readonly _pages = pages;

  private readonly _attributes = this._checkAll(HECHTING_UITLEG_CHECKS);

  /** Closed disclosures opened for printing, to close again afterwards. */
  private _openedForPrint: HTMLDetailsElement[] = [];

  constructor() {
    super();
    // Listeners on the element itself go with the element: added once, never removed. A toggle
    // event does not bubble.
    this.addEventListener('click', this._toggle);
    this.addEventListener('toggle', this._showState, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._openForPrint);
    window.addEventListener('afterprint', this._closeAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._openForPrint);
    window.removeEventListener('afterprint', this._closeAfterPrint);
  }

  // A printout shows the whole text, also of the sections the reader did not open.
  private readonly _openForPrint = () => {
    this._openedForPrint = [...this.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of this._openedForPrint) details.open = true;
  };

  private readonly _closeAfterPrint = () => {
    for (const details of this._openedForPrint) details.open = false;
    this._openedForPrint = [];
  };

  // The visitor's click on a section's button (also Enter or Space on it) opens or closes its text,
  // and tells the page: printing, find-in-page and reading aloud open sections too, and they are
  // not the visitor's choice.
  private readonly _toggle = (event: Event) => {
    const section = (event.target as Element).closest('.hechting-disclosure')?.closest<HTMLElement>('.hechting-section');
    if (!section) return;
    const details = detailsOf(section)!;
    details.open = !details.open;
    // The section's id, as renderSection wrote it from the content.
    this._emit('hechting-section-toggle', { section: section.dataset.section as HechtingUitlegSection, open: details.open });
  };

  // Whatever opened or closed a section's text, its button says so.
  private readonly _showState = (event: Event) => {
    const details = event.target as HTMLDetailsElement;
    details.parentElement!.querySelector('.hechting-disclosure')?.setAttribute('aria-expanded', String(details.open));
  };

  protected override render() {
    return renderHechtingUitleg({ ...this._contentPageView(), ...this._attributes.values, collapsible: this.collapsible });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hechting-uitleg': HechtingUitleg;
  }
}
