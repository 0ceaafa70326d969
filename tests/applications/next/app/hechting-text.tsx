// A server component: the element with its text in the server's HTML (hechting-widget/server).
import { renderElement, type ElementName, type ElementOptions } from 'hechting-widget/server';

export function HechtingText({ name, options }: { name: ElementName; options?: ElementOptions }) {
  return <div dangerouslySetInnerHTML={{ __html: renderElement(name, options) }} />;
}
