// Release integrity: the build is reproducible, writes the file's integrity value beside it, and
// the README's embed snippet shows that value. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import configs, { integrityOf } from '../../rollup.config.mjs';
import { readContent, writeContentModules } from '../../scripts/build-content.mjs';
import { SNIPPET_INTEGRITY } from '../../scripts/readme-integrity.mjs';

const built = await readFile('dist/hechting-widget.js');

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

  it('shows that value, with crossorigin, in the README\'s embed snippet', async () => {
    const readme = await readFile('README.md', 'utf8');
    const shown = [...readme.matchAll(SNIPPET_INTEGRITY)].map((match) => match[2]);
    assert.ok(shown.length > 0, 'the README has no <script … integrity="…"> snippet');
    for (const value of shown) assert.equal(value, integrityOf(built), 'the README shows another integrity value: run `npm run integrity`');
    assert.match(readme, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
  });
});
