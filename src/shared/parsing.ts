// While the page is loading, the parser adds a node before what it holds: an element upgraded by
// a script in the <head> has none of its content yet (a placement's paragraph, the static HTML of
// dist/html/ inside an element). These wait until the parser has read past it.

/** Whether the parser has read past a node: something follows it, or one of its ancestors, in the document. */
export function parsedPast(node: Node | null): boolean {
  for (; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/** The nodes waiting for the parser, each with what resolves its wait. */
const waiting = new Map<Node, () => void>();
let observer: MutationObserver | undefined;

function release(): void {
  for (const [node, resolve] of waiting) {
    if (document.readyState !== 'loading' || parsedPast(node)) {
      waiting.delete(node);
      resolve();
    }
  }
  if (!waiting.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** Resolves once the parser has read past `node`; undefined when it already has (or the page has loaded). */
export function whenParsed(node: Node): Promise<void> | undefined {
  if (document.readyState !== 'loading' || parsedPast(node)) return undefined;
  return new Promise((resolve) => {
    waiting.set(node, resolve);
    // One observer for all, only while something waits.
    if (!observer) {
      observer = new MutationObserver(release);
      observer.observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', release, { once: true });
    }
  });
}
