// Deciding one request: facts, the compiled rules, deny > downgrade > allow, and the actions of a
// downgrade. decide() validates and never throws; decideValid() is the hot path.
export * from './ids.ts';
export * from './actions.ts';
export * from './evaluator.ts';
export * from './decide.ts';
