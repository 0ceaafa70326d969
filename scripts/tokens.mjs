// The theming tokens, from one table (src/shared/tokens.json): each private --_hechting-*
// variable of the stylesheet is the public --hechting-* token (if it has one), else the NL Design
// System tokens in order (`fallbacks`), else `default` (a CSS value; none: unset). The same table
// gives the @cssprop lines of src/shared/hechting-element.ts (hence custom-elements.json), the
// README's token table and, from each public token's Dutch fields (`nl`, `example`), the guide's
// table; the theming test (tests/theming.test.ts) and the configurator (demo/configurator.js, as
// the build bundles it) read it. `npm run tokens` writes the four from the table;
// tests/build/tokens.test.mjs fails while one differs.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const url = (path) => new URL(`../${path}`, import.meta.url);

export const TOKENS = JSON.parse(await readFile(url('src/shared/tokens.json'), 'utf8'));

const code = (name) => `\`${name}\``;
const whenNotSet = ({ fallbacks, otherwise }) => [...fallbacks.map(code), otherwise].join(', ');

/** The places the table is written to: a file, the lines of it that come from the table, and those lines as the table makes them. */
export const PLACES = [
  {
    file: 'src/shared/styles.css',
    line: /^ {2}--_hechting-[\w-]+: var\(.*\);$/,
    lines: () =>
      TOKENS.map(({ variable, token, fallbacks, default: otherwise }) => {
        const chain = [token, ...fallbacks].filter(Boolean).reduceRight((inner, name) => `var(${name}${inner === undefined ? '' : `, ${inner}`})`, otherwise);
        return `  ${variable}: ${chain};`;
      }),
  },
  {
    file: 'src/shared/hechting-element.ts',
    line: /^ \* @cssprop /,
    lines: () => TOKENS.filter(({ token }) => token).map((entry) => ` * @cssprop ${entry.token} - ${entry.sets[0].toUpperCase()}${entry.sets.slice(1)} (else ${whenNotSet(entry)}).`),
  },
  {
    file: 'README.md',
    line: /^\| `--hechting-[\w-]+` \|/,
    lines: () => TOKENS.filter(({ token }) => token).map((entry) => `| ${code(entry.token)} | ${entry.sets} | ${whenNotSet(entry)} |`),
  },
  {
    // In the section "Uw huisstijl", under `| variabele | wat het verandert | standaard | voorbeeld |`.
    file: 'docs/handleiding.md',
    line: /^\| `--hechting-[\w-]+` \|/,
    lines: () => TOKENS.filter(({ token }) => token).map(({ token, nl, example }) => `| ${code(token)} | ${nl.sets} | ${nl.otherwise} | ${code(example)} |`),
  },
];

/** The lines of `text` that `place` writes: one run of consecutive lines; throws if they are not. */
export function block(text, place) {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => place.line.test(line));
  const last = lines.findLastIndex((line) => place.line.test(line));
  if (first < 0) throw new Error(`${place.file} has no token lines`);
  if (!lines.slice(first, last + 1).every((line) => place.line.test(line))) throw new Error(`${place.file}: the token lines must follow each other`);
  return { lines, first, last };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const place of PLACES) {
    const text = await readFile(url(place.file), 'utf8');
    const { lines, first, last } = block(text, place);
    const written = place.lines();
    lines.splice(first, last - first + 1, ...written);
    await writeFile(url(place.file), lines.join('\n'));
    console.log(`${place.file}: ${written.length} tokens`);
  }
}
