const PREFIX = '[hechting-widget]';

/** Every message the widget logs starts with the prefix, so a webmaster can filter on it. */
export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/** Names the element, the attribute and (a readable start of) the value, then what to do. */
export function warnAttribute(tag: string, attribute: string, value: string, advice: string): void {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  warn(`<${tag} ${attribute}="${shown}">: ${advice}`);
}
