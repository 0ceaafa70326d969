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
  if (existing === element || warnedAboutSecondCopy) return;
  warnedAboutSecondCopy = true;
  warn(
    `hechting-widget ${element.version} is loaded more than once on this page; version ` +
      `${existing.version ?? '(unknown)'} was first and stays in use. Keep one <script> for hechting-widget.js.`,
  );
}
