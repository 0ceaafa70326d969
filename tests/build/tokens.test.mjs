// One table of theming tokens (src/shared/tokens.json, scripts/tokens.mjs): the stylesheet's
// token chain, the @cssprop lines (and so custom-elements.json), the README's token table and the
// guide's Dutch one are what the table makes of it, so that a token cannot drift between them.
// tests/theming.test.ts and the configurator (tests/configurator.test.ts) read the same table. Runs after `npm run build` (custom-elements.json).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { block, PLACES, TOKENS } from '../../scripts/tokens.mjs';

describe('theming tokens', () => {
  it('has one entry per private variable, public tokens named after it', () => {
    const variables = TOKENS.map(({ variable }) => variable);
    assert.equal(new Set(variables).size, variables.length);
    for (const { variable, token, fallbacks, sets, otherwise, nl, example } of TOKENS) {
      assert.match(variable, /^--_hechting-[a-z-]+$/);
      assert.ok(
        fallbacks.every((name) => /^--(utrecht|basis)-[a-z0-9-]+$/.test(name)),
        variable,
      );
      if (token) {
        assert.equal(token, variable.replace('--_', '--'));
        assert.ok(sets && otherwise, `${token} says what it sets and what applies without it`);
        assert.ok(nl?.sets && nl.otherwise && example, `${token} says in Dutch what it changes and what applies without it, and has an example value`);
      } else {
        assert.equal(nl ?? example, undefined, `${variable} is not public: the guide and the configurator do not offer it`);
      }
    }
  });

  it('takes the shared --utrecht-* layer before --basis-*, wherever a variable has both (SPEC, "Theming")', () => {
    const layers = TOKENS.filter(({ fallbacks }) => fallbacks.length > 1).map(({ variable, fallbacks }) => [variable, fallbacks.map((name) => name.match(/^--(utrecht|basis)-/)[1])]);
    assert.ok(layers.length > 5);
    assert.deepEqual(
      layers.filter(([, order]) => order.join() !== 'utrecht,basis'),
      [],
      'variables whose fallbacks are not one --utrecht-* token, then one --basis-* token',
    );
  });

  for (const place of PLACES) {
    it(`is what ${place.file} shows`, async () => {
      const { lines, first, last } = block(await readFile(place.file, 'utf8'), place);
      assert.deepEqual(lines.slice(first, last + 1), place.lines(), `${place.file} differs from src/shared/tokens.json: run \`npm run tokens\``);
    });
  }

  it('gives each element of custom-elements.json the public tokens', async () => {
    const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    assert.equal(elements.length, 3);
    const tokens = TOKENS.filter(({ token }) => token).map(({ token }) => token);
    for (const element of elements) {
      assert.deepEqual(
        element.cssProperties.map(({ name }) => name),
        tokens,
        element.tagName,
      );
    }
  });
});
