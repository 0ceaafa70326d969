// The interface strings (scripts/build-locales.mjs): every XLIFF file translates every msg() of
// src/, and the build names the file and the message when one does not.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { readLocalizer, translationProblems } from '../../scripts/build-locales.mjs';

const { config, localizer } = readLocalizer();

describe('XLIFF files', () => {
  it('translate every interface string of src/, with no unit missing, empty or unused', () => {
    assert.deepEqual(translationProblems(localizer, config), []);
  });

  it('are reported by file and message id when a unit is missing, empty or unused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hechting-xliff-'));
    for (const locale of config.targetLocales) {
      let xliff = await readFile(join(config.resolve(config.interchange.xliffDir), `${locale}.xlf`), 'utf8');
      if (locale === 'en') {
        xliff = xliff
          .replace(/<trans-unit id="tip-of-the-day\.next">[\s\S]*?<\/trans-unit>/, '')
          .replace(/(<trans-unit id="hulp-link\.phone">\s*<source>[^<]*<\/source>\s*<target>)[^<]*/, '$1 ')
          .replace('</body>', '<trans-unit id="gone"><source>Weg</source><target>Gone</target></trans-unit></body>');
      }
      await writeFile(join(dir, `${locale}.xlf`), xliff);
    }
    const changed = { ...config, interchange: { ...config.interchange, xliffDir: dir } };
    const problems = translationProblems(new RuntimeLitLocalizer(changed), changed);
    const file = join(dir, 'en.xlf');
    assert.deepEqual(problems.map((problem) => problem.replace(/^.*en\.xlf/, 'en.xlf')).sort(), [
      'en.xlf: "gone" is not used in src/ any more',
      'en.xlf: "hulp-link.phone" is empty',
      'en.xlf: "tip-of-the-day.next" has no translation',
    ]);
    assert.ok(problems[0].includes('en.xlf'), file);
  });
});

describe('msg() in src/', () => {
  it('is reported by file and line when it has no id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hechting-msg-'));
    const file = join(dir, 'element.ts');
    const localize = JSON.stringify(fileURLToPath(import.meta.resolve('@lit/localize')));
    await writeFile(file, `import { msg } from ${localize};\n\nexport const hello = msg('Hallo', { id: 'test.hello' });\nexport const bye = msg('Dag');\n`);
    const changed = { ...config, inputFiles: [file] };
    const problems = translationProblems(new RuntimeLitLocalizer(changed), changed);
    const withoutId = problems.filter((problem) => problem.includes('has no id'));
    assert.deepEqual(withoutId, [`${relative(process.cwd(), file)}:4: msg() has no id: give it one, as msg('…', { id: 'element.what' })`]);
  });
});
