// Approved templates: the practice registers its message templates in the bundle
// (`template reminder "..." for appointment_reminder = "Hi {first_name}, ... {date} at {time}"`).
// A message that is an instance of one, with every placeholder filled by a value of its type, is
// not doubted word by word by the positive model; the whole text is still read for sensitive
// words, clinical content and identifiers (a location value "Harbor Methadone Clinic" is found).
// A placeholder for a clinical field, or fixed text that could reveal care, is refused at check
// time (engine/check/templates.ts).

/** The placeholder types and the values each accepts. */
const STREET_SUFFIX = '(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Ln|Lane|Dr|Drive|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Ter|Terrace|Sq|Square|Trl|Trail|Plaza|Pike)\\.?';
const CAP_WORD = "\\p{Lu}[\\p{L}'’.&-]{0,30}";
const ADDRESS = `\\d{1,6}\\s+(?:${CAP_WORD}\\s+){1,4}${STREET_SUFFIX}(?:,?\\s+(?:Suite|Ste|Unit|Room|Rm|Floor|Fl|Bldg|Building|#)\\.?\\s*[\\p{L}\\d-]{1,6})?`;
const DAY_WORD =
  '(?:[Tt]oday|[Tt]omorrow|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\.?|\\d{1,4}(?:st|nd|rd|th)?)';

export const PLACEHOLDER_TYPES: Readonly<Record<string, { pattern: string; what: string }>> = {
  first_name: { pattern: `${CAP_WORD}(?: ${CAP_WORD})?`, what: "the patient's first name (one or two capitalized words)" },
  provider: {
    pattern: `(?:(?:Dr\\.?|Doctor|Nurse)\\s+)?${CAP_WORD}(?:\\s+${CAP_WORD}){0,2}(?:,\\s*(?:MD|DO|NP|PA|PA-C|RN|APRN|FNP|FNP-C|DNP))?`,
    what: 'a provider (a title and capitalized names, with MD, DO, NP, PA, RN...)',
  },
  date: { pattern: `${DAY_WORD}(?:[\\s,/.-]{1,3}${DAY_WORD}){0,4}`, what: 'a date (Tue 6/2, Friday, June 12, 2026-06-12, tomorrow)' },
  time: { pattern: '(?:\\d{1,2}(?::\\d{2})?\\s?(?:[AaPp]\\.?\\s?[Mm]\\.?)?|[Nn]oon|[Mm]idnight)', what: 'a time (10:40 AM, 9am, noon)' },
  location: { pattern: ADDRESS, what: 'an address (a number, capitalized street words and a suffix, a suite or unit)' },
  pharmacy: {
    pattern: `${CAP_WORD}(?:\\s+${CAP_WORD}){0,4}(?:,\\s*${ADDRESS})?`,
    what: 'a pharmacy (capitalized words, with its address)',
  },
  amount: { pattern: '\\$\\s?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})?', what: 'an amount ($45.00, $1,204.56)' },
  link: { pattern: "(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9._~%/?#&=+-]*)?", what: 'a link' },
  phone: { pattern: '(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}', what: 'a phone number' },
  code: { pattern: '[A-Za-z0-9-]{3,20}', what: 'a confirmation or reference code' },
  practice: { pattern: '', what: "the practice's name (the `practice` setting)" },
};

/** Placeholder types that would pull a clinical field into the message: refused at check time. */
export const CLINICAL_PLACEHOLDERS = new Set([
  'visit_reason', 'appointment_type', 'department', 'diagnosis', 'medication', 'lab_result', 'result', 'condition', 'procedure',
  'test', 'test_name', 'specialty', 'reason', 'dose', 'clinic',
]);

export interface CompiledTemplate {
  name: string;
  re: RegExp;
}

/** Placeholders of a template text: `{type}` or `{label:type}`, with their offsets. */
export function placeholders(text: string): { type: string; start: number; end: number }[] {
  const out: { type: string; start: number; end: number }[] = [];
  const re = /\{\s*(?:[A-Za-z_][A-Za-z0-9_]*\s*:\s*)?([A-Za-z_][A-Za-z0-9_]*)\s*\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ type: m[1]!, start: m.index, end: m.index + m[0].length });
  return out;
}

/** The fixed text of a template, each placeholder replaced by `fill(type)`. */
export function fixedText(text: string, fill: (type: string) => string): string {
  let out = '';
  let last = 0;
  for (const ph of placeholders(text)) {
    out += text.slice(last, ph.start) + fill(ph.type);
    last = ph.end;
  }
  return out + text.slice(last);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A template as an anchored regex; null when a placeholder type is unknown or clinical (the checker reports those). */
export function compileTemplate(name: string, text: string, practice: string | undefined): CompiledTemplate | null {
  let source = '';
  let last = 0;
  const literal = (s: string): string =>
    s
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map(escape)
      .join('\\s+');
  for (const ph of placeholders(text)) {
    const before = text.slice(last, ph.start);
    source += literalWithSpaces(before, literal);
    const type = PLACEHOLDER_TYPES[ph.type];
    if (type === undefined) return null;
    source += ph.type === 'practice' ? `(?:${escape(practice ?? '\u0000')})` : `(?:${type.pattern})`;
    last = ph.end;
  }
  source += literalWithSpaces(text.slice(last), literal);
  return { name, re: new RegExp(`^\\s*${source}\\s*$`, 'u') };
}

/** Fixed text with its leading and trailing spaces kept as flexible whitespace. */
function literalWithSpaces(s: string, literal: (s: string) => string): string {
  if (s.length === 0) return '';
  const lead = /^\s/.test(s) ? '\\s+' : '';
  const trail = /\s$/.test(s) && s.trim().length > 0 ? '\\s+' : '';
  const core = literal(s);
  return core.length === 0 ? (lead.length > 0 ? '\\s+' : '') : lead + core + trail;
}

/** The first template the text is an instance of, or null. */
export function matchTemplate(templates: readonly CompiledTemplate[], text: string): CompiledTemplate | null {
  if (text.length > 2000) return null;
  for (const t of templates) if (t.re.test(text)) return t;
  return null;
}
