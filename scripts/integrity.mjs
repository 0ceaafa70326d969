// `npm run integrity`: writes the integrity values of dist/hechting-widget.js and
// dist/hechting-widget.nl.js (made by `npm run build`) into the snippets of the README and of the
// guide for webbeheerders, the package's version into the guide, and the files' sizes into the
// README, so that a copied snippet matches the file and no figure goes stale. `npm run release`
// refuses while a document shows another value (staleDocuments); `npm test` checks the sizes
// (tests/build/size.test.mjs) but not the values, so that a code change does not have to rewrite
// the README's snippets each time.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSize } from './sizes.mjs';

/** The documents with `<script src="…hechting-widget(.nl).js" integrity="…">` snippets. */
export const DOCUMENTS = ['README.md', 'docs/handleiding.md'];

/** A snippet's script file (group 2) and integrity value (group 3). */
export const SNIPPET_INTEGRITY = /(<script src="[^"]*(hechting-widget(?:\.nl)?\.js)" integrity=")([^"]*)(")/g;

/** The version in the guide: its title, the CDN address (and `@<version>` after it), and the update step's `?v=`. */
export const GUIDE_VERSION = /(hechting-widget[ @]|\?v=|`@)(\d+\.\d+\.\d+)/g;

/** The version each document names (group 2), where it names one: the accessibility statement says which version it covers, the plugin which version it is. */
const VERSIONS = {
  'docs/handleiding.md': GUIDE_VERSION,
  'docs/toegankelijkheid.md': /(in versie )(\d+\.\d+\.\d+)/g,
  // The WordPress plugin's header, its constant and its readme's stable tag.
  'wordpress/hechting-widget.php': /(^ \* Version: +|^const VERSION = ')(\d+\.\d+\.\d+)/gm,
  'wordpress/readme.txt': /(^Stable tag: )(\d+\.\d+\.\d+)/gm,
};

/** Every document `npm run integrity` writes to. */
export const STAMPED = [...new Set([...DOCUMENTS, ...Object.keys(VERSIONS)])];

/** A script's sizes in the README (group 2: the file): "(`hechting-widget.js`, 107 kB, 36 kB gzipped". */
export const README_SIZES = /(`(hechting-widget(?:\.nl)?\.js)`, )\d+ kB, \d+ kB gzipped/g;

/** A size as the README shows it: in kB of 1,000 bytes, rounded. */
export const kB = (bytes) => `${Math.round(bytes / 1000)} kB`;

const url = (path) => new URL(`../${path}`, import.meta.url);

/** The version in package.json, and of each built script its integrity value (from its `.sri` file) and its sizes. */
export async function currentValues() {
  const { version } = JSON.parse(await readFile(url('package.json'), 'utf8'));
  const integrity = {};
  const sizes = {};
  for (const file of ['hechting-widget.js', 'hechting-widget.nl.js']) {
    integrity[file] = (await readFile(url(`dist/${file}.sri`), 'utf8')).trim();
    const bytes = await readFile(url(`dist/${file}`));
    sizes[file] = { bytes: bytes.length, gzip: gzipSize(bytes) };
  }
  return { version, integrity, sizes };
}

/** `text` of `document` with the snippets showing `integrity`, the version it names `version`, and the README's sizes `sizes` (where given). */
export function stamp(document, text, { version, integrity, sizes }) {
  let stamped = text.replace(SNIPPET_INTEGRITY, (_, start, file, _value, end) => `${start}${integrity[file]}${end}`);
  if (VERSIONS[document]) stamped = stamped.replace(VERSIONS[document], `$1${version}`);
  if (sizes) stamped = stamped.replace(README_SIZES, (_, start, file) => `${start}${kB(sizes[file].bytes)}, ${kB(sizes[file].gzip)} gzipped`);
  return stamped;
}

/** The documents (in `dir`, the repository's by default) whose snippets or version differ from `values` (the build's by default). */
export async function staleDocuments(values, dir = url('')) {
  values ??= await currentValues();
  const stale = [];
  for (const document of STAMPED) {
    const text = await readFile(new URL(document, dir), 'utf8');
    if (stamp(document, text, values) !== text) stale.push(document);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const values = await currentValues();
  for (const document of STAMPED) {
    const text = stamp(document, await readFile(url(document), 'utf8'), values);
    await writeFile(url(document), text);
    console.log(`${document}: ${[...text.matchAll(SNIPPET_INTEGRITY)].length} snippets`);
  }
}
