import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { renderBlocks } from '../content/render.js';
import { pages } from '../generated/content/hulp-link.js';
import { address, hostText, linkText, parsed, parsePhone } from '../shared/attributes.js';
import { HechtingElement } from '../shared/hechting-element.js';
import { warnAttribute } from '../shared/warn.js';

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

  private readonly _href = this._checked('href', address);

  private readonly _label = this._checked(
    'label',
    linkText(() => this.href, 'href', hostText),
  );

  private readonly _organization = this._checked('organization', hostText);

  private readonly _phone = this._checked('phone', parsed(parsePhone, undefined, 'HW207', 'not a phone number (use digits, spaces, + and -); it is left out'));

  // The href and label of the <hulp-link> that hulp-href adds are its container's hulp-href and
  // hulp-label: a warning names them so.
  protected override _warnAbout(property: string, value: string, code: string, advice: string): void {
    const { container } = this._shown;
    if (container && (property === 'href' || property === 'label')) warnAttribute(container.localName, `hulp-${property}`, value, code, advice);
    else super._warnAbout(property, value, code, advice);
  }

  // A help box of its own, not the one that hulp-href puts in a text.
  protected override _isShort(): boolean {
    return !this.parentElement?.closest('.hechting-widget');
  }

  protected override render() {
    const { page, hostTextLang } = this._shown;
    const href = this._href.value;
    const phone = this._phone.value;
    const label = this._label.value;
    const organization = this._organization.value;
    const level = this._level;
    const [lead, whereToTurn, notAlone] = ['zoek-hulp', 'waar-terecht', 'niet-alleen'].map((id) => page.intro.find((block) => block.id === id)!);
    // The host's own texts keep their language, and may run in either direction.
    return this._renderWidget(
      'hechting-surface hechting-help',
      html`${renderBlocks([lead], level)}
      ${organization ? html`<p class="hechting-help-organization" lang=${hostTextLang ?? nothing} dir="auto">${organization}</p>` : nothing}
      ${
        href
          ? html`<p>
            <a
              class="hechting-help-link"
              href=${href}
              lang=${(label && hostTextLang) || nothing}
              dir=${label ? 'auto' : nothing}
              @click=${() => this._emit('hechting-help-link', { href, kind: 'page' })}
              >${label ?? msg('Hulp en advies voor ouders', { id: 'hulp-link.label', desc: "Default text of the link to the organisation's help page." })}</a
            >
          </p>`
          : nothing
      }
      ${
        phone
          ? html`<p class="hechting-help-phone">
            ${msg('Telefoon:', { id: 'hulp-link.phone', desc: 'Label before the phone number of the organisation.' })}
            <a href=${phone.href} @click=${() => this._emit('hechting-help-link', { href: phone.href, kind: 'phone' })}>${phone.text}</a>
          </p>`
          : nothing
      }
      ${
        href || phone
          ? nothing
          : html`<p>${msg('Je kunt bijvoorbeeld terecht bij:', { id: 'hulp-link.where-to-turn', desc: 'Lead-in of the list of people and places a parent can turn to.' })}</p>
            ${renderBlocks([whereToTurn], level)}`
      }
      ${renderBlocks([notAlone], level)}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hulp-link': HulpLink;
  }
}
