import { describe, expect, it } from 'vitest';
import { removeSpans, strategiesOf } from '../../engine/decide/actions.ts';

const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('removeSpans', () => {
  it.each([
    ['Your HIV clinic appointment is Thu 3 PM', 'HIV clinic', 'Your appointment is Thu 3 PM'],
    ['See you at the methadone clinic.', 'methadone clinic', 'See you.'],
    ['The SSN on file (123-45-6789) does not match', '123-45-6789', 'The SSN on file does not match'],
    ['Your MRN is 00123456; have it ready', '00123456', 'Have it ready'],
  ])('removes %j without leaving gaps', (text, words, expected) => {
    expect(removeSpans(text, [span(text, words)])).toBe(expected);
  });

  it('leaves the text alone when there is nothing to remove', () => {
    expect(removeSpans('Hello  there', [])).toBe('Hello  there');
  });
});

describe('strategiesOf', () => {
  const route = (channel: string, alert?: string) => (alert === undefined ? { kind: 'route' as const, channel } : { kind: 'route' as const, channel, alert });

  it('tries one redaction of every rule\'s labels first, then each route in rule order', () => {
    const rules = [{ strategies: [route('portal', 'A')] }, { strategies: [{ kind: 'redact' as const, labels: new Set(['HIV']) }, route('secure_messaging')] }, { strategies: [{ kind: 'redact' as const, labels: new Set(['SUD']) }] }];
    expect(strategiesOf(rules)).toEqual([{ kind: 'redact', labels: new Set(['HIV', 'SUD']) }, route('portal', 'A'), route('secure_messaging')]);
  });

  it('keeps one of two identical routes (same channel and alert), and both of two that differ', () => {
    const rules = [{ strategies: [route('portal', 'A')] }, { strategies: [route('portal', 'A')] }, { strategies: [route('portal', 'B')] }, { strategies: [route('portal')] }];
    expect(strategiesOf(rules)).toEqual([route('portal', 'A'), route('portal', 'B'), route('portal')]);
  });
});
