// What an element makes of its attributes. The naming rule: a public property (`mode`) keeps what
// the host set, typed as what it may be; each element class has one table of checks for its own
// properties (in its template module, which the server renderer shares), and reads the checked
// values from a private `CheckedAttributes` of that table (`_attributes.values.mode`).
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { listOf } from './warn.js';

/**
 * An element class's attributes, by name, each with whether it is a switch (a boolean): its
 * options, as a placement's address and the server renderer take them. Its property is the
 * attribute's name in camel case (`heading-level`, `headingLevel`), as in every element.
 */
export function attributesOf(element: typeof ReactiveElement | undefined): Map<string, boolean> {
  const options = new Map<string, boolean>();
  for (const [property, { attribute, type }] of element?.elementProperties ?? []) {
    if (attribute !== false) options.set(typeof attribute === 'string' ? attribute : String(property).toLowerCase(), type === Boolean);
  }
  return options;
}

/** The property of an attribute (see attributesOf). */
export const propertyOf = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The rule for one attribute's value: what the element uses, and what it says about a bad value. */
export interface Check<T> {
  /** The value used while the attribute is absent. */
  absent: T;
  /** The value used for `value`; `warn` gets the code and advice about what of it cannot be used. */
  check(value: string, warn: (code: string, advice: string) => void): T;
}

/** Checks by property. */
export type Checks = Readonly<Record<string, Check<unknown>>>;

/** The values that a table of checks gives, by property. */
export type Checked<C extends Checks> = { -readonly [P in keyof C]: C[P] extends Check<infer T> ? T : never };

/** The value `check` gives for a property's value: absent (null or undefined), its `absent`. */
export function checkValue<T>(check: Check<T>, value: unknown, warn: (code: string, advice: string) => void): T {
  return value == null ? check.absent : check.check(String(value), warn);
}

/**
 * The checked values of an element's properties, each worked out in each update in which its
 * property changed, so that a value the element cannot use gives the default and one warning,
 * never a throw. They are worked out after `willUpdate()`, before `render()`.
 */
export class CheckedAttributes<C extends Checks> implements ReactiveController {
  readonly values = {} as Checked<C>;

  /** The properties' values that `values` were checked from. */
  private readonly _checkedFrom: Record<string, unknown> = {};

  constructor(
    private readonly _host: ReactiveControllerHost & object,
    private readonly _checks: C,
    private readonly _warn: (property: string, value: string, code: string, advice: string) => void,
  ) {
    for (const property in _checks) this.values[property] = _checks[property].absent as Checked<C>[typeof property];
    _host.addController(this);
  }

  hostUpdate(): void {
    for (const property in this._checks) {
      const raw: unknown = Reflect.get(this._host, property);
      // As Lit compares: NaN is no change.
      if (Object.is(raw, this._checkedFrom[property])) continue;
      this._checkedFrom[property] = raw;
      this.values[property] = checkValue(this._checks[property], raw, (code, advice) => this._warn(property, String(raw), code, advice)) as Checked<C>[typeof property];
    }
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
 * The address to put in an `href`, as written, or undefined for anything but https:, http:,
 * mailto: and tel:. A relative address stays relative, as the server renderer does not know the
 * page's address: it is checked against a base of https: (a page of http: or file: gives a link of
 * its own kind). `javascript:` and `data:` never come back from here.
 */
function parseHref(value: string): string | undefined {
  const written = value.trim();
  // An empty address would link to the page itself.
  if (!written) return undefined;
  try {
    const url = new URL(written, 'https://server.invalid/');
    return LINK_SCHEMES.includes(url.protocol) ? written : undefined;
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
