import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AhoCorasick from 'modern-ahocorasick';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton, HitBuffer } from '../../engine/classify/automaton.ts';
import { builtinVocabulary } from '../../engine/classify/vocab.ts';
import { readTables, writeTables } from '../../engine/classify/tables.ts';
import { termSkeleton } from '../../engine/classify/fold.ts';
import { parseVocab, readVocabFiles } from '../../engine/classify/vocab.ts';
import { SENSITIVITY_LABELS } from '../../engine/contract/vocabulary.ts';

const DIR = new URL('../../engine/classify/vocab/', import.meta.url);
const files = readVocabFiles();
const skeletons = (label: string): Set<string> =>
  new Set((files.get(label) ?? []).map((l) => (l.exactCase ? '=' : '') + termSkeleton(l.term)!.skeleton));

describe('vocabulary data files', () => {
  it('has one file per sensitivity label and for the clinical vocabularies', () => {
    for (const label of [...SENSITIVITY_LABELS, 'diagnosis', 'medication', 'procedure', 'lab_analyte']) {
      expect(files.has(label), label).toBe(true);
    }
  });

  it('starts every file with # header lines naming the sources', () => {
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.txt'))) {
      const lines = readFileSync(new URL(f, DIR), 'utf8').split('\n');
      expect(lines[0]!.startsWith('# '), f).toBe(true);
      expect(lines[1]!.startsWith('# '), f).toBe(true);
      expect(lines.slice(0, 12).join('\n'), f).toMatch(/Source|source/);
    }
  });

  it('has real coverage', () => {
    expect(files.get('medication')!.length).toBeGreaterThanOrEqual(400);
    expect(files.get('diagnosis')!.length).toBeGreaterThanOrEqual(80);
    expect(files.get('procedure')!.length).toBeGreaterThanOrEqual(60);
  });

  it('has no duplicate terms inside a file', () => {
    for (const [label, lines] of files) {
      const seen = new Set<string>();
      for (const l of lines) {
        const sk = termSkeleton(l.term)!;
        const key = (l.exactCase ? '=' + sk.letters : '') + '|' + sk.skeleton; // as the term table keys them: "=MS team" and "=MS Team" match different texts
        expect(seen.has(key), `${label}: ${l.term}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('has only matchable terms; case-insensitive public terms have at least 3 letters', () => {
    for (const [label, lines] of files) {
      for (const l of lines) {
        const sk = termSkeleton(l.term);
        expect(sk, `${label}: ${l.term}`).not.toBeNull();
        if (!l.exactCase && label !== 'lab_analyte') expect(sk!.skeleton.length, `${label}: ${l.term}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('keeps the label rules: OPIOIDUD in SUD, SUD = ETH, PSY in MH in BH', () => {
    const subset = (a: string, b: string): string[] => [...skeletons(a)].filter((t) => !skeletons(b).has(t));
    expect(subset('OPIOIDUD', 'SUD')).toEqual([]);
    expect(subset('SUD', 'ETH')).toEqual([]);
    expect(subset('ETH', 'SUD')).toEqual([]);
    expect(subset('PSY', 'MH')).toEqual([]);
    expect(subset('MH', 'BH')).toEqual([]);
  });

  it('parses comments, blank lines and the exact-case marker', () => {
    expect(parseVocab('# header\n\nHIV\n=AIDS  # capitals only\n  prep \n')).toEqual([
      { term: 'HIV', exactCase: false },
      { term: 'AIDS', exactCase: true },
      { term: 'prep', exactCase: false },
    ]);
  });

  it('breaks a term into words at separators and letter/digit changes', () => {
    expect(termSkeleton('H.I.V.')).toEqual({ skeleton: 'hiv', breaks: [1, 2], letters: 'HIV' });
    expect(termSkeleton('Methadone-Clinic')!.breaks).toEqual([9]);
    expect(termSkeleton('A1c')!.breaks).toEqual([1, 2]);
    expect(termSkeleton('世界')).toBeNull();
  });
});

describe('automaton', () => {
  const { table, automaton } = builtinVocabulary();

  it('uses the dense table compiled from the library', () => {
    expect(automaton.dense).toBe(true);
  });

  const toSym = (s: string): Uint8Array =>
    Uint8Array.from(s, (ch) => {
      const c = ch.charCodeAt(0);
      return c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + c - 48 : 36;
    });
  const collect = (a: Automaton, s: string): string[] => {
    const h = new HitBuffer();
    a.scan(toSym(s), s.length, h);
    const out: string[] = [];
    for (let i = 0; i < h.length; i++) out.push(`${h.data[2 * i]}@${h.data[2 * i + 1]}`);
    return out.sort();
  };
  const sample = table.patterns.filter((_, i) => i % 7 === 0);
  const skeletonText = fc.string({ unit: fc.oneof(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_'.split('')), fc.constantFrom(...sample)), maxLength: 30 });

  it('finds exactly what the library search() finds', () => {
    const lib = new AhoCorasick(table.patterns);
    fc.assert(
      fc.property(skeletonText, (s) => {
        const expected = lib.search(s).map((m) => `${m.patternIndex}@${m.end - 1}`).sort();
        expect(collect(automaton, s)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the library search() with the same results', () => {
    const small = ['he', 'she', 'his', 'hers', 'hiv', 'h1v', 'iv'];
    const dense = new Automaton(small);
    const fallback = new Automaton(small, { forceFallback: true });
    expect(fallback.dense).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('h', 'e', 's', 'i', 'r', 'v', '1', '_'), maxLength: 25 }), (s) => {
        expect(collect(fallback, s)).toEqual(collect(dense, s));
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing without patterns, as the library finds nothing', () => {
    const empty = new Automaton([]);
    expect(empty.dense).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('h', 'i', 'v', '1', '_'), maxLength: 25 }), (s) => {
        expect(collect(empty, s)).toEqual([]);
        expect(collect(new Automaton([], { forceFallback: true }), s)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same automaton from tables saved at build time, and refuses tables made for other patterns or cut short', () => {
    const small = ['he', 'she', 'his', 'hers', 'hiv', 'h1v', 'iv'];
    const dir = mkdtempSync(join(tmpdir(), 'phigate-tables-'));
    try {
      const file = join(dir, 'vocabulary.automaton');
      writeTables(small, new Automaton(small).tables()!, file);
      const loaded = new Automaton(small, { tables: readTables(small, file) });
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('h', 'e', 's', 'i', 'r', 'v', '1', '_'), maxLength: 25 }), (text) => {
          expect(collect(loaded, text)).toEqual(collect(new Automaton(small), text));
        }),
        { numRuns: 200 },
      );
      expect(readTables([...small, 'aids'], file)).toBeNull(); // a vocabulary edited since the build
      truncateSync(file, 60);
      expect(readTables(small, file)).toBeNull();
      expect(readTables(small, join(dir, 'missing'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects patterns outside [a-z0-9]', () => {
    expect(() => new Automaton(['ok', 'Not OK'])).toThrow(RangeError);
  });
});
