// The one stylesheet of the widget, in four parts:
// 1. Tokens: each public --hechting-* token is resolved once, on the content root, into a private
//    --_hechting-* variable: the --hechting-* token, else the NL Design System token for the same
//    role (--utrecht-*, then --basis-*). Text tokens end there, unset when none is set; the
//    widget's own surfaces end in a safe default.
// 2. Text: the host's own font, colour and heading, paragraph, list and link styles apply, as to
//    its own text. A style query applies a text token only where one is set, and then it wins
//    over the host's rules. (Without style queries, text tokens still reach what inherits.)
// 3. Structure the host may not break: lists stay lists, links stay inline, the widget reflows.
//    Zero-specificity spacing resists universal resets and gives way to the host's element rules.
// 4. The widget's own surfaces and controls, with defaults drawn in the text colour, so they keep
//    the host's contrast on light and dark pages, and forced colours, reduced motion and print.
// Sizes are in em, layout in logical properties. The build minifies this text (rollup.config.mjs).
const styles = /* css */ `
  hechting-uitleg,
  band-tips,
  hulp-link {
    display: block;
  }

  /* On the content root rather than on the element, so that a class defined under another tag
     name (the package's *.class.js) is themed alike; public tokens reach it by inheritance. */
  .hechting-widget {
    --_hechting-font-family: var(--hechting-font-family, var(--utrecht-document-font-family, var(--basis-text-font-family-default)));
    --_hechting-color: var(--hechting-color, var(--utrecht-document-color, var(--basis-color-default-color-document)));
    --_hechting-heading-font-family: var(--hechting-heading-font-family, var(--utrecht-heading-font-family, var(--basis-heading-font-family)));
    --_hechting-heading-color: var(--hechting-heading-color, var(--utrecht-heading-color, var(--basis-heading-color)));
    --_hechting-link-color: var(--hechting-link-color, var(--utrecht-link-color, var(--basis-color-action-2-color-default)));
    --_hechting-link-hover-color: var(--hechting-link-hover-color, var(--utrecht-link-hover-color, var(--basis-color-action-2-color-hover)));
    --_hechting-focus-outline-color: var(--hechting-focus-outline-color, var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, currentColor)));
    --_hechting-focus-outline-width: var(--hechting-focus-outline-width, var(--utrecht-focus-outline-width, var(--basis-focus-outline-width, max(0.125em, 2px))));
    --_hechting-focus-outline-style: var(--utrecht-focus-outline-style, var(--basis-focus-outline-style, solid));
    --_hechting-focus-outline-offset: var(--utrecht-focus-outline-offset, var(--basis-focus-outline-offset, 0.125em));
    --_hechting-surface-background-color: var(--hechting-surface-background-color, var(--basis-color-default-bg-subtle, transparent));
    --_hechting-surface-border-color: var(--hechting-surface-border-color, var(--basis-color-default-border-default, currentColor));
    --_hechting-border-radius: var(--hechting-border-radius, var(--basis-border-radius-md, 0.25em));
    --_hechting-space: var(--hechting-space, var(--basis-space-block-lg, 1em));
    --_hechting-button-background-color: var(--hechting-button-background-color, var(--utrecht-button-primary-action-background-color, var(--basis-color-action-1-inverse-bg-default, transparent)));
    --_hechting-button-color: var(--hechting-button-color, var(--utrecht-button-primary-action-color, var(--basis-color-action-1-inverse-color-default)));
    --_hechting-text-size: 1em;
  }

  /* Static HTML without the script (dist/html/): the controls that need it keep their place, so
     that nothing moves when the script comes, but do not show. */
  :is(hechting-uitleg, band-tips, hulp-link):not(:defined) .hechting-button {
    visibility: hidden;
  }

  /* 2. Text */
  .hechting-widget {
    color: var(--_hechting-color, inherit);
    font-family: var(--_hechting-font-family, inherit);
    /* A floor for pages that shrink their root font (html { font-size: 62.5% }). */
    font-size: max(1em, 14px);
    overflow-wrap: break-word;
  }

  @container style(--_hechting-color) {
    .hechting-widget :is(p, ul, li, summary) {
      color: var(--_hechting-color) !important;
    }
  }

  @container style(--_hechting-font-family) {
    .hechting-widget * {
      font-family: var(--_hechting-font-family) !important;
    }
  }

  @container style(--_hechting-heading-color) {
    .hechting-widget :is(h1, h2, h3, h4, h5, h6) {
      color: var(--_hechting-heading-color) !important;
    }
  }

  @container style(--_hechting-heading-font-family) {
    .hechting-widget :is(h1, h2, h3, h4, h5, h6),
    .hechting-widget :is(h1, h2, h3, h4, h5, h6) > span {
      font-family: var(--_hechting-heading-font-family) !important;
    }
  }

  @container style(--_hechting-link-color) {
    .hechting-widget a {
      color: var(--_hechting-link-color) !important;
    }
  }

  @container style(--_hechting-link-hover-color) {
    .hechting-widget a:hover {
      color: var(--_hechting-link-hover-color) !important;
    }
  }

  /* 3. Structure. The layout is the widget's own, against any host rule: sections, paragraphs,
     lists, list items and headings stay blocks in the column, with no width, float or position
     of the host's; lists keep their markers, links their underline (colour alone does not tell a
     link from text, WCAG 1.4.1); spacing is the widget's, in em. */
  .hechting-widget,
  .hechting-widget :is(section, details, summary, div, p, ul, li, fieldset, h1, h2, h3, h4, h5, h6) {
    display: block !important;
    float: none !important;
    position: static !important;
    inline-size: auto !important;
    min-inline-size: 0 !important;
    max-inline-size: none !important;
  }

  .hechting-widget,
  .hechting-widget * {
    margin-inline: 0 !important;
  }

  .hechting-widget :is(li, summary) {
    display: list-item !important;
  }

  .hechting-widget :where(p, ul, details, section, fieldset) {
    margin-block: 1em;
  }

  .hechting-widget ul {
    padding-inline-start: 1.5em !important;
    list-style: disc outside !important;
  }

  .hechting-widget :where(li) {
    margin-block: 0.25em;
  }

  .hechting-widget a {
    display: inline !important;
    text-decoration-line: underline !important;
  }

  .hechting-widget summary {
    min-block-size: 24px;
    list-style: disclosure-closed inside !important;
    cursor: pointer;
  }

  .hechting-widget [open] > summary {
    list-style-type: disclosure-open !important;
  }

  /* Text is never smaller than 14 px, whatever size the host gives p or li (a page with
     html { font-size: 62.5% }): it takes the size of where the widget stands. Headings keep the
     host's sizes; their floor is below. */
  .hechting-widget :not(h1, h2, h3, h4, h5, h6) {
    font-size: max(1em, 14px) !important;
  }

  /* Headings: the host's own heading sizes and weights apply; where a reset has flattened them
     (font-size and font-weight: inherit, or all: unset), they stay headings. Each heading sits
     in a bold box (a div, or the summary of a collapsible section), so a heading that inherits
     is bold, while a host's own weight wins. Its text sits in a span whose size is the heading's
     own or, where that is smaller, a floor drawn from the widget's text size (a registered
     property, so it holds the size in px as it inherits). */
  @property --_hechting-text-size {
    syntax: '<length>';
    inherits: true;
    initial-value: 16px;
  }

  .hechting-widget .hechting-heading-box {
    margin-block: 1.25em 0.5em;
    font-weight: bold;
  }

  .hechting-widget :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
  }

  .hechting-widget :is(h1, h2, h3, h4, h5, h6) > span {
    font-size: max(1em, 14px, 1.125 * var(--_hechting-text-size)) !important;
  }

  .hechting-widget .hechting-title > span {
    font-size: max(1em, 14px, 1.25 * var(--_hechting-text-size)) !important;
  }

  /* A heading inside <summary> sits beside the marker. (Whether every screen reader still
     announces it as a heading there has not been checked; see docs/toegankelijkheid.md.) */
  .hechting-widget summary > :is(h1, h2, h3, h4, h5, h6) {
    display: inline !important;
  }

  .hechting-widget :is(.hechting-attribution, .hechting-last-reviewed, .hechting-translation-note) {
    font-size: max(0.875em, 14px) !important;
  }

  /* Who made the text and when it was reviewed belong together. */
  .hechting-widget .hechting-attribution:has(+ .hechting-last-reviewed) {
    margin-block-end: 0.25em;
  }

  .hechting-widget .hechting-attribution + .hechting-last-reviewed {
    margin-block-start: 0.25em;
  }

  /* 4. Own surfaces and controls */
  .hechting-widget :focus-visible {
    outline: var(--_hechting-focus-outline-width) var(--_hechting-focus-outline-style) var(--_hechting-focus-outline-color);
    outline-offset: var(--_hechting-focus-outline-offset);
  }

  .hechting-surface {
    box-sizing: border-box;
    margin-block: var(--_hechting-space);
    padding: var(--_hechting-space);
    border: 0.0625em solid var(--_hechting-surface-border-color);
    border-radius: var(--_hechting-border-radius);
    background-color: var(--_hechting-surface-background-color);
  }

  .hechting-surface > :first-child {
    margin-block-start: 0;
  }

  .hechting-surface > :last-child {
    margin-block-end: 0;
  }

  /* all: revert first: a host rule such as button { all: unset } must not take the button away. */
  .hechting-button {
    all: revert;
    box-sizing: border-box;
    display: inline-block;
    min-block-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 0.125em solid currentColor;
    border-radius: var(--_hechting-border-radius);
    background-color: var(--_hechting-button-background-color);
    color: var(--_hechting-button-color, inherit);
    font: inherit;
    line-height: 1.25;
    /* A word longer than a narrow column breaks rather than pushing the button out of it. */
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  .hechting-button:hover {
    text-decoration: underline;
  }

  .hechting-translation-note > .hechting-button {
    margin-inline-start: 0.5em !important;
  }

  .hechting-widget .hechting-read-aloud {
    display: flex !important;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 1em;
  }

  /* The sentence being read aloud. */
  ::highlight(hechting-read-aloud) {
    background-color: Mark;
    color: MarkText;
  }

  .hechting-languages {
    padding: 0;
    border: 0;
  }

  .hechting-languages > legend {
    margin-block-end: 0.25em;
    padding: 0;
  }

  .hechting-widget .hechting-language-buttons {
    display: flex !important;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* The chosen language: bold, with a thick bottom border that also shows in forced colours. */
  .hechting-language-buttons > .hechting-button[aria-pressed='true'] {
    border-block-end-width: 0.375em;
    font-weight: bold;
  }

  .hechting-tip-text {
    animation: hechting-fade-in 0.3s ease-out;
  }

  @keyframes hechting-fade-in {
    from {
      opacity: 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .hechting-widget * {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .hechting-surface {
      border-color: CanvasText;
    }

    .hechting-button {
      border-color: ButtonText;
      background-color: ButtonFace;
      color: ButtonText;
    }

    .hechting-widget :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .hechting-button {
      display: none;
    }

    .hechting-surface {
      break-inside: avoid;
    }

    .hechting-help-link::after {
      content: ' (' attr(href) ')';
    }
  }
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adopts the stylesheet into the document or shadow root that holds an element, once. A sheet
 * belongs to one document (an element may be moved into an iframe), hence one sheet per document.
 * No <style> element and no style attribute: this works under a strict style-src.
 */
export function adoptStyles(root: Node): void {
  // nodeType rather than instanceof: an element moved into an iframe has that frame's classes.
  const isDocument = root.nodeType === Node.DOCUMENT_NODE;
  if (!isDocument && !(root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root)) return;
  const owner = root as Document | ShadowRoot;
  const document = isDocument ? (root as Document) : root.ownerDocument!;
  const view = document.defaultView;
  if (!view || !('adoptedStyleSheets' in document)) return;
  let sheet = sheets.get(document);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(styles);
    sheets.set(document, sheet);
  }
  // The document's copy also for a widget in a shadow root: @property registers only from there.
  for (const adopter of new Set([document, owner])) {
    if (!adopter.adoptedStyleSheets.includes(sheet)) adopter.adoptedStyleSheets = [...adopter.adoptedStyleSheets, sheet];
  }
}
