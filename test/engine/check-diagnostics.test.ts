// Golden tests of the checker's words: what a compliance officer reads for the slips the checker
// catches (a fact that does not exist, a misspelled label, a fact a request may lack, settings).
import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../engine/index.ts';
import { codeFrame } from '../../grammar/index.ts';
import { VENDORS } from '../helpers.ts';

const HEADER = 'policy "p" version "1"\ndefault deny "No rule allows this send"\nlabels heightened = [HIV, SUD, PSY]\n';

/** Every diagnostic of a bundle of one file (the header above, then `text`) as the author reads it. */
function report(text: string, vendors: string = VENDORS): string {
  const source = HEADER + text;
  const r = compileBundle([{ file: 'p.policy', text: source }], { file: 'vendors.json', text: vendors });
  return r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.span.line}:${d.span.col} ${d.message}\nhint: ${d.hint ?? '(none)'}\n${codeFrame(source, d.span)}`).join('\n\n');
}

const rule = (when: string, effect = 'deny') => `rule r {\n  when ${when}\n  ${effect}\n  because "x"\n}\n`;

describe('checker diagnostics', () => {
  it('a fact that does not exist: the facts about the same thing, not a misleading guess', () => {
    expect(report(rule('patient.dob < 2010-01-01'))).toBe(
      `error check/unknown-fact 5:8 \`patient.dob\` is not a fact phigate knows
hint: the facts about \`patient\` are \`patient.id\`, \`patient.portalActive\`, \`patient.avoidChannels\`, \`patient.doNotContact\`, \`patient.age\` and \`patient.timeZone\`
5 |   when patient.dob < 2010-01-01
  |        ^^^^^^^^^^^`,
    );
  });

  it('a misspelled fact still gets its did-you-mean, among the facts about the same thing', () => {
    expect(report(rule('patient.timezone == "America/Chicago"'))).toBe(
      `error check/unknown-fact 5:8 \`patient.timezone\` is not a fact phigate knows
hint: did you mean \`patient.timeZone\`?
5 |   when patient.timezone == "America/Chicago"
  |        ^^^^^^^^^^^^^^^^`,
    );
    expect(report(rule('pateint.age < 18'))).toContain('hint: did you mean `patient.age`?');
  });

  it('a fact named by its last word alone', () => {
    expect(report(rule('age < 18'))).toBe(
      `error check/unknown-value 5:8 \`age\` is not a fact, a list or a value here
hint: did you mean \`patient.age\`?
5 |   when age < 18
  |        ^^^`,
    );
  });

  it('a misspelled finding label, and a misspelled labels list', () => {
    expect(report(rule('message.findings contains HVI'))).toBe(
      `error check/unknown-value 5:34 \`HVI\` is not a known finding label
hint: did you mean \`HIV\`?
5 |   when message.findings contains HVI
  |                                  ^^^`,
    );
    expect(report(rule('message.findings contains heightend'))).toBe(
      `error check/unknown-value 5:34 \`heightend\` is not a known finding label
hint: did you mean the list \`heightened\`? (write \`contains any heightened\` to test for any of its labels)
5 |   when message.findings contains heightend
  |                                  ^^^^^^^^^`,
    );
  });

  it('a label nothing is close to: what labels are, and how to make one', () => {
    expect(report(rule('message.findings contains harbor_clinic'))).toContain(
      'hint: a finding label is one the classifier knows (such as `HIV`, `SSP`, `lab_value`, `ssn`; see docs/language.md); to look for words of your own, declare `terms harbor_clinic = ["..."]`',
    );
  });

  it('a misspelled label in a test expectation', () => {
    expect(report(`${rule('channel == sms')}test "t" {\n  expect deny by r findings [SPP]\n}\n`)).toBe(
      `error check/unknown-value 10:30 \`SPP\` is not a known finding label
hint: did you mean \`SSP\`?
10 |   expect deny by r findings [SPP]
   |                              ^^^`,
    );
  });

  it('a deny rule that reads a fact some requests lack: a warning with the fix', () => {
    expect(report(rule('message.category == marketing and patient.age < 18'))).toBe(
      `warning check/optional-fact 5:42 Rule \`r\` reads \`patient.age\`, which a request may not have: then the rule cannot be evaluated, and a deny rule that cannot be evaluated denies the send (for example marketing by sms)
hint: test that it is present first: \`patient.age is present and patient.age < 18\` (or handle the missing case with \`is missing\`)
5 |   when message.category == marketing and patient.age < 18
  |                                          ^^^^^^^^^^^^^^^^`,
    );
  });

  it('a rule on the patient\'s clock without a time zone: set the practice\'s', () => {
    expect(report(rule('channel == sms and local.hour >= 21', 'downgrade defer until quiet_hours_end'))).toBe(
      `warning check/optional-fact 5:27 Rule \`r\` reads \`local.hour\` (the patient's clock, missing without a time zone), which a request may not have: then the rule cannot be evaluated, and a downgrade rule that cannot be evaluated denies the send (for example appointment_reminder by sms)
hint: set the practice's time zone in the settings (\`time_zone = "America/New_York"\`), or test it first: \`patient.timeZone is present and local.hour >= 21\`
5 |   when channel == sms and local.hour >= 21
  |                           ^^^^^^^^^^^^^^^^

warning check/optional-fact 6:13 Rule \`r\` defers sends to a time on the patient's clock, but the bundle has no \`time_zone\` setting: a request without \`patient.timeZone\` cannot be deferred, and its send is denied
hint: set the practice's time zone in the settings, for example \`time_zone = "America/New_York"\`
6 |   downgrade defer until quiet_hours_end
  |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
    );
  });

  it('a bad time zone, a bad window, a setting given twice', () => {
    expect(report(`settings {\n  time_zone = "America/NewYork"\n  quiet_hours = "9pm-8am"\n}\nsettings {\n  practice = "A"\n  practice = "B"\n}\n${rule('channel == sms')}`)).toBe(
      `error check/invalid-setting 5:15 "America/NewYork" is not a time zone phigate knows
hint: did you mean \`America/New_York\`?
5 |   time_zone = "America/NewYork"
  |               ^^^^^^^^^^^^^^^^^

error check/invalid-setting 6:17 "9pm-8am" is not a window of the day
hint: write the start and end on the patient's clock, 24-hour, such as "21:00-08:00" (from 9 in the evening to 8 in the morning)
6 |   quiet_hours = "9pm-8am"
  |                 ^^^^^^^^^

error check/duplicate-name 10:3 The setting \`practice\` is already given
hint: the first is at p.policy:9; keep one of them
10 |   practice = "B"
   |   ^^^^^^^^`,
    );
  });

  it('a `defer until` that is no time', () => {
    expect(report(rule('channel == sms', 'downgrade defer until quiet_hour_end'))).toContain(
      'error check/invalid-defer 6:25 `quiet_hour_end` is not a time phigate knows\nhint: did you mean `quiet_hours_end`?, or a time of day in quotes such as `defer until "08:30"`',
    );
    expect(report(rule('channel == sms', 'downgrade defer until "8 am"'))).toContain('error check/invalid-defer 6:25 "8 am" is not a time of day');
  });

  it('a portal vendor that is not in vendors.json, or whose BAA does not cover the portal', () => {
    const portal = (vendor: string) => `settings {\n  portal_vendor = "${vendor}"\n}\n${rule('channel == sms')}`;
    expect(report(portal('riverside-ehr'))).toBe(
      `error check/portal-vendor 5:3 The portal vendor "riverside-ehr" is not in vendors.json: every downgrade that routes to the portal would find no safe form and deny
hint: the vendors are "acme-sms", "postbox", "ehr", "blastly"; add the portal's vendor to vendors.json with its BAA
5 |   portal_vendor = "riverside-ehr"
  |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
    );
    expect(report(portal('ehrr'))).toContain('hint: did you mean `ehr`?');
    expect(report(portal('acme-sms'))).toContain('error check/portal-vendor 5:3 The portal vendor "acme-sms" does not carry the portal in vendors.json (its channels: sms)');
    const noBaa = JSON.stringify({ vendors: [{ id: 'ehr', name: 'EHR', channels: ['portal'], baa: null }] });
    expect(report(portal('ehr'), noBaa)).toContain('error check/portal-vendor 5:3 The portal vendor "ehr" has no BAA in vendors.json: no portal message may go through it');
    const expired = JSON.stringify({ vendors: [{ id: 'ehr', name: 'EHR', channels: ['portal'], baa: { signed: '2020-01-01', expires: '2021-01-01' } }] });
    expect(report(portal('ehr'), expired)).toContain('warning check/portal-vendor 5:3 The BAA of the portal vendor "ehr" expired on 2021-01-01');
    expect(report(portal('ehr'))).toBe('');
  });
  it("a practice whose own name says protected care: a warning naming the codes; none for a name that only says a specialty", () => {
    const named = (practice: string) => `settings {\n  practice = "${practice}"\n}\n${rule('channel == sms')}`;
    expect(report(named('Clearwater Recovery Services'))).toBe(
      `warning check/practice-name-care 5:3 The practice's name "Clearwater Recovery Services" reveals care (ETH, SSP, SUD): every text or email that names it is redacted or sent to the portal
hint: sign texts and emails with a name that says no care (the practice's initials, its street or town) and give that name as \`practice\`
5 |   practice = "Clearwater Recovery Services"
  |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
    );
    expect(report(named('Lakeside Endocrinology & Diabetes'))).toBe('');
    expect(report(named('Riverside Family Practice'))).toBe('');
  });
  it('a vetted name that holds a word of care: a warning naming the word, and none when the officer vets the word alone', () => {
    const vetted = 'vetted locations "Our places" = ["Linden Valley Urology", "Harbor Dermatology", "Elm Street office"]\nvetted visits "Low risk" = ["dermatology"]\n' + rule('channel == sms');
    expect(report(vetted)).toBe(
      `warning check/vetted-names-care 4:34 The vetted name "Linden Valley Urology" names care ("Urology"): texts naming it are still doubted for that word
hint: the guide asks to be generic about the type of visit in SMS: name the place in texts by its street or building; only if "Urology" reveals nothing about a patient's care anywhere (as "dermatology"), vet it on its own
4 | vetted locations "Our places" = ["Linden Valley Urology", "Harbor Dermatology", "Elm Street office"]
  |                                  ^^^^^^^^^^^^^^^^^^^^^^^`,
    );
  });
});
