import { describe, expect, it } from 'vitest';
import { formatPolicy, formatSource, stripSpans } from '../../grammar/index.ts';
import { EXAMPLE, parseOk } from './helpers.ts';

/** Format, and check the result keeps the meaning and is a fixed point. */
function format(text: string): string {
  const result = formatSource(text, 'fmt.policy');
  if (!result.ok) expect.fail(result.diagnostics.map((d) => d.message).join('\n'));
  expect(stripSpans(parseOk(result.value))).toEqual(stripSpans(parseOk(text)));
  expect(formatSource(result.value, 'fmt.policy')).toEqual(result);
  return result.value;
}

const MESSY = `# header comment

policy   "p"    version "1"   # trailing on header
default allow
# before settings
settings {   # on settings line
  # before a
  a = "x"   # after a
  b=2.50
  # end of settings
}   # after settings
tier t1 = [a,b,]
tier t0=[c]
tier t2 = [   # list header
  c,  # about c
  # before d
  d
  # end of list
]
tier t3=[]
rule r {  # rule header
  cite "c"
  # before because
  because    "why \\"quoted\\""   # after because
  when a and   # inside when
    b or not (c and d) or x.scopes contains all [1, "two", 2026-01-01]
  deny # after deny
  # end of rule
}
test "t" {
  expect allow
  given m { scopes: [a], test: { all: true } }
  use f1   # uses f1
  use f2, f3 # uses f2
  given n "x\\ty"
}
# trailing file comment 1
# trailing file comment 2
`;

const MESSY_FORMATTED = `# header comment
policy "p" version "1"  # trailing on header

default allow

# before settings
settings {  # on settings line
  # before a
  a = "x"  # after a
  b = 2.5
  # end of settings
}  # after settings

tier t1 = [a, b]
tier t0 = [c]

tier t2 = [  # list header
  c,  # about c
  # before d
  d,
  # end of list
]

tier t3 = []

rule r {  # rule header
  # inside when
  when a and b or not (c and d) or x.scopes contains all [1, "two", 2026-01-01]
  deny  # after deny
  # before because
  because "why \\"quoted\\""  # after because
  cite "c"
  # end of rule
}

test "t" {
  # uses f1
  use f1, f2, f3  # uses f2
  given m { scopes: [a], test: { all: true } }
  given n "x\\ty"
  expect allow
}

# trailing file comment 1
# trailing file comment 2
`;

describe('formatPolicy', () => {
  it('formats a messy file to the canonical text', () => {
    expect(format(MESSY)).toBe(MESSY_FORMATTED);
  });

  it('keeps every comment; in order where the constructs keep theirs', () => {
    const texts = (text: string) => parseOk(text).comments.map((c) => c.text.trim());
    expect(texts(MESSY_FORMATTED).sort()).toEqual(texts(MESSY).sort());
    const ordered = '# a\nrule r { # b\n  when x # c\n  # d\n  deny # e\n  # f\n} # g\n# h\ntier t = [ # i\n  a, # j\n  # k\n] # l\n# m\n';
    expect(texts(format(ordered))).toEqual(texts(ordered));
  });

  it('leaves canonical text unchanged (`fmt --check`)', () => {
    expect(format(MESSY_FORMATTED)).toBe(MESSY_FORMATTED);
    const example = format(EXAMPLE);
    expect(format(example)).toBe(example);
  });

  it('breaks a long condition before its top-level `and`/`or`, and long lists one item per line', () => {
    const text = `rule long {
  deny
  when message.category in [appointment_reminder, appointment_confirmation] and (channel == sms or channel == email) and not (a or b)
}
labels many = [alpha_label, bravo_label, charlie_label, delta_label, echo_label, foxtrot_label, golf_label]
`;
    expect(format(text)).toBe(`rule long {
  when message.category in [appointment_reminder, appointment_confirmation]
    and (channel == sms or channel == email)
    and not (a or b)
  deny
}

labels many = [
  alpha_label,
  bravo_label,
  charlie_label,
  delta_label,
  echo_label,
  foxtrot_label,
  golf_label,
]
`);
  });

  it('breaks a long test value one entry per line, nesting as needed', () => {
    const text = 'test "values" {\n  given patient { name: "A very long patient name here", consents: [{ channel: sms, scopes: [scheduling, notifications] }, { channel: email }] }\n}';
    expect(format(text)).toBe(`test "values" {
  given patient {
    name: "A very long patient name here",
    consents: [{ channel: sms, scopes: [scheduling, notifications] }, { channel: email }],
  }
}
`);
  });

  it('prints only the parentheses the tree needs', () => {
    const when = (condition: string) => format(`rule r { when ${condition} }`).split('\n')[1];
    expect(when('((a)) and (b)')).toBe('  when a and b');
    expect(when('(a or b) or c')).toBe('  when a or b or c');
    expect(when('a or (b or c)')).toBe('  when a or (b or c)');
    expect(when('a and (b and c)')).toBe('  when a and (b and c)');
    expect(when('(a or b) and not (c and d)')).toBe('  when (a or b) and not (c and d)');
    expect(when('a or (b and c)')).toBe('  when a or b and c');
    expect(when('not (not (x == 1))')).toBe('  when not (not (x == 1))');
    expect(when('not vendor.covers and not (a == b)')).toBe('  when not vendor.covers and not (a == b)');
  });

  it('prints clauses in canonical order, then repeated clauses in source order', () => {
    expect(format('rule r { cite "c" allow because "b" deny when a when b }')).toBe(`rule r {
  when a
  allow
  because "b"
  cite "c"
  deny
  when b
}
`);
  });

  it('prints literals canonically', () => {
    expect(format('settings { a = 007 b = 1.50 c = -0.25 d = "tab\there" e = 2026-02-01T08:00:00.5-05:00 }')).toBe(`settings {
  a = 7
  b = 1.5
  c = -0.25
  d = "tab\\there"
  e = 2026-02-01T08:00:00.5-05:00
}
`);
  });

  it('prints numbers in plain decimals even when JavaScript would use an exponent', () => {
    const ast = parseOk('settings { big = 1 small = 1 }');
    const settings = ast.declarations[0] as Extract<(typeof ast.declarations)[0], { kind: 'settings' }>;
    settings.entries[0]!.value = { type: 'number', value: 1e21, span: settings.entries[0]!.value.span };
    settings.entries[1]!.value = { type: 'number', value: -1.5e-7, span: settings.entries[1]!.value.span };
    const text = formatPolicy(ast);
    expect(text).toContain('big = 1000000000000000000000\n  small = -0.00000015\n');
    expect(stripSpans(parseOk(text))).toEqual(stripSpans(ast));
  });

  it('keeps one-line declarations of the same kind together and separates the rest', () => {
    expect(format('pattern a = /a/\npattern b = /b/\nterms t = ["x"]\nchannels c = [sms]\nchannels d = [email]\ndefault deny')).toBe(`pattern a = /a/
pattern b = /b/

terms t = ["x"]

channels c = [sms]
channels d = [email]

default deny
`);
  });

  it('prints nothing for an empty file and refuses a file with errors', () => {
    expect(format('')).toBe('');
    expect(format('# only\n')).toBe('# only\n');
    const broken = formatSource('rule r {', 'broken.policy');
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics[0]!.code).toBe('parse/unexpected-token');
  });
});
