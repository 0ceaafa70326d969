import { LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { renderHeading } from '../content/render.js';
import { VERSION } from '../generated/version.js';
import { parseHeadingLevel, splitIds } from './attributes.js';
import { adoptStyles } from './styles.js';
import { warnAttribute } from './warn.js';

const DEFAULT_HEADING_LEVEL = 2;

/**
 * What the three elements share: light DOM rendering with the one adopted stylesheet, the
 * `heading-level` and `no-title` attributes, and the rule for bad attribute values (fall back to
 * the default and warn once, never throw).
 */
export abstract class HechtingElement extends LitElement {
  /** The widget's version, so that a second copy on the page can name the first. */
  static readonly version = VERSION;

  /** Level of the element's title, 1–6; its sub-headings are one deeper, at most 6. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** Hides the element's own title, for a page that already shows it. */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;

  /** The resolved `heading-level`. */
  protected level = DEFAULT_HEADING_LEVEL;

  // Light DOM: read-aloud tools, browser translation, find-in-page, print and search engines read
  // the page's own DOM and skip shadow roots.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      this.level = this.resolve('heading-level', this.headingLevel, parseHeadingLevel, DEFAULT_HEADING_LEVEL, 'use a number from 1 to 6');
    }
  }

  protected renderTitle(title: string) {
    return this.noTitle ? nothing : renderHeading(this.level, title, 'hechting-title');
  }

  /**
   * Parses an attribute's value. A value `parse` rejects gives `fallback` and one warning that
   * names the element, the attribute and the value; an absent value gives `fallback` silently.
   */
  protected resolve<T>(
    attribute: string,
    value: unknown,
    parse: (value: string) => T | undefined,
    fallback: T,
    advice: string,
  ): T {
    if (value === undefined || value === null) return fallback;
    const parsed = parse(String(value));
    if (parsed !== undefined) return parsed;
    warnAttribute(this.localName, attribute, String(value), `${advice}.`);
    return fallback;
  }

  /**
   * The ids of a space-separated attribute that are among `known`, in content order. Unknown ids
   * are named in one warning; when none is known (or the value is empty), all of `known` are used.
   */
  protected resolveIds(attribute: string, value: string | undefined, known: readonly string[]): string[] {
    if (value === undefined || value === null) return [...known];
    const wanted = splitIds(value);
    const unknown = wanted.filter((id) => !known.includes(id));
    const chosen = known.filter((id) => wanted.includes(id));
    if (unknown.length || !chosen.length) {
      warnAttribute(
        this.localName,
        attribute,
        value,
        `${unknown.length ? `unknown ${unknown.map((id) => `"${id}"`).join(', ')}` : 'no ids given'}; ` +
          `use ${known.join(', ')}. ${chosen.length ? 'Showing the others' : 'Showing all'}.`,
      );
    }
    return chosen.length ? chosen : [...known];
  }
}
