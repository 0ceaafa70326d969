import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

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
  ],
};
