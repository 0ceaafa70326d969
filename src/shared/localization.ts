// Interface strings through @lit/localize in runtime mode, with every locale bundled, so that a
// switch of language makes no request.
import { configureLocalization } from '@lit/localize';
import { localeModules } from '../generated/locales/index.js';
import { SOURCE_LANGUAGE, type Language } from './languages.js';

let setLocale: ((locale: string) => Promise<void>) | undefined;

// Configured at the first update rather than on import, so that importing an element's class
// has no side effect (the package's class modules). The Dutch-only build bundles no other locale
// (no localeModules): there msg() gives the Dutch strings as they are, and the file leaves
// @lit/localize's runtime out.
function localization() {
  setLocale ??= localeModules
    ? configureLocalization({
        sourceLocale: SOURCE_LANGUAGE,
        targetLocales: Object.keys(localeModules),
        loadLocale: async (locale) => localeModules[locale as keyof typeof localeModules],
      }).setLocale
    : async () => undefined;
  return setLocale;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `update` with the language `languageOf` returns, at its turn, as the locale of `msg()`.
 * @lit/localize has one locale per page, and setLocale() is asynchronous, while elements on one
 * page may show different languages (a visitor's choice, a `lang` per element). So updates take
 * turns, each with its own locale set. A design without the queue would have to look up the
 * strings without msg(), that is, without @lit/localize. When every element shows the same
 * language, a turn costs a few microtasks and no locale switch.
 */
export function inLocale(languageOf: () => Language, update: () => void): Promise<void> {
  const turn = queue.then(async () => {
    await localization()(languageOf());
    update();
  });
  queue = turn.catch(() => undefined);
  return turn;
}
