// The widget's stylesheet is styles.css. The build (rollup.config.mjs) and the test server
// (web-test-runner.config.mjs) serve an import with `?inline` as a module whose default export is
// the minified CSS text (scripts/css.mjs).
import styles from './styles.css?inline';

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
