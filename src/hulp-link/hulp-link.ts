import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { renderBlocks } from '../content/render.js';
import { pages } from '../generated/content/hulp-link.js';
import { parsePhone } from '../shared/attributes.js';
import { HechtingElement } from '../shared/hechting-element.js';
import { declaredLanguage, parseLanguage } from '../shared/languages.js';
import { warnAttribute } from '../shared/warn.js';

// A well-formed language tag, as the host's markup may declare it.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

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
    hostLanguage: { attribute: false },
  };

  /** The organisation's help page (https:, http:, mailto: or tel:). */
  href?: string;

  /** Link text; unset or empty gives "Hulp en advies voor ouders". */
  label?: string;

  /** Name of the organisation. */
  organization?: string;

  /** Phone number, shown as a `tel:` link. */
  phone?: string;

  /**
   * The language of the markup of the widget that renders this one (`hulp-href`), where its
   * `hulp-label` comes from; unset, the texts are in the language this element's markup declares.
   */
  hostLanguage?: string;

  private _target?: string;
  private _phoneNumber?: { text: string; href: string };
  private _linkLabel?: string;
  private _organizationName?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('href')) {
      this._target = this._resolveHref('href', this.href);
    }
    if (changed.has('label')) {
      this._linkLabel = this._resolveText('label', this.label);
      if (this._linkLabel && this.href == null) warnAttribute(this.localName, 'label', this.label!, 'has no effect without href; add href with the address of your help page.');
    }
    if (changed.has('organization')) this._organizationName = this._resolveText('organization', this.organization);
    if (changed.has('phone')) {
      this._phoneNumber = this._resolve('phone', this.phone, parsePhone, undefined, 'not a phone number (use digits, spaces, + and -); it is left out');
    }
  }

  protected override render() {
    const label = this._linkLabel ?? msg('Hulp en advies voor ouders', { id: 'hulp-link.label', desc: "Default text of the link to the organisation's help page." });
    const organization = this._organizationName;
    // The host's own texts keep their language, and may run in either direction.
    const hostLang = this._hostTextLang();
    const page = pages[this._language];
    const [lead, whereToTurn, notAlone] = ['zoek-hulp', 'waar-terecht', 'niet-alleen'].map((id) => page.intro.find((block) => block.id === id)!);
    return this._renderWidget(
      'hechting-surface hechting-help',
      page,
      html`${renderBlocks([lead], this._level)}
      ${organization ? html`<p class="hechting-help-organization" lang=${hostLang} dir="auto">${organization}</p>` : nothing}
      ${
        this._target
          ? html`<p>
            <a
              class="hechting-help-link"
              href=${this._target}
              lang=${this._linkLabel ? hostLang : nothing}
              dir=${this._linkLabel ? 'auto' : nothing}
              @click=${() => this._emit('hechting-help-link', { href: this._target!, kind: 'page' })}
              >${label}</a
            >
          </p>`
          : nothing
      }
      ${
        this._phoneNumber
          ? html`<p class="hechting-help-phone">
            ${msg('Telefoon:', { id: 'hulp-link.phone', desc: 'Label before the phone number of the organisation.' })}
            <a href=${this._phoneNumber.href} @click=${() => this._emit('hechting-help-link', { href: this._phoneNumber!.href, kind: 'phone' })}>${this._phoneNumber.text}</a>
          </p>`
          : nothing
      }
      ${
        this._target || this._phoneNumber
          ? nothing
          : html`<p>${msg('Je kunt bijvoorbeeld terecht bij:', { id: 'hulp-link.where-to-turn', desc: 'Lead-in of the list of people and places a parent can turn to.' })}</p>
            ${renderBlocks([whereToTurn], this._level)}`
      }
      ${renderBlocks([notAlone], this._level)}`,
    );
  }

  /**
   * `lang` for the host's own texts (the name, the link text): the language of the markup they
   * come from (`hostLanguage`, else this element's), where that is not the language shown (a
   * Dutch link text in a widget a visitor switched to Arabic), so that they are read out and
   * translated as what they are.
   */
  private _hostTextLang() {
    const declared = this.hostLanguage ?? declaredLanguage(this);
    return declared && LANGUAGE_TAG.test(declared) && parseLanguage(declared) !== this._language ? declared : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hulp-link': HulpLink;
  }
}
