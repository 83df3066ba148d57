// Instances of the default bundle's approved templates (policies/35-found-phone.policy), with
// names, places and links no vocabulary holds; and near-instances: a clinical value in a
// placeholder, or text added after the template.
import { cases } from './cases.ts';

export const TEMPLATE_SMS = cases('template', 'sms', [
  ['allow', 'appointment_reminder', 'Hi Xiomara, this is Riverside Family Practice. You have an appointment with Ilse Vandermeer, NP on Tue 6/2 at 10:40 AM at 75 Quarry Lane, Unit 4. Reply C to confirm or R to reschedule.'],
  ['allow', 'appointment_reminder', 'Hi Bartholomew, this is Riverside Family Practice. You have an appointment with Dr. Oyelaran-Whitfield on Friday, June 12 at 8:05 AM at 1200 River Rd, Suite 300. Reply C to confirm or R to reschedule.'],
  ['allow', 'billing_reminder', 'Riverside Family Practice: you have a balance due of $1,204.56. Pay at https://pay.riversidefp.example/QkZ9xw or call (555) 301-4410.'],
  ['allow', 'prescription_ready', "Hi Zainab, your prescription is ready for pickup at Kessler's Corner Drug, 12 Birch St."],
  ['allow', 'portal_message_waiting', 'Riverside Family Practice: you have a new message in your patient portal. Log in at https://portal.riversidefp.example/Inbox to read it.'],
  ['allow', 'prescription_ready', 'Hi Gwendolyn, your prescription is ready for pickup at Walgreens, 4410 Tamarack Pkwy.'],
  ['block', 'appointment_reminder', 'Hi Xiomara, this is Riverside Family Practice. You have an appointment with Dr. Lindqvist on Tue 6/2 at 10:40 AM at the Harbor Methadone Clinic, 3 Pier Rd. Reply C to confirm or R to reschedule.'],
  ['block', 'appointment_reminder', 'Hi Xiomara, this is Riverside Family Practice. You have an appointment with Dr. Lindqvist on Tue 6/2 at 10:40 AM at 75 Quarry Lane, Unit 4. Reply C to confirm or R to reschedule. Bring your insulin log.'],
  ['block', 'prescription_ready', 'Hi Zainab, your prescription is ready for pickup at Hope Fertility Pharmacy, 12 Birch St.'],
  ['block', 'appointment_reminder', 'Hi Xiomara, this is Riverside Family Practice. You have an appointment with Dr. Lindqvist on Tue 6/2 at 10:40 AM at the Wound Care Center, 75 Quarry Lane. Reply C to confirm or R to reschedule.'],
  ['block', 'billing_reminder', 'Riverside Family Practice: you have a balance due of $80 for your STD panel. Pay at https://pay.riversidefp.example or call (555) 301-4410.'],
  ['block', 'appointment_reminder', 'Hi Xiomara, this is Riverside Family Practice. You have an appointment with your psychiatrist on Tue 6/2 at 10:40 AM at 75 Quarry Lane. Reply C to confirm or R to reschedule.'],
]);
