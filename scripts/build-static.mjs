// Writes what a site needs besides the script, for CMSes that strip scripts and custom elements,
// from the package's server renderer (dist/lib/server.js), so that the markup is the element's
// own first render and the script takes it over unchanged. Run after rollup (npm run build does).
//
// - dist/html/<lang>/<name>.html: static HTML, one snippet per element and language (and the tip
//   of the day), used with dist/hechting-widget.css (written by the rollup build from
//   src/shared/styles.css and static-html.css);
// - dist/html/<lang>/<name>.link.html: the placement, a paragraph with one link for any editor,
//   its href relative to the folder of the script;
// - dist/<lang>/<element>.html: the standalone page a placement link leads to, complete without
//   any script, with dist/hechting-page.css;
// - dist/voorbeeld.html: a page with the script and a placement of each element, to check an upload;
// - dist/hechting-widget.json: the version, every file's sha384 and every page's review date.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { PAGES, readContent, readLanguages } from './build-content.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/**
 * The snippets of each language: a file name and the element. The rendered element carries the
 * classes it gives itself (src/shared/hechting-element.ts), so that Reader View keeps static
 * elements side by side as it keeps those of the script. Their title level is fixed: the static
 * HTML has it without the script, and the script takes it over unchanged (without heading-level,
 * an element nests under the page's heading).
 */
const SNIPPETS = [
  ['hechting-uitleg', '<hechting-uitleg heading-level="2"></hechting-uitleg>'],
  ['band-tips', '<band-tips heading-level="2"></band-tips>'],
  ['band-tips-tip-of-the-day', '<band-tips heading-level="2" mode="tip-of-the-day"></band-tips>'],
  ['hulp-link', '<hulp-link heading-level="2"></hulp-link>'],
];

/** The options a placement of each snippet carries in its address. */
const PLACEMENT_QUERY = { 'band-tips-tip-of-the-day': '?mode=tip-of-the-day' };

/** The fragment that marks a link as a placement (src/placement/placement.ts). */
const MARK = '#hechting-widget';

// Without the script the tip does not change; the snippet shows the first tip. (1 January 1970
// is day 0 of the tip-of-the-day rotation; noon on the build machine's clock, as the rotation
// reads the local date.) A fixed date also keeps builds byte-identical.
const SNIPPET_DATE = new Date(1970, 0, 1, 12).getTime();

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders each of `markups` in each language with the package's server renderer, the elements' own
 * templates (dist/lib/server.js). Resolves to
 * { [lang]: { [markup]: { html, title, dir, label, languages } } }: the element's HTML, its title,
 * the direction of its language, and the label and languages of its language buttons.
 */
async function render(languages, markups) {
  const { renderElement } = await import(pathToFileURL(join(dist, 'lib', 'server.js')).href);
  const { window } = new JSDOM('<!doctype html><html lang="nl"><body></body></html>');
  const parse = (markup) => window.document.createRange().createContextualFragment(markup).firstElementChild;
  const rendered = {};
  for (const lang of languages) {
    rendered[lang] = {};
    for (const markup of markups) {
      const given = parse(markup);
      const options = Object.fromEntries([...given.attributes].map(({ name, value }) => [name, value]));
      const html = renderElement(given.localName, { ...options, lang }, { date: new Date(SNIPPET_DATE) });
      const root = parse(html).querySelector('.hechting-widget');
      rendered[lang][markup] = {
        html,
        title: root.querySelector('.hechting-title').textContent.trim(),
        dir: root.getAttribute('dir'),
        // The language buttons, where the markup asks for them (`languages`).
        label: root.querySelector('.hechting-languages-label')?.textContent.trim(),
        languages: [...root.querySelectorAll('.hechting-languages button')].map((button) => ({ language: button.lang, name: button.textContent.trim() })),
      };
    }
  }
  window.close();
  return rendered;
}

/** The attributes that mark a text in `lang` inside a page in another language. */
const languageAttributes = (lang, dir) => ` lang="${lang}"${dir === 'rtl' ? ' dir="rtl"' : ''}`;

/** The placement of a snippet: a paragraph with one link, its href relative to the script's folder. */
function placement(lang, name, { title, dir }) {
  const element = name.replace('-tip-of-the-day', '');
  return `<p><a href="${lang}/${element}.html${PLACEMENT_QUERY[name] ?? ''}${MARK}" hreflang="${lang}"${languageAttributes(lang, dir)}>${escapeHtml(title)}</a></p>`;
}

const placementFile = (lang, name, snippet) =>
  `<!-- hechting-widget: a placement of <${name.replace('-tip-of-the-day', '')}> (${lang}) for any editor: a paragraph with only this link. Put the address of the ` +
  `hechting-widget folder on your site before the href (/hechting-widget/${lang}/…). With hechting-widget.js in the site's template ` +
  `the paragraph becomes the element; without it, the link leads to the page with the text. -->\n${placement(lang, name, snippet)}\n`;

/**
 * dist/voorbeeld.html, the page a webmaster opens to check an upload (docs/handleiding.md): the
 * script in the head, as the guide's template line has it, and a placement of each element.
 */
function checkPage(version, integrity, placements) {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Controlepagina hechting-widget ${version}</title>
    <link rel="stylesheet" href="hechting-page.css">
    <script src="hechting-widget.js" integrity="${integrity}" crossorigin="anonymous"></script>
  </head>
  <body>
    <main>
      <h1>Controlepagina hechting-widget ${version}</h1>
      <p>Deze pagina heeft het script in de head, zoals de handleiding het in het sjabloon zet, en hieronder drie plaatsingen.
        Ziet u drie teksten, dan werkt het. Ziet u drie links, dan laadt het script niet: kijk in de console van de browser (F12).</p>
${placements.map((paragraph) => `      ${paragraph}`).join('\n')}
    </main>
  </body>
</html>
`;
}

/**
 * The page a placement link leads to: the element with its title as the page's heading, and links
 * to the same page in every language, as the widget's language buttons name them (`switcher`).
 */
function standalonePage(lang, element, { html, title, dir }, switcher) {
  const pageIn = (language) => `../${language}/${element}.html`;
  const languageLinks = switcher.languages.map(({ language, name, dir: languageDir }) => {
    const current = language === lang ? ' aria-current="page"' : '';
    return `<li><a href="${pageIn(language)}" hreflang="${language}"${languageAttributes(language, languageDir)}${current}>${escapeHtml(name)}</a></li>`;
  });
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="../hechting-widget.css">
    <link rel="stylesheet" href="../hechting-page.css">
    <script src="../hechting-widget.js" defer></script>
${switcher.languages.map(({ language }) => `    <link rel="alternate" hreflang="${language}" href="${pageIn(language)}">`).join('\n')}
  </head>
  <body>
    <nav class="hechting-page-languages" aria-label="${escapeHtml(switcher.label[lang])}">
      <ul>${languageLinks.join('')}</ul>
    </nav>
    <main id="hechting-widget">
${html}
    </main>
  </body>
</html>
`;
}

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
export async function filesBelow(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * dist/hechting-widget.json: what a host or a CDN serves, so that it can check it: the version,
 * the sha384 of every file a webmaster uploads (dist/ without the npm package's lib/), and the
 * date each page was last reviewed, per language.
 */
async function manifest(version, content) {
  const files = {};
  for (const file of await filesBelow(dist)) {
    if (file.startsWith('lib/') || file === 'hechting-widget.json') continue;
    files[file] = `sha384-${createHash('sha384')
      .update(await readFile(join(dist, file)))
      .digest('base64')}`;
  }
  const pages = Object.fromEntries(PAGES.map((page) => [page, Object.fromEntries(Object.keys(content).map((lang) => [lang, content[lang][page].lastReviewed]))]));
  return `${JSON.stringify({ name: 'hechting-widget', version, files, pages }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const languages = await readLanguages();
  const pageMarkup = (element) => `<${element} heading-level="1"></${element}>`;
  const SWITCHER = '<hulp-link languages></hulp-link>';
  const rendered = await render(languages, [...SNIPPETS.map(([, markup]) => markup), ...PAGES.map(pageMarkup), SWITCHER]);
  const switcher = {
    label: Object.fromEntries(languages.map((lang) => [lang, rendered[lang][SWITCHER].label])),
    languages: rendered[languages[0]][SWITCHER].languages.map((entry) => ({ ...entry, dir: rendered[entry.language][SWITCHER].dir })),
  };

  await rm(join(dist, 'html'), { recursive: true, force: true });
  for (const lang of languages) {
    await mkdir(join(dist, 'html', lang), { recursive: true });
    for (const [name, markup] of SNIPPETS) {
      const snippet = rendered[lang][markup];
      const header = `<!-- hechting-widget ${version}: <${name.replace('-tip-of-the-day', '')}> (${lang}) as static HTML. Link hechting-widget.css from the hechting-widget folder once in your page's <head> (<link rel="stylesheet" href="/hechting-widget/hechting-widget.css">); with hechting-widget.js from that folder as well, the element takes this over. -->`;
      await writeFile(join(dist, 'html', lang, `${name}.html`), `${header}\n${snippet.html}\n`);
      await writeFile(join(dist, 'html', lang, `${name}.link.html`), placementFile(lang, name, snippet));
    }
    await rm(join(dist, lang), { recursive: true, force: true });
    await mkdir(join(dist, lang));
    for (const element of PAGES) {
      await writeFile(join(dist, lang, `${element}.html`), standalonePage(lang, element, rendered[lang][pageMarkup(element)], switcher));
    }
  }
  const integrity = (await readFile(join(dist, 'hechting-widget.js.sri'), 'utf8')).trim();
  await writeFile(
    join(dist, 'voorbeeld.html'),
    checkPage(
      version,
      integrity,
      PAGES.map((element) => placement('nl', element, rendered.nl[SNIPPETS.find(([name]) => name === element)[1]])),
    ),
  );
  await copyFile(join(root, 'src', 'placement', 'standalone-page.css'), join(dist, 'hechting-page.css'));
  await writeFile(join(dist, 'hechting-widget.json'), await manifest(version, await readContent()));
  console.log(`static HTML: ${SNIPPETS.length} snippets and placements, ${PAGES.length} standalone pages, in ${languages.length} languages → dist/`);
}
