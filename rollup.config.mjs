import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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

export default {
  input: 'src/hechting-widget.ts',
  output: {
    file: 'dist/hechting-widget.js',
    // An IIFE runs the same as a classic script (plain, defer, async) and as type="module".
    format: 'iife',
    banner: `/*! hechting-widget ${version} | includes Lit and @lit/localize, BSD-3-Clause, Copyright Google LLC */`,
  },
  plugins: [
    // Default export conditions: Lit's production build, without its dev-mode warnings.
    nodeResolve(),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: /^!/ } }),
    integrity(),
  ],
};
