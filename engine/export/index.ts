// Exporting a phigate policy to other engines (json-rules-engine), and running it there with
// phigate's semantics, for apps that already run one and for the differential tests.
export {
  exportJsonRulesEngine,
  decideWithJsonRulesEngine,
  jsonRulesEngineFacts,
  ruleBookOf,
  JSON_RULES_ENGINE,
  type ExportedPolicy,
  type ExportedRule,
  type ExportedEvent,
  type ExportedStrategy,
  type JreCondition,
  type JsonRulesEngineDecision,
  type JsonRulesEngineFacts,
} from './json-rules-engine.ts';
export { addPhigateOperators, PHIGATE_OPERATORS, MISSING_FACT, type PatternValue } from './operators.ts';
export { combineFirings, type CombinedDecision, type Firing, type RuleBook } from './combine.ts';
export { lowerRule, MAY_BE_MISSING, type Formula, type LoweredRule, type Operand, type Test } from './lowering.ts';
