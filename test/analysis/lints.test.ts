import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../../engine/analysis/index.ts';
import { loadBundle, type Diagnostic } from '../../engine/index.ts';
import { policyOf } from '../helpers.ts';
import { bundleDir, phigate } from '../testing/helpers.ts';
import { AT } from './helpers.ts';

/** A bundle with one of each mistake the lints are for. */
const FLAWED = `policy "flawed" version "1"
default deny "No rule allows this send"

channels unsecured = [sms, email]
tier admin = [appointment_reminder, billing_reminder]
categories everything_else = [appointment_confirmation, appointment_cancellation, prescription_ready, general_health, visit_followup, results_ready, portal_message_waiting, document_ready, lab_result, diagnosis, care_plan, visit_summary, prescription_change, referral, clinical_reply, marketing, other]

rule no-baa {
  when not vendor.covers
  deny
  because "Every vendor needs a BAA"
}

rule no-texting {
  when channel == sms
  deny
  because "We do not text patients"
}

rule reminders-by-sms {
  when channel == sms and message.tier == admin
  allow
  because "Reminders by text"
}

rule whatsapp-with-baa {
  when channel == whatsapp and vendor.covers
  allow
  because "WhatsApp through a vendor with a BAA"
}

rule email-reminders {
  when channel == email and (message.tier == admin or message.category in everything_else)
  allow
  because "Reminders by email"
}

test "no texting" {
  given channel sms
  given sender { kind: platform, vendor: "acme-sms" }
  given patient { consents: [] }
  given message { category: appointment_reminder, body: "See you Tue" }
  expect deny by no-texting
}
`;

/** Each warning as "code line: the name in backticks", in source order. */
const summaryOf = (warnings: readonly Diagnostic[]) => warnings.map((d) => `${d.code} ${d.span.line}: ${/`([^`]+)`/.exec(d.message)?.[1]}`);
const summary = (text: string) => summaryOf(lintPolicy(policyOf(text), { at: AT }));
const FLAWED_LINTS = lintPolicy(policyOf(FLAWED), { at: AT });

describe('lints', () => {
  it('finds a shadowed rule, a rule that never applies, unmentioned channels and untested rules', () => {
    expect(summaryOf(FLAWED_LINTS)).toEqual([
      'lint/unmentioned-channel 2: email_encrypted',
      'lint/unmentioned-channel 2: portal',
      'lint/unmentioned-channel 2: secure_messaging',
      'lint/unmentioned-channel 2: messenger',
      'lint/unmentioned-channel 2: imessage',
      'lint/untested-rule 8: no-baa',
      'lint/shadowed-rule 20: reminders-by-sms',
      'lint/untested-rule 20: reminders-by-sms',
      'lint/never-applies 26: whatsapp-with-baa',
      'lint/untested-rule 26: whatsapp-with-baa',
      'lint/untested-rule 32: email-reminders',
    ]);
  });

  it('says which rule overrides a shadowed one, underlining the rule name', () => {
    const shadowed = FLAWED_LINTS.find((d) => d.code === 'lint/shadowed-rule')!;
    expect(shadowed).toMatchObject({ severity: 'warning', span: { line: 20, col: 6, endCol: 21 } });
    expect(shadowed.message).toMatch(/^Rule `reminders-by-sms` applies in \d+ of the \d+ situations phigate tried but decides none of them, nor any test; it is overridden by `no-texting` \(deny\), `no-baa` \(deny\)$/);
  });

  it('counts a rule the bundle\'s tests see applying, though no enumerated situation reaches it', () => {
    const stat = `${FLAWED}\nrule stat-results {\n  when message.body contains "STAT"\n  deny\n  because "Urgent results are phoned"\n}\n`;
    const test = `\ntest "urgent results are phoned" {\n  given channel email\n  given sender { kind: platform, vendor: "postbox" }\n  given patient { consents: [] }\n  given message { category: lab_result, body: "STAT: call us" }\n  expect deny by stat-results\n}\n`;
    expect(summary(stat)).toContain('lint/never-applies 46: stat-results');
    expect(summary(stat + test).filter((s) => s.endsWith('stat-results'))).toEqual([]);
  });

  it('reports a category no rule mentions, counting tiers and lists as mentions', () => {
    const fewer = FLAWED.replace('marketing, other]', 'marketing]');
    expect(summary(fewer).filter((s) => s.startsWith('lint/unmentioned-category'))).toEqual(['lint/unmentioned-category 2: other']);
  });

  it('finds nothing structural in the default bundle: every rule applies and decides somewhere, every channel and category is named', async () => {
    const loaded = await loadBundle('policies');
    if (!loaded.ok) throw new Error('the default bundle does not load');
    expect(lintPolicy(loaded.value, { at: AT }).filter((d) => d.code !== 'lint/untested-rule')).toEqual([]);
  });
});

describe('phigate lint', () => {
  it('prints each warning with a code frame and a hint, and exits 0', async () => {
    const run = await phigate('lint', '--bundle', bundleDir({ 'flawed.policy': FLAWED }), '--at', AT);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`flawed.policy:26:6 warning lint/never-applies: Rule \`whatsapp-with-baa\` applies in none of the`);
    expect(run.out).toContain('26 | rule whatsapp-with-baa {\n   |      ^^^^^^^^^^^^^^^^^\n  hint: look for a condition no request can meet');
    expect(run.out).toMatch(/\n0 errors, 11 warnings\n$/);
  });

  it('exits 1 with --strict when there are warnings, and writes JSON with --format json', async () => {
    const run = await phigate('lint', '--bundle', bundleDir({ 'flawed.policy': FLAWED }), '--strict', '--format', 'json', '--at', AT);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as { ok: boolean; diagnostics: { code: string }[] };
    expect(report.ok).toBe(false);
    expect(new Set(report.diagnostics.map((d) => d.code))).toEqual(new Set(['lint/unmentioned-channel', 'lint/untested-rule', 'lint/shadowed-rule', 'lint/never-applies']));
  });
});
