// The WordPress plugin in the release (`npm run release` writes
// release/hechting-widget-wordpress-<version>.zip, see scripts/release.mjs): the folder
// `hechting-widget/` that a site owner uploads under Plugins → Add New → Upload plugin. It holds
// the plugin's own files (wordpress/), the scripts of the main release with their `.sri` files (so
// the same sha384 values), the stylesheets and the standalone pages, and three files made here:
// the Dutch translations compiled for PHP (`.mo`) and for the blocks' script (`.json`, the format
// of wp_set_script_translations), and blocks/texts.json, what the blocks offer of the texts.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mo, po } from 'gettext-parser';
import { PAGES, readContent } from './build-content.mjs';
import { filesBelow } from './build-static.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The plugin's folder in the zip, which is also its slug and text domain. */
export const PLUGIN = 'hechting-widget';

/** The handle of the blocks' editor script (wordpress/includes/blocks.php), which names its translation file. */
const EDITOR_SCRIPT = 'hechting-widget-blocks';

/** WordPress's Dutch languages: the translation (in the "u" form) serves all three. */
const DUTCH_LOCALES = ['nl_NL', 'nl_NL_formal', 'nl_BE'];

/** The files of dist/ the plugin carries: the scripts, their integrity values, the stylesheets and the standalone pages. */
const FROM_DIST = /^(?:hechting-widget(?:\.nl)?\.js(?:\.sri)?|hechting-widget\.css|hechting-page\.css|[a-z]{2}\/[\w-]+\.html)$/;

/** The functions whose first argument is a translatable string, in PHP and in the blocks' script. */
const TRANSLATE_CALL = /\b(?:__|esc_html__|esc_attr__)\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*['"]hechting-widget['"]/g;

/** What block.json translates, with its context (WordPress's block-i18n.json). */
const BLOCK_JSON_CONTEXTS = { title: 'block title', description: 'block description', keywords: 'block keyword' };

/** The translatable strings of a PHP or JavaScript source, as { msgid }. */
export function sourceStrings(source) {
  return [...source.matchAll(TRANSLATE_CALL)].map((match) => ({ msgid: match[2].replace(/\\(.)/g, '$1') }));
}

/** The translatable strings of a block.json, as { msgctxt, msgid }. */
export function blockJsonStrings(metadata) {
  return Object.entries(BLOCK_JSON_CONTEXTS).flatMap(([field, msgctxt]) => [metadata[field]].flat().map((msgid) => ({ msgctxt, msgid })));
}

/** The plugin's own files in the repository, as paths below wordpress/. */
export const ownFiles = () => filesBelow(join(root, 'wordpress'));

/** The translatable strings of the plugin, each once: from its PHP, its blocks' script and its block.json files. */
export async function pluginStrings() {
  const strings = new Map();
  for (const file of await ownFiles()) {
    const source = await readFile(join(root, 'wordpress', file), 'utf8');
    const found = file.endsWith('block.json') ? blockJsonStrings(JSON.parse(source)) : /\.(php|js)$/.test(file) ? sourceStrings(source) : [];
    for (const string of found) strings.set(`${string.msgctxt ?? ''}\u0004${string.msgid}`, { ...string, file });
  }
  return [...strings.values()];
}

/** The translations of a `.po` file as { [msgctxt]: { [msgid]: msgstr } }. */
export async function readTranslations(locale = 'nl_NL') {
  const catalog = po.parse(await readFile(join(root, 'wordpress', 'languages', `${PLUGIN}-${locale}.po`)));
  return { catalog, translations: catalog.translations };
}

/** The blocks' script's translations in the JSON that WordPress's wp.i18n reads (Jed 1.x). */
function scriptTranslations(catalog, scriptSource) {
  const wanted = new Set(sourceStrings(scriptSource).map(({ msgid }) => msgid));
  const messages = { '': { domain: 'messages', lang: catalog.headers.Language, 'plural-forms': catalog.headers['Plural-Forms'] } };
  for (const [msgid, entry] of Object.entries(catalog.translations[''] ?? {})) if (wanted.has(msgid)) messages[msgid] = entry.msgstr;
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}

/** A block of text's words, without its markup. */
const plainText = (children) => children.map((child) => (typeof child === 'string' ? child : plainText(child.children ?? []))).join('');

/** What the blocks offer of the texts: each text's title per language, <hechting-uitleg>'s sections and <band-tips>'s example tips, in Dutch. */
export async function blockTexts() {
  const content = await readContent();
  const titles = Object.fromEntries(Object.entries(content).map(([lang, pages]) => [lang, Object.fromEntries(PAGES.map((name) => [name, pages[name].title]))]));
  const sections = content.nl['hechting-uitleg'].sections.map(({ heading }) => ({ id: heading.id, label: plainText(heading.children) }));
  const tipList = content.nl['band-tips'].sections.flatMap((section) => section.blocks).find((block) => block.id === 'voorbeelden-lijst');
  // A tip's first sentence names it.
  const tips = tipList.items.map((item) => ({ id: item.id, label: plainText(item.children).match(/^.*?[.!?](?=\s|$)/)?.[0] ?? plainText(item.children) }));
  return { titles, sections, tips };
}

/**
 * Every file of the plugin, as { 'hechting-widget/<path>': bytes }; `shared` holds files it has
 * in common with the main release (the licences), by name.
 */
export async function pluginFiles(shared) {
  const files = { ...shared };
  for (const file of await ownFiles()) files[file] = await readFile(join(root, 'wordpress', file));
  for (const file of await filesBelow(join(root, 'dist'))) if (FROM_DIST.test(file)) files[file] = await readFile(join(root, 'dist', file));
  const { catalog } = await readTranslations();
  const script = await readFile(join(root, 'wordpress', 'blocks', 'editor.js'), 'utf8');
  for (const locale of DUTCH_LOCALES) {
    const localized = { ...catalog, headers: { ...catalog.headers, Language: locale } };
    files[`languages/${PLUGIN}-${locale}.mo`] = mo.compile(localized);
    files[`languages/${PLUGIN}-${locale}-${EDITOR_SCRIPT}.json`] = Buffer.from(scriptTranslations(localized, script));
  }
  files['blocks/texts.json'] = Buffer.from(`${JSON.stringify(await blockTexts(), null, 2)}\n`);
  return Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((file) => [`${PLUGIN}/${file}`, files[file]]),
  );
}
