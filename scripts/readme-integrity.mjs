// `npm run integrity`: writes the integrity value of dist/hechting-widget.js (made by
// `npm run build`) into the README's embed snippet, so that a copied snippet matches the file.
// The tests fail while the README shows another value.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const README = new URL('../README.md', import.meta.url);
const SRI = new URL('../dist/hechting-widget.js.sri', import.meta.url);

/** The README's `<script … integrity="…">` values, in order. */
export const SNIPPET_INTEGRITY = /(<script src="[^"]*hechting-widget\.js" integrity=")([^"]*)(")/g;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const integrity = (await readFile(SRI, 'utf8')).trim();
  const readme = await readFile(README, 'utf8');
  const updated = readme.replace(SNIPPET_INTEGRITY, `$1${integrity}$3`);
  if (updated === readme && !readme.includes(integrity)) throw new Error('README.md has no <script src="…hechting-widget.js" integrity="…"> to update');
  await writeFile(README, updated);
  console.log(`README.md: integrity="${integrity}"`);
}
