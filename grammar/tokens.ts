// Tokens and the lexer. Lexical mistakes (unknown characters, unclosed or wrongly quoted text,
// impossible dates, broken patterns, programmer operators like `&&`) become diagnostics here, while
// the offending text still reaches the parser as a token so it can go on and find further errors.
import { createToken, createTokenInstance, Lexer, type IToken, type TokenType } from 'chevrotain';
import { clip, diagnostic, type Diagnostic, type Span } from './diagnostics.ts';

// ---- categories (never matched directly) ----

/** Any word: a plain name or a keyword. Used where keywords may appear as names: `consent.scopes`, `{ scopes: ... }`. */
export const AnyName = createToken({ name: 'AnyName', pattern: Lexer.NA, label: 'a name' });
/** A text, number, date, `true` or `false`. */
export const Literal = createToken({ name: 'Literal', pattern: Lexer.NA, label: 'a value' });
/** Text in quotes, including badly closed or badly quoted text (reported by the lexer). */
export const Str = createToken({ name: 'Str', pattern: Lexer.NA, categories: [Literal], label: 'a text in quotes' });
export const ListKeyword = createToken({ name: 'ListKeyword', pattern: Lexer.NA, label: 'a list kind' });
export const AndOp = createToken({ name: 'AndOp', pattern: Lexer.NA, label: '`and`' });
export const OrOp = createToken({ name: 'OrOp', pattern: Lexer.NA, label: '`or`' });
export const NotOp = createToken({ name: 'NotOp', pattern: Lexer.NA, label: '`not`' });
export const CompareOp = createToken({ name: 'CompareOp', pattern: Lexer.NA, label: 'a comparison such as `==`' });
/** Characters the lexer could not read; injected into the token stream so the parser reports no second error. */
export const Unknown = createToken({ name: 'Unknown', pattern: Lexer.NA, label: 'an unknown character' });

// ---- words ----

export const Name = createToken({
  name: 'Name',
  pattern: /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/,
  categories: [AnyName],
  label: 'a name',
});

const keywordTokens: TokenType[] = [];

function keyword(word: string, ...categories: TokenType[]): TokenType {
  const type = createToken({
    name: word[0]!.toUpperCase() + word.slice(1),
    pattern: word,
    longer_alt: Name, // `testing`, `not-allowed` are names
    categories: [AnyName, ...categories],
    label: `\`${word}\``,
  });
  keywordTokens.push(type);
  return type;
}

export const Policy = keyword('policy');
export const Version = keyword('version');
export const Default = keyword('default');
export const Settings = keyword('settings');
export const Tier = keyword('tier', ListKeyword);
export const Scope = keyword('scope', ListKeyword);
export const Channels = keyword('channels', ListKeyword);
export const Categories = keyword('categories', ListKeyword);
export const Scopes = keyword('scopes', ListKeyword);
export const Labels = keyword('labels', ListKeyword);
export const Fields = keyword('fields', ListKeyword);
export const Terms = keyword('terms');
export const Pattern = keyword('pattern');
export const Vetted = keyword('vetted');
export const Template = keyword('template');
export const For = keyword('for');
export const Rule = keyword('rule');
export const Fixture = keyword('fixture');
export const Test = keyword('test');
export const When = keyword('when');
export const Allow = keyword('allow');
export const Deny = keyword('deny');
export const Downgrade = keyword('downgrade');
export const Redact = keyword('redact');
export const Route = keyword('route');
export const Alert = keyword('alert');
export const Else = keyword('else');
export const Because = keyword('because');
export const Cite = keyword('cite');
export const And = keyword('and', AndOp);
export const Or = keyword('or', OrOp);
export const Not = keyword('not', NotOp);
export const In = keyword('in');
export const Contains = keyword('contains');
export const Any = keyword('any');
export const All = keyword('all');
export const Matches = keyword('matches');
export const Is = keyword('is');
export const Present = keyword('present');
export const Missing = keyword('missing');
export const Given = keyword('given');
export const Use = keyword('use');
export const Expect = keyword('expect');
export const By = keyword('by');
export const Findings = keyword('findings');
export const Actions = keyword('actions');
export const Body = keyword('body');
export const Before = keyword('before');
export const Defer = keyword('defer');
export const Until = keyword('until');
export const With = keyword('with');

// `true`/`false` are values, never names, so they stay out of AnyName.
const bool = (word: string): TokenType =>
  createToken({ name: word[0]!.toUpperCase() + word.slice(1), pattern: word, longer_alt: Name, categories: [Literal], label: `\`${word}\`` });
export const True = bool('true');
export const False = bool('false');

/** Words that start a declaration, for "did you mean" on a misspelled one. */
export const DECLARATION_WORDS = ['policy', 'default', 'settings', 'tier', 'scope', 'channels', 'categories', 'scopes', 'labels', 'fields', 'terms', 'pattern', 'vetted', 'template', 'rule', 'fixture', 'test'];
/** Words that start a rule clause. */
export const CLAUSE_WORDS = ['when', 'allow', 'deny', 'downgrade', 'because', 'cite'];
/** Words inside a condition. */
export const CONDITION_WORDS = ['and', 'or', 'not', 'in', 'contains', 'any', 'all', 'matches', 'is', 'present', 'missing'];
/** Words of a downgrade. */
export const STRATEGY_WORDS = ['redact', 'route', 'defer', 'alert', 'else', 'until', 'with'];
/** Words that start a line of a test, and of an `expect` line. */
export const TEST_WORDS = ['use', 'given', 'expect', 'allow', 'deny', 'downgrade', 'by', 'findings', 'actions', 'body', 'not', 'before'];

// `AND`, `Or`, `NOT`: the operators in another case, read as the operator and reported (see TYPO_FIXES).
const wrongCase = (word: string, category: TokenType): TokenType =>
  createToken({
    name: `WrongCase${word[0]!.toUpperCase()}${word.slice(1)}`,
    pattern: new RegExp([...word].map((c) => `[${c.toUpperCase()}${c}]`).join('')),
    longer_alt: Name, // `ANDROID`, `Orange` are names
    categories: [category],
    label: `\`${word}\``,
  });
export const WrongCaseAnd = wrongCase('and', AndOp);
export const WrongCaseOr = wrongCase('or', OrOp);
export const WrongCaseNot = wrongCase('not', NotOp);

// ---- literals ----

const STRING_BODY = String.raw`(?:[^"\\\n\r]|\\[^\n\r])*`;
export const StringTok = createToken({ name: 'StringTok', pattern: new RegExp(`"${STRING_BODY}"`), categories: [Str], label: 'a text in quotes' });
/** A text whose closing quote is missing on its line; reported, then parsed as a text. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: new RegExp(`"${STRING_BODY}\\\\?`), categories: [Str] });
/** 'single' or “curly” quotes, common when text is pasted from a word processor. */
export const MisquotedString = createToken({ name: 'MisquotedString', pattern: /'[^'\n\r]*'|[“”][^“”\n\r]*[“”]/, categories: [Str] });
export const DateTok = createToken({
  name: 'DateTok',
  pattern: /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/,
  categories: [Literal],
  label: 'a date',
});
/** `01/31/2026` or `1/31/26`: a date as written in the US, read as a date and reported with the ISO spelling. */
export const SlashDate = createToken({ name: 'SlashDate', pattern: /\d{1,2}\/\d{1,2}\/\d{2,4}(?![\d/])/, categories: [Literal], label: 'a date' });
export const NumberTok = createToken({ name: 'NumberTok', pattern: /-?\d+(?:\.\d+)?/, categories: [Literal], label: 'a number' });
/** `/.../flags`; a `/` inside `[...]` does not end the pattern, as in JavaScript. */
export const RegexTok = createToken({
  name: 'RegexTok',
  pattern: /\/(?:\\[^\n\r]|\[(?:\\[^\n\r]|[^\]\\\n\r])*\]|[^/\\[\n\r])+\/[A-Za-z]*/,
  label: 'a pattern such as `/.../i`',
});

// ---- punctuation and operators ----

const punct = (name: string, text: string, categories: TokenType[] = []): TokenType =>
  createToken({ name, pattern: text, categories, label: `\`${text}\`` });

export const LCurly = punct('LCurly', '{');
export const RCurly = punct('RCurly', '}');
export const LBracket = punct('LBracket', '[');
export const RBracket = punct('RBracket', ']');
export const LParen = punct('LParen', '(');
export const RParen = punct('RParen', ')');
export const Comma = punct('Comma', ',');
export const Colon = punct('Colon', ':');
export const Dot = punct('Dot', '.');
// Programmer spellings, accepted where the real operator goes and reported with the right word.
export const TripleEq = punct('TripleEq', '===', [CompareOp]);
export const BangEqEq = punct('BangEqEq', '!==', [CompareOp]);
export const EqEq = punct('EqEq', '==', [CompareOp]);
export const NotEq = punct('NotEq', '!=', [CompareOp]);
export const LtEq = punct('LtEq', '<=', [CompareOp]);
export const GtEq = punct('GtEq', '>=', [CompareOp]);
export const LtGt = punct('LtGt', '<>', [CompareOp]);
export const EqLt = punct('EqLt', '=<', [CompareOp]);
export const EqGt = punct('EqGt', '=>', [CompareOp]);
export const Lt = punct('Lt', '<', [CompareOp]);
export const Gt = punct('Gt', '>', [CompareOp]);
export const Equals = punct('Equals', '=');
export const Bang = punct('Bang', '!', [NotOp]);
export const AmpAmp = createToken({ name: 'AmpAmp', pattern: /&&?/, categories: [AndOp], label: '`&&`' });
export const PipePipe = createToken({ name: 'PipePipe', pattern: /\|\|?/, categories: [OrOp], label: '`||`' });

/** Programmer spellings and the word the policy language uses instead. */
const TYPO_FIXES: ReadonlyMap<TokenType, string> = new Map([
  [TripleEq, '=='],
  [BangEqEq, '!='],
  [LtGt, '!='],
  [EqLt, '<='],
  [EqGt, '>='],
  [Bang, 'not'],
  [AmpAmp, 'and'],
  [PipePipe, 'or'],
  [WrongCaseAnd, 'and'],
  [WrongCaseOr, 'or'],
  [WrongCaseNot, 'not'],
]);

// ---- trivia ----

export const Whitespace = createToken({
  name: 'Whitespace',
  pattern: /[ \t\r\n\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
/** `# ...` to the end of the line (a lone `\r` is not a line end, as in `codeFrame`). */
export const Comment = createToken({ name: 'Comment', pattern: /#(?:[^\r\n]|\r(?!\n))*/, group: 'comments' });

// Order matters: the first pattern that matches wins, so longer spellings come first.
const byLengthDescending = [...keywordTokens].sort((a, b) => String(b.PATTERN).length - String(a.PATTERN).length);

export const allTokens: TokenType[] = [
  Whitespace,
  Comment,
  ...byLengthDescending,
  True,
  False,
  WrongCaseAnd,
  WrongCaseNot,
  WrongCaseOr,
  Name,
  StringTok,
  UnterminatedString,
  MisquotedString,
  DateTok, // before NumberTok: `2026-01-01` is one date, not three numbers
  SlashDate, // before NumberTok and RegexTok: `01/31/2026` is one (misspelled) date, not `01`, `/31/` and `2026`
  NumberTok,
  RegexTok,
  LCurly, RCurly, LBracket, RBracket, LParen, RParen, Comma, Colon, Dot,
  TripleEq, BangEqEq, EqEq, NotEq, LtEq, GtEq, LtGt, EqLt, EqGt, Lt, Gt, Equals, Bang, AmpAmp, PipePipe,
  // categories are part of the vocabulary the parser knows, though the lexer never produces them
  AnyName, Literal, Str, ListKeyword, AndOp, OrOp, NotOp, CompareOp, Unknown,
];

const LEXER_OPTIONS = {
  ensureOptimizations: true,
  lineTerminatorsPattern: /\n/g, // same line breaks as `codeFrame`: `\r\n` or `\n`
  lineTerminatorCharacters: ['\n'],
};
// Token validations are skipped at every start, as the parser's are; validateTokens() runs them in a test.
const lexer = new Lexer(allTokens, { ...LEXER_OPTIONS, skipValidations: true });

/** Builds the lexer with chevrotain's token validations; throws if a token definition breaks one. */
export function validateTokens(): void {
  new Lexer(allTokens, { ...LEXER_OPTIONS, skipValidations: false });
}

// ---- spans ----

/** A token's span (the lexer tracks full positions, so the fallbacks only satisfy the types). */
export function tokenSpan(t: IToken, file: string): Span {
  return {
    file,
    line: t.startLine ?? 1,
    col: t.startColumn ?? 1,
    endLine: t.endLine ?? 1,
    endCol: t.endColumn ?? 1,
    offset: t.startOffset,
    endOffset: (t.endOffset ?? t.startOffset) + 1,
  };
}

// ---- lexing ----

export interface LexResult {
  tokens: IToken[];
  comments: IToken[];
  diagnostics: Diagnostic[];
}

export function tokenize(text: string, file: string): LexResult {
  const lexed = lexer.tokenize(text);
  const unknown = lexed.errors.map((e) => unknownToken(text, e.offset, e.length, e.line ?? 1, e.column ?? 1));
  const tokens = mergeByOffset(lexed.tokens, unknown);
  const diagnostics: Diagnostic[] = [];
  for (const t of tokens) diagnostics.push(...lexicalDiagnostics(t, file));
  return { tokens, comments: lexed.groups['comments'] ?? [], diagnostics };
}

/** Unknown characters never include a line break: whitespace always lexes. */
function unknownToken(text: string, offset: number, length: number, line: number, column: number): IToken {
  return createTokenInstance(Unknown, text.slice(offset, offset + length), offset, offset + length - 1, line, line, column, column + length - 1);
}

function mergeByOffset(a: IToken[], b: IToken[]): IToken[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.startOffset - y.startOffset);
}

/** Most tokens are fine: spans are only built for the ones that are not. */
function lexicalDiagnostics(t: IToken, file: string): Diagnostic[] {
  switch (t.tokenType) {
    case Unknown:
      return [unknownCharacter(t.image, tokenSpan(t, file))];
    case UnterminatedString:
      return [diagnostic('parse/unterminated-string', 'This text in quotes is not closed', tokenSpan(t, file), 'close it with `"` on the same line')];
    case MisquotedString:
      return [diagnostic('parse/invalid-character', 'Text must be in straight double quotes', tokenSpan(t, file), `write "${t.image.slice(1, -1)}"`)];
    case StringTok:
      return t.image.includes('\\') ? badEscapes(t, file) : [];
    case DateTok:
      return checkDate(t, file);
    case SlashDate:
      return [slashDate(t, file)];
    case RegexTok:
      return checkRegex(t, file);
    default: {
      const fix = TYPO_FIXES.get(t.tokenType);
      return fix === undefined ? [] : [typo(t.image, fix, tokenSpan(t, file))];
    }
  }
}

const CHARACTER_HINTS: Record<string, string> = {
  '/': 'a pattern starts and ends with `/` on the same line: `/R-\\d{3}/i`',
  '\\': 'a backslash can only appear inside text in quotes or a pattern',
  ';': 'lines need no `;` at the end',
  "'": 'write text in straight double quotes: "..."',
  '“': 'write text in straight double quotes: "..."',
  '”': 'write text in straight double quotes: "..."',
};

function unknownCharacter(image: string, span: Span): Diagnostic {
  const shown = clip(image, 20);
  const letter = /^\p{L}/u.test(image) ? 'names use only the letters A to Z, digits, `_` and `-`; put other text in quotes' : undefined;
  return diagnostic('parse/invalid-character', `\`${shown}\` is not part of the policy language`, span, CHARACTER_HINTS[image[0]!] ?? letter);
}

function typo(image: string, fix: string, span: Span): Diagnostic {
  const isComparison = !['and', 'or', 'not'].includes(fix);
  if (isComparison) return diagnostic('parse/unexpected-token', `\`${image}\` is not a comparison in the policy language`, span, `use \`${fix}\` to compare`);
  if (image.toLowerCase() === fix) return diagnostic('parse/unexpected-token', `\`${image}\` is written in lower case in the policy language`, span, `write \`${fix}\``);
  return diagnostic('parse/unexpected-token', `\`${image}\` is not a word of the policy language`, span, `write \`${fix}\``);
}

/** `01/31/2026`: the ISO spelling as the hint; month first, as in the US, unless the first number cannot be a month. */
function slashDate(t: IToken, file: string): Diagnostic {
  const [a, b, y] = t.image.split('/').map(Number) as [number, number, number];
  const year = y < 100 ? 2000 + y : y;
  const iso = (month: number, day: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const [month, day] = a > 12 && b <= 12 ? [b, a] : [a, b];
  const valid = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(year, m);
  const message = `\`${t.image}\` is not how the policy language writes dates`;
  const span = tokenSpan(t, file);
  if (!valid(month, day)) return diagnostic('parse/invalid-date', message, span, 'write dates as year-month-day, for example `2026-01-31`');
  const other = a !== b && a <= 12 && b <= 12 && valid(b, a) ? ` (or \`${iso(b, a)}\` if you meant ${MONTHS[b - 1]} ${a})` : '';
  return diagnostic('parse/invalid-date', message, span, `write it as year-month-day: \`${iso(month, day)}\` for ${MONTHS[month - 1]} ${day}, ${year}${other}`);
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t' };

/** The value of a well-formed text in quotes. */
export const unquote = (image: string): string => image.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);

function badEscapes(t: IToken, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of t.image.matchAll(/\\(.)/g)) {
    if (ESCAPES[m[1]!] !== undefined) continue;
    const start = t.startOffset + m.index;
    const col = (t.startColumn ?? 1) + m.index;
    const span: Span = { file, line: t.startLine ?? 1, col, endLine: t.startLine ?? 1, endCol: col + 1, offset: start, endOffset: start + 2 };
    out.push(diagnostic('parse/invalid-character', `\`${m[0]}\` is not a known escape in text`, span, 'write `\\\\` for a backslash; the escapes are `\\"`, `\\\\`, `\\n` and `\\t`'));
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month (1-12) of a year, leap years included. */
export const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function checkDate(t: IToken, file: string): Diagnostic[] {
  const image = t.image;
  const [y, m, d, hh, mm, ss, oh, om] = (image.match(/^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:Z|[+-](\d\d):(\d\d))?)?$/) ?? [])
    .slice(1)
    .map((x) => (x === undefined ? 0 : Number(x)));
  const bad = (message: string, hint: string): Diagnostic[] => [diagnostic('parse/invalid-date', message, tokenSpan(t, file), hint)];
  if (m! < 1 || m! > 12) return bad(`\`${image}\` is not a date: there is no month ${m}`, 'write dates as YYYY-MM-DD, with the month from 01 to 12');
  const days = daysIn(y!, m!);
  if (d! < 1 || d! > days) return bad(`\`${image}\` is not a date on the calendar`, `${MONTHS[m! - 1]} ${y} has ${days} days`);
  if (hh! > 23 || mm! > 59 || ss! > 59) return bad(`\`${image}\` has a time of day that does not exist`, 'hours go from 00 to 23, minutes and seconds from 00 to 59');
  if (oh! > 23 || om! > 59) return bad(`\`${image}\` has a time zone offset that does not exist`, 'write the offset as +HH:MM, or Z for UTC');
  return [];
}

/** The source and flags of a `/.../flags` token. */
export function splitRegex(image: string): { source: string; flags: string } {
  const end = image.lastIndexOf('/');
  return { source: image.slice(1, end), flags: image.slice(end + 1) };
}

function checkRegex(t: IToken, file: string): Diagnostic[] {
  const { source, flags } = splitRegex(t.image);
  const span = (): Span => tokenSpan(t, file);
  const badFlag = [...flags].find((f, i) => !'imsu'.includes(f) || flags.indexOf(f) !== i);
  if (badFlag !== undefined) {
    return [diagnostic('parse/invalid-regex', `\`${badFlag}\` is not a pattern flag here`, span(), 'the flags are `i` (ignore case), `m` (multi-line), `s` (dot matches newlines) and `u` (unicode), each at most once')];
  }
  try {
    new RegExp(source, flags);
    return [];
  } catch (e) {
    return [diagnostic('parse/invalid-regex', 'This pattern is not a valid regular expression', span(), (e as Error).message)];
  }
}
