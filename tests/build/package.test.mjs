// The npm package: what `npm pack` puts in it, that every export resolves, that its types serve a
// TypeScript project, and that custom-elements.json describes the elements. Runs after npm run build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0].files.map((file) => file.path);

describe('npm package', () => {
  it('holds the built files, the types, the manifest and the docs', () => {
    for (const path of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'docs/handleiding.md',
      'custom-elements.json',
      'docs/toegankelijkheid.md',
      'dist/hechting-widget.js',
      'dist/hechting-widget.js.sri',
      'dist/hechting-widget.nl.js',
      'dist/hechting-widget.css',
      'dist/html/nl/band-tips.html',
      'dist/html/ar/hulp-link.html',
      'dist/html/nl/band-tips.link.html',
      'dist/nl/band-tips.html',
      'dist/hechting-widget.json',
      'dist/lib/hechting-widget.js',
      'dist/lib/hechting-widget.d.ts',
      'dist/lib/band-tips/band-tips.d.ts',
      'dist/lib/band-tips/define.js',
    ]) {
      assert.ok(packed.includes(path), `${path} is not in the package`);
    }
  });

  it('leaves out tests, demo, sources, content and tooling', () => {
    const out = packed.filter((path) => /^(tests|demo|src|content|scripts|xliff|bench|node_modules|\.ci)\//.test(path) || /\.png$/.test(path));
    assert.deepEqual(out, []);
  });

  // npm's package page shows a README's relative pictures from the repository that package.json
  // names (there is none yet), never from the package: so the package leaves them out (they would
  // quadruple it), and each picture must be in the repository at the path the README gives.
  it('names pictures in the README and the packed docs by paths in the repository', () => {
    const pictures = packed
      .filter((path) => path.endsWith('.md'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)|<img [^>]*src="([^"]+)"/g)].map(([, markdown, html]) => join(dirname(file), markdown ?? html)));
    assert.ok(pictures.includes('docs/demo-gemeente.png'), pictures.join(', '));
    for (const picture of pictures) assert.ok(!/^[a-z]+:|^\//i.test(picture) && existsSync(picture), picture);
  });

  it('has a file for every export, and types for every module export', () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      if (name.includes('*')) continue;
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files) assert.ok(existsSync(file) && packed.includes(file.replace(/^\.\//, '')), `${name}: ${file} is missing`);
      if (typeof target !== 'string' && name !== './package.json') assert.ok(target.types, `${name} has no types`);
    }
  });

  it('gives a TypeScript project typed elements, through HTMLElementTagNameMap', () => {
    // tests/build/consumer imports the package by its name, as a project that installed it does.
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tests/build/consumer/tsconfig.json'], { stdio: 'pipe' });
  });

  it("types document.createElement('band-tips') for a project that imports only 'hechting-widget'", () => {
    // The define modules' types must keep loading the class modules, which hold the HTMLElementTagNameMap entries.
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tests/build/consumer/tsconfig.entry.json'], { stdio: 'pipe' });
  });

  it('types the five events, on the elements, the document and the window', () => {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tests/build/consumer/tsconfig.events.json'], { stdio: 'pipe' });
  });

  it('types the elements and events of the Dutch-only entry, hechting-widget/nl, as those of hechting-widget', () => {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tests/build/consumer/tsconfig.nl.json'], { stdio: 'pipe' });
  });

  it("types the elements in React 19's JSX, from the manifest (hechting-widget/react)", () => {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tests/build/consumer/tsconfig.react.json'], { stdio: 'pipe' });
  });

  it("gives VS Code's HTML data the three tags and their attributes, from the manifest", async () => {
    const html = JSON.parse(await readFile('dist/vscode.html-custom-data.json', 'utf8'));
    assert.deepEqual(html.tags.map((tag) => tag.name).sort(), ['band-tips', 'hechting-uitleg', 'hulp-link']);
    const bandTips = html.tags.find((tag) => tag.name === 'band-tips');
    assert.deepEqual(bandTips.attributes.map((a) => a.name).sort(), ['age', 'heading-level', 'hulp-href', 'hulp-label', 'lang', 'languages', 'mode', 'no-read-aloud', 'no-title', 'tips']);
    const css = JSON.parse(await readFile('dist/vscode.css-custom-data.json', 'utf8'));
    assert.ok(css.properties.some((property) => property.name === '--hechting-font-family'));
    for (const file of ['dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/lib/jsx.d.ts', 'dist/lib/react.d.ts'])
      assert.ok(packed.includes(file), `${file} is not in the package`);
  });

  it('defines in custom-elements.json exactly the three tags, each with its class, in modules the package holds', async () => {
    const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
    const paths = manifest.modules.map((module) => module.path);
    for (const path of paths) assert.ok(packed.includes(path), `custom-elements.json names ${path}, which is not in the package`);
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ tag: e.name, className: e.declaration.name, classModule: e.declaration.module, in: module.path })),
    );
    assert.deepEqual(
      definitions.sort((a, b) => a.tag.localeCompare(b.tag)),
      [
        { tag: 'band-tips', className: 'BandTips', classModule: 'dist/lib/band-tips/band-tips.js', in: 'dist/lib/band-tips/define.js' },
        { tag: 'hechting-uitleg', className: 'HechtingUitleg', classModule: 'dist/lib/hechting-uitleg/hechting-uitleg.js', in: 'dist/lib/hechting-uitleg/define.js' },
        { tag: 'hulp-link', className: 'HulpLink', classModule: 'dist/lib/hulp-link/hulp-link.js', in: 'dist/lib/hulp-link/define.js' },
      ],
    );
    for (const { className, classModule } of definitions) {
      const declaration = manifest.modules.find((module) => module.path === classModule).declarations.find((d) => d.name === className);
      assert.ok(declaration?.customElement, `${classModule} declares no custom element ${className}`);
    }
    // Each JavaScript export is one of the module's JavaScript (a type-only export is none).
    for (const module of manifest.modules) {
      const code = await readFile(module.path, 'utf8');
      for (const { name } of (module.exports ?? []).filter((e) => e.kind === 'js')) {
        assert.match(code, new RegExp(`export\\s*\\{[^}]*\\b${name}\\b`), `custom-elements.json: ${module.path} exports no ${name}`);
      }
    }
    // Every module a reference names is in the package too (code in dist/lib/chunks/ is named without one).
    const text = JSON.stringify(manifest);
    for (const [, module] of text.matchAll(/"module":"([^"]*)"/g)) assert.ok(paths.includes(module), `custom-elements.json refers to ${module}`);
    assert.doesNotMatch(text, /src\/|\.ts"/);
  });

  it('describes each element in custom-elements.json: attributes, events and CSS custom properties', async () => {
    const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
    const elements = Object.fromEntries(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName, d]),
    );
    assert.deepEqual(Object.keys(elements).sort(), ['band-tips', 'hechting-uitleg', 'hulp-link']);
    const names = (list) => (list ?? []).map((item) => item.name);
    const common = ['lang', 'languages', 'heading-level', 'no-title'];
    const expected = {
      'hechting-uitleg': {
        attributes: [...common, 'sections', 'collapsible', 'hulp-href', 'hulp-label', 'no-read-aloud'],
        events: ['hechting-section-toggle', 'hechting-read-aloud', 'hechting-language-change'],
      },
      'band-tips': { attributes: [...common, 'age', 'tips', 'mode', 'hulp-href', 'hulp-label', 'no-read-aloud'], events: ['hechting-next-tip', 'hechting-read-aloud', 'hechting-language-change'] },
      'hulp-link': { attributes: [...common, 'href', 'label', 'organization', 'phone'], events: ['hechting-help-link', 'hechting-language-change'] },
    };
    for (const [tag, { attributes, events }] of Object.entries(expected)) {
      assert.deepEqual(names(elements[tag].attributes).sort(), attributes.sort(), `${tag} attributes`);
      assert.deepEqual(names(elements[tag].events).sort(), events.sort(), `${tag} events`);
      for (const event of elements[tag].events) assert.equal(event.type?.text, `HechtingEventMap['${event.name}']`, `${tag} ${event.name} type`);
      assert.equal(elements[tag].cssProperties.length, 14, `${tag} CSS custom properties`);
      for (const attribute of elements[tag].attributes) assert.ok(attribute.description, `${tag} ${attribute.name} has no description`);
    }
  });
});
