// Shared by the change-analysis tests: a small bundle whose decisions are easy to predict, and the
// fixed time every analysis is decided at (the test vendors' BAAs are current then).
export const AT = '2026-11-24T15:00:00.000Z';

/** Reminders by text, clinical content to the portal, and a BAA for every send. */
export const MINI = `policy "mini" version "1"
default deny "No rule allows this send"
settings { portal_vendor = "ehr" }

tier admin "Tier 1: scheduling and billing" = [appointment_reminder, billing_reminder]
tier clinical "Tier 3: clinical content" = [lab_result]
channels unsecured = [sms, email]

rule no-baa {
  when not vendor.covers
  deny
  because "Every vendor needs a BAA"
}

rule clinical-by-text {
  when channel in unsecured and message.tier == clinical
  downgrade route portal alert "You have a new message in your portal."
  because "Clinical content goes to the portal"
}

rule reminders-by-text {
  when channel in unsecured and message.tier == admin
  allow
  because "Reminders may go by text"
}

rule portal {
  when channel == portal and patient.portalActive
  allow
  because "The portal is secure"
}
`;

/** The same bundle with one rule's block cut out. */
export const withoutRule = (text: string, rule: string): string => {
  const cut = text.replace(new RegExp(`\\nrule ${rule} \\{[\\s\\S]*?\\n\\}\\n`), '\n');
  if (cut === text) throw new Error(`no rule ${rule} in the text`);
  return cut;
};
