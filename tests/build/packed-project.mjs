// The package as a new user gets it: the packed tarball, installed into a fresh project with the
// packages it needs and those a test asks for, offline, from npm's cache. Shared by
// tarball.test.mjs and server.test.mjs.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const locked = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
const versionOf = (name) => locked[`node_modules/${name}`].version;

/** The path, in a lock file's packages, of the package `name` that the package at `from` gets: its own node_modules first, then each one above it, as Node looks. */
function placed(packages, from, name) {
  for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
    const path = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[path]) return path;
    if (!base) return undefined;
  }
}

/** A package's dependencies as edges: `optional` for its optionalDependencies, `peer` for the peers it needs (not the optional ones). */
const edgesOf = (entry) => [
  ...Object.keys(entry.dependencies ?? {}).map((name) => ({ name, type: 'prod' })),
  ...Object.keys(entry.optionalDependencies ?? {}).map((name) => ({ name, type: 'optional' })),
  ...Object.keys(entry.peerDependencies ?? {})
    .filter((name) => !entry.peerDependenciesMeta?.[name]?.optional)
    .map((name) => ({ name, type: 'peer' })),
];

/**
 * The consumer's package-lock.json: the tarball, and the packages it needs with the versions,
 * places in node_modules and hashes of this repository's lock file. So `npm ci --offline` installs
 * them from npm's cache, which `npm ci` here filled, without asking the registry. Each package
 * keeps its platform (os, cpu, libc) and optionalDependencies: npm leaves out an optional package
 * for another platform (Rolldown's native binding for macOS, say) and installs this machine's.
 * The dev, optional, devOptional and peer flags are worked out again for the consumer's tree.
 */
function lockFor(manifest, tarball) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const registry = execFileSync(npm, ['config', 'get', 'registry'], { encoding: 'utf8' }).trim().replace(/\/$/, '');
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const own = { version: pkg.version, resolved: manifest.dependencies['hechting-widget'], integrity, license: pkg.license, dependencies: pkg.dependencies };
  const source = { ...locked, '': manifest, 'node_modules/hechting-widget': own };

  // Every package the consumer gets, and each edge to it, from the root down.
  const edges = new Map([['', []]]);
  const rootEdges = [...Object.keys(manifest.dependencies).map((name) => ({ name, type: 'prod' })), ...Object.keys(manifest.devDependencies).map((name) => ({ name, type: 'dev' }))];
  const queue = [['', rootEdges]];
  while (queue.length) {
    const [from, outgoing] = queue.shift();
    for (const { name, type } of outgoing) {
      const to = placed(source, from, name);
      if (!to) {
        assert.equal(type, 'optional', `package-lock.json has no ${name} for ${from || 'the consumer'}`);
        continue;
      }
      edges.get(from).push({ to, type });
      if (!edges.has(to)) {
        edges.set(to, []);
        queue.push([to, edgesOf(source[to])]);
      }
    }
  }
  /** The packages reached from the root through the edges that `follow` lets through. */
  const reached = (follow) => {
    const seen = new Set(['']);
    const stack = [''];
    while (stack.length) {
      for (const { to, type } of edges.get(stack.pop())) {
        if (!follow(type) || seen.has(to)) continue;
        seen.add(to);
        stack.push(to);
      }
    }
    return seen;
  };
  const prod = reached((type) => type !== 'dev');
  const required = reached((type) => type !== 'optional');
  const requiredProd = reached((type) => type !== 'dev' && type !== 'optional');
  const notPeer = reached((type) => type !== 'peer');

  const packages = { '': manifest };
  for (const path of [...edges.keys()].slice(1).sort()) {
    const { dev: _dev, optional: _optional, devOptional: _devOptional, peer: _peer, ...entry } = source[path];
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    // The registry's address of the tarball, where the lock file leaves it out.
    entry.resolved ??= `${registry}/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    const dev = !prod.has(path);
    const optional = !required.has(path);
    packages[path] = {
      ...entry,
      dev: dev || undefined,
      optional: optional || undefined,
      devOptional: (!dev && !optional && !requiredProd.has(path)) || undefined,
      peer: !notPeer.has(path) || undefined,
    };
  }
  return { name: manifest.name, lockfileVersion: 3, requires: true, packages };
}

/**
 * Runs a program with Node; resolves to whether it succeeded, and what it printed: all of it
 * (`output`), and its standard output and error apart. It never rejects, so it can start before
 * the test that looks at it.
 */
const execFileAsync = promisify(execFile);
export const run = (args, cwd) =>
  execFileAsync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }).then(
    ({ stdout, stderr }) => ({ ok: true, output: `${stdout}${stderr}`, stdout, stderr }),
    (error) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? error.message}`, stdout: error.stdout ?? '', stderr: error.stderr ?? error.message }),
  );

/**
 * A fresh project, in a folder of its own under the system's temporary folder, that installed the
 * packed tarball of this repository (`npm pack`) and the packages named, each at the version of
 * this repository's lock file, with `npm ci --offline`. Returns the project's folder.
 */
export function installPacked({ dependencies = [], devDependencies = [] }) {
  const project = mkdtempSync(join(tmpdir(), 'hechting-widget-consumer-'));
  const [{ filename }] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const versions = (names) => Object.fromEntries(names.map((name) => [name, versionOf(name)]));
  const manifest = {
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies: { 'hechting-widget': `file:${filename}`, ...versions(dependencies) },
    devDependencies: versions(devDependencies),
  };
  writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(lockFor(manifest, join(project, filename)), null, 2));
  execFileSync(npm, ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'pipe' });
  return project;
}
