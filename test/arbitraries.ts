// fast-check arbitraries for contract requests, shared by the property and differential tests.
import fc from 'fast-check';
import type { DecisionRequest } from '../engine/index.ts';
import { CATEGORIES, CHANNELS, SCOPES } from '../engine/contract/vocabulary.ts';

export const VENDOR_IDS = ['acme-sms', 'postbox', 'ehr', 'blastly', 'unknown-vendor'] as const;

const consent = fc.record(
  {
    channel: fc.constantFrom(...CHANNELS),
    scopes: fc.uniqueArray(fc.constantFrom(...SCOPES), { maxLength: SCOPES.length }),
    status: fc.constantFrom('active' as const, 'revoked' as const),
    riskAcknowledged: fc.boolean(),
    unencryptedRequested: fc.boolean(),
    recordedAt: fc.constantFrom('2025-01-01', '2026-01-05', '2026-06-30', '2027-01-01'),
  },
  { requiredKeys: ['channel', 'scopes', 'status'] },
);

/** Message bodies: plain admin texts, and texts that carry clinical or sensitive words. */
export const BODIES = [
  '',
  'Hi Maria, reminder of your appointment Tue 3/3 at 10:15 AM. Reply C to confirm.',
  'You have a balance due. Visit https://pay.example.com to pay.',
  'Your prescription is ready for pickup at Main St Pharmacy.',
  'You have a new message in your patient portal.',
  'Your HIV clinic appointment is Thu 3 PM.',
  'Your A1c was 9.1%, please start metformin.',
  'Reminder: methadone clinic visit tomorrow at 9.',
  'Your test came back positive for chlamydia.',
  'Your SSN 123-45-6789 is on file.',
];

export const requestArb: fc.Arbitrary<DecisionRequest> = fc.record(
  {
    message: fc.record(
      {
        category: fc.constantFrom(...CATEGORIES),
        body: fc.constantFrom(...BODIES),
        templateFields: fc.uniqueArray(fc.constantFrom('appointment_date', 'provider_name', 'visit_reason', 'department'), { maxLength: 3 }),
        language: fc.constantFrom('en', 'es', 'zh-Hant', 'vi-VN'),
      },
      { requiredKeys: ['category', 'body'] },
    ),
    channel: fc.constantFrom(...CHANNELS),
    sender: fc.record({ kind: fc.constantFrom('platform' as const, 'staff_personal_device' as const), vendor: fc.constantFrom(...VENDOR_IDS) }, { requiredKeys: ['kind'] }),
    patient: fc.record(
      {
        consents: fc.array(consent, { maxLength: 4 }),
        avoidChannels: fc.uniqueArray(fc.constantFrom(...CHANNELS), { maxLength: 2 }),
        portalActive: fc.boolean(),
        timeZone: fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu'),
        age: fc.integer({ min: 0, max: 150 }),
        doNotContact: fc.boolean(),
      },
      { requiredKeys: ['consents'] },
    ),
    at: fc.constantFrom('2026-11-24T15:00:00Z', '2024-03-01T00:00:00Z', '2029-01-01T12:00:00Z'),
  },
  { requiredKeys: ['message', 'channel', 'sender', 'patient', 'at'] },
);
