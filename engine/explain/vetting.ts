// The found-phone test's positive model in explain mode: the words it could not vouch for, and
// the line an officer adds to the bundle to vet them once checked that they reveal nothing.
import type { DecisionRequest } from '../contract/index.ts';
import type { DecisionResponse } from '../decide/index.ts';

export interface VettingHint {
  /** The words (as written, lower case, each once) labelled `unvetted`. */
  words: string[];
  /** A `vetted` line for the bundle that would vouch for them. */
  line: string;
}

/** Null when the decision found no unvetted word. */
export function vettingHint(req: DecisionRequest, res: Pick<DecisionResponse, 'findings'>): VettingHint | null {
  const words = new Set<string>();
  for (const f of res.findings) {
    if (f.label !== 'unvetted') continue;
    const text = f.field === 'subject' ? (req.message.subject ?? '') : req.message.body;
    for (const w of text.slice(f.start, f.end).split(/[\s,;:!?()"]+/)) {
      const word = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
      if (word.length > 0) words.add(word);
    }
  }
  if (words.size === 0) return null;
  const list = [...words];
  return { words: list, line: `vetted reviewed_words "Words the compliance officer reviewed" = [${list.map((w) => JSON.stringify(w)).join(', ')}]` };
}

/** Explain-mode lines: the words and the line to add, or nothing. */
export function vettingLines(req: DecisionRequest, res: Pick<DecisionResponse, 'findings'>): string[] {
  const hint = vettingHint(req, res);
  if (hint === null) return [];
  return [
    '',
    `Words the found-phone test cannot vouch for as administrative: ${hint.words.map((w) => `"${w}"`).join(', ')}.`,
    'If they reveal nothing about a patient\'s care, vet them in the bundle (a .policy file), then run phigate check and test:',
    `  ${hint.line}`,
  ];
}
