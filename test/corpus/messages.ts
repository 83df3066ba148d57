// The found-phone corpus: messages a US medical practice sends, each as a full decision request,
// with the decision a compliance officer makes for it (and, where it matters, the rules that
// should decide it, the labels the classifier must find and the channels actually sent on).
// Every name, date, address, number and identifier here is invented; no real patient data.
// See README.md in this folder for how to add a message.
import type { DecisionRequest } from '../../engine/index.ts';
import type { DecisionSummary, ExpectedDecision } from '../../engine/testing/index.ts';
import {
  ACME_SMS, BLASTLY, CARECHAT, EHR, EMAIL_ACK_NOT_REQUESTED, EMAIL_AVOIDED, EMAIL_PATIENT, EMAIL_REQUESTED,
  EMAIL_REQUESTED_NO_ACK, EMAIL_REVOKED, ENCRYPTED_EMAIL_PATIENT, FUTUREMAIL, MARKETING_AUTHORIZED, NO_VENDOR, OLDTEXT,
  PORTAL_AVOIDED, PORTAL_INACTIVE, PORTAL_PATIENT, POSTBOX, SECURE_CHAT_PATIENT, SECURE_CHAT_SCHEDULING, SMS_AVOIDED,
  SMS_CONSENT_LATER, SMS_LONGTIME, SMS_NO_PORTAL, SMS_NOTIFICATIONS_ONLY, SMS_PATIENT, SMS_RECONSENTED, SMS_REVOKED,
  SMS_SCHEDULING_ONLY, STAFF_PHONE, UNREGISTERED, WHATSAPP_FAN,
} from './parties.ts';

export interface CorpusMessage {
  /** Stable name: what failures and `KNOWN_DISAGREEMENTS` refer to. */
  id: string;
  request: DecisionRequest;
  /** The officer's decision; `by`: exactly the rules that should decide; `findings`: labels that must be found. */
  expect: ExpectedDecision;
  /** Why the officer decides so, where it is not obvious from the message. */
  why?: string;
}

/**
 * A message the default bundle still decides differently from the officer, for a reason outside
 * the policy's reach (classifier precision or recall). `got` is exactly what the bundle decides
 * now; the corpus test fails when that changes, so a fix forces this list to be updated. A
 * message that should be blocked but is allowed can never be listed here.
 */
export interface KnownDisagreement {
  id: string;
  reason: string;
  got: Pick<DecisionSummary, 'decision' | 'rules' | 'labels'>;
}

// ---- Tier 1 by text: reminders, confirmations, cancellations, billing, pickups, tips ----
const TIER1_SMS: CorpusMessage[] = [
  {
    id: 'sms-reminder-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-02T14:05:00Z',
      message: { category: 'appointment_reminder', body: 'Hi Maria, this is Riverside Family Practice. Reminder: you have an appointment with Dr. Patel on Tue 3/3 at 10:15 AM. Reply C to confirm, R to reschedule.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'], actions: ['sms'] },
  },
  {
    id: 'sms-reminder-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-03T13:00:00Z',
      message: { category: 'appointment_reminder', body: 'Riverside Family Practice: Jordan, your visit with Dr. Okafor is tomorrow, Wed Mar 4, at 8:40 AM at 1450 Harbor Blvd, Suite 210. Please arrive 15 min early.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-reminder-03',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-11T15:30:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: annual physical with Dr. Nguyen on Friday 3/13 at 9:00 AM. Bring your insurance card and a photo ID.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-reminder-04',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-03T16:00:00Z',
      message: { category: 'appointment_reminder', body: "Hi Luis! Your son's well-child visit with Dr. Rosen is Mon 4/6 at 3:30 PM. Reply Y to confirm." } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-reminder-05',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-07T12:00:00Z',
      message: { category: 'appointment_reminder', body: "You're scheduled with Dr. Kim at our Elm Street office, 22 Elm St, on 4/9 at 1:15 PM. Parking is free in the rear lot." } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-reminder-dermatology',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-17T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder of your dermatology appointment with Dr. Ruiz on Thu 3/19 at 2:00 PM.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'The practice guide: a dermatology reminder is relatively low risk.',
  },
  {
    id: 'sms-reminder-cardiology',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-04T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your cardiology follow-up with Dr. Brennan is Wed 5/6 at 9:45 AM, North Pavilion, 2nd floor.' } },
    expect: { decision: 'downgrade', by: ['unvetted-on-unsecured'] },
    why: 'Not SSP (a common specialty), but it names a heart condition: the guide asks to be generic about appointment type in SMS, and the default policy does not vet it.',
  },
  {
    id: 'sms-reminder-telehealth',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-20T19:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your telehealth visit with Dr. Patel starts today at 4:30 PM. Join: https://visit.riverside-fp.example/j/7QX2M' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-reminder-room-number',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-01T13:00:00Z',
      message: { category: 'appointment_reminder', body: 'See you tomorrow at 11:20 AM with Dr. Hope. Check in at Building 2, Room C12, then take a seat in waiting area B.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'], findings: [] },
    why: '"Room C12" looks like an ICD-10 code but is a room; "Dr. Hope" is a name.',
  },
  {
    id: 'sms-reminder-eponym-doctor',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-08T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Dr. Parkinson will see you Fri 4/10 at 10:40 AM. Reply C to confirm.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'A doctor named Parkinson says nothing about the patient.',
  },
  {
    id: 'sms-reminder-street-name',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-15T13:00:00Z',
      message: { category: 'appointment_reminder', body: 'We moved! Your 6/17 visit at 9 AM is at our new office, 77 Hospice Way, Suite 5. Free parking on Cancer Ln.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'Street names are not care.',
  },
  {
    id: 'sms-reminder-physical-therapy',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-07-06T13:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: physical therapy with Alex on Wed 7/8 at 7:30 AM. Wear comfortable clothes.' } },
    expect: { decision: 'downgrade', by: ['unvetted-on-unsecured'] },
    why: 'Physical therapy names an injury or a condition under treatment; the guide asks to be generic about appointment type in SMS (first labelled allow, like dermatology; changed in the tenth session after blind writers labelled physical therapy care).',
  },
  {
    id: 'sms-reminder-hearing-aids',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-08-10T13:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your visit with Dr. Lin is Thu 8/13 at 3 PM. Please bring your hearing aids so we can check the fit.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'] },
    why: 'Hearing aids tell a stranger about a hearing loss: the guide says to be generic about the appointment type in SMS, so they are a finding (diagnosis) and the default bundle no longer vets them (two blind probes labelled them must-block).',
  },
  {
    id: 'sms-confirmation-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-20T17:45:00Z',
      message: { category: 'appointment_confirmation', body: 'Thanks, Ana! Your appointment on Mon 3/23 at 11:00 AM with Nurse Practitioner Hill is confirmed.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-confirmation-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-25T21:10:00Z',
      message: { category: 'appointment_confirmation', body: 'Confirmed: Sat 3/28, 9:20 AM, Riverside Family Practice – Westside, 88 Lincoln Ave. Questions? Call (555) 410-2230.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-confirmation-03',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-09-02T15:00:00Z',
      message: { category: 'appointment_confirmation', body: 'Your new-patient visit with Dr. Abara is booked for 9/15 at 1:00 PM. Please complete your forms first: https://forms.riverside-fp.example/np/4K2' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-cancellation-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-30T12:15:00Z',
      message: { category: 'appointment_cancellation', body: 'Riverside Family Practice: Dr. Patel is out sick today; your 2:45 PM appointment is cancelled. Call 555-410-2230 or reply R to rebook.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-cancellation-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-01T14:00:00Z',
      message: { category: 'appointment_cancellation', body: 'Your appointment on 4/2 has been cancelled as requested. We hope to see you soon!' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-cancellation-weather',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2027-01-14T13:00:00Z',
      message: { category: 'appointment_cancellation', body: 'Due to the ice storm, all appointments on Thu 1/14 are cancelled. We will call you to reschedule. Stay safe!' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-billing-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-10T16:00:00Z',
      message: { category: 'billing_reminder', body: 'You have a balance due of $45.00. Pay securely at https://pay.riverside-fp.example/b/93KD or call 555-410-2231.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-billing-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-05T16:00:00Z',
      message: { category: 'billing_reminder', body: 'Riverside Family Practice: your statement dated 3/1 is ready. Amount due: $128.40 by 3/31. Pay online: https://pay.riverside-fp.example' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-billing-03',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-12T18:20:00Z',
      message: { category: 'billing_reminder', body: 'Thank you! We received your payment of $60.00. Your balance is now $0.00.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-billing-04',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-18T14:00:00Z',
      message: { category: 'billing_reminder', body: 'Reminder: your payment plan installment of $75 is due Friday. Reply HELP for help, STOP to opt out.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-billing-05',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-07-01T14:00:00Z',
      message: { category: 'billing_reminder', body: 'Your insurance on file has ended. Upload a photo of your new card before your next visit: https://forms.riverside-fp.example/ins' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-pickup-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-09T20:00:00Z',
      message: { category: 'prescription_ready', body: 'Your prescription is ready for pickup at Main Street Pharmacy, 310 Main St. Open until 9 PM.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-pickup-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-22T15:00:00Z',
      message: { category: 'prescription_ready', body: 'Good news: your refill is ready at Walgreens #04521 on Route 9. Bring a photo ID for pickup.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-pickup-03',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-28T15:00:00Z',
      message: { category: 'prescription_ready', body: 'Your prescription order (Rx #4471902) is ready at the Riverside clinic pharmacy window, Mon-Fri 8-6.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-tip-flu',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-10-01T14:00:00Z',
      message: { category: 'general_health', body: 'Flu shots are here! Walk in Mon–Fri 8 AM–5 PM at any Riverside location, no appointment needed.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-tip-heat',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-07-20T13:00:00Z',
      message: { category: 'general_health', body: 'Heat advisory this week: drink plenty of water, wear sunscreen and check on elderly neighbors.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-tip-awareness-month',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-10-05T14:00:00Z',
      message: { category: 'general_health', body: 'October is Breast Cancer Awareness Month. Ask us about screening at your next visit.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'A campaign sent to every patient; it says nothing about this patient.',
  },
  {
    id: 'sms-tip-clocks',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-10-30T14:00:00Z',
      message: { category: 'general_health', body: 'Clocks go back Sunday: a good time to test your smoke detectors and restock your first aid kit.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-tip-vaccines',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-09-15T14:00:00Z',
      message: { category: 'general_health', body: 'Back to school: COVID and flu vaccines are available for the whole family. Walk-ins welcome Saturdays 9-12.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-followup-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-23T20:00:00Z',
      message: { category: 'visit_followup', body: 'Thanks for visiting Riverside Family Practice today! Your after-visit instructions are in your patient portal: https://portal.riverside-fp.example' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-followup-survey',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-06T22:00:00Z',
      message: { category: 'visit_followup', body: 'How was your visit with Dr. Okafor? Tell us in a 2-minute survey: https://survey.riverside-fp.example/s/51' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'sms-reconsented-reminder',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_RECONSENTED, at: '2026-02-02T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Welcome back! Reminder: Dr. Patel, Wed 2/4 at 10:00 AM, Riverside Family Practice.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'The patient replied STOP in 2025 but opted in again in January; the latest choice counts.',
  },
  {
    id: 'sms-scheduling-only-reminder',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_SCHEDULING_ONLY, at: '2026-03-16T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: appointment with Dr. Ito tomorrow at 2:30 PM. Reply C to confirm.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
];

// ---- Tier 1 by email, with subjects ----
const TIER1_EMAIL: CorpusMessage[] = [
  {
    id: 'email-reminder-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-04-10T13:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Your upcoming appointment at Riverside Family Practice',
        body: 'Dear Mr. Alvarez,\n\nThis is a reminder of your appointment with Dr. Patel on Tuesday, April 14 at 10:30 AM at 1450 Harbor Blvd, Suite 210.\n\nTo reschedule, call (555) 410-2230.\n\nRiverside Family Practice' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'], actions: ['email'] },
  },
  {
    id: 'email-confirmation-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-05-02T13:00:00Z',
      message: { category: 'appointment_confirmation', subject: 'Appointment confirmed: Thu May 7, 8:00 AM',
        body: 'Hi Priya, your appointment with Dr. Nguyen is confirmed for Thursday, May 7 at 8:00 AM. Please arrive 10 minutes early to check in. Add it to your calendar: https://riverside-fp.example/cal/ics/88F1' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'email-cancellation-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-05-19T18:00:00Z',
      message: { category: 'appointment_cancellation', subject: 'Your appointment was cancelled',
        body: 'Hello Tom, your appointment on Wednesday, May 20 at 3:15 PM has been cancelled. Book a new time online at https://riverside-fp.example/book or call us at 555-410-2230.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'email-billing-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-06-01T12:00:00Z',
      message: { category: 'billing_reminder', subject: 'Your statement is ready',
        body: 'Your statement from Riverside Family Practice is ready. Amount due: $212.75 by June 30. Pay online at https://pay.riverside-fp.example or set up a payment plan by calling 555-410-2231.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'email-newsletter-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-04-01T15:00:00Z',
      message: { category: 'general_health', subject: 'Riverside Wellness Newsletter – Spring 2026',
        body: 'In this issue: five ways to sleep better, our new Saturday hours at the Westside office, and a recipe for lemon-herb chicken. Plus: sunscreen tips for the first warm weekend.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'email-newsletter-02',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-12-01T15:00:00Z',
      message: { category: 'general_health', subject: 'Winter safety tips',
        body: 'Icy sidewalks send many people to urgent care each winter. Wear shoes with good tread, keep a hand free for railings, and salt your steps. Stay warm!' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'email-followup-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-06-09T21:00:00Z',
      message: { category: 'visit_followup', subject: 'Thank you for visiting',
        body: 'Thank you for visiting Dr. Okafor today. Your care instructions are in your patient portal at https://portal.riverside-fp.example. Reply to this email if you need help logging in.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'email-pickup-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-07-14T16:00:00Z',
      message: { category: 'prescription_ready', subject: 'Ready for pickup',
        body: 'Your prescription is ready for pickup at Riverside Pharmacy, 12 Lake St. We hold prescriptions for 10 days.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'email-futuremail-in-force',
    request: { channel: 'email', sender: FUTUREMAIL, patient: EMAIL_PATIENT, at: '2027-02-15T14:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Reminder: appointment on Feb 17',
        body: 'Reminder of your appointment with Dr. Patel on Wednesday, February 17 at 9:00 AM.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: "FutureMail's BAA took effect on 2027-01-01.",
  },
  {
    id: 'email-requested-reminder-template',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-08-03T13:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Appointment reminder', templateFields: ['appointment_date', 'appointment_time', 'provider_name', 'visit_reason'],
        body: 'Reminder: your appointment with Dr. Patel on Wed 8/5 at 2:00 PM, reason: thyroid follow-up.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'This patient asked for clinical content by unencrypted email after being told the risk; a visit reason may go there.',
  },
];

// ---- Tier 2: "something is waiting in your portal" ----
const TIER2: CorpusMessage[] = [
  {
    id: 'sms-results-ready-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-12T17:00:00Z',
      message: { category: 'results_ready', body: 'Your lab results are ready — please call us or log in to the patient portal.' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'], actions: ['sms'] },
  },
  {
    id: 'sms-results-ready-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-16T17:00:00Z',
      message: { category: 'results_ready', body: 'Riverside Family Practice: your test results are available. Log in at https://portal.riverside-fp.example or call 555-410-2230.' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'] },
  },
  {
    id: 'sms-portal-message-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-05T15:00:00Z',
      message: { category: 'portal_message_waiting', body: 'We have an important message waiting for you in your patient portal.' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'] },
  },
  {
    id: 'sms-portal-message-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-06T15:00:00Z',
      message: { category: 'portal_message_waiting', body: 'Hi Sam, Dr. Nguyen replied to your question. Read it in the portal: https://portal.riverside-fp.example/m' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'] },
  },
  {
    id: 'sms-document-ready-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-22T15:00:00Z',
      message: { category: 'document_ready', body: 'A new document from Dr. Patel is available in your portal: https://portal.riverside-fp.example' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'] },
  },
  {
    id: 'sms-notifications-only-results',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_NOTIFICATIONS_ONLY, at: '2026-07-09T15:00:00Z',
      message: { category: 'results_ready', body: 'New results are ready in your patient portal.' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'] },
  },
  {
    id: 'email-results-ready-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-03-12T17:05:00Z',
      message: { category: 'results_ready', subject: 'New results in your portal',
        body: 'Hello, new test results are available in your patient portal. Log in at https://portal.riverside-fp.example to view them. If you have questions, message your care team there.' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'], actions: ['email'] },
  },
  {
    id: 'email-portal-message-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-08-18T14:00:00Z',
      message: { category: 'portal_message_waiting', subject: 'You have a new message',
        body: 'Dr. Nguyen sent you a message. Log in to your patient portal to read it.' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'] },
  },
  {
    id: 'email-document-ready-01',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-09-10T14:00:00Z',
      message: { category: 'document_ready', subject: 'Forms ready to sign',
        body: 'Your forms are ready to sign in the patient portal. It takes about 5 minutes.' } },
    expect: { decision: 'allow', by: ['notification-on-unsecured'] },
  },
];

// ---- Tier 3 on an unsecured channel: the content goes to the portal, the text says so ----
const CLINICAL_UNSECURED: CorpusMessage[] = [
  {
    id: 'sms-lab-values-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-12T17:30:00Z',
      message: { category: 'lab_result', body: 'Hi Maria, your A1c was 7.8% and your fasting glucose 142 mg/dL. Dr. Patel would like to see you in 3 months.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['lab_value'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-lab-values-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-02T17:30:00Z',
      message: { category: 'lab_result', body: 'Your cholesterol results: total cholesterol 232, LDL 151 mg/dL, HDL 38. Please start the diet plan we discussed.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['lab_value'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-lab-negative',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-02-09T20:00:00Z',
      message: { category: 'lab_result', body: 'Your strep test came back negative. No antibiotics needed; rest and fluids.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['test_result'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-lab-normal',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-20T17:00:00Z',
      message: { category: 'lab_result', body: 'Good news! Your potassium is back to normal at 4.1. No changes needed.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['lab_value'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-diagnosis-icd',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-03T16:00:00Z',
      message: { category: 'diagnosis', body: "Dr. Okafor confirmed you have type 2 diabetes (E11.9). We'll talk about next steps at your follow-up." } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['diagnosis', 'icd10_code'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-diagnosis-fracture',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-11T16:00:00Z',
      message: { category: 'diagnosis', body: 'Your X-ray shows a small fracture in your left wrist. Keep the splint on until your follow-up.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-care-plan',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-24T16:00:00Z',
      message: { category: 'care_plan', body: 'Your care plan: walk 30 minutes a day, cut back on salt, and take lisinopril 10 mg every morning.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-rx-change-01',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-07-07T16:00:00Z',
      message: { category: 'prescription_change', body: 'Dr. Patel increased your metformin to 1000 mg twice daily starting today.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-rx-change-02',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-07-15T16:00:00Z',
      message: { category: 'prescription_change', body: 'Please stop the ibuprofen and use acetaminophen 500 mg as needed instead.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-referral-gi',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-08-04T16:00:00Z',
      message: { category: 'referral', body: 'Dr. Patel referred you to Dr. Chen, 400 River Rd, (555) 201-3300. Please call to schedule.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured'], actions: ['portal', 'sms'] },
    why: 'Tier 3 by category: referral coordination goes through the portal even when the words look harmless.',
  },
  {
    id: 'sms-visit-summary-vitals',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-08-12T22:00:00Z',
      message: { category: 'visit_summary', body: "Today's visit: BP 142/90, weight 201 lb. Continue your current routine and recheck in 4 weeks." } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-clinical-reply',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-09-01T18:00:00Z',
      message: { category: 'clinical_reply', body: 'Hi Sam, Dr. Nguyen says the rash should clear within a week; keep using the hydrocortisone cream twice a day.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-scheduling-only-lab',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_SCHEDULING_ONLY, at: '2026-03-12T17:30:00Z',
      message: { category: 'lab_result', body: 'Your TSH was 6.1 mIU/L, a little high. Dr. Ito will recheck it in 6 weeks.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['lab_value'], actions: ['portal'] },
    why: 'Consent to scheduling texts does not cover clinical messages, nor the "message waiting" alert: the result goes to the portal alone.',
  },
  {
    id: 'sms-no-portal-lab',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_NO_PORTAL, at: '2026-03-12T17:30:00Z',
      message: { category: 'lab_result', body: 'Your vitamin D level was 18 ng/mL, which is low. Please start 2,000 IU daily.' } },
    expect: { decision: 'deny', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'] },
    why: 'Not by text, and the patient does not use the portal: the office calls instead.',
  },
  {
    id: 'email-diagnosis',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-10-06T16:00:00Z',
      message: { category: 'diagnosis', subject: 'Your visit on October 5',
        body: 'Dear Ms. Gomez, Dr. Okafor reviewed your imaging: the results are consistent with mild osteoarthritis of the right knee. We recommend physical therapy.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['diagnosis'], actions: ['portal', 'email'] },
  },
  {
    id: 'email-ack-not-requested-care-plan',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_ACK_NOT_REQUESTED, at: '2026-10-14T16:00:00Z',
      message: { category: 'care_plan', subject: 'Your care plan',
        body: 'Your updated care plan: check your blood sugar before breakfast and dinner, and take insulin glargine 20 units at bedtime.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'email'] },
    why: 'The patient acknowledged the risk but never asked for unencrypted email: no clinical details by email.',
  },
  {
    id: 'email-requested-no-ack-lab',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED_NO_ACK, at: '2026-10-20T16:00:00Z',
      message: { category: 'lab_result', subject: 'Lab results',
        body: 'Your hemoglobin was 11.2 g/dL, slightly below range. Dr. Patel suggests an iron-rich diet and a recheck in 3 months.' } },
    expect: { decision: 'downgrade', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['lab_value'], actions: ['portal', 'email'] },
    why: 'The request for email is on file but the risk acknowledgment is not: not documented enough for clinical content.',
  },
];

// ---- Administrative categories carrying clinical words (the found-phone test on the text) ----
const CLINICAL_IN_ADMIN: CorpusMessage[] = [
  {
    id: 'sms-reminder-medication',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-02T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: bring your glucose log and insulin pen to your appointment Tue 3/3 at 10:15 AM.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-reminder-colonoscopy',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-10T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Colonoscopy reminder: start your bowel prep at 6 PM the night before your 7:30 AM procedure on 3/12.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-reminder-mammogram',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-02T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your mammogram is Tue 3/3 at 9 AM at Women’s Imaging, 2nd floor. No deodorant that day.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-reminder-echo',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-08T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your echocardiogram is Mon 5/11 at 10 AM. Wear a two-piece outfit.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-reminder-dialysis',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-07T23:00:00Z',
      message: { category: 'appointment_reminder', body: 'Schedule change: your dialysis chair time moves to 6:00 AM Mon/Wed/Fri starting 6/8.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-reminder-sleep-study',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-24T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your sleep study is Thu 3/26 at 8 PM at the Sleep Center. Bring pajamas and your usual bedtime items.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
    why: 'The appointment type reveals what is being tested.',
  },
  {
    id: 'sms-billing-mri',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-14T14:00:00Z',
      message: { category: 'billing_reminder', body: 'Your balance of $240.00 for your MRI on 3/3 is due by 4/30. Pay at https://pay.riverside-fp.example' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
    why: 'Billing tied to a clinical service is PHI.',
  },
  {
    id: 'sms-pickup-named-drug',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-01T14:00:00Z',
      message: { category: 'prescription_ready', body: 'Your amoxicillin is ready for pickup at Main Street Pharmacy.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'sms'] },
    why: 'The pickup reminder may name the pharmacy, not the drug.',
  },
  {
    id: 'sms-pickup-antidepressant',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-13T14:00:00Z',
      message: { category: 'prescription_ready', body: 'Your sertraline 50 mg refill is ready at CVS Pharmacy, 500 Oak Ave.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured', 'heightened-on-unsecured'], findings: ['medication', 'MH'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-followup-surgery',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-19T20:00:00Z',
      message: { category: 'visit_followup', body: "Hope you're feeling better after your knee arthroscopy! Keep the dressing dry for 48 hours." } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-followup-antibiotic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-09-22T20:00:00Z',
      message: { category: 'visit_followup', body: 'Thanks for coming in today. Remember to take your azithromycin for all 5 days, even if you feel better.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-followup-diagnosis-code',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-09-23T20:00:00Z',
      message: { category: 'visit_followup', body: 'For your records, today’s diagnosis code is J02.9. Call us if the fever lasts past Friday.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['icd10_code'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-tip-targeted-condition',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-11-02T15:00:00Z',
      message: { category: 'general_health', body: 'Living with diabetes? Join our free cooking class on Sat 11/21 at 10 AM. Reserve a spot: 555-410-2230.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['diagnosis'], actions: ['portal', 'sms'] },
    why: 'Sent to a condition list, a "tip" reveals the condition: it is tied to the patient, not general.',
  },
  {
    id: 'sms-results-ready-biopsy',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-10-08T17:00:00Z',
      message: { category: 'results_ready', body: 'Your biopsy results are ready. Please log in to the patient portal or call Dr. Shah.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
    why: 'A result-ready alert must not say which test: "biopsy" tells the reader what is suspected.',
  },
  {
    id: 'sms-results-ready-pap',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-10-09T17:00:00Z',
      message: { category: 'results_ready', body: 'Your Pap smear results are in the portal.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'sms'] },
  },
  {
    id: 'email-results-ready-subject-biopsy',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-10-08T17:10:00Z',
      message: { category: 'results_ready', subject: 'Your biopsy results are ready',
        body: 'Please log in to your patient portal to view your results.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'email'] },
    why: 'The subject line is read on the lock screen too.',
  },
  {
    id: 'email-reminder-subject-colonoscopy',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-11-09T13:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Colonoscopy prep instructions for 11/12',
        body: 'Hi Greg, attached are your instructions. Call us at 555-410-2230 with any questions.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['procedure'], actions: ['portal', 'email'] },
  },
];

// ---- Tier 3 where it belongs: portal, secure messaging, encrypted email ----
const SECURE_CHANNELS: CorpusMessage[] = [
  {
    id: 'portal-lab-values',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-03-12T17:30:00Z',
      message: { category: 'lab_result', body: 'Hi Maria, your A1c was 7.8% (goal under 7%) and your fasting glucose 142 mg/dL. Dr. Patel would like to add a second medicine; please book a visit in 3 months.' } },
    expect: { decision: 'allow', by: ['portal'], findings: ['lab_value'], actions: ['portal'] },
  },
  {
    id: 'portal-diagnosis-cancer',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-04-21T17:30:00Z',
      message: { category: 'diagnosis', body: 'Your skin biopsy showed a basal cell carcinoma. It is slow-growing and very treatable. Dr. Ruiz recommends removal; our scheduler will call you.' } },
    expect: { decision: 'allow', by: ['portal'] },
  },
  {
    id: 'portal-care-plan',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-05-07T17:30:00Z',
      message: { category: 'care_plan', body: 'Your asthma action plan: use fluticasone 2 puffs twice daily; albuterol as needed. If you need albuterol more than 4 times a day, call us or go to urgent care.' } },
    expect: { decision: 'allow', by: ['portal'] },
  },
  {
    id: 'portal-rx-change-antidepressant',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-05-21T17:30:00Z',
      message: { category: 'prescription_change', body: 'As we discussed, Dr. Feld is increasing your sertraline from 50 mg to 100 mg daily for your depression. The new prescription was sent to CVS.' } },
    expect: { decision: 'allow', by: ['portal'], findings: ['MH', 'medication'] },
  },
  {
    id: 'portal-referral-behavioral-health',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-06-02T17:30:00Z',
      message: { category: 'referral', body: 'Dr. Patel referred you to Riverside Behavioral Health for counseling. Call 555-410-2290 to book your intake; bring this referral number: R-20418.' } },
    expect: { decision: 'allow', by: ['portal'] },
  },
  {
    id: 'portal-visit-summary',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-06-16T22:00:00Z',
      message: { category: 'visit_summary', body: 'Visit summary, 6/16: blood pressure 138/88, LDL 131 mg/dL. Diagnosis: essential hypertension (I10). Plan: start amlodipine 5 mg daily; recheck in 4 weeks.' } },
    expect: { decision: 'allow', by: ['portal'], findings: ['lab_value', 'medication'] },
  },
  {
    id: 'portal-hiv-lab',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-07-01T17:30:00Z',
      message: { category: 'lab_result', body: 'Your HIV viral load is undetectable and your CD4 count is 612. Keep taking Biktarvy every day. See you in 6 months.' } },
    expect: { decision: 'allow', by: ['portal'], findings: ['HIV'] },
  },
  {
    id: 'portal-clinical-reply-buprenorphine',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-07-29T17:30:00Z',
      message: { category: 'clinical_reply', body: 'Hi Dev, Dr. Grant agrees to keep your buprenorphine at 16 mg daily. Your next refill can be picked up on 8/5.' } },
    expect: { decision: 'allow', by: ['portal'], findings: ['SUD'] },
  },
  {
    id: 'portal-reminder-hiv-clinic',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-08-03T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your HIV clinic appointment with Dr. Alvarez is Wed 8/5 at 10:15 AM.' } },
    expect: { decision: 'allow', by: ['portal'] },
    why: 'In the portal only the patient reads it.',
  },
  {
    id: 'portal-general-health',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-09-01T14:00:00Z',
      message: { category: 'general_health', body: 'September is a great time for your flu shot. Book online or walk in at any Riverside location.' } },
    expect: { decision: 'allow', by: ['portal'] },
  },
  {
    id: 'portal-identifiers',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-09-08T14:00:00Z',
      message: { category: 'document_ready', body: 'Your records request is complete. MRN 00482913, DOB 04/12/1978. The file is attached below.' } },
    expect: { decision: 'allow', by: ['portal'], findings: ['mrn', 'dob'] },
  },
  {
    id: 'portal-sms-avoider',
    request: { channel: 'portal', sender: EHR, patient: SMS_AVOIDED, at: '2026-09-15T14:00:00Z',
      message: { category: 'lab_result', body: 'Your thyroid panel is normal: TSH 2.1 mIU/L.' } },
    expect: { decision: 'allow', by: ['portal'] },
    why: 'The patient asked not to be texted; the portal is fine.',
  },
  {
    id: 'secure-chat-lab',
    request: { channel: 'secure_messaging', sender: CARECHAT, patient: SECURE_CHAT_PATIENT, at: '2026-03-18T17:00:00Z',
      message: { category: 'lab_result', body: 'Hi Lena, your urine culture grew E. coli, sensitive to nitrofurantoin, which you are already taking. Finish the course and let us know if symptoms persist.' } },
    expect: { decision: 'allow', by: ['secure-channel-with-consent'], actions: ['secure_messaging'] },
  },
  {
    id: 'secure-chat-ehr-prep',
    request: { channel: 'secure_messaging', sender: EHR, patient: SECURE_CHAT_PATIENT, at: '2026-04-28T17:00:00Z',
      message: { category: 'care_plan', body: 'Your PrEP plan: take one Descovy tablet daily; labs every 3 months (next due 7/28). Message us with any side effects.' } },
    expect: { decision: 'allow', by: ['secure-channel-with-consent'], findings: ['HIV'] },
  },
  {
    id: 'secure-chat-reminder',
    request: { channel: 'secure_messaging', sender: CARECHAT, patient: SECURE_CHAT_SCHEDULING, at: '2026-05-26T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment at the counseling center is Thu 5/28 at 4 PM.' } },
    expect: { decision: 'allow', by: ['secure-channel-with-consent'] },
  },
  {
    id: 'encrypted-email-lab',
    request: { channel: 'email_encrypted', sender: POSTBOX, patient: ENCRYPTED_EMAIL_PATIENT, at: '2026-06-30T17:00:00Z',
      message: { category: 'lab_result', subject: 'Your lab results (secure)',
        body: 'Dear Mr. Okoro, your PSA was 5.2 ng/mL, above the usual range for your age. Dr. Patel recommends a urology referral; details below.' } },
    expect: { decision: 'allow', by: ['secure-channel-with-consent'], findings: ['lab_value'], actions: ['email_encrypted'] },
  },
  {
    id: 'encrypted-email-methadone-plan',
    request: { channel: 'email_encrypted', sender: POSTBOX, patient: ENCRYPTED_EMAIL_PATIENT, at: '2026-07-21T17:00:00Z',
      message: { category: 'care_plan', subject: 'Your treatment plan',
        body: 'Your methadone dose stays at 80 mg daily. Take-home doses start 8/1 if your next two urine drug screens are negative.' } },
    expect: { decision: 'allow', by: ['secure-channel-with-consent'], findings: ['SUD'] },
  },
];

// ---- Unencrypted email the patient asked for, after being told the risk ----
const EMAIL_BY_REQUEST: CorpusMessage[] = [
  {
    id: 'email-requested-lab',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-04-09T17:00:00Z',
      message: { category: 'lab_result', subject: 'Your cholesterol results',
        body: 'Hi Dana, as you requested, here are your results: LDL was 162 mg/dL and HDL 44 mg/dL. Dr. Patel suggests we talk about a statin at your next visit.' } },
    expect: { decision: 'allow', by: ['clinical-email-requested-by-patient'], findings: ['lab_value'], actions: ['email'] },
  },
  {
    id: 'email-requested-diagnosis',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-04-23T17:00:00Z',
      message: { category: 'diagnosis', subject: 'Follow-up from your visit',
        body: 'Your blood work confirms hypothyroidism. Dr. Nguyen will start you on levothyroxine 50 mcg daily; the prescription is at Main Street Pharmacy.' } },
    expect: { decision: 'allow', by: ['clinical-email-requested-by-patient'] },
  },
  {
    id: 'email-requested-std-result',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-05-14T17:00:00Z',
      message: { category: 'lab_result', subject: 'Your results',
        body: 'Your chlamydia and gonorrhea tests were both negative. No treatment is needed.' } },
    expect: { decision: 'allow', by: ['clinical-email-requested-by-patient'], findings: ['STD'] },
    why: 'The patient asked for results by email knowing the risk; STI results are not among the heightened categories (HIV, substance use, mental health) that never go by email.',
  },
  {
    id: 'email-requested-prenatal',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-05-28T17:00:00Z',
      message: { category: 'care_plan', subject: 'Your prenatal plan',
        body: 'Congratulations again! Your prenatal plan: prenatal vitamins daily, glucose screening at 26 weeks, and visits every 4 weeks until 28 weeks.' } },
    expect: { decision: 'allow', by: ['clinical-email-requested-by-patient'], findings: ['PREGNANT'] },
  },
  {
    id: 'email-requested-hiv',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-06-11T17:00:00Z',
      message: { category: 'lab_result', subject: 'Lab results',
        body: 'Your HIV viral load is undetectable and your kidney function is normal. Keep up the great work.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured'], findings: ['HIV'], actions: ['portal', 'email'] },
    why: 'Heightened protection: HIV information stays off unencrypted email even at the patient\'s request.',
  },
  {
    id: 'email-requested-depression',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-06-25T17:00:00Z',
      message: { category: 'care_plan', subject: 'Next steps',
        body: 'Your PHQ-9 score of 14 suggests moderate depression. Dr. Feld recommends weekly counseling and a follow-up visit in 4 weeks.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured'], findings: ['MH'], actions: ['portal', 'email'] },
  },
  {
    id: 'email-requested-hiv-clinic-reminder',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-07-06T13:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Appointment reminder',
        body: 'Reminder: your HIV clinic appointment is Wed 7/8 at 9:30 AM with Dr. Alvarez.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured'], findings: ['HIV', 'SSP'], actions: ['email'] },
  },
  {
    id: 'email-requested-billing-not-covered',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REQUESTED, at: '2026-07-13T13:00:00Z',
      message: { category: 'billing_reminder', subject: 'Balance due',
        body: 'You have a balance of $30.00. Pay online at https://pay.riverside-fp.example.' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover'] },
    why: 'This patient\'s email consent covers scheduling, notifications and clinical messages, not billing.',
  },
];

// ---- Sensitive care by text: the found-phone test ----
const SENSITIVE_CARE: CorpusMessage[] = [
  {
    id: 'sms-hiv-clinic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your HIV clinic appointment with Dr. Alvarez is Thu 3/5 at 10:15 AM.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured', 'clinical-text-on-unsecured'], findings: ['HIV', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-ryan-white-clinic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-09T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your appointment at the Ryan White clinic is Wed 3/11 at 9:30 AM. Free parking in Lot C.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured'], findings: ['HIV', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-infectious-disease-clinic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-16T14:00:00Z',
      message: { category: 'appointment_confirmation', body: 'Confirmed: Infectious Disease Clinic, Dr. Osei, Mon 3/23 at 1:00 PM, 3rd floor.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-prep-followup',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-13T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Time for your PrEP follow-up and labs! Book at https://riverside-fp.example/book or call 555-410-2230.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured'], findings: ['HIV'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-hiv-results-ready',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-15T17:00:00Z',
      message: { category: 'results_ready', body: 'Your HIV test results are ready. Log in to the patient portal to view them.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured', 'clinical-text-on-unsecured'], findings: ['HIV'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-methadone-clinic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-27T20:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: Methadone Clinic dosing hours change Monday to 6:30–10:30 AM. Bring your take-home lockbox.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured', 'clinical-text-on-unsecured'], findings: ['SUD', 'OPIOIDUD', 'SSP'] },
  },
  {
    id: 'sms-buprenorphine-visit',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-09T16:00:00Z',
      message: { category: 'appointment_reminder', body: 'Hi Dev, your buprenorphine follow-up with Dr. Grant is Tue 3/10 at 4 PM.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured', 'clinical-text-on-unsecured'], findings: ['SUD', 'medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-suboxone-pickup',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-13T16:00:00Z',
      message: { category: 'prescription_ready', body: 'Your Suboxone refill is ready for pickup at Main Street Pharmacy.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured', 'clinical-text-on-unsecured'], findings: ['SUD', 'OPIOIDUD'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-addiction-treatment',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T15:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder of your addiction treatment visit Thu 3/5 at 10:15 AM.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured'], findings: ['SUD', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-detox-intake',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-17T22:00:00Z',
      message: { category: 'appointment_confirmation', body: 'Your detox intake is confirmed for Mon 4/20 at 8 AM. Bring ID and a week of clothes.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured'], findings: ['SUD', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-alcohol-program',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-04T22:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your alcohol use disorder group meets Tue 5/5 at 6 PM in Room 4.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured', 'clinical-text-on-unsecured'], findings: ['SUD'] },
  },
  {
    id: 'sms-behavioral-health',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-18T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your Behavioral Health appointment with Dana Ruiz, LCSW, is Thu 3/19 at 5 PM.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured'], findings: ['BH', 'SSP'] },
  },
  {
    id: 'sms-psychiatry',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-13T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: Dr. Feld, Psychiatry, Mon 3/16 at 11 AM, 2nd floor.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured'], findings: ['PSY', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-counseling-center',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T16:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your appointment at the counseling center is Tue 3/10 at 4 PM.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-mental-health-followup',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-01T20:00:00Z',
      message: { category: 'visit_followup', body: 'Checking in after your visit: how is the new anxiety medication working? Reply or call 555-410-2290.' } },
    expect: { decision: 'downgrade', by: ['heightened-on-unsecured'], findings: ['MH'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-eating-disorder',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-20T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: eating disorder program check-in with Jamie on Wed 4/22 at 3 PM.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured', 'clinical-text-on-unsecured'], findings: ['MH', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-std-testing',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-18T16:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your STD testing appointment is Fri 3/20 at 2 PM at our Main St office.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['STD'] },
  },
  {
    id: 'sms-sexual-health-clinic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-11T14:00:00Z',
      message: { category: 'general_health', body: 'Sexual Health Clinic walk-in hours are now Tue and Thu 1–4 PM. No appointment needed.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-std-treatment-reminder',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-05T16:00:00Z',
      message: { category: 'visit_followup', body: 'Please remember to finish the doxycycline and avoid sex for 7 days. Your partner can get treated too: call 555-410-2230.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-prenatal-visit',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-20T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Hi Keisha, your prenatal visit with Dr. Lee is Mon 3/23 at 9 AM. Please drink 32 oz of water before your ultrasound.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'clinical-text-on-unsecured'], findings: ['PREGNANT'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-ob-visit',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-23T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your 28-week OB visit with Dr. Moreno is Tue 3/24 at 8:30 AM. Plan on an extra hour for your glucose test.' } },
    expect: { decision: 'downgrade', findings: ['PREGNANT'] },
    why: 'A 28-week OB visit reveals a pregnancy.',
  },
  {
    id: 'sms-pregnancy-results',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-06T17:00:00Z',
      message: { category: 'results_ready', body: 'Your pregnancy test results are ready in the patient portal.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['PREGNANT'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-fertility-center',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-10T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your consult with Dr. Baker is on 3/12 at 11 AM at Lakeside Fertility Center, 9 Shore Rd.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['SEX', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-ivf-retrieval',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-13T22:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your egg retrieval is Thu at 7 AM. Nothing to eat or drink after midnight; a driver must take you home.' } },
    expect: { decision: 'downgrade', findings: ['SEX'] },
  },
  {
    id: 'sms-genetic-counseling',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-12T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your genetic counseling session with Rachel Cho, MS, CGC is on 3/14 at 1 PM.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['GDIS', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-brca-kit',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-09T14:00:00Z',
      message: { category: 'visit_followup', body: 'Your BRCA test kit has shipped. Follow the instructions inside to return your saliva sample.' } },
    expect: { decision: 'downgrade', findings: ['GDIS'] },
  },
  {
    id: 'sms-dv-program',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-07T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment with the domestic violence program advocate is Wed 4/8 at 4 PM in Suite 3.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['SDV'] },
    why: 'Whoever reads the phone may be the person the patient needs protection from.',
  },
  {
    id: 'sms-sane-exam-followup',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-15T14:00:00Z',
      message: { category: 'visit_followup', body: 'Following up after your sexual assault exam. Our advocate, Tess, is available 24/7 at 555-410-2299.' } },
    expect: { decision: 'downgrade', findings: ['SDV'] },
  },
  {
    id: 'sms-cancer-center',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-25T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment at the Cancer Center with Dr. Shah is Fri 3/27 at 8 AM.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'clinical-text-on-unsecured'], findings: ['SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-chemo-infusion',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-30T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Chemo infusion reminder: Tue 3/31 at 9 AM, Infusion Suite 2. Bring a snack and a sweater.' } },
    expect: { decision: 'downgrade', findings: ['procedure'] },
  },
  {
    id: 'sms-oncology-referral-document',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-27T14:00:00Z',
      message: { category: 'document_ready', body: 'Your referral to oncology is ready in the patient portal.' } },
    // (a referral to someone is the guide's referral coordination: a procedure too; forty-third session)
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'clinical-text-on-unsecured'], findings: ['SSP', 'procedure'], actions: ['sms'] },
  },
  {
    id: 'sms-hospice-visit',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-08-19T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'The hospice nurse will visit your home Thursday between 1 and 3 PM.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured'], findings: ['SSP'], actions: ['sms'] },
  },
  {
    id: 'sms-telehealth-url-reveals',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-09-09T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your video visit starts at 2 PM. Join: https://telehealth.riverside-fp.example/behavioral-health/room/77' } },
    expect: { decision: 'downgrade', findings: ['BH'] },
    why: 'A link whose path names the service reveals it as well as the text does.',
  },
  {
    id: 'sms-billing-behavioral-health',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-09-30T14:00:00Z',
      message: { category: 'billing_reminder', body: 'Your balance for your visit to Riverside Behavioral Health is $35.00. Pay at https://pay.riverside-fp.example' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured'], findings: ['BH', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'email-subject-behavioral-health',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-03-04T14:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Your Behavioral Health appointment',
        body: 'Reminder of your appointment Thu 3/5 at 10:15 AM with Dana Ruiz. Call 555-410-2290 to reschedule.' } },
    expect: { decision: 'downgrade', by: ['sensitive-care-on-unsecured', 'heightened-on-unsecured'], findings: ['BH', 'SSP'], actions: ['email'] },
  },
  {
    id: 'email-subject-hiv-lab',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-07-01T17:40:00Z',
      message: { category: 'results_ready', subject: 'Lab results: HIV viral load',
        body: 'New results are available in your patient portal.' } },
    expect: { decision: 'downgrade', findings: ['HIV'], actions: ['portal', 'email'] },
  },
  {
    id: 'email-subject-suboxone',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-08-25T14:00:00Z',
      message: { category: 'billing_reminder', subject: 'RE: Suboxone prior authorization',
        body: 'Your insurer approved the request. Your copay will be $10 per fill.' } },
    expect: { decision: 'downgrade', findings: ['SUD'], actions: ['portal', 'email'] },
  },
  {
    id: 'email-fertility-newsletter',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-09-14T14:00:00Z',
      message: { category: 'general_health', subject: 'Your IVF journey: what to expect this month',
        body: 'Tips for the two-week wait, and a reminder that our support group meets every other Tuesday.' } },
    expect: { decision: 'downgrade', findings: ['SEX'] },
    why: '"Your IVF journey" is addressed to this patient: it reveals fertility treatment.',
  },
];

// ---- Evasions: spelling a sensitive word so that a naive filter misses it ----
// Invisible and look-alike characters are written as escapes so a reviewer sees them.
const EVASIONS: CorpusMessage[] = [
  {
    id: 'evasion-dotted',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T14:10:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your H.I.V. clinic appointment is Thu 3/5 at 10:15 AM.' } },
    expect: { decision: 'downgrade', findings: ['HIV', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-spaced',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T14:20:00Z',
      message: { category: 'appointment_reminder', body: 'reminder: your h i v clinic visit is thu 3/5 10am' } },
    expect: { decision: 'downgrade', findings: ['HIV', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-cyrillic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T14:30:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your \u041D\u0406V clinic appointment is Thu 3/5 at 10:15 AM.' } },
    expect: { decision: 'downgrade', findings: ['HIV', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-zero-width',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T14:40:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your H\u200BI\u200BV clinic appointment is Thu 3/5 at 10:15 AM.' } },
    expect: { decision: 'downgrade', findings: ['HIV', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-fullwidth',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T14:50:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your \uFF28\uFF29\uFF36 clinic appointment is Thu 3/5 at 10:15 AM.' } },
    expect: { decision: 'downgrade', findings: ['HIV', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-hyphenated-clinic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-27T20:10:00Z',
      message: { category: 'appointment_reminder', body: 'Your Methadone-Clinic dosing visit is tomorrow at 7:30 AM.' } },
    expect: { decision: 'downgrade', findings: ['SUD', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-zero-width-methadone',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-27T20:20:00Z',
      message: { category: 'appointment_reminder', body: 'Your meth\u200Badone clinic visit is tomorrow at 7:30 AM.' } },
    expect: { decision: 'downgrade', findings: ['SUD', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-soft-hyphen',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-13T16:10:00Z',
      message: { category: 'prescription_ready', body: 'Your Sub\u00ADoxone refill is ready for pickup at Main Street Pharmacy.' } },
    expect: { decision: 'downgrade', findings: ['SUD'], actions: ['portal', 'sms'] },
  },
  {
    id: 'evasion-letter-by-letter',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-13T16:20:00Z',
      message: { category: 'prescription_ready', body: 'Your S-U-B-O-X-O-N-E is ready at the pharmacy window.' } },
    expect: { decision: 'downgrade', findings: ['SUD'], actions: ['portal', 'sms'] },
  },
  {
    id: 'evasion-cyrillic-methadone',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-27T20:30:00Z',
      message: { category: 'appointment_reminder', body: 'Your \u041C\u0435thadone clinic visit is tomorrow at 7:30 AM.' } },
    expect: { decision: 'downgrade', findings: ['SUD', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-greek-cyrillic-psychiatry',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-13T14:10:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: Dr. Feld, Ps\u0443ch\u03B9atry, Mon 3/16 at 11 AM, 2nd floor.' } },
    expect: { decision: 'downgrade', findings: ['PSY', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-uppercase-hyphen',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-18T14:10:00Z',
      message: { category: 'appointment_reminder', body: 'REMINDER: BEHAVIORAL-HEALTH APPT THU 3/19 5PM' } },
    expect: { decision: 'downgrade', findings: ['BH', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-fullwidth-std',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-18T16:10:00Z',
      message: { category: 'appointment_reminder', body: 'Your \uFF33\uFF34\uFF24 testing visit is Fri 3/20 at 2 PM.' } },
    expect: { decision: 'downgrade', findings: ['STD'] },
  },
  {
    id: 'evasion-accents',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-04T15:10:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder of your àddiction trëatment visit Thu 3/5 at 10:15 AM.' } },
    expect: { decision: 'downgrade', findings: ['SUD', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'evasion-subject-zero-width',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-03-04T15:20:00Z',
      message: { category: 'appointment_reminder', subject: 'Your H\u200DI\u200DV clinic visit', body: 'Reminder of your appointment Thu 3/5 at 10:15 AM.' } },
    expect: { decision: 'downgrade', findings: ['HIV', 'SSP'], actions: ['email'] },
  },
];

// ---- Identifiers that do not belong in a text (Safe Harbor list as a guide) ----
const IDENTIFIERS: CorpusMessage[] = [
  {
    id: 'sms-mrn',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-02T14:30:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder of your appointment Tue 3/3 at 10:15 AM. Your MRN is 00482913; have it ready at check-in.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['mrn'], actions: ['sms'] },
  },
  {
    id: 'sms-chart-number',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-02T14:30:00Z',
      message: { category: 'appointment_confirmation', body: 'Confirmed for Fri 4/3 at 9 AM (chart # 5567123). Reply C to confirm.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['mrn'], actions: ['sms'] },
  },
  {
    id: 'sms-ssn',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-04T14:30:00Z',
      message: { category: 'billing_reminder', body: 'We could not process your claim: the SSN on file (412-55-0917) does not match your insurance. Please call billing at 555-410-2231.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['ssn'], actions: ['sms'] },
  },
  {
    id: 'sms-dob',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-18T14:30:00Z',
      message: { category: 'appointment_confirmation', body: 'Your visit is confirmed for 5/20 at 2 PM. Please verify your date of birth 04/12/1978 when you arrive.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['dob'], actions: ['sms'] },
  },
  {
    id: 'sms-member-id',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-08T14:30:00Z',
      message: { category: 'billing_reminder', body: 'Your claim for member ID XKD448812931 was processed. You owe $35.00: https://pay.riverside-fp.example' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['member_id'], actions: ['sms'] },
  },
  {
    id: 'sms-medicare-mbi',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-15T14:30:00Z',
      message: { category: 'billing_reminder', body: 'Medicare number on file: 1EG4-TE5-MK73. If this changed, bring your new card to your next visit.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['member_id'], actions: ['sms'] },
  },
  {
    id: 'sms-npi',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-07-13T14:30:00Z',
      message: { category: 'appointment_reminder', body: 'Your visit with Dr. Patel (NPI 1234567893) is Wed 7/15 at 3 PM.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['npi'], actions: ['sms'] },
    why: 'Minimum necessary: a reminder does not need the prescriber numbers that prescription fraud feeds on.',
  },
  {
    id: 'sms-dea',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-07-20T14:30:00Z',
      message: { category: 'prescription_ready', body: 'Your prescription is ready at Main Street Pharmacy. Prescriber DEA AB1234563 on file.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['dea'], actions: ['sms'] },
  },
  {
    id: 'email-ssn',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-08-03T14:30:00Z',
      message: { category: 'billing_reminder', subject: 'Insurance update needed',
        body: 'Dear Ms. Chen, please confirm that your social security number is 518-22-4410 so we can resubmit your claim.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured'], findings: ['ssn'], actions: ['email'] },
  },
  {
    id: 'sms-identifier-and-lab',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-08-10T17:00:00Z',
      message: { category: 'lab_result', body: 'MRN 00482913: your INR is 3.8 today. Skip tonight’s warfarin dose and recheck Friday.' } },
    expect: { decision: 'downgrade', by: ['identifiers-on-unsecured', 'clinical-category-on-unsecured', 'clinical-text-on-unsecured'], findings: ['mrn', 'lab_value', 'medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-phone-not-npi',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-08-17T14:30:00Z',
      message: { category: 'billing_reminder', body: 'Your claim 1245319599 was processed. Questions? Call 2125550006.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'], findings: [] },
    why: 'A claim number and a phone number, not identifiers of the patient.',
  },
  {
    id: 'sms-confirmation-code-not-dea',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-08-24T14:30:00Z',
      message: { category: 'appointment_confirmation', body: 'Booked! Your confirmation code is AB1234563. Show it at the front desk.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
];

// ---- Templates that pull record fields into the message ----
const TEMPLATES: CorpusMessage[] = [
  {
    id: 'sms-template-visit-reason',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-02T14:40:00Z',
      message: { category: 'appointment_reminder', templateFields: ['appointment_date', 'appointment_time', 'provider_name', 'visit_reason'],
        body: 'Reminder: Tue 3/3 10:15 AM with Dr. Patel. Reason for visit: knee pain follow-up.' } },
    expect: { decision: 'downgrade', by: ['template-pulled-clinical-fields'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-template-appointment-type',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-13T14:40:00Z',
      message: { category: 'appointment_confirmation', templateFields: ['appointment_type', 'appointment_date', 'appointment_time'],
        body: 'Your Annual Wellness Visit is confirmed for Wed 4/15 at 8:00 AM.' } },
    expect: { decision: 'downgrade', by: ['template-pulled-clinical-fields'], actions: ['portal', 'sms'] },
    why: 'The field is clinical even when today\'s value is harmless: the template must be fixed, not trusted.',
  },
  {
    id: 'sms-template-department',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-11T14:40:00Z',
      message: { category: 'appointment_reminder', templateFields: ['department', 'appointment_date', 'appointment_time'],
        body: 'Your appointment in Gastroenterology is Wed 5/13 at 1:30 PM.' } },
    expect: { decision: 'downgrade', by: ['template-pulled-clinical-fields'], actions: ['portal', 'sms'] },
  },
  {
    id: 'sms-template-department-sensitive',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-18T14:40:00Z',
      message: { category: 'appointment_reminder', templateFields: ['department', 'provider_name', 'appointment_date'],
        body: 'Reminder: Psychiatry with Dr. Feld on 5/20. Reply C to confirm.' } },
    expect: { decision: 'downgrade', by: ['template-pulled-clinical-fields', 'sensitive-care-on-unsecured', 'heightened-on-unsecured'], findings: ['PSY', 'SSP'], actions: ['portal', 'sms'] },
    why: 'Removing the word is not enough while the template still pulls the department: the content goes to the portal.',
  },
  {
    id: 'sms-template-admin-fields',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-01T14:40:00Z',
      message: { category: 'appointment_reminder', templateFields: ['patient_first_name', 'appointment_date', 'appointment_time', 'provider_name', 'location'],
        body: 'Hi Rosa, reminder: Wed 6/3 at 9:15 AM with Dr. Kim, Riverside Family Practice – Eastside, 14 Mill Rd.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
  },
  {
    id: 'email-template-visit-reason',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-06-08T14:40:00Z',
      message: { category: 'appointment_reminder', subject: 'Appointment reminder', templateFields: ['appointment_date', 'visit_reason'],
        body: 'Your appointment on June 10 is booked. Visit reason: medication review.' } },
    expect: { decision: 'downgrade', by: ['template-pulled-clinical-fields'], actions: ['portal', 'email'] },
  },
  {
    id: 'portal-template-visit-reason',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-06-08T14:45:00Z',
      message: { category: 'appointment_reminder', templateFields: ['appointment_date', 'visit_reason'],
        body: 'Your appointment on June 10 is booked. Visit reason: medication review.' } },
    expect: { decision: 'allow', by: ['portal'] },
  },
  {
    id: 'sms-template-lab-field',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_SCHEDULING_ONLY, at: '2026-06-22T14:40:00Z',
      message: { category: 'appointment_reminder', templateFields: ['appointment_date', 'lab_result'],
        body: 'Reminder: lab recheck on 6/24. Last result: see portal.' } },
    expect: { decision: 'downgrade', by: ['template-pulled-clinical-fields'], actions: ['portal'] },
    why: 'A scheduling-only consent does not cover the "message waiting" alert, so only the portal copy goes out.',
  },
];

// ---- Marketing: only with the patient's written authorization ----
const MARKETING: CorpusMessage[] = [
  {
    id: 'sms-marketing-unauthorized',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-01T16:00:00Z',
      message: { category: 'marketing', body: 'Spring special at Riverside MedSpa: 20% off teeth whitening through April 30! Book: https://riverside-fp.example/spa' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover', 'marketing-without-authorization'] },
  },
  {
    id: 'email-marketing-unauthorized',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-05-01T16:00:00Z',
      message: { category: 'marketing', subject: 'New: Botox and fillers at Riverside MedSpa',
        body: 'Introducing our new aesthetics suite. Mention this email for 15% off your first treatment in May.' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover', 'marketing-without-authorization'] },
  },
  {
    id: 'sms-marketing-authorized',
    request: { channel: 'sms', sender: ACME_SMS, patient: MARKETING_AUTHORIZED, at: '2026-04-01T16:05:00Z',
      message: { category: 'marketing', body: 'Spring special at Riverside MedSpa: 20% off teeth whitening through April 30! Reply STOP to opt out.' } },
    expect: { decision: 'allow', by: ['authorized-marketing'], actions: ['sms'] },
  },
  {
    id: 'email-marketing-authorized',
    request: { channel: 'email', sender: POSTBOX, patient: MARKETING_AUTHORIZED, at: '2026-05-01T16:05:00Z',
      message: { category: 'marketing', subject: 'Our new Saturday yoga classes',
        body: 'Join our community yoga class every Saturday at 9 AM in the Westside community room. First class free. Unsubscribe anytime.' } },
    expect: { decision: 'allow', by: ['authorized-marketing'] },
  },
  {
    id: 'portal-marketing-unauthorized',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-05-04T16:00:00Z',
      message: { category: 'marketing', body: 'Try our new weight-management membership: $49/month, first month free.' } },
    expect: { decision: 'deny', by: ['marketing-without-authorization'] },
  },
  {
    id: 'sms-marketing-authorized-no-baa',
    request: { channel: 'sms', sender: BLASTLY, patient: MARKETING_AUTHORIZED, at: '2026-06-01T16:00:00Z',
      message: { category: 'marketing', body: 'Summer sports physicals: $25 through July. Book today!' } },
    expect: { decision: 'deny', by: ['no-baa'] },
    why: 'The bulk texting tool handles the patient list, so it needs a BAA too.',
  },
  {
    id: 'sms-marketing-authorized-drug',
    request: { channel: 'sms', sender: ACME_SMS, patient: MARKETING_AUTHORIZED, at: '2026-06-08T16:00:00Z',
      message: { category: 'marketing', body: 'Ask about our medical weight-loss program with semaglutide. Consults $99 in June.' } },
    expect: { decision: 'deny', by: ['clinical-text-on-unsecured'], findings: ['medication'] },
    why: 'Naming a prescription drug to this patient suggests their condition, and marketing has no portal form to fall back on.',
  },
  {
    id: 'sms-marketing-staff-phone',
    request: { channel: 'sms', sender: STAFF_PHONE, patient: MARKETING_AUTHORIZED, at: '2026-06-09T16:00:00Z',
      message: { category: 'marketing', body: 'Hi! It\'s Kelly from the front desk, our MedSpa has openings this Friday if you want that facial :)' } },
    expect: { decision: 'deny', by: ['staff-personal-device'] },
  },
];

// ---- Vendors: no current BAA covering the channel, no send ----
const VENDORS: CorpusMessage[] = [
  {
    id: 'sms-vendor-no-baa',
    request: { channel: 'sms', sender: BLASTLY, patient: SMS_PATIENT, at: '2026-03-02T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: you have an appointment with Dr. Patel on Tue 3/3 at 10:15 AM.' } },
    expect: { decision: 'deny', by: ['no-baa'], actions: [] },
  },
  {
    id: 'email-vendor-no-baa',
    request: { channel: 'email', sender: BLASTLY, patient: EMAIL_PATIENT, at: '2026-04-01T15:00:00Z',
      message: { category: 'general_health', subject: 'Spring newsletter', body: 'Five ways to enjoy the spring sunshine safely.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
  },
  {
    id: 'sms-vendor-no-baa-clinical',
    request: { channel: 'sms', sender: BLASTLY, patient: SMS_PATIENT, at: '2026-03-12T17:30:00Z',
      message: { category: 'lab_result', body: 'Your A1c was 7.8%. Please call Dr. Patel.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
    why: 'No BAA means no send whatever the content; the portal copy would not make the text vendor compliant.',
  },
  {
    id: 'sms-vendor-baa-expired',
    request: { channel: 'sms', sender: OLDTEXT, patient: SMS_PATIENT, at: '2026-05-04T14:00:00Z',
      message: { category: 'billing_reminder', body: 'You have a balance due of $20.00. Pay at https://pay.riverside-fp.example' } },
    expect: { decision: 'deny', by: ['no-baa'] },
  },
  {
    id: 'sms-vendor-baa-in-force-then',
    request: { channel: 'sms', sender: OLDTEXT, patient: SMS_LONGTIME, at: '2024-06-10T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: Dr. Patel, Wed 6/12 at 10:00 AM. Reply C to confirm.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'In June 2024 OldText\'s BAA was still in force.',
  },
  {
    id: 'email-vendor-baa-not-yet',
    request: { channel: 'email', sender: FUTUREMAIL, patient: EMAIL_PATIENT, at: '2026-11-24T15:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Appointment reminder', body: 'Reminder of your appointment with Dr. Patel on Wednesday, November 25 at 9:00 AM.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
    why: 'The BAA is signed for 2027-01-01 onwards; it does not cover a send today.',
  },
  {
    id: 'sms-vendor-unregistered',
    request: { channel: 'sms', sender: UNREGISTERED, patient: SMS_PATIENT, at: '2026-05-11T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment is tomorrow at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
  },
  {
    id: 'sms-vendor-missing',
    request: { channel: 'sms', sender: NO_VENDOR, patient: SMS_PATIENT, at: '2026-05-11T14:05:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment is tomorrow at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
  },
  {
    id: 'sms-vendor-wrong-channel',
    request: { channel: 'sms', sender: POSTBOX, patient: SMS_PATIENT, at: '2026-05-11T14:10:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment is tomorrow at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
    why: 'The email vendor\'s BAA covers email, not texts.',
  },
  {
    id: 'email-vendor-wrong-channel',
    request: { channel: 'email', sender: ACME_SMS, patient: EMAIL_PATIENT, at: '2026-05-11T14:15:00Z',
      message: { category: 'appointment_reminder', subject: 'Reminder', body: 'Reminder: your appointment is tomorrow at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
  },
  {
    id: 'secure-vendor-baa-expired',
    request: { channel: 'secure_messaging', sender: CARECHAT, patient: SECURE_CHAT_PATIENT, at: '2027-10-05T17:00:00Z',
      message: { category: 'clinical_reply', body: 'Dr. Nguyen reviewed your photo: the wound looks clean. Keep it covered for 2 more days.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
    why: 'CareChat\'s BAA ended on 2027-09-01.',
  },
  {
    id: 'email-vendor-baa-expired',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2027-07-01T14:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Reminder', body: 'Reminder of your appointment on July 2 at 1 PM.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
    why: 'Postbox\'s BAA ended on 2027-06-01 and was not renewed in the register.',
  },
  {
    id: 'portal-vendor-not-portal',
    request: { channel: 'portal', sender: CARECHAT, patient: PORTAL_PATIENT, at: '2026-06-01T17:00:00Z',
      message: { category: 'lab_result', body: 'Your A1c was 6.4%.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
  },
  {
    id: 'portal-vendor-sms',
    request: { channel: 'portal', sender: ACME_SMS, patient: PORTAL_PATIENT, at: '2026-06-01T17:05:00Z',
      message: { category: 'document_ready', body: 'Your school physical form is ready.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
  },
  {
    id: 'encrypted-email-vendor-email-only',
    request: { channel: 'email_encrypted', sender: FUTUREMAIL, patient: ENCRYPTED_EMAIL_PATIENT, at: '2027-03-01T17:00:00Z',
      message: { category: 'lab_result', subject: 'Results', body: 'Your ferritin was 12 ng/mL, low. Start iron every other day.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
    why: "FutureMail's BAA lists plain email only.",
  },
  {
    id: 'secure-vendor-no-baa',
    request: { channel: 'secure_messaging', sender: BLASTLY, patient: SECURE_CHAT_PATIENT, at: '2026-06-01T17:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: appointment with Dr. Patel on 6/3 at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-baa'] },
  },
];

// ---- Consent: per channel, per kind of message, withdrawn at any time ----
const CONSENT: CorpusMessage[] = [
  {
    id: 'sms-scheduling-only-billing',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_SCHEDULING_ONLY, at: '2026-04-10T16:00:00Z',
      message: { category: 'billing_reminder', body: 'You have a balance due of $45.00. Pay at https://pay.riverside-fp.example' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover'] },
  },
  {
    id: 'sms-scheduling-only-results-ready',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_SCHEDULING_ONLY, at: '2026-04-16T17:00:00Z',
      message: { category: 'results_ready', body: 'Your lab results are ready. Please log in to the patient portal.' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover'] },
  },
  {
    id: 'sms-scheduling-only-tip',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_SCHEDULING_ONLY, at: '2026-10-01T14:00:00Z',
      message: { category: 'general_health', body: 'Flu shots are here! Walk in at any Riverside location.' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover'] },
  },
  {
    id: 'sms-scheduling-only-pickup',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_SCHEDULING_ONLY, at: '2026-05-01T14:00:00Z',
      message: { category: 'prescription_ready', body: 'Your prescription is ready for pickup at Main Street Pharmacy.' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover'] },
  },
  {
    id: 'sms-notifications-only-reminder',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_NOTIFICATIONS_ONLY, at: '2026-07-09T15:05:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: Dr. Patel on Fri 7/10 at 3 PM.' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover'] },
  },
  {
    id: 'sms-revoked-reminder',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_REVOKED, at: '2026-03-02T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: you have an appointment with Dr. Patel on Tue 3/3 at 10:15 AM.' } },
    expect: { decision: 'deny', by: ['consent-revoked'], actions: [] },
  },
  {
    id: 'sms-revoked-clinical',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_REVOKED, at: '2026-03-12T17:30:00Z',
      message: { category: 'lab_result', body: 'Your A1c was 7.8%. Please call Dr. Patel.' } },
    expect: { decision: 'deny', by: ['consent-revoked'] },
  },
  {
    id: 'sms-revoked-portal-alert',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_REVOKED, at: '2026-05-05T15:00:00Z',
      message: { category: 'portal_message_waiting', body: 'You have a new message in your patient portal.' } },
    expect: { decision: 'deny', by: ['consent-revoked'] },
  },
  {
    id: 'sms-consent-recorded-later',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_CONSENT_LATER, at: '2026-05-11T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment is Wed 5/13 at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-consent'] },
    why: 'The consent form is dated September 2027: on the day of this send there was none.',
  },
  {
    id: 'sms-no-consent',
    request: { channel: 'sms', sender: ACME_SMS, patient: PORTAL_PATIENT, at: '2026-05-11T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment is Wed 5/13 at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-consent'] },
  },
  {
    id: 'sms-no-consent-clinical',
    request: { channel: 'sms', sender: ACME_SMS, patient: PORTAL_PATIENT, at: '2026-05-11T17:00:00Z',
      message: { category: 'lab_result', body: 'Your LDL was 98 mg/dL. Great job!' } },
    expect: { decision: 'deny', by: ['no-consent'] },
  },
  {
    id: 'sms-email-only-patient',
    request: { channel: 'sms', sender: ACME_SMS, patient: EMAIL_PATIENT, at: '2026-05-11T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment is Wed 5/13 at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-consent'] },
    why: 'Consent is per channel: consent to email is not consent to texts.',
  },
  {
    id: 'email-revoked',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REVOKED, at: '2026-04-10T13:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Reminder', body: 'Reminder of your appointment with Dr. Patel on Tuesday, April 14 at 10:30 AM.' } },
    expect: { decision: 'deny', by: ['consent-revoked'] },
  },
  {
    id: 'email-revoked-before-newsletter',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_REVOKED, at: '2026-02-20T13:00:00Z',
      message: { category: 'general_health', subject: 'Heart month', body: 'February is heart month: take the stairs and eat your greens.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'The unsubscribe came on 2026-03-01; this newsletter went out before it.',
  },
  {
    id: 'encrypted-email-no-consent',
    request: { channel: 'email_encrypted', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-06-30T17:00:00Z',
      message: { category: 'lab_result', subject: 'Your results', body: 'Your PSA was 1.1 ng/mL, normal.' } },
    expect: { decision: 'deny', by: ['no-consent'] },
  },
  {
    id: 'secure-chat-scheduling-only-lab',
    request: { channel: 'secure_messaging', sender: CARECHAT, patient: SECURE_CHAT_SCHEDULING, at: '2026-05-26T17:00:00Z',
      message: { category: 'lab_result', body: 'Your urine culture was negative.' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover'] },
  },
  {
    id: 'secure-chat-no-consent',
    request: { channel: 'secure_messaging', sender: CARECHAT, patient: PORTAL_PATIENT, at: '2026-05-26T17:05:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: Dr. Patel tomorrow at 9 AM.' } },
    expect: { decision: 'deny', by: ['no-consent'] },
  },
  {
    id: 'secure-chat-billing-not-covered',
    request: { channel: 'secure_messaging', sender: CARECHAT, patient: SECURE_CHAT_PATIENT, at: '2026-05-26T17:10:00Z',
      message: { category: 'billing_reminder', body: 'Your balance of $15 is due. Pay at https://pay.riverside-fp.example' } },
    expect: { decision: 'deny', by: ['consent-does-not-cover'] },
  },
];

// ---- Channels: personal phones, consumer apps, avoided channels, the portal ----
const CHANNELS: CorpusMessage[] = [
  {
    id: 'sms-staff-phone-reminder',
    request: { channel: 'sms', sender: STAFF_PHONE, patient: SMS_PATIENT, at: '2026-03-02T23:00:00Z',
      message: { category: 'appointment_reminder', body: 'Hey Maria it\'s Jen from Dr. Patel\'s office, just reminding you about tomorrow at 10:15!' } },
    expect: { decision: 'deny', by: ['staff-personal-device'], actions: [] },
  },
  {
    id: 'sms-staff-phone-results',
    request: { channel: 'sms', sender: STAFF_PHONE, patient: SMS_PATIENT, at: '2026-03-12T23:30:00Z',
      message: { category: 'lab_result', body: 'Hi, it\'s Nurse Tom. Your thyroid came back fine, TSH 2.3. Have a good night!' } },
    expect: { decision: 'deny', by: ['staff-personal-device'] },
  },
  {
    id: 'email-staff-phone',
    request: { channel: 'email', sender: STAFF_PHONE, patient: EMAIL_PATIENT, at: '2026-04-01T23:30:00Z',
      message: { category: 'visit_followup', subject: 'from my phone', body: 'Forgot to give you the handout today, here is the link: https://riverside-fp.example/handouts/sleep' } },
    expect: { decision: 'deny', by: ['staff-personal-device'] },
  },
  {
    id: 'whatsapp-reminder',
    request: { channel: 'whatsapp', sender: ACME_SMS, patient: WHATSAPP_FAN, at: '2026-04-06T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Hi Rafael! Reminder: Dr. Patel tomorrow at 11:30 AM 👍' } },
    expect: { decision: 'deny', by: ['consumer-app', 'no-baa'], actions: [] },
    why: 'Consumer apps sign no BAA with providers, whatever the patient prefers.',
  },
  {
    id: 'whatsapp-results',
    request: { channel: 'whatsapp', sender: NO_VENDOR, patient: WHATSAPP_FAN, at: '2026-04-10T17:00:00Z',
      message: { category: 'lab_result', body: 'Your cholesterol is 188, all good!' } },
    expect: { decision: 'deny', by: ['consumer-app', 'no-baa'] },
  },
  {
    id: 'imessage-care-plan',
    request: { channel: 'imessage', sender: STAFF_PHONE, patient: WHATSAPP_FAN, at: '2026-04-14T17:00:00Z',
      message: { category: 'care_plan', body: 'Ice the ankle 20 min every 2 hours and keep it up. Ibuprofen 400 mg with food.' } },
    expect: { decision: 'deny', by: ['staff-personal-device', 'consumer-app'] },
  },
  {
    id: 'messenger-reminder',
    request: { channel: 'messenger', sender: EHR, patient: WHATSAPP_FAN, at: '2026-04-20T14:00:00Z',
      message: { category: 'appointment_confirmation', body: 'Your appointment is confirmed for Wed 4/22 at 2 PM.' } },
    expect: { decision: 'deny', by: ['consumer-app', 'no-baa'] },
  },
  {
    id: 'sms-avoided-reminder',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_AVOIDED, at: '2026-05-11T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: your appointment is Wed 5/13 at 9 AM.' } },
    expect: { decision: 'deny', by: ['avoided-channel'] },
    why: 'A confidential-communications request outranks the old consent.',
  },
  {
    id: 'sms-avoided-alert',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_AVOIDED, at: '2026-05-11T17:00:00Z',
      message: { category: 'results_ready', body: 'Your results are ready in the patient portal.' } },
    expect: { decision: 'deny', by: ['avoided-channel'] },
  },
  {
    id: 'email-avoided-billing',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_AVOIDED, at: '2026-06-01T12:00:00Z',
      message: { category: 'billing_reminder', subject: 'Statement', body: 'Your statement is ready. Amount due: $40.00.' } },
    expect: { decision: 'deny', by: ['avoided-channel'] },
  },
  {
    id: 'portal-inactive',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_INACTIVE, at: '2026-06-01T17:00:00Z',
      message: { category: 'lab_result', body: 'Your A1c was 6.1%.' } },
    expect: { decision: 'deny', by: ['portal-not-active'] },
    why: 'A portal message the patient never reads is not care; the office calls.',
  },
  {
    id: 'portal-avoided',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_AVOIDED, at: '2026-06-01T17:10:00Z',
      message: { category: 'lab_result', body: 'Your A1c was 6.1%.' } },
    expect: { decision: 'deny', by: ['avoided-channel'] },
  },
  {
    id: 'sms-portal-avoided-clinical',
    request: { channel: 'sms', sender: ACME_SMS, patient: PORTAL_AVOIDED, at: '2026-06-01T17:15:00Z',
      message: { category: 'lab_result', body: 'Your A1c was 6.1%.' } },
    expect: { decision: 'deny', by: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'] },
    why: 'Not by text, and the patient asked not to use the portal: nothing safe to send, the office calls.',
  },
  {
    id: 'sms-uncategorised',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-01T14:00:00Z',
      message: { category: 'other', body: 'Please call the office about your recent visit.' } },
    expect: { decision: 'deny', by: ['uncategorised'] },
  },
  {
    id: 'portal-uncategorised',
    request: { channel: 'portal', sender: EHR, patient: PORTAL_PATIENT, at: '2026-06-01T14:05:00Z',
      message: { category: 'other', body: 'Test message, please ignore.' } },
    expect: { decision: 'deny', by: ['uncategorised'] },
  },
];

// ---- Found by this corpus: words the classifier does not know yet ----
// Each should be blocked; the policy covers them with stopgap `terms`/`pattern` lists in
// 00-definitions.policy until the classifier labels them itself (see KNOWN_DISAGREEMENTS).
const CLASSIFIER_GAPS: CorpusMessage[] = [
  {
    id: 'gap-group-therapy',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-17T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Reminder: group therapy meets Thu 3/19 at 6 PM in Room 4. Doors open at 5:45.' } },
    expect: { decision: 'downgrade', findings: ['BH'], actions: ['sms'] },
  },
  {
    id: 'gap-recovery-center',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-16T14:00:00Z',
      message: { category: 'appointment_confirmation', body: 'Your intake at Sunrise Recovery Center is confirmed for Mon 4/20 at 8 AM.' } },
    expect: { decision: 'downgrade', findings: ['SUD', 'SSP'], actions: ['sms'] },
  },
  {
    id: 'gap-memory-care',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-08T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your memory care clinic appointment is Wed 6/10 at 10 AM. Please bring a family member.' } },
    expect: { decision: 'downgrade', findings: ['SSP'], actions: ['sms'] },
  },
  {
    id: 'gap-transplant-clinic',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-06-12T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your transplant clinic visit is Tue 6/16 at 8 AM. Labs first at 7 AM.' } },
    expect: { decision: 'downgrade', findings: ['SSP'], actions: ['sms'] },
  },
  {
    id: 'gap-anticoagulation-clinic',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-07-06T14:00:00Z',
      message: { category: 'appointment_reminder', subject: 'Appointment reminder', body: 'Your anticoagulation clinic visit is Thu 7/9 at 9 AM.' } },
    expect: { decision: 'downgrade', findings: ['SSP'], actions: ['email'] },
  },
  {
    id: 'gap-lactation',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-06T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your lactation consult with Jenna is Tue 3/10 at 2 PM. Bring the baby!' } },
    expect: { decision: 'downgrade', findings: ['PREGNANT'], actions: ['sms'] },
  },
  {
    id: 'gap-baby-heartbeat',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-12T20:00:00Z',
      message: { category: 'visit_followup', body: "The baby's heartbeat was strong at 150 bpm! See you in 4 weeks." } },
    expect: { decision: 'downgrade', findings: ['PREGNANT'], actions: ['portal', 'sms'] },
  },
  {
    id: 'gap-plan-b',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-02T15:00:00Z',
      message: { category: 'prescription_ready', body: 'Your Plan B is ready for pickup at the pharmacy window.' } },
    expect: { decision: 'downgrade', findings: ['SEX', 'medication'], actions: ['portal', 'sms'] },
  },
  {
    id: 'gap-pathology',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-10-13T17:00:00Z',
      message: { category: 'results_ready', body: 'Your pathology report is ready in the patient portal.' } },
    expect: { decision: 'downgrade', findings: ['procedure'], actions: ['portal', 'sms'] },
  },
  {
    id: 'gap-pulmonary-function-test',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-03-31T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Your pulmonary function test is Thu 4/2 at 7 AM. Skip your inhaler 4 hours before.' } },
    expect: { decision: 'downgrade', findings: ['procedure'], actions: ['portal', 'sms'] },
  },
  {
    id: 'gap-cologuard',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-08-26T14:00:00Z',
      message: { category: 'visit_followup', body: 'Your Cologuard kit has shipped. Return it within 3 days of collecting your sample.' } },
    expect: { decision: 'downgrade', findings: ['procedure'], actions: ['portal', 'sms'] },
    why: 'A colorectal screening kit is the same care as the colonoscopy the classifier already flags.',
  },
  {
    id: 'gap-liver-enzymes',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-09-29T20:00:00Z',
      message: { category: 'visit_followup', body: 'Your liver enzymes were elevated, so please avoid alcohol; we will recheck in 6 weeks.' } },
    expect: { decision: 'downgrade', findings: ['test_result'], actions: ['portal', 'sms'] },
  },
  {
    id: 'gap-blood-pressure',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-10-21T20:00:00Z',
      message: { category: 'visit_followup', body: 'Thanks for coming in! Your blood pressure was 162/98, so please check it at home twice a day.' } },
    expect: { decision: 'downgrade', findings: ['lab_value'], actions: ['portal', 'sms'] },
    why: 'A reading with its values is a result, whatever the category says.',
  },
  {
    id: 'gap-dob-spelled',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-10T14:00:00Z',
      message: { category: 'appointment_confirmation', body: 'Your visit is confirmed. Please verify your date of birth on file, April 12, 1978, at check-in.' } },
    expect: { decision: 'downgrade', findings: ['dob'], actions: ['sms'] },
  },
  {
    id: 'gap-payer-member-id',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-14T14:00:00Z',
      message: { category: 'billing_reminder', body: 'Your BCBS ID ZGP123456789 was billed for your 3/3 visit. You owe $35.00.' } },
    expect: { decision: 'downgrade', findings: ['member_id'], actions: ['sms'] },
  },
];

// ---- General messages the classifier reads as personal (precision) ----
const GENERAL_NOT_PERSONAL: CorpusMessage[] = [
  {
    id: 'precision-aids-walk',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-11T14:00:00Z',
      message: { category: 'general_health', body: 'Join Team Riverside at the AIDS Walk on Sunday 5/17! Sign up: https://riverside-fp.example/walk' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'A community event sent to every patient; like "Breast Cancer Awareness Month" it says nothing about this patient.',
  },
  {
    id: 'precision-prevention-program',
    request: { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-08-31T14:00:00Z',
      message: { category: 'general_health', subject: 'New this fall', body: 'Our diabetes prevention program is free for all patients over 40. Classes start 9/8.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'Prevention offered to every patient over 40, not care for a condition the patient has.',
  },
  {
    id: 'precision-universal-screening',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-02-27T14:00:00Z',
      message: { category: 'appointment_reminder', body: 'Please arrive 10 minutes early to fill out the depression screening questionnaire every patient completes once a year.' } },
    expect: { decision: 'allow', by: ['administrative-on-unsecured'] },
    why: 'A questionnaire every patient fills in yearly reveals nothing about this patient.',
  },
  {
    id: 'sms-results-interpreted',
    request: { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-04-23T17:00:00Z',
      message: { category: 'results_ready', body: 'Your results are normal. No action needed.' } },
    expect: { decision: 'downgrade', by: ['clinical-text-on-unsecured'], findings: ['test_result'], actions: ['portal', 'sms'] },
    why: 'The practice guide: no interpretations by text, even good news.',
  },
];

/** Every message of the corpus, grouped as above. */
export const CORPUS: readonly CorpusMessage[] = [
  ...TIER1_SMS,
  ...TIER1_EMAIL,
  ...TIER2,
  ...CLINICAL_UNSECURED,
  ...CLINICAL_IN_ADMIN,
  ...SECURE_CHANNELS,
  ...EMAIL_BY_REQUEST,
  ...SENSITIVE_CARE,
  ...EVASIONS,
  ...IDENTIFIERS,
  ...TEMPLATES,
  ...MARKETING,
  ...VENDORS,
  ...CONSENT,
  ...CHANNELS,
  ...CLASSIFIER_GAPS,
  ...GENERAL_NOT_PERSONAL,
];

/** What the default bundle still decides otherwise than the officer, and why (see KnownDisagreement). */
export const KNOWN_DISAGREEMENTS: readonly KnownDisagreement[] = [
  // Stricter than the officer (issue 12's positive model): the redacted text keeps a word the
  // found-phone test cannot vouch for, so the message goes to the portal with an alert instead.
  {
    id: 'sms-genetic-counseling',
    reason: 'The redacted text ("Your session with Rachel Cho, MS, CGC ...") keeps "session" and "CGC" (certified genetic counselor, a procedure finding of its own since the forty-sixth session), which the found-phone test cannot vouch for: portal + alert instead of the redacted SMS.',
    got: { decision: 'downgrade', rules: ['clinical-text-on-unsecured', 'sensitive-care-on-unsecured'], labels: ['GDIS', 'SSP', 'procedure', 'unvetted'] },
  },
  {
    id: 'evasion-hyphenated-clinic',
    reason: 'The redacted text ("Your dosing visit is tomorrow") keeps "dosing", which the found-phone test cannot vouch for (it reveals a dose): portal + alert instead of the redacted SMS.',
    got: { decision: 'downgrade', rules: ['sensitive-care-on-unsecured', 'heightened-on-unsecured', 'clinical-text-on-unsecured'], labels: ['ETH', 'OPIOIDUD', 'SSP', 'SUD', 'medication', 'unvetted'] },
  },
  // Classifier recall: the decision is right (the category routes it), but a label is missing.
  {
    id: 'sms-lab-normal',
    reason: 'The classifier finds no lab value in "potassium is back to normal at 4.1" (analyte, then words, then the number).',
    got: { decision: 'downgrade', rules: ['clinical-category-on-unsecured'], labels: ['unvetted'] },
  },
  // Classifier recall, covered by the policy's stopgap terms and patterns (00-definitions.policy).
  {
    id: 'gap-group-therapy',
    reason: "The classifier does not label 'group therapy' (BH); the policy's stopgap list `heightened_services` blocks it meanwhile.",
    got: { decision: 'downgrade', rules: ['heightened-on-unsecured'], labels: ['heightened_services', 'unvetted'] },
  },
  {
    id: 'gap-transplant-clinic',
    reason: "The classifier does not label 'transplant clinic' (SSP); the policy's stopgap list `care_revealing_services` blocks it meanwhile.",
    got: { decision: 'downgrade', rules: ['sensitive-care-on-unsecured'], labels: ['care_revealing_services', 'unvetted'] },
  },
  {
    id: 'gap-anticoagulation-clinic',
    reason: "The classifier labels 'anticoagulation clinic' a procedure (since the twenty-sixth session), not SSP; the policy's stopgap list `care_revealing_services` blocks it too.",
    got: { decision: 'downgrade', rules: ['clinical-text-on-unsecured', 'sensitive-care-on-unsecured'], labels: ['care_revealing_services', 'procedure', 'unvetted'] },
  },
  {
    id: 'gap-lactation',
    reason: "The classifier does not label 'lactation consult' (PREGNANT); the policy's stopgap list `care_revealing_services` blocks it meanwhile.",
    got: { decision: 'downgrade', rules: ['sensitive-care-on-unsecured'], labels: ['care_revealing_services', 'unvetted'] },
  },
  {
    id: 'gap-pulmonary-function-test',
    reason: "The classifier does not label 'pulmonary function test' (procedure); the policy's stopgap list `revealing_tests` blocks it meanwhile.",
    got: { decision: 'downgrade', rules: ['clinical-text-on-unsecured'], labels: ['revealing_tests', 'unvetted'] },
  },
  {
    id: 'gap-cologuard',
    reason: "The classifier does not label 'Cologuard' (procedure); the policy's stopgap list `revealing_tests` blocks it meanwhile.",
    got: { decision: 'downgrade', rules: ['clinical-text-on-unsecured'], labels: ['revealing_tests', 'unvetted'] },
  },
  {
    id: 'gap-liver-enzymes',
    reason: "The classifier does not label 'liver enzymes were elevated' (test_result); the policy's stopgap list `revealing_tests` blocks it meanwhile.",
    got: { decision: 'downgrade', rules: ['clinical-text-on-unsecured'], labels: ['revealing_tests', 'unvetted'] },
  },
  {
    id: 'gap-dob-spelled',
    reason: "The classifier does not label 'date of birth on file, April 12, 1978' (dob); the policy's stopgap list `dob_with_month_name` blocks it meanwhile.",
    got: { decision: 'downgrade', rules: ['identifiers-on-unsecured'], labels: ['dob_with_month_name'] },
  },
  {
    id: 'gap-payer-member-id',
    reason: "The classifier does not label 'BCBS ID ZGP123456789' (member_id); the policy's stopgap list `plan_member_id` blocks it meanwhile.",
    got: { decision: 'downgrade', rules: ['identifiers-on-unsecured'], labels: ['plan_member_id'] },
  },
  // Classifier precision: general messages read as personal. Blocking them is the safe mistake.
];
