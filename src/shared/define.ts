import { warn } from './warn.js';

interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

let warnedAboutSecondCopy = false;

/**
 * Registers a tag unless a copy of the widget (this one loaded twice, or another version) has
 * already done so: then the first definition stays, and this copy says so once, not per tag.
 */
export function define(tag: string, element: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  if (existing.version === undefined) {
    // Not a copy of the widget: another script on the page has this tag.
    warn(`<${tag}> is already defined by another script on this page; hechting-widget leaves it as it is and does not show this element.`);
    return;
  }
  if (warnedAboutSecondCopy) return;
  warnedAboutSecondCopy = true;
  warn(`hechting-widget ${element.version} is loaded more than once on this page; version ${existing.version} was first and stays in use. Keep one <script> for hechting-widget.js.`);
}
