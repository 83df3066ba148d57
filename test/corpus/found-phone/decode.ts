// Decode before reading: words hidden in percent-encoded or `+`-joined links, HTML entities and
// tags in email bodies, subject lines, and lab values in every common form. Harmless links and
// HTML must still go out.
import { cases } from './cases.ts';

export const DECODE_SMS = cases('decode', 'sms', [
  ['block', 'results_ready', 'Your results are ready: https://portal.riversidefp.example/view?topic=hepatitis%20C%20antibody'],
  ['block', 'results_ready', 'New result: riversidefp.example/r?name=chlamydia+trachomatis+NAAT&id=88213'],
  ['block', 'appointment_reminder', 'Reminder Tue 6/2 at 9 AM. Directions: https://riversidefp.example/loc/%48%49%56-clinic'],
  ['block', 'portal_message_waiting', 'Read your message: https://portal.riversidefp.example/m?subject=Your%2520pregnancy%2520test'],
  ['block', 'general_health', 'Learn more: https://riversidefp.example/learn?q=living+with+bipolar+disorder&ref=sms'],
  ['block', 'visit_followup', 'TSH (6.8) is a bit high, Dr. Lindqvist will call you.'],
  ['block', 'visit_followup', 'Great work, your A1c dropped from 9 to 7.4!'],
  ['block', 'visit_followup', 'Your LDL: 171 (goal under 100).'],
  ['block', 'visit_followup', 'Cholesterol 240-250 range again, lets talk diet.'],
  ['block', 'visit_followup', 'Glucose=212 this morning, please call.'],
  ['block', 'visit_followup', 'Your hemoglobin went from 10.2 to 11.8, nice improvement.'],
  ['block', 'visit_followup', 'PSA 4.9 ng/mL, slightly up.'],
  ['block', 'visit_followup', 'INR today 3.6 - skip tonight\'s dose.'],
  ['block', 'visit_followup', 'Your vitamin D level came back at 14.'],
  ['block', 'visit_followup', 'eGFR 48, down from 55 in January.'],
  ['allow', 'billing_reminder', 'Pay your balance here: https://pay.riversidefp.example/pay?acct=77120&amount=45.00&src=sms'],
  ['allow', 'appointment_reminder', 'Reminder: Mon 6/8 at 3 PM. Map: https://maps.example/?q=1200+River+Rd+Suite+300'],
  ['allow', 'results_ready', 'Your results are ready: https://portal.riversidefp.example/login?next=%2Fresults'],
  ['allow', 'appointment_reminder', 'Your visit is Tue 6/16 at 10:30 AM. Questions? Call 555-301-4400 (option 2).'],
]);

export const DECODE_EMAIL = cases('decode', 'email', [
  ['block', 'results_ready', '<p>Your results are ready.</p><p>Diagnosis: <b>H&#73;V</b> positive &mdash; please call us.</p>', { subject: 'Results' }],
  ['block', 'appointment_reminder', '<div>Reminder: your visit at the <span>Metha</span><span>done</span> Clinic is on June 3.</div>', { subject: 'Reminder', why: 'Adjacent inline tags glue the word back together when the email is shown.' }],
  ['block', 'appointment_reminder', '<p>Your appointment is on June 3 at 10 AM.</p>', { subject: 'Your oncology appointment on June 3' }],
  ['block', 'results_ready', '<p>Your results are ready in the portal.</p>', { subject: 'Re: your HbA1c 8.9%' }],
  ['block', 'general_health', '<p>Read about your condition: <a href="https://riversidefp.example/learn?topic=multiple%20sclerosis">click here</a></p>', { subject: 'Resources for you' }],
  ['block', 'appointment_reminder', '<p>Your appointment is on June 12 at 2&nbsp;PM with our &quot;Gender Affirming Care&quot; team.</p>', { subject: 'Appointment reminder' }],
  ['block', 'visit_followup', '<table><tr><td>Test</td><td>Value</td></tr><tr><td>Ferritin</td><td>6</td></tr></table>', { subject: 'Your numbers' }],
  ['block', 'visit_followup', 'Su glucosa en ayunas fue de 145 mg/dL.', { subject: 'Resultados', language: 'es' }],
  ['block', 'visit_followup', '<p>Hi Sam, your cholesterol went from 260 down to 198.</p>', { subject: 'Great progress' }],
  ['block', 'portal_message_waiting', '<p>You have a new message.</p><!-- template: std_results_positive -->', { subject: 'New message', why: 'A comment the sender did not mean to show still travels with the email.' }],
  ['allow', 'appointment_reminder', '<html><body><p>Dear Ms. Ferreira,</p><p>This is a reminder of your appointment on <b>Monday, June 8</b> at <b>3:20&nbsp;PM</b>.</p><p>Riverside Family Practice &middot; 1200 River Rd &middot; 555-301-4400</p></body></html>', { subject: 'Appointment reminder' }],
  ['allow', 'billing_reminder', '<p>Your statement is ready. Amount due: <strong>$118.40</strong>.</p><p><a href="https://pay.riversidefp.example/?utm_source=email&amp;utm_campaign=statement">Pay online</a></p>', { subject: 'Statement ready' }],
  ['allow', 'general_health', '<style>p { font-family: Arial; color: #333; }</style><p>Our office will be closed on Monday for Memorial Day.</p>', { subject: 'Holiday hours' }],
  ['allow', 'results_ready', '<p>New results are available in your portal.</p><p><a href="https://portal.riversidefp.example/login?return=%2Fhome">Sign in</a></p>', { subject: 'New results available' }],
  ['allow', 'appointment_reminder', '<!DOCTYPE html><html><body><p>Hello,</p><p>Your appointment is Monday, June 8 at 9:00 AM.</p></body></html>', { subject: 'Appointment reminder' }],
]);
