// Writes the widget as static HTML, for a CMS that allows no script: dist/html/<lang>/<name>.html,
// one snippet per element and language (and the tip of the day), to be used with
// dist/hechting-widget.css (written by the rollup build). Each snippet is the built widget's own
// markup, rendered from dist/hechting-widget.js in jsdom, so that a page that also loads the
// script sees the element take it over unchanged. Run after rollup (npm run build does).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { readLanguages } from './build-content.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'html');

/** The snippets of each language: a file name and the element as a host would write it. */
const SNIPPETS = [
  ['hechting-uitleg', '<hechting-uitleg></hechting-uitleg>'],
  ['band-tips', '<band-tips></band-tips>'],
  ['band-tips-tip-of-the-day', '<band-tips mode="tip-of-the-day"></band-tips>'],
  ['hulp-link', '<hulp-link></hulp-link>'],
];

// Without the script the tip does not change; the snippet shows the first tip. (1 January 1970
// is day 0 of the tip-of-the-day rotation; noon on the build machine's clock, as the rotation
// reads the local date.) A fixed date also keeps builds byte-identical.
const SNIPPET_DATE = new Date(1970, 0, 1, 12).getTime();

/** Renders `markup` for each language with the built widget; resolves to the finished elements' HTML. */
async function renderSnippets(script, languages) {
  const dom = new JSDOM('<!doctype html><html lang="nl"><head></head><body></body></html>', { runScripts: 'outside-only', pretendToBeVisual: true });
  const { window } = dom;
  const RealDate = window.Date;
  window.Date = class extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [SNIPPET_DATE]));
    }
  };
  window.eval(script);
  const snippets = [];
  for (const lang of languages) {
    for (const [name, markup] of SNIPPETS) {
      const holder = window.document.createElement('div');
      holder.innerHTML = markup.replace('>', ` lang="${lang}">`);
      window.document.body.append(holder);
      const element = holder.firstElementChild;
      await element.updateComplete;
      // Lit's markers are comments that only the script needs.
      const html = element.outerHTML.replace(/<!--[^]*?-->/g, '');
      snippets.push({ lang, name, html });
      holder.remove();
    }
  }
  window.close();
  return snippets;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const script = await readFile(join(root, 'dist', 'hechting-widget.js'), 'utf8');
  const languages = await readLanguages();
  const snippets = await renderSnippets(script, languages);
  await rm(outDir, { recursive: true, force: true });
  for (const { lang, name, html } of snippets) {
    await mkdir(join(outDir, lang), { recursive: true });
    const header = `<!-- hechting-widget ${version}: <${name.replace('-tip-of-the-day', '')}> (${lang}) as static HTML. Link dist/hechting-widget.css once in your page's <head>; with dist/hechting-widget.js as well, the element takes this over. -->`;
    await writeFile(join(outDir, lang, `${name}.html`), `${header}\n${html}\n`);
  }
  console.log(`static HTML: ${snippets.length} snippets in ${languages.length} languages → dist/html/`);
}
