// Turns content/<lang>/<page>.md into typed data modules under src/generated/ (git-ignored).
// Markdown is parsed here, at build time, so nothing of the parser ships to the browser.
// Every problem fails the build with `file:line: what is wrong`.
//
// The languages are those of lit-localize.json (its sourceLocale first), so that the interface
// strings and the content always cover the same languages.

import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import markdownItFrontMatter from 'markdown-it-front-matter';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES = ['hechting-uitleg', 'band-tips', 'hulp-link'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LINK_SCHEMES = ['https:', 'mailto:', 'tel:'];
/**
 * The ids the elements name, which the content must keep: those of their attributes (the sections
 * of `sections` and `age`, the tips of `tips`: public API, in hosts' markup) and those their code
 * looks for (the list of example tips, the parts of the help text). Renaming one fails the build
 * here, before a host's attribute silently stops working. The id types (ids.ts) come from the
 * content itself.
 */
export const REQUIRED_IDS = {
  'hechting-uitleg': ['goede-band', 'veilige-basis'],
  'band-tips': ['voorbeelden', 'ouder', 'niet-lukt', 'voorbeelden-lijst', 'reageer', 'maak-contact', 'troost', 'speel', 'gevoelens'],
  'hulp-link': ['zoek-hulp', 'waar-terecht', 'niet-alleen'],
};
/** The list of <band-tips> whose items are the example tips. */
const TIP_LIST_ID = 'voorbeelden-lijst';
/**
 * The one mark a text may carry: Dutch words kept in a translation, such as "(huisarts)", so that
 * a parent recognises them at the counter. They render with lang="nl" (WCAG 3.1.2).
 */
const DUTCH_MARK = 'lang=nl';
/** `unchecked`: made in this project, not yet checked by a professional translator. */
const TRANSLATION_STATUSES = ['unchecked', 'checked'];

/** The line each heading, paragraph and list item starts on, for the checks across languages. */
const lineOf = new WeakMap();

export class ContentError extends Error {
  constructor(file, line, message) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ContentError';
  }
}

/**
 * Pandoc's bracketed span, `[words]{attributes}`, as a `span_open` token with the attributes as
 * its `info` (checked in parseInline). It runs before markdown-it's links, and takes the braces
 * before markdown-it-attrs can, which would apply them to the block or drop them.
 */
function bracketedSpans(md) {
  md.inline.ruler.before('link', 'bracketed_span', (state, silent) => {
    // Silent is a scan for the end of a link's text: as plain brackets there, a mark can be in one.
    const start = state.pos;
    if (silent || state.src[start] !== '[') return false;
    const labelEnd = md.helpers.parseLinkLabel(state, start, true);
    if (labelEnd < 0 || state.src[labelEnd + 1] !== '{') return false;
    const attributesEnd = state.src.indexOf('}', labelEnd + 2);
    const attributes = state.src.slice(labelEnd + 2, attributesEnd);
    if (attributesEnd < 0 || attributes.includes('{')) return false;
    state.push('span_open', 'span', 1).info = attributes.trim();
    const posMax = state.posMax;
    state.pos = start + 1;
    state.posMax = labelEnd;
    md.inline.tokenize(state);
    state.posMax = posMax;
    state.push('span_close', 'span', -1);
    state.pos = attributesEnd + 1;
    return true;
  });
}

/**
 * Parses one Markdown file into a page: front matter, intro blocks and sections (one per `##`).
 * `file` is only used in error messages.
 */
export function parsePage(source, file) {
  let frontMatter = null;
  const markdown = new MarkdownIt({ html: true })
    .use(markdownItFrontMatter, (raw) => (frontMatter = raw))
    // Every attribute, so that one in the wrong place fails below instead of being dropped.
    .use(markdownItAttrs)
    .use(bracketedSpans);
  // markdown-it would leave a link it deems unsafe (javascript:, data:) as its Markdown text, shown
  // to readers; every link comes to parseInline instead, whose check fails the build on it.
  markdown.validateLink = () => true;
  const tokens = markdown.parse(source, {});
  const fail = (token, message) => {
    throw new ContentError(file, token?.map ? token.map[0] + 1 : undefined, message);
  };

  const meta = parseFrontMatter(frontMatter, file);
  const page = { ...meta, intro: [], sections: [] };
  const seen = new Map();
  const idOf = (token, what) => {
    const id = token.attrGet('id');
    const extra = (token.attrs ?? []).find(([name]) => name !== 'id');
    if (extra) fail(token, `a block takes only {#some-id}, not {${extra[0]}=…}: Dutch words are marked as [words]{${DUTCH_MARK}}`);
    if (!id) fail(token, `${what} has no id: end it with {#some-id}`);
    if (!ID.test(id)) fail(token, `id "${id}" must be lower-case words joined by hyphens`);
    if (seen.has(id)) fail(token, `duplicate id "${id}" (first used on line ${seen.get(id)})`);
    seen.set(id, token.map[0] + 1);
    return id;
  };
  const inline = (token) => parseInline(token.children, (message) => fail(token, message));
  const atLine = (block, token) => {
    lineOf.set(block, token.map[0] + 1);
    return block;
  };
  const blocksNow = () => page.sections.at(-1)?.blocks ?? page.intro;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'front_matter':
        break;
      case 'html_block':
        // Comments only: text between two comments would be lost.
        if (!/^(?:\s*<!--(?:(?!-->)[\s\S])*-->)+\s*$/.test(token.content)) fail(token, 'HTML is not allowed in content; only <!-- comments -->');
        break;
      case 'heading_open': {
        const level = Number(token.tag.slice(1));
        if (level < 2) fail(token, 'the page title is the front matter "title"; start headings at ##');
        const heading = atLine({ type: 'heading', id: idOf(token, 'heading'), depth: level - 1, children: inline(tokens[i + 1]) }, token);
        if (level === 2) page.sections.push({ heading, blocks: [] });
        else if (!page.sections.length) fail(token, `a ${token.markup} heading needs a ## section heading before it`);
        else blocksNow().push(heading);
        i += 2;
        break;
      }
      case 'paragraph_open':
        blocksNow().push(atLine({ type: 'paragraph', id: idOf(token, 'paragraph'), children: inline(tokens[i + 1]) }, token));
        i += 2;
        break;
      case 'bullet_list_open': {
        const list = { type: 'list', id: idOf(token, 'list (put {#some-id} on the line after it)'), items: [] };
        for (i++; tokens[i].type !== 'bullet_list_close'; i++) {
          const item = tokens[i];
          if (item.type !== 'list_item_open') fail(item, `unexpected ${item.type} in a list`);
          if (tokens[i + 1].type !== 'paragraph_open' || tokens[i + 4].type !== 'list_item_close') {
            fail(item, 'a list item holds one paragraph of text, nothing else');
          }
          list.items.push(atLine({ type: 'listItem', id: idOf(item, 'list item'), children: inline(tokens[i + 2]) }, item));
          i += 4;
        }
        blocksNow().push(list);
        break;
      }
      default:
        fail(token, `unknown block type "${token.type.replace(/_open$/, '')}": use headings, paragraphs and bullet lists`);
    }
  }
  return page;
}

function parseFrontMatter(raw, file) {
  if (raw === null) throw new ContentError(file, 1, 'front matter (--- title: … ---) is missing');
  const data = parseYaml(raw) ?? {};
  const text = (key, required) => {
    const value = data[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || !value.trim()) {
      throw new ContentError(file, 1, `front matter "${key}" must be a non-empty text`);
    }
    // Front matter is shown as it is: a mark there would show as [brackets] and {braces}.
    if (/[{}]/.test(value)) throw new ContentError(file, 1, `front matter "${key}" is plain text: [Dutch words]{${DUTCH_MARK}} works in the text below it only`);
    return value.trim();
  };
  const lastReviewed = String(data['last-reviewed'] ?? '');
  // A real date: 2026-02-30 has the form of one but is none.
  const isDate = DATE.test(lastReviewed) && !Number.isNaN(Date.parse(lastReviewed)) && new Date(lastReviewed).toISOString().slice(0, 10) === lastReviewed;
  if (!isDate) {
    throw new ContentError(file, 1, 'front matter "last-reviewed" must be a date like 2026-01-31');
  }
  const known = ['title', 'attribution', 'last-reviewed', 'translation'];
  const unknown = Object.keys(data).filter((key) => !known.includes(key));
  if (unknown.length) throw new ContentError(file, 1, `unknown front matter "${unknown[0]}": use ${known.join(', ')}`);
  const translation = text('translation', false);
  if (translation && !TRANSLATION_STATUSES.includes(translation)) {
    throw new ContentError(file, 1, `front matter "translation" must be ${TRANSLATION_STATUSES.join(' or ')}`);
  }
  const attribution = text('attribution', false);
  return { title: text('title', true), ...(attribution ? { attribution } : {}), lastReviewed, ...(translation ? { translation } : {}) };
}

/** markdown-it inline tokens to Inline nodes: text, emphasis, https/mailto/tel links and marked Dutch. */
function parseInline(tokens, fail) {
  const stack = [[]];
  /** The nodes opened and not yet closed. */
  const opened = [];
  const open = (node) => {
    stack.at(-1).push(node);
    stack.push(node.children);
    opened.push(node);
  };
  const close = () => {
    stack.pop();
    return opened.pop();
  };
  const onlyAttributes = (token, allowed, what) => {
    const extra = (token.attrs ?? []).find(([name]) => !allowed.includes(name));
    if (extra) fail(`${what} takes no {${extra[0]}=…}: the one mark is [Dutch words]{${DUTCH_MARK}}`);
  };
  for (const token of tokens) {
    const into = stack.at(-1);
    if (opened.at(-1)?.type === 'dutch' && !['text', 'softbreak', 'span_close'].includes(token.type)) {
      fail(`a [Dutch]{${DUTCH_MARK}} mark holds plain text only, no ${token.type.replace(/_open$/, '')}`);
    }
    switch (token.type) {
      case 'text':
        // Braces left in the text are a mark that did not take, e.g. `(huisarts) {lang=nl}`.
        if (/[{}]/.test(token.content)) fail(`"${token.content.trim()}": braces belong right after a bracketed mark, [Dutch words]{${DUTCH_MARK}}`);
        if (token.content) {
          if (typeof into.at(-1) === 'string') into[into.length - 1] += token.content;
          else into.push(token.content);
        }
        break;
      case 'softbreak':
        if (typeof into.at(-1) === 'string') into[into.length - 1] += ' ';
        else into.push(' ');
        break;
      case 'em_open':
        onlyAttributes(token, [], 'emphasis');
        open({ type: 'emphasis', children: [] });
        break;
      case 'link_open': {
        onlyAttributes(token, ['href', 'title'], 'a link');
        const href = token.attrGet('href');
        if (!LINK_SCHEMES.some((scheme) => href.startsWith(scheme))) {
          fail(`link "${href}" must start with ${LINK_SCHEMES.join(' or ')}`);
        }
        open({ type: 'link', href, children: [] });
        break;
      }
      case 'span_open':
        onlyAttributes(token, [], 'a mark');
        if (token.info !== DUTCH_MARK) fail(`[…]{${token.info}}: the one mark is {${DUTCH_MARK}}, for Dutch words in a translation`);
        open({ type: 'dutch', children: [] });
        break;
      case 'em_close':
      case 'link_close':
        close();
        break;
      case 'span_close': {
        const [text = ''] = close().children;
        if (!text.trim() || text !== text.trim()) fail(`[${text}]{${DUTCH_MARK}}: a mark holds the Dutch words, without spaces around them`);
        break;
      }
      default:
        fail(`unknown inline type "${token.type.replace(/_open$/, '')}": use plain text, *emphasis*, links and [Dutch words]{${DUTCH_MARK}}`);
    }
  }
  const nodes = stack[0];
  if (typeof nodes[0] === 'string') nodes[0] = nodes[0].trimStart();
  if (typeof nodes.at(-1) === 'string') nodes[nodes.length - 1] = nodes.at(-1).trimEnd();
  return nodes;
}

/** Every block id of a page, in order, with the line it is on (for comparing languages). */
function blockIds(page) {
  const ids = [];
  const walk = (blocks) => {
    for (const block of blocks) {
      ids.push(block.id);
      if (block.type === 'list') ids.push(...block.items.map((item) => item.id));
    }
  };
  walk(page.intro);
  for (const section of page.sections) {
    ids.push(section.heading.id);
    walk(section.blocks);
  }
  return ids;
}

/**
 * A date as a reader of `lang` writes it ("22 november 2026"), made here once rather than in
 * every browser: the same text in every engine and in the static HTML, and no locale data to load
 * at run time. UTC, so that it is the same day everywhere; Latin digits.
 */
function formatDate(isoDate, lang) {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(new Date(isoDate));
}

/** The languages of lit-localize.json, its source language first. */
export async function readLanguages(configFile = join(root, 'lit-localize.json')) {
  const { sourceLocale, targetLocales } = JSON.parse(await readFile(configFile, 'utf8'));
  return [sourceLocale, ...targetLocales];
}

/**
 * Reads content/ in each of `languages` (the first is the source), checks that the source has
 * `requiredIds`, validates every translation against the source, checks the marks of Dutch words
 * in the translations (checkDutchMarks), and returns
 * { [lang]: { [page]: Page } }.
 */
export async function readContent(contentDir = join(root, 'content'), languages = undefined, requiredIds = REQUIRED_IDS) {
  languages ??= await readLanguages();
  const [sourceLanguage] = languages;
  const folders = (await readdir(contentDir, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== 'sources').map((entry) => entry.name);
  const stray = folders.find((folder) => !languages.includes(folder));
  if (stray) {
    throw new ContentError(relative(root, join(contentDir, stray)), undefined, `"${stray}" is not a language of lit-localize.json: add it to targetLocales, or remove the folder`);
  }

  const content = {};
  for (const lang of languages) {
    content[lang] = {};
    for (const name of PAGES) {
      const path = join(contentDir, lang, `${name}.md`);
      const file = relative(root, path);
      const markdown = await readFile(path, 'utf8').catch(() => {
        throw new ContentError(file, undefined, `missing: every language of lit-localize.json has ${PAGES.map((p) => `${p}.md`).join(', ')}`);
      });
      const page = { ...parsePage(markdown, file) };
      page.lastReviewedText = formatDate(page.lastReviewed, lang);
      if (lang === sourceLanguage) {
        if (page.translation) throw new ContentError(file, 1, `the source language has no front matter "translation"`);
        const missing = (requiredIds[name] ?? []).find((id) => !blockIds(page).includes(id));
        if (missing) throw new ContentError(file, undefined, `block "${missing}" is missing: an element's attribute or code names it (see REQUIRED_IDS in scripts/build-content.mjs)`);
      } else {
        if (!page.translation) throw new ContentError(file, 1, `front matter "translation" is missing: ${TRANSLATION_STATUSES.join(' or ')}`);
        const expected = blockIds(content[sourceLanguage][name]);
        const actual = blockIds(page);
        const missing = expected.find((id) => !actual.includes(id));
        const extra = actual.find((id) => !expected.includes(id));
        if (missing) throw new ContentError(file, undefined, `block "${missing}" of ${sourceLanguage}/${name}.md is missing`);
        if (extra) throw new ContentError(file, undefined, `block "${extra}" is not in ${sourceLanguage}/${name}.md`);
        const moved = expected.findIndex((id, i) => actual[i] !== id);
        if (moved !== -1) throw new ContentError(file, undefined, `block "${actual[moved]}" is out of order: ${sourceLanguage}/${name}.md has "${expected[moved]}" there`);
        const reshaped = structureMismatch(content[sourceLanguage][name], page);
        if (reshaped) throw new ContentError(file, undefined, `block "${reshaped}" is not the same kind of block as in ${sourceLanguage}/${name}.md`);
      }
      content[lang][name] = page;
    }
  }
  checkDutchMarks(content, (lang, name) => relative(root, join(contentDir, lang, `${name}.md`)));
  return content;
}

// Dutch words in a translation, [huisarts]{lang=nl}. A translation keeps some Dutch words, in
// brackets or quotes, so that a parent recognises them at the counter or on a Dutch website. The
// marks make a screen reader speak them in Dutch; these checks keep them right in every language.

/** The plain text of inline nodes. */
const plainText = (nodes) => nodes.map((node) => (typeof node === 'string' ? node : plainText(node.children))).join('');

/** The Dutch words marked in inline nodes, in order. */
const marksIn = (nodes) => nodes.flatMap((node) => (typeof node === 'string' ? [] : node.type === 'dutch' ? [plainText(node.children)] : marksIn(node.children)));

/** The text outside the marks. A mark leaves a line break, so that no words join across it. */
const unmarkedText = (nodes) => nodes.map((node) => (typeof node === 'string' ? node : node.type === 'dutch' ? '\n' : unmarkedText(node.children))).join('');

/** Whether `text` has `words` as whole words: "arts" is not in "huisarts". */
function hasWords(text, words, flags = 'u') {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags).test(text);
}

/** Text in brackets or quotes, where a translation keeps Dutch words: `(huisarts)`, `«…»`, `„…”`. */
const BRACKETED = /\(([^()\n]+)\)|‘([^’\n]+)’|“([^”\n]+)”|„([^”“\n]+)[”“]|«([^»\n]+)»|"([^"\n]+)"|'([^'\n]+)'/gu;

/** Bidirectional marks, invisible; an Arabic text may have one after Dutch words. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

/**
 * Checks the Dutch marks of every translation, failing with file and line:
 * - the source language has none: it is all Dutch;
 * - a mark holds Dutch words that the Dutch page has, spelled the same;
 * - Dutch words in brackets or quotes are marked, and so is every other occurrence of words that
 *   are marked somewhere in a translation;
 * - the marks are in step: in each block, every translation marks the same Dutch words. Two marks
 *   name the same words when one holds the other, as "pedagogisch medewerker van de opvang" holds
 *   "pedagogisch medewerker": a translation may keep more of a Dutch phrase than another.
 */
function checkDutchMarks(content, fileOf) {
  const [source, ...translations] = Object.keys(content);
  const fail = (lang, name, block, message) => {
    throw new ContentError(fileOf(lang, name), lineOf.get(block), message);
  };
  const marked = new Set();
  for (const name of PAGES) {
    const dutchPage = content[source][name];
    const dutchText = [dutchPage.title, dutchPage.attribution ?? '', ...textBlocks(dutchPage).map((block) => plainText(block.children))].join('\n');
    for (const block of textBlocks(dutchPage)) {
      const [mark] = marksIn(block.children);
      if (mark) fail(source, name, block, `[${mark}]{${DUTCH_MARK}}: the Dutch text needs no marks, it is all Dutch`);
    }
    for (const lang of translations) {
      for (const block of textBlocks(content[lang][name])) {
        for (const mark of marksIn(block.children)) {
          if (!hasWords(dutchText, mark))
            fail(lang, name, block, `[${mark}]{${DUTCH_MARK}}: ${source}/${name}.md does not have these words: mark only Dutch words of the Dutch text, spelled as there`);
          marked.add(mark);
        }
        for (const match of unmarkedText(block.children).matchAll(BRACKETED)) {
          const words = match.slice(1).find(Boolean).replace(BIDI_MARKS, '').trim();
          if (/\p{L}/u.test(words) && hasWords(dutchText, words)) fail(lang, name, block, `"${match[0]}" is Dutch, from ${source}/${name}.md: mark it, as [${words}]{${DUTCH_MARK}}`);
        }
      }
    }
  }
  for (const lang of translations) {
    for (const name of PAGES) {
      for (const block of textBlocks(content[lang][name])) {
        const unmarked = unmarkedText(block.children);
        const words = [...marked].find((mark) => hasWords(unmarked, mark, 'iu'));
        if (words) fail(lang, name, block, `"${words}" is Dutch, marked elsewhere: mark it here too, as [${words}]{${DUTCH_MARK}}`);
      }
    }
  }
  const sameWords = (a, b) => hasWords(a, b) || hasWords(b, a);
  for (const name of PAGES) {
    const blocks = Object.fromEntries(translations.map((lang) => [lang, textBlocks(content[lang][name])]));
    textBlocks(content[source][name]).forEach(({ id }, i) => {
      /** Marks that name the same Dutch words, at most one per translation. */
      const groups = [];
      for (const lang of translations) {
        for (const mark of marksIn(blocks[lang][i].children)) {
          const group = groups.find((g) => !g.languages.includes(lang) && g.marks.some((other) => sameWords(mark, other)));
          if (!group) groups.push({ languages: [lang], marks: [mark] });
          else {
            group.languages.push(lang);
            group.marks.push(mark);
          }
        }
      }
      for (const { languages, marks } of groups) {
        const without = translations.filter((lang) => !languages.includes(lang));
        if (!without.length) continue;
        // Name a translation on the smaller side: one that lacks a mark, or one with a mark too many.
        if (without.length <= languages.length) {
          fail(
            without[0],
            name,
            blocks[without[0]][i],
            `block "${id}" has no [${marks[0]}]{${DUTCH_MARK}}, which ${languages.join(', ')} mark${languages.length > 1 ? '' : 's'}: mark the same Dutch words in every translation`,
          );
        } else {
          fail(
            languages[0],
            name,
            blocks[languages[0]][i],
            `block "${id}" marks [${marks[0]}]{${DUTCH_MARK}}, which ${without.join(', ')} ${without.length > 1 ? 'do' : 'does'} not: mark the same Dutch words in every translation`,
          );
        }
      }
    });
  }
}

/** Every heading, paragraph and list item of a page, in the order of blockIds. */
function textBlocks(page) {
  const blocks = (list) => list.flatMap((block) => (block.type === 'list' ? block.items : [block]));
  return [...blocks(page.intro), ...page.sections.flatMap((section) => [section.heading, ...blocks(section.blocks)])];
}

/** A page without its text: the block tree of ids, types and heading depths. */
function structureOf(page) {
  const strip = (blocks) =>
    blocks.map((block) => {
      if (block.type === 'list') return { type: 'list', id: block.id, items: block.items.map((item) => ({ type: 'listItem', id: item.id })) };
      if (block.type === 'heading') return { type: 'heading', id: block.id, depth: block.depth };
      return { type: block.type, id: block.id };
    });
  return {
    intro: strip(page.intro),
    sections: page.sections.map((section) => ({ heading: strip([section.heading])[0], blocks: strip(section.blocks) })),
  };
}

/** The id of the first block whose type or depth differs between two pages with the same ids. */
function structureMismatch(expected, actual) {
  const flatten = (page) => {
    const { intro, sections } = structureOf(page);
    return [...intro, ...sections.flatMap((section) => [section.heading, ...section.blocks])];
  };
  const a = flatten(expected);
  const b = flatten(actual);
  return a.find((block, i) => JSON.stringify(block) !== JSON.stringify(b[i]))?.id;
}

/**
 * A page as the elements get it: sections, lists and list items keep their ids (the sections,
 * age and tips attributes), other blocks only where an element's code looks for them
 * (REQUIRED_IDS). The other ids serve the checks above; in the script nothing would read them.
 */
export function elementPageOf(page, name) {
  const required = REQUIRED_IDS[name] ?? [];
  const strip = (blocks) =>
    blocks.map((block) => {
      if (block.type === 'list' || required.includes(block.id)) return block;
      const { id, ...withoutId } = block;
      return withoutId;
    });
  return { ...page, intro: strip(page.intro), sections: page.sections.map((section) => ({ heading: section.heading, blocks: strip(section.blocks) })) };
}

const HEADER = '// Generated by scripts/build-content.mjs from content/. Do not edit: change content/ and run `npm run build`.\n';

/** A language code as a JavaScript name: `zh-Hant` becomes `zh_Hant`. */
export const identifier = (language) => language.replace(/\W/g, '_');

/**
 * The index of a build's content: the pages of `languages`. With several languages, as the texts
 * of each for pagesOf (layout.ts, from layoutOf); with the source language alone (the Dutch-only
 * build), as they are, and the languages it leaves out named, so that it can say where they are.
 */
function indexModule(languages, pages, layout, allLanguages) {
  if (!layout) {
    return (
      `${HEADER}import type { Page, PageName } from '../../content/types.js';\n\n` +
      `/** The languages of this build, the source language first. */\n` +
      `export const LANGUAGES = ${JSON.stringify(languages)} as const;\n\n` +
      `/** The languages of the build with every language. */\n` +
      `export const ALL_LANGUAGES: readonly string[] = ${JSON.stringify(allLanguages)};\n\n` +
      `const pages: Record<string, Record<PageName, Page>> = ${JSON.stringify(Object.fromEntries(languages.map((lang) => [lang, pages[lang]])), null, 2)};\n\n` +
      `/** The pages in \`language\`; none for a language not in this build. */\n` +
      `export const pagesIn = (language: string): Record<PageName, Page> | undefined => (Object.hasOwn(pages, language) ? pages[language] : undefined);\n`
    );
  }
  // A build that takes only LANGUAGES from here (the npm package) leaves the texts out.
  return (
    `${HEADER}import type { Page, PageName } from '../../content/types.js';\n` +
    `import { pagesOf, type Texts } from './layout.js';\n\n` +
    `/** The languages of this build, the source language first. */\n` +
    `export const LANGUAGES = ${JSON.stringify(languages)} as const;\n\n` +
    `/** The languages of the build with every language: this one's. */\n` +
    `export const ALL_LANGUAGES: readonly string[] = LANGUAGES;\n\n` +
    `/**\n` +
    ` * Each language's texts (layout.ts), each in a function: a page shows one language, and the\n` +
    ` * browser compiles the others, and builds their strings and objects, only when a visitor asks.\n` +
    ` */\n` +
    `const texts: Record<string, () => Texts> = {\n${languages.map((lang) => `  ${JSON.stringify(lang)}: () => (${JSON.stringify(layout.texts[lang])}),\n`).join('')}};\n\n` +
    `const made: Record<string, Record<PageName, Page>> = {};\n\n` +
    `/** The pages in \`language\`, made the first time they are asked for; none for a language not in this build. */\n` +
    `export const pagesIn = (language: string): Record<PageName, Page> | undefined =>\n` +
    `  Object.hasOwn(texts, language) ? (made[language] ??= pagesOf(texts[language]())) : undefined;\n`
  );
}

/** The keys of a page after its front matter, in the order the content build gives them. */
const PAGE_BODY = ['intro', 'sections', 'lastReviewedText'];

/**
 * A page's block tree as code, each block's text (`children`) given by `text(children)`, in the
 * order of the page. The indentation is for a reader of the generated module.
 */
function treeCode(page, text) {
  const indent = (depth) => '  '.repeat(depth);
  const block = (node, depth) =>
    `{ ${Object.entries(node)
      .map(([key, value]) => `${key}: ${key === 'children' ? text(value) : key === 'items' ? blocks(value, depth) : JSON.stringify(value)}`)
      .join(', ')} }`;
  const blocks = (list, depth) => (list.length ? `[\n${list.map((node) => `${indent(depth + 1)}${block(node, depth + 1)},\n`).join('')}${indent(depth)}]` : '[]');
  const intro = blocks(page.intro, 2);
  const sections = page.sections.map((section) => {
    const heading = block(section.heading, 4);
    return `${indent(3)}{\n${indent(4)}heading: ${heading},\n${indent(4)}blocks: ${blocks(section.blocks, 4)},\n${indent(3)}},\n`;
  });
  return `intro: ${intro},\n${indent(2)}sections: ${sections.length ? `[\n${sections.join('')}${indent(2)}]` : '[]'}`;
}

/**
 * The pages of every language as the one-file script carries them: the block tree, the same in
 * every language (readContent checks it), once, as a function, pagesOf (layout.ts), that takes
 * one language's texts (index.ts): its pages' front matter, the text of each block and the
 * dates. gzip then finds one language's words side by side, not between copies of the tree:
 * about 250 B less gzip on the six-language script. pagesOf(texts[lang]) gives back the pages
 * exactly, their keys in the same order (tests/build/content-build.test.mjs).
 */
export function layoutOf(pagesByLanguage) {
  const [source, ...others] = Object.values(pagesByLanguage);
  for (const name of PAGES) {
    const keys = Object.keys(source[name]);
    if (keys.slice(-PAGE_BODY.length).join() !== PAGE_BODY.join()) throw new Error(`layout: the keys of a page must end in ${PAGE_BODY.join(', ')}`);
    const tree = treeCode(source[name], () => 'text');
    if (others.some((pages) => treeCode(pages[name], () => 'text') !== tree)) throw new Error(`layout: the block tree of ${name} differs between languages`);
  }
  let texts = 0;
  const page = (name, i) => `  ${JSON.stringify(name)}: {\n    ...meta[${i}],\n    ${treeCode(source[name], () => `text[${texts++}]`)},\n    lastReviewedText: reviewed[${i}],\n  },\n`;
  const code =
    `${HEADER}import type { Inline, Page, PageMeta, PageName } from '../../content/types.js';\n\n` +
    `/** One language's texts, in the order pagesOf takes them. */\n` +
    `export interface Texts {\n` +
    `  /** Each page's front matter. */\n  meta: Omit<PageMeta, 'lastReviewedText'>[];\n` +
    `  /** The text of each heading, paragraph and list item. */\n  text: Inline[][];\n` +
    `  /** Each page's date, as a reader of the language writes it. */\n  reviewed: string[];\n}\n\n` +
    `/** One language's pages: the block tree that every language shares, with the language's texts. */\n` +
    `export const pagesOf = ({ meta, text, reviewed }: Texts): Record<PageName, Page> => ({\n${PAGES.map(page).join('')}});\n`;
  const textsOf = (pages) => {
    const text = [];
    for (const name of PAGES) treeCode(pages[name], (children) => text.push(children));
    return {
      meta: PAGES.map((name) => Object.fromEntries(Object.entries(pages[name]).filter(([key]) => !PAGE_BODY.includes(key)))),
      text,
      reviewed: PAGES.map((name) => pages[name].lastReviewedText),
    };
  };
  return { code, texts: Object.fromEntries(Object.entries(pagesByLanguage).map(([lang, pages]) => [lang, textsOf(pages)])) };
}

/**
 * <name>'s page in every language, as its element imports it: in the npm package, an element
 * brings only its own text. (The one-file script takes the pages from index.ts instead, one
 * language after another, which gzip compresses 2 kB better: rollup.config.mjs.)
 */
function pageModule(content, name, languages) {
  const pages = Object.fromEntries(languages.map((lang) => [lang, elementPageOf(content[lang][name], name)]));
  return `${HEADER}import type { Page } from '../../content/types.js';\n\n/** <${name}>'s page, per language. */\nexport const pages: Record<string, Page> = ${JSON.stringify(pages, null, 2)};\n`;
}

/**
 * The ids a host names in the elements' attributes, as typed lists, from the source language's
 * pages: the sections of each element and the example tips of <band-tips>.
 */
export function idsModule(pages) {
  const constant = (doc, name, type, ids) => `/** ${doc} */\nexport const ${name} = ${JSON.stringify(ids)} as const;\nexport type ${type} = (typeof ${name})[number];\n`;
  const sectionIds = (name) => pages[name].sections.map((section) => section.heading.id);
  const tipList = pages['band-tips'].sections.flatMap((section) => section.blocks).find((block) => block.id === TIP_LIST_ID);
  return [
    HEADER,
    constant('The sections of <hechting-uitleg>, for its `sections` attribute.', 'HECHTING_UITLEG_SECTIONS', 'HechtingUitlegSection', sectionIds('hechting-uitleg')),
    constant('The sections of <band-tips>, which its `age` attribute chooses from.', 'BAND_TIPS_SECTIONS', 'BandTipsSection', sectionIds('band-tips')),
    constant(
      'The example tips of <band-tips>, for its `tips` attribute: the items of its list of examples.',
      'TIPS',
      'Tip',
      tipList.items.map((item) => item.id),
    ),
    `/** The list of <band-tips> whose items are the example tips. */\nexport const TIP_LIST = ${JSON.stringify(TIP_LIST_ID)};\n`,
  ].join('\n');
}

/**
 * Writes the content modules: each page in every language (<page>.ts), the ids of the attributes
 * (ids.ts), and two indexes: index.ts with every language (in the layout of layout.ts), and
 * index.<source>.ts with the source language only, for the Dutch-only build.
 */
export async function writeContentModules(content, outDir = join(root, 'src', 'generated')) {
  const languages = Object.keys(content);
  const dir = join(outDir, 'content');
  // Afresh, so that no module of an earlier build stays behind.
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const pages = Object.fromEntries(languages.map((lang) => [lang, Object.fromEntries(PAGES.map((name) => [name, elementPageOf(content[lang][name], name)]))]));
  const layout = layoutOf(pages);
  await writeFile(join(dir, 'layout.ts'), layout.code);
  for (const name of PAGES) await writeFile(join(dir, `${name}.ts`), pageModule(content, name, languages));
  await writeFile(join(dir, 'ids.ts'), idsModule(content[languages[0]]));
  await writeFile(join(dir, 'index.ts'), indexModule(languages, pages, layout));
  await writeFile(join(dir, `index.${languages[0]}.ts`), indexModule(languages.slice(0, 1), pages, undefined, languages));
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  await writeFile(join(outDir, 'version.ts'), `${HEADER}export const VERSION = ${JSON.stringify(version)};\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const content = await readContent();
    await writeContentModules(content);
    console.log(`content: ${Object.keys(content).join(', ')} → src/generated/`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`content build failed: ${error.message}`);
    process.exit(1);
  }
}
