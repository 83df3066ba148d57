// A batch's answer and its leaf columns are written as UTF-8 straight into a growing buffer: the bytes
// must be exactly TextEncoder's for the same text, however many texts and whatever they hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Bytes } from '../../audit/index.ts';

/** Any text: whole characters of any script, or any UTF-16 code units (lone surrogates too). */
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

describe('Utf8Bytes', () => {
  it('writes a list of texts, comma-separated, as TextEncoder encodes them joined, growing from any capacity', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.nat(200), (texts, capacity) => {
        const bytes = new Utf8Bytes(capacity);
        texts.forEach((t, i) => {
          if (i > 0) bytes.byte(0x2c);
          bytes.text(t);
        });
        const done = bytes.done();
        expect(Buffer.from(done).equals(Buffer.from(new TextEncoder().encode(texts.join(','))))).toBe(true);
        expect(done.byteOffset).toBe(0);
        expect(done.buffer.byteLength).toBe(done.length); // its own ArrayBuffer, to be transferred
      }),
      { numRuns: 300 },
    );
  });
});
