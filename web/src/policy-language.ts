// Highlighting for the policy language: a line tokenizer for CodeMirror's StreamLanguage. It only
// colours text; the real lexer (grammar/tokens.ts) runs on the server and reports mistakes, and a
// test keeps KEYWORDS equal to the words that lexer knows.
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';

export const KEYWORDS: ReadonlySet<string> = new Set([
  'policy', 'version', 'default', 'settings', 'tier', 'scope', 'channels', 'categories', 'scopes', 'labels', 'fields', 'terms', 'pattern',
  'rule', 'fixture', 'test', 'when', 'allow', 'deny', 'downgrade', 'redact', 'route', 'alert', 'else', 'because', 'cite',
  'and', 'or', 'not', 'in', 'contains', 'any', 'all', 'matches', 'is', 'present', 'missing', 'given', 'use', 'expect', 'by', 'findings', 'actions',
  'body', 'before', 'defer', 'until', 'with', 'for', 'template', 'vetted', 'true', 'false',
]);

/** The effects get their own colours, the same as the decision badges. */
const EFFECTS: Readonly<Record<string, string>> = { allow: 'effectAllow', downgrade: 'effectDowngrade', deny: 'effectDeny' };

export type TokenName = 'comment' | 'string' | 'date' | 'number' | 'regexp' | 'keyword' | 'effectAllow' | 'effectDowngrade' | 'effectDeny' | null;

const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(?:\.\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/;
const STRING = /^"(?:[^"\\]|\\.)*"?/;
const REGEX = /^\/(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[])+\/[A-Za-z]*/;

/** The next token of a line; unknown characters are skipped one at a time. */
export function nextToken(stream: Pick<StringStream, 'eatSpace' | 'match' | 'skipToEnd' | 'next' | 'current' | 'string' | 'start'>): TokenName {
  if (stream.eatSpace()) return null;
  if (stream.match('#')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match(STRING)) return 'string';
  if (stream.match(DATE)) return 'date';
  if (stream.match(NUMBER)) return 'number';
  if (stream.match(REGEX)) return 'regexp';
  if (stream.match(NAME)) {
    // After a dot a word is part of a fact's name (`message.body`), never a keyword.
    if (stream.string[stream.start - 1] === '.') return null;
    const word = stream.current();
    return (EFFECTS[word] as TokenName | undefined) ?? (KEYWORDS.has(word) ? 'keyword' : null);
  }
  stream.next();
  return null;
}

const effectAllow = tags.special(tags.keyword);
const effectDowngrade = tags.special(tags.controlKeyword);
const effectDeny = tags.special(tags.operatorKeyword);

export const policyLanguage = StreamLanguage.define<null>({
  name: 'phigate-policy',
  startState: () => null,
  token: (stream) => nextToken(stream),
  languageData: { commentTokens: { line: '#' } },
  tokenTable: { date: tags.special(tags.number), effectAllow, effectDowngrade, effectDeny },
});

// Colours chosen for at least 4.5:1 contrast on the white editor background.
const policyHighlight = HighlightStyle.define([
  { tag: tags.comment, color: '#5c6370', fontStyle: 'italic' },
  { tag: tags.keyword, color: '#6f2da8', fontWeight: '600' },
  { tag: tags.string, color: '#1d5e20' },
  { tag: tags.number, color: '#8a3b00' },
  { tag: tags.special(tags.number), color: '#0b5cad' },
  { tag: tags.regexp, color: '#a3154c' },
  { tag: effectAllow, color: '#1a6b2f', fontWeight: '700' },
  { tag: effectDowngrade, color: '#8a5300', fontWeight: '700' },
  { tag: effectDeny, color: '#b3261e', fontWeight: '700' },
]);

export const policyHighlighting: Extension = [policyLanguage, syntaxHighlighting(policyHighlight)];
