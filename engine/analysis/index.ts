// Change analysis for compliance officers: the decision matrix of named profiles, the diff of two
// bundles over an enumerated space of situations, and lints. Library API; the CLI's `matrix`,
// `diff` and `lint` commands (and later the web playground) use only what is exported here.
export { decisionMatrix, tiersOf, type DecisionMatrix, type MatrixCell, type MatrixRow, type PolicyId, type ProfileMatrix, type TextEffect, type TierGroup } from './matrix.ts';
export { decisionDiff, directionOf, parseCorpus, type ChangeExample, type ChangeGroup, type CorpusEntry, type CorpusProblem, type DecisionDiff, type DecisionWithRules, type DiffOptions, type Direction, type RuleShift } from './diff.ts';
export { contentKey, LintCache, lintPolicy, ruleUsage, type LintOptions } from './lints.ts';
export { PROFILES, PROFILE_NAMES, profileNamed, type Profile } from './profiles.ts';
export { describeSituation, enumerateSituations, FINDING_SAMPLES, textSamples, type ConsentState, type Situation, type TextSample, type Variation, type VendorState } from './space.ts';
export { diffMarkdown, diffText, matrixHtml, matrixMarkdown, textEffectText } from './render.ts';
export { TEMPLATE_CHANNELS, templateChannels, templatesMarkdown, type TemplateRow } from './templates.ts';
