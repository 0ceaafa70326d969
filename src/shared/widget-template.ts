// The markup the three elements share, as templates of what they show (a view): the element in
// the browser and the server renderer (src/server.ts) render the same templates from the same
// views, so that the server's text and the element's cannot drift apart.
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { renderHeading } from '../content/render.js';
import { ids, parsed, parseHeadingLevel, type Check } from './attributes.js';
import type { Shown } from './language-controller.js';
import { inFullScriptOnly, LANGUAGES, nameOf, parseLanguage, type Language } from './languages.js';
import { inLocale } from './localization.js';

/** The languages a `languages` value names, by tag (`nl-BE` is `nl`). */
const SWITCHER_LANGUAGES = ids(LANGUAGES, parseLanguage);

/** How every element checks its own attributes (attributes.ts). */
export const WIDGET_CHECKS = {
  headingLevel: parsed(parseHeadingLevel, undefined, 'HW201', 'use a number from 1 to 6'),
  /**
   * The languages the switcher offers: all for an empty value, none without the attribute. The
   * Dutch-only script names the languages it leaves out that the full one has, instead of calling
   * them unknown.
   */
  languages: {
    absent: [],
    check: (value, warn) => {
      const elsewhere = inFullScriptOnly(value.split(/\s+/));
      if (elsewhere) warn('HW305', elsewhere);
      return value.trim() ? SWITCHER_LANGUAGES.check(value, elsewhere ? () => {} : warn) : LANGUAGES;
    },
  } satisfies Check<readonly Language[]>,
};

/**
 * The classes the elements give themselves, beside the page's own. Reader View (Readability) takes
 * the element with the most text as the article and adds an element beside it only if that scores
 * high or has the very same classes. A short element (a tip of the day, a help box) scores too low
 * beside a short one, so it also has a class with "text", which counts for a block. The long ones
 * do without: with it, Reader View takes a column of them over the page's own text more often.
 * Measured with scripts/reader-view-sweep.mjs (README, "Reader View").
 */
export const ELEMENT_CLASS = 'hechting-element';
export const SHORT_CLASS = 'hechting-text';

/** What an element shows, and how: everything its template renders from. */
export interface WidgetView extends Omit<Shown, 'container'> {
  /** Part of another widget (the `<hulp-link>` that `hulp-href` adds): no note on a translation. */
  readonly part: boolean;
  /** The level of the element's title. */
  readonly level: number;
  readonly noTitle: boolean;
  /** The languages of the language buttons; none for no buttons. */
  readonly languages: readonly Language[];
  /** What the buttons do, in the browser; a server's view has none. */
  readonly onChooseLanguage?: (language: Language) => void;
  readonly onToggleOriginal?: () => void;
}

/**
 * The element's content root, in its language: the title, the language switcher, the note on a
 * translation, the element's own `tools`, then `body`.
 */
export function renderWidget(view: WidgetView, className: string, tools: unknown, body: unknown) {
  const { language, dir, page, level, noTitle } = view;
  // Reader View (Readability) deletes a div whose classes score below zero: "content" offsets "widget".
  return html`<div class="hechting-widget hechting-content ${className}" lang=${language} dir=${dir}>
    ${noTitle ? nothing : renderHeading(level, page.title, 'hechting-title')}
    ${renderLanguageSwitcher(view)} ${renderTranslationNote(view)} ${tools} ${body}
  </div>`;
}

/**
 * The language buttons, a group named "Kies een taal", under that label. Reader View removes the
 * buttons, and print hides them: the label is hidden from assistive technology (the group's name
 * says it), so that Reader View leaves it out too, and print hides the whole switcher. After the
 * buttons, a status says "Nu in het Nederlands" in the language now shown, in the widget whose
 * button changed it only (Shown.announce): a screen reader says it once, and other widgets
 * change silently.
 */
function renderLanguageSwitcher({ languages, requested, announce, onChooseLanguage }: WidgetView) {
  if (!languages.length) return nothing;
  const label = msg('Kies een taal', { id: 'language-switcher.label', desc: 'Label of the group of buttons, one per language, that switch every widget on the page to that language.' });
  return html`<div class="hechting-languages">
    <div class="hechting-languages-label" aria-hidden="true">${label}</div>
    <div class="hechting-language-buttons" role="group" aria-label=${label}>
      ${languages.map(
        (language) => html`<button
          type="button"
          class="hechting-button"
          lang=${language}
          aria-pressed=${language === requested}
          @click=${onChooseLanguage && (() => onChooseLanguage(language))}
        >
          ${nameOf(language)}
        </button>`,
      )}
    </div>
    <span role="status">${announce ? msg('Nu in het Nederlands', { id: 'language-switcher.now', desc: 'Said once a widget has switched to this language, after the visitor pressed one of its buttons: names this very language.' }) : nothing}</span>
  </div>`;
}

/**
 * A translation says so, with a toggle button for the Dutch original: one name, in the
 * translation's language, and pressed while the original shows.
 */
function renderTranslationNote({ page, language, requested: translation, part, onToggleOriginal }: WidgetView) {
  const showsOriginal = language !== translation;
  if (part || (!page.translation && !showsOriginal)) return nothing;
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
    <button type="button" class="hechting-button" lang=${translation} aria-pressed=${showsOriginal} @click=${onToggleOriginal}>
      ${inLocale(translation, () => msg('Toon de Nederlandse tekst', { id: 'translation-note.show-original', desc: 'Toggle button that shows the Dutch original instead of the translation, pressed while it shows.' }))}
    </button>
  </p>`;
}
