import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, counterfactualsFor, MAX_REDECISIONS, type Counterfactual } from '../../engine/explain/counterfactuals.ts';
import { consentFor } from '../../engine/decide/decide.ts';
import { decideValid, type DecisionRequest } from '../../engine/index.ts';
import { CHANNELS } from '../../engine/contract/vocabulary.ts';
import { requestArb } from '../arbitraries.ts';
import { request } from '../helpers.ts';
import { defaultBundle } from './helpers.ts';

const P = await defaultBundle();
const NOW = () => Date.parse('2026-11-24T15:00:00Z');

const report = (req: DecisionRequest) => counterfactualsFor(P, req, decideValid(P, req, { now: NOW }), { now: NOW });
const texts = (req: DecisionRequest) => report(req).counterfactuals.map((c) => c.text);
const rebuilt = (req: DecisionRequest, cf: Counterfactual) => cf.changes.reduce(applyChange, req);
/** The channels whose governing consent, at the request's time, is a revocation. */
const revokedChannels = (req: DecisionRequest) => CHANNELS.filter((c) => consentFor(req.patient.consents, c, req.at ? Date.parse(req.at) : NOW())?.status === 'revoked');

const HIV_REMINDER = request({ message: { body: 'Your HIV clinic appointment is Thu 3 PM.' } });
const LAB_RESULT = request({ message: { category: 'lab_result', body: 'Your A1c was 9.1%, please start metformin.' }, patient: { consents: [], portalActive: false } });

describe('counterfactuals', () => {
  it('offers the portal and removing the clinic name for an HIV clinic reminder by SMS', () => {
    const r = report(HIV_REMINDER);
    expect(r.counterfactuals[0]).toEqual({
      changes: [{ kind: 'channel', channel: 'portal', sender: { kind: 'platform', vendor: 'riverside-ehr' } }],
      text: 'allowed on the portal',
      decision: 'allow',
      diff: [
        { path: 'channel', from: 'sms', to: 'portal' },
        { path: 'sender.vendor', from: 'acme-sms', to: 'riverside-ehr' },
      ],
    });
    const words = r.counterfactuals.find((c) => c.text === "allowed if the words 'HIV clinic' were removed");
    // The first label group whose removal gives this text: the policy's `heightened` list.
    expect(words?.changes).toEqual([{ kind: 'remove-words', labels: ['HIV'], spans: [{ start: 5, end: 15, labels: ['HIV'] }] }]);
    expect(words?.diff).toEqual([{ path: 'message.body', removed: [{ start: 5, end: 15 }] }]);
  });

  it('names the consent scope that is missing', () => {
    const req = request({ message: { category: 'results_ready', body: 'You have new results in your patient portal.' }, patient: { consents: [{ channel: 'sms', scopes: ['scheduling'], status: 'active' }] } });
    const r = report(req);
    expect(r.counterfactuals.map((c) => c.text)).toEqual(['allowed on the portal', "allowed by SMS if the patient's SMS consent covered notifications"]);
    expect(r.counterfactuals[1]!.diff).toEqual([{ path: 'patient.consents[0].scopes', from: ['scheduling'], to: ['scheduling', 'notifications'] }]);
  });

  it('proposes the vendor whose BAA covers the channel', () => {
    expect(texts(request({ sender: { vendor: 'blastly' } }))).toEqual(['allowed on the portal', 'allowed if it went through Acme SMS (fictional), whose BAA covers SMS']);
  });

  it("proposes the practice's platform instead of a personal phone", () => {
    const r = report(request({ sender: { kind: 'staff_personal_device' } }));
    expect(r.counterfactuals.map((c) => c.text)).toContain("allowed if it went through the practice's platform, Acme SMS (fictional), instead of a staff member's personal phone");
    expect(r.counterfactuals[1]!.diff).toEqual([{ path: 'sender.kind', from: 'staff_personal_device', to: 'platform' }]);
  });

  it('proposes dropping the clinical fields a template pulled in', () => {
    expect(texts(request({ message: { templateFields: ['appointment_date', 'visit_reason'] } }))).toEqual(['allowed on the portal', 'allowed if the template did not pull in visit_reason']);
  });

  it('combines two changes only when no single change works', () => {
    const r = report(LAB_RESULT);
    expect(r.counterfactuals.map((c) => [c.changes.length, c.text])).toEqual([
      [2, 'allowed by email if the patient asked for unencrypted email for clinical messages after being told the risk (recorded in the consent)'],
      [2, 'allowed by encrypted email if the patient gave consent to encrypted email for clinical messages, with the risk acknowledged'],
      [2, 'allowed by secure messaging if the patient gave consent to secure messaging for clinical messages, with the risk acknowledged'],
    ]);
    expect(r.truncated).toBe(false);
  });

  it('says plainly when the patient asked not to be contacted on the channel, and never works around it', () => {
    const r = report(request({ patient: { avoidChannels: ['sms', 'portal'] } }));
    expect(r.patientChoices).toEqual([{ kind: 'avoided-channel', channel: 'sms', text: "The patient asked not to be contacted by SMS; no change on the practice's side allows it." }]);
    expect(r.counterfactuals.map((c) => rebuilt(request(), c).channel)).not.toContain('sms');
    expect(r.counterfactuals.map((c) => rebuilt(request(), c).channel)).not.toContain('portal');
  });

  it('never records a new consent over a revocation', () => {
    const req = request({ patient: { consents: [{ channel: 'sms', scopes: ['scheduling'], status: 'revoked', recordedAt: '2026-02-01' }] } });
    const r = report(req);
    expect(r.counterfactuals.map((c) => c.text)).toEqual(['allowed on the portal']);
    expect(r.patientChoices.map((p) => p.text)).toEqual(["The patient withdrew consent for SMS; no change on the practice's side allows it."]);
  });

  it('has nothing to propose for a request that is already allowed', () => {
    expect(report(request())).toEqual({ counterfactuals: [], patientChoices: [], redecisions: 0, truncated: false });
  });

  it('returns only changes that really decide to allow, fewest first, within the bound, without touching the patient\'s choices or copying text', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const r = report(req);
        expect(r.redecisions).toBeLessThanOrEqual(MAX_REDECISIONS);
        const sizes = r.counterfactuals.map((c) => c.changes.length);
        expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
        for (const cf of r.counterfactuals) {
          const variant = rebuilt(req, cf);
          expect(decideValid(P, variant, { now: NOW }).decision).toBe('allow');
          expect(variant.patient.avoidChannels).toEqual(req.patient.avoidChannels);
          expect(req.patient.avoidChannels ?? []).not.toContain(variant.channel);
          expect(revokedChannels(variant)).toEqual(revokedChannels(req));
          expect(revokedChannels(req)).not.toContain(variant.channel);
          if (req.message.body !== '') expect(JSON.stringify([cf.changes, cf.diff])).not.toContain(req.message.body);
        }
      }),
      { numRuns: 150 },
    );
  });
});
