const PREFIX = '[hechting-widget]';
const SHOWN_LENGTH = 60;

/**
 * Every message the widget logs starts with the prefix, so that a webmaster can filter on it, and
 * its code, which the guide explains (docs/handleiding.md, "Bijlage: meldingen in de console").
 * A code stands for one situation only.
 */
export function warn(code: string, message: string): void {
  console.warn(`${PREFIX} ${code} ${message}`);
}

/** A value as a warning shows it: quoted, and cut short when long. */
export function quote(value: string): string {
  return `"${value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value}"`;
}

/** Names in a warning: the first three, quoted, and how many more. */
export function listOf(names: readonly string[]): string {
  return `${names.slice(0, 3).map(quote).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
}

/** Names the element, the attribute and (a readable start of) the value, then what to do. */
export function warnAttribute(tag: string, attribute: string, value: string, code: string, advice: string): void {
  warn(code, `<${tag} ${attribute}=${quote(value)}>: ${advice}`);
}
