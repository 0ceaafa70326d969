// The shape of content/ after the build step (scripts/build-content.mjs): a small block tree.

/** Text, or text with emphasis or a link around it, or Dutch words kept in a translation. */
export type Inline = string | Emphasis | Link | Dutch;

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

/**
 * Dutch words in a translation, such as "(huisarts)", kept so that a parent recognises them: they
 * render with lang="nl". Marked `[huisarts]{lang=nl}` in content/; the build checks every mark.
 */
export interface Dutch {
  type: 'dutch';
  /** Plain text only. */
  children: string[];
}

export interface Heading {
  type: 'heading';
  /** A section's heading has the section's id; another heading only where an element needs it. */
  id?: string;
  /** 1 for a section heading (##), 2 below it (###), and so on; added to the element's own level. */
  depth: number;
  children: Inline[];
}

export interface Paragraph {
  type: 'paragraph';
  /** Only where an element's code looks for it (REQUIRED_IDS in scripts/build-content.mjs). */
  id?: string;
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

export type SectionHeading = Heading & { id: string };

/** A `##` heading and everything up to the next one. */
export interface Section {
  /** Its `id` is the section's id (for the `sections` and `age` attributes). */
  heading: SectionHeading;
  blocks: Block[];
}

/** What the front matter says of a page. */
export interface PageMeta {
  title: string;
  attribution?: string;
  /** ISO date, from the front matter's `last-reviewed`. */
  lastReviewed: string;
  /** That date as a reader of the page's language writes it, made by the content build. */
  lastReviewedText: string;
  /** Translations only: `unchecked` until a professional translator has checked them. */
  translation?: 'unchecked' | 'checked';
}

export interface Page extends PageMeta {
  /** The blocks before the first section. */
  intro: Block[];
  sections: Section[];
}

export type PageName = 'hechting-uitleg' | 'band-tips' | 'hulp-link';
