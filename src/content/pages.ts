// What the elements do with their pages (src/generated/content/<page>.ts).
import type { Page, Section } from './types.js';

/** The sections of a page whose ids are in `ids`, in the page's order. */
export function sectionsOf(page: Page, ids: readonly string[]): Section[] {
  return page.sections.filter((section) => ids.includes(section.heading.id));
}
