// What <hulp-link> renders, from its view: in the browser and on a server alike (widget-template.ts).
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { renderBlocks } from '../content/render.js';
import { address, hostText, linkText, parsed, parsePhone } from '../shared/attributes.js';
import { renderWidget, type WidgetView } from '../shared/widget-template.js';

export const hulpLinkChecks = (host: { readonly href?: unknown }) => ({
  href: address,
  label: linkText(() => host.href, 'href', hostText),
  organization: hostText,
  phone: parsed(parsePhone, undefined, 'HW207', 'not a phone number (use digits, spaces, + and -); it is left out'),
});

export interface HulpLinkView extends WidgetView {
  /** The checked values of the attributes: what is left out is undefined. */
  readonly href?: string;
  readonly label?: string;
  readonly organization?: string;
  readonly phone?: { readonly text: string; readonly href: string };
  /** Tells the host that the visitor followed the help page or the phone number, in the browser. */
  readonly onFollow?: (href: string, kind: 'page' | 'phone') => void;
}

export function renderHulpLink(view: HulpLinkView) {
  const { page, hostTextLang, href, phone, label, organization, level, onFollow } = view;
  const [lead, whereToTurn, notAlone] = ['zoek-hulp', 'waar-terecht', 'niet-alleen'].map((id) => page.intro.find((block) => block.id === id)!);
  // The host's own texts keep their language, and may run in either direction.
  return renderWidget(
    view,
    'hechting-surface hechting-help',
    nothing,
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
            @click=${onFollow && (() => onFollow(href, 'page'))}
            >${label ?? msg('Hulp en advies voor ouders', { id: 'hulp-link.label', desc: "Default text of the link to the organisation's help page." })}</a
          >
        </p>`
        : nothing
    }
    ${
      phone
        ? html`<p class="hechting-help-phone">
          ${msg('Telefoon:', { id: 'hulp-link.phone', desc: 'Label before the phone number of the organisation.' })}
          <a href=${phone.href} @click=${onFollow && (() => onFollow(phone.href, 'phone'))}>${phone.text}</a>
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
