// Content classifier (the "found-phone test"): labels spans of a message that reveal care
// (HL7 sensitivity codes), clinical content, or identifiers. See README.md in this folder.
export type { Classifier, ClassifierExtensions } from './classifier.ts';
export type { Finding } from '../contract/index.ts';
export { createClassifier } from './classifier.ts';
export { normalize } from './normalize.ts';
export type { ClassifiedMessage } from './classifier.ts';
export { CLINICAL_PLACEHOLDERS, compileTemplate, fixedText, matchTemplate, PLACEHOLDER_TYPES, placeholders, type CompiledTemplate } from './templates.ts';
export { COVERED_LANGUAGES, excludedWords, languageBit } from './lexicon.ts';
export { foldString } from './fold.ts';
export { prepareIndexes } from './fuzzy.ts';
export { practiceNames, vouchedRuns } from './extension.ts';
