import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { PAGES } from './scripts/build-content.mjs';
import { rollupCssInline } from './scripts/css.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The Subresource Integrity value of a file's contents, for `<script integrity="…">`. */
export function integrityOf(contents) {
  return `sha384-${createHash('sha384').update(contents).digest('base64')}`;
}

/** Writes `<file>.sri` beside each output file, holding its integrity value. */
function integrity() {
  return {
    name: 'integrity',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') this.emitFile({ type: 'asset', fileName: `${chunk.fileName}.sri`, source: `${integrityOf(chunk.code)}\n` });
      }
    },
  };
}

/**
 * The Dutch-only build: the generated indexes of content and interface strings in every language
 * are swapped for their source-language-only twins (index.nl.ts).
 */
function sourceLanguageOnly() {
  return {
    name: 'source-language-only',
    resolveId(source, importer, options) {
      if (!/\/generated\/(content|locales)\/index\.js$/.test(source)) return null;
      return this.resolve(source.replace(/index\.js$/, 'index.nl.js'), importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * Leaves the translators' descriptions out of msg() calls in src/: they are for the XLIFF files
 * (npm run localize:extract reads them from the source), not for the browser.
 */
function stripMessageDescriptions() {
  const DESC = /,\s*desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;
  return {
    name: 'strip-message-descriptions',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('msg(')) return null;
      return { code: code.replace(DESC, ''), map: null };
    },
  };
}

/**
 * Every msg() in src/ has an id (scripts/build-locales.mjs fails the build on one without), so
 * @lit/localize never works out an id from a message's text: the one-file scripts leave that hash
 * function out (250 B gzip), in favour of one that says what is wrong.
 */
function messageIdsOnly() {
  const STUB = '\0message-ids-only';
  return {
    name: 'message-ids-only',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('/node_modules/@lit/localize/internal/') ? STUB : null;
    },
    load(id) {
      if (id !== STUB) return null;
      return "export function generateMsgId() {\n  throw new Error('[hechting-widget] msg() needs an id');\n}\n";
    },
  };
}

/**
 * No str`…` in src/ (the build fails on one): every message is a plain string or an html`…`
 * template, which @lit/localize's msg() gives back as it is in the source language. The one-file
 * scripts leave out its code that joins a str`…` template's parts.
 */
function plainMessagesOnly() {
  const STUB = '\0plain-messages-only';
  return {
    name: 'plain-messages-only',
    resolveId(source, importer) {
      const defaultMsg = source === './default-msg.js' || source === '../internal/default-msg.js';
      return defaultMsg && importer?.includes('/node_modules/@lit/localize/') ? STUB : null;
    },
    load(id) {
      return id === STUB ? 'export const defaultMsg = (template) => template;\n' : null;
    },
    transform(code, id) {
      if (id.includes('/src/') && /\bstr`/.test(code)) this.error(`${id}: str\`…\` is not supported in this build; use html\`…\` or a plain string`);
      return null;
    },
  };
}

/**
 * Folds the line breaks and indentation between the parts of the Lit templates in src/ (html`…`)
 * into one space: HTML shows a run of spaces as one, so the page looks the same, and the script
 * carries no indentation.
 */
function compactTemplates() {
  return {
    name: 'compact-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('html`')) return null;
      const quasis = [];
      const visit = (node) => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node && typeof node.type === 'string') {
          if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') quasis.push(...node.quasi.quasis);
          for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      // From the end, so that the positions of the parts before stay right.
      let compacted = code;
      for (const { start, end } of quasis.sort((a, b) => b.start - a.start)) {
        compacted = compacted.slice(0, start) + compacted.slice(start, end).replace(/\s*\n\s*/g, ' ') + compacted.slice(end);
      }
      return { code: compacted, map: null };
    },
  };
}

/**
 * The one-file script's pages: an element's page module (generated/content/<page>.js, each page
 * in every language) becomes a view of the index, which holds the pages one language after
 * another. Same text; 2 kB less gzip on the six-language file, as one language's pages share
 * their words within gzip's window. A language's pages are made when an element first shows it
 * (pagesIn, index.ts).
 */
function pagesByLanguage() {
  const PAGE = new RegExp(`/generated/content/(${PAGES.join('|')})\\.js$`);
  return {
    name: 'pages-by-language',
    async resolveId(source, importer, options) {
      const page = source.match(PAGE)?.[1];
      if (!page) return null;
      const index = await this.resolve(source.replace(PAGE, '/generated/content/index.js'), importer, { ...options, skipSelf: true });
      return `\0pages:${page}:${index.id}`;
    },
    load(id) {
      if (!id.startsWith('\0pages:')) return null;
      const [, page, index] = id.split(':');
      return `import { pagesIn } from ${JSON.stringify(index)};\nexport const pages = new Proxy({}, { get: (_, language) => pagesIn(language)?.[${JSON.stringify(page)}] });\n`;
    },
  };
}

/**
 * The one-file script's text first: the entry imports the pages of every language and the
 * interface strings before anything else, so that they come first in the file and the code after
 * them lies in one stretch, within gzip's 32 kB window, and compresses against itself (600 B less
 * gzip). The text is data, which nothing else depends on running before or after it.
 */
function textFirst(entry) {
  const entryId = fileURLToPath(new URL(entry, import.meta.url));
  return {
    name: 'text-first',
    transform(code, id) {
      if (id !== entryId) return null;
      return { code: `import './generated/content/index.js';\nimport './generated/locales/index.js';\n${code}`, map: null };
    },
  };
}

// @lit/localize's modules do nothing on load but set up their own state, so that what a build
// does not use stays out (the Dutch-only builds use msg() alone).
const treeshake = { moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/') };

function build(file, { extraPlugins = [], cssFile, staticCss, elementsCssFile } = {}) {
  const input = 'src/script.ts';
  return {
    input,
    treeshake,
    output: {
      file,
      // An IIFE runs the same as a classic script (plain, defer, async) and as type="module".
      format: 'iife',
      banner: `/*! hechting-widget ${version} | Licensed under the EUPL-1.2 | includes Lit and @lit/localize, BSD-3-Clause, Copyright Google LLC */`,
    },
    plugins: [
      textFirst(input),
      pagesByLanguage(),
      messageIdsOnly(),
      plainMessagesOnly(),
      ...extraPlugins,
      rollupCssInline({ cssFile, staticCss, elementsCssFile }),
      stripMessageDescriptions(),
      // Default export conditions: Lit's production build, without its dev-mode warnings. The
      // package's own sideEffects field speaks of dist/, not of the sources built here.
      nodeResolve({ ignoreSideEffectsForRoot: true }),
      esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
      compactTemplates(),
      terser({
        ecma: 2021,
        // inline: 1 inlines only functions without parameters: a function called once, with
        // parameters, stays a named function rather than becoming an IIFE at its call (which
        // compresses worse); a third pass finds what the second leaves. Unused parameters go
        // (keep_fargs: false), as nothing in the file reads a function's length: so Lit's
        // JSCompiler_renameProperty(name, object) becomes name.
        compress: { passes: 3, inline: 1, keep_fargs: false },
        // The classes' private and protected members are named with a leading underscore (the
        // naming rule of src/), so they get short names too, as do the callbacks of the
        // templates' views (`onNextTip`). Lit's own internals (`_$…`) and every public name
        // (attributes, properties, events, the version) keep theirs.
        mangle: { properties: { regex: /^(_[A-Za-z]|on[A-Z])/ } },
        format: { comments: /^!/ },
      }),
      integrity(),
    ],
  };
}

/** Empties dist/lib/ first: its chunks' names carry hashes, and the package ships the folder whole. */
function emptyLib() {
  return { name: 'empty-lib', buildStart: () => rmSync('dist/lib', { recursive: true, force: true }) };
}

/**
 * The npm package's ES modules (dist/lib/): one per entry, for an application's bundler. Lit is
 * left to it, to share with the application's own; @lit/localize is kept inside, because a page
 * can configure @lit/localize only once and the application may configure its own. The types
 * come from tsconfig.lib.json.
 */
const ENTRIES = ['hechting-widget', 'server-in-browser', ...['hechting-uitleg', 'band-tips', 'hulp-link'].flatMap((element) => [`${element}/define`, `${element}/${element}`])];
const libOutput = { dir: 'dist/lib', format: 'es', entryFileNames: '[name].js' };
const libExternal = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);
const libPlugins = () => [rollupCssInline(), stripMessageDescriptions(), nodeResolve({ ignoreSideEffectsForRoot: true }), esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }), compactTemplates()];
const lib = {
  input: Object.fromEntries(ENTRIES.map((entry) => [entry, `src/${entry}.ts`])),
  output: { ...libOutput, chunkFileNames: 'chunks/[name]-[hash].js' },
  external: libExternal,
  plugins: [emptyLib(), ...libPlugins()],
};

/** The types of dist/lib/<entry>.js: those of the module `typesOf` (tsc's, in dist/lib/). */
function sameTypesAs(entry, typesOf) {
  return {
    name: 'same-types-as',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${entry}.d.ts`, source: `export * from './${typesOf}.js';\n` });
    },
  };
}

/**
 * The package's Dutch-only entry (hechting-widget/nl): the entry hechting-widget, built with the
 * generated text swapped for its Dutch-only twins as in dist/hechting-widget.nl.js, so that an
 * application that imports it bundles no other language. A build of its own, as a module cannot
 * be Dutch-only in one build and hold every language in another; so one file, dist/lib/nl.js,
 * which shares no code with the other entries (their classes hold every language's text). Lit
 * stays outside and @lit/localize inside, as for the other entries; the types are the entry's.
 */
const libDutch = {
  input: { nl: 'src/hechting-widget.ts' },
  output: libOutput,
  external: libExternal,
  treeshake,
  plugins: [pagesByLanguage(), sourceLanguageOnly(), ...libPlugins(), sameTypesAs('nl', 'hechting-widget')],
};

/**
 * Resolves the modules of the package `name` to its builds for any JavaScript runtime (the
 * `default` of its exports) rather than those for Node. @lit-labs/ssr-client's Node build takes
 * `Buffer` from Node's `buffer` module, which an edge runtime has not; its other build uses `btoa`.
 */
function anyRuntimeBuildOf(name) {
  const folder = new URL(`./node_modules/${name}/`, import.meta.url);
  const { exports } = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8'));
  return {
    name: 'any-runtime-build',
    resolveId(source) {
      if (source !== name && !source.startsWith(`${name}/`)) return null;
      const target = exports[`.${source.slice(name.length)}`];
      return fileURLToPath(new URL(typeof target === 'string' ? target : target.default, folder));
    },
  };
}

/**
 * The server renderer (hechting-widget/server, src/server.ts): one file with everything in it,
 * Lit's server build and its server renderer included, so that it runs the same in Node and in
 * edge runtimes, whose bundlers would pick Lit's browser build (which needs a DOM). Its types
 * come from tsconfig.lib.json.
 */
const server = {
  input: { server: 'src/server.ts' },
  // @lit-labs/ssr-dom-shim is compiled with TypeScript's helpers, which look for a `this` at the
  // top of a module; in an ES module there is none, and they do without.
  onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  output: {
    ...libOutput,
    banner: `/*! hechting-widget ${version} server renderer | Licensed under the EUPL-1.2 | includes Lit, @lit-labs/ssr and @lit/localize (BSD-3-Clause, Copyright Google LLC), parse5 (MIT, Copyright Ivan Nikulin and others) and entities (BSD-2-Clause, Copyright Felix Böhm) */`,
  },
  plugins: [
    anyRuntimeBuildOf('@lit-labs/ssr-client'),
    rollupCssInline(),
    stripMessageDescriptions(),
    nodeResolve({ ignoreSideEffectsForRoot: true, exportConditions: ['node'], preferBuiltins: false }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    compactTemplates(),
  ],
};

export default [
  // Every language, the stylesheet for static HTML (scripts/build-static.mjs), and the one for
  // text the server renderer writes into a page with the script (src/server.ts).
  build('dist/hechting-widget.js', { cssFile: 'hechting-widget.css', staticCss: 'src/shared/static-html.css', elementsCssFile: 'hechting-widget.server.css' }),
  // Dutch only, for sites that want the smallest file.
  build('dist/hechting-widget.nl.js', { extraPlugins: [sourceLanguageOnly()] }),
  // After lib, which empties dist/lib/ first.
  lib,
  libDutch,
  server,
];
