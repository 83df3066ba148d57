import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionMatrix, matrixHtml, matrixMarkdown, PROFILES, profileNamed, type DecisionMatrix } from '../../engine/analysis/index.ts';
import { loadBundle } from '../../engine/index.ts';
import { policyOf } from '../helpers.ts';
import { bundleDir, phigate } from '../testing/helpers.ts';
import { AT, MINI } from './helpers.ts';

const loaded = await loadBundle('policies');
if (!loaded.ok) throw new Error('the default bundle does not load');
const DEFAULT = loaded.value;

/** The decision and deciding rules of one cell: `cell(m, 'consented-patient', 'lab_result', 'sms')`. */
function cell(m: DecisionMatrix, profile: string, category: string, channel: string): string {
  const p = m.profiles.find((x) => x.profile === profile)!;
  const row = p.tiers.flatMap((t) => t.rows).find((r) => r.category === category)!;
  const c = row.cells[m.channels.indexOf(channel as never)]!;
  return `${c.decision} by ${c.reasons.map((r) => r.rule).join(', ')}`;
}

describe('decision matrix on the default bundle', () => {
  const m = decisionMatrix(DEFAULT, PROFILES, { at: AT });

  it('shows the practice guide tiers under consented-patient: reminders by text, clinical content to the portal', () => {
    expect(cell(m, 'consented-patient', 'appointment_reminder', 'sms')).toBe('allow by administrative-on-unsecured');
    expect(cell(m, 'consented-patient', 'results_ready', 'email')).toBe('allow by notification-on-unsecured');
    expect(cell(m, 'consented-patient', 'lab_result', 'sms')).toBe('downgrade by clinical-category-on-unsecured');
    expect(cell(m, 'consented-patient', 'lab_result', 'portal')).toBe('allow by portal');
    expect(cell(m, 'consented-patient', 'lab_result', 'secure_messaging')).toBe('allow by secure-channel-with-consent');
  });

  it('denies every category on consumer apps, under every profile', () => {
    const consumer = ['whatsapp', 'messenger', 'imessage'];
    const decisions = new Set(m.profiles.flatMap((p) => p.tiers.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((_, i) => consumer.includes(m.channels[i]!)).map((c) => c.decision)))));
    expect([...decisions]).toEqual(['deny']);
  });

  it('groups the rows by the policy tiers in declaration order, with their descriptions, then the categories in no tier', () => {
    const p = m.profiles[0]!;
    expect(p.tiers.map((t) => [t.tier, t.description])).toEqual([
      ['administrative', 'Tier 1: scheduling and administrative'],
      ['notification', 'Tier 2: a message, result or document is waiting in the portal'],
      ['clinical', 'Tier 3: clinical content, secure channels only'],
      ['none', 'In no tier'],
    ]);
    expect(p.tiers[3]!.rows.map((r) => r.category)).toEqual(['marketing', 'other']);
  });

  it('changes with the profile: unencrypted email on request, no portal, no consent, no BAA', () => {
    expect(cell(m, 'clinical-email-requested', 'lab_result', 'email')).toBe('allow by clinical-email-requested-by-patient');
    expect(cell(m, 'clinical-email-requested', 'lab_result', 'sms')).toBe('downgrade by clinical-category-on-unsecured');
    expect(cell(m, 'no-portal', 'lab_result', 'portal')).toBe('deny by portal-not-active');
    expect(cell(m, 'no-consent', 'appointment_reminder', 'sms')).toBe('deny by no-consent');
    expect(cell(m, 'no-consent', 'lab_result', 'portal')).toBe('allow by portal');
    expect(cell(m, 'scheduling-only-consent', 'billing_reminder', 'sms')).toBe('deny by consent-does-not-cover');
    expect(cell(m, 'vendor-without-baa', 'appointment_reminder', 'sms')).toBe('deny by no-baa');
  });

  it('shows the new profiles: a minor, a patient who asked for no contact, a send in the quiet hours', () => {
    expect(cell(m, 'authorized-adult', 'marketing', 'sms')).toBe('allow by authorized-marketing');
    expect(cell(m, 'authorized-minor', 'marketing', 'sms')).toBe('deny by marketing-to-a-minor');
    expect(cell(m, 'authorized-minor', 'appointment_reminder', 'sms')).toBe('allow by administrative-on-unsecured');
    expect(cell(m, 'do-not-contact', 'appointment_reminder', 'portal')).toBe('deny by do-not-contact');
    expect(cell(m, 'quiet-hours', 'appointment_reminder', 'sms')).toBe('downgrade by quiet-hours');
    expect(cell(m, 'quiet-hours', 'lab_result', 'portal')).toBe('allow by portal');
    // 23:30 in New York, the bundle's time zone, after the matrix's time.
    expect(m.profiles.find((p) => p.profile === 'quiet-hours')!.at).toBe('2026-11-25T04:30:00.000Z');
  });

  it('tries every term of the bundle\'s terms lists and lists the cells each text changes', () => {
    const texts = m.profiles.find((p) => p.profile === 'consented-patient')!.texts;
    const sample = (text: string) => texts.find((t) => t.sample.text === text);
    // Every term of `care_revealing_services`, not only its first.
    for (const term of ['memory care', 'transplant', 'anticoagulation', 'lactation']) expect(sample(`Reminder about ${term}`), term).toBeDefined();
    const lactation = sample('Reminder about lactation')!;
    expect(lactation.sample.group).toBe('terms care_revealing_services');
    expect(lactation.changes).toContainEqual(expect.objectContaining({ category: 'appointment_reminder', channel: 'sms', decision: 'downgrade' }));
    expect(matrixMarkdown(m)).toContain('### Sample texts that change a decision');
    expect(matrixMarkdown(m)).toMatch(/- "Reminder about lactation" \(terms care_revealing_services\): downgrade by sensitive-care-on-unsecured in \d+ cells \(e\.g\. appointment_reminder by sms\)/);
  });

  it('names the vendor each profile sends through, from the register and the portal_vendor setting', () => {
    const vendors = (name: string) => Object.fromEntries(m.channels.map((ch, i) => [ch, m.profiles.find((p) => p.profile === name)!.vendors[i]]));
    expect(vendors('consented-patient')).toMatchObject({ sms: 'acme-sms', email: 'postbox-mail', portal: 'riverside-ehr', whatsapp: undefined });
    // No registered vendor carries the portal without a BAA: any vendor that does not cover it will do.
    expect(vendors('vendor-without-baa')).toMatchObject({ sms: 'blastly', email: 'blastly', portal: 'acme-sms' });
  });
});

describe('rendering the matrix', () => {
  const policy = policyOf(MINI);
  const m = decisionMatrix(policy, [profileNamed('consented-patient')!], { at: AT });

  it('writes one Markdown table per profile, with tier rows and numbered rules under it', () => {
    const text = matrixMarkdown(m);
    expect(text).toContain('| Category | sms | email | email_encrypted | portal | secure_messaging | whatsapp | messenger | imessage |');
    expect(text).toContain('| **Tier 1: scheduling and billing** (tier `admin`) |');
    expect(text).toContain('| appointment_reminder | allow [1] | allow [1] | deny [2] | allow [3] | deny [2] | deny [4] | deny [4] | deny [4] |');
    expect(text).toContain('| lab_result | downgrade [5] | downgrade [5] |');
    expect(text).toContain('- [1] reminders-by-text (allow): Reminders may go by text');
    expect(text).toContain('- [4] no-baa (deny): Every vendor needs a BAA');
  });

  it('writes a self-contained, accessible HTML page: inline CSS, no scripts or external assets, decisions in words', () => {
    const page = matrixHtml(m);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(page).toContain('<style>');
    expect(page).toContain('<th scope="col">sms<span class="via">via acme-sms</span></th>');
    expect(page).toContain('<th scope="rowgroup" colspan="9">Tier 3: clinical content <span class="tier-name">(tier clinical)</span></th>');
    expect(page).toMatch(/<tr><th scope="row">lab_result<\/th><td class="downgrade" title="clinical-by-text \(downgrade\): Clinical content goes to the portal">↓ downgrade <sup>/);
    expect(page).toContain('<li id="p1-n1"><code>reminders-by-text</code> (allow): Reminders may go by text</li>');
  });

  it('escapes the policy text it shows', () => {
    const risky = policyOf(MINI.replace('"Reminders may go by text"', '"Reminders <b>may</b> go by text & more"'));
    expect(matrixHtml(decisionMatrix(risky, [PROFILES[0]!], { at: AT }))).toContain('Reminders &#60;b&#62;may&#60;/b&#62; go by text &#38; more');
  });
});

describe('phigate matrix', () => {
  it('writes the HTML page to --output for the profiles asked for', async () => {
    const dir = bundleDir({ 'mini.policy': MINI });
    const file = join(dir, 'matrix.html');
    const run = await phigate('matrix', '--bundle', dir, '--profile', 'no-portal', '--profile', 'no-consent', '--format', 'html', '--output', file, '--at', AT);
    expect(run).toEqual({ code: 0, out: '', err: `wrote ${file}\n` });
    const page = readFileSync(file, 'utf8');
    expect([...page.matchAll(/<h2 id="p\d">([^<]*)<\/h2>/g)].map((x) => x[1])).toEqual(['no-portal', 'no-consent']);
  });

  it('prints Markdown by default', async () => {
    const run = await phigate('matrix', '--bundle', bundleDir({ 'mini.policy': MINI }), '--profile', 'consented-patient', '--at', AT);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^# Decision matrix: mini 1\n/);
  });

  it('rejects an unknown profile, suggesting the close one', async () => {
    const run = await phigate('matrix', '--profile', 'no-portl');
    expect(run.code).toBe(1);
    expect(run.err).toContain('no profile is called "no-portl"; did you mean `no-portal`?');
  });

  it('refuses a bundle with errors, pointing at the line', async () => {
    const run = await phigate('matrix', '--bundle', bundleDir({ 'mini.policy': MINI.replace('message.tier == admin', 'message.tier == admn') }));
    expect(run.code).toBe(1);
    expect(run.err).toContain('mini.policy:22:49 error check/unknown-value');
    expect(run.err).toContain('does not load; fix the errors above first');
  });
});
