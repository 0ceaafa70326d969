// The content of each page in each language, as the build wrote it (scripts/build-content.mjs).
import { pages } from '../generated/content/index.js';
import type { Language } from '../shared/languages.js';
import type { Page, PageName, Section } from './types.js';

export function pageFor(language: Language, name: PageName): Page {
  return pages[language][name];
}

/** The sections of a page whose ids are in `ids`, in the page's order. */
export function sectionsOf(page: Page, ids: readonly string[]): Section[] {
  return page.sections.filter((section) => ids.includes(section.heading.id));
}
