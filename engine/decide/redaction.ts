// Redaction that reads well. Taking the words that reveal care out of a message must leave a message a
// patient can read: "your visit at Harbor Recovery Center is Thu" becomes "your visit is Thu", not
// "your visit at is Thu". Each found span is taken out with the phrase it belongs to:
//
// - words that describe a following noun go alone ("your HIV clinic appointment" → "your appointment");
// - a place or service after a preposition goes with the preposition and its article ("at the
//   counseling center", "from Harbor Recovery Center"), or, when the officer set a replacement, only
//   the name and its article go and the replacement takes their place ("at our office");
// - an identifier that ends a sentence after "is" ("Your MRN is 00123456.") takes the sentence with it;
// - a name that is the subject of its sentence ("group therapy meets Thu") takes the sentence with it,
//   as no generic words can stand in for it without inventing text.
//
// What is left is tidied (spaces, punctuation, a capital letter where a sentence now starts). A text
// with nothing left to say is returned empty: the redaction is then no safe form of the message.

export interface RedactSpan {
  start: number;
  end: number;
  /** The words to put in the place of a removed name, where one fits (after a preposition or article). */
  replacement?: string;
}

/** Nouns a removed description can stand in front of: what remains still names the thing. */
const HEAD_NOUNS = new Set(
  'appointment appointments appt appts visit visits session sessions consultation consult checkup exam exams screening screenings test tests result results group groups class classes meeting meetings program programs programme referral referrals reminder reminders team provider providers service services care treatment therapy counseling counselling clinic clinics center centre department office unit doctor nurse specialist intake orientation procedure surgery infusion injection evaluation assessment call video telehealth check checkin check-in checkup check-up follow followup follow-up'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set(['at', 'to', 'in', 'with', 'from', 'for', 'of', 'by', 'into', 'near', 'inside', 'via', 'through', 'on']);
const ARTICLES = new Set(['the', 'a', 'an', 'your', 'our', 'their', 'his', 'her', 'my', 'this', 'that']);
const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'number', 'no', 'no.', '#']);
/** Capitalised words that open a message rather than name a place ("Reminder Harbor Clinic..."). */
const OPENERS = new Set(['reminder', 'please', 'thanks', 'thank', 'hello', 'hi', 'dear', 'welcome', 'hey', 'good', 'note', 'update', 'important', 'today', 'tomorrow']);

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** The word ending just before `i` (skipping spaces): its start and text, or undefined. */
function wordBefore(text: string, i: number): { start: number; word: string } | undefined {
  const limit = Math.max(0, i - REACH);
  let j = i;
  while (j > limit && isSpace(text[j - 1])) j--;
  const end = j;
  while (j > limit && (isWordChar(text[j - 1]) || text[j - 1] === '-' || text[j - 1] === "'")) j--;
  return end > j ? { start: j, word: text.slice(j, end) } : undefined;
}

/** The word starting just after `i` (skipping spaces), or undefined when punctuation or the end comes first. */
function wordAfter(text: string, i: number): string | undefined {
  const limit = Math.min(text.length, i + REACH);
  let j = i;
  while (j < limit && isSpace(text[j])) j++;
  const start = j;
  while (j < limit && (isWordChar(text[j]) || text[j] === '-')) j++;
  return j > start ? text.slice(start, j) : undefined;
}

/**
 * How far a sentence is looked for around a span. Message texts can be long and have many findings:
 * every scan is bounded, so a redaction stays linear in the text (a longer "sentence" is cut there).
 */
const REACH = 400;

/** Where the sentence holding offset `i` starts: after the last `.`, `!` or `?` followed by a space (or the text start). */
function sentenceStart(text: string, i: number): number {
  const limit = Math.max(0, i - REACH);
  for (let j = i - 1; j > limit; j--) if (/[.!?]/.test(text[j - 1]!) && isSpace(text[j])) return j + 1;
  return limit;
}

/** Where the sentence holding offset `i` ends: just past its `.`, `!` or `?` (or the text end). */
function sentenceEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + REACH);
  for (let j = i; j < limit; j++) if (/[.!?]/.test(text[j]!) && (j + 1 === text.length || isSpace(text[j + 1]))) return j + 1;
  return limit;
}

/** Only spaces and punctuation before `i` in its sentence, or a `Word:` label ("Reminder: ..."). */
function startsClause(text: string, i: number): boolean {
  const before = text.slice(sentenceStart(text, i), i);
  return /^[\s\p{P}]*$/u.test(before) || /:\s*$/.test(before);
}

/** A span widened to whole words, with a possessive `'s` and the capitalised words of the same name before it. */
function widen(text: string, s: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = s;
  const [from, to] = [Math.max(0, s.start - REACH), Math.min(text.length, s.end + REACH)];
  while (start > from && isWordChar(text[start - 1])) start--;
  while (end < to && isWordChar(text[end])) end++;
  if (/^['’]s\b/.test(text.slice(end, end + 3))) end += 2;
  if (/^\p{Lu}/u.test(text[start] ?? '')) {
    for (;;) {
      // Words of the same name: capitalised (`Harbor`), not acronyms (`ID`), articles or prepositions.
      const w = wordBefore(text, start);
      if (w === undefined || w.start < from || !/^\p{Lu}\p{Ll}+$/u.test(w.word) || ARTICLES.has(w.word.toLowerCase()) || PREPOSITIONS.has(w.word.toLowerCase()) || OPENERS.has(w.word.toLowerCase())) break;
      start = w.start;
    }
  }
  return { start, end };
}

interface Cut {
  start: number;
  end: number;
  insert: string;
}

/** What to take out for one span, and what to put in its place. */
function cutFor(text: string, span: RedactSpan): Cut {
  const { start, end } = widen(text, span);
  const next = wordAfter(text, end);
  // A description of the noun that follows (`check-in` is a `check`): only the words go.
  if (next !== undefined && (HEAD_NOUNS.has(next.toLowerCase()) || HEAD_NOUNS.has(next.split('-')[0]!.toLowerCase()))) return { start, end, insert: '' };
  const w1 = wordBefore(text, start);
  const article = w1 !== undefined && ARTICLES.has(w1.word.toLowerCase()) ? w1 : undefined;
  const w2 = wordBefore(text, article?.start ?? start);
  const preposition = (article === undefined ? w1 : w2) !== undefined && PREPOSITIONS.has((article === undefined ? w1 : w2)!.word.toLowerCase()) ? (article === undefined ? w1 : w2) : undefined;
  const replacement = span.replacement !== undefined && span.replacement !== '' ? span.replacement : undefined;
  if (replacement !== undefined && (preposition !== undefined || article !== undefined)) return { start: article?.start ?? start, end, insert: replacement };
  if (preposition !== undefined) return { start: preposition.start, end, insert: '' };
  const clauseEnd = /^\s*([.!?;,]|$)/.exec(text.slice(end));
  const linked = w1 !== undefined && LINKING.has(w1.word.toLowerCase());
  // "Your MRN is 00123456." and "group therapy meets Thu": the clause cannot stand without the words.
  if ((linked || /:\s*$/.test(text.slice(0, start))) && clauseEnd !== null) {
    const punctuation = clauseEnd[1];
    const from = clauseStart(text, start);
    if (punctuation === ';' || punctuation === ',') return { start: from, end: end + clauseEnd[0].length, insert: '' };
    return from === sentenceStart(text, start) ? sentence(text, start) : { start: from, end, insert: '' };
  }
  if (next !== undefined && startsClause(text, article?.start ?? start)) return sentence(text, start);
  return { start: article?.start ?? start, end, insert: '' };
}

/** Where the clause holding `i` starts: after a `,` or `;` earlier in its sentence, else the sentence start. */
function clauseStart(text: string, i: number): number {
  const from = sentenceStart(text, i);
  for (let j = i - 1; j >= from; j--) if (text[j] === ',' || text[j] === ';') return j;
  return from;
}

/** The whole sentence holding `i` (with a "Reminder:" that opens it: alone, it says nothing). */
function sentence(text: string, i: number): Cut {
  return { start: sentenceStart(text, i), end: sentenceEnd(text, i), insert: '' };
}

/** The text with the spans taken out as described above. */
export function redactText(text: string, spans: readonly RedactSpan[]): string {
  if (spans.length === 0) return text;
  const cuts = [...spans].sort((a, b) => a.start - b.start).map((s) => cutFor(text, s));
  const merged: Cut[] = [];
  for (const c of cuts.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && c.start <= last.end) {
      last.end = Math.max(last.end, c.end);
      if (last.insert === '') last.insert = c.insert;
    } else merged.push({ ...c });
  }
  // The text between cuts, and each cut's insert; a piece right after a cut that now opens a sentence gets a capital.
  let out = text.slice(0, merged[0]!.start);
  merged.forEach((c, i) => {
    const kept = text.slice(c.end, merged[i + 1]?.start ?? text.length);
    for (const piece of [c.insert, kept]) {
      const next = startsSentence(out) ? capitalised(piece) : piece;
      out += isWordChar(out.at(-1)) && isWordChar(next[0]) ? ` ${next}` : next;
    }
  });
  return tidy(out);
}

/** Nothing but spaces and punctuation since the text or a sentence started: the next letter starts one. */
function startsSentence(out: string): boolean {
  let j = out.length;
  while (j > 0 && /[\s,;:]/.test(out[j - 1]!)) j--;
  return j === 0 || (/[.!?]/.test(out[j - 1]!) && j < out.length && isSpace(out[j]));
}

/** The first letter a capital (after any spaces and punctuation). */
const capitalised = (text: string): string => text.replace(/^([\s,;:]*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());

/**
 * Spaces and punctuation after removals. Every pattern starts at a fixed character (or the text's
 * start), so none backtracks over a long run of spaces; the end is trimmed by a loop for that reason.
 */
function tidy(text: string): string {
  let out = text
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:]\s*([.!?])/g, '$1')
    .replace(/([.!?])\s*[,;:]/g, '$1')
    .replace(/^[\s,;:.!?]+/, '');
  let end = out.length;
  while (end > 0 && /[\s,;:]/.test(out[end - 1]!)) end--;
  out = out.slice(0, end).trim();
  return /[\p{L}\p{N}]/u.test(out) ? out : '';
}
