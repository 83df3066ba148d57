import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../engine/classify/index.ts';
import { builtinVocabulary } from '../../engine/classify/vocab.ts';
import { BUILTIN_LABELS } from '../../engine/contract/vocabulary.ts';
import { at } from './helpers.ts';

describe('extensions from the policy language', () => {
  const c = createClassifier({
    terms: [
      { label: 'sensitive_clinic', terms: ['Riverside Wellness Center', 'Hope Street Clinic'] },
      { label: 'SSP', terms: ['Lakeside Recovery'] },
    ],
    patterns: [{ label: 'case_number', source: 'CASE-\\d{4}', flags: 'i' }],
  });

  it('adds the new labels after the built-in ones, without duplicates', () => {
    expect(c.labels).toEqual([...BUILTIN_LABELS, 'sensitive_clinic', 'case_number']);
    expect(createClassifier().labels).toEqual([...BUILTIN_LABELS]);
  });

  it('a term list becomes a label, with the same evasion resistance', () => {
    const text = 'Your visit at riverside-wellness  CENTER is Monday';
    expect(c.classifyText(text)).toEqual([at(text, 'sensitive_clinic', 'riverside-wellness  CENTER')]);
    const spaced = 'See you at Hope Street Clinic';
    expect(c.classifyText(spaced)).toEqual([at(spaced, 'sensitive_clinic', 'Hope Street Clinic')]);
  });

  it('a term can extend a built-in label', () => {
    const text = 'Lakeside Recovery intake';
    expect(c.classifyText(text)).toEqual([at(text, 'SSP', 'Lakeside Recovery')]);
  });

  it('a pattern becomes a label, matched on the original text with its flags', () => {
    const text = 'Re: case-1234 and CASE-99';
    expect(c.classifyText(text)).toEqual([at(text, 'case_number', 'case-1234')]);
  });

  it('keeps the built-in findings alongside extension findings, sorted', () => {
    const text = 'CASE-0001: HIV clinic at Riverside Wellness Center';
    expect(c.classifyText(text).map((f) => f.label)).toEqual(['case_number', 'HIV', 'SSP', 'diagnosis', 'sensitive_clinic']);
  });

  it('does not change the default classifier and shares the built-in automaton', () => {
    const before = builtinVocabulary();
    createClassifier({ terms: [{ label: 'x', terms: ['HIV clinic'] }] });
    expect(builtinVocabulary()).toBe(before);
    expect(createClassifier().classifyText('Riverside Wellness Center')).toEqual([]);
  });

  it('survives zero-length pattern matches and g/y flags', () => {
    const z = createClassifier({ patterns: [{ label: 'z', source: 'x*', flags: 'gy' }] });
    const text = 'abc xx d';
    expect(z.classifyText(text)).toEqual([at(text, 'z', 'xx')]);
  });

  it('rejects an invalid pattern or a term with nothing to match, at creation', () => {
    expect(() => createClassifier({ patterns: [{ label: 'bad', source: '(', flags: '' }] })).toThrow(SyntaxError);
    expect(() => createClassifier({ terms: [{ label: 'bad', terms: ['!!!'] }] })).toThrow(RangeError);
    expect(() => createClassifier({ terms: [{ label: '', terms: ['abc'] }] })).toThrow(TypeError);
  });
});
