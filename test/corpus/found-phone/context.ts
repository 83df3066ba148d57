// Context for general content. Campaigns, notices and footers addressed to everyone are not about
// the patient and may go out; the same words tied to the patient ("your", a result, a visit) must
// not.
import { cases } from './cases.ts';

export const CONTEXT_SMS = cases('context', 'sms', [
  ['allow', 'general_health', 'Free blood pressure checks for everyone at the Riverside Family Practice booth at the county fair, Saturday 10-2.'],
  ['allow', 'general_health', 'Community health fair Sat 6/13: free glucose and cholesterol screening, open to all. Bring the family!'],
  ['allow', 'general_health', 'Flu and COVID vaccines are now available for all patients 6 months and older. Walk in or book online.'],
  ['allow', 'general_health', 'June is Men\'s Health Month: men over 50 should ask their doctor about colon cancer screening.'],
  ['allow', 'general_health', 'Free, confidential HIV testing for anyone in the community this Friday, 4-7 PM, at the Maple Ave office.'],
  ['allow', 'general_health', 'Our diabetes prevention class is open to the public. Sign up at riversidefp.example/classes.'],
  ['allow', 'general_health', 'Visitor rule: to protect privacy, staff cannot give test results to visitors or by phone to family.'],
  ['allow', 'general_health', 'Did you know? Most adults need a tetanus booster every 10 years. Ask at your next visit.'],
  ['allow', 'general_health', 'Smoke-free since 2015: our campus is tobacco-free. Thank you for helping keep the air clean for everyone.'],
  ['allow', 'general_health', 'World Mental Health Day is Oct 10. If you or someone you know is struggling, call or text 988 any time.'],
  ['block', 'general_health', 'Because your blood pressure was high at your last visit, please come to our free checks on Saturday.'],
  ['block', 'general_health', 'Your glucose screening at the health fair was 240. Please call to schedule a visit.'],
  ['block', 'general_health', 'As a patient with HIV, you are invited to our support group on Friday.'],
  ['block', 'general_health', 'Your colon cancer screening is overdue; your last colonoscopy found polyps.'],
  ['block', 'general_health', 'Since you have diabetes, we saved you a seat in our diabetes class on Monday.'],
  ['block', 'appointment_reminder', 'Reminder: your diabetes education class is Monday at 6 PM.'],
  ['allow', 'general_health', 'Whooping cough cases have been reported in our county. Ask about vaccines for every member of your family.'],
  ['allow', 'general_health', 'Adults 65 and older: the pneumonia vaccine is available at every visit this fall.'],
  ['block', 'visit_followup', 'Your daughter has whooping cough; keep her home from school until Monday.'],
  // A campaign from its opening question on, and the groups it speaks to; a bill's "for ... services" is not one.
  ['allow', 'general_health', 'Did you know a single vape can hold as much nicotine as a pack of cigarettes? Talk with your teens about it. Free tip sheets for parents at every front desk.'],
  ['allow', 'general_health', 'New this season: RSV protection for newborns and infants. Ask at any of our offices.'],
  ['allow', 'general_health', 'Free naloxone nasal spray kits are available to anyone at our front desks, no questions asked.'],
  ['block', 'billing_reminder', 'Statement for recovery services - April. Balance $35.00, pay at pay.riversidefp.example.'],
  // a class for everyone's children, named for one child (seventh session, probe 35's leak)
  ['block', 'appointment_reminder', "Reminder: Jayden's Healthy Weight for Kids class is Thursday at 5 PM in the community room."],
  ['block', 'appointment_reminder', 'Recordatorio: la clase de Peso Saludable para Niños de Mateo es el jueves a las 5 en el salón comunitario.', { language: 'es' }],
  // campaigns in Portuguese, Polish, Tagalog, Haitian Creole and Russian, and the same words tied to the patient (eighth session, after probe 37)
  ['allow', 'general_health', 'Vacina da gripe grátis para toda a comunidade, a partir de 6 meses. Sábado, das 9h às 13h, sem agendamento.', { language: 'pt' }],
  ['block', 'visit_followup', 'Sua pressão arterial estava alta na última consulta. A vacina da gripe é grátis no sábado.', { language: 'pt' }],
  ['allow', 'general_health', 'Zapraszamy wszystkich na bezpłatne szczepienia przeciw grypie w sobotę od 9:00 do 13:00.', { language: 'pl' }],
  ['allow', 'general_health', 'Libreng bakuna laban sa trangkaso para sa lahat ngayong Sabado, 9 AM hanggang 1 PM.', { language: 'tl' }],
  ['block', 'visit_followup', 'Mataas po ang presyon mo noong huling bisita. Libreng bakuna sa Sabado.', { language: 'tl' }],
  ['allow', 'general_health', 'Fwa sante kominotè samdi: tansyon gratis ak vaksen grip pou tout moun.', { language: 'ht' }],
  ['allow', 'general_health', 'Бесплатная прививка от гриппа для всех жителей района в субботу с 9:00 до 13:00.', { language: 'ru' }],
  ['block', 'visit_followup', 'Ваше давление было высоким на прошлом приёме. Прививка от гриппа бесплатно в субботу.', { language: 'ru' }],
  // a campaign's figures and claims about a condition, tick season, a family by its surname (ninth session, after probes 36, 41 and 42)
  ['allow', 'general_health', 'About 1 in 3 adults have high blood pressure and many do not know it. Free checks at our Saturday health fair.'],
  ['allow', 'general_health', 'Colon cancer is the second most common cancer in men and women. Screening can start at 45; ask at any visit.'],
  ['allow', 'general_health', 'Tick season is here! After hikes, everyone in the family should check for ticks behind the knees and ears.'],
  ['allow', 'prescription_ready', '3 prescriptions are ready for the Okafor family at the Elm St pharmacy. Pickup window 9-6.'],
  ['block', 'visit_followup', 'Your high blood pressure is the most common reason for your headaches.'],
  ['block', 'visit_followup', 'Patients who have diabetes like you should book a foot check this month.'],
  ['allow', 'general_health', 'The mobile mammography van visits the library lot May 3-4, open to all women 40 and older. Call 555-301-4400 to book!'],
  ['block', 'appointment_reminder', 'Your mammography van appointment is Sat 5/3 at 9:40 AM in the library lot.'],
  // advice to everyone that sends them to a provider ("ask your provider about RSV protection"), and who is sick in an outbreak (eleventh session, after probe 57)
  ['allow', 'general_health', 'Whooping cough is going around our county. Keep sick visitors away from newborns and ask your pharmacist about the Tdap shot for grandparents.'],
  ['allow', 'general_health', 'Measles cases were reported in our area this week. Keep sick children home and ask your provider about the MMR vaccine.'],
  ['block', 'visit_followup', "Your baby's RSV shot is due. Ask your provider about it at Tuesday's visit."],
  ['block', 'visit_followup', 'You were sick at your last visit; ask your doctor about the test we sent out.'],
  // winter tips for everyone with emoji bullets, a claim about a condition in an awareness campaign, and the
  // same campaign beside the patient's own results (nineteenth session, probes 91-104)
  ['allow', 'general_health', 'Hello neighbors,\n\nDeep cold is coming this weekend. A few reminders for everyone:\n\n🧤 Cover ears, nose, fingers and toes outside.\n❄️ Shovel slowly and stop if you feel short of breath.\n🏠 Check on neighbors who live alone.'],
  ['allow', 'general_health', 'October is Depression Awareness Month. Depression is common and treatable: anyone can talk to any of our providers, and you can call or text 988 any time.'],
  ['block', 'results_ready', 'Flu cases are up in our county; your swab from Monday came back. Call us today.'],
]);

export const CONTEXT_EMAIL = cases('context', 'email', [
  ['allow', 'general_health', 'Dear patients,\n\nThis fall we are offering free screenings at our community health fair: blood pressure, cholesterol and glucose checks for anyone 18 and older. No appointment is needed.\n\nRiverside Family Practice\nPrimary care | Pediatrics | Women\'s health | Behavioral health | Lab services', { subject: 'Community health fair' }],
  ['allow', 'appointment_reminder', 'Dear Mr. Nakamura,\n\nThis is a reminder of your appointment on Thursday, June 11 at 9:00 AM.\n\n--\nRiverside Family Practice offers primary care, pediatrics, women\'s health, behavioral health, and on-site lab and imaging services.', { subject: 'Appointment reminder' }],
  ['allow', 'general_health', 'Hello,\n\nOctober is Breast Cancer Awareness Month. Women aged 40 and older should talk with their doctor about a mammogram. Our imaging center has Saturday hours this month.\n\nRiverside Family Practice', { subject: 'Breast Cancer Awareness Month' }],
  ['allow', 'general_health', 'Dear patients,\n\nFor everyone\'s privacy: test results are only shared through the patient portal or by your provider, never with visitors at the front desk.\n\nThank you for understanding.', { subject: 'Our privacy rules' }],
  ['block', 'general_health', 'Dear Ms. Obi,\n\nBecause your mammogram last year showed dense tissue, we are inviting you to our Breast Cancer Awareness Month event.', { subject: 'An invitation for you' }],
  ['block', 'appointment_reminder', 'Dear Mr. Pike,\n\nThis is a reminder of your behavioral health appointment on Thursday, June 11 at 9:00 AM.', { subject: 'Appointment reminder' }],
  // the 2026 Notice of Privacy Practices update, sent to every patient; the same records named as the patient's are not general
  ['allow', 'general_health', 'Dear patients,\n\nWe have updated our Notice of Privacy Practices. It describes how medical information about you may be used and disclosed, and the added protections for substance use disorder treatment records and reproductive health care information.\n\nRead it at riversidefp.example/privacy or ask for a paper copy.', { subject: 'Notice of Privacy Practices' }],
  ['block', 'document_ready', 'Hello Ms. Vance,\n\nYour substance use disorder treatment records were faxed to the new clinic this morning.', { subject: 'Records sent' }],
  ['allow', 'general_health', 'Hello,\n\nOur offices close at noon on Friday for staff training.\n\n--\nRiverside Family Practice\nFamily Medicine - Adolescent Care - OB & Midwifery - Geriatrics - Lab\n88 Grant Street, Hollisburg, PA 17011', { subject: 'Early closing Friday' }],
  // a mailing that greets a group: its "you" is anyone who reads it (twelfth session)
  ['allow', 'general_health', 'Dear Riverside neighbors,\n\nThe heat is back this week. Drink water before you feel thirsty, and know the signs of heat illness: heavy sweating, dizziness, nausea or confusion. Call 911 if they are severe.', { subject: 'Stay safe in the heat' }],
  ['allow', 'general_health', 'Hi families,\n\nIt is Child Passenger Safety Week. The chest clip goes at armpit level, and you should not be able to pinch any slack at the shoulder. Free seat checks Saturday with certified technicians.', { subject: 'Is your car seat installed right?' }],
  ['block', 'general_health', 'Hi Maria,\n\nThe chest pain you told us about on Friday needs a visit this week. Please call us.', { subject: 'Following up' }],
  // a routine adolescent vaccine in a notice to every family, as Tdap (thirteenth session, probe 63)
  ['allow', 'general_health', 'Reminder to all families: Texas requires 7th graders to have Tdap and meningococcal vaccines before school starts. Call to book!'],
  // a campaign's bulleted tips say "your" to everyone; the same tips led in by the patient's own line do not (seventeenth session, probes 46 and 59)
  ['allow', 'general_health', 'Flu season is here, and the best protection for everyone is a yearly flu shot.\n\nA few other ways to stay healthy this winter:\n- Wash hands often\n- Cover coughs and sneezes\n- Stay home from work or school when you are sick'],
  ['block', 'visit_followup', 'Flu season is here, and the best protection for everyone is a yearly flu shot.\n\nAbout your knee, here is your plan:\n- Keep your leg up\n- Stay home from work while you are sick'],
  // a health fair's list of free services under its own line, for everyone (eighteenth session)
  ['allow', 'general_health', 'Dear neighbors,\n\nOur Fall Community Health Fair is open to everyone, patients or not!\nSaturday, October 3, 9 AM to 1 PM, Riverside Family Practice parking lot.\n\nFREE SERVICES\n• Blood pressure checks\n• Rapid HIV and hepatitis C testing\n• Flu shots\n\nBring a friend!', { subject: 'Free health fair on October 3' }],
  // a campaign's screening offer and figures about a state's people; the same words to one patient (twentieth session)
  ['allow', 'general_health', 'Dear Riverside community,\n\nNovember is Diabetes Awareness Month. About 1 in 9 Pennsylvanians has diabetes, and many more have prediabetes. Free glucose checks for everyone on Saturdays.', { subject: 'Diabetes Awareness Month' }],
  ['allow', 'general_health', 'Hello everyone,\n\nMarch is Colorectal Cancer Awareness Month. Colon cancer is one of the most preventable cancers, and we are making it easier to get a screening colonoscopy.', { subject: 'March is Colorectal Cancer Awareness Month' }],
  ['block', 'appointment_reminder', 'Dear Mr. Cole,\n\nYour screening colonoscopy is on Monday at 7:30 AM. Please start the prep the night before.', { subject: 'Your visit Monday' }],
  // a medicine's name or a visit's type beside campaign words: a supply, a weekday schedule, a free ride, an hour (twenty-first session)
  ['block', 'prescription_ready', 'Riverside pharmacy: Descovy 90 day supply ready for pickup this month.'],
  ['block', 'appointment_reminder', 'Riverside FP: free ride to the methadone clinic Thursday 8am. Driver calls 10 min ahead.'],
  ['block', 'appointment_reminder', 'Prenatal visit at our community clinic, Wed 2:15 PM, 3rd floor.'],
  ['block', 'appointment_reminder', 'Chlamydia recheck every Monday this month - your next one is 6/8 at 4pm.'],
  ['block', 'appointment_reminder', 'Kids asthma check Thu 3:30 PM with Dr. Shah.'],
  ['block', 'appointment_reminder', 'Quit-vaping visit 6/12, free parking in Lot C.'],
  ['allow', 'general_health', 'Free blood pressure and glucose checks for the whole community at the Maple Ave library, Sat 6/13, 9 AM-1 PM. Everyone welcome!'],
  ['allow', 'general_health', 'Free naloxone kits for anyone at every Riverside front desk during Recovery Month. No questions asked.'],
]);
