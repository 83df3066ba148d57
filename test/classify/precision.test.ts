import { describe, expect, it } from 'vitest';
import { BENIGN_MESSAGES } from './corpus.ts';
import { classifier } from './helpers.ts';

describe('precision: ordinary administrative messages produce no findings', () => {
  it('has a corpus of at least 40 messages', () => {
    expect(BENIGN_MESSAGES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(BENIGN_MESSAGES.map((m) => [m]))('%j', (message) => {
    expect(classifier.classifyText(message)).toEqual([]);
  });

  it('also as an email subject and body', () => {
    for (const m of BENIGN_MESSAGES) expect(classifier.classify({ subject: m, body: m })).toEqual([]);
  });
});
