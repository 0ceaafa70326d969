// Host stylesheets that must be built first, for tests/host-pages.test.ts, as a test runner command
// `executeServerCommand('host-stylesheet', { name })`: Tailwind's preflight as Tailwind itself
// compiles it, version 4 (inside @layer base) and version 3 (unlayered). Stylesheets that ship as
// CSS (Bootstrap, the-new-css-reset) are served from node_modules as they are.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { compile } from 'tailwindcss';
import tailwind3 from 'tailwindcss3';

const require = createRequire(import.meta.url);

const BUILDERS = {
  // What `@import "tailwindcss"` gives a page with no utility classes in use: theme and preflight.
  async 'tailwind-4'() {
    const compiler = await compile('@import "tailwindcss";', {
      base: process.cwd(),
      loadStylesheet: async (id, base) => {
        const path = require.resolve(id === 'tailwindcss' ? 'tailwindcss/index.css' : id, { paths: [base] });
        return { path, base, content: await readFile(path, 'utf8') };
      },
    });
    return compiler.build([]);
  },
  async 'tailwind-3'() {
    const result = await postcss([tailwind3({ content: [{ raw: '' }] })]).process('@tailwind base;', { from: undefined });
    return result.css;
  },
};

const built = new Map();

export function hostStylesheetPlugin() {
  return {
    name: 'host-stylesheet',
    executeCommand({ command, payload }) {
      if (command !== 'host-stylesheet') return undefined;
      if (!built.has(payload.name)) built.set(payload.name, BUILDERS[payload.name]());
      return built.get(payload.name);
    },
  };
}
