// Split and disguised words: spaces, dots, dashes and symbols inside a term, control characters,
// invisible characters and bidi overrides. The reader of the phone sees the word; so must the test.
// The allowed texts hold ordinary words that a careless joining of pieces would misread.
import { cases } from './cases.ts';

export const DISGUISE_SMS = cases('disguise', 'sms', [
  ['block', 'appointment_reminder', 'Reminder: your H IV clinic visit is Thu 6/4 at 9 AM.'],
  ['block', 'appointment_reminder', 'Reminder: your H.IV clinic visit is Thu 6/4 at 9 AM.'],
  ['block', 'appointment_reminder', 'Reminder: your H-IV clinic visit is Thu 6/4 at 9 AM.'],
  ['block', 'appointment_reminder', 'Reminder: your H\u0000IV clinic visit is Thu 6/4 at 9 AM.'],
  ['block', 'appointment_reminder', 'Reminder: your \u202eVIH\u202c clinic visit is Thu 6/4 at 9 AM.', { why: 'A right-to-left override shows the reversed letters as HIV.' }],
  ['block', 'appointment_reminder', 'Reminder: your HI*V clinic visit is Thu 6/4 at 9 AM.'],
  ['block', 'appointment_reminder', 'Reminder: your H\u00b7I\u00b7V clinic visit is Thu 6/4 at 9 AM.'],
  ['block', 'appointment_reminder', 'Reminder: your H\u2009IV clinic visit is Thu 6/4 at 9 AM.'],
  ['block', 'appointment_reminder', 'Reminder: your H\u0007I\u0007V clinic visit is Thu 6/4 at 9 AM.'],
  ['block', 'appointment_reminder', 'Your meth_adone dose pickup is tomorrow at 7 AM.'],
  ['block', 'appointment_reminder', 'Your metha\u200bdone dose pickup is tomorrow at 7 AM.'],
  ['block', 'appointment_reminder', 'Your m e t h a d o n e dose pickup is tomorrow at 7 AM.'],
  ['block', 'appointment_reminder', 'Your meth adone dose pickup is tomorrow at 7 AM.'],
  ['block', 'visit_followup', 'Your S.T.D panel is back, please call.'],
  ['block', 'visit_followup', 'Your ch-lamydia treatment: finish all the pills.'],
  ['block', 'prescription_ready', 'Your Sub/oxone refill is ready.'],
  ['block', 'appointment_reminder', 'Your onco logy appointment is Wed 6/10 at 1 PM.'],
  ['block', 'appointment_reminder', 'Your PSY CHIATRY appointment is Wed 6/10 at 1 PM.'],
  ['block', 'appointment_reminder', 'Your d\u0435pression follow-up is Friday at noon.', { why: 'A Cyrillic е inside the word.' }],
  ['block', 'visit_followup', 'Your test for \uff28\uff29\uff36 was negative.', { why: 'Fullwidth letters.' }],
  ['block', 'appointment_reminder', 'Your visit at the A\u200dI\u200dD\u200dS clinic is on Monday.'],
  ['block', 'appointment_reminder', 'Your ca ncer center visit is on Monday at 8.'],
  ['allow', 'appointment_reminder', 'Hi V, your visit is Thu 6/4 at 9 AM with Dr. Lindqvist. Reply C to confirm.'],
  ['allow', 'appointment_reminder', 'Reminder: we will ship via UPS, so no pickup needed. Call 555-301-4400 with questions.'],
  ['allow', 'general_health', 'Our new archive of forms is online at riversidefp.example/forms.'],
  ['allow', 'appointment_reminder', 'Your visit is at 9 AM. Meet at the main door; it is the one with the blue awning.'],
  // a word of care in pieces that each pass alone (thirteenth session, the project's own evasion sweep)
  ['block', 'results_ready', 'Hi Dana, your A~1c results are ready. Call us at 555-201-3344.'],
  ['block', 'appointment_reminder', 'Hi Dana, your bioΣpsy is set for Tue at 8 AM.'],
  ['block', 'visit_followup', 'Hi Dana, your r-e-h-a-b intake went well, see you Mon.'],
  ['allow', 'appointment_reminder', 'Hi Dana, we are open M/W/F 8-5 at 40 Elm St Suite#3. Reply C to confirm Wed.'],
  // a letter no covered language writes, inside an acronym (fourteenth session)
  ['block', 'appointment_reminder', 'Your STäD panel is Mon at 8 AM, come fasting.'],
  ['block', 'results_ready', 'Your HÏV results are back, please call the clinic.'],
  // a term split by a Chinese character or a compatibility form, written in circled letters, or cut after
  // a letter or two by a space, a sign or one character that folds to several (fifteenth session)
  ['block', 'appointment_reminder', 'Your HI⼀V clinic visit is Thu at 9 AM.'],
  ['block', 'appointment_reminder', 'Your HI一V clinic visit is Thu at 9 AM.'],
  ['block', 'results_ready', 'Your STⒹ panel results are in, call us.'],
  ['block', 'results_ready', 'Hi Dana, your A 1c came back, call us at 555-201-3344.'],
  ['block', 'appointment_reminder', 'Hi Dana, your Pa p test is Tue at 8 AM.'],
  ['block', 'results_ready', 'Hi Dana, your A…1c came back, call us.'],
  ['allow', 'appointment_reminder', "Hi Dana, I'm at the front desk till 5. It's a 1st visit, so come 15 min early."],
  ['allow', 'appointment_reminder', 'Dana, voye l pa lapòs oswa vin chèche l nan resepsyon an.'],
]);
