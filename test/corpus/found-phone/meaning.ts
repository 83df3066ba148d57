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
  ['block', 'visit_followup', 'She has lost more weight since June, and we would like to see her again soon.'],
  ['block', 'visit_followup', 'Keep the patch over the left eye for two hours a day, and come back in a month.'],
  ['block', 'general_health', 'Hey Dev, proud of you for 30 days clean. Your sponsor says the Thursday meeting moved to 6.'],
  ['block', 'visit_followup', 'Hi Lena, please make sure anyone you have been with since April gets checked too.'],
  ['block', 'visit_followup', 'Bea, the goal now is to keep you comfortable at home. The nurse will visit on Tuesday.'],
  ['block', 'visit_followup', 'Reminder: keep the area dry and change the dressing every morning until Friday.'],
  ['block', 'appointment_reminder', 'Saltmarsh Breast Imaging Center: your visit is Thu 9/4 at 10 AM. Reply C to confirm.'],
  ['block', 'visit_followup', 'Still lying awake most nights? Write down what keeps coming back and bring the list Monday.'],
  ['block', 'visit_followup', 'Is Noor saying any words yet? If not by her next visit we will send you to someone who can help.'],
  ['block', 'prescription_ready', 'The morning after pill is at the front desk in an envelope with your name on it.'],
  ['block', 'visit_followup', 'Keep doing your kick counts after dinner, and text us right away if it gets quiet in there.'],
  ['block', 'visit_followup', 'Still feeling low this week? We can move your next talk with Dana up to Monday.'],
  ['block', 'visit_followup', 'Good news for you two: you can start trying for a baby again after your next cycle.'],
  ['block', 'general_health', 'Since you still use tobacco, we saved you a seat in Thursday\'s quit class.'],
  ['block', 'appointment_reminder', 'Your ride is set for Tuesday; the driver will bring a ramp for your walker.'],
  // Care at home, a teen's confidential visit and a child's development, in everyday words.
  ['block', 'visit_followup', 'Keep giving it to her twice a day until it is gone, even if she feels better by Friday.'],
  ['block', 'visit_followup', 'Remember to keep the dressing dry until Thursday, then you can shower.'],
  ['block', 'appointment_reminder', 'Reminder: Zoe\'s confidential visit is Monday at 4:10 PM. Parents may wait in the lobby.'],
  ['block', 'visit_followup', 'Checking in: how is the meal plan going? Next weigh-in Friday at 3.'],
  ['block', 'appointment_reminder', 'Liam\'s mood screening follow-up is Wed at 2:45 PM with Dr. Moreau.'],
  ['block', 'prescription_ready', 'Your cold pack delivery arrives Tuesday between 8 and noon; please put it in the fridge right away.'],
  ['block', 'visit_followup', 'How is Noah doing with his words? We can check again at his 2-year visit.'],
  // a counselor's and a recovery program's check-ins (sixth session, after probe 18)
  ['block', 'visit_followup', 'Hey Jordan, how are you holding up? I mailed you the list of meetings near you, the Sunday one is small.'],
  ['block', 'visit_followup', 'Call the after-hours line anytime if you have a rough night this weekend. Talk Monday. - Bea'],
  ['block', 'appointment_reminder', 'Reminder: your cardiology follow-up is Thu 6/11 at 9:00 AM with Dr. Okoro.'],
  // a prenatal visit named by its week (sixth session, after probe 20)
  ['block', 'appointment_reminder', 'Reminder: 20 wk ultrasound Tue 3/3 at 8:15 AM, 2nd floor. Drink 16 oz of water before.'],
  // a controlled medicine by its schedule, a psychiatric NP, MS by its initials (sixth session, after probe 23)
  ['block', 'prescription_ready', 'Your prescription is ready at the pharmacy counter. It is a controlled substance, so bring your ID and pick it up yourself.'],
  ['block', 'appointment_confirmation', 'Confirmed: telehealth with Jordan Reyes, PMHNP, Wed 5/6 at 3:00 PM.'],
  ['block', 'appointment_reminder', 'Reminder: your MS infusion is Thu 5/7 at 8:00 AM. Plan for 4 hours.'],
  ['block', 'visit_followup', 'Yes, a short walk every day is fine until the baby comes. See you at your next visit!'],
  // a crisis line named to one patient, a medicine named by its purpose, a credential that names the care
  ['block', 'visit_followup', 'Hi Jordan, just checking in after last week. 988 is always there, day or night, if those thoughts come back.'],
  ['block', 'prescription_ready', 'hi its Marcy from the front desk, ur mood meds are ready for pickup, Dr K wants to see u before the next one'],
  ['block', 'prescription_ready', 'Your dad\'s water pill refill is in. Pick up at the front counter any time before 5.'],
  ['block', 'appointment_reminder', 'Reminder: Thursday 3:00 PM with Dr. Noor Haddad, PsyD, Suite 210. Reply C to confirm.'],
  ['block', 'appointment_reminder', 'Your session with Luis Ortega, CADC is moved to Monday at 6 PM. Same room as last time.'],
  // a heart monitor returned, an allergist's food challenge (seventh session, probe 33's leaks)
  ['block', 'appointment_reminder', 'Hi Dan, drop off the event monitor at the front desk by Friday noon, leads and all. Thanks!'],
  ['block', 'appointment_reminder', 'Reminder: Leo has his egg challenge Monday 8 AM. Plan on the whole morning and bring his favorite book.'],
  // a substance use visit by its form, a recovery milestone cheered on (seventh session, probe 31's)
  ['block', 'appointment_reminder', 'Please fill out the form before Monday: oakhill.example/forms/substance-use-assessment'],
  ['block', 'visit_followup', 'so proud of u for hitting 60 days!! see u thurs'],
  // a counselor's check-in between sessions (ninth session, after probe 41)
  ['block', 'visit_followup', 'Hi Ana, hope this week is gentler. Try the breathing exercise from Monday whenever it feels like too much. See you at 4 on the 12th.'],
  ['block', 'visit_followup', 'Mark, I know the anniversary is hard. I am thinking of you today; my door is open Thursday at 1.'],
  // the weeks of a pregnancy said of the patient, and an unknown test before a sentence that opens with a capital (probe 44's leak)
  ['block', 'appointment_reminder', 'Hi Tessa, since you are 30 weeks now we will switch to visits every two weeks. Next: Thu 10/2, 9:40.'],
  ['block', 'appointment_reminder', 'We will add BPPs on Fridays. Front desk will call to book.'],
  // getting ready for sedation and after it, and a sleep treatment, in other everyday words (ninth session)
  ['block', 'appointment_reminder', 'Reminder for Thu: an adult has to drive you home afterwards, and plan to rest the rest of the day.'],
  ['block', 'visit_followup', 'All done! You can go back to eating normally tomorrow; call if anything feels off.'],
  ['block', 'visit_followup', 'So glad the new routine is helping you sleep. Same dose until we talk Monday.'],
  // a cooler of medicine, a patch and a ring asked about, a burning symptom (ninth session)
  ['block', 'prescription_ready', 'Hi Kim, your cooler box of meds is at the front desk; grab it before 4.'],
  ['block', 'visit_followup', 'Checking in: is the patch working for you so far?'],
  ['block', 'visit_followup', 'Reminder: the ring should stay in for 3 weeks, then take a week off.'],
  ['block', 'visit_followup', 'Hope the burning has stopped! Finish all the pills even if you feel fine.'],
  // a sleep machine's data card, a visit at a week of a pregnancy (ninth session)
  ['block', 'appointment_reminder', 'For Monday: please bring your sleep diary and the card from your machine.'],
  ['block', 'visit_followup', 'What wonderful news! We will see you at 10 weeks; the front desk will call.'],
  // a vaccine timed by the weeks of a pregnancy the text calls "expecting" (probe 6's leak, opened by vouching Tdap and closed by not vouching it)
  ['block', 'general_health', 'Dana, since you are expecting, the whooping cough booster is best given in weeks 27 to 36. Walk in any weekday.'],
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
  // the patient's own words quoted in a reply's subject (eighth session, after probe 36)
  ['block', 'clinical_reply', 'Hi June,\n\nThanks for writing. Dr. Moreau would like to see it in person; please pick a time in the portal.\n\nRiverside Family Practice', { subject: 'RE: the spot on my arm' }],
  ['block', 'clinical_reply', 'Hello,\n\nWe got your note and will call you tomorrow morning.', { subject: 'Re: pain in my back since Monday' }],
]);
