// Contrast as WCAG defines it, measured from what the browser computes: text on its background,
// and the widget's marks made of bands of colour (the focus ring, the chosen language's bar).
// The configurator (demo/configurator.js) warns with it; the tests (tests/helpers.ts) assert
// with it. Plain JavaScript, as the rest of demo/.

/**
 * A computed style, read in the element's own document.
 * @param {Element} el
 * @param {string} property
 * @returns {string}
 */
export function computed(el, property) {
  return /** @type {Window} */ (el.ownerDocument.defaultView).getComputedStyle(el).getPropertyValue(property);
}

/** @type {CanvasRenderingContext2D | undefined} */
let canvas;

/**
 * The red, green and blue (0 to 255) and alpha (0 to 1) of a computed colour: rgb() read as it
 * is, any other form (a relative colour computes to lch()) painted on a canvas and read back.
 * @param {string} color
 * @returns {number[]}
 */
export function channels(color) {
  const rgb = color.match(/^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  canvas ??= /** @type {CanvasRenderingContext2D} */ (document.createElement('canvas').getContext('2d', { willReadFrequently: true }));
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#0000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const isTransparent = (/** @type {string} */ color) => channels(color)[3] === 0;

/**
 * A colour painted over another: the two mixed by the upper one's alpha, as rgb().
 * @param {string} upper
 * @param {string} lower
 */
export function over(upper, lower) {
  const [top, bottom] = [channels(upper), channels(lower)];
  const alpha = top[3];
  if (alpha === 1) return upper;
  const mixed = [0, 1, 2].map((i) => Math.round(top[i] * alpha + bottom[i] * (1 - alpha)));
  return `rgb(${mixed.join(', ')})`;
}

/** @param {string} color the relative luminance, as WCAG defines it (alpha not counted) */
function luminance(color) {
  const [r, g, b] = channels(color)
    .slice(0, 3)
    .map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours, 1 to 21.
 * @param {string} a
 * @param {string} b
 */
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour behind an element: the first ancestor's background that is not transparent.
 * @param {Element} el
 */
export function backgroundBehind(el) {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const color = computed(node, 'background-color');
    if (!isTransparent(color)) return color;
  }
  return 'rgb(255, 255, 255)';
}

/** @typedef {{ bands: string[], contrast: number }} Mark */

/**
 * How well a mark made of bands of colour shows: each band of the mark against the colours on
 * both its sides (the lower of the two), the best band's; 1 where no band of it shows.
 * Neighbouring bands of the same colour are one band. A band with 3:1 against both its sides
 * shows whatever surrounds the mark.
 * @param {{ color: string, mark: boolean }[]} bands from one side to the other, surroundings included
 * @returns {Mark}
 */
function markOf(bands) {
  const merged = bands.reduce((/** @type {typeof bands} */ all, band) => {
    const last = all.at(-1);
    if (last && channels(last.color).join() === channels(band.color).join()) last.mark ||= band.mark;
    else all.push({ ...band });
    return all;
  }, []);
  const scores = merged.map((band, i) => (band.mark && i > 0 && i < merged.length - 1 ? Math.min(contrast(band.color, merged[i - 1].color), contrast(band.color, merged[i + 1].color)) : 0));
  return { bands: merged.map((band) => band.color), contrast: Math.max(1, ...scores) };
}

/**
 * The focus ring of a focused element as painted, from its edge outwards: its own background
 * (else what is behind it), its border, then the box-shadow (from the border edge, under the
 * outline) and the outline (from its offset), then the background behind.
 * @param {Element} el
 * @returns {Mark}
 */
export function focusRing(el) {
  const px = (/** @type {string} */ property) => parseFloat(computed(el, property)) || 0;
  const outside = backgroundBehind(el);
  const inside = over(computed(el, 'background-color'), outside);
  const bands = [{ color: inside, mark: false }];
  if (px('border-top-width') > 0 && computed(el, 'border-top-style') !== 'none') bands.push({ color: over(computed(el, 'border-top-color'), inside), mark: false });
  // One ring of box-shadow (no offset, no blur), as the widget draws it; any other shadow counts as none.
  const shadow = computed(el, 'box-shadow').match(/^(.+\)|[a-z]+) 0px 0px 0px (-?[\d.]+)px$/);
  const spread = shadow ? Number(shadow[2]) : 0;
  const hasOutline = computed(el, 'outline-style') !== 'none';
  const [start, end] = hasOutline ? [Math.max(0, px('outline-offset')), px('outline-offset') + px('outline-width')] : [0, 0];
  const edges = [...new Set([0, spread, start, end])].filter((edge) => edge >= 0).sort((a, b) => a - b);
  for (const from of edges.slice(0, -1)) {
    const inShadow = shadow !== null && from < spread;
    const inOutline = from >= start && from < end;
    const under = inShadow ? over(shadow[1], outside) : outside;
    bands.push({ color: inOutline ? over(computed(el, 'outline-color'), under) : under, mark: inShadow || inOutline });
  }
  bands.push({ color: outside, mark: false });
  return markOf(bands);
}

/**
 * The mark of a chosen language button as painted, from the middle of the button down: its
 * background (else what is behind it), the bands of its background image (a linear gradient
 * with hard stops, from the foot of the button up), its bottom border, and the background behind.
 * The bands of the gradient are the mark, and the bottom border where it is thicker than the top.
 * @param {Element} el
 * @returns {Mark}
 */
export function languageMark(el) {
  const outside = backgroundBehind(el);
  const inside = over(computed(el, 'background-color'), outside);
  const gradient = computed(el, 'background-image').match(/^linear-gradient\((.*)\)$/);
  /** @type {{ color: string, mark: boolean }[]} */
  const bar = [];
  if (gradient) {
    const [direction, ...stops] = gradient[1].split(/,(?![^(]*\))/).map((part) => part.trim());
    if (!/^(to top|0deg)$/.test(direction)) throw new Error(`a gradient ${direction}, not to the top`);
    let at = 0;
    let previous = '';
    for (const stop of stops) {
      const [, color, positions] = /** @type {RegExpMatchArray} */ (stop.match(/^(.+?\)|#\w+|[a-z]+)((?: -?[\d.]+px)*)$/));
      const end = Math.max(at, ...positions.trim().split(' ').filter(Boolean).map(parseFloat));
      if (end > at && previous && previous !== color) throw new Error(`a gradient that blends ${previous} into ${color}`);
      if (end > at) bar.unshift({ color: over(color, inside), mark: !isTransparent(color) });
      [at, previous] = [end, color];
    }
    // The last colour goes on to the top of the button.
    bar.unshift({ color: over(previous, inside), mark: !isTransparent(previous) });
  }
  const border = over(computed(el, 'border-bottom-color'), inside);
  const thicker = parseFloat(computed(el, 'border-bottom-width')) > parseFloat(computed(el, 'border-top-width'));
  return markOf([{ color: inside, mark: false }, ...bar, { color: border, mark: thicker }, { color: outside, mark: false }]);
}
