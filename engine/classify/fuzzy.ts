// Misspellings, both ways. A word the positive model cannot vouch for is compared with the
// one-word sensitive terms of the vocabularies ("colonscopy" -> colonoscopy, "suboxen" ->
// Suboxone): within one edit (insertion, deletion, substitution or swap of two neighbours) for
// words of 5 to 8 letters, two edits from 9 letters on, with the same first letter. A long
// administrative word misspelled ("apointment", "perscription") is vouched for when it is within
// one edit of a vetted word of 6 letters or more and near no sensitive term. Only words no lexicon
// knows are compared, so ordinary words are never turned into findings; test/classify/fuzzy.test.ts
// measures both directions. Lookups use deletion neighbourhoods (SymSpell): each term is indexed
// under every string one (or two) deletions away, so a query costs a few map lookups.

export class NearMatcher {
  private readonly index = new Map<string, number[]>();
  readonly entries: string[] = [];

  constructor(private readonly minLength: number, private readonly twoEditsFrom: number) {}

  add(word: string): number {
    const id = this.entries.length;
    this.entries.push(word);
    for (const key of deletions(word, word.length >= this.twoEditsFrom ? 2 : 1)) {
      let list = this.index.get(key);
      if (list === undefined) this.index.set(key, (list = []));
      if (list[list.length - 1] !== id) list.push(id);
    }
    return id;
  }

  /**
   * Ids of the entries within the allowed edits of `word` (same first letter), nearest first. With
   * `missingLetterFrom`, a word shorter than minLength but at least that long still matches an entry
   * one letter longer that it is missing a letter of ("plese" for "please").
   */
  near(word: string, missingLetterFrom = Infinity): number[] {
    if (word.length < this.minLength) {
      if (word.length < missingLetterFrom) return [];
      return (this.index.get(word) ?? []).filter((id) => this.entries[id]!.length === word.length + 1 && this.entries[id]![0] === word[0]);
    }
    const maxEdits = word.length >= this.twoEditsFrom ? 2 : 1;
    const seen = new Set<number>();
    const out: [number, number][] = [];
    for (const key of deletions(word, maxEdits)) {
      for (const id of this.index.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = this.entries[id]!;
        if (entry[0] !== word[0]) continue;
        const limit = Math.min(maxEdits, entry.length >= this.twoEditsFrom ? 2 : 1);
        const d = editDistance(word, entry, limit);
        if (d <= limit) out.push([d, id]);
      }
    }
    return out.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  }
}

/** The word and every string `max` or fewer deletions away. */
function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps), or limit + 1 once it exceeds limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]!;
}
