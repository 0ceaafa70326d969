import { msg } from '@lit/localize';
import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type ReactiveElement } from 'lit';
import { headingLevelBelow, renderHeading } from '../content/render.js';
import type { Page } from '../content/types.js';
import { VERSION } from '../generated/version.js';
import { CheckedAttribute, ids, parsed, parseHeadingLevel, type Check } from './attributes.js';
import { chooseLanguage, LanguageController, type Shown } from './language-controller.js';
import { inFullScriptOnly, LANGUAGES, nameOf, parseLanguage, type Language } from './languages.js';
import { inLocale } from './localization.js';
import { whenParsed } from './parsing.js';
import type { HechtingEventDetails } from './events.js';
import { adoptStyles } from './styles.js';
import { warnAttribute } from './warn.js';

/** The languages a `languages` value names, by tag (`nl-BE` is `nl`). */
const SWITCHER_LANGUAGES = ids(LANGUAGES, parseLanguage);

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

/**
 * The classes the elements give themselves, beside the page's own. Reader View (Readability) takes
 * the element with the most text as the article and adds an element beside it only if that scores
 * high or has the very same classes. A short element (a tip of the day, a help box) scores too low
 * beside a short one, so it also has a class with "text", which counts for a block. The long ones
 * do without: with it, Reader View takes a column of them over the page's own text more often.
 * Measured with scripts/reader-view-sweep.mjs (README, "Reader View").
 */
const ELEMENT_CLASS = 'hechting-element';
const SHORT_CLASS = 'hechting-text';

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

  private readonly _headingLevel = this._checked('headingLevel', parsed(parseHeadingLevel, undefined, 'HW201', 'use a number from 1 to 6'));

  /** The level of the title where `heading-level` does not set it, from the page where the element is. */
  private _levelInPage = 2;

  /**
   * The languages the switcher offers: all for an empty value, none without the attribute. The
   * Dutch-only script names the languages it leaves out that the full one has, instead of calling
   * them unknown.
   */
  private readonly _languages = this._checked('languages', {
    absent: [],
    check: (value, warn) => {
      const elsewhere = inFullScriptOnly(value.split(/\s+/));
      if (elsewhere) warn('HW305', elsewhere);
      return value.trim() ? SWITCHER_LANGUAGES.check(value, elsewhere ? () => {} : warn) : LANGUAGES;
    },
  });

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
    return this._headingLevel.value ?? this._levelInPage;
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
  protected override scheduleUpdate(): Promise<void> {
    const update = () =>
      inLocale(
        () => {
          this._shown = this._languageController.resolve(this._pages);
          return this._shown.language;
        },
        () => super.scheduleUpdate(),
      );
    const parsing = this.hasUpdated ? undefined : whenParsed(this);
    return parsing ? parsing.then(update) : update();
  }

  // Complete when no update is left: an update may ask for one more (the language changed while
  // it ran, or the tip's live region turns polite again).
  protected override async getUpdateComplete(): Promise<boolean> {
    while (!(await super.getUpdateComplete()));
    return true;
  }

  // The static HTML of dist/html/ in the element is the same markup as the first render: it
  // gives way to it in one go, before the page paints, so that nothing shows or moves.
  // Each update also checks the element's own classes: a tip of the day becomes a list.
  protected override update(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.replaceChildren();
    this._classSelf();
    super.update(changed);
  }

  /**
   * The element's content root, in its language: the title, the language switcher, the note on a
   * translation, then `body`.
   */
  protected _renderWidget(className: string, body: unknown) {
    const { language, dir, page } = this._shown;
    // Reader View (Readability) deletes a div whose classes score below zero: "content" offsets "widget".
    return html`<div class="hechting-widget hechting-content ${className}" lang=${language} dir=${dir}>
      ${this.noTitle ? nothing : renderHeading(this._level, page.title, 'hechting-title')}
      ${this._renderLanguageSwitcher()} ${this._renderTranslationNote()} ${this._renderTools()} ${body}
    </div>`;
  }

  /** Controls of an element's own, between the note on a translation and the text. */
  protected _renderTools(): unknown {
    return nothing;
  }

  /**
   * The language buttons, a group named "Kies een taal", under that label. Reader View removes the
   * buttons, and print hides them: the label is hidden from assistive technology (the group's name
   * says it), so that Reader View leaves it out too, and print hides the whole switcher.
   */
  private _renderLanguageSwitcher() {
    if (!this._languages.value.length) return nothing;
    const { requested } = this._shown;
    const label = msg('Kies een taal', { id: 'language-switcher.label', desc: 'Label of the group of buttons, one per language, that switch every widget on the page to that language.' });
    return html`<div class="hechting-languages">
      <div class="hechting-languages-label" aria-hidden="true">${label}</div>
      <div class="hechting-language-buttons" role="group" aria-label=${label}>
        ${this._languages.value.map(
          (language) => html`<button
            type="button"
            class="hechting-button"
            lang=${language}
            aria-pressed=${language === requested}
            @click=${() => this._switchLanguage(language)}
          >
            ${nameOf(language)}
          </button>`,
        )}
      </div>
    </div>`;
  }

  private _switchLanguage(language: Language) {
    chooseLanguage(language);
    this._emit('hechting-language-change', { language });
  }

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

  /** A translation says so, with a button for the Dutch original; the original, a way back. */
  private _renderTranslationNote() {
    const { page, language, requested: translation, container } = this._shown;
    const showsOriginal = language !== translation;
    if (container || (!page.translation && !showsOriginal)) return nothing;
    return html`<p class="hechting-translation-note">
      ${
        showsOriginal
          ? msg('Je leest nu de oorspronkelijke Nederlandse tekst.', { id: 'translation-note.original', desc: 'Note shown while a visitor reads the Dutch original of a translated text.' })
          : msg('Deze tekst is vertaald uit het Nederlands.', { id: 'translation-note.translated', desc: 'Note above a text translated from Dutch.' })
      }
      ${
        page.translation === 'unchecked'
          ? msg('Een professionele vertaler heeft de vertaling nog niet gecontroleerd.', {
              id: 'translation-note.unchecked',
              desc: 'Second sentence of the note above a translation that no professional translator has checked yet.',
            })
          : nothing
      }
      <button
        type="button"
        class="hechting-button"
        lang=${showsOriginal ? translation : nothing}
        @click=${() => this._languageController.toggleOriginal()}
      >
        ${showsOriginal ? nameOf(translation) : msg('Toon de Nederlandse tekst', { id: 'translation-note.show-original', desc: 'Button that shows the Dutch original instead of the translation.' })}
      </button>
    </p>`;
  }

  /**
   * The checked value of the attribute of `property` (see attributes.ts), named `_<property>` by
   * the naming rule.
   */
  protected _checked<T>(property: keyof this & string, check: Check<T>): CheckedAttribute<T> {
    return new CheckedAttribute(this, property, check, (property, value, code, advice) => this._warnAbout(property, value, code, advice));
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
