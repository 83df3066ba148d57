import { describe, expect, it } from 'vitest';
import { normalize } from '../../engine/classify/index.ts';

describe('normalize', () => {
  it('folds case and keeps an identity map for ASCII', () => {
    const r = normalize('Hi HIV');
    expect(r.text).toBe('hi hiv');
    expect([...r.map]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('applies NFKC compatibility folding (fullwidth, ligatures, math letters, circled digits)', () => {
    expect(normalize('ＨＩＶ').text).toBe('hiv');
    expect(normalize('ﬁle').text).toBe('file');
    expect(normalize('𝐇𝐈𝐕').text).toBe('hiv');
    expect(normalize('①②').text).toBe('12');
  });

  it('strips diacritics, composed or combining', () => {
    expect(normalize('Clínica Médica').text).toBe('clinica medica');
    expect(normalize('e\u0301').text).toBe('e');
  });

  it('removes invisible characters and maps the rest to their original offsets', () => {
    const r = normalize('H\u200BI\u200DV\u00AD\uFEFF!');
    expect(r.text).toBe('hiv!');
    expect([...r.map]).toEqual([0, 2, 4, 7]);
  });

  it('removes bidi controls and variation selectors', () => {
    expect(normalize('\u202Eabc\u202C\u2066x\u2069').text).toBe('abcx');
    expect(normalize('a\uFE0Fb\u{E0100}c').text).toBe('abc');
  });

  it('folds Cyrillic and Greek look-alikes to Latin', () => {
    expect(normalize('НІV').text).toBe('hiv');
    expect(normalize('АВЕКМНОРСТХ').text).toBe('abekmhopctx');
    expect(normalize('аеорсухіјѕ').text).toBe('aeopcyxijs');
    expect(normalize('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ').text).toBe('abezhikmnoptyx');
    expect(normalize('ον').text).toBe('ov');
  });

  it('keeps other scripts as letters', () => {
    // A word written in Cyrillic with letters that have no Latin look-alike is Russian, not a spoof:
    // it keeps its letters (so the Russian vocabularies can read it); look-alike folding is for
    // words that mix scripts or are written wholly in look-alikes (above).
    expect(normalize('Привет 世界').text).toBe('привет 世界');
  });

  it('maps expansions and astral characters to the start of their original character', () => {
    const r = normalize('😀ﬁ');
    expect(r.text).toBe('😀fi');
    expect([...r.map]).toEqual([0, 0, 2, 2]);
  });

  it('keeps offsets through one-unit folds, then through the general path', () => {
    const r = normalize('É—😀\u200BX');
    expect(r.text).toBe('e—😀x');
    expect([...r.map]).toEqual([0, 1, 2, 2, 5]);
  });

  it('never throws on lone surrogates and keeps them in place', () => {
    const r = normalize('a\uD800b\uDC00');
    expect(r.text.length).toBe(4);
    expect([...r.map]).toEqual([0, 1, 2, 3]);
  });

  it('returns an empty result for the empty string', () => {
    const r = normalize('');
    expect(r.text).toBe('');
    expect(r.map.length).toBe(0);
  });
});
