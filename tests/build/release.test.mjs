// Release integrity: the build is reproducible, writes each file's integrity value beside it, the
// README's and the guide's snippets have integrity values, and the release step refuses while they
// are not this build's. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import configs, { integrityOf } from '../../rollup.config.mjs';
import { readContent, writeContentModules } from '../../scripts/build-content.mjs';
import { DOCUMENTS, GUIDE_VERSION, SNIPPET_INTEGRITY, staleDocuments, stamp } from '../../scripts/integrity.mjs';
import { checkDocuments } from '../../scripts/release.mjs';

async function buildInMemory(config) {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  return output.find((file) => file.type === 'chunk').code;
}

describe('release', () => {
  // The one-file builds (the npm package's modules are built from the same sources).
  const bundles = configs.filter((config) => config.output.file);

  for (const config of bundles) {
    it(`builds byte for byte the same ${config.output.file} every time`, async () => {
      const [first, second] = [await buildInMemory(config), await buildInMemory(config)];
      assert.equal(first, second);
      assert.ok(Buffer.from(first).equals(await readFile(config.output.file)), `a build in this process differs from ${config.output.file}`);
    });
  }

  it('writes the same content modules every time', async () => {
    const content = await readContent();
    const outputs = [];
    for (const run of [1, 2]) {
      const dir = await mkdtemp(join(tmpdir(), `hechting-generated-${run}-`));
      await writeContentModules(content, dir);
      const files = (await readdir(join(dir, 'content'))).sort();
      outputs.push(await Promise.all(files.map(async (file) => [file, await readFile(join(dir, 'content', file), 'utf8')])));
    }
    assert.deepEqual(outputs[0], outputs[1]);
  });

  it('writes the sha384 integrity value beside each file', async () => {
    for (const { output } of bundles) {
      assert.equal((await readFile(`${output.file}.sri`, 'utf8')).trim(), integrityOf(await readFile(output.file)));
    }
  });

  for (const document of DOCUMENTS) {
    it(`has snippets with an integrity value and crossorigin in ${document}`, async () => {
      const text = await readFile(document, 'utf8');
      const shown = [...text.matchAll(SNIPPET_INTEGRITY)];
      assert.ok(shown.length > 0, `${document} has no <script … integrity="…"> snippet`);
      for (const [, , file, value] of shown) assert.match(value, /^sha384-[A-Za-z0-9+/]{64}$/, `${document}: ${file}`);
      assert.match(text, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
    });
  }

  it('names one version in the guide, in its title, the CDN address and the update step', async () => {
    const versions = [...(await readFile('docs/handleiding.md', 'utf8')).matchAll(GUIDE_VERSION)].map((match) => match[2]);
    assert.ok(versions.length >= 3);
    assert.equal(new Set(versions).size, 1);
  });

  // Whether the values shown are this build's is checked by `npm run release` (not here, so that a
  // code change does not fail the tests until the README is rewritten): it refuses while they differ.
  it('refuses a release while the README or the guide shows another integrity value or version', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hechting-documents-'));
    await mkdir(join(dir, 'docs'));
    const values = { version: '1.2.3', integrity: { 'hechting-widget.js': `sha384-${'A'.repeat(64)}`, 'hechting-widget.nl.js': `sha384-${'B'.repeat(64)}` } };
    for (const document of [...DOCUMENTS, 'docs/toegankelijkheid.md']) await writeFile(join(dir, document), stamp(document, await readFile(document, 'utf8'), values));
    const documents = pathToFileURL(`${dir}/`);
    assert.deepEqual(await staleDocuments(values, documents), []);
    await checkDocuments(values, documents);
    const newScript = { ...values, integrity: { ...values.integrity, 'hechting-widget.js': `sha384-${'C'.repeat(64)}` } };
    assert.deepEqual(await staleDocuments(newScript, documents), DOCUMENTS);
    await assert.rejects(checkDocuments(newScript, documents), /^Error: README\.md and docs\/handleiding\.md show another integrity value or version .*run `npm run integrity`/);
    await assert.rejects(
      checkDocuments({ ...values, version: '1.2.4' }, documents),
      /^Error: docs\/handleiding\.md and docs\/toegankelijkheid\.md show another integrity value or version .*run `npm run integrity`/,
    );
  });
});
