// Interface strings through @lit/localize, with every locale bundled, so that a switch of language
// makes no request. Elements on one page may show different languages (a visitor's choice, a
// `lang` per element), and a server renders one language after another: so msg() looks up the
// language of the render under way (@lit/localize's reentrant mode), not one locale per page.
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { localeModules } from '../generated/locales/index.js';
import { SOURCE_LANGUAGE, type Language } from './languages.js';

let current = SOURCE_LANGUAGE;
let configured = false;

/**
 * Runs `render` with `language` as the locale of msg(). Configured at the first render rather than
 * on import, so that importing an element's class has no side effect (the package's class
 * modules). The Dutch-only build bundles no other locale (no localeModules): there msg() gives the
 * Dutch strings as they are, and the file leaves @lit/localize's runtime out.
 */
export function inLocale<T>(language: Language, render: () => T): T {
  if (!localeModules) return render();
  if (!configured) {
    configured = true;
    configureReentrantLocalization({
      sourceLocale: SOURCE_LANGUAGE,
      targetLocales: Object.keys(localeModules),
      getLocale: () => current,
      loadLocaleSync: (locale) => localeModules[locale as keyof typeof localeModules],
    });
  }
  const previous = current;
  current = language;
  try {
    return render();
  } finally {
    current = previous;
  }
}
