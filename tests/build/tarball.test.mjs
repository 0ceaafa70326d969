// The package as a new user gets it: `npm pack`, installed into a fresh TypeScript project, which
// type-checks the consumers of tests/build/consumer/ against the installed files (createElement,
// the events, React 19's JSX) and bundles the package with esbuild. Runs after npm run build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const locked = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
const versionOf = (name) => locked[`node_modules/${name}`].version;

/**
 * The consumer's package-lock.json: the tarball, and the packages it needs with the versions,
 * addresses and hashes of this repository's lock file. So `npm ci --offline` installs them from
 * npm's cache, which `npm ci` here filled, without asking the registry.
 */
function lockFor(manifest, tarball) {
  const packages = { '': manifest };
  const wanted = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];
  for (const name of wanted) {
    if (packages[`node_modules/${name}`]) continue;
    if (name === 'hechting-widget') {
      const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
      const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
      packages['node_modules/hechting-widget'] = { version: pkg.version, resolved: manifest.dependencies['hechting-widget'], integrity, license: pkg.license, dependencies: pkg.dependencies };
    } else {
      const entry = locked[`node_modules/${name}`];
      assert.ok(entry, `package-lock.json has no ${name}`);
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...kept } = entry;
      // The registry's address of the tarball, where the lock file leaves it out.
      const resolved = kept.resolved ?? `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${kept.version}.tgz`;
      packages[`node_modules/${name}`] = { ...kept, resolved, dev: Object.hasOwn(manifest.devDependencies, name) || undefined };
    }
    wanted.push(...Object.keys(packages[`node_modules/${name}`].dependencies ?? {}));
  }
  return { name: manifest.name, lockfileVersion: 3, requires: true, packages };
}
// Each one a program of its own, so that one's imports do not load types for another.
const CONSUMERS = ['entry.ts', 'events.ts', 'react.tsx', 'consumer.ts'];

describe('the packed tarball, installed into a fresh project', () => {
  let project;

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'hechting-widget-consumer-'));
    const [{ filename }] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const manifest = {
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { 'hechting-widget': `file:${filename}` },
      devDependencies: { typescript: versionOf('typescript'), '@types/react': versionOf('@types/react') },
    };
    writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(project, 'package-lock.json'), JSON.stringify(lockFor(manifest, join(project, filename)), null, 2));
    execFileSync(npm, ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'pipe' });
    for (const file of CONSUMERS) cpSync(join('tests/build/consumer', file), join(project, 'src', file));
    const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: false, types: [] };
    for (const file of CONSUMERS) writeFileSync(join(project, `tsconfig.${file}.json`), JSON.stringify({ compilerOptions, files: [`src/${file}`] }));
  });

  after(() => rmSync(project, { recursive: true, force: true }));

  it('installs the package with lit as its one dependency', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/hechting-widget/package.json'), 'utf8'));
    assert.deepEqual(Object.keys(installed.dependencies), ['lit']);
  });

  for (const file of CONSUMERS) {
    it(`type-checks ${file} against the installed types`, () => {
      try {
        execFileSync(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', join(project, `tsconfig.${file}.json`)], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        assert.fail(`tsc in the consumer project:\n${error.stdout}${error.stderr}`);
      }
    });
  }

  it('bundles an import of the package and of one element', async () => {
    writeFileSync(join(project, 'src/main.js'), "import 'hechting-widget';\nimport { BandTips } from 'hechting-widget/band-tips.class.js';\nconsole.log(BandTips.version);\n");
    const result = await build({ absWorkingDir: resolve(project), entryPoints: ['src/main.js'], bundle: true, write: false, format: 'esm', logLevel: 'silent' });
    const code = result.outputFiles[0].text;
    for (const tag of ['hechting-uitleg', 'band-tips', 'hulp-link']) assert.ok(code.includes(`"${tag}"`), `the bundle does not define <${tag}>`);
  });
});
