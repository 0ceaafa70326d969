// Release integrity: the build is reproducible, writes each file's integrity value beside it, the
// README's and the guide's snippets have integrity values, and the release step refuses while they
// are not this build's, or while the changelog does not name the version released. Runs after
// `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import configs, { integrityOf } from '../../rollup.config.mjs';
import { readContent, writeContentModules } from '../../scripts/build-content.mjs';
import { DOCUMENTS, GUIDE_VERSION, SNIPPET_INTEGRITY, STAMPED, staleDocuments, stamp } from '../../scripts/integrity.mjs';
import { checkChangelog, checkDocuments } from '../../scripts/release.mjs';

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
  it('refuses a release while the README, the guide or the WordPress plugin shows another integrity value or version', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hechting-documents-'));
    await mkdir(join(dir, 'docs'));
    await mkdir(join(dir, 'wordpress'));
    const values = { version: '1.2.3', integrity: { 'hechting-widget.js': `sha384-${'A'.repeat(64)}`, 'hechting-widget.nl.js': `sha384-${'B'.repeat(64)}` } };
    for (const document of STAMPED) await writeFile(join(dir, document), stamp(document, await readFile(document, 'utf8'), values));
    const documents = pathToFileURL(`${dir}/`);
    assert.deepEqual(await staleDocuments(values, documents), []);
    await checkDocuments(values, documents);
    const newScript = { ...values, integrity: { ...values.integrity, 'hechting-widget.js': `sha384-${'C'.repeat(64)}` } };
    assert.deepEqual(await staleDocuments(newScript, documents), DOCUMENTS);
    await assert.rejects(checkDocuments(newScript, documents), /^Error: README\.md and docs\/handleiding\.md show another integrity value, version or size .*run `npm run integrity`/);
    await assert.rejects(
      checkDocuments({ ...values, version: '1.2.4' }, documents),
      /^Error: docs\/handleiding\.md, docs\/toegankelijkheid\.md, wordpress\/hechting-widget\.php, and wordpress\/readme\.txt show another integrity value, version or size .*run `npm run integrity`/,
    );
  });

  describe('refuses, writing no zip, unless the changelog names the version released', () => {
    const released = '# Changelog\n\n## 1.2.0 - 2026-12-07\n\n### Added\n\n- Something new.\n\n## 1.1.0 - 2026-11-01\n\nThe first release.\n';
    const unreleasedEntries = released.replace('## 1.2.0', '## Unreleased\n\n### Fixed\n\n- Something fixed.\n\n## 1.2.0');
    const newerOnTop = released.replace('## 1.2.0', '## 1.3.0 - 2026-12-08\n\n- Later.\n\n## 1.2.0');

    it('while there are entries under "## Unreleased", or the latest version is not the one in package.json', () => {
      checkChangelog(released, '1.2.0');
      // An empty Unreleased section, as after a release, holds nothing back.
      checkChangelog(released.replace('## 1.2.0', '## Unreleased\n\n### Added\n\n## 1.2.0'), '1.2.0');
      assert.throws(() => checkChangelog(unreleasedEntries, '1.2.0'), /^Error: CHANGELOG\.md has entries under "## Unreleased"/);
      assert.throws(() => checkChangelog(released, '1.3.0'), /^Error: the latest version in CHANGELOG\.md \("## 1\.2\.0 - 2026-12-07"\) is not 1\.3\.0, the version in package\.json/);
      assert.throws(() => checkChangelog(newerOnTop, '1.2.0'), /is not 1\.2\.0/);
      assert.throws(() => checkChangelog(released.replace(' - 2026-12-07', ''), '1.2.0'), /has no entry "## 1\.2\.0 - YYYY-MM-DD"/);
    });

    /** Runs `node scripts/release.mjs` in a copy of the scripts with this package.json version and changelog; resolves to its exit code, stderr and whether it wrote release/. */
    async function releaseWith(version, changelog) {
      const dir = await mkdtemp(join(tmpdir(), 'hechting-release-check-'));
      await cp('scripts', join(dir, 'scripts'), { recursive: true });
      await symlink(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'hechting-widget', version, type: 'module' }));
      await writeFile(join(dir, 'CHANGELOG.md'), changelog);
      const run = await promisify(execFile)(process.execPath, [join(dir, 'scripts', 'release.mjs')]).then(
        ({ stderr }) => ({ code: 0, stderr }),
        ({ code, stderr }) => ({ code, stderr }),
      );
      return { ...run, wrote: existsSync(join(dir, 'release')) };
    }

    it('from npm run release, with a message and exit code 1', async () => {
      assert.deepEqual(await releaseWith('1.2.0', unreleasedEntries), {
        code: 1,
        stderr:
          'npm run release: CHANGELOG.md has entries under "## Unreleased": name that section after the version you release ("## <version> - YYYY-MM-DD", with that version in package.json), then release\n',
        wrote: false,
      });
      assert.deepEqual(await releaseWith('1.1.0', released), {
        code: 1,
        stderr: 'npm run release: the latest version in CHANGELOG.md ("## 1.2.0 - 2026-12-07") is not 1.1.0, the version in package.json: make them the same, then release\n',
        wrote: false,
      });
    });
  });
});
