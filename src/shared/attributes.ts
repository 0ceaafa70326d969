// What an element makes of its attributes. The naming rule: a public property (`mode`) keeps what
// the host set, typed as what it may be; the element reads the checked value from a private
// `CheckedAttribute` of the same name (`_mode.value`), declared in one line with its `Check`.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listOf } from './warn.js';

/** The rule for one attribute's value: what the element uses, and what it says about a bad value. */
export interface Check<T> {
  /** The value used while the attribute is absent. */
  absent: T;
  /** The value used for `value`; `warn` gets the code and advice about what of it cannot be used. */
  check(value: string, warn: (code: string, advice: string) => void): T;
}

/**
 * An attribute's checked value, worked out in each update in which its property changed, so that
 * a value the element cannot use gives the default and one warning, never a throw. It is worked
 * out after `willUpdate()`, before `render()`.
 */
export class CheckedAttribute<T> implements ReactiveController {
  value: T;

  /** The property's value that `value` was checked from. */
  private _checkedValue: unknown;

  constructor(
    private readonly _host: ReactiveControllerHost & object,
    private readonly _property: string,
    private readonly _rule: Check<T>,
    private readonly _warn: (property: string, value: string, code: string, advice: string) => void,
  ) {
    this.value = _rule.absent;
    _host.addController(this);
  }

  hostUpdate(): void {
    const raw: unknown = Reflect.get(this._host, this._property);
    // As Lit compares: NaN is no change.
    if (Object.is(raw, this._checkedValue)) return;
    this._checkedValue = raw;
    this.value = raw == null ? this._rule.absent : this._rule.check(String(raw), (code, advice) => this._warn(this._property, String(raw), code, advice));
  }
}

/** A value `parse` accepts; anything else gives `fallback`, with the warning `code` and `advice`. */
export function parsed<T>(parse: (value: string) => T | undefined, fallback: T, code: string, advice: string): Check<T> {
  return {
    absent: fallback,
    check(value, warn) {
      const result = parse(value);
      if (result !== undefined) return result;
      warn(code, `${advice}.`);
      return fallback;
    },
  };
}

/** One of `choices`, ignoring case and surrounding space; anything else gives `fallback`. */
export function choice<T extends string>(choices: readonly T[], fallback: T, code: string, advice: string): Check<T> {
  return parsed((value) => choices.find((choice) => choice === value.trim().toLowerCase()), fallback, code, advice);
}

/** The space-separated words of a value such as `sections="goede-band veilige-basis"`. */
function splitIds(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

/**
 * The ids of a space-separated value that are among `known`, in that order; `normalize` maps a
 * word to its id (or undefined). Unknown words are named in one warning; when none is known (or
 * the value is empty), all of `known` are used. Absent, all of them.
 */
export function ids<T extends string>(known: readonly T[], normalize: (word: string) => T | undefined = (word) => known.find((id) => id === word)): Check<readonly T[]> {
  return {
    absent: known,
    check(value, warn) {
      const words = splitIds(value);
      const wanted = words.map(normalize);
      const unknown = words.filter((_, i) => wanted[i] === undefined);
      const chosen = known.filter((id) => wanted.includes(id));
      const use = `use ${known.join(', ')}. Showing ${chosen.length ? 'the others' : 'all'}.`;
      if (unknown.length) warn('HW204', `unknown ${listOf(unknown)}; ${use}`);
      else if (!chosen.length) warn('HW205', `no ids given; ${use}`);
      return chosen.length ? chosen : known;
    },
  };
}

export function parseHeadingLevel(value: string): number | undefined {
  const trimmed = value.trim();
  return /^[1-6]$/.test(trimmed) ? Number(trimmed) : undefined;
}

const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];

/**
 * The address to put in an `href`, or undefined for anything but https:, http:, mailto: and tel:.
 * Relative addresses resolve against the page, as a plain link would; `javascript:` and `data:`
 * never come back from here.
 */
function parseHref(value: string): string | undefined {
  // An empty address would link to the page itself.
  if (!value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return LINK_SCHEMES.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link attribute: its address, checked (see parseHref); refused, none, with one warning. */
export const address = parsed(parseHref, undefined, 'HW206', 'only https:, http:, mailto: and tel: addresses are linked; showing where parents can turn instead');

/** A phone number as written (digits, spaces, + - . ( ) /) and its `tel:` address. */
export function parsePhone(value: string): { text: string; href: string } | undefined {
  const text = value.trim();
  const digits = text.replace(/[\s\-.()/]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? { text, href: `tel:${digits}` } : undefined;
}

/** The longest name or link text a host may give; a longer one is left out. */
const MAX_TEXT_LENGTH = 200;

// Control characters, and the direction controls that could turn the text around them the other
// way (U+202A–U+202E, U+2066–U+2069). Tabs and line breaks are folded into spaces instead.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A host's text as shown: spaces folded, without unsafe characters; `cleaned` if it had some. */
function parseText(value: string): { text: string; cleaned: boolean } {
  const folded = value.replace(/\s+/g, ' ').trim();
  const text = folded.replace(UNSAFE_CHARACTERS, '').trim();
  return { text, cleaned: text !== folded };
}

/**
 * A host's text (a name, a link text) as shown: control and direction-override characters are left
 * out, with one warning; a text longer than MAX_TEXT_LENGTH is left out whole, with one warning.
 * Undefined for no text.
 */
export const hostText: Check<string | undefined> = {
  absent: undefined,
  check(value, warn) {
    const { text, cleaned } = parseText(value);
    if (text.length > MAX_TEXT_LENGTH) {
      warn('HW208', `is longer than ${MAX_TEXT_LENGTH} characters; it is left out.`);
      return undefined;
    }
    if (cleaned) warn('HW209', 'has control or text-direction characters; they are left out.');
    return text || undefined;
  },
};

/**
 * A link's text, checked by `text` (as it is without `text`). It has no effect without the link:
 * then one warning says to add `linkAttribute`.
 */
export function linkText(link: () => unknown, linkAttribute: string, text?: Check<string | undefined>): Check<string | undefined> {
  return {
    absent: undefined,
    check(value, warn) {
      const checked = text ? text.check(value, warn) : value;
      if (checked && link() == null) warn('HW210', `needs ${linkAttribute}, the address of your help page.`);
      return checked;
    },
  };
}
