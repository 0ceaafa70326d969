// The content build step (scripts/build-content.mjs): faithful to the source texts, and strict
// about what it accepts, failing with the file and line of the problem.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transform } from 'esbuild';
import { ContentError, elementPageOf, idsModule, layoutOf, PAGES, parsePage, readContent, REQUIRED_IDS } from '../../scripts/build-content.mjs';

const FRONT = '---\ntitle: Titel\nlast-reviewed: 2026-01-31\n---\n\n';

/** All text of a page: front matter, headings, paragraphs and list items. */
function pageTexts(page) {
  const inline = (nodes) => nodes.map((node) => (typeof node === 'string' ? node : inline(node.children))).join('');
  const blocks = (list) => list.flatMap((block) => (block.type === 'list' ? block.items.map((item) => inline(item.children)) : [inline(block.children)]));
  return [page.title, page.attribution ?? '', ...blocks(page.intro), ...page.sections.flatMap((section) => [inline(section.heading.children), ...blocks(section.blocks)])];
}

/** The lines of a source text (content/sources/<name>.txt), white space folded, without list bullets. */
async function sourceLines(name) {
  return (await readFile(`content/sources/${name}.txt`, 'utf8'))
    .split('\n')
    .map((line) => fold(line.replace(/^\s*•/, '')))
    .filter(Boolean);
}

// White space may differ (the sources have no-break spaces); every word may not.
const fold = (text) => text.replace(/\s+/g, ' ').trim();

/** The text of the block `id` of a page, white space folded: a paragraph, heading or list item; for a list, its items' texts. */
function blockText(page, id) {
  const inline = (nodes) => fold(nodes.map((node) => (typeof node === 'string' ? node : inline(node.children))).join(''));
  const blocks = [...page.intro, ...page.sections.flatMap((section) => [section.heading, ...section.blocks])];
  const block = blocks.find((candidate) => candidate.id === id) ?? blocks.flatMap((candidate) => candidate.items ?? []).find((item) => item.id === id);
  assert.ok(block, `no block "${id}"`);
  return block.type === 'list' ? block.items.map((item) => inline(item.children)) : inline(block.children);
}

/** The sentences of a text, as a Dutch reader reads them. */
const sentences = (text) => [...new Intl.Segmenter('nl', { granularity: 'sentence' }).segment(text)].map(({ segment }) => segment.trim());

describe('content/nl', () => {
  it('holds every line of both source texts word for word', async () => {
    const { nl } = await readContent();
    const texts = Object.values(nl).flatMap(pageTexts).map(fold);
    for (const source of ['hechting-uitleg', 'band-tips']) {
      const lines = await sourceLines(source);
      assert.ok(lines.length > 10);
      for (const line of lines) assert.ok(texts.includes(line), `${source}: "${line}" is not a block of content/nl`);
    }
  });

  it('is each source text, line for line and in order, in <hechting-uitleg> and <band-tips>; their last two lines are <hulp-link>', async () => {
    const { nl } = await readContent();
    for (const source of ['hechting-uitleg', 'band-tips']) {
      const page = nl[source];
      const [title, attribution, ...blocks] = pageTexts(page).map(fold);
      assert.deepEqual([title, ...blocks, attribution], (await sourceLines(source)).slice(0, -2), `content/nl/${source}.md`);
    }
  });

  it('quotes the sources word for word in <hulp-link>: their last lines, and where "Als het niet lukt" sends a parent', async () => {
    const page = (await readContent()).nl['hulp-link'];
    const lines = { 'hechting-uitleg': await sourceLines('hechting-uitleg'), 'band-tips': await sourceLines('band-tips') };
    for (const [source, sourceText] of Object.entries(lines)) assert.deepEqual([blockText(page, 'zoek-hulp'), page.title], sourceText.slice(-2), source);
    // The line of "Als het niet lukt" that names where a parent can turn: its places are the list,
    // and the rest of it is the last paragraph.
    const [turnTo, ...rest] = sentences(lines['band-tips'].find((line) => line.startsWith('Je kunt ook hulp zoeken')));
    assert.equal(blockText(page, 'niet-alleen'), rest.join(' '), 'content/nl/hulp-link.md, block "niet-alleen": the rest of that line');
    const withoutArticle = (words) => words.replace(/^(je|de|het) /, '');
    const places = turnTo
      .replace(/^.* bij /, '')
      .replace(/\.$/, '')
      .split(/, | of /);
    const items = blockText(page, 'waar-terecht');
    assert.deepEqual(items.slice(0, -1).map(withoutArticle), places.map(withoutArticle), 'content/nl/hulp-link.md, list "waar-terecht": the places that line names');
    // Last, the jeugdarts, whom the line after it names.
    assert.ok(
      lines['band-tips'].some((line) => line.includes(` met ${items.at(-1)}.`)),
      `"${items.at(-1)}" is not named in content/sources/band-tips.txt`,
    );
  });
});

describe('parsePage', () => {
  it('builds the block tree: sections, headings, paragraphs, lists, emphasis and links', () => {
    const page = parsePage(`${FRONT}Intro met *nadruk* en [een link](https://example.org). {#intro}\n\n## Kop {#kop}\n\n### Sub {#sub}\n\n- een {#een}\n- twee {#twee}\n{#lijst}\n`, 'test.md');
    assert.deepEqual(page.intro, [
      { type: 'paragraph', id: 'intro', children: ['Intro met ', { type: 'emphasis', children: ['nadruk'] }, ' en ', { type: 'link', href: 'https://example.org', children: ['een link'] }, '.'] },
    ]);
    assert.equal(page.sections[0].heading.id, 'kop');
    assert.deepEqual(
      page.sections[0].blocks.map((block) => [block.type, block.id]),
      [
        ['heading', 'sub'],
        ['list', 'lijst'],
      ],
    );
    assert.equal(page.sections[0].blocks[0].depth, 2);
    assert.deepEqual(
      page.sections[0].blocks[1].items.map((item) => item.children),
      [['een'], ['twee']],
    );
  });

  it('reads a paragraph written over two lines with a space between the lines', () => {
    const page = parsePage(`${FRONT}Blijf er niet alleen mee lopen.\nJe hoeft je er niet voor te *schamen*\nof bang te zijn. {#a}\n`, 'test.md');
    assert.deepEqual(page.intro[0].children, ['Blijf er niet alleen mee lopen. Je hoeft je er niet voor te ', { type: 'emphasis', children: ['schamen'] }, ' of bang te zijn.']);
  });

  const failures = [
    ['an unknown block type', 'Tekst {#a}\n\n> citaat\n', 'test.md:8: unknown block type "blockquote"'],
    ['a code block', 'Tekst {#a}\n\n```\ncode\n```\n', 'test.md:8: unknown block type "fence"'],
    ['an unknown inline type', 'Tekst met `code` {#a}\n', 'test.md:6: unknown inline type "code_inline"'],
    ['strong text', 'Tekst met **vet** {#a}\n', 'test.md:6: unknown inline type "strong"'],
    ['an image', 'Tekst ![x](https://example.org/x.png) {#a}\n', 'test.md:6: unknown inline type "image"'],
    ['HTML', 'Tekst {#a}\n\n<div>html</div>\n', 'test.md:8: HTML is not allowed'],
    ['text between two comments', 'Tekst {#a}\n\n<!-- a --><b>tekst</b><!-- b -->\n', 'test.md:8: HTML is not allowed'],
    ['a missing id', 'Eerste {#a}\n\nTweede zonder id\n', 'test.md:8: paragraph has no id'],
    ['a list item without id', '- een {#een}\n- twee\n{#lijst}\n', 'test.md:7: list item has no id'],
    ['a duplicate id', 'Eerste {#a}\n\n## Kop {#a}\n', 'test.md:8: duplicate id "a" (first used on line 6)'],
    ['a link with another scheme', '[x](ftp://example.org/x) {#a}\n', 'test.md:6: link "ftp://example.org/x" must start with'],
    ['a relative link', '[x](/pagina) {#a}\n', 'test.md:6: link "/pagina" must start with'],
    ['a javascript: link', "[x](javascript:alert('https:')) {#a}\n", `test.md:6: link "javascript:alert('https:')" must start with`],
    ['a data: link', '[x](data:text/html,mailto:) {#a}\n', 'test.md:6: link "data:text/html,mailto:" must start with'],
    ['an http: link', '[x](http://example.org/?tel:1) {#a}\n', 'test.md:6: link "http://example.org/?tel:1" must start with'],
    ['a # heading', '# Titel {#t}\n', 'test.md:6: the page title is the front matter'],
    ['a mark of another language', 'the ([doctor]{lang=en}) {#a}\n', 'test.md:6: […]{lang=en}: the one mark is {lang=nl}'],
    ['a mark with a class', 'the ([huisarts]{.dutch}) {#a}\n', 'test.md:6: […]{.dutch}: the one mark is {lang=nl}'],
    ['a mark with more than lang=nl', 'the ([huisarts]{lang=nl .x}) {#a}\n', 'test.md:6: […]{lang=nl .x}: the one mark is {lang=nl}'],
    ['lang=nl on emphasis', 'the *huisarts*{lang=nl} {#a}\n', 'test.md:6: emphasis takes no {lang=…}'],
    ['lang=nl on a block', 'the huisarts {#a lang=nl}\n', 'test.md:6: a block takes only {#some-id}, not {lang=…}'],
    ['a mark without brackets', 'the (huisarts){lang=nl} doctor {#a}\n', 'test.md:6: "the (huisarts){lang=nl} doctor": braces belong right after a bracketed mark'],
    ['emphasis in a mark', 'the [*huisarts*]{lang=nl} {#a}\n', 'test.md:6: a [Dutch]{lang=nl} mark holds plain text only, no em'],
    ['spaces inside a mark', 'the ([ huisarts ]{lang=nl}) {#a}\n', 'test.md:6: [ huisarts ]{lang=nl}: a mark holds the Dutch words'],
  ];
  for (const [what, body, message] of failures) {
    it(`fails on ${what}, naming file and line`, () => {
      assert.throws(
        () => parsePage(FRONT + body, 'test.md'),
        (error) => error instanceof ContentError && error.message.startsWith(message),
      );
    });
  }

  it('makes a [bracketed]{lang=nl} mark a Dutch node, also inside emphasis and link text', () => {
    const page = parsePage(`${FRONT}your doctor ([huisarts]{lang=nl}). *At the ([consultatiebureau]{lang=nl})*. [[CJG]{lang=nl} site](https://example.org) {#a}\n`, 'test.md');
    assert.deepEqual(page.intro[0].children, [
      'your doctor (',
      { type: 'dutch', children: ['huisarts'] },
      '). ',
      { type: 'emphasis', children: ['At the (', { type: 'dutch', children: ['consultatiebureau'] }, ')'] },
      '. ',
      { type: 'link', href: 'https://example.org', children: [{ type: 'dutch', children: ['CJG'] }, ' site'] },
    ]);
  });

  it('fails on missing or unknown front matter', () => {
    assert.throws(() => parsePage('Tekst {#a}\n', 'x.md'), /x\.md:1: front matter .* is missing/);
    assert.throws(() => parsePage('---\nlast-reviewed: 2026-01-31\n---\n', 'x.md'), /x\.md:1: front matter "title"/);
    assert.throws(() => parsePage('---\ntitle: T\nlast-reviewed: gisteren\n---\n', 'x.md'), /"last-reviewed" must be a date/);
    for (const impossible of ['2026-02-30', '2026-13-01']) {
      assert.throws(() => parsePage(`---\ntitle: T\nlast-reviewed: ${impossible}\n---\n`, 'x.md'), /x\.md:1: front matter "last-reviewed" must be a date/, impossible);
    }
    assert.throws(() => parsePage('---\ntitle: T\nlast-reviewed: 2026-01-31\nauthor: X\n---\n', 'x.md'), /unknown front matter "author"/);
    assert.throws(() => parsePage('---\ntitle: T\nattribution: With [Kenniscentrum LVB]{lang=nl}\nlast-reviewed: 2026-01-31\n---\n', 'x.md'), /x\.md:1: front matter "attribution" is plain text/);
  });
});

describe('readContent across languages', () => {
  const TRANSLATION = '---\ntitle: Title\nlast-reviewed: 2026-01-31\ntranslation: unchecked\n---\n\n';

  async function contentDir(enBandTips, { enFront = TRANSLATION, nlFront = FRONT, folders = ['nl', 'en'] } = {}) {
    const dir = await mkdtemp(join(tmpdir(), 'hechting-content-'));
    for (const lang of folders) {
      await mkdir(join(dir, lang));
      for (const page of ['hechting-uitleg', 'band-tips', 'hulp-link']) {
        const body = lang === 'en' && page === 'band-tips' ? enBandTips : 'Tekst {#a}\n\n## Kop {#b}\n';
        await writeFile(join(dir, lang, `${page}.md`), (lang === 'nl' ? nlFront : enFront) + body);
      }
    }
    return dir;
  }
  // Pages of two blocks: none of the ids the elements' code needs.
  const read = (dir) => readContent(dir, ['nl', 'en'], {});

  it('accepts a translation with the same blocks, and keeps its translation status', async () => {
    const content = await read(await contentDir('Text {#a}\n\n## Heading {#b}\n'));
    assert.deepEqual(Object.keys(content), ['nl', 'en']);
    assert.equal(content.en['band-tips'].translation, 'unchecked');
    assert.equal(content.nl['band-tips'].translation, undefined);
  });

  it('takes its languages from lit-localize.json, the source first', async () => {
    const { sourceLocale, targetLocales } = JSON.parse(await readFile('lit-localize.json', 'utf8'));
    assert.deepEqual(Object.keys(await readContent()), [sourceLocale, ...targetLocales]);
  });

  it('fails when a translation misses a block, naming file and block', async () => {
    await assert.rejects(read(await contentDir('Text {#a}\n')), /en\/band-tips\.md: block "b" of nl\/band-tips\.md is missing/);
  });

  it('fails when a translation adds a block, naming file and block', async () => {
    await assert.rejects(read(await contentDir('Text {#a}\n\n## Heading {#b}\n\nExtra {#c}\n')), /en\/band-tips\.md: block "c" is not in nl\/band-tips\.md/);
  });

  it('fails when a translation moves a block or changes its kind', async () => {
    await assert.rejects(read(await contentDir('## Heading {#b}\n\nText {#a}\n')), /en\/band-tips\.md: block "b" is out of order/);
    await assert.rejects(read(await contentDir('## Text {#a}\n\n## Heading {#b}\n')), /en\/band-tips\.md: block "a" is not the same kind of block as in nl\/band-tips\.md/);
  });

  it('fails on a translation without a translation status, or a source with one', async () => {
    await assert.rejects(read(await contentDir('Text {#a}\n\n## Heading {#b}\n', { enFront: FRONT })), /en\/hechting-uitleg\.md:1: front matter "translation" is missing/);
    await assert.rejects(read(await contentDir('Tekst {#a}\n\n## Kop {#b}\n', { nlFront: TRANSLATION })), /nl\/hechting-uitleg\.md:1: the source language has no front matter "translation"/);
    await assert.rejects(read(await contentDir('x {#a}\n', { enFront: TRANSLATION.replace('unchecked', 'machine') })), /front matter "translation" must be unchecked or checked/);
  });

  it("fails when the source misses a block the elements' code needs, naming file and block", async () => {
    await assert.rejects(
      readContent(await contentDir('Text {#a}\n\n## Heading {#b}\n'), ['nl', 'en']),
      /nl\/hechting-uitleg\.md: block "goede-band" is missing: an element's attribute or code names it/,
    );
  });

  it('fails when a public id, one a host names in an attribute, is renamed in every language', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hechting-content-'));
    await cp('content', dir, { recursive: true });
    for (const lang of await readdir(dir)) {
      const file = join(dir, lang, 'band-tips.md');
      if (lang !== 'sources') await writeFile(file, (await readFile(file, 'utf8')).replace('{#speel}', '{#spelen}'));
    }
    await assert.rejects(readContent(dir), /nl\/band-tips\.md: block "speel" is missing: an element's attribute or code names it/);
  });

  it('types the ids of the attributes from the content: the sections and the example tips', async () => {
    const { nl } = await readContent();
    const ids = idsModule(nl);
    const tips = nl['band-tips'].sections
      .flatMap((section) => section.blocks)
      .find((block) => block.id === 'voorbeelden-lijst')
      .items.map((item) => item.id);
    assert.ok(ids.includes(`export const TIPS = ${JSON.stringify(tips)} as const;`));
    assert.ok(ids.includes(`export const HECHTING_UITLEG_SECTIONS = ${JSON.stringify(nl['hechting-uitleg'].sections.map((section) => section.heading.id))} as const;`));
    assert.ok(ids.includes('export type Tip = (typeof TIPS)[number];'));
  });

  it('fails on a language folder that lit-localize.json does not name, and on a missing one', async () => {
    await assert.rejects(read(await contentDir('Text {#a}\n\n## Heading {#b}\n', { folders: ['nl', 'en', 'de'] })), /de: "de" is not a language of lit-localize\.json/);
    await assert.rejects(read(await contentDir('', { folders: ['nl'] })), /en\/hechting-uitleg\.md: missing/);
  });
});

describe('elementPageOf', () => {
  it('keeps every text of a page, and ids only where an attribute or the code looks for them', async () => {
    const content = await readContent();
    for (const [lang, pages] of Object.entries(content)) {
      for (const [name, page] of Object.entries(pages)) {
        const elementPage = elementPageOf(page, name);
        assert.deepEqual(pageTexts(elementPage), pageTexts(page), `${lang}/${name}`);
        const kept = [...elementPage.intro, ...elementPage.sections.flatMap((section) => section.blocks)].filter((block) => block.type !== 'list' && block.id).map((block) => block.id);
        assert.deepEqual(
          kept.filter((id) => !REQUIRED_IDS[name]?.includes(id)),
          [],
          `${lang}/${name}: blocks keep ids no code reads`,
        );
      }
    }
    const tips = content.nl['band-tips'].sections.flatMap((section) => section.blocks).find((block) => block.id === 'voorbeelden-lijst');
    assert.ok(tips.items.every((item) => item.id));
  });
});

describe('layoutOf', () => {
  const pagesOfContent = (content) => Object.fromEntries(Object.entries(content).map(([lang, pages]) => [lang, Object.fromEntries(PAGES.map((name) => [name, elementPageOf(pages[name], name)]))]));
  /** layout.ts as a module in Node: its types stripped. */
  const layoutModule = async (code) => import(`data:text/javascript,${encodeURIComponent((await transform(code, { loader: 'ts' })).code)}`);

  it("gives back every language's pages exactly, from the shared block tree and the language's texts", async () => {
    const pages = pagesOfContent(await readContent());
    const layout = layoutOf(pages);
    const { pagesOf } = await layoutModule(layout.code);
    for (const lang of Object.keys(pages)) {
      const laidOut = pagesOf(layout.texts[lang]);
      assert.deepEqual(laidOut, pages[lang], lang);
      // The same keys in the same order, as deepEqual does not compare the order.
      assert.equal(JSON.stringify(laidOut), JSON.stringify(pages[lang]), lang);
    }
  });

  it('fails when the block tree differs between languages', async () => {
    const pages = pagesOfContent(await readContent());
    const heading = pages.en['hechting-uitleg'].sections[1].blocks.find((block) => block.type === 'heading');
    heading.depth = 3;
    assert.throws(() => layoutOf(pages), /the block tree of hechting-uitleg differs between languages/);
  });
});

describe('Dutch words in translations', () => {
  const TRANSLATION = '---\ntitle: Title\nlast-reviewed: 2026-01-31\ntranslation: unchecked\n---\n\n';
  const LANGUAGES = ['nl', 'en', 'ar', 'tr'];
  const DUTCH = 'Vraag het je partner of de huisarts. {#a}\n\n## Kop {#b}\n\nOp de pagina Wat is belangrijk bij opvoeden? lees je meer. {#c}\n';
  const MARKED = {
    en: 'Ask your partner or your doctor ([huisarts]{lang=nl}). {#a}\n\n## Heading {#b}\n\nRead more on the page ‘[Wat is belangrijk bij opvoeden?]{lang=nl}’. {#c}\n',
    ar: 'اسألوا شريك حياتكم أو طبيب العائلة ([huisarts]{lang=nl}). {#a}\n\n## عنوان {#b}\n\nاقرؤوا المزيد في صفحة «[Wat is belangrijk bij opvoeden?]{lang=nl}\u200e». {#c}\n',
    tr: 'Eşinize ya da aile hekiminize ([huisarts]{lang=nl}) sorun. {#a}\n\n## Başlık {#b}\n\nDaha fazlası “[Wat is belangrijk bij]{lang=nl}” sayfasında. {#c}\n',
  };

  /** A content folder in LANGUAGES whose band-tips.md is `bodies[lang]` (DUTCH and MARKED by default). */
  async function contentWith(bodies = {}) {
    const dir = await mkdtemp(join(tmpdir(), 'hechting-dutch-'));
    for (const lang of LANGUAGES) {
      await mkdir(join(dir, lang));
      for (const page of ['hechting-uitleg', 'band-tips', 'hulp-link']) {
        const body = page === 'band-tips' ? (bodies[lang] ?? (lang === 'nl' ? DUTCH : MARKED[lang])) : 'Tekst {#a}\n\n## Kop {#b}\n';
        await writeFile(join(dir, lang, `${page}.md`), (lang === 'nl' ? FRONT : TRANSLATION) + body);
      }
    }
    return dir;
  }
  const read = async (bodies) => readContent(await contentWith(bodies), LANGUAGES, {});
  /** `text` with one replacement, which must take. */
  const changed = (text, from, to) => {
    assert.ok(text.includes(from), from);
    return text.replace(from, to);
  };

  it('accepts marks in step, also where a translation keeps fewer words of a Dutch phrase', async () => {
    const content = await read();
    const [, marks] = content.tr['band-tips'].sections[0].blocks[0].children;
    assert.deepEqual(marks, { type: 'dutch', children: ['Wat is belangrijk bij'] });
  });

  it('fails on a mark in the Dutch text', async () => {
    await assert.rejects(read({ nl: changed(DUTCH, 'de huisarts', 'de [huisarts]{lang=nl}') }), /nl\/band-tips\.md:6: \[huisarts\]\{lang=nl\}: the Dutch text needs no marks/);
  });

  it('fails on a mark of words that the Dutch page does not have', async () => {
    await assert.rejects(read({ en: changed(MARKED.en, '[huisarts]', '[huisartz]') }), /en\/band-tips\.md:7: \[huisartz\]\{lang=nl\}: nl\/band-tips\.md does not have these words/);
    // Whole words only: "arts" is in "huisarts", but not as a word.
    await assert.rejects(read({ en: changed(MARKED.en, '[huisarts]', 'huis[arts]') }), /en\/band-tips\.md:7: \[arts\]\{lang=nl\}: nl\/band-tips\.md does not have/);
  });

  it('fails on Dutch words in brackets or quotes without a mark', async () => {
    await assert.rejects(
      read({ ar: changed(MARKED.ar, '[huisarts]{lang=nl}', 'huisarts') }),
      /ar\/band-tips\.md:7: "\(huisarts\)" is Dutch, from nl\/band-tips\.md: mark it, as \[huisarts\]\{lang=nl\}/,
    );
    // An Arabic text's invisible left-to-right mark after the Dutch words does not hide them.
    await assert.rejects(
      read({ ar: changed(MARKED.ar, '[Wat is belangrijk bij opvoeden?]{lang=nl}', 'Wat is belangrijk bij opvoeden?') }),
      /ar\/band-tips\.md:11: "«Wat is belangrijk bij opvoeden\?\u200e»" is Dutch/,
    );
  });

  it('fails on words marked elsewhere that are left unmarked', async () => {
    await assert.rejects(read({ en: changed(MARKED.en, 'your doctor', 'your huisarts') }), /en\/band-tips\.md:7: "huisarts" is Dutch, marked elsewhere: mark it here too/);
  });

  it('fails when a translation lacks a mark that the others have for the block', async () => {
    await assert.rejects(
      read({ tr: changed(MARKED.tr, ' ([huisarts]{lang=nl})', '') }),
      /tr\/band-tips\.md:7: block "a" has no \[huisarts\]\{lang=nl\}, which en, ar mark: mark the same Dutch words in every translation/,
    );
  });

  it('fails when a translation marks Dutch words that the others do not', async () => {
    await assert.rejects(
      read({ en: changed(MARKED.en, 'your partner', 'your [partner]{lang=nl}') }),
      /en\/band-tips\.md:7: block "a" marks \[partner\]\{lang=nl\}, which ar, tr do not: mark the same Dutch words in every translation/,
    );
  });

  it('keeps the marks of content/ in step: the same Dutch words in each block of every translation', async () => {
    // readContent fails on marks out of step; it reads content/ here. Each translation has them all.
    const content = await readContent();
    const marks = (lang) => Object.values(content[lang]).flatMap((page) => pageMarks(page));
    const translations = Object.keys(content).slice(1);
    assert.deepEqual(marks('nl'), []);
    for (const lang of translations) assert.equal(marks(lang).length, 12, lang);
  });
});

/** The Dutch words marked in a page, in document order. */
function pageMarks(page) {
  const inline = (nodes) => nodes.flatMap((node) => (typeof node === 'string' ? [] : node.type === 'dutch' ? [node.children.join('')] : inline(node.children)));
  const blocks = (list) => list.flatMap((block) => (block.type === 'list' ? block.items.flatMap((item) => inline(item.children)) : inline(block.children)));
  return [...blocks(page.intro), ...page.sections.flatMap((section) => [...inline(section.heading.children), ...blocks(section.blocks)])];
}
