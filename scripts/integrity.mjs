// `npm run integrity`: writes the integrity values of dist/hechting-widget.js and
// dist/hechting-widget.nl.js (made by `npm run build`) into the snippets of the README and of the
// guide for webbeheerders, and the package's version into the guide, so that a copied snippet
// matches the file. The tests fail while a document shows another value.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The documents with `<script src="…hechting-widget(.nl).js" integrity="…">` snippets. */
export const DOCUMENTS = ['README.md', 'docs/handleiding.md'];

/** A snippet's script file (group 2) and integrity value (group 3). */
export const SNIPPET_INTEGRITY = /(<script src="[^"]*(hechting-widget(?:\.nl)?\.js)" integrity=")([^"]*)(")/g;

/** The version in the guide: its title, the CDN address and the update step's `?v=`. */
export const GUIDE_VERSION = /(hechting-widget[ @]|\?v=)(\d+\.\d+\.\d+)/g;

const url = (path) => new URL(`../${path}`, import.meta.url);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(await readFile(url('package.json'), 'utf8'));
  const integrity = {};
  for (const file of ['hechting-widget.js', 'hechting-widget.nl.js']) integrity[file] = (await readFile(url(`dist/${file}.sri`), 'utf8')).trim();
  for (const document of DOCUMENTS) {
    let text = (await readFile(url(document), 'utf8')).replace(SNIPPET_INTEGRITY, (_, start, file, _value, end) => `${start}${integrity[file]}${end}`);
    if (document === 'docs/handleiding.md') text = text.replace(GUIDE_VERSION, `$1${version}`);
    await writeFile(url(document), text);
    console.log(`${document}: ${[...text.matchAll(SNIPPET_INTEGRITY)].length} snippets`);
  }
}
