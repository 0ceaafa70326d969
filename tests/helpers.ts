import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';

export const TAGS = ['hechting-uitleg', 'band-tips', 'hulp-link'] as const;
export type Tag = (typeof TAGS)[number];

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until every widget in `root` (and `root` itself), also those the widgets render, has rendered. */
export async function widgetsRendered(root: Element): Promise<void> {
  const selector = TAGS.join(',');
  let count = -1;
  let widgets: Widget[];
  while ((widgets = [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)] as Widget[]).length !== count) {
    count = widgets.length;
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  }
}

/**
 * Renders a page fragment with widgets in it, as open-wc's fixture does, and waits until every
 * widget has rendered. Unlike fixture with a plain element, it waits for no animation frame,
 * which a test page in a background tab does not get.
 */
export async function widgetFixture<T extends Element = HTMLElement>(template: TemplateResult | string): Promise<T> {
  const el = fixtureSync<T>(template);
  await widgetsRendered(el);
  return el;
}

/** The text a reader gets from a node, with white space folded as a browser shows it. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The heading levels under a node, in document order. */
export function headingLevels(node: ParentNode): number[] {
  return [...node.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
}

export interface ContentText {
  title: string;
  attribution?: string;
  /** Every heading, paragraph and list item, with its id, in file order. */
  blocks: { id: string; text: string }[];
}

/**
 * Reads a content file as written, straight from content/, without the build step: the front
 * matter's title and attribution, and each `text {#id}` line with its Markdown marker removed.
 */
export async function readContentFile(lang: string, page: Tag): Promise<ContentText> {
  const response = await fetch(`/content/${lang}/${page}.md`);
  if (!response.ok) throw new Error(`content/${lang}/${page}.md: ${response.status}`);
  const [, frontMatter, body] = (await response.text()).match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  const field = (name: string) => frontMatter.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1].trim();
  const blocks = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .map((line) => line.match(/^(?:#{2,6} |- )?(.+?) \{#([a-z0-9-]+)\}$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map(([, text, id]) => ({ id, text }));
  return { title: field('title')!, attribution: field('attribution'), blocks };
}

/**
 * Replaces console.warn for each test of the calling `describe` and collects what it is given,
 * so a test can count the widget's warnings.
 */
export function collectWarnings(): { messages: string[] } {
  const collected = { messages: [] as string[] };
  let stub: sinon.SinonStub;
  beforeEach(() => {
    collected.messages = [];
    stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => collected.messages.push(args.join(' ')));
  });
  afterEach(() => stub.restore());
  return collected;
}

/**
 * The interface strings of a language as translators wrote them: the targets of its XLIFF file,
 * or for the source language the sources (the same in every XLIFF file).
 */
export async function readInterfaceStrings(lang: string, sourceLanguage = 'nl', anyTarget = 'en'): Promise<Record<string, string>> {
  const file = lang === sourceLanguage ? anyTarget : lang;
  const response = await fetch(`/xliff/${file}.xlf`);
  if (!response.ok) throw new Error(`xliff/${file}.xlf: ${response.status}`);
  const xliff = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const part = lang === sourceLanguage ? 'source' : 'target';
  return Object.fromEntries([...xliff.querySelectorAll('trans-unit')].map((unit) => [unit.id, unit.querySelector(part)!.textContent!.trim()]));
}
