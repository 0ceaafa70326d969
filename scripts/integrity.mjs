// `npm run integrity`: writes the integrity values of dist/hechting-widget.js and
// dist/hechting-widget.nl.js (made by `npm run build`) into the snippets of the README and of the
// guide for webbeheerders, and the package's version into the guide, so that a copied snippet
// matches the file. `npm run release` refuses while a document shows another value
// (staleDocuments); `npm test` does not check the values, so a code change does not have to
// rewrite the README.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The documents with `<script src="…hechting-widget(.nl).js" integrity="…">` snippets. */
export const DOCUMENTS = ['README.md', 'docs/handleiding.md'];

/** A snippet's script file (group 2) and integrity value (group 3). */
export const SNIPPET_INTEGRITY = /(<script src="[^"]*(hechting-widget(?:\.nl)?\.js)" integrity=")([^"]*)(")/g;

/** The version in the guide: its title, the CDN address (and `@<version>` after it), and the update step's `?v=`. */
export const GUIDE_VERSION = /(hechting-widget[ @]|\?v=|`@)(\d+\.\d+\.\d+)/g;

const url = (path) => new URL(`../${path}`, import.meta.url);

/** The version in package.json and the integrity value of each built script, from its `.sri` file. */
export async function currentValues() {
  const { version } = JSON.parse(await readFile(url('package.json'), 'utf8'));
  const integrity = {};
  for (const file of ['hechting-widget.js', 'hechting-widget.nl.js']) integrity[file] = (await readFile(url(`dist/${file}.sri`), 'utf8')).trim();
  return { version, integrity };
}

/** `text` of `document` with the snippets showing `integrity` and (in the guide) `version`. */
export function stamp(document, text, { version, integrity }) {
  const stamped = text.replace(SNIPPET_INTEGRITY, (_, start, file, _value, end) => `${start}${integrity[file]}${end}`);
  return document === 'docs/handleiding.md' ? stamped.replace(GUIDE_VERSION, `$1${version}`) : stamped;
}

/** The documents (in `dir`, the repository's by default) whose snippets or version differ from `values` (the build's by default). */
export async function staleDocuments(values, dir = url('')) {
  values ??= await currentValues();
  const stale = [];
  for (const document of DOCUMENTS) {
    const text = await readFile(new URL(document, dir), 'utf8');
    if (stamp(document, text, values) !== text) stale.push(document);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const values = await currentValues();
  for (const document of DOCUMENTS) {
    const text = stamp(document, await readFile(url(document), 'utf8'), values);
    await writeFile(url(document), text);
    console.log(`${document}: ${[...text.matchAll(SNIPPET_INTEGRITY)].length} snippets`);
  }
}
