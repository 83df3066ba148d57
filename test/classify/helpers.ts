import { createClassifier, type Finding } from '../../engine/classify/index.ts';

export const classifier = createClassifier();

/** The finding for `label` on the first occurrence (or the n-th) of `sub` in `text`, exact offsets. */
export function at(text: string, label: string, sub: string, occurrence = 0): Finding {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(sub, start + 1);
    if (start < 0) throw new Error(`${JSON.stringify(sub)} not in ${JSON.stringify(text)}`);
  }
  return { label, start, end: start + sub.length };
}

/** Findings of one label. */
export function only(text: string, label: string): Finding[] {
  return classifier.classifyText(text).filter((f) => f.label === label);
}

/** Labels found anywhere in the text. */
export function labelsOf(text: string): string[] {
  return [...new Set(classifier.classifyText(text).map((f) => f.label))].sort();
}
