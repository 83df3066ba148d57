// The page's pure parts, run in Node: highlighting knows the lexer's words, the request panel
// builds contract requests, and diagnostics land on the text the officer has.
import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LABELS, parseRequest, securityLabelsOf, SENSITIVITY_LABELS } from '../../engine/index.ts';
import { allTokens } from '../../grammar/tokens.ts';
import type { Diagnostic } from '../../grammar/diagnostics.ts';
import { squiggle } from '../../web/src/diagnostics.ts';
import { KEYWORDS, nextToken, type TokenName } from '../../web/src/policy-language.ts';
import { initialForm, LANGUAGES, requestOf, TIME_ZONES, usualVendor, type RequestForm } from '../../web/src/request-form.ts';
import type { PlaygroundBundle } from '../../server/routes/playground.ts';
import { labelMeaning } from '../../web/src/words.ts';

/** Each token of a line as [text, highlighting class]; spaces left out. */
function highlight(line: string): [string, TokenName][] {
  const stream = new StringStream(line, 2, 2);
  const out: [string, TokenName][] = [];
  while (!stream.eol()) {
    stream.start = stream.pos;
    const token = nextToken(stream);
    if (stream.current().trim() !== '') out.push([stream.current(), token]);
  }
  return out;
}

describe('highlighting', () => {
  it('knows exactly the words the policy lexer treats as keywords', () => {
    const lexerWords = allTokens.map((t) => t.PATTERN).filter((p): p is string => typeof p === 'string' && /^[a-z]+$/.test(p));
    expect([...KEYWORDS].sort()).toEqual(lexerWords.sort());
  });

  it('colours keywords, effects, texts, dates, numbers, patterns and comments', () => {
    expect(highlight('  when consent.recordedAt < 2026-01-05 and message.body matches /R-\\d{3}/i # old form')).toEqual([
      ['when', 'keyword'],
      ['consent', null],
      ['.', null],
      ['recordedAt', null],
      ['<', null],
      ['2026-01-05', 'date'],
      ['and', 'keyword'],
      ['message', null],
      ['.', null],
      ['body', null],
      ['matches', 'keyword'],
      ['/R-\\d{3}/i', 'regexp'],
      ['# old form', 'comment'],
    ]);
    expect(highlight('downgrade defer until quiet_hours_end with body.until')).toEqual([
      ['downgrade', 'effectDowngrade'],
      ['defer', 'keyword'],
      ['until', 'keyword'],
      ['quiet_hours_end', null],
      ['with', 'keyword'],
      ['body', 'keyword'],
      ['.', null],
      ['until', null],
    ]);
    expect(highlight('downgrade route portal alert "{practice}: hello" deny allow 3.5')).toEqual([
      ['downgrade', 'effectDowngrade'],
      ['route', 'keyword'],
      ['portal', null],
      ['alert', 'keyword'],
      ['"{practice}: hello"', 'string'],
      ['deny', 'effectDeny'],
      ['allow', 'effectAllow'],
      ['3.5', 'number'],
    ]);
  });
});

const BUNDLE: Pick<PlaygroundBundle, 'settings' | 'vendors'> = {
  settings: { portal_vendor: 'riverside-ehr' },
  vendors: [
    { id: 'blastly', name: 'Blastly', channels: ['sms', 'email'], baa: null },
    { id: 'acme-sms', name: 'Acme SMS', channels: ['sms'], baa: { signed: '2025-01-15', expires: '2028-01-15' } },
    { id: 'riverside-ehr', name: 'EHR', channels: ['portal', 'secure_messaging'], baa: { signed: '2023-03-01', expires: null } },
  ],
};

describe('the request panel', () => {
  it('starts from a valid SMS reminder through a vendor with a BAA', () => {
    const req = requestOf(initialForm(BUNDLE));
    expect(parseRequest(req).ok).toBe(true);
    expect(req).toMatchObject({ channel: 'sms', sender: { kind: 'platform', vendor: 'acme-sms' }, patient: { consents: [{ channel: 'sms', status: 'active', scopes: ['scheduling', 'notifications'] }], portalActive: true } });
    expect(req.at).toBeUndefined();
  });

  it('sends only the consents that exist, a subject only by email, and no vendor for a staff phone', () => {
    const form: RequestForm = initialForm(BUNDLE);
    form.consents.email = { status: 'revoked', scopes: ['clinical'], riskAcknowledged: false, unencryptedRequested: true };
    form.subject = 'Your visit';
    form.senderKind = 'staff_personal_device';
    expect(requestOf(form).patient.consents.map((c) => [c.channel, c.status, c.unencryptedRequested])).toEqual([
      ['sms', 'active', undefined],
      ['email', 'revoked', true],
    ]);
    expect(requestOf(form).message.subject).toBeUndefined();
    expect(requestOf(form).sender).toEqual({ kind: 'staff_personal_device' });
    form.channel = 'email';
    expect(requestOf(form).message.subject).toBe('Your visit');
  });

  it("sends the patient's age, wishes and time zone and the text's language only when given, as the contract takes them", () => {
    const form: RequestForm = initialForm(BUNDLE);
    const plain = requestOf(form);
    expect([plain.patient.age, plain.patient.doNotContact, plain.patient.timeZone, plain.message.language]).toEqual([undefined, undefined, undefined, undefined]);
    Object.assign(form, { age: ' 16 ', doNotContact: true, timeZone: 'America/Chicago', language: 'es' });
    const req = requestOf(form);
    expect(parseRequest(req).ok).toBe(true);
    expect(req.patient).toMatchObject({ age: 16, doNotContact: true, timeZone: 'America/Chicago' });
    expect(req.message.language).toBe('es');
    // Not a whole number of years the contract takes: left out, not sent wrong.
    for (const age of ['16.5', '-1', '151', 'sixteen', '']) expect(requestOf({ ...form, age }).patient.age, age).toBeUndefined();
  });

  it('offers time zones and languages the contract accepts', () => {
    for (const [zone] of TIME_ZONES) expect(parseRequest(requestOf({ ...initialForm(BUNDLE), timeZone: zone })).ok, zone).toBe(true);
    for (const [language] of LANGUAGES) expect(parseRequest(requestOf({ ...initialForm(BUNDLE), language })).ok, language).toBe(true);
  });

  it('picks the portal vendor for the portal, and a vendor with a BAA before one without', () => {
    expect(usualVendor(BUNDLE, 'portal')).toBe('riverside-ehr');
    expect(usualVendor(BUNDLE, 'sms')).toBe('acme-sms');
    expect(usualVendor(BUNDLE, 'email')).toBe('blastly');
    expect(usualVendor(BUNDLE, 'whatsapp')).toBe('');
  });
});

describe('squiggles', () => {
  const at = (offset: number, endOffset: number): Diagnostic => ({
    code: 'parse/unexpected-token',
    severity: 'error',
    message: 'Expected a value',
    hint: 'write a channel',
    span: { file: 'a.policy', line: 1, col: 1, endLine: 1, endCol: 1, offset, endOffset },
  });

  it('underline the span with the message and the hint', () => {
    expect(squiggle(at(3, 7), 20)).toEqual({ from: 3, to: 7, severity: 'error', source: 'parse/unexpected-token', message: 'Expected a value. Hint: write a channel' });
  });

  it('stay inside the text when the officer has shortened it since the check', () => {
    expect(squiggle(at(18, 25), 10)).toMatchObject({ from: 10, to: 10 });
  });
});

describe('the meaning of a label', () => {
  it("is the engine's HL7 display for a sensitivity label", () => {
    for (const label of SENSITIVITY_LABELS) {
      const display = securityLabelsOf([{ label }]).sensitivity[0]!.display;
      expect(labelMeaning(label), label).toBe(`${display.replace(/ information sensitivity$/, ' information')} (HL7 sensitivity label)`);
    }
    expect(labelMeaning('SSP')).toBe('sensitive service provider information (HL7 sensitivity label)');
  });

  it("is given for every label the classifier has, and names a policy's own label as the policy's", () => {
    const policyOwn = labelMeaning('our_clinics');
    expect(policyOwn).toMatch(/policy's own/);
    for (const label of BUILTIN_LABELS) expect(labelMeaning(label), label).not.toBe(policyOwn);
    for (const label of ['constructor', 'toString', '__proto__']) expect(labelMeaning(label), label).toBe(policyOwn);
  });
});
