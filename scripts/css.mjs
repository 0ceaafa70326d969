// CSS as a module: `import css from './styles.css?inline'` gives the file's text, minified with
// esbuild's CSS minifier, as the module's default export (for a constructable stylesheet). The
// same transform in the build (rollup) and in the test and dev servers (@web/dev-server), so that
// the tests that import src/ get the stylesheet the scripts carry.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const INLINE = '?inline';

/**
 * Short names for the private variables (--_hechting-font-family becomes --_h0, and so on, in the
 * order they first appear): nothing outside the stylesheet names them, as the theming tokens are
 * the public --hechting-* (80 B less gzip on each script).
 */
function shortPrivateNames(css) {
  const names = new Map();
  return css.replace(/--_hechting-[\w-]+/g, (name) => {
    if (!names.has(name)) names.set(name, `--_h${names.size.toString(36)}`);
    return names.get(name);
  });
}

/** The CSS text, minified; ends without a line break. */
export async function minifyCss(css) {
  const { code } = await transform(css, { loader: 'css', minify: true });
  return shortPrivateNames(code.trim());
}

const cssModule = (css) => `export default ${JSON.stringify(css)};\n`;

/**
 * Rollup: a `.css?inline` import is the minified CSS text; with `cssFile`, the build also writes
 * it as that file, for static HTML without the script, followed by the file `staticCss` (the rules
 * that only the static HTML needs, which the script leaves out); with `elementsCssFile`, as that
 * file alone: the rules the script adopts, for text a server renders into a page with the script.
 */
export function rollupCssInline({ cssFile, staticCss, elementsCssFile } = {}) {
  return {
    name: 'css-inline',
    async resolveId(source, importer, options) {
      if (!source.endsWith(`.css${INLINE}`)) return null;
      const resolved = await this.resolve(source.slice(0, -INLINE.length), importer, { ...options, skipSelf: true });
      return resolved && `${resolved.id}${INLINE}`;
    },
    async load(id) {
      if (!id.endsWith(`.css${INLINE}`)) return null;
      const file = id.slice(0, -INLINE.length);
      this.addWatchFile(file);
      const css = await minifyCss(await readFile(file, 'utf8'));
      if (cssFile) {
        const staticRules = staticCss ? `${await minifyCss(await readFile(staticCss, 'utf8'))}\n` : '';
        if (staticCss) this.addWatchFile(staticCss);
        this.emitFile({ type: 'asset', fileName: cssFile, source: `${css}\n${staticRules}` });
      }
      if (elementsCssFile) this.emitFile({ type: 'asset', fileName: elementsCssFile, source: `${css}\n` });
      return { code: cssModule(css), map: { mappings: '' } };
    },
  };
}

/** @web/dev-server and @web/test-runner: serves `/….css?inline` as the module rollup makes of it. */
export function wdsCssInline() {
  let rootDir = process.cwd();
  return {
    name: 'css-inline',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    async serve(context) {
      if (!context.path.endsWith('.css') || !('inline' in context.query)) return undefined;
      return { body: cssModule(await minifyCss(await readFile(join(rootDir, decodeURIComponent(context.path)), 'utf8'))), type: 'js' };
    },
  };
}
