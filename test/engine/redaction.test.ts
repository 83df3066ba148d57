// Redaction that reads well (engine/decide/redaction.ts): the words that reveal care go with the
// phrase that would dangle without them, or the officer's replacement takes their place.
import { describe, expect, it } from 'vitest';
import { redactText } from '../../engine/decide/redaction.ts';

/** The text with each of `words` removed (or replaced), as a redaction of the classifier's spans. */
function redact(text: string, words: string[], replacement?: string): string {
  const spans = words.map((w) => {
    const start = text.indexOf(w);
    if (start < 0) throw new Error(`"${w}" is not in "${text}"`);
    return replacement === undefined ? { start, end: start + w.length } : { start, end: start + w.length, replacement };
  });
  return redactText(text, spans);
}

describe('redaction', () => {
  it.each([
    // A description of the noun after it: the words go alone.
    ['Reminder: your HIV clinic appointment is Thu 3/5 at 10:15 AM.', ['HIV clinic'], 'Reminder: your appointment is Thu 3/5 at 10:15 AM.'],
    ['Reminder of your addiction treatment visit Thu 3/5 at 10:15 AM.', ['addiction treatment'], 'Reminder of your visit Thu 3/5 at 10:15 AM.'],
    ['Your memory care clinic appointment is Wed 6/10 at 10 AM.', ['memory care'], 'Your clinic appointment is Wed 6/10 at 10 AM.'],
    // A place after a preposition: the preposition and the article go too.
    ['Your visit at the HIV clinic is Thu', ['HIV clinic'], 'Your visit is Thu'],
    ['Your appointment at the counseling center is Tue 3/5 at 4 PM.', ['counseling center'], 'Your appointment is Tue 3/5 at 4 PM.'],
    ['See you at the methadone clinic tomorrow at 9.', ['methadone clinic'], 'See you tomorrow at 9.'],
    ['Your results from the HIV clinic are ready.', ['HIV clinic'], 'Your results are ready.'],
    // The whole name of a place, not only the words that were found in it.
    ['Your visit at Harbor Recovery Center is Thu 3/5.', ['Recovery Center'], 'Your visit is Thu 3/5.'],
    // An identifier that ends its sentence after "is": the sentence goes.
    ['Reminder of your appointment Tue 3/3 at 10:15 AM. Your MRN is 00123456.', ['00123456'], 'Reminder of your appointment Tue 3/3 at 10:15 AM.'],
    ['Your MRN is 00123456; have it ready', ['00123456'], 'Have it ready'],
    ['Thanks for coming, your MRN is 00123456. See you soon.', ['00123456'], 'Thanks for coming. See you soon.'],
    // A name that is the subject of its sentence: the sentence goes (here, all there was).
    ['Reminder: group therapy meets Thu 3/19 at 6 PM in Room 4.', ['group therapy'], ''],
    ['Harbor Recovery Center is closed Monday. Your visit is Tuesday.', ['Recovery Center'], 'Your visit is Tuesday.'],
    // Elsewhere the words go, and the punctuation is tidied.
    ['Please verify your date of birth on file, April 12, 1978, at check-in.', ['April 12, 1978'], 'Please verify your date of birth on file, at check-in.'],
    ['The SSN on file (123-45-6789) does not match', ['123-45-6789'], 'The SSN on file does not match'],
    ['HIV clinic: please call us.', ['HIV clinic'], 'Please call us.'],
  ])('%j without %j reads %j', (text, words, expected) => {
    expect(redact(text, words)).toBe(expected);
  });

  it('puts the replacement where a name was expected, and only there', () => {
    expect(redact('Your visit at the HIV clinic is Thu', ['HIV clinic'], 'our office')).toBe('Your visit at our office is Thu');
    expect(redact('Your visit at Harbor Recovery Center is Thu', ['Recovery Center'], 'our office')).toBe('Your visit at our office is Thu');
    expect(redact('Thanks for visiting the HIV clinic today.', ['HIV clinic'], 'our office')).toBe('Thanks for visiting our office today.');
    // Describing a noun: nothing to replace, the words go.
    expect(redact('Your HIV clinic appointment is Thu', ['HIV clinic'], 'our office')).toBe('Your appointment is Thu');
    // Not a place: the sentence goes as before.
    expect(redact('Your MRN is 00123456.', ['00123456'], 'our office')).toBe('');
  });

  it('takes several spans out of one text, and leaves a text with nothing to take alone', () => {
    expect(redact('Your HIV clinic appointment is at the counseling center.', ['HIV clinic', 'counseling center'])).toBe('Your appointment is.');
    expect(redactText('Hello  there', [])).toBe('Hello  there');
  });
});

describe('redaction of long texts', () => {
  it('stays linear: many findings in a long text without sentences, and long runs of spaces and lines', () => {
    const words = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? 'HIV clinic' : 'word')).join(' ');
    const spans = [...words.matchAll(/HIV clinic/g)].map((m) => ({ start: m.index, end: m.index + 10 }));
    // No timing threshold: a quadratic redaction would simply not finish within the test's time.
    const out = redactText(words, spans);
    const long = redactText(`${'x '.repeat(10)}HIV clinic${' '.repeat(50_000)}${'\n'.repeat(50_000)}, end`, [{ start: 20, end: 30 }]);
    expect(out).not.toContain('HIV');
    expect(long.endsWith('end')).toBe(true);
  });
});
