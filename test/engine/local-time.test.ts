// The patient's clock (engine/contract/local-time.ts) against Intl, on random instants and zones:
// the facts `local.hour`, `local.minute` and `local.weekday`, and the instants a deferral picks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS, MISSING, type Facts } from '../../engine/contract/facts.ts';
import { DEFAULT_QUIET_HOURS, inWindow, instantOf, localTime, nextLocalTimes, parseTimeOfDay, timeOfDayText, WEEKDAYS } from '../../engine/contract/local-time.ts';
import type { DecisionRequest } from '../../engine/index.ts';

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Europe/London',
  'Australia/Lord_Howe', // a 30-minute daylight saving shift
  'Asia/Kathmandu', // +05:45
  'Pacific/Chatham', // +12:45 / +13:45
  'America/St_Johns', // -03:30
  'UTC',
];

/** Instants from 1950 to 2100, with a good share near the daylight saving changes of March and November. */
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }),
  fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.constantFrom(2, 3, 9, 10), fc.integer({ min: 0, max: 30 * 24 * 60 })).map(([y, m, minutes]) => Date.UTC(y, m, 1) + minutes * 60_000 + 17),
);

/** What Intl says the wall clock of `zone` reads at `t`. */
function intl(zone: string, t: number): { hour: number; minute: number; weekday: string } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric', weekday: 'long' }).formatToParts(t).map((p) => [p.type, p.value]));
  return { hour: Number(parts.hour), minute: Number(parts.minute), weekday: parts.weekday!.toLowerCase() };
}

/** The facts the clock's facts read: the request does not matter to them. */
const facts = (timeZone: string | undefined, at: number): Facts =>
  ({ request: {} as DecisionRequest, tier: 'none', scope: undefined, templateFields: [], findings: [], labels: [], consent: undefined, vendor: undefined, vendorCovers: false, at, timeZone, quietHours: DEFAULT_QUIET_HOURS }) as Facts;

describe("the patient's clock", () => {
  it('gives the hour, minute and weekday Intl gives, for random instants and zones (facts local.hour, local.minute, local.weekday)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
        const f = facts(zone, t);
        expect([FACTS['local.hour']!.get(f), FACTS['local.minute']!.get(f), FACTS['local.weekday']!.get(f)]).toEqual(Object.values(intl(zone, t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('says whether the clock is in the quiet hours, edges included (21:00 is quiet, 08:00 is not)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
        const { hour } = intl(zone, t);
        expect(FACTS['local.quietHours']!.get(facts(zone, t))).toBe(hour >= 21 || hour < 8);
      }),
      { numRuns: 500 },
    );
    expect(inWindow({ start: 21 * 60, end: 8 * 60 }, 21 * 60)).toBe(true);
    expect(inWindow({ start: 21 * 60, end: 8 * 60 }, 8 * 60)).toBe(false);
    expect(inWindow({ start: 13 * 60, end: 14 * 60 }, 13 * 60 + 30)).toBe(true);
  });

  it('is missing without a time zone: the local facts make a rule indeterminate', () => {
    for (const fact of ['local.hour', 'local.minute', 'local.weekday', 'local.quietHours']) expect(FACTS[fact]!.get(facts(undefined, 0))).toBe(MISSING);
    expect(WEEKDAYS).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
  });

  it('finds the next time the clock reads a time of day: after the instant, on consecutive days, at that reading', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, fc.integer({ min: 0, max: 24 * 60 - 1 }), (zone, t, minuteOfDay) => {
        const next = nextLocalTimes(zone, t, minuteOfDay, 3);
        expect(next.length).toBe(3);
        expect(next[0]!).toBeGreaterThan(t);
        // The first is the next one: a day earlier is not after `t` yet (or the reading did not exist then).
        expect(next[0]! - t).toBeLessThanOrEqual(26 * 3_600_000);
        for (const n of next) {
          const clock = localTime(zone, n);
          // The clock reads the time, unless the clocks jumped over it that day (then: the moment they did).
          if (clock.minuteOfDay !== minuteOfDay) expect(localTime(zone, n - 1000).minuteOfDay).toBeLessThan(minuteOfDay);
        }
        for (let i = 1; i < next.length; i++) expect(next[i]! - next[i - 1]!).toBeGreaterThan(20 * 3_600_000);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a wall-clock time back as the instant, the first of two when clocks go back, the jump when they go forward', () => {
    // 2026-11-01 01:30 happens twice in New York: 05:30Z (EDT), then 06:30Z (EST).
    expect(new Date(instantOf('America/New_York', Date.UTC(2026, 10, 1, 1, 30))).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // 2026-03-08 02:30 never happens there: the clocks go from 02:00 to 03:00 at 07:00Z.
    expect(new Date(instantOf('America/New_York', Date.UTC(2026, 2, 8, 2, 30))).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(new Date(nextLocalTimes('America/New_York', Date.parse('2026-03-08T03:00:00Z'), 8 * 60, 1)[0]!).toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it('reads and writes times of day', () => {
    expect([parseTimeOfDay('08:00'), parseTimeOfDay('8:30'), parseTimeOfDay(' 21:00 '), parseTimeOfDay('24:00'), parseTimeOfDay('8am'), parseTimeOfDay('08:60')]).toEqual([480, 510, 1260, undefined, undefined, undefined]);
    expect([timeOfDayText(480), timeOfDayText(0), timeOfDayText(1439)]).toEqual(['08:00', '00:00', '23:59']);
  });
});
