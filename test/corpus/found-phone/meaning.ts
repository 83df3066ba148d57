// Care revealed without any word a vocabulary would list: the reader of the found phone learns that
// the patient is ill, what was found, what was removed, what they take or where they go, from
// ordinary words. Under the practice guide none of these may go out by text or unencrypted email.
import { cases } from './cases.ts';

export const MEANING_SMS = cases('meaning', 'sms', [
  ['block', 'visit_followup', 'Good news, the shadow on your scan is smaller than last time.'],
  ['block', 'visit_followup', 'The lump they removed was nothing to worry about.'],
  ['block', 'visit_followup', 'Your sugar numbers are way up again, please call us.'],
  ['block', 'prescription_ready', 'The pills for your sleep trouble are ready at the front desk.'],
  ['block', 'appointment_reminder', 'See you Tuesday at the weekly circle for folks staying sober.'],
  ['block', 'visit_followup', 'Everything came back clean after the surgery, no more treatment needed.'],
  ['block', 'visit_followup', 'Your heart sounded a little irregular, Dr. Lindqvist wants a recheck.'],
  ['block', 'visit_followup', 'The swab from your throat grew bacteria, please start the antibiotic.'],
  ['block', 'appointment_reminder', 'Reminder: your session to talk things through with Karen is Thursday at 5.'],
  ['block', 'visit_followup', 'Your blood count is still low, we need to see you this week.'],
  ['block', 'visit_followup', 'We got the report back and the growth on your skin was not harmful.'],
  ['block', 'visit_followup', 'Keep the stitches dry and come back in ten days to have them out.'],
  ['block', 'prescription_ready', 'Your water pills and the stronger dose of the blood thinner are ready.'],
  ['block', 'visit_followup', 'Your numbers look much better since you started the new medicine.'],
  ['block', 'appointment_reminder', 'Please come to the back entrance for your weekly dose, same as usual.'],
  ['block', 'visit_followup', 'The baby is measuring a little small, so we want another look next week.'],
  ['block', 'visit_followup', 'Your urine sample showed signs of infection. Drink lots of fluids.'],
  ['block', 'visit_followup', 'The bone in your wrist is broken, keep the splint on until Friday.'],
  ['block', 'appointment_reminder', 'Bring someone to drive you home after they put you to sleep for the procedure on Monday.'],
  ['block', 'visit_followup', 'Your memory test score dropped since last year; Dr. Haddad would like to talk about next steps.'],
  ['block', 'visit_followup', 'The spots on your lungs have not grown.'],
  ['block', 'visit_followup', 'We saw some changes in your cells, nothing urgent, but we should repeat it in six months.'],
  ['block', 'visit_followup', 'Your weight is up 12 pounds since March, Dr. Szabo wants to adjust your plan.'],
  ['block', 'visit_followup', 'Glad to hear the voices have calmed down since we changed your dose.'],
  ['block', 'visit_followup', 'The stones should pass on their own; strain your urine and call if the pain gets worse.'],
  ['block', 'visit_followup', 'You are 9 weeks along and everything looks right on track!'],
  ['block', 'appointment_reminder', 'Your next shot to keep from getting pregnant is due on 6/12.'],
  ['block', 'visit_followup', 'The test for the virus came back and you do not have it.'],
  ['block', 'visit_followup', 'Your liver looks better than last time but please keep away from drinking.'],
  ['block', 'visit_followup', 'Your thyroid is running slow; we are raising the dose.'],
  ['block', 'appointment_reminder', 'Ravi, no breakfast on Friday: nothing by mouth after 10 PM the night before, and bring a grown-up who can drive you home.'],
  ['block', 'visit_followup', 'Thinking of you after our talk yesterday. Please use your safety plan tonight and call us any time.'],
  ['block', 'visit_followup', 'Hi Joan, the news from your tests was not what we were hoping for. Dr. Arkwright would like to see you this week.'],
]);

export const MEANING_EMAIL = cases('meaning', 'email', [
  ['block', 'visit_followup', 'Hi Dana,\n\nQuick update: the piece of tissue they took last week came back fine. No further steps are needed right now.\n\nDr. Moreau', { subject: 'Good news' }],
  ['block', 'visit_followup', 'Dear Mr. Pike,\n\nYour kidney function is lower than we would like. Please cut back on salt and we will check again in three months.', { subject: 'Follow-up from your visit' }],
  ['block', 'general_health', 'Hi Lee,\n\nThe group for people who lost someone meets again this Wednesday evening. Your sponsor asked me to pass this on.', { subject: 'This Wednesday' }],
  ['block', 'visit_followup', 'Dear Ms. Obi,\n\nThe pictures of your breast tissue show a small area we want to look at more closely. Please schedule a follow-up.', { subject: 'Next steps' }],
  ['block', 'visit_followup', 'Hello Tomasz,\n\nAs we talked about, cut down to one drink a day and we will recheck your enzymes in June.', { subject: 'After your visit' }],
  ['block', 'visit_followup', 'Hi Priya,\n\nYour bleeding should settle in a few days now that the pregnancy has passed. We are so sorry for your loss.', { subject: 'Checking in' }],
  ['block', 'visit_followup', 'Dear Mr. Nakamura,\n\nYour scan from Tuesday shows the treatment is working and the mass is shrinking.', { subject: 'Your scan' }],
  ['block', 'appointment_reminder', 'Dear Sam,\n\nThis is a reminder that your weekly check-in for your recovery program is Monday at 7 PM. Please bring your attendance sheet.', { subject: 'Reminder' }],
]);
