// Terms in scripts other than Latin (Chinese, Korean, Russian, Arabic...): the skeleton's 37
// symbols cannot spell them, so they are found in the folded text directly, by their first
// character. Chinese and Japanese are written without spaces, so a term is found anywhere; a
// Korean or Russian term must start a word (the word may go on with a particle or an ending); an
// Arabic term of four letters or more is found inside a word (attached particles such as و ب ل ال
// do not hide it), a shorter one must be the whole word once those particles are read off.

/** Han, kana: scripts written without spaces between words. */
export function isUnspaced(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff);
}

/** Hangul syllables and jamo. */
export const isHangul = (c: number): boolean => (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff);

export interface ScriptTerm {
  term: string;
  labels: number[];
}

export class ScriptTerms {
  private readonly byFirst = new Map<number, ScriptTerm[]>();
  size = 0;

  add(term: string, label: number): void {
    const first = term.charCodeAt(0);
    let list = this.byFirst.get(first);
    if (list === undefined) this.byFirst.set(first, (list = []));
    let entry = list.find((t) => t.term === term);
    if (entry === undefined) {
      list.push((entry = { term, labels: [] }));
      list.sort((a, b) => b.term.length - a.term.length);
      this.size++;
    }
    if (!entry.labels.includes(label)) entry.labels.push(label);
  }

  /** Call emit(label, start, end) (folded offsets) for every term found in the folded text. */
  scan(f: string, emit: (label: number, start: number, end: number) => void): void {
    if (this.size === 0) return;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c < 0x370) continue;
      const list = this.byFirst.get(c);
      if (list === undefined) continue;
      for (const t of list) {
        if (!f.startsWith(t.term, i)) continue;
        const end = i + t.term.length;
        if (!boundaryOk(f, i, end, t.term)) continue;
        for (const l of t.labels) emit(l, i, end);
      }
    }
  }
}

const LETTER = /[\p{L}\p{M}]/u;
const isLetterAt = (f: string, i: number): boolean => i >= 0 && i < f.length && LETTER.test(f[i]!);
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
const ARABIC_SUFFIXES = ['كم', 'ها', 'هم', 'نا', 'ك', 'ه', 'ي', 'ة'];
/** An ending that makes a short term another word: حملة is a campaign, not حمل (a pregnancy) with its ending (eighteenth session). */
const ARABIC_OTHER_WORD = new Map([['حمل', 'ة']]);

function boundaryOk(f: string, start: number, end: number, term: string): boolean {
  const c = term.charCodeAt(0);
  if (isUnspaced(c)) return true;
  if (c >= 0x0600 && c <= 0x06ff) {
    if (term.length >= 4) return true;
    // A short Arabic term: the whole word, once attached particles and endings are read off.
    let ws = start;
    while (isLetterAt(f, ws - 1)) ws--;
    let we = end;
    while (isLetterAt(f, we)) we++;
    const before = f.slice(ws, start);
    const after = f.slice(end, we);
    return (before === '' || ARABIC_PREFIXES.includes(before)) && (after === '' || (ARABIC_SUFFIXES.includes(after) && ARABIC_OTHER_WORD.get(term) !== after));
  }
  if (isLetterAt(f, start - 1)) return false;
  // A short Cyrillic term (an acronym: ВИЧ, ВІЛ, СНІД) is a whole word or takes a case ending: "СНІДу", not
  // "сніданок" (breakfast) nor "вільний" (free); thirty-third session.
  if (c >= 0x0400 && c <= 0x052f && term.length <= 4) {
    let we = end;
    while (isLetterAt(f, we)) we++;
    return we === end || CYRILLIC_CASE_ENDINGS.has(f.slice(end, we));
  }
  return true;
}
const CYRILLIC_CASE_ENDINGS = new Set(['у', 'ю', 'а', 'я', 'е', 'і', 'и', 'ом', 'ем', 'ові', 'еві', 'ой', 'ою', 'ах']);
