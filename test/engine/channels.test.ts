// One descriptor per channel (CHANNEL_INFO): what the checker, the route planner, the
// counterfactuals and the page say about a channel all come from it, so adding a channel is one entry.
import { describe, expect, it } from 'vitest';
import { CHANNEL_INFO, CHANNELS, counterfactualsFor, decideValid, planRoute, SECURE_CHANNELS, type Channel, type Consent } from '../../engine/index.ts';
import { channelName } from '../../web/src/words.ts';
import { defaultBundle } from '../explain/helpers.ts';
import { diagnosticsOf, request } from '../helpers.ts';

const P = await defaultBundle();
const AT = '2026-11-24T15:00:00Z';

const downgradeTo = (channel: string) => `rule r {\n  when channel == sms\n  downgrade route ${channel} alert "x"\n  because "x"\n}\n`;
const clinicalConsent = (channel: Channel): Consent => ({ channel, scopes: ['clinical', 'notifications'], status: 'active', riskAcknowledged: true, recordedAt: '2026-01-05' });

describe('channel descriptors', () => {
  it('describe every channel, and only channels, in words for people', () => {
    expect(Object.keys(CHANNEL_INFO).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNELS) {
      const { name, where, label } = CHANNEL_INFO[c];
      expect([name, where, label].every((w) => w.trim() !== ''), c).toBe(true);
    }
  });

  it('make exactly the portal, secure messaging and encrypted email secure, the portal first', () => {
    expect(SECURE_CHANNELS).toEqual(['portal', 'secure_messaging', 'email_encrypted']);
  });

  it('give a subject line to the email channels only', () => {
    expect(CHANNELS.filter((c) => CHANNEL_INFO[c].hasSubject)).toEqual(['email', 'email_encrypted']);
  });
});

describe('read everywhere', () => {
  it('the checker lets a downgrade route only to a secure channel, and its hint names them', () => {
    for (const c of CHANNELS) {
      const route = diagnosticsOf(downgradeTo(c)).filter((d) => d.code === 'check/invalid-route');
      if (SECURE_CHANNELS.includes(c)) expect(route, c).toEqual([]);
      else expect(route.map((d) => d.hint), c).toEqual(['route to `portal`, `secure_messaging` or `email_encrypted`']);
    }
  });

  it('the route planner puts clinical content on the most preferred secure channel that allows it', () => {
    const plan = (portalActive: boolean) => planRoute(P, { message: { category: 'lab_result', body: 'Your A1c was 9.1%.' }, patient: { consents: CHANNELS.map(clinicalConsent), portalActive }, at: AT });
    expect(plan(true).plan[0]?.channel).toBe(SECURE_CHANNELS[0]);
    expect(plan(false).plan[0]?.channel).toBe(SECURE_CHANNELS[1]);
  });

  it("the counterfactuals say where and to what with the channel's words", () => {
    const req = request({ message: { body: 'Your HIV clinic appointment is Thu 3 PM.' } });
    const moves = counterfactualsFor(P, req, decideValid(P, req)).counterfactuals.flatMap((cf) => cf.changes.flatMap((ch) => (ch.kind === 'channel' ? [[ch.channel, cf.text] as const] : [])));
    expect(moves.length).toBeGreaterThan(0);
    for (const [channel, text] of moves) expect(text.startsWith(`allowed ${CHANNEL_INFO[channel].where}`), text).toBe(true);
    for (const channel of CHANNELS) {
      const avoided = request({ channel, patient: { avoidChannels: [channel] } });
      const [choice] = counterfactualsFor(P, avoided, decideValid(P, avoided)).patientChoices;
      expect(choice?.text, channel).toBe(`The patient asked not to be contacted by ${CHANNEL_INFO[channel].name}; no change on the practice's side allows it.`);
    }
  });

  it("the page labels each channel with the descriptor's label", () => {
    expect(CHANNELS.map(channelName)).toEqual(CHANNELS.map((c) => CHANNEL_INFO[c].label));
  });
});
