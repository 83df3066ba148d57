// Decode before reading: what a phone or a mail app shows is not always the characters the app
// sent. Percent-encoding (`%20`, `%48%49%56`, twice encoded `%2520`) and `+` for a space in a
// link's query, HTML character references (`&#73;`, `&nbsp;`, `&mdash;`) and tags (`<b>`, `<span>`)
// in an email body are decoded before the classifier reads the text, subject and body alike.
// Tags become nothing between inline elements (so `<span>Metha</span><span>done</span>` reads
// `Methadone`, as displayed) and a line break around block elements; `<style>` and `<script>`
// contents are dropped (never displayed), while comments and attribute values that can be shown or
// followed (href, src, alt, title) are kept as text. Every decoded character keeps the offset of
// the original characters it came from, so findings map back to the text as sent.

import { decodeHTMLStrict } from 'entities';

/** The decoded text and, for each of its UTF-16 units, the original [start, end). */
export interface Decoded {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

const MAY_NEED = /%[0-9a-fA-F]{2}|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});|<\/?[a-zA-Z!]|\+/;

/** Null when there is nothing to decode (the common case: one regex test). */
export function decodeForReading(text: string): Decoded | null {
  if (!MAY_NEED.test(text)) return null;
  let cur = identity(text);
  let changed = false;
  if (/<\/?[a-zA-Z!]/.test(text)) {
    const t = stripTags(cur);
    if (t !== null) (cur = t), (changed = true);
  }
  if (cur.text.includes('&')) {
    const t = decodeEntities(cur);
    if (t !== null) (cur = t), (changed = true);
  }
  // Percent-encoding, at most three rounds (`%252520`), then `+` in query strings.
  for (let round = 0; round < 3; round++) {
    const t = decodePercent(cur);
    if (t === null) break;
    cur = t;
    changed = true;
  }
  const plus = decodePlus(cur);
  if (plus !== null) (cur = plus), (changed = true);
  return changed ? cur : null;
}

function identity(text: string): Decoded {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end };
}

/** A builder of decoded text with its offset map. */
class Out {
  chars: string[] = [];
  s: number[] = [];
  e: number[] = [];
  push(str: string, from: number, to: number): void {
    for (let i = 0; i < str.length; i++) {
      this.chars.push(str[i]!);
      this.s.push(from);
      this.e.push(to);
    }
  }
  done(): Decoded {
    return { text: this.chars.join(''), start: Int32Array.from(this.s), end: Int32Array.from(this.e) };
  }
}

const BLOCK = /^(?:p|div|br|hr|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|blockquote|section|article|header|footer|pre|dd|dt|dl|center|address|title)$/;
const SHOWN_ATTRIBUTES = /\b(?:href|src|alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

function stripTags(d: Decoded): Decoded | null {
  const { text } = d;
  const tag = /<!--([\s\S]*?)(?:-->|$)|<![a-zA-Z][^<>]*>|<\?[^<>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>/g;
  const out = new Out();
  let last = 0;
  let m: RegExpExecArray | null;
  let any = false;
  while ((m = tag.exec(text)) !== null) {
    any = true;
    copy(d, out, last, m.index);
    const from = d.start[m.index]!;
    const to = d.end[m.index + m[0].length - 1]!;
    if (m[1] !== undefined) {
      // A comment: not displayed, but it travels with the email; read it as its own line.
      out.push('\n', from, to);
      const inner = m.index + 4;
      copy(d, out, inner, inner + m[1].length);
      out.push('\n', from, to);
      last = m.index + m[0].length;
      continue;
    }
    if (m[3] === undefined) {
      // A declaration (<!DOCTYPE html>, <?xml ...?>): not displayed.
      out.push(' ', from, to);
      last = m.index + m[0].length;
      continue;
    }
    const name = m[3].toLowerCase();
    if (m[2] === '' && (name === 'style' || name === 'script')) {
      const close = text.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
      const stop = close < 0 ? text.length : close;
      const gt = close < 0 ? text.length : text.indexOf('>', close);
      tag.lastIndex = gt < 0 ? text.length : gt + 1;
      last = tag.lastIndex;
      out.push('\n', from, d.end[Math.max(stop - 1, m.index)]!);
      continue;
    }
    if (BLOCK.test(name)) out.push('\n', from, to);
    // Attribute values a reader can see or follow: read as words of their own.
    const attrs = m[4] ?? '';
    SHOWN_ATTRIBUTES.lastIndex = 0;
    let a: RegExpExecArray | null;
    const attrBase = m.index + 1 + (m[2] ?? '').length + m[3]!.length;
    while ((a = SHOWN_ATTRIBUTES.exec(attrs)) !== null) {
      const value = a[1] ?? a[2] ?? a[3] ?? '';
      const at = attrBase + a.index + a[0].length - value.length - (a[1] !== undefined || a[2] !== undefined ? 1 : 0);
      out.push(' ', from, to);
      copy(d, out, at, at + value.length);
      out.push(' ', from, to);
    }
    last = m.index + m[0].length;
  }
  if (!any) return null;
  copy(d, out, last, text.length);
  return out.done();
}

function copy(d: Decoded, out: Out, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    out.chars.push(d.text[i]!);
    out.s.push(d.start[i]!);
    out.e.push(d.end[i]!);
  }
}


function decodeEntities(d: Decoded): Decoded | null {
  const re = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
  const out = new Out();
  let last = 0;
  let any = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(d.text)) !== null) {
    let ch: string;
    if (m[3] !== undefined) {
      // The HTML5 named character references (the `entities` package); a name it does not know is a word break.
      const named = decodeHTMLStrict(m[0]);
      ch = named === m[0] ? ' ' : named;
    } else {
      const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
      ch = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
    }
    any = true;
    copy(d, out, last, m.index);
    out.push(ch, d.start[m.index]!, d.end[m.index + m[0].length - 1]!);
    last = m.index + m[0].length;
  }
  if (!any) return null;
  copy(d, out, last, d.text.length);
  return out.done();
}

/** One round of %XX decoding (valid UTF-8 sequences only; anything else is kept as written). */
function decodePercent(d: Decoded): Decoded | null {
  const { text } = d;
  if (!/%[0-9a-fA-F]{2}/.test(text)) return null;
  const out = new Out();
  let i = 0;
  let any = false;
  while (i < text.length) {
    if (text.charCodeAt(i) !== 37 || !isHexPair(text, i + 1)) {
      copy(d, out, i, i + 1);
      i++;
      continue;
    }
    // A run of %XX: decode it as UTF-8 where it is valid.
    const bytes: number[] = [];
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 37 && isHexPair(text, j + 1)) {
      bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
      j += 3;
    }
    let b = 0;
    while (b < bytes.length) {
      const len = utf8Length(bytes, b);
      const at = i + b * 3;
      if (len === 0) {
        copy(d, out, at, at + 3);
        b++;
        continue;
      }
      const cp = utf8Decode(bytes, b, len);
      out.push(String.fromCodePoint(cp), d.start[at]!, d.end[at + len * 3 - 1]!);
      any = true;
      b += len;
    }
    i = j;
  }
  return any ? out.done() : null;
}

function isHexPair(t: string, i: number): boolean {
  return i + 1 < t.length && isHex(t.charCodeAt(i)) && isHex(t.charCodeAt(i + 1));
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function utf8Length(bytes: number[], i: number): number {
  const b = bytes[i]!;
  const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  const cp = utf8Decode(bytes, i, len);
  if ((len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff))) return 0;
  return len;
}

function utf8Decode(bytes: number[], i: number, len: number): number {
  if (len === 1) return bytes[i]!;
  let cp = bytes[i]! & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let k = 1; k < len; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f);
  return cp;
}

/** `+` is a space in the query part of a link (after `?` and before the next space). */
function decodePlus(d: Decoded): Decoded | null {
  const { text } = d;
  if (!text.includes('+')) return null;
  const re = /\?[^\s]*\+[^\s]*/g;
  let m: RegExpExecArray | null;
  const plusAt = new Set<number>();
  while ((m = re.exec(text)) !== null) {
    for (let k = m.index; k < m.index + m[0].length; k++) if (text.charCodeAt(k) === 43) plusAt.add(k);
  }
  if (plusAt.size === 0) return null;
  const out = new Out();
  for (let i = 0; i < text.length; i++) {
    if (plusAt.has(i)) out.push(' ', d.start[i]!, d.end[i]!);
    else copy(d, out, i, i + 1);
  }
  return out.done();
}
