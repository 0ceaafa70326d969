import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from '../content/types.js';
import { declaredLanguage, directionOf, inFullScriptOnly, LANGUAGES, nameOf, parseLanguage, SOURCE_LANGUAGE, type Language } from './languages.js';
import { quote, warn, warnAttribute } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected widget's controller, by its widget, to tell of a change of language. */
const controllers = new Map<HTMLElement, LanguageController>();

/** The language the visitor chose with a language switcher: it applies to every widget. */
let chosenLanguage: Language | undefined;

/** The widget whose button last changed a language shown: it alone says so (Shown.announce). */
let announcer: HTMLElement | undefined;

/** The documents watched: widgets may live in several (an element moved into an iframe). */
const watched = new WeakSet<Document>();

/** Watches `lang` anywhere in the document (on `<html>`, an ancestor, the element itself). */
function watchLangAttributes(document: Document) {
  if (watched.has(document)) return;
  watched.add(document);
  new MutationObserver((records) => {
    // A widget's own content root changing its lang is the widget's doing, not the page's.
    if (records.every((record) => (record.target as Element).classList.contains('hechting-widget'))) return;
    for (const controller of controllers.values()) controller.recheck();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * What a widget shows, in which language: worked out once before each update. Its interface
 * strings are msg()'s, which the update runs in this language for (localization.ts).
 */
export interface Shown {
  /** The language of the text shown. */
  readonly language: Language;
  readonly dir: 'ltr' | 'rtl';
  /** The element's page in that language. */
  readonly page: Page;
  /** The language asked for; the text is in Dutch instead while the visitor reads the original. */
  readonly requested: Language;
  /**
   * The widget this one is part of: the one whose `hulp-href` added this `<hulp-link>`. A part
   * shows its container's language, without a note on the translation, and its host texts
   * (`hulp-label`) come from the container's markup.
   */
  readonly container?: HTMLElement;
  /**
   * `lang` for the host's own texts (a name, a link text): the language of the markup they come
   * from, where that is not the language shown (a Dutch link text in a widget a visitor switched to
   * Arabic), so that they are read out and translated as what they are.
   */
  readonly hostTextLang?: string;
  /** Whether this widget's own button changed the language shown: it says so, and no other widget. */
  readonly announce?: boolean;
}

// A well-formed language tag, as the host's markup may declare it.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/**
 * Decides which language a widget shows: the visitor's choice in a language switcher, else the
 * element's `lang`, else the nearest ancestor's, else `<html lang>`, else Dutch. A widget that is
 * part of another follows it. The visitor may also ask a translated widget for the Dutch original.
 */
export class LanguageController implements ReactiveController {
  /** The language last shown. */
  private _language: Language = SOURCE_LANGUAGE;

  /** The translation whose Dutch original the visitor asked for, while it is still asked for. */
  private _originalOf?: Language;

  /** The unsupported `lang` value last warned about, so that each is named once. */
  private _warnedAbout?: string;

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  hostConnected(): void {
    controllers.set(this._host, this);
    watchLangAttributes(this._host.ownerDocument);
    // Moved to another place on the page, the widget may be under another lang.
    this.recheck();
  }

  hostDisconnected(): void {
    controllers.delete(this._host);
  }

  // A change that came while an update was under way, after it had resolved its language (a move
  // under another lang), asks for one more.
  hostUpdated(): void {
    this.recheck();
  }

  /** What the widget shows, with its page from `pages`. */
  resolve(pages: Readonly<Record<string, Page>>): Shown {
    const container = this._container();
    const requested = this._findRequested(container);
    if (this._originalOf !== requested) this._originalOf = undefined;
    const language = (this._language = this._languageFor(requested));
    return { ...shownIn(language, pages, declaredLanguage(container ?? this._host)), requested, container, announce: announcer === this._host };
  }

  /** Shows the Dutch original of the translation shown, or the translation again. */
  toggleOriginal(): void {
    this._originalOf = this._originalOf ? undefined : this._language;
    announcer = this._host;
    this._host.requestUpdate();
  }

  /** Updates the widget when the language it would show is no longer the one it shows. */
  recheck(): void {
    if (this._languageFor(this._findRequested(this._container())) !== this._language) this._host.requestUpdate();
  }

  /** The widget this one is part of (see Shown.container): the widget whose content root it is in. */
  private _container(): HTMLElement | undefined {
    const container = this._host.parentElement?.closest('.hechting-widget')?.parentElement;
    return container && controllers.has(container) ? container : undefined;
  }

  private _languageFor(requested: Language): Language {
    return this._originalOf === requested ? SOURCE_LANGUAGE : requested;
  }

  // A part takes its container's language from the lang its container gives it.
  private _findRequested(container: HTMLElement | undefined): Language {
    if (chosenLanguage && !container) return chosenLanguage;
    const declared = declaredLanguage(this._host);
    if (declared === undefined) return SOURCE_LANGUAGE;
    const language = parseLanguage(declared);
    if (language) return language;
    if (this._warnedAbout !== declared) {
      this._warnedAbout = declared;
      warnAboutLanguage(this._host.localName, declared, this._host.getAttribute('lang') === declared);
    }
    return SOURCE_LANGUAGE;
  }
}

/**
 * What a widget in `language` shows from `pages`, with the `lang` its markup declares (for the
 * host's own texts): in the browser and on a server alike.
 */
export function shownIn(language: Language, pages: Readonly<Record<string, Page>>, declared: string | undefined) {
  const hostTextLang = declared && LANGUAGE_TAG.test(declared) && parseLanguage(declared) !== language ? declared : undefined;
  return { language, dir: directionOf(language), page: pages[language], hostTextLang };
}

/** The one warning about a `lang` the widget has no language for: the element's own, or the page's. */
export function warnAboutLanguage(localName: string, declared: string, own: boolean): void {
  const elsewhere = inFullScriptOnly([declared]);
  const why = elsewhere ?? `not a language of this widget; use ${LANGUAGES.join(', ')}.`;
  const showing = ` Showing ${nameOf(SOURCE_LANGUAGE)}.`;
  if (own) warnAttribute(localName, 'lang', declared, elsewhere ? 'HW303' : 'HW301', why + showing);
  else warn(elsewhere ? 'HW304' : 'HW302', `<${localName}>: the page's language ${quote(declared)}: ${why} Or set lang on the element.${showing}`);
}

/** The visitor's choice in the language switcher of `by`: every widget on the page switches, and `by` says so. */
export function chooseLanguage(language: Language, by?: HTMLElement): void {
  chosenLanguage = language;
  announcer = by;
  for (const controller of controllers.values()) controller.recheck();
}
