// Size budgets, in gzip bytes as a server sends them (scripts/sizes.mjs). Sizes only: timings are
// the benchmark's (npm run bench, docs/performance.md), never a test's. Runs after npm run build.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { currentValues, kB, README_SIZES } from '../../scripts/integrity.mjs';
import { gzipSize } from '../../scripts/sizes.mjs';

// The budgets, decided after the performance issue had measured what the content needs: its
// words alone take 15.6 kB gzip in six languages and 2.3 kB in Dutch, and a minimal Lit element
// 5.6 kB (docs/performance.md). They are caps for all that the widget may still gain: a change
// that grows the files past them fails here first.
const BUDGETS = {
  'dist/hechting-widget.js': 36 * 1024,
  'dist/hechting-widget.nl.js': 19 * 1024,
};

describe('size budgets', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    it(`${file} is at most ${budget / 1024} kB gzip`, async () => {
      const size = gzipSize(await readFile(file));
      assert.ok(size <= budget, `${file} is ${size} bytes gzip; the budget is ${budget}`);
    });
  }

  it("the README's sizes of the scripts are the build's", async () => {
    const { sizes } = await currentValues();
    const shown = [...(await readFile('README.md', 'utf8')).matchAll(README_SIZES)].map(([figures, , file]) => [file, figures]);
    assert.deepEqual(
      shown.map(([file]) => file),
      ['hechting-widget.js', 'hechting-widget.nl.js'],
    );
    for (const [file, figures] of shown) {
      assert.equal(figures, `\`${file}\`, ${kB(sizes[file].bytes)}, ${kB(sizes[file].gzip)} gzipped`, `the README's sizes of ${file} are stale: run \`npm run integrity\``);
    }
  });

  it('the Dutch-only file has Dutch only, and the full file every language', async () => {
    const [full, dutch] = await Promise.all([readFile('dist/hechting-widget.js', 'utf8'), readFile('dist/hechting-widget.nl.js', 'utf8')]);
    for (const english of ['What is attachment and why is it important?', 'Help and advice for parents']) {
      assert.ok(full.includes(english), `the full file lacks "${english}"`);
      assert.ok(!dutch.includes(english), `the Dutch-only file has "${english}"`);
    }
    assert.ok(dutch.includes('Wat is hechting en waarom is het belangrijk?'));
  });
});
