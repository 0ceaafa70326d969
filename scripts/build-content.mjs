// Turns content/<lang>/<page>.md into typed data modules under src/generated/ (git-ignored).
// Markdown is parsed here, at build time, so nothing of the parser ships to the browser.
// Every problem fails the build with `file:line: what is wrong`.

import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import markdownItFrontMatter from 'markdown-it-front-matter';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_LANGUAGE = 'nl';
export const PAGES = ['hechting-uitleg', 'band-tips', 'hulp-link'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LINK_SCHEMES = ['https:', 'mailto:', 'tel:'];

export class ContentError extends Error {
  constructor(file, line, message) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ContentError';
  }
}

/**
 * Parses one Markdown file into a page: front matter, intro blocks and sections (one per `##`).
 * `file` is only used in error messages.
 */
export function parsePage(source, file) {
  let frontMatter = null;
  const markdown = new MarkdownIt({ html: true })
    .use(markdownItFrontMatter, (raw) => (frontMatter = raw))
    .use(markdownItAttrs, { allowedAttributes: ['id'] });
  const tokens = markdown.parse(source, {});
  const fail = (token, message) => {
    throw new ContentError(file, token?.map ? token.map[0] + 1 : undefined, message);
  };

  const meta = parseFrontMatter(frontMatter, file);
  const page = { ...meta, intro: [], sections: [] };
  const seen = new Map();
  const idOf = (token, what) => {
    const id = token.attrGet('id');
    if (!id) fail(token, `${what} has no id: end it with {#some-id}`);
    if (!ID.test(id)) fail(token, `id "${id}" must be lower-case words joined by hyphens`);
    if (seen.has(id)) fail(token, `duplicate id "${id}" (first used on line ${seen.get(id)})`);
    seen.set(id, token.map[0] + 1);
    return id;
  };
  const inline = (token) => parseInline(token.children, (message) => fail(token, message));
  const blocksNow = () => page.sections.at(-1)?.blocks ?? page.intro;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'front_matter':
        break;
      case 'html_block':
        if (!/^<!--[\s\S]*-->\s*$/.test(token.content)) fail(token, 'HTML is not allowed in content; only <!-- comments -->');
        break;
      case 'heading_open': {
        const level = Number(token.tag.slice(1));
        if (level < 2) fail(token, 'the page title is the front matter "title"; start headings at ##');
        const heading = { type: 'heading', id: idOf(token, 'heading'), depth: level - 1, children: inline(tokens[i + 1]) };
        if (level === 2) page.sections.push({ heading, blocks: [] });
        else if (!page.sections.length) fail(token, `a ${token.markup} heading needs a ## section heading before it`);
        else blocksNow().push(heading);
        i += 2;
        break;
      }
      case 'paragraph_open':
        blocksNow().push({ type: 'paragraph', id: idOf(token, 'paragraph'), children: inline(tokens[i + 1]) });
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
          list.items.push({ type: 'listItem', id: idOf(item, 'list item'), children: inline(tokens[i + 2]) });
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
    return value.trim();
  };
  const lastReviewed = data['last-reviewed'] instanceof Date
    ? data['last-reviewed'].toISOString().slice(0, 10)
    : String(data['last-reviewed'] ?? '');
  if (!DATE.test(lastReviewed)) throw new ContentError(file, 1, 'front matter "last-reviewed" must be a date like 2026-01-31');
  const known = ['title', 'attribution', 'last-reviewed'];
  const unknown = Object.keys(data).filter((key) => !known.includes(key));
  if (unknown.length) throw new ContentError(file, 1, `unknown front matter "${unknown[0]}": use ${known.join(', ')}`);
  const attribution = text('attribution', false);
  return { title: text('title', true), ...(attribution ? { attribution } : {}), lastReviewed };
}

/** markdown-it inline tokens to Inline nodes: text, emphasis and https/mailto/tel links. */
function parseInline(tokens, fail) {
  const stack = [[]];
  const open = (node) => {
    stack.at(-1).push(node);
    stack.push(node.children);
  };
  for (const token of tokens) {
    const into = stack.at(-1);
    switch (token.type) {
      case 'text':
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
        open({ type: 'emphasis', children: [] });
        break;
      case 'link_open': {
        const href = token.attrGet('href');
        if (!LINK_SCHEMES.some((scheme) => href.startsWith(scheme))) {
          fail(`link "${href}" must start with ${LINK_SCHEMES.join(' or ')}`);
        }
        open({ type: 'link', href, children: [] });
        break;
      }
      case 'em_close':
      case 'link_close':
        stack.pop();
        break;
      default:
        fail(`unknown inline type "${token.type.replace(/_open$/, '')}": use plain text, *emphasis* and links`);
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

/** Reads content/, validates every language against nl, and returns { [lang]: { [page]: Page } }. */
export async function readContent(contentDir = join(root, 'content')) {
  const languages = (await readdir(contentDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== 'sources')
    .map((entry) => entry.name)
    .sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b)));
  if (languages[0] !== SOURCE_LANGUAGE) throw new ContentError(contentDir, undefined, `the source language folder "${SOURCE_LANGUAGE}" is missing`);

  const content = {};
  for (const lang of languages) {
    content[lang] = {};
    for (const name of PAGES) {
      const path = join(contentDir, lang, `${name}.md`);
      const file = relative(root, path);
      const source = await readFile(path, 'utf8').catch(() => {
        throw new ContentError(file, undefined, `missing: every language has ${PAGES.map((p) => `${p}.md`).join(', ')}`);
      });
      const page = parsePage(source, file);
      if (lang !== SOURCE_LANGUAGE) {
        const expected = blockIds(content[SOURCE_LANGUAGE][name]);
        const actual = blockIds(page);
        const missing = expected.find((id) => !actual.includes(id));
        const extra = actual.find((id) => !expected.includes(id));
        if (missing) throw new ContentError(file, undefined, `block "${missing}" of ${SOURCE_LANGUAGE}/${name}.md is missing`);
        if (extra) throw new ContentError(file, undefined, `block "${extra}" is not in ${SOURCE_LANGUAGE}/${name}.md`);
      }
      content[lang][name] = page;
    }
  }
  return content;
}

const HEADER = '// Generated by scripts/build-content.mjs from content/. Do not edit: change content/ and run `npm run build`.\n';

export async function writeContentModules(content, outDir = join(root, 'src', 'generated')) {
  await mkdir(join(outDir, 'content'), { recursive: true });
  const languages = Object.keys(content);
  for (const lang of languages) {
    await writeFile(
      join(outDir, 'content', `${lang}.ts`),
      `${HEADER}import type { Pages } from '../../content/types.js';\n\nconst pages: Pages = ${JSON.stringify(content[lang], null, 2)};\n\nexport default pages;\n`,
    );
  }
  await writeFile(
    join(outDir, 'content', 'index.ts'),
    `${HEADER}${languages.map((lang) => `import ${lang} from './${lang}.js';`).join('\n')}\n\nexport const content = { ${languages.join(', ')} };\n`,
  );
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
