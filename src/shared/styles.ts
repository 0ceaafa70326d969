import { css } from 'lit';

// The one stylesheet of the widget. It styles only the widget's own surfaces and controls; the
// text itself takes the host's font, colour and heading, paragraph, list and link styles, so the
// widget reads like the page around it. Public --hechting-* tokens are read here once, into
// private --_hechting-* variables, and only those are used below.
const styles = css`
  hechting-uitleg,
  band-tips,
  hulp-link {
    display: block;
  }

  .hechting-widget {
    --_hechting-space: var(--hechting-space, 1em);
    --_hechting-border-radius: var(--hechting-border-radius, 0.25em);
    --_hechting-focus-outline-color: var(--hechting-focus-outline-color, var(--utrecht-focus-outline-color, currentColor));
    --_hechting-focus-outline-width: var(--hechting-focus-outline-width, 0.125em);
    --_hechting-surface-background-color: var(--hechting-surface-background-color, transparent);
    --_hechting-surface-border-color: var(--hechting-surface-border-color, currentColor);
    --_hechting-button-background-color: var(--hechting-button-background-color, transparent);
    --_hechting-button-color: var(--hechting-button-color, inherit);
  }

  .hechting-widget :focus-visible {
    outline: var(--_hechting-focus-outline-width) solid var(--_hechting-focus-outline-color);
    outline-offset: 0.125em;
  }

  .hechting-surface {
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

  .hechting-button {
    min-block-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 0.125em solid currentColor;
    border-radius: var(--_hechting-border-radius);
    background-color: var(--_hechting-button-background-color);
    color: var(--_hechting-button-color);
    font: inherit;
    cursor: pointer;
  }

  .hechting-button:hover {
    text-decoration: underline;
  }

  .hechting-section > summary {
    cursor: pointer;
  }

  /* A heading inside <summary> stays a heading for assistive technology and sits beside the marker. */
  .hechting-section > summary > .hechting-heading {
    display: inline;
  }

  .hechting-attribution {
    font-size: 0.875em;
  }

  @media print {
    .hechting-button {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .hechting-button,
    .hechting-surface {
      border-color: CanvasText;
    }
  }
`.cssText;

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
  if (!owner.adoptedStyleSheets.includes(sheet)) owner.adoptedStyleSheets = [...owner.adoptedStyleSheets, sheet];
}
