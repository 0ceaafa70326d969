// The npm package, element by element: an application that imports one element's module bundles
// that element's text and no other's (<hechting-uitleg> and <band-tips> bring <hulp-link>, which
// they render for hulp-href). Runs after npm run build.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { readContent } from '../../scripts/build-content.mjs';

const RENDERS = {
  'hulp-link': ['hulp-link'],
  'band-tips': ['band-tips', 'hulp-link'],
  'hechting-uitleg': ['hechting-uitleg', 'hulp-link'],
};

describe('one element imported alone', async () => {
  const content = await readContent();
  const titles = (page) => Object.values(content).map((pages) => pages[page].title);

  for (const [element, rendered] of Object.entries(RENDERS)) {
    it(`hechting-widget/${element}.js brings its own text in every language, and no other element's`, async () => {
      const result = await build({ entryPoints: [`dist/lib/${element}/define.js`], bundle: true, write: false, format: 'esm', charset: 'utf8', logLevel: 'silent' });
      const code = result.outputFiles[0].text;
      for (const page of Object.keys(RENDERS)) {
        const present = titles(page).filter((title) => code.includes(JSON.stringify(title).slice(1, -1)));
        assert.equal(present.length, rendered.includes(page) ? titles(page).length : 0, `${element}: the titles of ${page} it holds`);
      }
    });
  }
});
