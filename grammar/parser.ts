// The grammar: a chevrotain CstParser with error recovery, so one run reports every mistake it can
// find, in words a compliance officer understands. It builds only a concrete syntax tree; the AST
// comes from ast-builder.ts.
import { CstParser, EOF, tokenMatcher, type CstNode, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { clip, diagnostic, didYouMean, fileSpan, type Diagnostic } from './diagnostics.ts';
import * as T from './tokens.ts';

// ---- friendly messages ----

/** chevrotain's message providers return one string; the hint travels after this separator. */
const HINT_SEPARATOR = '\u0000';

interface Friendly {
  message: string;
  hint?: string;
}

const encode = (f: Friendly): string => (f.hint === undefined ? f.message : `${f.message}${HINT_SEPARATOR}${f.hint}`);

function decode(text: string): Friendly {
  const [message, hint] = text.split(HINT_SEPARATOR);
  return hint === undefined ? { message: message! } : { message: message!, hint };
}

const isEof = (t: IToken): boolean => t.tokenType === EOF;

/** How a found token is named in a message. */
function found(t: IToken): string {
  if (isEof(t)) return 'the end of the file';
  return `\`${clip(t.image, 30)}\``;
}

const after = (previous: IToken): string => (previous.image === '' ? '' : ` after \`${previous.image}\``);
const label = (type: TokenType): string => type.LABEL ?? type.name;
const isKeyword = (t: IToken): boolean => tokenMatcher(t, T.AnyName) && !tokenMatcher(t, T.Name);
const startsDeclaration = (t: IToken): boolean => isEof(t) || T.DECLARATION_WORDS.includes(t.image);

/** How each construct is written: the hint when nothing more specific applies. */
const SHAPES: Record<string, string> = {
  policyHeader: 'the header is written `policy "name" version "1.0"`',
  defaultDecl: 'write `default deny "reason"` or `default allow`',
  settingsDecl: 'a setting is written `name = "value"`',
  settingEntry: 'a setting is written `name = "value"`',
  listDecl: 'a list is written `tier name = [a, b]`',
  termsDecl: 'terms are written `terms name = ["text", "other text"]`',
  patternDecl: 'a pattern is written `pattern name = /.../i`',
  vettedDecl: 'vetted words are written `vetted name = ["word", "a phrase"]`',
  templateDecl: 'a template is written `template name for appointment_reminder = "Hi {first_name}, ..."`',
  ruleDecl: 'a rule holds `when`, `allow`, `deny`, `downgrade`, `because` and `cite` lines',
  effect: 'write `downgrade redact [labels]`, `downgrade route portal alert "..."` or `downgrade defer until quiet_hours_end`',
  strategy: 'write `downgrade redact [labels]`, `downgrade route portal alert "..."` or `downgrade defer until quiet_hours_end`',
  listRef: 'write the labels to remove, such as `redact [SSP]` or `redact heightened`',
  expression: 'a condition looks like `channel in unsecured` or `consent is present`',
  andExpr: 'a condition looks like `channel in unsecured` or `consent is present`',
  notExpr: 'a condition looks like `channel in unsecured` or `consent is present`',
  comparison: 'a condition looks like `channel in unsecured` or `consent is present`',
  fixtureDecl: 'a fixture holds `given` lines',
  testDecl: 'a test holds `use`, `given` and `expect` lines',
  useClause: 'write `use fixture_name` or `use one, other`',
  given: 'write `given channel sms` or `given message { category: lab_result }`',
  entry: 'an entry is written `key: value`',
  expectation: 'write `expect deny`, `expect allow` or `expect downgrade by rule-name`',
};

/** The words that can come next inside each kind of block, for "did you mean" on a misspelled one. */
const BLOCK_WORDS: Record<string, readonly string[]> = {
  ruleDecl: [...T.CLAUSE_WORDS, ...T.CONDITION_WORDS, ...T.STRATEGY_WORDS],
  testDecl: T.TEST_WORDS,
  fixtureDecl: ['given'],
};

const EXPRESSION_RULES = new Set(['expression', 'andExpr', 'notExpr', 'comparison']);
const VALUE_RULES = new Set(['operand', 'listItem', 'value', 'listRef']);

/** Messages for people who write policies, not grammars. `block` names the block being parsed. */
class FriendlyMessages implements IParserErrorMessageProvider {
  block = 'the block';

  buildMismatchTokenMessage(o: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
    return encode(this.mismatch(o.expected, o.actual, o.previous, o.ruleName));
  }

  buildNotAllInputParsedMessage(o: { firstRedundant: IToken }): string {
    return encode(notADeclaration(o.firstRedundant));
  }

  buildNoViableAltMessage(o: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
    const types = o.expectedPathsPerAlt.flatMap((alt) => alt.map((path) => path[0]!));
    return encode(misspelled(o.actual[0]!, keywordsOf(types)) ?? expectedOneOf([...new Set(types.map(label))], o.actual[0]!, o.previous, o.ruleName));
  }

  buildEarlyExitMessage(o: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
    const types = o.expectedIterationPaths.map((path) => path[0]!);
    return encode(misspelled(o.actual[0]!, keywordsOf(types)) ?? expectedOneOf([...new Set(types.map(label))], o.actual[0]!, o.previous, o.ruleName));
  }

  private mismatch(expected: TokenType, actual: IToken, previous: IToken, ruleName: string): Friendly {
    const hint = SHAPES[ruleName];
    const typo = misspelled(actual, keywordsOf([expected]));
    if (typo !== undefined) return typo;
    switch (expected) {
      case EOF:
        return notADeclaration(actual);
      case T.RCurly:
        return ruleName === 'objectValue' ? listEnd('}', actual, previous) : this.blockEnd(actual, ruleName);
      case T.RBracket:
        return listEnd(']', actual, previous);
      case T.RParen:
        return { message: `Expected \`)\` to close the \`(\`, found ${found(actual)}`, hint: 'every `(` needs a matching `)`' };
      case T.Name:
        return { message: `Expected a name${after(previous)}, found ${found(actual)}`, hint: isKeyword(actual) ? reservedWord(actual) : hint };
      case T.Str:
        return { message: `Expected a text in quotes${after(previous)}, found ${found(actual)}`, hint: hint ?? 'write the text in double quotes: "..."' };
      default:
        return { message: `Expected ${label(expected)}${after(previous)}, found ${found(actual)}`, hint };
    }
  }

  private blockEnd(actual: IToken, ruleName: string): Friendly {
    const message = `Expected \`}\` to close ${this.block}, found ${found(actual)}`;
    if (startsDeclaration(actual)) return { message, hint: 'every `{` needs a matching `}`' };
    return misspelled(actual, BLOCK_WORDS[ruleName] ?? []) ?? { message, hint: SHAPES[ruleName] };
  }
}

/** The words of the keyword token types among `types` (`redact`, `route`...), for "did you mean". */
function keywordsOf(types: readonly TokenType[]): string[] {
  return types.flatMap((t) => (typeof t.PATTERN === 'string' && /^[a-z]+$/.test(t.PATTERN) ? [t.PATTERN] : []));
}

/** A name that is a misspelling of one of `words`: said as such, with the word it is close to. */
function misspelled(actual: IToken, words: readonly string[]): Friendly | undefined {
  if (!tokenMatcher(actual, T.Name) || words.length === 0) return undefined;
  const hint = didYouMean(actual.image, words);
  return hint === undefined ? undefined : { message: `\`${actual.image}\` is not a word of the policy language`, hint };
}

function expectedOneOf(firsts: string[], actual: IToken, previous: IToken, ruleName: string): Friendly {
  const what = EXPRESSION_RULES.has(ruleName) ? 'a condition' : VALUE_RULES.has(ruleName) ? 'a value' : oneOf(firsts);
  return { message: `Expected ${what}${after(previous)}, found ${found(actual)}`, hint: SHAPES[ruleName] };
}

function listEnd(close: string, actual: IToken, previous: IToken): Friendly {
  return {
    message: `Expected \`,\` or \`${close}\`${after(previous)}, found ${found(actual)}`,
    hint: startsDeclaration(actual) ? `close the list with \`${close}\`` : 'separate the items with commas',
  };
}

/** `rule \`no-baa\``, `test "title"`, or `the settings` (also when recovery made up the name). */
function blockName(kind: string, name: IToken | undefined): string {
  if (name === undefined || name.image === '') return `the ${kind}`;
  return `${kind} ${tokenMatcher(name, T.Str) ? name.image : `\`${name.image}\``}`;
}

const reservedWord = (t: IToken): string => `\`${t.image}\` is a word of the policy language and cannot be a name`;

function oneOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'something else';
  const shown = items.slice(0, 6);
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

function notADeclaration(actual: IToken): Friendly {
  const message = `Expected a declaration such as \`rule\`, \`tier\` or \`test\`, found ${found(actual)}`;
  if (T.CLAUSE_WORDS.includes(actual.image)) return { message, hint: `\`${actual.image}\` goes inside a rule: \`rule name { ... }\`` };
  return misspelled(actual, T.DECLARATION_WORDS) ?? { message, hint: 'each declaration starts with a word such as `rule`, `tier`, `settings` or `test`' };
}

// ---- grammar ----

/**
 * An alternative of `OR`. Written inline, `{ ALT: () => ... }` gets a runtime function-naming call
 * from tsx/esbuild (`keepNames`) each time a rule runs; passing the function as an argument avoids it.
 */
const alt = (ALT: () => unknown): { ALT: () => unknown } => ({ ALT });

/** A mistake the grammar accepts so parsing can go on (like `=` for `==`), reported afterwards. */
interface SoftError {
  token: IToken;
  message: string;
  hint: string;
}

class PolicyParser extends CstParser {
  softErrors: SoftError[] = [];

  /**
   * `validate` runs chevrotain's grammar checks (ambiguities, left recursion...), which cost a third of
   * a CLI start: the parser every command uses skips them, and a test (test/grammar/parser.test.ts)
   * builds one with them so a grammar change that breaks them fails there.
   */
  constructor(private readonly messages: FriendlyMessages, validate = false) {
    super(T.allTokens, { recoveryEnabled: true, nodeLocationTracking: 'onlyOffset', errorMessageProvider: messages, maxLookahead: 3, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /** Tell the messages which block is open, for "expected `}` to close rule `no-baa`". */
  private nameBlock(kind: string, name?: IToken): void {
    this.ACTION(() => (this.messages.block = blockName(kind, name)));
  }

  /** A declared name. A keyword is accepted and reported, so `rule test {` gives one error, not a cascade. */
  private declaredName(): IToken {
    const name = this.CONSUME(T.AnyName);
    this.ACTION(() => isKeyword(name) && this.soft(name, reservedWord(name), 'choose another name'));
    return name;
  }

  policyFile = this.RULE('policyFile', () => {
    // The gate stops error recovery from restarting at `message.tier` or `{ scopes: ... }`.
    this.MANY({ GATE: () => !tokenMatcher(this.LA(0), T.Dot) && !tokenMatcher(this.LA(2), T.Colon), DEF: () => this.SUBRULE(this.declaration) });
  });

  declaration = this.RULE('declaration', () => {
    this.OR([
      alt(() => this.SUBRULE(this.policyHeader)),
      alt(() => this.SUBRULE(this.defaultDecl)),
      alt(() => this.SUBRULE(this.settingsDecl)),
      alt(() => this.SUBRULE(this.listDecl)),
      alt(() => this.SUBRULE(this.termsDecl)),
      alt(() => this.SUBRULE(this.patternDecl)),
      alt(() => this.SUBRULE(this.vettedDecl)),
      alt(() => this.SUBRULE(this.templateDecl)),
      alt(() => this.SUBRULE(this.ruleDecl)),
      alt(() => this.SUBRULE(this.fixtureDecl)),
      alt(() => this.SUBRULE(this.testDecl)),
    ]);
  });

  policyHeader = this.RULE('policyHeader', () => {
    this.CONSUME(T.Policy);
    this.CONSUME1(T.Str);
    this.CONSUME(T.Version);
    this.CONSUME2(T.Str);
  });

  defaultDecl = this.RULE('defaultDecl', () => {
    this.CONSUME(T.Default);
    this.OR([alt(() => this.CONSUME(T.Deny)), alt(() => this.CONSUME(T.Allow))]);
    this.OPTION(() => this.CONSUME(T.Str));
  });

  settingsDecl = this.RULE('settingsDecl', () => {
    this.CONSUME(T.Settings);
    this.nameBlock('settings');
    this.CONSUME(T.LCurly);
    this.MANY(() => this.SUBRULE(this.settingEntry));
    this.CONSUME(T.RCurly);
  });

  settingEntry = this.RULE('settingEntry', () => {
    this.CONSUME(T.Name);
    this.CONSUME(T.Equals);
    this.CONSUME(T.Literal);
  });

  listDecl = this.RULE('listDecl', () => {
    this.CONSUME(T.ListKeyword);
    this.declaredName();
    this.OPTION(() => this.CONSUME(T.Str));
    this.CONSUME(T.Equals);
    this.SUBRULE(this.nameList);
  });

  termsDecl = this.RULE('termsDecl', () => {
    this.CONSUME(T.Terms);
    this.declaredName();
    this.OPTION(() => this.CONSUME(T.Str));
    this.CONSUME(T.Equals);
    this.SUBRULE(this.stringList);
  });

  patternDecl = this.RULE('patternDecl', () => {
    this.CONSUME(T.Pattern);
    this.declaredName();
    this.OPTION(() => this.CONSUME(T.Str));
    this.CONSUME(T.Equals);
    this.CONSUME(T.RegexTok);
  });

  vettedDecl = this.RULE('vettedDecl', () => {
    this.CONSUME(T.Vetted);
    this.declaredName();
    this.OPTION(() => this.CONSUME(T.Str));
    this.CONSUME(T.Equals);
    this.SUBRULE(this.stringList);
  });

  templateDecl = this.RULE('templateDecl', () => {
    this.CONSUME(T.Template);
    this.declaredName();
    this.OPTION(() => this.CONSUME1(T.Str));
    this.CONSUME(T.For);
    this.CONSUME(T.Name);
    this.CONSUME(T.Equals);
    this.CONSUME2(T.Str);
  });

  ruleDecl = this.RULE('ruleDecl', () => {
    this.CONSUME(T.Rule);
    this.nameBlock('rule', this.declaredName());
    this.CONSUME(T.LCurly);
    this.MANY(() => this.SUBRULE(this.clause));
    this.CONSUME(T.RCurly);
  });

  clause = this.RULE('clause', () => {
    this.OR([
      alt(() => this.SUBRULE(this.whenClause)),
      alt(() => this.SUBRULE(this.effect)),
      alt(() => this.SUBRULE(this.becauseClause)),
      alt(() => this.SUBRULE(this.citeClause)),
    ]);
  });

  whenClause = this.RULE('whenClause', () => {
    this.CONSUME(T.When);
    this.SUBRULE(this.expression);
  });

  becauseClause = this.RULE('becauseClause', () => {
    this.CONSUME(T.Because);
    this.CONSUME(T.Str);
  });

  citeClause = this.RULE('citeClause', () => {
    this.CONSUME(T.Cite);
    this.CONSUME(T.Str);
  });

  effect = this.RULE('effect', () => {
    this.OR([
      alt(() => this.CONSUME(T.Allow)),
      alt(() => this.CONSUME(T.Deny)),
      alt(() => {
        this.CONSUME(T.Downgrade);
        this.SUBRULE1(this.strategy);
        this.MANY(() => {
          this.CONSUME(T.Else);
          this.SUBRULE2(this.strategy);
        });
      }),
    ]);
  });

  strategy = this.RULE('strategy', () => {
    this.OR([
      alt(() => {
        this.CONSUME(T.Redact);
        this.SUBRULE(this.listRef);
        this.OPTION1(() => {
          this.CONSUME(T.With);
          this.CONSUME1(T.Str);
        });
      }),
      alt(() => {
        this.CONSUME(T.Route);
        this.CONSUME1(T.Name);
        this.OPTION2(() => {
          this.CONSUME(T.Alert);
          this.CONSUME2(T.Str);
        });
      }),
      alt(() => {
        this.CONSUME(T.Defer);
        this.CONSUME(T.Until);
        this.OR1([alt(() => this.CONSUME2(T.Name)), alt(() => this.CONSUME3(T.Str))]);
      }),
    ]);
  });

  listRef = this.RULE('listRef', () => {
    this.OR([alt(() => this.SUBRULE(this.listLiteral)), alt(() => this.SUBRULE(this.path))]);
  });

  // ---- expressions: or < and < not < comparison ----

  expression = this.RULE('expression', () => {
    this.SUBRULE1(this.andExpr);
    this.MANY(() => {
      this.CONSUME(T.OrOp);
      this.SUBRULE2(this.andExpr);
    });
  });

  andExpr = this.RULE('andExpr', () => {
    this.SUBRULE1(this.notExpr);
    this.MANY(() => {
      this.CONSUME(T.AndOp);
      this.SUBRULE2(this.notExpr);
    });
  });

  /** `not` binds tighter than `and`; `not not x` is allowed. */
  notExpr = this.RULE('notExpr', () => {
    this.MANY(() => this.CONSUME(T.NotOp));
    this.OR([
      alt(() => {
        this.CONSUME(T.LParen);
        this.SUBRULE(this.expression);
        this.CONSUME(T.RParen);
      }),
      alt(() => this.SUBRULE(this.comparison)),
    ]);
  });

  /** An operand alone (a boolean fact) or compared with another. Kept flat: this is the hot path. */
  comparison = this.RULE('comparison', () => {
    const left = this.SUBRULE1(this.operand);
    this.OPTION1(() => {
      this.OR1([
        alt(() => {
          this.OR2([alt(() => this.CONSUME(T.CompareOp)), alt(() => this.misusedEquals(this.CONSUME(T.Equals)))]);
          this.SUBRULE2(this.operand);
        }),
        alt(() => {
          this.OPTION2(() => this.CONSUME(T.Not));
          this.CONSUME(T.In);
          this.SUBRULE3(this.operand);
        }),
        alt(() => {
          this.CONSUME(T.Contains);
          this.OPTION3(() => this.OR3([alt(() => this.CONSUME(T.Any)), alt(() => this.CONSUME(T.All))]));
          this.SUBRULE4(this.operand);
        }),
        alt(() => {
          this.CONSUME(T.Matches);
          this.OR4([alt(() => this.CONSUME(T.RegexTok)), alt(() => this.CONSUME(T.Name))]);
        }),
        alt(() => {
          const is = this.CONSUME(T.Is);
          const not = this.OPTION4(() => this.CONSUME(T.NotOp));
          let tested: IToken | undefined;
          this.OR5([
            alt(() => (tested = this.CONSUME(T.Present))),
            alt(() => (tested = this.CONSUME(T.Missing))),
            // `channel is sms`: `is` only tests presence; accepted and reported so parsing goes on.
            alt(() => this.misusedIs(is, not, left, this.SUBRULE5(this.operand))),
          ]);
          this.ACTION(() => {
            if (tested === undefined) return; // reported as a misused `is`
            if (left.children['path'] === undefined) this.soft(is, 'Only a fact can be `present` or `missing`', 'write a fact such as `consent is present`');
            else if (not !== undefined) this.soft(not, `\`is ${not.image} ${tested.image}\` is written \`is ${tested.image === 'present' ? 'missing' : 'present'}\``, `write \`${textOf(left)} is ${tested.image === 'present' ? 'missing' : 'present'}\``);
          });
        }),
      ]);
    });
  });

  private misusedEquals(eq: IToken): void {
    this.ACTION(() => this.soft(eq, '`=` gives a value; it does not compare', 'use `==` to compare'));
  }

  /** `x is y` / `x is not y`: a comparison written with `is`. */
  private misusedIs(is: IToken, not: IToken | undefined, left: CstNode, right: CstNode): void {
    this.ACTION(() => {
      const op = not === undefined ? '==' : '!=';
      const words = `${is.image}${not === undefined ? '' : ` ${not.image}`}`;
      this.soft(is, `\`${words}\` does not compare values; \`is\` only tests \`is present\` or \`is missing\``, `write \`${textOf(left)} ${op} ${textOf(right)}\``);
    });
  }

  /** Tokens made up by error recovery are already reported as missing. */
  private soft(token: IToken, message: string, hint: string): void {
    if (token.isInsertedInRecovery !== true) this.softErrors.push({ token, message, hint });
  }

  operand = this.RULE('operand', () => {
    this.OR([alt(() => this.SUBRULE(this.path)), alt(() => this.CONSUME(T.Literal)), alt(() => this.SUBRULE(this.listLiteral))]);
  });

  /**
   * `message.findings`: only the first segment must be a plain name; later ones may be keywords. `body`
   * (a word of `expect` lines) may start one too, so `body contains "x"` is a fact the checker names.
   */
  path = this.RULE('path', () => {
    this.OR([alt(() => this.CONSUME(T.Name)), alt(() => this.CONSUME(T.Body, { LABEL: 'Name' }))]);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.CONSUME(T.AnyName);
    });
  });

  // ---- lists: `[a, b]`, a trailing comma allowed ----

  listLiteral = this.RULE('listLiteral', () => {
    this.CONSUME(T.LBracket);
    this.OPTION1(() => {
      this.SUBRULE1(this.listItem);
      this.MANY(() => {
        this.CONSUME1(T.Comma);
        this.SUBRULE2(this.listItem);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBracket);
  });

  listItem = this.RULE('listItem', () => {
    this.OR([alt(() => this.SUBRULE(this.path)), alt(() => this.CONSUME(T.Literal))]);
  });

  nameList = this.RULE('nameList', () => {
    this.CONSUME(T.LBracket);
    this.OPTION1(() => {
      this.CONSUME1(T.Name);
      this.MANY(() => {
        this.CONSUME1(T.Comma);
        this.CONSUME2(T.Name);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBracket);
  });

  stringList = this.RULE('stringList', () => {
    this.CONSUME(T.LBracket);
    this.OPTION1(() => {
      this.CONSUME1(T.Str);
      this.MANY(() => {
        this.CONSUME1(T.Comma);
        this.CONSUME2(T.Str);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBracket);
  });

  // ---- fixtures and tests ----

  fixtureDecl = this.RULE('fixtureDecl', () => {
    this.CONSUME(T.Fixture);
    this.nameBlock('fixture', this.declaredName());
    this.CONSUME(T.LCurly);
    this.MANY(() => this.SUBRULE(this.given));
    this.CONSUME(T.RCurly);
  });

  testDecl = this.RULE('testDecl', () => {
    this.CONSUME(T.Test);
    this.nameBlock('test', this.CONSUME(T.Str));
    this.CONSUME(T.LCurly);
    let expects = 0;
    this.MANY(() => {
      this.OR([
        alt(() => this.SUBRULE(this.useClause)),
        alt(() => this.SUBRULE(this.given)),
        alt(() => {
          const node = this.SUBRULE(this.expectation);
          this.ACTION(() => {
            if (++expects > 1) this.soft(firstToken(node), 'A test has only one `expect`', 'split it into two tests');
          });
        }),
      ]);
    });
    this.CONSUME(T.RCurly);
  });

  useClause = this.RULE('useClause', () => {
    this.CONSUME(T.Use);
    this.CONSUME1(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.Name);
    });
  });

  given = this.RULE('given', () => {
    this.CONSUME(T.Given);
    this.SUBRULE(this.path);
    this.SUBRULE(this.value);
  });

  value = this.RULE('value', () => {
    this.OR([
      alt(() => this.CONSUME(T.Literal)),
      alt(() => this.SUBRULE(this.path)),
      alt(() => this.SUBRULE(this.objectValue)),
      alt(() => this.SUBRULE(this.arrayValue)),
    ]);
  });

  objectValue = this.RULE('objectValue', () => {
    this.CONSUME(T.LCurly);
    this.OPTION1(() => {
      this.SUBRULE1(this.entry);
      this.MANY(() => {
        this.CONSUME1(T.Comma);
        this.SUBRULE2(this.entry);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RCurly);
  });

  entry = this.RULE('entry', () => {
    this.CONSUME(T.AnyName);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.value);
  });

  arrayValue = this.RULE('arrayValue', () => {
    this.CONSUME(T.LBracket);
    this.OPTION1(() => {
      this.SUBRULE1(this.value);
      this.MANY(() => {
        this.CONSUME1(T.Comma);
        this.SUBRULE2(this.value);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBracket);
  });

  expectation = this.RULE('expectation', () => {
    this.CONSUME(T.Expect);
    this.OR([alt(() => this.CONSUME(T.Allow)), alt(() => this.CONSUME(T.Downgrade)), alt(() => this.CONSUME(T.Deny))]);
    this.OPTION1(() => {
      this.CONSUME(T.By);
      // `by default` names the default decision, so the keyword is a rule name here.
      this.OR1([alt(() => this.CONSUME1(T.Name)), alt(() => this.CONSUME1(T.Default, { LABEL: 'Name' }))]);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.OR2([alt(() => this.CONSUME2(T.Name)), alt(() => this.CONSUME2(T.Default, { LABEL: 'Name' }))]);
      });
    });
    this.OPTION2(() => {
      this.CONSUME(T.Findings);
      this.SUBRULE1(this.nameList, { LABEL: 'findings' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.Actions);
      this.SUBRULE2(this.nameList, { LABEL: 'actions' });
    });
    this.OPTION4(() => {
      this.CONSUME(T.Body);
      this.CONSUME(T.Str);
    });
    this.OPTION5(() => {
      this.CONSUME(T.Not);
      this.CONSUME(T.Before);
      this.CONSUME(T.DateTok);
    });
  });
}

/** The source text of a small CST node (an operand), its tokens joined as written. */
function textOf(node: CstNode): string {
  const tokens: IToken[] = [];
  const walk = (n: CstNode): void => {
    for (const children of Object.values(n.children)) for (const c of children) 'image' in c ? tokens.push(c) : walk(c);
  };
  walk(node);
  return tokens
    .filter((t) => t.isInsertedInRecovery !== true)
    .sort((a, b) => a.startOffset - b.startOffset)
    .map((t) => (t.tokenType === T.Comma ? ', ' : t.image))
    .join('');
}

/** The first token of a CST node (its children are keyed by name, so search by offset). */
function firstToken(node: CstNode): IToken {
  let first: IToken | undefined;
  for (const children of Object.values(node.children)) {
    for (const c of children) {
      const t = 'image' in c ? c : firstToken(c);
      if (first === undefined || t.startOffset < first.startOffset) first = t;
    }
  }
  return first!;
}

// chevrotain parsers are built once (grammar analysis is costly) and reused by setting `input`.
const messages = new FriendlyMessages();
const parser = new PolicyParser(messages);

/** Builds the parser with chevrotain's grammar validations; throws if the grammar breaks one. */
export function validateGrammar(): void {
  new PolicyParser(new FriendlyMessages(), true);
}

export interface CstResult {
  cst: CstNode;
  diagnostics: Diagnostic[];
}

/** Parse a token stream into a CST; the CST is only meaningful when there are no diagnostics. */
export function parseTokens(tokens: IToken[], file: string): CstResult {
  parser.input = tokens;
  parser.softErrors = [];
  messages.block = 'the block';
  const cst = parser.policyFile();
  const last = tokens.at(-1);
  const at = (t: IToken) => (isEof(t) || Number.isNaN(t.startOffset) ? last : t);
  const soft = parser.softErrors.map((s) => diagnostic('parse/unexpected-token', s.message, T.tokenSpan(s.token, file), s.hint));
  const recognized = parser.errors.map((e) => recognitionDiagnostic(e, at(e.token), file));
  return { cst, diagnostics: [...withoutCascades(recognized, soft), ...soft] };
}

/**
 * One slip, one error: once the parser trips on a line, what it trips on later on that line is almost
 * always the same slip seen again (`defer unitl quiet_hours_end` would also report the name after the
 * misspelled word), so only the first error of a line is kept. Soft errors (`=` for `==`) are not
 * cascades: they are reported each, and an error after one on its line is dropped too.
 */
function withoutCascades(recognized: readonly Diagnostic[], soft: readonly Diagnostic[]): Diagnostic[] {
  const firstOnLine = new Map<number, number>();
  for (const d of [...recognized, ...soft]) firstOnLine.set(d.span.line, Math.min(firstOnLine.get(d.span.line) ?? Infinity, d.span.offset));
  return recognized.filter((d) => firstOnLine.get(d.span.line) === d.span.offset);
}

function recognitionDiagnostic(e: IRecognitionException, token: IToken | undefined, file: string): Diagnostic {
  const { message, hint } = decode(e.message);
  const span = token === undefined ? fileSpan(file) : T.tokenSpan(token, file);
  return diagnostic('parse/unexpected-token', message, span, hint);
}
