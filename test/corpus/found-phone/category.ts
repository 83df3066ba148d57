// Clinical text sent under a harmless category. The content checks must decide from the text: a
// category may only tighten a decision. (Every must-block text of every kind is also decided again
// with its category replaced by visit_followup: see found-phone.test.ts.)
import { cases } from './cases.ts';

export const CATEGORY_SMS = cases('category', 'sms', [
  ['block', 'appointment_reminder', 'Reminder: fasting blood draw Mon 6/1 at 7:30 AM to recheck your cholesterol, which was 268 last time.'],
  ['block', 'appointment_reminder', 'Your biopsy is scheduled for Tue 6/9 at 10 AM. Stop aspirin 5 days before.'],
  ['block', 'appointment_confirmation', 'Confirmed: follow-up for your depression med check with Dr. Szabo on 6/3 at 2 PM.'],
  ['block', 'billing_reminder', 'Your balance of $75 is for the pregnancy test and ultrasound on 5/12.'],
  ['block', 'billing_reminder', 'Statement: $320.00 due for colonoscopy with polyp removal, date of service 4/28.'],
  ['block', 'prescription_ready', 'Your sertraline 100 mg is ready at the pickup window.'],
  ['block', 'prescription_ready', 'Your insulin pens and test strips are ready for pickup.'],
  ['block', 'visit_followup', 'Your strep test was positive. Start the amoxicillin tonight.'],
  ['block', 'visit_followup', 'Your blood pressure was 162/98 today. Please check it at home twice a day.'],
  ['block', 'general_health', 'Hi Olu, since your diabetes is not well controlled, please join our free cooking class.'],
  ['block', 'results_ready', 'Your results are in: your potassium was low at 3.1, please eat a banana a day.'],
  ['block', 'portal_message_waiting', 'Dr. Haddad sent you a message about your abnormal mammogram. Log in to read it.'],
  ['block', 'document_ready', 'Your letter excusing you from work because of your back surgery is ready in the portal.'],
  ['block', 'appointment_cancellation', 'Your dialysis chair time on Wednesday is cancelled; please come Thursday instead.'],
  ['block', 'appointment_reminder', 'Reminder: allergy shot Thursday, and bring your EpiPen as always.'],
  ['block', 'appointment_reminder', 'Your physical therapy for your torn rotator cuff is Mon/Wed/Fri at 4 PM.'],
  ['block', 'general_health', 'Tips for living with your COPD: stay indoors on bad air days and use your inhaler.'],
  ['block', 'billing_reminder', 'Your insurance denied the claim for your sleep apnea study. Balance due: $480.'],
  // a billed package that covers a delivery or an operation (eighteenth session)
  ['block', 'billing_reminder', 'Riverside Family Practice: $620.00 remains on the payment plan for your global OB fee. Call billing at 555-301-4400.'],
]);

export const CATEGORY_EMAIL = cases('category', 'email', [
  ['block', 'appointment_reminder', 'Dear Ms. Dubois,\n\nYour MRI of the brain is on June 15 at 8:00 AM. Please remove all metal and tell the technician about your seizures.', { subject: 'Appointment reminder' }],
  ['block', 'billing_reminder', 'Dear Mr. Brandt,\n\nYour statement for the visit on May 2 (treatment of gout flare, joint injection) shows a balance of $95.00.', { subject: 'Statement available' }],
  ['block', 'visit_followup', 'Hi Rosa,\n\nYour A1c was 8.4%. Please keep taking metformin twice a day and we will check again in three months.', { subject: 'Your visit' }],
  ['block', 'general_health', 'Dear Ms. Ferreira,\n\nBecause of your asthma, we recommend you stay indoors during the wildfire smoke this week and keep your rescue inhaler with you.', { subject: 'Air quality alert' }],
  ['block', 'results_ready', 'Hello,\n\nYour pathology report is ready in the portal. The lesion was benign.', { subject: 'Results ready' }],
  ['block', 'appointment_confirmation', 'Dear Mr. Pike,\n\nYour appointment for your hernia repair consult on June 10 is confirmed.', { subject: 'Appointment confirmed' }],
]);
