// The custom elements manifest (custom-elements.json), as `npm run build:package` writes it with
// @custom-elements-manifest/analyzer from the TypeScript sources. The analyzer reads src/, but the
// package ships dist/lib/: the plugin below describes the package as it is installed.
import { existsSync } from 'node:fs';

/**
 * - Each src/<element>/define.ts registers its tag through the widget's own define() (which
 *   guards against a second copy), not customElements.define(): the analyzer would take the
 *   `customElements.define(tag, element)` inside define() for an element named "tag". The
 *   definitions are read from the `define('band-tips', BandTips)` calls instead.
 * - Paths: src/x.ts becomes dist/lib/x.js, and only the modules the package ships stay (the
 *   entries of rollup.config.mjs, which rollup -c has written before); a reference to code
 *   bundled into dist/lib/chunks/ (the base classes) keeps its name, without a module.
 * - Private members are left out: they are no API.
 * - Each event's type is its entry in HechtingEventMap, which the package's entry exports
 *   (src/shared/events.ts holds the details): one source for the manifest and the types.
 */
function packageModules() {
  const definitions = [];
  const shipped = (path) => existsSync(path);
  const toPackage = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');
  const fixReference = (reference) => {
    if (!reference?.module) return;
    const path = toPackage(reference.module);
    if (shipped(path)) reference.module = path;
    else delete reference.module;
  };
  return {
    name: 'hechting-widget: package modules',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      definitions.push({ module: moduleDoc.path, tag: tag.text, className: element.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      if (!shipped('dist/lib/hechting-widget.js')) throw new Error('custom-elements-manifest.config.mjs: build dist/lib/ (rollup -c) first');
      const modules = customElementsManifest.modules;
      const classes = modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d, module]));
      for (const module of modules) {
        module.exports = (module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || definitions.some((d) => d.tag === e.name));
      }
      for (const { module: path, tag, className } of definitions) {
        const found = classes.find(([declaration]) => declaration.name === className && declaration.tagName === tag);
        if (!found) throw new Error(`custom-elements-manifest.config.mjs: ${path} defines <${tag}> as ${className}, which has no @tagname ${tag}`);
        const module = modules.find((m) => m.path === path);
        module.exports = [...(module.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: found[1].path } }];
      }
      for (const module of modules) module.path = toPackage(module.path);
      customElementsManifest.modules = modules.filter((module) => shipped(module.path));
      const visit = (value) => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
          if (typeof value.module === 'string') fixReference(value);
          Object.values(value).forEach(visit);
        }
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          for (const event of declaration.events ?? []) {
            const text = `HechtingEventMap['${event.name}']`;
            event.type = { text, references: [{ name: 'HechtingEventMap', package: 'hechting-widget', start: 0, end: 'HechtingEventMap'.length }] };
          }
        }
        visit(module);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  packagejson: false,
  plugins: [packageModules()],
};
