import { describe, expect, it } from 'vitest';
import { enumerateSituations, FINDING_SAMPLES, textSamples } from '../../engine/analysis/index.ts';
import { CATEGORIES, CHANNELS } from '../../engine/contract/vocabulary.ts';
import { policyOf } from '../helpers.ts';
import { AT, MINI } from './helpers.ts';

const POLICY = policyOf(MINI);

describe('the enumerated situations', () => {
  it('uses sample texts the classifier really labels, one per group', () => {
    const found = FINDING_SAMPLES.map((s) => [s.group, POLICY.classifier.classifyText(s.text).some((f) => f.label === s.labels[0])]);
    expect(found).toEqual([
      ['heightened care', true],
      ['sensitive service', true],
      ['clinical content', true],
      ['identifier', true],
    ]);
  });

  it('stops, naming the text and the label, when a sample text no longer yields its label', () => {
    expect(() => textSamples([POLICY], [{ group: 'heightened care', text: 'See you Tuesday', labels: ['HIV'] }])).toThrow(
      'the sample text "See you Tuesday" no longer yields HIV (found: nothing); update FINDING_SAMPLES in engine/analysis/space.ts',
    );
  });

  it('adds a sample for every term of each terms list of the bundle that the classifier finds', () => {
    const policy = policyOf(`${MINI}\nterms our_clinics "Clinic names that reveal care" = ["Harbor Recovery Center", "Lakeside Fertility"]\n`);
    expect(textSamples([policy]).slice(-2)).toEqual([
      { group: 'terms our_clinics', text: 'Reminder about Harbor Recovery Center', labels: ['our_clinics'] },
      { group: 'terms our_clinics', text: 'Reminder about Lakeside Fertility', labels: ['our_clinics'], consentedOnly: true },
    ]);
  });

  it('tries a list\'s first term in every consent and vendor state, the others for a consented patient through a vendor with a BAA', () => {
    const policy = policyOf(`${MINI}\nterms our_clinics = ["Harbor Recovery Center", "Lakeside Fertility"]\n`);
    const withText = (words: string) => enumerateSituations([policy], AT).filter((s) => s.text?.text.includes(words));
    expect(new Set(withText('Harbor').map((s) => `${s.consent}/${s.vendor}`)).size).toBe(15);
    expect(new Set(withText('Lakeside').map((s) => `${s.consent}/${s.vendor}`))).toEqual(new Set(['active-with-scope/covered']));
    expect(withText('Lakeside').length).toBe(withText('Harbor').filter((s) => s.consent === 'active-with-scope' && s.vendor === 'covered').length);
  });

  it('covers every channel and category in each consent state, with each vendor state the register allows', () => {
    const situations = enumerateSituations([POLICY], AT);
    const plain = situations.filter((s) => s.text === undefined && s.variation === undefined);
    const vendorStates = (channel: string) => new Set(plain.filter((s) => s.channel === channel).map((s) => s.vendor));
    expect(vendorStates('sms')).toEqual(new Set(['covered', 'no-baa', 'unknown']));
    // No registered vendor has a BAA for WhatsApp: there is no "covered" WhatsApp send to try.
    expect(vendorStates('whatsapp')).toEqual(new Set(['no-baa', 'unknown']));
    expect(plain.length).toBe(CATEGORIES.length * 5 * (5 * 3 + 3 * 2));
    // Every situation is decided at the analysis's time, but the one sent during the quiet hours.
    expect(new Set(situations.filter((s) => s.variation !== 'quiet-hours').map((s) => s.request.at))).toEqual(new Set([AT]));
  });

  it('varies a consented patient one way at a time: portal not used, channel avoided, staff phone, age, no contact, the clock, the language', () => {
    const varied = enumerateSituations([POLICY], AT).filter((s) => s.variation !== undefined && s.channel === 'sms' && s.category === 'appointment_reminder');
    expect(varied.map((s) => [s.variation, s.request.patient.portalActive, s.request.patient.avoidChannels, s.request.sender.kind])).toEqual([
      ['portal-inactive', false, undefined, 'platform'],
      ['channel-avoided', true, ['sms'], 'platform'],
      ['staff-personal-device', true, undefined, 'staff_personal_device'],
      ['minor', true, undefined, 'platform'],
      ['adult', true, undefined, 'platform'],
      ['do-not-contact', true, undefined, 'platform'],
      ['quiet-hours', true, undefined, 'platform'],
      ['spanish', true, undefined, 'platform'],
    ]);
    const by = (v: string) => varied.find((s) => s.variation === v)!.request;
    expect([by('minor').patient.age, by('adult').patient.age, by('do-not-contact').patient.doNotContact, by('spanish').message.language]).toEqual([16, 40, true, 'es']);
    // 23:30 in New York (MINI names no time zone): 04:30 the next day in UTC, in November.
    expect([by('quiet-hours').at, by('quiet-hours').patient.timeZone]).toEqual(['2026-11-25T04:30:00.000Z', 'America/New_York']);
  });
});
