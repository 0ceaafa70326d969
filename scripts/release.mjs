// `npm run release`: writes release/hechting-widget-<version>.zip, the folder a webmaster without
// Node puts on their server: dist/ as built (without the npm package's lib/), the licence, the
// changelog, the Dutch guide for webbeheerders (docs/handleiding.md, also as HTML) and the
// accessibility statement; and release/hechting-widget-wordpress-<version>.zip, the WordPress
// plugin (scripts/wordpress-plugin.mjs). Byte-identical for the same sources: the files go in
// sorted, and every file's date is the release's date in CHANGELOG.md. Run after `npm run build` (npm run release
// builds first). Refuses, writing nothing, while CHANGELOG.md has entries under `## Unreleased` or
// its latest version is not package.json's, and while the README or the guide shows another
// integrity value or version than the build's: run `npm run integrity` first (the values are
// checked here, not by npm test).
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';
import { filesBelow } from './build-static.mjs';
import { currentValues, staleDocuments, stamp } from './integrity.mjs';
import { pluginFiles } from './wordpress-plugin.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder in the zip: the name the guide tells a webmaster to keep on their server. */
export const FOLDER = 'hechting-widget';

/** What the one-file scripts bundle besides the widget's own code, with the licence they carry. */
const BUNDLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'];

/** The date of `version`'s entry in CHANGELOG.md (`## 0.1.0 - 2026-12-01`); fails without one. */
export function releaseDate(changelog, version) {
  const date = changelog.match(new RegExp(`^## ${version.replace(/\./g, '\\.')} - (\\d{4})-(\\d{2})-(\\d{2})$`, 'm'));
  if (!date) throw new Error(`CHANGELOG.md has no entry "## ${version} - YYYY-MM-DD" for the version in package.json`);
  // A local date: the zip stores local date fields, so the bytes are the same in every time zone.
  return new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
}

/**
 * Throws, saying what to do, unless `changelog` is ready to release `version`: nothing under
 * `## Unreleased` but its `###` headings, and `version` the latest version it names, with its date.
 */
export function checkChangelog(changelog, version) {
  const sections = changelog.split(/^(?=## )/m).slice(1);
  const unreleased = sections.find((section) => /^## Unreleased\s*$/.test(section.split('\n')[0]));
  const entries = unreleased?.split('\n').filter((line, i) => i > 0 && line.trim() && !line.startsWith('### ')) ?? [];
  if (entries.length > 0) {
    throw new Error('CHANGELOG.md has entries under "## Unreleased": name that section after the version you release ("## <version> - YYYY-MM-DD", with that version in package.json), then release');
  }
  const latest = sections.find((section) => section !== unreleased)?.split('\n')[0];
  if (latest?.match(/^## (\S+)/)?.[1] !== version) {
    throw new Error(`the latest version in CHANGELOG.md (${latest ? `"${latest}"` : 'none'}) is not ${version}, the version in package.json: make them the same, then release`);
  }
  releaseDate(changelog, version);
}

async function thirdPartyLicenses() {
  const sections = [];
  for (const name of BUNDLED) {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    sections.push(`${name} ${version} (${license})\n\n${(await readFile(join(dir, 'LICENSE'), 'utf8')).trim()}\n`);
  }
  return `hechting-widget.js and hechting-widget.nl.js include the following packages.\n\n${sections.join('\n---\n\n')}`;
}

/**
 * The guide as a page a webmaster opens in the browser, in the look of the standalone pages, with
 * a `stylesheet` of its own after theirs where it has one.
 */
function guidePage(markdown, stylesheet) {
  // Headings get GitHub's ids, so that the guide's links to its own sections work here as there.
  const slugger = new GithubSlugger();
  const body = new MarkdownIt({ html: false }).use(anchor, { slugify: (heading) => slugger.slug(heading) }).render(markdown);
  const title = markdown.match(/^# (.+)$/m)[1];
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="stylesheet" href="hechting-page.css">${stylesheet ? `\n    <link rel="stylesheet" href="${stylesheet}">` : ''}
  </head>
  <body>
    <main>
${body}    </main>
  </body>
</html>
`;
}

/** Every file of the release, as { 'hechting-widget/<path>': bytes }; `licences` are those it shares with the plugin, by name. */
async function releaseFiles(licences) {
  const read = (...path) => readFile(join(root, ...path));
  const dist = join(root, 'dist');
  const files = {};
  for (const file of await filesBelow(dist)) if (!file.startsWith('lib/')) files[file] = await read('dist', file);
  // The zip's guide shows the zip's own scripts' values: the same text as docs/handleiding.md once
  // `npm run integrity` has run, which the release step requires (checkDocuments).
  const guide = stamp('docs/handleiding.md', await readFile(join(root, 'docs', 'handleiding.md'), 'utf8'), await currentValues());
  Object.assign(files, licences, {
    'CHANGELOG.md': await read('CHANGELOG.md'),
    'HANDLEIDING.md': Buffer.from(guide),
    'handleiding.html': Buffer.from(guidePage(guide)),
    'toegankelijkheid.md': await read('docs', 'toegankelijkheid.md'),
    // The page for editors (docs/redacteuren.md), in the look of the guide, with its stylesheet
    // for print and its two pictures.
    'redacteuren.html': Buffer.from(guidePage(await readFile(join(root, 'docs', 'redacteuren.md'), 'utf8'), 'redacteuren.css')),
    'redacteuren.css': await read('docs', 'redacteuren.css'),
    'redacteuren-met-script.png': await read('docs', 'redacteuren-met-script.png'),
    'redacteuren-zonder-script.png': await read('docs', 'redacteuren-zonder-script.png'),
  });
  return Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((file) => [`${FOLDER}/${file}`, files[file]]),
  );
}

/** `files` ({ name: bytes }) as a zip, each file dated `mtime`. */
const zip = (files, mtime) => zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [new Uint8Array(bytes), { mtime }]])), { level: 9 });

/** Writes the release zip and the WordPress plugin's zip into `outDir`; resolves to their paths. */
export async function writeRelease(outDir = join(root, 'release')) {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const mtime = releaseDate(await readFile(join(root, 'CHANGELOG.md'), 'utf8'), version);
  const licences = { LICENSE: await readFile(join(root, 'LICENSE')), 'THIRD-PARTY-LICENSES.txt': Buffer.from(await thirdPartyLicenses()) };
  await mkdir(outDir, { recursive: true });
  const paths = { release: join(outDir, `${FOLDER}-${version}.zip`), wordpress: join(outDir, `${FOLDER}-wordpress-${version}.zip`) };
  await writeFile(paths.release, zip(await releaseFiles(licences), mtime));
  await writeFile(paths.wordpress, zip(await pluginFiles(licences), mtime));
  return paths;
}

/** Throws, saying what to run, while a document shows another integrity value, version or size than the build's. */
export async function checkDocuments(values, dir) {
  const stale = await staleDocuments(values, dir);
  if (stale.length > 0) {
    const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(stale);
    throw new Error(`${names} show${stale.length === 1 ? 's' : ''} another integrity value, version or size than the build: run \`npm run integrity\`, commit, and release again`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    checkChangelog(await readFile(join(root, 'CHANGELOG.md'), 'utf8'), version);
    await checkDocuments();
  } catch (error) {
    console.error(`npm run release: ${error.message}`);
    process.exit(1);
  }
  for (const path of Object.values(await writeRelease())) {
    const { size } = await stat(path);
    console.log(`${path.slice(root.length + 1)}: ${(size / 1024).toFixed(1)} kB`);
  }
}
