// The grammar stage's public face: parse a policy file into an AST (or every error found), print an
// AST in the canonical style, and compare ASTs by meaning.
export type * from './ast.ts';
export * from './diagnostics.ts';
export { parsePolicy } from './parse.ts';
export { formatExpr, formatOperand, formatPolicy, formatSource } from './formatter.ts';

const MEANINGLESS = new Set(['span', 'file', 'comments']);

/** A deep copy without spans, file name and comments: two ASTs with the same meaning strip to equal values. */
export function stripSpans<T>(node: T): T {
  if (Array.isArray(node)) return node.map(stripSpans) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (!MEANINGLESS.has(k) && v !== undefined) out[k] = stripSpans(v);
  return out as T;
}
