import type { PropertyDeclarations } from 'lit';
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
 * @attr collapsible - Makes each section a native disclosure (`<details>`); the introduction stays open.
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

  /** Makes each section a native disclosure; the introduction stays open. */
  collapsible = false;

  protected override readonly _pages = pages;

  private readonly _attributes = this._checkAll(HECHTING_UITLEG_CHECKS);

  /** Closed disclosures opened for printing, to close again afterwards. */
  private _openedForPrint: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._openForPrint);
    window.addEventListener('afterprint', this._closeAfterPrint);
    this.addEventListener('click', this._tellToggle);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._openForPrint);
    window.removeEventListener('afterprint', this._closeAfterPrint);
    this.removeEventListener('click', this._tellToggle);
  }

  // A printout shows the whole text, also of the sections the reader did not open.
  private readonly _openForPrint = () => {
    this._openedForPrint = [...this.querySelectorAll<HTMLDetailsElement>(':scope > .hechting-widget > details:not([open])')];
    for (const details of this._openedForPrint) details.open = true;
  };

  private readonly _closeAfterPrint = () => {
    for (const details of this._openedForPrint) details.open = false;
    this._openedForPrint = [];
  };

  // The visitor's click on a summary (also Enter or Space on it), not a toggle event: printing
  // and find-in-page open disclosures too, and they are not the visitor's choice.
  private readonly _tellToggle = (event: Event) => {
    const details = (event.target as Element).closest('summary')?.parentElement;
    if (details?.localName !== 'details' || !details.matches('.hechting-section')) return;
    // The section's id, as renderSection wrote it from the content.
    this._emit('hechting-section-toggle', { section: details.dataset.section as HechtingUitlegSection, open: !(details as HTMLDetailsElement).open });
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
