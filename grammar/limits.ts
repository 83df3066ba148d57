// Limits of the language, checked on the tokens before anything recurses over the text. The parser, the
// AST, the checker, the compiler, the generated code, explain and the formatter all walk conditions and
// values recursively, one stack frame (or several) per level: a chain of a few thousand `not`s or `and`s
// (`a and b and c` is `(a and b) and c`, one level per `and`), or thousands of nested brackets, would run
// the stack out somewhere in there. No policy a person writes comes near these limits; a bundle that
// passes them is safe for every stage, and one that does not gets a diagnostic at the place it crosses one.
import { tokenMatcher, type IToken } from 'chevrotain';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import * as T from './tokens.ts';

export const LIMITS = {
  /** `(`, `[` and `{` open at once. */
  nesting: 64,
  /** `and`, `or` and `not` (including `not in`) in one `when` condition. */
  conditionOperators: 256,
} as const;

const OPENERS = new Set([T.LParen, T.LBracket, T.LCurly]);
const CLOSERS = new Set([T.RParen, T.RBracket, T.RCurly]);
/** Words that end a `when` condition: the next clause, the next declaration (unless after a `.`, as in `x.allow`). */
const ENDS_CONDITION = new Set([...T.CLAUSE_WORDS, ...T.DECLARATION_WORDS]);

export interface LimitCheck {
  diagnostics: Diagnostic[];
  /** Brackets nest past the limit: parsing would recurse too deep, so the file is not parsed. */
  tooDeep: boolean;
}

/** A diagnostic where brackets first nest too deep, and where each condition first has too many operators. */
export function checkLimits(tokens: readonly IToken[], file: string): LimitCheck {
  const diagnostics: Diagnostic[] = [];
  let depth = 0;
  let tooDeep = false;
  let inCondition = false;
  let operators = 0;
  let tooLong = false;
  let previous: IToken | undefined;
  for (const t of tokens) {
    if (OPENERS.has(t.tokenType)) {
      if (++depth > LIMITS.nesting && !tooDeep) {
        tooDeep = true;
        diagnostics.push(
          diagnostic('parse/too-complex', `Brackets nest more than ${LIMITS.nesting} deep here`, T.tokenSpan(t, file), `phigate reads at most ${LIMITS.nesting} levels of \`(\`, \`[\` and \`{\`; remove the extra ones, or split the rule`),
        );
      }
    } else if (CLOSERS.has(t.tokenType)) {
      depth = Math.max(0, depth - 1);
      if (t.tokenType === T.RCurly) inCondition = false;
    } else if (t.tokenType === T.When) {
      inCondition = true;
      operators = 0;
      tooLong = false;
    } else if (inCondition && ENDS_CONDITION.has(t.image) && tokenMatcher(t, T.AnyName) && !tokenMatcher(t, T.Name) && previous?.tokenType !== T.Dot) {
      inCondition = false;
    } else if (inCondition && (tokenMatcher(t, T.AndOp) || tokenMatcher(t, T.OrOp) || tokenMatcher(t, T.NotOp))) {
      if (++operators > LIMITS.conditionOperators && !tooLong) {
        tooLong = true;
        diagnostics.push(
          diagnostic(
            'parse/too-complex',
            `This condition has more than ${LIMITS.conditionOperators} \`and\`, \`or\` and \`not\``,
            T.tokenSpan(t, file),
            'split the rule into several rules, or test a list at once (`channel in [sms, email]` instead of `channel == sms or channel == email`)',
          ),
        );
      }
    }
    previous = t;
  }
  return { diagnostics, tooDeep };
}
