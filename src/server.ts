// hechting-widget/server: the elements with their text, as HTML, for a page a server renders
// (Next.js, Nuxt, SvelteKit, Astro, a CMS's own templates). It renders the very templates that
// the elements render in the browser (src/*/…-template.ts), from the same checks of the same
// attributes, through Lit's own server renderer: no DOM, no browser globals, and built as one
// file with everything in it, so that it also runs where a bundler picks browser builds (edge
// runtimes). In the browser, the element takes the text over (src/shared/hechting-element.ts).
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { ReactiveElement } from 'lit';
import { BandTips } from './band-tips/band-tips.js';
import { BAND_TIPS_CHECKS, renderBandTips, tipOfTheDay } from './band-tips/band-tips-template.js';
import { pages as bandTipsPages } from './generated/content/band-tips.js';
import { pages as hechtingUitlegPages } from './generated/content/hechting-uitleg.js';
import { pages as hulpLinkPages } from './generated/content/hulp-link.js';
import { HechtingUitleg } from './hechting-uitleg/hechting-uitleg.js';
import { HECHTING_UITLEG_CHECKS, renderHechtingUitleg } from './hechting-uitleg/hechting-uitleg-template.js';
import { headingLevelBelow } from './content/render.js';
import { HulpLink } from './hulp-link/hulp-link.js';
import { hulpLinkChecks, renderHulpLink } from './hulp-link/hulp-link-template.js';
import { attributesOf, checkValue, propertyOf, type Checked, type Checks } from './shared/attributes.js';
import { contentPageChecks, type ContentPageView } from './shared/content-page-template.js';
import { shownIn, warnAboutLanguage } from './shared/language-controller.js';
import { parseLanguage, SOURCE_LANGUAGE } from './shared/languages.js';
import { inLocale } from './shared/localization.js';
import { listOf, warn, warnAttribute } from './shared/warn.js';
import { ELEMENT_CLASS, SHORT_CLASS, WIDGET_CHECKS, type WidgetView } from './shared/widget-template.js';

/** The elements the server renderer renders. */
export type ElementName = 'hechting-uitleg' | 'band-tips' | 'hulp-link';

/**
 * An element's options: its attributes by name, as in HTML (`'heading-level': 3`), and `lang`. A
 * switch (`collapsible`, `no-title`) is on for `true`; `false`, `null` and `undefined` leave an
 * attribute out.
 */
export type ElementOptions = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface RenderOptions {
  /** The day whose tip `<band-tips mode="tip-of-the-day">` shows (default: today, on the server's clock). */
  readonly date?: Date;
}

const CLASSES: Record<ElementName, typeof ReactiveElement> = { 'hechting-uitleg': HechtingUitleg, 'band-tips': BandTips, 'hulp-link': HulpLink };

/** What @lit-labs/ssr writes for the browser's hydration, which these elements do not use. */
const LIT_MARKERS = /<!--(\/?lit-part[^>]*|lit-node \d+)-->|<\?>/g;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A template as HTML: Lit's server renderer, without its hydration markers, and without the space
 * where it leaves out an event listener's binding (`<button @click=…>`). Text and attribute values
 * hold no `>` but as `&gt;`.
 */
const toHtml = (template: unknown) => collectResultSync(render(template)).replace(LIT_MARKERS, '').replace(/\s+>/g, '>');

/** The checked values of `checks` for `raw` (by property), each bad value with one warning through `warnAbout`. */
function checkAll<C extends Checks>(checks: C, raw: Record<string, unknown>, warnAbout: (property: string, value: string, code: string, advice: string) => void): Checked<C> {
  const values = {} as Record<string, unknown>;
  for (const property in checks) values[property] = checkValue(checks[property], raw[property], (code, advice) => warnAbout(property, String(raw[property]), code, advice));
  return values as Checked<C>;
}

/**
 * The HTML of the element `name` with `options` as its attributes and its text as the element
 * renders it first in the browser, where it takes the text over without a change: the same
 * checks (a bad option: one warning and the default, never a throw), markup, classes, `lang`,
 * `dir`, headings and text. Without `lang`, the text is Dutch (as on a page in Dutch); without
 * `heading-level`, the title is a level 2 heading (as under a page's h1).
 */
export function renderElement(name: ElementName, options: ElementOptions = {}, { date }: RenderOptions = {}): string {
  const element = Object.hasOwn(CLASSES, name) ? CLASSES[name] : undefined;
  if (!element) {
    warn('HW501', `renderElement: unknown element ${listOf([String(name)])}; use ${Object.keys(CLASSES).join(', ')}. It renders nothing.`);
    return '';
  }
  // Lit reads a class's declarations of its properties when the browser first asks for its
  // attributes, which it does here.
  void element.observedAttributes;
  const known = attributesOf(element);
  const attributes: string[] = [];
  const raw: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [attribute, value] of Object.entries(options ?? {})) {
    const isSwitch = known.get(attribute);
    if (attribute !== 'lang' && isSwitch === undefined) unknown.push(attribute);
    else if (value == null || value === false) continue;
    else {
      raw[propertyOf(attribute)] = isSwitch || String(value);
      attributes.push(isSwitch ? attribute : `${attribute}="${escapeAttribute(String(value))}"`);
    }
  }
  if (unknown.length) warn('HW502', `renderElement('${name}'): unknown option ${listOf(unknown)}; use ${['lang', ...known.keys()].join(', ')}. It is left out.`);

  // As the element names an attribute (HechtingElement._warnAbout).
  const warnAbout = (property: string, value: string, code: string, advice: string) => {
    const { attribute } = element.elementProperties.get(property) ?? {};
    warnAttribute(name, typeof attribute === 'string' ? attribute : property.toLowerCase(), value, code, advice);
  };
  // An empty lang is none, as in HTML.
  const declared = raw.lang === '' ? undefined : (raw.lang as string | undefined);
  const requested = declared === undefined ? SOURCE_LANGUAGE : parseLanguage(declared);
  if (declared !== undefined && !requested) warnAboutLanguage(name, declared, true);
  const language = requested ?? SOURCE_LANGUAGE;

  const widgetView = (pages: Parameters<typeof shownIn>[1]): WidgetView => {
    const { headingLevel, languages } = checkAll(WIDGET_CHECKS, raw, warnAbout);
    return { ...shownIn(language, pages, declared), requested: language, part: false, level: headingLevel ?? 2, noTitle: raw.noTitle === true, languages };
  };
  const contentPageView = (pages: Parameters<typeof shownIn>[1]): ContentPageView => {
    const view = widgetView(pages);
    const help = checkAll(contentPageChecks(raw), raw, warnAbout);
    return { ...view, readAloud: raw.noReadAloud === true ? undefined : { state: 'idle' }, help: raw.hulpHref == null ? undefined : help };
  };

  const short = name === 'hulp-link' || (name === 'band-tips' && checkValue(BAND_TIPS_CHECKS.mode, raw.mode, () => {}) === 'tip-of-the-day');
  const classes = [ELEMENT_CLASS, ...(short ? [SHORT_CLASS] : [])].join(' ');
  const content = inLocale(language, () => {
    switch (name) {
      case 'hulp-link':
        return toHtml(renderHulpLink({ ...widgetView(hulpLinkPages), ...checkAll(hulpLinkChecks(raw), raw, warnAbout) }));
      case 'hechting-uitleg': {
        const view = contentPageView(hechtingUitlegPages);
        return withHelp(toHtml(renderHechtingUitleg({ ...view, ...checkAll(HECHTING_UITLEG_CHECKS, raw, warnAbout), collapsible: raw.collapsible === true })), view);
      }
      case 'band-tips': {
        const view = contentPageView(bandTipsPages);
        const values = checkAll(BAND_TIPS_CHECKS, raw, warnAbout);
        return withHelp(toHtml(renderBandTips({ ...view, ...values, tip: tipOfTheDay(values.tips, dayOf(date)), live: true })), view);
      }
    }
  });
  return `<${name} ${[...attributes, `class="${classes}"`].join(' ')}>${content}</${name}>`;
}

/** The day of the tip: `date`, or today where there is none (or it is no date, with one warning). */
function dayOf(date: unknown): Date {
  if (date === undefined) return new Date();
  if (date instanceof Date && Number.isFinite(date.getTime())) return date;
  warn('HW504', `renderElement: the date ${listOf([String(date)])} is no date; showing today's tip.`);
  return new Date();
}

/**
 * The text's HTML with the content of the <hulp-link> that `hulp-href` adds, which in the browser
 * renders itself: a part of the text, in its language, one heading level below its title.
 */
function withHelp(html: string, { help, language, level, hostTextLang }: ContentPageView): string {
  if (!help) return html;
  const part = renderHulpLink({
    ...shownIn(language, hulpLinkPages, undefined),
    hostTextLang,
    requested: language,
    part: true,
    level: headingLevelBelow(level, 1),
    noTitle: false,
    languages: [],
    href: help.hulpHref,
    label: help.hulpHref && help.hulpLabel,
  });
  // A function, not a string: `$&` or `$'` in the help link's address or text is text, not a pattern.
  return html.replace('></hulp-link>', () => `>${toHtml(part)}</hulp-link>`);
}
