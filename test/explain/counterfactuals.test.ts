import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, counterfactualsFor, distinctCounterfactuals, MAX_REDECISIONS, type Change, type Counterfactual } from '../../engine/explain/counterfactuals.ts';
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
  it("offers the portal and removing the word 'HIV' for an HIV clinic reminder by SMS", () => {
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
    // Removing "HIV clinic" (its HIV finding) would do too, but removing "HIV" inside it is smaller: only that one is offered.
    expect(r.counterfactuals.map((c) => c.text)).toEqual(['allowed on the portal', "allowed if the word 'HIV' was removed"]);
    expect(r.counterfactuals[1]!.changes).toEqual([{ kind: 'remove-words', labels: ['diagnosis'], spans: [{ start: 5, end: 8, labels: ['diagnosis'] }] }]);
    expect(r.counterfactuals[1]!.diff).toEqual([{ path: 'message.body', removed: [{ start: 5, end: 8 }] }]);
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

describe('near-duplicate counterfactuals', () => {
  const suggestion = (text: string, ...changes: Change[]): Counterfactual => ({ changes, text, decision: 'allow', diff: [] });
  const portal: Change = { kind: 'channel', channel: 'portal', sender: { kind: 'platform', vendor: 'riverside-ehr' } };
  const email: Change = { kind: 'channel', channel: 'email', sender: { kind: 'platform', vendor: 'postbox-mail' } };
  const remove = (labels: string[], ...spans: [number, number, 'subject'?][]): Change => ({ kind: 'remove-words', labels, spans: spans.map(([start, end, field]) => ({ start, end, labels, ...(field ? { field } : {}) })) });
  const distinct = (list: Counterfactual[]): string[] => distinctCounterfactuals(list).map((c) => c.text);

  it('keep the smaller of two removals when one lies inside the other, and every other suggestion in order', () => {
    expect(distinct([suggestion('portal', portal), suggestion("'HIV clinic'", remove(['HIV'], [15, 25])), suggestion("'HIV'", remove(['diagnosis'], [15, 18]))])).toEqual(['portal', "'HIV'"]);
    // Two phrases: one removal inside the other's, phrase by phrase.
    expect(distinct([suggestion('both long', remove(['HIV', 'ETH'], [5, 15], [31, 40])), suggestion('both short', remove(['diagnosis', 'medication'], [5, 8], [31, 40]))])).toEqual(['both short']);
    // The same words under other labels: the first is kept.
    expect(distinct([suggestion('first', remove(['SSP'], [15, 25])), suggestion('second', remove(['HIV'], [15, 25]))])).toEqual(['first']);
  });

  it('keep removals that are not inside one another, in another field, or with other changes', () => {
    expect(distinct([suggestion('a', remove(['HIV'], [15, 25])), suggestion('b', remove(['ETH'], [31, 40]))])).toEqual(['a', 'b']);
    expect(distinct([suggestion('overlap', remove(['HIV'], [15, 25])), suggestion('across', remove(['x'], [20, 30]))])).toEqual(['overlap', 'across']);
    expect(distinct([suggestion('body', remove(['HIV'], [0, 10])), suggestion('subject', remove(['HIV'], [0, 3, 'subject']))])).toEqual(['body', 'subject']);
    expect(distinct([suggestion('email, long', email, remove(['HIV'], [15, 25])), suggestion('portal, short', portal, remove(['diagnosis'], [15, 18]))])).toEqual(['email, long', 'portal, short']);
    expect(distinct([suggestion('email, long', email, remove(['HIV'], [15, 25])), suggestion('email, short', email, remove(['diagnosis'], [15, 18]))])).toEqual(['email, short']);
    // A change of channel alone makes a removal with it needless.
    expect(distinct([suggestion('email', email), suggestion('email and words', email, remove(['HIV'], [15, 25]))])).toEqual(['email']);
  });

  it("are not offered for an HIV clinic reminder by SMS: the portal, and the word 'HIV' removed", () => {
    expect(texts(request({ message: { body: 'Your HIV clinic appointment is Thu 3 PM.' } }))).toEqual(['allowed on the portal', "allowed if the word 'HIV' was removed"]);
  });
});
