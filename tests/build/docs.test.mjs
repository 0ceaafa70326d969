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
    const files = new Set([...(await readdir('tests')), ...(await readdir('tests/build'))]);
    const named = [...new Set([...statement.matchAll(/`([\w.-]+\.test\.(?:ts|mjs))`/g)].map((match) => match[1]))];
    assert.ok(named.length > 5);
    for (const file of named) assert.ok(files.has(file), `${file} does not exist`);
  });
});
