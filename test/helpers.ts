// Shared test helpers: compile a policy from text, and build contract requests.
import { compileBundle, type CompiledPolicy, type DecisionRequest } from '../engine/index.ts';
import type { CompiledRule } from '../engine/compile/compiler.ts';
import type { Leaf } from '../engine/compile/conditions.ts';
import { FACTS } from '../engine/contract/facts.ts';
import { Indeterminate } from '../engine/compile/trace.ts';
import type { Diagnostic } from '../grammar/diagnostics.ts';

export const VENDORS = JSON.stringify({
  vendors: [
    { id: 'acme-sms', name: 'Acme SMS', channels: ['sms'], baa: { signed: '2025-01-15', expires: '2028-01-15' } },
    { id: 'postbox', name: 'Postbox', channels: ['email', 'email_encrypted'], baa: { signed: '2024-06-01', expires: '2027-06-01' } },
    { id: 'ehr', name: 'EHR portal', channels: ['portal', 'secure_messaging'], baa: { signed: '2023-03-01', expires: null } },
    { id: 'blastly', name: 'Blastly', channels: ['sms', 'email'], baa: null },
  ],
});

/** Compile policy text (with a header and default deny unless it has its own) or throw its diagnostics. */
export function policyOf(text: string, vendors: string = VENDORS): CompiledPolicy {
  const r = compile(text, vendors);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`).join('\n'));
  return r.value;
}

export function compile(text: string, vendors: string = VENDORS) {
  const header = /^\s*policy\s/m.test(text) ? '' : 'policy "test" version "1"\ndefault deny "No rule allows this send"\n';
  return compileBundle([{ file: 'test.policy', text: header + text }], { file: 'vendors.json', text: vendors });
}

/** The diagnostics of a policy text, as "code: message" for compact assertions. */
export function diagnosticsOf(text: string): Diagnostic[] {
  return compile(text).diagnostics;
}

type Patch = { [K in keyof DecisionRequest]?: DecisionRequest[K] extends object ? Partial<DecisionRequest[K]> : DecisionRequest[K] };

/** A valid request (an SMS reminder with SMS consent) with parts replaced. */
export function request(patch: Patch = {}): DecisionRequest {
  const base: DecisionRequest = {
    message: { category: 'appointment_reminder', body: 'Hi Maria, reminder of your appointment Tue 3/3 at 10:15 AM. Reply C to confirm.' },
    channel: 'sms',
    sender: { kind: 'platform', vendor: 'acme-sms' },
    patient: {
      consents: [{ channel: 'sms', scopes: ['scheduling', 'billing', 'notifications', 'general'], status: 'active', riskAcknowledged: true, recordedAt: '2026-01-05' }],
      portalActive: true,
    },
    at: '2026-11-24T15:00:00Z',
  };
  return {
    ...base,
    ...patch,
    message: { ...base.message, ...patch.message },
    sender: { ...base.sender, ...patch.sender },
    patient: { ...base.patient, ...patch.patient },
  } as DecisionRequest;
}

/**
 * Fault injection: the rule's condition tree becomes a comparison on `channel` whose test throws;
 * generated cells and the closures of the reference and traced evaluators all run that tree. Call it
 * before the policy decides anything: cells are generated on first use.
 */
export function injectFault(rule: CompiledRule, message = 'fault injected'): void {
  const leaf: Leaf = {
    type: 'leaf',
    operands: [{ get: FACTS.channel!.get, constant: false, fact: 'channel' }],
    test: () => {
      throw new Error(message);
    },
    missing: [new Indeterminate('`channel` is missing')],
    site: () => ({ text: 'channel (fault injected)', span: rule.span, operands: [{ text: 'channel', phi: false, date: false, shown: true }] }),
    form: { kind: 'call' },
  };
  rule.condition = leaf;
}
