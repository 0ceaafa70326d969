// The shape of content/ after the build step (scripts/build-content.mjs): a small block tree.

/** Text, or text with emphasis or a link around it. */
export type Inline = string | Emphasis | Link;

export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}

export interface Link {
  type: 'link';
  /** Checked by the build: https:, mailto: or tel: only. */
  href: string;
  children: Inline[];
}

export interface Heading {
  type: 'heading';
  id: string;
  /** 1 for a section heading (##), 2 below it (###), and so on; added to the element's own level. */
  depth: number;
  children: Inline[];
}

export interface Paragraph {
  type: 'paragraph';
  id: string;
  children: Inline[];
}

export interface ListItem {
  type: 'listItem';
  id: string;
  children: Inline[];
}

export interface List {
  type: 'list';
  id: string;
  items: ListItem[];
}

export type Block = Heading | Paragraph | List;

/** A `##` heading and everything up to the next one. */
export interface Section {
  /** Its `id` is the section's id (for the `sections` and `age` attributes). */
  heading: Heading;
  blocks: Block[];
}

export interface Page {
  title: string;
  attribution?: string;
  /** ISO date, from the front matter's `last-reviewed`. */
  lastReviewed: string;
  /** The blocks before the first section. */
  intro: Block[];
  sections: Section[];
}

export type PageName = 'hechting-uitleg' | 'band-tips' | 'hulp-link';
export type Pages = Record<PageName, Page>;
