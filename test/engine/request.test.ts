// The optional fields apps send for quiet hours, age rules, do-not-contact and the message's language:
// accepted when well formed, and refused with the field's path when not.
import { describe, expect, it } from 'vitest';
import { canonicalRequestJson, parseJsonRequest, parseRequest } from '../../engine/index.ts';

const base = { message: { category: 'appointment_reminder', body: 'See you Tue.' }, channel: 'sms', sender: { kind: 'platform' }, patient: { consents: [] } };
const withPatient = (patient: object) => ({ ...base, patient: { consents: [], ...patient } });
const withLanguage = (language: unknown) => ({ ...base, message: { ...base.message, language } });
const pathsOf = (input: unknown): string[] => {
  const r = parseRequest(input);
  return r.ok ? [] : r.error.issues.map((i) => i.path);
};

describe('patient.timeZone, patient.age, patient.doNotContact, message.language', () => {
  it('accepts IANA zones, whole ages 0-150, a boolean, and BCP 47 tags, and hashes them with the request', () => {
    const input = { ...withPatient({ timeZone: 'America/Chicago', age: 17, doNotContact: true }), message: { ...base.message, language: 'es-MX' } };
    const parsed = parseJsonRequest(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(canonicalRequestJson(parsed.value)).toContain('"age":17,"consents":[],"doNotContact":true,"timeZone":"America/Chicago"');
  });

  it('refuses what is not, naming the field', () => {
    expect(pathsOf(withPatient({ timeZone: 'Mars/Olympus' }))).toEqual(['patient.timeZone']);
    expect(pathsOf(withPatient({ timeZone: 'EST5EDT, please' }))).toEqual(['patient.timeZone']);
    expect(pathsOf(withPatient({ age: 17.5 }))).toEqual(['patient.age']);
    expect(pathsOf(withPatient({ age: -1 }))).toEqual(['patient.age']);
    expect(pathsOf(withPatient({ age: '17' }))).toEqual(['patient.age']);
    expect(pathsOf(withPatient({ doNotContact: 'yes' }))).toEqual(['patient.doNotContact']);
    expect(pathsOf(withLanguage('spanish please'))).toEqual(['message.language']);
    expect(pathsOf(withLanguage(''))).toEqual(['message.language']);
  });

  it('gives the fast JSON path the same answer as zod for each of them', () => {
    for (const input of [withPatient({ timeZone: 'Mars/Olympus' }), withPatient({ age: 17.5 }), withLanguage('x-'), withLanguage('vi')]) {
      expect(parseJsonRequest(input)).toEqual(parseRequest(input));
    }
  });
});
