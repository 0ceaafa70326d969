// The codes of the console messages (src/shared/warn.ts): a webmaster alone with the console looks
// a code up in the guide's appendix, so every code the source can give is there, every code there
// is one the source gives, and a code stands for one message only.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const APPENDIX = '## Bijlage: meldingen in de console';
const ANCHOR = 'docs/handleiding.md#bijlage-meldingen-in-de-console';

/** Every TypeScript file under `dir`, with its text. */
async function sources(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
}

/** Each place a code stands in a source file: the code, and whether it is a string of its own (`'HW104'`). */
function codesIn({ file, text }) {
  return [...text.matchAll(/(.)(HW\d+)(.)/g)].map(([, before, code, after]) => ({ file, code, literal: before === "'" && after === "'" }));
}

/** The codes of the guide's appendix, one per table row, in their order; each row says what it means and what to do. */
function codesOfAppendix(guide) {
  const start = guide.indexOf(APPENDIX);
  assert.notEqual(start, -1, `docs/handleiding.md has no "${APPENDIX}"`);
  const appendix = guide.slice(start + APPENDIX.length);
  assert.doesNotMatch(appendix, /^## /m, 'the appendix is the last section of the guide');
  return [...appendix.matchAll(/^\| `([^`]+)` \|(.*)\|$/gm)].map(([, code, cells]) => {
    const [meaning, action, ...more] = cells.split(' | ').map((cell) => cell.trim());
    assert.ok(meaning && action && !more.length, `${code}: its row says what it means and what to do`);
    return code;
  });
}

describe('console message codes', async () => {
  const found = (await sources('src')).flatMap(codesIn);
  const codes = found.map(({ code }) => code);
  const guide = await readFile('docs/handleiding.md', 'utf8');

  it('stand in the source each once, as a string of its own: one code, one message', () => {
    assert.ok(codes.length >= 20, `only ${codes.length} codes in src/`);
    for (const { file, code, literal } of found) {
      assert.ok(literal, `${file}: ${code} stands as '${code}', not inside a text or a comment`);
      assert.match(code, /^HW[1-5]\d\d$/, `${file}: ${code} is HW and three digits, the first its kind`);
    }
    assert.deepEqual(
      codes.filter((code, i) => codes.indexOf(code) !== i),
      [],
      'codes used in more than one place',
    );
  });

  it("are each explained once in the guide's appendix, at its end, and it explains no other", () => {
    const explained = codesOfAppendix(guide);
    assert.deepEqual(
      explained.filter((code, i) => explained.indexOf(code) !== i),
      [],
      'codes explained twice',
    );
    assert.deepEqual(codes.filter((code) => !explained.includes(code)).sort(), [], 'codes the source gives that the guide does not explain');
    assert.deepEqual(
      explained.filter((code) => !codes.includes(code)),
      [],
      'codes the guide explains that the source never gives',
    );
    assert.deepEqual(explained, [...explained].sort(), 'the appendix lists the codes in order');
  });

  it("are pointed to from the README and from the guide's step 3", async () => {
    const readme = await readFile('README.md', 'utf8');
    assert.ok(readme.includes(`](${ANCHOR})`), `README.md links to ${ANCHOR}`);
    assert.ok(guide.includes('](#bijlage-meldingen-in-de-console)'), 'the guide links to its appendix');
  });
});
