// hechting-widget/server as a browser's bundle gets it (the "browser" condition of its exports):
// the server renderer is for a server, and would bring Lit's server build and DOM shims into the
// page. Here it says so, and renders nothing: the elements render their text themselves.
import type { renderElement as render } from './server.js';
import { warn } from './shared/warn.js';

export type { ElementName, ElementOptions, RenderOptions } from './server.js';

export const renderElement: typeof render = () => {
  warn(
    'HW503',
    "renderElement runs on a server, not in the browser, where it renders nothing: call it in a server component or a server route (docs/frameworks.md), and import 'hechting-widget' in the browser.",
  );
  return '';
};
