import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WINDOW, WINDOW_CORE, WINDOW_MARGIN } from '../../engine/classify/classifier.ts';
import { createClassifier, normalize, type Finding } from '../../engine/classify/index.ts';
import { SHORT } from '../../engine/classify/normalize.ts';
import { PUBLIC_LABEL_COUNT, BUILTIN_LABEL_NAMES, readVocabFiles } from '../../engine/classify/vocab.ts';
import { classifier } from './helpers.ts';

/** Every term of every public-label vocabulary file, as written (case-sensitive ones as written). */
const PUBLIC_TERMS: string[] = [];
for (const [label, lines] of readVocabFiles()) {
  if (BUILTIN_LABEL_NAMES.indexOf(label) >= PUBLIC_LABEL_COUNT) continue;
  for (const l of lines) PUBLIC_TERMS.push(l.term);
}

/** Characters that stress normalization: invisibles, marks, look-alikes, astral, controls, RTL. */
const TRICKY = [
  '\u200B', '\u200C', '\u200D', '\u00AD', '\uFEFF', '\u2060', '\u202E', '\u2066', '\uFE0F', '\u{E0100}',
  '\u0301', '\u0308', 'Н', 'І', 'Α', 'ο', 'ß', 'ﬁ', 'Ｈ', '𝐇', '😀', '👩‍⚕️', 'ש', 'ع', '\u0000', '\n', '\t',
  '\uD800', '\uDFFF', '\uFDFA', 'İ', 'ǅ', '½', '-', '.', ' ', '/', '#', ':', '1', '9', 'HIV', 'A1c', 'NPI',
];
const unit = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...TRICKY),
  fc.constantFrom(...PUBLIC_TERMS),
);
const anyText = fc.string({ unit, maxLength: 60 });

/** Words that cannot form or cancel a term next to an inserted one (not "due": a bill's "FEES due" is no swallow study, _suppress.txt). */
const NEUTRAL = [
  'your', 'visit', 'is', 'on', 'monday', 'at', 'the', 'front', 'desk', 'please', 'call', 'us', 'thank',
  'you', 'reply', 'to', 'portal', 'message', 'pickup', 'ready', 'balance', 'Riverside', 'Family',
  'Practice', 'Dr.', 'Patel', 'Hope', 'Rose', 'tomorrow', '10:15', 'AM', '3/3', '$45.00', 'and', 'a',
  'new', 'for', 'with', 'we', 'will', 'see', 'soon', 'team', 'office', 'hours', 'Maria', 'James',
];
const sentence = fc.array(fc.constantFrom(...NEUTRAL), { minLength: 0, maxLength: 12 });
const separator = fc.constantFrom(' ', '  ', ', ', '. ', '\n', ' - ', ': ');

describe('properties', () => {
  it('never throws, and every finding lies within the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const findings = classifier.classifyText(text);
        for (const f of findings) {
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('normalize map entries are within the original text and non-decreasing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: folded, map } = normalize(text);
        expect(map.length).toBe(folded.length);
        let prev = 0;
        for (const m of map) {
          expect(m >= 0 && m < text.length).toBe(true);
          expect(m >= prev).toBe(true);
          prev = m;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a sensitive term inserted at a word boundary of a benign sentence is always found', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), fc.constantFrom(...PUBLIC_TERMS), separator, separator, (words, at, term, sepBefore, sepAfter) => {
        const i = words.length === 0 ? 0 : at % (words.length + 1);
        const before = words.slice(0, i).join(' ');
        const after = words.slice(i).join(' ');
        const prefix = before.length > 0 ? before + sepBefore : '';
        const text = prefix + term + (after.length > 0 ? sepAfter + after : '');
        const start = prefix.length;
        const end = start + term.length;
        const findings = classifier.classifyText(text);
        // The finding covers the term's letters (a trailing "." or "'s" of the term may stay outside).
        const covered = findings.some((f) => f.start <= start && f.end >= end - trailingNonWord(term));
        if (!covered) throw new Error(`${JSON.stringify(term)} not found in ${JSON.stringify(text)}: ${JSON.stringify(findings)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('every vocabulary term is found on its own', () => {
    for (const term of PUBLIC_TERMS) {
      const f = classifier.classifyText(term);
      const ok = f.some((x) => x.start === 0 && x.end >= term.length - trailingNonWord(term));
      if (!ok) throw new Error(`${JSON.stringify(term)}: ${JSON.stringify(f)}`);
    }
  });

  it('findings are deterministic, across calls and classifier instances', () => {
    const other = createClassifier({ terms: [{ label: 'x', terms: ['zzqx'] }] });
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const first = classifier.classifyText(a);
        other.classifyText(b);
        classifier.classifyText(b);
        expect(classifier.classifyText(a)).toEqual(first);
        expect(other.classifyText(a).filter((f) => f.label !== 'x')).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('findings are sorted by start then label, without duplicates', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const f = classifier.classifyText(text);
        for (let i = 1; i < f.length; i++) {
          const a = f[i - 1]!;
          const b = f[i]!;
          expect(a.start < b.start || (a.start === b.start && a.label <= b.label)).toBe(true);
          expect(a.start === b.start && a.end === b.end && a.label === b.label).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('short ASCII text (its own fast path) gets the findings the other paths give it', () => {
    // Trailing spaces change no finding, but push the text past SHORT onto the general path.
    const pad = ' '.repeat(SHORT);
    const extended = createClassifier({
      terms: [{ label: 'services', terms: ['group therapy', 'memory care', "baby's heartbeat"] }],
      patterns: [
        { label: 'plan_b', source: '\\bPlan B\\b', flags: '' },
        { label: 'bp', source: '\\b(?:BP|blood pressure)\\b\\D{0,20}\\b(?:[6-9]\\d|[12]\\d\\d) ?\\/ ?(?:[4-9]\\d|1[0-4]\\d)\\b', flags: 'i' },
      ],
    });
    const words = fc.oneof(
      fc.constantFrom(...PUBLIC_TERMS, ...NEUTRAL, 'group therapy', 'Memory-Care', 'Plan B', 'BP 150/95'),
      fc.constantFrom('123-45-6789', 'A1c 7.2%', 'E11.9', 'DOB 04/12/1980', 'MRN 12345678', 'NPI 1234567893', 'AB1234563', 'negative', 'test'),
      fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '.', '-', '/', ':', '\n', "'"), maxLength: 6 }),
    );
    // An emoji and a zero-width space in front send the text down the general folding path.
    const prefix = '\u{1F600}\u200B ';
    const shifted = (f: Finding[]): Finding[] => f.map((x) => ({ ...x, start: x.start + prefix.length, end: x.end + prefix.length }));
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), separator, (parts, sep) => {
        const text = parts.join(sep);
        for (const c of [classifier, extended]) {
          const found = c.classifyText(text);
          expect(c.classifyText(text + pad)).toEqual(found);
          expect(c.classifyText(prefix + text)).toEqual(shifted(found));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles a huge string', () => {
    const big = 'Your HIV clinic visit. '.repeat(20000) + '\uD800'.repeat(1000) + 'ＨＩＶ';
    const f = classifier.classifyText(big);
    expect(f.filter((x) => x.label === 'HIV').length).toBe(20001);
    expect(f[f.length - 1]!.end).toBe(big.length);
    // and the scratch state is still right for a small text afterwards
    expect(classifier.classifyText('HIV')).toEqual([{ label: 'HIV', start: 0, end: 3 }, { label: 'diagnosis', start: 0, end: 3 }]);
  });
});

describe('adversarial inputs', () => {
  it('long separator runs after keywords and analytes: a value that far away is not theirs', () => {
    for (const kw of ['MRN', 'SSN', 'DOB', 'Member ID', 'A1c', 'Dx', 'positive', 'NPI', 'DEA']) {
      for (const junk of [' -:-:-#', ' #', ' no', ' is', '.', ' level', ' ']) {
        const text = kw + junk.repeat(30000) + ' 00123456 E11.9';
        const labels = classifier.classifyText(text).map((f) => f.label);
        expect(labels.filter((l) => l !== 'icd10_code' && l !== 'test_result')).toEqual([]);
      }
    }
  });

  it('dense repetitions of terms, keywords and numbers', () => {
    expect(classifier.classifyText('h i v '.repeat(50000)).filter((f) => f.label === 'HIV')).toHaveLength(50000);
    expect(classifier.classifyText('HPV vaccine '.repeat(50000))).toEqual([]);
    expect(classifier.classifyText('1'.repeat(300000))).toEqual([]);
    expect(classifier.classifyText('a1'.repeat(200000))).toEqual([]);
    expect(classifier.classifyText('code Z21 '.repeat(30000)).filter((f) => f.label === 'icd10_code')).toHaveLength(30000);
  });
});

describe('texts longer than one window', () => {
  it('finds terms across window boundaries exactly once, with original offsets', () => {
    const len = WINDOW * 2 + 12345;
    const chars = new Array<string>(len).fill(' ');
    const term = 'H.I.V. clinic';
    const starts: number[] = [];
    // Around every core boundary, at every offset that makes the term straddle it, plus elsewhere.
    for (let k = 1; k * WINDOW_CORE < len - 100; k++) {
      for (const d of [-20, -13, -7, -1, 0, 1, 5]) starts.push(k * WINDOW_CORE + d * 40);
    }
    starts.push(0, 100_000, len - term.length);
    starts.sort((a, b) => a - b);
    for (const st of starts) for (let i = 0; i < term.length; i++) chars[st + i] = term[i]!;
    // Astral characters straddling window edges (start of window 3, end of window 2) must not be
    // split; an HIV right after the first one must be found at its original offset.
    const edges = [2 * WINDOW_CORE - WINDOW_MARGIN, 2 * WINDOW_CORE + WINDOW_MARGIN];
    for (const e of edges) {
      chars[e - 1] = '\uD83D';
      chars[e] = '\uDE00';
    }
    chars[edges[0]! + 1] = 'H';
    chars[edges[0]! + 2] = 'I';
    chars[edges[0]! + 3] = 'V';
    const text = chars.join('');
    const f = classifier.classifyText(text);
    expect(f.filter((x) => x.label === 'SSP').map((x) => [x.start, x.end])).toEqual(starts.map((st) => [st, st + term.length]));
    const hiv = [...starts, edges[0]! + 1].sort((a, b) => a - b);
    expect(f.filter((x) => x.label === 'HIV').map((x) => x.start)).toEqual(hiv);
    for (const x of f) expect(x.end <= text.length && x.start >= 0).toBe(true);
  });

  it('does not invent a word boundary at a window edge', () => {
    const len = WINDOW + 5000;
    const text = 'x'.repeat(WINDOW_CORE - 1) + 'hiv' + 'x'.repeat(len - WINDOW_CORE - 2);
    expect(classifier.classifyText(text)).toEqual([]);
  });
});

function trailingNonWord(term: string): number {
  const m = /[^\p{L}\p{N}]*$/u.exec(term);
  return m ? m[0].length : 0;
}
