// The npm package, element by element: an application that imports one element's module bundles
// the text of the elements it defines (entries.mjs) and no other's (<hechting-uitleg> and
// <band-tips> bring <hulp-link>, which they render for hulp-href). Runs after npm run build.
// tarball.test.mjs checks the same of a Vite build from the packed tarball.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { titlesIn } from './element-text.mjs';
import { DEFINES } from './entries.mjs';

describe('one element imported alone', () => {
  for (const element of ['hulp-link', 'band-tips', 'hechting-uitleg']) {
    const rendered = DEFINES[`hechting-widget/${element}.js`];
    it(`hechting-widget/${element}.js brings its own text in every language, and no other element's`, async () => {
      const result = await build({ entryPoints: [`dist/lib/${element}/define.js`], bundle: true, write: false, format: 'esm', charset: 'utf8', logLevel: 'silent' });
      const titles = await titlesIn(result.outputFiles[0].text);
      for (const [page, { present, total }] of Object.entries(titles)) {
        assert.equal(present, rendered.includes(page) ? total : 0, `${element}: the titles of ${page} it holds`);
      }
    });
  }
});
