// The languages of the widget and how an element finds the one it shows. The list comes from
// lit-localize.json through the content build, so content and interface strings always match.
import { ALL_LANGUAGES, LANGUAGES } from '../generated/content/index.js';

export type Language = (typeof LANGUAGES)[number];
export { LANGUAGES };
export const SOURCE_LANGUAGE: Language = LANGUAGES[0];

// Scripts written right to left, by language; the rest is left to right.
const RIGHT_TO_LEFT = ['ar', 'fa', 'he', 'ps', 'ur', 'yi'];

/** A language tag's language, in lower case, without its region (`nl-BE`, `nl_be`: `nl`). */
const primaryOf = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0];

/**
 * The supported language of a language tag, ignoring case and region (`nl-BE` is `nl`, `ar-MA`
 * is `ar`); undefined for any other language.
 */
export function parseLanguage(tag: string): Language | undefined {
  const primary = primaryOf(tag);
  return LANGUAGES.find((language) => language === primary);
}

/**
 * Where the Dutch-only script is asked for languages that only the script with every language
 * has (`en` of `en-GB`): what a warning says about them. Undefined for none.
 */
export function inFullScriptOnly(tags: readonly string[]): string | undefined {
  const missing = tags.filter((tag) => !parseLanguage(tag) && ALL_LANGUAGES.includes(primaryOf(tag))).map(primaryOf);
  return missing.length ? `this script has only ${LANGUAGES.join(', ')}; for ${missing.join(', ')}, load hechting-widget.js instead.` : undefined;
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr';
}

const names = new Map<Language, string>();

/** The language's name in itself ("Nederlands", "العربية"), as a language switcher shows it. */
export function nameOf(language: Language): string {
  let name = names.get(language);
  if (!name) {
    const own = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    name = own.charAt(0).toLocaleUpperCase(language) + own.slice(1);
    names.set(language, name);
  }
  return name;
}

/**
 * The `lang` that applies to an element from its markup: its own non-empty `lang` attribute, else
 * the nearest ancestor's (also outside a shadow root it is in), else none.
 */
export function declaredLanguage(element: Element): string | undefined {
  for (let node: Element | null = element; node;) {
    const marked = node.closest('[lang]:not([lang=""])');
    if (marked) return marked.getAttribute('lang')!;
    // A shadow root has a host; a document has none.
    node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return undefined;
}
