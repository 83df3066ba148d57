// Compiling a checked bundle: condition trees, the rule index by channel and category, generated
// cell functions, traces, and loading a bundle folder into a compiled policy.
export * from './conditions.ts';
export * from './trace.ts';
export * from './compiler.ts';
export * from './codegen.ts';
export * from './bundle.ts';
