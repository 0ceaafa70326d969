// Whose text a bundle holds: each element's page title in every language, as content/ has it, is
// looked for in the bundled code. Shared by element-bundles.test.mjs and tarball.test.mjs.
import { PAGES, readContent } from '../../scripts/build-content.mjs';

/** The code with its \u and \x escapes written as the characters they stand for: a bundler may escape any character outside ASCII. */
export const unescaped = (code) => code.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/gi, (escape, point, unit, byte) => String.fromCodePoint(parseInt(point ?? unit ?? byte, 16)));

let content;

/**
 * For each element (hechting-uitleg, band-tips, hulp-link), how many of its titles (one for each
 * language) the code holds, how many there are, and the languages of those it holds.
 */
export async function titlesIn(code) {
  content ??= await readContent();
  const text = unescaped(code);
  return Object.fromEntries(
    PAGES.map((page) => {
      const languages = Object.keys(content).filter((language) => text.includes(JSON.stringify(content[language][page].title).slice(1, -1)));
      return [page, { present: languages.length, total: Object.keys(content).length, languages }];
    }),
  );
}
