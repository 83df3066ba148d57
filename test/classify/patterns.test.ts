// Policy `pattern`s skip texts that lack the literals the regex needs (engine/classify/prefilter.ts).
// That must never change a finding: a pattern finds exactly what its regex finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier, type Finding } from '../../engine/classify/index.ts';
import { literalPrefilter } from '../../engine/classify/prefilter.ts';
import { RE2JS } from 're2js';
import { compilePolicyPattern, policyPattern, translatePattern } from '../../engine/contract/index.ts';

/** What the regex itself finds, with the classifier's rules (non-empty matches; same-label spans inside another dropped). */
function regexFindings(source: string, flags: string, text: string): Finding[] {
  const re = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
  const spans: [number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex = m.index + 1;
    else spans.push([m.index, m.index + m[0].length]);
  }
  return keepOutermost(spans);
}

/** Findings of spans, as the classifier keeps them: sorted, same-label spans inside another dropped. */
function keepOutermost(spans: [number, number][]): Finding[] {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Finding[] = [];
  let maxEnd = -1;
  for (const [start, end] of spans) {
    if (end <= maxEnd) continue;
    maxEnd = end;
    out.push({ label: 'p', start, end });
  }
  return out;
}

/** What the RE2 translation alone finds (the engine every text with a surrogate, and every unbounded pattern, runs on). */
function re2Findings(source: string, flags: string, text: string): Finding[] {
  const spans: [number, number][] = [];
  for (const m of RE2JS.compile(translatePattern(source, flags), RE2JS.LOOKBEHINDS).matchAll(text)) {
    const start = m.index ?? 0;
    if (m[0].length > 0) spans.push([start, start + m[0].length]);
  }
  return keepOutermost(spans);
}

function patternFindings(source: string, flags: string, text: string): Finding[] {
  return createClassifier({ patterns: [{ label: 'p', source, flags }] })
    .classifyText(text)
    .filter((f) => f.label === 'p');
}

/** The default bundle's patterns (policies/00-definitions.policy). */
const POLICY_PATTERNS: [string, string][] = [
  ['\\bPlan B\\b', ''],
  ['\\b(?:BP|blood pressure)\\b\\D{0,20}\\b(?:[6-9]\\d|[12]\\d\\d) ?\\/ ?(?:[4-9]\\d|1[0-4]\\d)\\b', 'i'],
  ['\\b(?=jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?<=\\b(?:date of birth|DOB|birth ?date|born)\\b[^.!?\\n]{0,25})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.? \\d{1,2},? \\d{4}\\b', 'i'],
  ['\\b(?=[A-Z]{1,3}\\d{6,12}\\b)(?<=\\b(?:BCBS|Aetna|Cigna|UHC|Humana|Kaiser|insurance|plan) ID:? )[A-Z]{1,3}\\d{6,12}\\b', ''],
];

describe('policy patterns with a literal prefilter', () => {
  it('finds what the regex finds, in texts with and without the literals', () => {
    const texts = [
      'Ask the pharmacist for Plan B today.', 'plan b', 'PLAN B', 'Plan\u00a0B', 'Plan Bee',
      'BP 150/95 today', 'Blood  Pressure was 120 / 80.', 'bp: 99/60', 'ＢＰ 150/95', 'BP\u200b150/95', 'ʙᴘ 150/95',
      'DOB Jan 5, 1980', 'date of birth: March 3, 1990', 'born on Feb 29, 2000', 'DOB ﬁled: Dec 1, 1999', 'BORN MAY 7 2001',
      'Aetna ID: W123456789', 'insurance ID AB12345678', 'BCBS ID XYZ1234567', 'Cigna ID: A1234567', 'plan id X1234567',
      'Hi Maria, reminder of your appointment Tue 3/3 at 10:15 AM. Msg & data rates may apply.', '',
    ];
    for (const [source, flags] of POLICY_PATTERNS) {
      for (const text of texts) expect(patternFindings(source, flags, text)).toEqual(regexFindings(source, flags, text));
    }
  });

  it('flag iu matches ſ as s and the Kelvin sign as k, which lower-casing does not show', () => {
    for (const [source, flags, text, found] of [
      ['sick', 'iu', 'ſick leave', 1],
      ['sick', 'i', 'ſick leave', 0],
      ['kidney', 'iu', '\u212Aidney', 1],
      ['ſick', 'iu', 'SICK LEAVE', 1],
      ['\u212Aidney', 'iu', 'kidney', 1],
      ['ſick', 'i', 'SICK LEAVE', 0],
    ] as const) {
      const f = patternFindings(source, flags, text);
      expect(f).toEqual(regexFindings(source, flags, text));
      expect(f).toHaveLength(found);
    }
  });

  it("runs on JavaScript's RegExp when backtracking is bounded, else on re2js, with the same findings", () => {
    for (const [source, flags] of POLICY_PATTERNS) expect(policyPattern(source, flags).engine, source).toBe('regexp');
    // Unbounded repetition, or too many ways to match from one position: the linear-time engine.
    for (const source of ['(?:a|a)*b', 'a+b', 'x{3,}', '(?:a|b){0,40}c', '[a-z]{0,300}!']) expect(policyPattern(source, '').engine, source).toBe('re2');
    // A text with a surrogate goes to re2js, where a character outside the BMP is one character (pattern.ts).
    const two = policyPattern('\\bx.{2}y', '');
    const spans = (text: string): number[][] => {
      const out: number[][] = [];
      two.forEachMatch(text, (s, e) => out.push([s, e]));
      return out;
    };
    expect(spans('a x12y b')).toEqual([[2, 6]]);
    expect(spans('a x1\u{1F600}y b')).toEqual([[2, 7]]);
    expect(two.test('x1\u{1F600}y')).toBe(true);
    expect(new RegExp('\\bx.{2}y').test('x1\u{1F600}y')).toBe(false); // RegExp would see three code units
  });

  it('reads the literals a regex needs, and gives up on what it does not parse', () => {
    expect(literalPrefilter('\\bPlan B\\b', '')?.clauses).toEqual([['Plan B']]);
    // A lookbehind runs on into what follows, and alternations multiply out while the sets are small.
    expect(literalPrefilter('(?<=\\b(?:DOB|born) )(?:jan|feb)', 'i')?.clauses).toEqual([['born feb', 'born jan', 'dob feb', 'dob jan']]);
    expect(literalPrefilter(POLICY_PATTERNS[3]![0], '')?.clauses).toEqual([['Aetna ID', 'BCBS ID', 'Cigna ID', 'Humana ID', 'Kaiser ID', 'UHC ID', 'insurance ID', 'plan ID']]);
    expect(literalPrefilter('colou?r (?:scan|test)s?', '')?.clauses).toEqual([['color scan', 'color test', 'colour scan', 'colour test']]);
    expect(literalPrefilter('ab+c', '')?.clauses).toEqual([['ab'], ['bc']]);
    expect(literalPrefilter('x*|y', '')).toBeNull(); // an alternative without a literal
    expect(literalPrefilter('(?!bad)\\w+', '')).toBeNull(); // a negative lookahead needs nothing
    expect(literalPrefilter('a{', '')).toBeNull(); // legacy brace literal: not parsed
    expect(literalPrefilter('[a&&b]c', 'v')).toBeNull(); // class set syntax: not parsed
  });
});

// ---- random regexes: each node is a source and a sample text it (nearly) matches ----

interface Piece {
  src: string;
  sample: string;
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const WORDS = ['plan b', 'Plan B', 'BP', 'blood pressure', 'id', 'ID', 'dob', 'Jan', 'k', 's', 'a.b', 'x-y', ' ', '/', 'ſ', '\u212A', 'é', 'İ', 'ﬁ', 'HIV clinic', '12'];
const CLASSES: Piece[] = [
  { src: '\\d', sample: '7' },
  { src: '\\w', sample: 'q' },
  { src: '\\s', sample: ' ' },
  { src: '[a-z]', sample: 'm' },
  { src: '[^ ]', sample: 'Z' },
  { src: '.', sample: '.' },
  { src: '[\\]x]', sample: ']' },
  { src: '\\x41', sample: 'A' },
  { src: '\\u0062', sample: 'b' },
];
const ASSERTIONS = ['\\b', '\\B', '^', '$'];
const QUANTIFIERS: [string, number][] = [['*', 0], ['+', 1], ['?', 0], ['{2}', 2], ['{0,2}', 0], ['{1,}', 1], ['+?', 1]];

const { piece } = fc.letrec<{ piece: Piece; atom: Piece }>((tie) => ({
  atom: fc.oneof(
    fc.constantFrom(...WORDS).map((w) => ({ src: escape(w), sample: w })),
    fc.constantFrom(...CLASSES),
    fc.constantFrom(...ASSERTIONS).map((a) => ({ src: a, sample: '' })),
  ),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('atom'),
    fc.tuple(tie('piece'), tie('piece')).map(([a, b]) => ({ src: a.src + b.src, sample: a.sample + b.sample })),
    fc.tuple(tie('piece'), tie('piece'), fc.boolean()).map(([a, b, left]) => ({ src: `(?:${a.src}|${b.src})`, sample: left ? a.sample : b.sample })),
    fc.tuple(tie('piece'), fc.constantFrom(...QUANTIFIERS)).map(([a, [q, min]]) => ({ src: `(?:${a.src})${q}`, sample: a.sample.repeat(Math.max(min, 1)) })),
    fc.tuple(tie('piece'), fc.constantFrom('(', '(?=', '(?!', '(?<=', '(?<!')).map(([a, open]) => ({ src: `${open}${a.src})`, sample: open === '(' ? a.sample : '' })),
  ),
}));
const FLAGS = ['', 'i', 'u', 'iu', 'im', 's'];
const CONTEXT = ['plan', 'B', 'bp ', 'ID', 'id', ' ', '\n', 'ſ', '\u212A', 'İ', 'é', '’', 'x', '1', '/', 'Jan', 'ﬁ', 'ʙ'];
const context = fc.array(fc.constantFrom(...CONTEXT), { maxLength: 6 }).map((xs) => xs.join(''));
const flipCase = (s: string): string => [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

describe('random patterns', () => {
  it('a pattern finds exactly what its regex finds', () => {
    fc.assert(
      fc.property(piece, fc.constantFrom(...FLAGS), context, context, fc.boolean(), ({ src, sample }, flags, before, after, flip) => {
        let valid = true;
        try {
          new RegExp(src, flags);
        } catch {
          valid = false;
        }
        fc.pre(valid);
        // Patterns run on the linear-time engine; what it refuses (a lookahead, `$` under m) the checker reports instead.
        fc.pre(compilePolicyPattern(src, flags).ok);
        const text = before + (flip ? flipCase(sample) : sample) + after;
        const expected = regexFindings(src, flags, text);
        expect(patternFindings(src, flags, text)).toEqual(expected);
        // Bounded patterns run on RegExp here (no surrogates); their RE2 translation must agree too.
        expect(re2Findings(src, flags, text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
