import { msg } from '@lit/localize';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { renderHeading } from '../content/render.js';
import type { Page } from '../content/types.js';
import { VERSION } from '../generated/version.js';
import { MAX_TEXT_LENGTH, parseHeadingLevel, parseHref, parseText, splitIds } from './attributes.js';
import { chooseLanguage, LanguageController } from './language-controller.js';
import { directionOf, LANGUAGES, nameOf, parseLanguage, type Language } from './languages.js';
import { inLocale } from './localization.js';
import type { HechtingEventDetails } from './events.js';
import { adoptStyles } from './styles.js';
import { quote, warnAttribute } from './warn.js';

const DEFAULT_HEADING_LEVEL = 2;

/**
 * What the three elements share: light DOM rendering with the one adopted stylesheet, the
 * `lang`, `languages`, `heading-level` and `no-title` attributes, the note on translated text,
 * and the rule for bad attribute values (fall back to the default and warn once, never throw).
 *
 * @attr lang - Language: nl, en, ar, tr, pl or uk (a region is ignored); default the nearest `lang` above, then `<html lang>`, then nl.
 * @attr languages - Shows language buttons for these languages (empty: all); a visitor's choice switches every widget on the page.
 * @attr heading-level - Level of the title, 1–6 (default 2); sub-headings are one deeper, at most 6.
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
 * @cssprop --hechting-focus-outline-color - Colour of the focus outline (else `--utrecht-focus-outline-color`, `--basis-focus-outline-color`, the text colour).
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
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Level of the element's title, 1–6; its sub-headings are one deeper, at most 6. */
  headingLevel?: string | number;

  /** Hides the element's own title, for a page that already shows it. */
  noTitle = false;

  /** Space-separated languages for a language switcher in the widget; empty for all. */
  languages?: string;

  /** The resolved `heading-level`. */
  protected _level = DEFAULT_HEADING_LEVEL;

  /** The languages the switcher offers; none without `languages`. */
  private _switcherLanguages: readonly Language[] = [];

  protected readonly _languageController = new LanguageController(this);

  /** The language the element shows, resolved before each update. */
  protected get _language(): Language {
    return this._languageController.language;
  }

  // Light DOM: read-aloud tools, browser translation, find-in-page, print and search engines read
  // the page's own DOM and skip shadow roots.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  // Each update runs with its language as the locale of msg().
  protected override scheduleUpdate(): Promise<void> {
    return inLocale(
      () => this._languageController.resolve(),
      () => super.scheduleUpdate(),
    );
  }

  // The static HTML of dist/html/ in the element is the same markup as the first render: it
  // gives way to it in one go, before the page paints, so that nothing shows or moves.
  protected override update(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.replaceChildren();
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      this._level = this._resolve('heading-level', this.headingLevel, parseHeadingLevel, DEFAULT_HEADING_LEVEL, 'use a number from 1 to 6');
    }
    if (changed.has('languages')) {
      this._switcherLanguages = this.languages == null ? [] : this.languages.trim() ? this._resolveIds('languages', this.languages, LANGUAGES, parseLanguage) : LANGUAGES;
    }
  }

  /**
   * The element's content root, in its language: the title, the language switcher, the note on a
   * translation, then `body`.
   */
  protected _renderWidget(className: string, page: Page, body: unknown) {
    // Reader View (Readability) deletes a div whose classes score below zero: "content" offsets "widget".
    return html`<div class="hechting-widget hechting-content ${className}" lang=${this._language} dir=${directionOf(this._language)}>
      ${this.noTitle ? nothing : renderHeading(this._level, page.title, 'hechting-title')}
      ${this._renderLanguageSwitcher()} ${this._renderTranslationNote(page)} ${this._renderTools()} ${body}
    </div>`;
  }

  /** Controls of an element's own, between the note on a translation and the text. */
  protected _renderTools(): unknown {
    return nothing;
  }

  private _renderLanguageSwitcher() {
    if (!this._switcherLanguages.length) return nothing;
    const { requested } = this._languageController;
    return html`<fieldset class="hechting-languages">
      <legend>${msg('Kies een taal', { id: 'language-switcher.label', desc: 'Label of the group of buttons, one per language, that switch every widget on the page to that language.' })}</legend>
      <div class="hechting-language-buttons">
        ${this._switcherLanguages.map(
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
    </fieldset>`;
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
  private _renderTranslationNote(page: Page) {
    const { nested, showsOriginal, requested: translation } = this._languageController;
    if (nested || (!page.translation && !showsOriginal)) return nothing;
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
   * Parses an attribute's value. A value `parse` rejects gives `fallback` and one warning that
   * names the element, the attribute and the value; an absent value gives `fallback` silently.
   */
  protected _resolve<T>(attribute: string, value: unknown, parse: (value: string) => T | undefined, fallback: T, advice: string): T {
    if (value === undefined || value === null) return fallback;
    const parsed = parse(String(value));
    if (parsed !== undefined) return parsed;
    warnAttribute(this.localName, attribute, String(value), `${advice}.`);
    return fallback;
  }

  /** A link attribute's address, checked (see parseHref); undefined, with one warning, when refused. */
  protected _resolveHref(attribute: string, value: string | undefined): string | undefined {
    return this._resolve(attribute, value, parseHref, undefined, 'only https:, http:, mailto: and tel: addresses are linked; showing where parents can turn instead');
  }

  /**
   * A host's text (a name, a link text) as shown: control and direction-override characters are
   * left out, with one warning; a text longer than MAX_TEXT_LENGTH is left out whole, with one
   * warning. Undefined for no text.
   */
  protected _resolveText(attribute: string, value: string | undefined): string | undefined {
    if (value === undefined || value === null) return undefined;
    const { text, cleaned } = parseText(value);
    if (text.length > MAX_TEXT_LENGTH) {
      warnAttribute(this.localName, attribute, value, `is longer than ${MAX_TEXT_LENGTH} characters; it is left out.`);
      return undefined;
    }
    if (cleaned) warnAttribute(this.localName, attribute, value, 'has control or text-direction characters; they are left out.');
    return text || undefined;
  }

  /**
   * The ids of a space-separated attribute that are among `known`, in that order; `normalize`
   * maps a word to its id (or undefined). Unknown words are named in one warning; when none is
   * known (or the value is empty), all of `known` are used.
   */
  protected _resolveIds<T extends string>(
    attribute: string,
    value: string | undefined,
    known: readonly T[],
    normalize: (word: string) => T | undefined = (word) => known.find((id) => id === word),
  ): T[] {
    if (value === undefined || value === null) return [...known];
    const words = splitIds(value);
    const wanted = words.map(normalize);
    const unknown = words.filter((_, i) => wanted[i] === undefined);
    const chosen = known.filter((id) => wanted.includes(id));
    if (unknown.length || !chosen.length) {
      warnAttribute(
        this.localName,
        attribute,
        value,
        `${unknown.length ? `unknown ${unknown.slice(0, 3).map(quote).join(', ')}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''}` : 'no ids given'}; ` +
          `use ${known.join(', ')}. ${chosen.length ? 'Showing the others' : 'Showing all'}.`,
      );
    }
    return chosen.length ? chosen : [...known];
  }
}
