// Shared by the grammar tests: parse-or-fail helpers and the example bundle file from the language guide.
import { expect } from 'vitest';
import { parsePolicy, stripSpans, type Declaration, type Diagnostic, type Expr, type PolicyFile, type RuleDecl } from '../../grammar/index.ts';

export function parseOk(text: string, file = 'test.policy'): PolicyFile {
  const r = parsePolicy(text, file);
  if (!r.ok) expect.fail(`expected no errors, got:\n${r.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`).join('\n')}`);
  return r.value;
}

export function parseErrors(text: string, file = 'test.policy'): Diagnostic[] {
  const r = parsePolicy(text, file);
  if (r.ok) expect.fail('expected errors, the text parsed');
  return r.diagnostics;
}

export const firstDecl = (text: string): Declaration => parseOk(text).declarations[0]!;

export const rule = (text: string): RuleDecl => firstDecl(text) as RuleDecl;

/** The stripped AST of a `when` condition. */
export const condition = (text: string): Expr => stripSpans(rule(`rule r {\n  when ${text}\n}\n`).when!);

// Stripped-AST builders, to keep expected values readable.
export const path = (...segments: string[]) => ({ type: 'path', segments });
export const str = (value: string) => ({ type: 'string', value });
export const num = (value: number) => ({ type: 'number', value });
export const name = (n: string) => ({ name: n });
export const and = (left: unknown, right: unknown) => ({ type: 'and', left, right });
export const or = (left: unknown, right: unknown) => ({ type: 'or', left, right });
export const not = (operand: unknown) => ({ type: 'not', operand });
export const eq = (l: string, r: string) => ({ type: 'compare', op: '==', left: path(l), right: path(r) });

export const EXAMPLE = `# Riverside's messaging policy
policy "hipaa-messaging" version "2026.11.1"
default deny "No rule allows this send"

settings {
  practice = "Riverside Family Practice"
  portal_vendor = "riverside-ehr"
}

tier administrative = [appointment_reminder, appointment_confirmation, billing_reminder]
tier clinical "Content that stays in secure channels" = [lab_result, diagnosis, care_plan]
scope scheduling = [appointment_reminder, appointment_confirmation]
channels unsecured = [sms, email]
labels heightened = [HIV, SUD, PSY]
fields clinical_fields = [visit_reason, appointment_type, department]
categories noteworthy = [lab_result]
scopes alert_scopes = [notifications]
terms sensitive_clinic "Clinic names that reveal care" = ["HIV clinic", "methadone clinic"]
pattern room_code "Room codes" = /\\bR-\\d{3}\\b/i

rule no-baa {
  when not vendor.covers
  deny
  because "Every vendor that carries patient messages must have a signed, current BAA"
  cite "45 CFR 164.502(e), 164.308(b)"
}

rule clinical-on-unsecured {
  when channel in unsecured and (message.tier == clinical or message.findings contains any heightened)
  downgrade redact [SSP] else route portal alert "{practice}: you have a new message in your patient portal."
  because "Found-phone test: the text would reveal the patient's care"
  cite "45 CFR 164.530(c)"
}

rule old-consent {
  when consent is present and consent.recordedAt < 2020-01-01 and not (consent.scopes contains clinical)
  deny
  because "Consent on file predates the current form"
}

fixture sms_patient {
  given channel sms
  given sender { kind: platform, vendor: "acme-sms" }
  given patient { consents: [ { channel: sms, scopes: [scheduling, notifications], status: active, riskAcknowledged: true } ], portalActive: true }
  given at 2026-11-24T15:00:00Z
}

test "HIV clinic reminder by SMS is made generic" {
  use sms_patient
  given message { category: appointment_reminder, body: "Your HIV clinic appointment is Thu 3 PM" }
  expect downgrade by clinical-on-unsecured findings [HIV, SSP] actions [portal, sms]
}
`;
