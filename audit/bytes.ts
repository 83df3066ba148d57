// UTF-8 text written straight into one growing buffer. A batch's answer and its leaf columns (leaf.ts)
// are many short texts, each written where it goes: a batch worker's answer built as one string and
// encoded at the end cost ~2.8 µs an item (~750 bytes each: V8 flattens the string, then encodes it in
// one slow pass); written item by item with Buffer#write, ~0.2 µs (TextEncoder#encodeInto: ~0.3 µs).

/** Text appended as UTF-8 to a buffer that grows as needed. */
export class Utf8Bytes {
  private buffer: Buffer;
  /** How many bytes were written. */
  length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.alloc(Math.max(64, capacity));
  }

  /** Appends `text` as UTF-8. */
  text(text: string): void {
    this.room(3 * text.length); // a UTF-16 code unit is at most 3 bytes of UTF-8
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** Appends one byte. */
  byte(b: number): void {
    this.room(1);
    this.buffer[this.length++] = b;
  }

  /** The bytes [start, end) written: a view, valid until the next write. */
  view(start: number, end: number): Buffer {
    return this.buffer.subarray(start, end);
  }

  /** What was written, copied into an ArrayBuffer of its own (so it can be transferred). */
  done(): Uint8Array {
    return Uint8Array.prototype.slice.call(this.buffer, 0, this.length);
  }

  private room(n: number): void {
    if (this.buffer.length - this.length >= n) return;
    const grown = Buffer.alloc(Math.max(this.length + n, 2 * this.buffer.length));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
