import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { declaredLanguage, LANGUAGES, nameOf, parseLanguage, SOURCE_LANGUAGE, type Language } from './languages.js';
import { quote, warn, warnAttribute } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected widget's controller, to tell of a change of language. */
const controllers = new Set<LanguageController>();

/** The language the visitor chose with a language switcher: it applies to every widget. */
let chosenLanguage: Language | undefined;

/** The documents watched: widgets may live in several (an element moved into an iframe). */
const watched = new WeakSet<Document>();

/** Watches `lang` anywhere in the document (on `<html>`, an ancestor, the element itself). */
function watchLangAttributes(document: Document) {
  if (watched.has(document)) return;
  watched.add(document);
  new MutationObserver((records) => {
    // A widget's own content root changing its lang is the widget's doing, not the page's.
    if (records.every((record) => (record.target as Element).classList.contains('hechting-widget'))) return;
    for (const controller of controllers) controller.recheck();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Decides which language a widget shows: the visitor's choice in a language switcher, else the
 * element's `lang`, else the nearest ancestor's, else `<html lang>`, else Dutch. A widget inside
 * another (the `<hulp-link>` of `hulp-href`) follows the one it is in. The visitor may also ask a
 * translated widget for the Dutch original.
 */
export class LanguageController implements ReactiveController {
  /** The language the widget shows: set before each update. */
  language: Language = SOURCE_LANGUAGE;

  /** The language asked for by the visitor or the page: set before each update. */
  requested: Language = SOURCE_LANGUAGE;

  /** The translation whose Dutch original the visitor asked for, while it is still asked for. */
  private _originalOf?: Language;

  /** The unsupported `lang` value last warned about, so that each is named once. */
  private _warnedAbout?: string;

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLangAttributes(this._host.ownerDocument);
    // Moved to another place on the page, the widget may be under another lang.
    this.recheck();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Whether the widget is inside another one, whose language it follows. */
  get nested(): boolean {
    return Boolean(this._host.parentElement?.closest('.hechting-widget'));
  }

  /** Whether the widget shows the Dutch original of the translation asked for. */
  get showsOriginal(): boolean {
    return this._originalOf !== undefined;
  }

  /** Works out `requested` and `language`, and returns the language. */
  resolve(): Language {
    this.requested = this._findRequested();
    if (this._originalOf !== this.requested) this._originalOf = undefined;
    this.language = this._languageFor(this.requested);
    return this.language;
  }

  /** Shows the Dutch original of the translation shown, or the translation again. */
  toggleOriginal(): void {
    this._originalOf = this._originalOf ? undefined : this.language;
    this._host.requestUpdate();
  }

  /** Updates the widget when the language it would show is no longer the one it shows. */
  recheck(): void {
    if (this._languageFor(this._findRequested()) !== this.language) this._host.requestUpdate();
  }

  private _languageFor(requested: Language): Language {
    return this._originalOf === requested ? SOURCE_LANGUAGE : requested;
  }

  private _findRequested(): Language {
    if (chosenLanguage && !this.nested) return chosenLanguage;
    const declared = declaredLanguage(this._host);
    if (declared === undefined) return SOURCE_LANGUAGE;
    const language = parseLanguage(declared);
    if (language) return language;
    if (this._warnedAbout !== declared) {
      this._warnedAbout = declared;
      const advice = `is not a language of this widget (${LANGUAGES.join(', ')}); showing ${nameOf(SOURCE_LANGUAGE)}.`;
      if (this._host.getAttribute('lang') === declared) warnAttribute(this._host.localName, 'lang', declared, advice);
      else warn(`<${this._host.localName}>: the page's language ${quote(declared)} ${advice} Set lang on the element to choose one.`);
    }
    return SOURCE_LANGUAGE;
  }
}

/** The visitor's choice in a language switcher: every widget on the page switches. */
export function chooseLanguage(language: Language): void {
  chosenLanguage = language;
  for (const controller of controllers) controller.recheck();
}
