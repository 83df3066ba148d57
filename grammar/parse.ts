// Text → AST: lex, parse, build. Kept apart from index.ts so the formatter can parse without a cycle.
import { buildPolicyFile } from './ast-builder.ts';
import type { PolicyFile } from './ast.ts';
import { diagnostic, fail, fileSpan, ok, type Diagnostic, type Result } from './diagnostics.ts';
import { checkLimits } from './limits.ts';
import { parseTokens } from './parser.ts';
import { tokenize } from './tokens.ts';

/** Parse one policy file. Never throws: any lexical or syntax error gives `ok: false` with all errors found. */
export function parsePolicy(text: string, file: string): Result<PolicyFile> {
  try {
    const lexed = tokenize(text, file);
    // Past the limits (limits.ts) some stage would recurse too deep: report where, and parse only when
    // brackets nest within them (the parser itself recurses on brackets).
    const limits = checkLimits(lexed.tokens, file);
    if (limits.tooDeep) return fail(firstPerOffset([...lexed.diagnostics, ...limits.diagnostics]));
    const parsed = parseTokens(lexed.tokens, file);
    const diagnostics = firstPerOffset([...lexed.diagnostics, ...limits.diagnostics, ...parsed.diagnostics]);
    return diagnostics.length > 0 ? fail(diagnostics) : ok(buildPolicyFile(parsed.cst, lexed.comments, file, text));
  } catch (e) {
    // A last resort: the limits keep the parser's recursion within the stack, so nothing should get here.
    const tooDeep = e instanceof RangeError;
    const message = tooDeep ? 'This file is nested too deeply to read' : `This file cannot be read: ${String(e)}`;
    return fail([diagnostic('parse/unexpected-token', message, fileSpan(file), tooDeep ? 'use fewer parentheses' : undefined)]);
  }
}

/** One diagnostic per place: the lexer's (listed first) explains a bad token better than the parser tripping on it. */
function firstPerOffset(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<number>();
  const unique = diagnostics.filter((d) => !seen.has(d.span.offset) && seen.add(d.span.offset));
  return unique.sort((a, b) => a.span.offset - b.span.offset);
}
