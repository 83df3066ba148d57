// Dates in requests and vendor registers: ISO 8601 text parsed once, and days that are not on the
// calendar refused instead of rolled over.
import { daysIn } from '../../grammar/tokens.ts';

/** Parsed timestamps by their text. Apps send the same `at`s and consent dates over and over, and `Date.parse` is costly. */
const PARSED_DATES = new Map<string, number>();
/** Enough for a busy stream's recent dates; past it the cache starts over, so memory stays bounded. */
const PARSED_DATES_MAX = 4096;

/**
 * `Date.parse`, cached: NaN for text that is no date, as `Date.parse` gives, and also for a day that is
 * not on the calendar, which `Date.parse` rolls over (2026-02-30 would be March 2).
 */
export function parseDate(text: string): number {
  let t = PARSED_DATES.get(text);
  if (t === undefined) {
    if (PARSED_DATES.size >= PARSED_DATES_MAX) PARSED_DATES.clear();
    t = onCalendar(text) ? Date.parse(text) : Number.NaN;
    PARSED_DATES.set(text, t);
  }
  return t;
}

const YEAR_MONTH_DAY = /^(\d{4})-(\d\d)-(\d\d)/;

/** Whether a text's leading YYYY-MM-DD, if it has one, names a day that exists. */
function onCalendar(text: string): boolean {
  const ymd = YEAR_MONTH_DAY.exec(text);
  return ymd === null || Number(ymd[3]) <= daysIn(Number(ymd[1]), Number(ymd[2]));
}
