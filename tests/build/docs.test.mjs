// docs/toegankelijkheid.md is what a municipality refers to in its accessibility statement: it
// covers every WCAG 2.2 A and AA success criterion once, and every test it names exists.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

// The success criteria of WCAG 2.2 at levels A and AA: those of WCAG 2.1 without 4.1.1 Parsing
// (obsolete in 2.2), and 2.4.11, 2.5.7, 2.5.8, 3.2.6, 3.3.7 and 3.3.8.
const CRITERIA = [
  '1.1.1',
  '1.2.1',
  '1.2.2',
  '1.2.3',
  '1.2.4',
  '1.2.5',
  '1.3.1',
  '1.3.2',
  '1.3.3',
  '1.3.4',
  '1.3.5',
  '1.4.1',
  '1.4.2',
  '1.4.3',
  '1.4.4',
  '1.4.5',
  '1.4.10',
  '1.4.11',
  '1.4.12',
  '1.4.13',
  '2.1.1',
  '2.1.2',
  '2.1.4',
  '2.2.1',
  '2.2.2',
  '2.3.1',
  '2.4.1',
  '2.4.2',
  '2.4.3',
  '2.4.4',
  '2.4.5',
  '2.4.6',
  '2.4.7',
  '2.4.11',
  '2.5.1',
  '2.5.2',
  '2.5.3',
  '2.5.4',
  '2.5.7',
  '2.5.8',
  '3.1.1',
  '3.1.2',
  '3.2.1',
  '3.2.2',
  '3.2.3',
  '3.2.4',
  '3.2.6',
  '3.3.1',
  '3.3.2',
  '3.3.3',
  '3.3.4',
  '3.3.7',
  '3.3.8',
  '4.1.2',
  '4.1.3',
];

const statement = await readFile('docs/toegankelijkheid.md', 'utf8');

describe('docs/toegankelijkheid.md', () => {
  it(`has one row for each of the ${CRITERIA.length} WCAG 2.2 A and AA success criteria`, () => {
    assert.equal(new Set(CRITERIA).size, 55);
    const rows = [...statement.matchAll(/^\| (\d\.\d\.\d+) /gm)].map((match) => match[1]);
    assert.deepEqual([...rows].sort(), [...CRITERIA].sort());
  });

  it('sums up the verdicts of its table', () => {
    const verdicts = [...statement.matchAll(/^\| \d\.\d\.\d+ [^|]+\| [^|]+\| ([^|]+) \|/gm)].map((match) => match[1].trim());
    const count = (verdict) => verdicts.filter((v) => v === verdict).length;
    const summary = (label) => Number(statement.match(new RegExp(`^\\| ${label}[^|]*\\| (\\d+) \\|`, 'm'))?.[1]);
    assert.equal(verdicts.length, CRITERIA.length);
    assert.equal(summary('Voldoet'), count('Voldoet'));
    assert.equal(summary('Voldoet, met een deel voor de pagina'), count('Voldoet, met een deel voor de pagina'));
    assert.equal(summary('Niet van toepassing'), count('Niet van toepassing'));
    assert.equal(summary('Voldoet niet'), count('Voldoet niet'));
  });

  it('names only test files that exist', async () => {
    const files = new Set([...(await readdir('tests')), ...(await readdir('tests/build')), ...(await readdir('tests/screen-reader')).map((file) => `screen-reader/${file}`)]);
    const named = [...new Set([...statement.matchAll(/`(?:tests\/)?([\w./-]+\.test\.(?:ts|mjs))`/g)].map((match) => match[1]))];
    assert.ok(named.length > 5);
    assert.ok(named.includes('screen-reader/journeys.test.mjs'));
    for (const file of named) assert.ok(files.has(file), `${file} does not exist`);
  });
});

// The README's Reader View figures are those of the last full run of scripts/reader-view-sweep.mjs
// (`--write` records them in docs/reader-view-sweep.json), and its page counts those of the sweep
// as it is now.
describe("the README's Reader View figures", () => {
  it("are the recorded sweep's, and the sweep still has as many renders and host pages", async () => {
    const { HOSTS, RENDERS } = await import('../../scripts/reader-view-sweep.mjs');
    const figures = JSON.parse(await readFile('docs/reader-view-sweep.json', 'utf8'));
    assert.equal(figures.renders, RENDERS.length, 'the sweep has changed: run node scripts/reader-view-sweep.mjs --write');
    assert.equal(figures.hosts, HOSTS.length, 'the sweep has changed: run node scripts/reader-view-sweep.mjs --write');
    const readme = (await readFile('README.md', 'utf8')).replace(/\s+/g, ' ');
    const n = (count) => count.toLocaleString('en-US');
    const { none, self, 'self+host': selfAndHost, 'self-text': selfText, 'short-text': shortText } = figures.designs;
    for (const phrase of [
      `${figures.renders} renders of elements`,
      `on ${figures.hosts} host pages: ${n(figures.variants)} variants`,
      `text of the elements was lost on ${n(none.widgetLost)} variants`,
      `with \`hechting-element\` alone on ${n(self.widgetLost)} (on ${n(selfAndHost.widgetLost)} where`,
      `on the short ones too, on ${n(shortText.widgetLost)},`,
      `Your text was lost on ${n(none.hostLost)} variants without the classes, ${n(shortText.hostLost)} as it is now`,
      `${n(selfText.hostLost)} with \`hechting-text\` on every element`,
    ]) {
      assert.ok(readme.includes(phrase), `the README does not say "${phrase}"`);
    }
  });
});
