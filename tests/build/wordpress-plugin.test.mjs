// The WordPress plugin's zip as `npm run release` writes it: the same bytes every time, the main
// release's scripts byte for byte (so the same sha384 values), a plugin header and readme that
// WordPress reads, blocks whose attributes are the elements' own, and every string of the
// plugin's interface in Dutch. How it behaves in a real WordPress: tests/wordpress/.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { mo } from 'gettext-parser';
import { FOLDER, writeRelease } from '../../scripts/release.mjs';
import { PLUGIN, pluginStrings, readTranslations } from '../../scripts/wordpress-plugin.mjs';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const ELEMENTS = ['hechting-uitleg', 'band-tips', 'hulp-link'];
const text = (bytes) => Buffer.from(bytes).toString('utf8');

describe('WordPress plugin zip', () => {
  let plugin;
  let release;
  let zipBytes;
  before(async () => {
    const paths = await writeRelease(await mkdtemp(join(tmpdir(), 'hechting-plugin-')));
    zipBytes = await readFile(paths.wordpress);
    plugin = unzipSync(new Uint8Array(zipBytes));
    release = unzipSync(new Uint8Array(await readFile(paths.release)));
  });
  const file = (path) => plugin[`${PLUGIN}/${path}`];

  it('is byte for byte the same every time, named after the version', async () => {
    const again = await writeRelease(await mkdtemp(join(tmpdir(), 'hechting-plugin-')));
    assert.ok(again.wordpress.endsWith(`hechting-widget-wordpress-${version}.zip`));
    assert.ok((await readFile(again.wordpress)).equals(zipBytes), 'two runs gave different plugin zips');
  });

  it('holds one folder, hechting-widget/, as WordPress installs it', () => {
    assert.deepEqual([...new Set(Object.keys(plugin).map((path) => path.split('/')[0]))], [PLUGIN]);
  });

  it("carries the main release's scripts byte for byte, with their sha384 values, and the standalone pages", () => {
    for (const script of ['hechting-widget.js', 'hechting-widget.nl.js']) {
      assert.ok(Buffer.from(file(script)).equals(Buffer.from(release[`${FOLDER}/${script}`])), `${script} differs from the main release's`);
      const sri = `sha384-${createHash('sha384').update(file(script)).digest('base64')}`;
      assert.equal(text(file(`${script}.sri`)).trim(), sri);
    }
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) for (const element of ELEMENTS) assert.ok(file(`${lang}/${element}.html`), `${lang}/${element}.html is missing`);
    for (const path of ['hechting-page.css', 'hechting-widget.css', 'LICENSE', 'THIRD-PARTY-LICENSES.txt', 'uninstall.php']) assert.ok(file(path), `${path} is missing`);
  });

  it('has the header WordPress reads, with this version, and a readme in the plugin directory format', () => {
    const header = text(file('hechting-widget.php')).match(/\/\*\*([^]*?)\*\//)[1];
    const field = (name) => header.match(new RegExp(`^ \\* ${name}: +(.+)$`, 'm'))?.[1];
    assert.equal(field('Plugin Name'), 'Hechting-widget');
    assert.match(field('Description'), /hechting voor ouders.*\|.*attachment/, 'a description in Dutch and English');
    assert.equal(field('Version'), version);
    assert.equal(field('Requires at least'), '6.1');
    assert.equal(field('Requires PHP'), '8.1');
    assert.equal(field('License'), 'EUPL-1.2');
    assert.equal(field('Text Domain'), 'hechting-widget');
    assert.match(text(file('hechting-widget.php')), new RegExp(`^const VERSION = '${version.replace(/\./g, '\\.')}';$`, 'm'));
    const readme = text(file('readme.txt'));
    assert.match(readme, /^=== Hechting-widget ===$/m);
    assert.match(readme, new RegExp(`^Stable tag: ${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(readme, /^License: EUPL-1\.2$/m);
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'));
  });

  it("gives each block the element's attributes, camelCased, with their types", () => {
    for (const tag of ELEMENTS) {
      const metadata = JSON.parse(text(file(`blocks/${tag}/block.json`)));
      assert.equal(metadata.name, `hechting-widget/${tag}`);
      assert.equal(metadata.category, 'hechting');
      const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
      const expected = Object.fromEntries(
        declaration.attributes.map((attribute) => [attribute.fieldName, attribute.type?.text === 'boolean' ? 'boolean' : attribute.name === 'heading-level' ? 'number' : 'string']),
      );
      const actual = Object.fromEntries(Object.entries(metadata.attributes).map(([name, { type }]) => [name, type]));
      assert.deepEqual(actual, expected, `<${tag}>'s block`);
    }
  });

  it("offers <hechting-uitleg>'s sections and <band-tips>'s tips by the ids the elements accept", async () => {
    const ids = await readFile('src/generated/content/ids.ts', 'utf8');
    const list = (name) => JSON.parse(ids.match(new RegExp(`export const ${name} = (\\[[^\\]]*\\])`))[1]);
    const texts = JSON.parse(text(file('blocks/texts.json')));
    assert.deepEqual(
      texts.sections.map((section) => section.id),
      list('HECHTING_UITLEG_SECTIONS'),
    );
    assert.deepEqual(
      texts.tips.map((tip) => tip.id),
      list('TIPS'),
    );
    for (const choice of [...texts.sections, ...texts.tips]) assert.ok(choice.label.length > 3 && choice.label.length < 120, `a label for ${choice.id}: ${choice.label}`);
    assert.equal(texts.titles.nl['band-tips'], 'Hoe bouw ik een goede band op met mijn kind?');
  });

  it('has every string of its interface in Dutch, for PHP and for the blocks', async () => {
    const { translations } = await readTranslations();
    const strings = await pluginStrings();
    assert.ok(strings.length > 40, `found only ${strings.length} strings`);
    const untranslated = strings.filter(({ msgctxt = '', msgid }) => !translations[msgctxt]?.[msgid]?.msgstr[0]);
    assert.deepEqual(
      untranslated.map((s) => `${s.file}: ${s.msgid}`),
      [],
    );
    const used = new Set(strings.map(({ msgctxt = '', msgid }) => `${msgctxt}\u0004${msgid}`));
    const unused = Object.entries(translations).flatMap(([msgctxt, entries]) => Object.keys(entries).filter((msgid) => msgid && !used.has(`${msgctxt}\u0004${msgid}`)));
    assert.deepEqual(unused, [], 'translations of strings the plugin no longer has');
    const compiled = mo.parse(Buffer.from(file('languages/hechting-widget-nl_NL.mo')));
    assert.equal(compiled.translations['block title']['Tips for a good bond'].msgstr[0], 'Tips voor een goede band');
    // The same Dutch for WordPress's formal and Belgian Dutch.
    for (const locale of ['nl_NL', 'nl_NL_formal', 'nl_BE']) {
      assert.ok(file(`languages/hechting-widget-${locale}.mo`), `no .mo for ${locale}`);
      const script = JSON.parse(text(file(`languages/hechting-widget-${locale}-hechting-widget-blocks.json`)));
      assert.equal(script.locale_data.messages['Title level'][0], 'Niveau van de titel');
    }
  });
});
