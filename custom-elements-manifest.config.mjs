// The custom elements manifest (custom-elements.json), as `npm run build:package` writes it with
// @custom-elements-manifest/analyzer from the TypeScript sources. The analyzer reads src/, but the
// package ships dist/lib/: the plugin below describes the package as it is installed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * - Each src/<element>/define.ts registers its tag through the widget's own define() (which
 *   guards against a second copy), not customElements.define(): the analyzer would take the
 *   `customElements.define(tag, element)` inside define() for an element named "tag". The
 *   definitions are read from the `define('band-tips', BandTips)` calls instead.
 * - Paths: src/x.ts becomes dist/lib/x.js, and only the modules the package ships stay (the
 *   entries of rollup.config.mjs, which rollup -c has written before); a reference to code
 *   bundled into dist/lib/chunks/ (the base classes) keeps its name, without a module.
 * - Private members, `_` members (internal: the build shortens their names) and type-only
 *   exports (`export type { … }`) are left out: they are no API of the JavaScript.
 * - Each event's type is its entry in HechtingEventMap, which the package's entry exports
 *   (src/shared/events.ts holds the details): one source for the manifest and the types.
 */
function packageModules() {
  const definitions = [];
  const typeOnlyExports = [];
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
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          if (node.isTypeOnly || element.isTypeOnly) typeOnlyExports.push(`${moduleDoc.path}#${element.name.text}`);
        }
      }
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
        module.exports = (module.exports ?? []).filter((e) =>
          e.kind === 'custom-element-definition' ? definitions.some((d) => d.tag === e.name) : !typeOnlyExports.includes(`${module.path}#${e.name}`),
        );
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
          if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('_'));
          // `lang` is the element's own (native) property. `class` is observed only to give the
          // element its own classes back beside the page's (hechting-element.ts): no option.
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => attribute.name !== 'class');
          for (const attribute of declaration.attributes ?? []) if (attribute.name === 'lang' && !attribute.fieldName) attribute.fieldName = 'lang';
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

/**
 * JSX types from the manifest (custom-element-jsx-integration): dist/lib/jsx.d.ts, the props of
 * each tag, typed by the classes' own types, and dist/lib/react.d.ts, which adds the tags to
 * React's JSX.IntrinsicElements (`hechting-widget/react`). That generator takes an event's type for the
 * `detail` of a CustomEvent, so it is given the details, from the events' global map.
 */
function jsxTypes() {
  return {
    name: 'hechting-widget: JSX types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) event.type = { text: `GlobalEventHandlersEventMap['${event.name}']['detail']` };
        }
      }
      generateJsxTypes(manifest, { outdir: 'dist/lib', fileName: 'jsx.d.ts', componentTypePath: (_name, tag) => `./${tag}/${tag}.js`, hideLogs: true });
      // For React, each tag's props from jsx.d.ts take the place of React's own for an HTML
      // element of that class, so that ref, style and the DOM events keep React's types.
      const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: module.path })));
      writeFileSync(
        'dist/lib/react.d.ts',
        [
          `// The elements in React 19's JSX: import type {} from 'hechting-widget/react'; in a module of the project.`,
          `// Generated by custom-elements-manifest.config.mjs from custom-elements.json, with the props of jsx.d.ts (custom-element-jsx-integration).`,
          `import type { DetailedHTMLProps, HTMLAttributes } from 'react';`,
          `import type { ${elements.map((e) => `${e.name}Props`).join(', ')} } from './jsx.js';`,
          ...elements.map((e) => `import type { ${e.name} } from './${e.path.replace(/^dist\/lib\//, '')}';`),
          ``,
          `type ElementProps<Element extends HTMLElement, Props> = Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Props> & Props;`,
          ``,
          `declare module 'react' {`,
          `  namespace JSX {`,
          `    interface IntrinsicElements {`,
          ...elements.map((e) => `      '${e.tagName}': ElementProps<${e.name}, ${e.name}Props>;`),
          `    }`,
          `  }`,
          `}`,
          ``,
        ].join('\n'),
      );
    },
  };
}

/**
 * The VS Code data lists an attribute's values from its type; `heading-level`'s type names each
 * level as a number and as a string, which it would list twice.
 */
function vsCodeValuesOnce(file) {
  return {
    name: 'hechting-widget: VS Code values once',
    packageLinkPhase() {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      for (const attribute of data.tags.flatMap((tag) => tag.attributes)) {
        attribute.values = attribute.values.filter((value, i) => attribute.values.findIndex((other) => other.name === value.name) === i);
      }
      writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  packagejson: false,
  plugins: [
    packageModules(),
    jsxTypes(),
    // Editor data for VS Code's HTML and CSS: the tags, attributes and CSS custom properties.
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    vsCodeValuesOnce('dist/vscode.html-custom-data.json'),
  ],
};
