import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Page } from '../content/types.js';
import { parseHref } from './attributes.js';
import { HechtingElement } from './hechting-element.js';
import { warnAttribute } from './warn.js';

/**
 * An element that shows a page of content (`<hechting-uitleg>`, `<band-tips>`): it ends with the
 * page's attribution and, when the host asks for it with `hulp-href`, a `<hulp-link>`.
 */
export abstract class ContentPageElement extends HechtingElement {
  /** Adds a `<hulp-link>` to this address (https:, http:, mailto: or tel:) at the end. */
  @property({ attribute: 'hulp-href' }) hulpHref?: string;

  /** Link text of that `<hulp-link>`. */
  @property({ attribute: 'hulp-label' }) hulpLabel?: string;

  /** The checked `hulp-href`; undefined when absent or refused. */
  private hulpTarget?: string;

  /** The checked `hulp-label`. */
  private hulpLinkLabel?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hulpHref')) {
      this.hulpTarget = this.resolve('hulp-href', this.hulpHref, parseHref, undefined,
        'only https:, http:, mailto: and tel: addresses are linked; showing where parents can turn instead');
    }
    // A label without a link is one mistake, named once; the label itself is checked once linked.
    if (changed.has('hulpLabel') || changed.has('hulpHref')) {
      if (this.hulpLabel != null && this.hulpHref == null) {
        if (changed.has('hulpLabel')) {
          warnAttribute(this.localName, 'hulp-label', this.hulpLabel, 'has no effect without hulp-href; add hulp-href with the address of your help page.');
        }
        this.hulpLinkLabel = undefined;
      } else if (changed.has('hulpLabel') || this.hulpLinkLabel === undefined) {
        this.hulpLinkLabel = this.resolveText('hulp-label', this.hulpLabel);
      }
    }
  }

  protected renderPageEnd(page: Page) {
    return html`
      ${page.attribution ? html`<p class="hechting-attribution">${page.attribution}</p>` : nothing}
      ${this.hulpHref == null
        ? nothing
        : html`<hulp-link
            lang=${this.language}
            .hostLanguage=${this.hostTextLanguage}
            href=${ifDefined(this.hulpTarget)}
            label=${ifDefined(this.hulpLinkLabel)}
            heading-level=${Math.min(6, this.level + 1)}
          ></hulp-link>`}
    `;
  }
}
