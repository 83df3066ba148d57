// The patient's clock: the local date and time of an instant in an IANA time zone, for the facts
// `local.hour`, `local.minute`, `local.weekday` and `local.quietHours`, and the instant a local time
// of day next comes round (a deferred send's `notBefore`). Intl knows the zones; what it gives is
// cached per zone and hour, so a stream of decisions pays for one Intl call per zone and hour.

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface LocalTime {
  /** Milliseconds to add to the instant to read the wall clock as if it were UTC. */
  offset: number;
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  /** 0 is Monday, 6 Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minuteOfDay: number;
}

/** A window of the local day in minutes after midnight, [start, end); it wraps past midnight when end < start. */
export interface DayWindow {
  start: number;
  end: number;
}

/** The quiet hours when a bundle says nothing: 21:00 to 08:00 (TCPA, 47 CFR 64.1200(c)(1)). */
export const DEFAULT_QUIET_HOURS: DayWindow = Object.freeze({ start: 21 * 60, end: 8 * 60 });

const HOUR = 3_600_000;
const DAY = 86_400_000;

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = FORMATTERS.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    if (FORMATTERS.size >= 1024) FORMATTERS.clear();
    FORMATTERS.set(zone, f);
  }
  return f;
}

/** UTC milliseconds of a wall-clock reading, any year (Date.UTC reads 0-99 as 1900-1999). */
function utcOf(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** The zone's offset at instant `t`, straight from Intl. */
function intlOffset(zone: string, t: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of formatter(zone).formatToParts(t)) {
    switch (p.type) {
      case 'year':
        year = Number(p.value);
        break;
      case 'month':
        month = Number(p.value);
        break;
      case 'day':
        day = Number(p.value);
        break;
      case 'hour':
        hour = Number(p.value);
        break;
      case 'minute':
        minute = Number(p.value);
        break;
      case 'second':
        second = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
    }
  }
  const wholeSeconds = t - (((t % 1000) + 1000) % 1000);
  return utcOf(bc ? 1 - year : year, month, day, hour, minute, second) - wholeSeconds;
}

/** Per zone, the offsets of the UTC hours asked about (NaN: it changes within the hour). */
const HOURS = new Map<string, Map<number, number>>();
/** Hours remembered per zone: a stream of decisions asks about a few. */
const HOURS_PER_ZONE = 256;

/**
 * The offset of `zone` at `t`. No zone changes its offset twice within an hour, so when the offsets
 * at both ends of a UTC hour agree they hold throughout it, and that hour is remembered.
 */
export function zoneOffset(zone: string, t: number): number {
  const hour = Math.floor(t / HOUR);
  let hours = HOURS.get(zone);
  const known = hours?.get(hour);
  if (known !== undefined && !Number.isNaN(known)) return known;
  if (known === undefined) {
    const first = intlOffset(zone, hour * HOUR);
    const last = intlOffset(zone, hour * HOUR + HOUR - 1);
    if (hours === undefined) {
      if (HOURS.size >= 1024) HOURS.clear();
      HOURS.set(zone, (hours = new Map()));
    }
    if (hours.size >= HOURS_PER_ZONE) hours.clear();
    hours.set(hour, first === last ? first : Number.NaN);
    if (first === last) return first;
  }
  return intlOffset(zone, t);
}

/** Two entries: the local facts of one decision read the same instant and zone, and a downgrade's re-decision another. */
let lastZone: string | undefined;
let lastAt = Number.NaN;
let lastTime: LocalTime | undefined;
let otherZone: string | undefined;
let otherAt = Number.NaN;
let otherTime: LocalTime | undefined;

/** The wall clock of `zone` at instant `t`. */
export function localTime(zone: string, t: number): LocalTime {
  if (t === lastAt && zone === lastZone && lastTime !== undefined) return lastTime;
  if (t === otherAt && zone === otherZone && otherTime !== undefined) return otherTime;
  const offset = zoneOffset(zone, t);
  const local = t + offset;
  const days = Math.floor(local / DAY);
  const ms = local - days * DAY;
  const date = new Date(days * DAY);
  const time: LocalTime = {
    offset,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: Math.floor(ms / HOUR),
    minute: Math.floor((ms % HOUR) / 60_000),
    weekday: (((days + 3) % 7) + 7) % 7, // 1970-01-01 was a Thursday
    minuteOfDay: Math.floor(ms / 60_000),
  };
  otherZone = lastZone;
  otherAt = lastAt;
  otherTime = lastTime;
  lastZone = zone;
  lastAt = t;
  lastTime = time;
  return time;
}

/** Whether a minute of the day falls in a window (which may wrap past midnight). */
export function inWindow(window: DayWindow, minuteOfDay: number): boolean {
  return window.start <= window.end ? minuteOfDay >= window.start && minuteOfDay < window.end : minuteOfDay >= window.start || minuteOfDay < window.end;
}

/**
 * The instant the wall clock of `zone` reads `localMs` (a wall-clock reading as UTC milliseconds).
 * A reading that happens twice (clocks going back) gives the first; one that never happens (clocks
 * going forward) gives the instant the clocks reached it, as a person would say.
 */
export function instantOf(zone: string, localMs: number): number {
  const guess = localMs - zoneOffset(zone, localMs);
  const candidates = [zoneOffset(zone, guess - 6 * HOUR), zoneOffset(zone, guess), zoneOffset(zone, guess + 6 * HOUR)].map((o) => localMs - o);
  const exact = candidates.filter((t) => t + zoneOffset(zone, t) === localMs);
  if (exact.length > 0) return Math.min(...exact);
  // In a gap: the first instant whose reading is past it, where the clocks jumped.
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + zoneOffset(zone, mid) < localMs) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The instants after `t`, one per day for `days` days, at which the wall clock of `zone` reads
 * `minuteOfDay`: the first is the next time it comes round.
 */
export function nextLocalTimes(zone: string, t: number, minuteOfDay: number, days: number): number[] {
  const now = localTime(zone, t);
  const today = utcOf(now.year, now.month, now.day, 0, 0, 0);
  const out: number[] = [];
  for (let d = 0; out.length < days && d < days + 2; d++) {
    const instant = instantOf(zone, today + d * DAY + minuteOfDay * 60_000);
    if (instant > t && (out.length === 0 || instant > out[out.length - 1]!)) out.push(instant);
  }
  return out;
}

/** "21:00" or "8:30" as minutes after midnight; undefined when it is not a time of day. */
export function parseTimeOfDay(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (m === null) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h > 23 || min > 59 ? undefined : h * 60 + min;
}

/** "08:00" for 480. */
export const timeOfDayText = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Whether the runtime knows an IANA time zone name. */
export function isTimeZone(name: string): boolean {
  if (name.length === 0) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}
