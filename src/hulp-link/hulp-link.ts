import type { PropertyDeclarations } from 'lit';
import { pages } from '../generated/content/hulp-link.js';
import { HechtingElement } from '../shared/hechting-element.js';
import { hulpLinkChecks, renderHulpLink } from './hulp-link-template.js';

/**
 * Tells a parent where to find help: the embedding organisation's own help page and phone
 * number, or, when the host gives neither, the places the source texts name. It never invents an
 * address, a number or an organisation.
 *
 * @tagname hulp-link
 * @summary Hulp en advies voor ouders
 *
 * @attr href - The organisation's own help page: https:, http:, mailto: or tel: only; anything else is never rendered.
 * @attr label - Link text (default "Hulp en advies voor ouders").
 * @attr organization - Name of the organisation, e.g. "Centrum voor Jeugd en Gezin".
 * @attr phone - Phone number, shown as a `tel:` link.
 *
 * @fires hechting-help-link - A visitor followed the help page or the phone number: `detail.href` and `detail.kind` (`page` or `phone`).
 */
export class HulpLink extends HechtingElement {
  static override properties: PropertyDeclarations = {
    href: {},
    label: {},
    organization: {},
    phone: {},
  };

  /** The organisation's help page (https:, http:, mailto: or tel:). */
  href?: string;

  /** Link text; unset or empty gives "Hulp en advies voor ouders". */
  label?: string;

  /** Name of the organisation. */
  organization?: string;

  /** Phone number, shown as a `tel:` link. */
  phone?: string;

  protected override readonly _pages = pages;

  private readonly _attributes = this._checkAll(hulpLinkChecks(this));

  // A help box of its own, not the one that hulp-href puts in a text.
  protected override _isShort(): boolean {
    return !this.parentElement?.closest('.hechting-widget');
  }

  protected override render() {
    return renderHulpLink({
      ...this._widgetView(),
      ...this._attributes.values,
      onFollow: (href, kind) => this._emit('hechting-help-link', { href, kind }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hulp-link': HulpLink;
  }
}
