import sinon from 'sinon';

export const TAGS = ['hechting-uitleg', 'band-tips', 'hulp-link'] as const;
export type Tag = (typeof TAGS)[number];

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
