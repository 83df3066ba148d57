import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../engine/classify/index.ts';
import { BUILTIN_LABELS } from '../../engine/contract/vocabulary.ts';
import { at, classifier } from './helpers.ts';

describe('classifier API', () => {
  it('lists every label it can produce', () => {
    expect(classifier.labels).toEqual([...BUILTIN_LABELS]);
  });

  it('classify() returns body findings, then subject findings marked field: subject', () => {
    const body = 'Your LDL was 160 mg/dL';
    const subject = 'HIV clinic';
    expect(classifier.classify({ body, subject })).toEqual([
      at(body, 'lab_value', 'LDL was 160 mg/dL'),
      { ...at(subject, 'HIV', 'HIV clinic'), field: 'subject' },
      { ...at(subject, 'SSP', 'HIV clinic'), field: 'subject' },
      { ...at(subject, 'diagnosis', 'HIV'), field: 'subject' },
    ]);
    expect(classifier.classify({ body })).toEqual([at(body, 'lab_value', 'LDL was 160 mg/dL')]);
  });

  it('sorts by start then label and removes same-label spans inside another', () => {
    const text = 'Suboxone clinic; then HIV';
    expect(classifier.classifyText(text)).toEqual([
      at(text, 'ETH', 'Suboxone clinic'),
      at(text, 'OPIOIDUD', 'Suboxone clinic'),
      at(text, 'SSP', 'Suboxone clinic'),
      at(text, 'SUD', 'Suboxone clinic'),
      at(text, 'medication', 'Suboxone'),
      at(text, 'HIV', 'HIV'),
      at(text, 'diagnosis', 'HIV'),
    ]);
  });

  it('sorts many findings the same way (beyond the small-list insertion sort)', () => {
    const text = 'A1c 7.2%, HIV; '.repeat(40);
    const f = classifier.classifyText(text);
    expect(f.length).toBe(120);
    for (let i = 1; i < f.length; i++) {
      const a = f[i - 1]!;
      const b = f[i]!;
      expect(a.start < b.start || (a.start === b.start && a.label < b.label)).toBe(true);
    }
    expect(f.slice(0, 3)).toEqual([at(text, 'lab_value', 'A1c 7.2%'), at(text, 'HIV', 'HIV'), at(text, 'diagnosis', 'HIV')]);
  });

  it('finds a term each time it occurs', () => {
    const text = 'HIV, HIV and HIV';
    expect(classifier.classifyText(text).filter((f) => f.label === 'HIV').map((f) => f.start)).toEqual([0, 5, 13]);
  });

  it('returns no findings for the empty string and never throws on odd input', () => {
    expect(classifier.classifyText('')).toEqual([]);
    expect(classifier.classifyText(undefined as unknown as string)).toEqual([]);
    expect(classifier.classify({ body: '' })).toEqual([]);
    expect(() => classifier.classifyText('\uD800\uDFFF\uDBFF'.repeat(10))).not.toThrow();
  });

  it('independent classifiers give the same built-in findings', () => {
    const text = 'Your HIV clinic appointment; A1c 7.2%';
    expect(createClassifier().classifyText(text)).toEqual(classifier.classifyText(text));
  });
});
