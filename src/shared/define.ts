import { isServer } from 'lit';
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
  // On a server (Node) there is no page: a framework's server and client builds each evaluate the
  // widget there, and share one registry.
  if (existing === element || isServer) return;
  if (existing.version === undefined) {
    // Not a copy of the widget: another script on the page has this tag.
    warn('HW401', `<${tag}> is defined by another script; hechting-widget leaves it to that one.`);
    return;
  }
  if (warnedAboutSecondCopy) return;
  warnedAboutSecondCopy = true;
  warn('HW402', `hechting-widget is loaded more than once (${existing.version}, then ${element.version}); the first stays. Keep one <script>.`);
}
