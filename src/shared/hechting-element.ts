import { isServer, LitElement, type PropertyDeclarations, type PropertyValues, type ReactiveElement } from 'lit';
import { headingLevelBelow } from '../content/render.js';
import type { Page } from '../content/types.js';
import { VERSION } from '../generated/version.js';
import { CheckedAttributes, type Checks } from './attributes.js';
import { chooseLanguage, LanguageController, type Shown } from './language-controller.js';
import type { Language } from './languages.js';
import { inLocale } from './localization.js';
import { whenParsed } from './parsing.js';
import type { HechtingEventDetails } from './events.js';
import { adoptStyles } from './styles.js';
import { warnAttribute } from './warn.js';
import { ELEMENT_CLASS, SHORT_CLASS, WIDGET_CHECKS, type WidgetView } from './widget-template.js';

/**
 * The level of a title that nests under the page's outline: one below the nearest heading before
 * `element` in its document (or shadow root), at most 6, or 2 where there is none. A heading of a
 * widget does not count, nor one that is hidden (a placement's heading).
 */
function levelBelowHeadingBefore(element: Element): number {
  const headings = (element.getRootNode() as ParentNode).querySelectorAll('h1, h2, h3, h4, h5, h6');
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i];
    if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && !heading.closest('.hechting-widget, [hidden]')) return headingLevelBelow(Number(heading.localName[1]), 1);
  }
  return 2;
}

/** What a visitor may have used in the text before the element took it over: focused, or opened (a section's text, by find-in-page). */
const USED = 'a, button, details';

/**
 * What the three elements share: light DOM rendering with the one adopted stylesheet, the
 * `lang`, `languages`, `heading-level` and `no-title` attributes, the note on translated text,
 * and the rule for bad attribute values (fall back to the default and warn once, never throw).
 *
 * @attr lang - Language: nl, en, ar, tr, pl or uk (a region is ignored); default the nearest `lang` above, then `<html lang>`, then nl.
 * @attr languages - Shows language buttons for these languages (empty: all); a visitor's choice switches every widget on the page.
 * @attr heading-level - Level of the title, 1–6 (default: one below the page's heading before the element, else 2); sub-headings are one deeper, at most 6.
 * @attr no-title - Hides the title, for a page that already shows it.
 *
 * @fires hechting-language-change - A visitor chose a language with the buttons; `detail.language` names it.
 *
 * @cssprop --hechting-font-family - Font of the text (else `--utrecht-document-font-family`, `--basis-text-font-family-default`, your page's font).
 * @cssprop --hechting-color - Colour of the text (else `--utrecht-document-color`, `--basis-color-default-color-document`, your page's text colour).
 * @cssprop --hechting-heading-font-family - Font of the headings (else `--utrecht-heading-font-family`, `--basis-heading-font-family`, your page's headings).
 * @cssprop --hechting-heading-color - Colour of the headings (else `--utrecht-heading-color`, `--basis-heading-color`, your page's headings).
 * @cssprop --hechting-link-color - Colour of links (else `--utrecht-link-color`, `--basis-color-action-2-color-default`, your page's links).
 * @cssprop --hechting-link-hover-color - Colour of links under the pointer (else `--utrecht-link-hover-color`, `--basis-color-action-2-color-hover`, your page's links).
 * @cssprop --hechting-focus-outline-color - Colour of the focus ring, which the widget frames in black or white (else `--utrecht-focus-outline-color`, `--basis-focus-outline-color`, the control's own text colour).
 * @cssprop --hechting-focus-outline-width - Width of the focus outline (else `--utrecht-focus-outline-width`, `--basis-focus-outline-width`, `0.125em`, at least 2 px).
 * @cssprop --hechting-surface-background-color - Background of the tip card and help box (else `--basis-color-default-bg-subtle`, your page's background).
 * @cssprop --hechting-surface-border-color - Border of the tip card and help box (else `--basis-color-default-border-default`, the text colour).
 * @cssprop --hechting-border-radius - Rounding of the tip card, help box and button (else `--basis-border-radius-md`, `0.25em`).
 * @cssprop --hechting-space - Space in and around the tip card and help box (else `--basis-space-block-lg`, `1em`).
 * @cssprop --hechting-button-background-color - Background of the next-tip button (else `--utrecht-button-primary-action-background-color`, `--basis-color-action-1-inverse-bg-default`, none).
 * @cssprop --hechting-button-color - Text of the next-tip button (else `--utrecht-button-primary-action-color`, `--basis-color-action-1-inverse-color-default`, the text colour).
 */
export abstract class HechtingElement extends LitElement {
  /** The widget's version, so that a second copy on the page can name the first. */
  static readonly version = VERSION;

  // Reactive properties are declared in Lit's static table, in every element alike: no
  // decorators, so no decorator code in the bundle. Each class lists only its own.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    noTitle: { type: Boolean, attribute: 'no-title' },
    languages: {},
  };

  // `lang` stays the native attribute and property; a change of it re-renders the element.
  // `class` is the page's: a change of it (React's className, Vue's class) gets the element's own
  // classes back beside the page's.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'class'];
  }

  /**
   * Level of the element's title, 1–6; its sub-headings are one deeper, at most 6. Unset, the title
   * nests under the page's heading before the element.
   */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';

  /** Hides the element's own title, for a page that already shows it. */
  noTitle = false;

  /** Space-separated languages for a language switcher in the widget; empty for all. */
  languages?: string;

  private readonly _widgetAttributes = this._checkAll(WIDGET_CHECKS);

  /** The level of the title where `heading-level` does not set it, from the page where the element is. */
  private _levelInPage = 2;

  private readonly _languageController = new LanguageController(this);

  /** What the element shows, in which language: resolved once before each update. */
  protected _shown!: Shown;

  /** The element's page, in every language. */
  protected abstract readonly _pages: Readonly<Record<string, Page>>;

  // Light DOM: read-aloud tools, browser translation, find-in-page, print and search engines read
  // the page's own DOM and skip shadow roots.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode());
    this._classSelf();
    // Moved under another heading, the element nests under that one.
    const level = levelBelowHeadingBefore(this);
    if (level !== this._levelInPage) {
      this._levelInPage = level;
      this.requestUpdate();
    }
  }

  /** The level of the element's title: `heading-level`, else one below the page's heading before it. */
  protected get _level(): number {
    return this._widgetAttributes.values.headingLevel ?? this._levelInPage;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
    if (name === 'class') this._classSelf();
  }

  /** Whether the element shows little text, as a tip of the day or a help box (see SHORT_CLASS). */
  protected _isShort(): boolean {
    return false;
  }

  /** Gives the element its own classes where they are missing, and leaves the page's as they are. */
  private _classSelf(): void {
    const short = this._isShort();
    const missing = [ELEMENT_CLASS, ...(short ? [SHORT_CLASS] : [])].filter((name) => !this.classList.contains(name));
    // Only changes, in one: setting a class that is there sets the attribute again, and calls back here.
    if (missing.length) this.classList.add(...missing);
    if (!short && this.classList.contains(SHORT_CLASS)) this.classList.remove(SHORT_CLASS);
  }

  // Each update runs with its language as the locale of msg(). The first waits, while the page
  // loads, until the parser has read the element's content, which it replaces (see update).
  protected override scheduleUpdate(): void | Promise<unknown> {
    const update = () => {
      this._shown = this._languageController.resolve(this._pages);
      return inLocale(this._shown.language, () => super.scheduleUpdate());
    };
    const parsing = this.hasUpdated ? undefined : whenParsed(this);
    return parsing ? parsing.then(update) : update();
  }

  // Complete when no update is left: an update may ask for one more (the language changed while
  // it ran, or the tip's live region turns polite again).
  protected override async getUpdateComplete(): Promise<boolean> {
    while (!(await super.getUpdateComplete()));
    return true;
  }

  // The text a server rendered in the element (src/server.ts, the static HTML of dist/html/) is
  // the same markup as the first render: it gives way to it in one go, before the page paints, so
  // that nothing shows or moves, and what the visitor did in it stays (the focus, a section opened).
  // Each update also checks the element's own classes: a tip of the day becomes a list.
  protected override update(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    const used = first ? [...this.querySelectorAll(USED)] : [];
    const focused = used.indexOf((this.getRootNode() as Document | ShadowRoot).activeElement!);
    const opened = used.map((element) => (element as HTMLDetailsElement).open);
    if (first) this.replaceChildren();
    this._classSelf();
    super.update(changed);
    if (!used.length) return;
    this.querySelectorAll<HTMLElement>(USED).forEach((element, i) => {
      // Where the text was not the same markup (another language, other options), no other control.
      if (element.localName !== used[i]?.localName) return;
      if (opened[i]) element.setAttribute('open', '');
      if (i === focused) element.focus({ preventScroll: true });
    });
  }

  /** What the element shows, for its template (widget-template.ts). */
  protected _widgetView(): WidgetView {
    const { container, ...shown } = this._shown;
    return {
      ...shown,
      part: container !== undefined,
      level: this._level,
      noTitle: this.noTitle,
      languages: this._widgetAttributes.values.languages,
      onChooseLanguage: this._switchLanguage,
      onToggleOriginal: () => this._languageController.toggleOriginal(),
    };
  }

  private readonly _switchLanguage = (language: Language) => {
    chooseLanguage(language, this);
    this._emit('hechting-language-change', { language });
  };

  /**
   * Tells the host page what a visitor did, with a bubbling, composed event, so that it can count
   * it with its own tools. The widget itself counts nothing.
   */
  protected _emit<Type extends keyof HechtingEventDetails>(type: Type, detail: HechtingEventDetails[Type]): void {
    // Made first, then dispatched: the manifest's analyzer takes the event of an inline
    // dispatchEvent(new CustomEvent(type)) for one named "type".
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }

  /** The checked values of the element's properties that `checks` names (see attributes.ts). */
  protected _checkAll<C extends Checks>(checks: C): CheckedAttributes<C> {
    return new CheckedAttributes(this, checks, (property, value, code, advice) => this._warnAbout(property, value, code, advice));
  }

  /** One warning about the value of the attribute of `property`, with its code and what to do. */
  protected _warnAbout(property: string, value: string, code: string, advice: string): void {
    const { attribute } = (this.constructor as typeof ReactiveElement).elementProperties.get(property) ?? {};
    warnAttribute(this.localName, typeof attribute === 'string' ? attribute : property.toLowerCase(), value, code, advice);
  }
}

// Lit's server renderer (@lit-labs/ssr) writes what a LitElement renders into a declarative shadow
// root, which in the browser would hide the element's light DOM, where it renders. On a server the
// elements do not pass that renderer's test for a LitElement: it writes each as it is, with its
// attributes, and the browser fills it.
if (isServer) HechtingElement._$litElement$ = false;
