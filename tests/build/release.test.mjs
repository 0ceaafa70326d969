// Release integrity: the build is reproducible, writes each file's integrity value beside it, and
// the README's and the guide's snippets show those values. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import configs, { integrityOf } from '../../rollup.config.mjs';
import { readContent, writeContentModules } from '../../scripts/build-content.mjs';
import { DOCUMENTS, GUIDE_VERSION, SNIPPET_INTEGRITY } from '../../scripts/integrity.mjs';

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
    it(`shows those values, with crossorigin, in the snippets of ${document}`, async () => {
      const text = await readFile(document, 'utf8');
      const shown = [...text.matchAll(SNIPPET_INTEGRITY)];
      assert.ok(shown.length > 0, `${document} has no <script … integrity="…"> snippet`);
      for (const [, , file, value] of shown) {
        assert.equal(value, integrityOf(await readFile(`dist/${file}`)), `${document} shows another integrity value for ${file}: run \`npm run integrity\``);
      }
      assert.match(text, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
    });
  }

  it("names the package's version in the guide", async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    const versions = [...(await readFile('docs/handleiding.md', 'utf8')).matchAll(GUIDE_VERSION)].map((match) => match[2]);
    assert.ok(versions.length >= 3);
    assert.deepEqual([...new Set(versions)], [version], 'run `npm run integrity`');
  });
});
