const DAY = 24 * 60 * 60 * 1000;

/**
 * The tip for a date on the visitor's calendar: the same for every visitor on that local date,
 * and the next one on the next day, so consecutive days go through every tip.
 */
export function tipIndexForDate(date: Date, tipCount: number): number {
  const day = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY;
  return ((day % tipCount) + tipCount) % tipCount;
}
