// Parsers for attribute values. Each returns undefined for a value it cannot use, so that the
// element can fall back to the default and say so once (see HechtingElement.resolve).

export function parseHeadingLevel(value: string): number | undefined {
  const trimmed = value.trim();
  return /^[1-6]$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** A parser that accepts one of `choices`, ignoring case and surrounding space. */
export function parseChoice<T extends string>(choices: readonly T[]): (value: string) => T | undefined {
  return (value) => choices.find((choice) => choice === value.trim().toLowerCase());
}

/** The space-separated words of a value such as `sections="goede-band veilige-basis"`. */
export function splitIds(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];

/**
 * The address to put in an `href`, or undefined for anything but https:, http:, mailto: and tel:.
 * Relative addresses resolve against the page, as a plain link would; `javascript:` and `data:`
 * never come back from here.
 */
export function parseHref(value: string): string | undefined {
  // An empty address would link to the page itself.
  if (!value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return LINK_SCHEMES.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A phone number as written (digits, spaces, + - . ( ) /) and its `tel:` address. */
export function parsePhone(value: string): { text: string; href: string } | undefined {
  const text = value.trim();
  const digits = text.replace(/[\s\-.()/]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? { text, href: `tel:${digits}` } : undefined;
}

/** The longest name or link text a host may give; a longer one is left out. */
export const MAX_TEXT_LENGTH = 200;

// Control characters, and the direction controls that could turn the text around them the other
// way (U+202A–U+202E, U+2066–U+2069). Tabs and line breaks are folded into spaces instead.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A host's text as shown: spaces folded, without unsafe characters; `cleaned` if it had some. */
export function parseText(value: string): { text: string; cleaned: boolean } {
  const folded = value.replace(/\s+/g, ' ').trim();
  const text = folded.replace(UNSAFE_CHARACTERS, '').trim();
  return { text, cleaned: text !== folded };
}
