// The bundle's settings and the words that name them: the `settings` blocks (known keys, given once,
// a time zone and quiet hours that mean something), the `{setting}` placeholders of an alert, the
// times a `defer until` may name, and the time zone a deferral needs. Each check returns its
// diagnostics; the settings found so far are passed in.
import type * as A from '../../grammar/ast.ts';
import { clip, diagnostic, didYouMean, type Diagnostic, type Span } from '../../grammar/diagnostics.ts';
import { DEFAULT_QUIET_HOURS, isTimeZone, parseTimeOfDay, type DayWindow } from '../contract/index.ts';

export interface Settings {
  practice?: string;
  portal_vendor?: string;
  time_zone?: string;
  quiet_hours?: string;
  redaction_replacement?: string;
}

export const SETTINGS: Record<keyof Settings, string> = {
  practice: 'The practice name shown in alerts, as {practice}',
  portal_vendor: 'The vendor id of the patient portal, used when a downgrade routes content to the portal',
  time_zone: 'The practice\'s time zone (an IANA name such as "America/New_York"): the patient\'s clock when a request has no `patient.timeZone`',
  quiet_hours: 'When texts and emails must wait, on the patient\'s clock, such as "21:00-08:00" (the default): `local.quietHours`, `defer until quiet_hours_end`',
  redaction_replacement: 'Words a redaction puts where it removed the name of a place or service, such as "our office" (without it, the phrase is removed)',
};

/** The times of day a `defer until` may name. */
export const DEFER_TIMES: Record<string, string> = {
  quiet_hours_end: 'the end of the quiet hours (the `quiet_hours` setting; 08:00 by default)',
};

/** The settings of the blocks checked so far. */
export interface SettingsFound {
  settings: Settings;
  /** Where each setting is given, for diagnostics about its value. */
  spans: Map<string, Span>;
  /** The quiet hours (`quiet_hours`, by default 21:00 to 08:00), in minutes after local midnight. */
  quietHours: DayWindow;
}

export const noSettings = (): SettingsFound => ({ settings: {}, spans: new Map(), quietHours: DEFAULT_QUIET_HOURS });

/** Checks one `settings` block, adding each valid entry to `found`. */
export function checkSettings(d: A.SettingsDecl, found: SettingsFound): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of d.entries) {
    const key = e.key.name;
    const previous = found.spans.get(key);
    if (!(key in SETTINGS)) {
      out.push(diagnostic('check/unknown-setting', `Unknown setting \`${key}\``, e.key.span, didYouMean(key, Object.keys(SETTINGS)) ?? `known settings: ${Object.keys(SETTINGS).join(', ')}`));
    } else if (previous !== undefined) {
      out.push(diagnostic('check/duplicate-name', `The setting \`${key}\` is already given`, e.key.span, `the first is at ${previous.file}:${previous.line}; keep one of them`));
    } else if (e.value.type !== 'string') {
      out.push(diagnostic('check/type-mismatch', `The setting \`${key}\` takes a text in quotes`, e.value.span, key === 'quiet_hours' ? 'for example `quiet_hours = "21:00-08:00"`' : undefined));
    } else {
      const invalid = invalidSetting(key, e.value);
      if (invalid !== undefined) out.push(invalid);
      else {
        if (key === 'quiet_hours') found.quietHours = parseWindow(e.value.value)!;
        found.settings[key as keyof Settings] = e.value.value;
        found.spans.set(key, e.span);
      }
    }
  }
  return out;
}

/** Settings whose text must mean something: a time zone, a window of the day. */
function invalidSetting(key: string, value: A.StringLiteral): Diagnostic | undefined {
  if (key === 'time_zone' && !isTimeZone(value.value)) {
    // A time zone name is short: a long text gets no "did you mean" (it would be compared with every zone).
    const zones = value.value.length > 64 ? [] : ((Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? []);
    return diagnostic('check/invalid-setting', `"${clip(value.value, 64)}" is not a time zone phigate knows`, value.span, didYouMean(value.value, zones) ?? 'write an IANA time zone name, such as "America/New_York", "America/Chicago" or "America/Los_Angeles"');
  }
  if (key === 'quiet_hours' && parseWindow(value.value) === undefined) {
    return diagnostic('check/invalid-setting', `"${clip(value.value, 64)}" is not a window of the day`, value.span, 'write the start and end on the patient\'s clock, 24-hour, such as "21:00-08:00" (from 9 in the evening to 8 in the morning)');
  }
  return undefined;
}

/** "HH:MM-HH:MM" (or with an en dash, or spaces) as a window of the day; undefined when it is not one, or is empty. */
function parseWindow(text: string): DayWindow | undefined {
  const [from, to, ...rest] = text.split(/\s*[-–]\s*/);
  if (from === undefined || to === undefined || rest.length > 0) return undefined;
  const start = parseTimeOfDay(from);
  const end = parseTimeOfDay(to);
  return start === undefined || end === undefined || start === end ? undefined : { start, end };
}

/** Each `{placeholder}` of an alert must name a setting. */
export function checkPlaceholders(text: A.StringLiteral): Diagnostic[] {
  return [...text.value.matchAll(/\{([^}]*)\}/g)]
    .filter((m) => !(m[1]! in SETTINGS))
    .map((m) => diagnostic('check/unknown-setting', `The alert uses \`{${m[1]}}\`, which is not a setting`, text.span, didYouMean(m[1]!, Object.keys(SETTINGS)) ?? `placeholders: ${Object.keys(SETTINGS).map((k) => `{${k}}`).join(', ')}`));
}

/** `defer until quiet_hours_end` or `defer until "08:30"`. */
export function checkDeferTime(until: A.Name | A.StringLiteral): Diagnostic[] {
  if ('name' in until) {
    if (until.name in DEFER_TIMES) return [];
    return [diagnostic('check/invalid-defer', `\`${until.name}\` is not a time phigate knows`, until.span, `${didYouMean(until.name, Object.keys(DEFER_TIMES)) ?? 'write `defer until quiet_hours_end`'}, or a time of day in quotes such as \`defer until "08:30"\``)];
  }
  if (parseTimeOfDay(until.value) !== undefined) return [];
  return [diagnostic('check/invalid-defer', `"${clip(until.value, 64)}" is not a time of day`, until.span, 'write the time on the patient\'s clock, 24-hour, such as `defer until "08:30"`')];
}

/** A deferral needs the patient's clock: without a `time_zone` setting, a request without `patient.timeZone` has none. */
export function deferZoneWarnings(rules: readonly { name: A.Name; effect: A.Effect }[], settings: Settings): Diagnostic[] {
  if (settings.time_zone !== undefined) return [];
  return rules.flatMap((r) => {
    const defer = r.effect.effect === 'downgrade' ? r.effect.strategies.find((s) => s.strategy === 'defer') : undefined;
    if (defer === undefined) return [];
    return [diagnostic('check/optional-fact', `Rule \`${r.name.name}\` defers sends to a time on the patient's clock, but the bundle has no \`time_zone\` setting: a request without \`patient.timeZone\` cannot be deferred, and its send is denied`, defer.span, 'set the practice\'s time zone in the settings, for example `time_zone = "America/New_York"`', 'warning')];
  });
}
