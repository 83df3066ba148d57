// Message texts for the classifier benchmarks: 160-character SMS (one segment) and ~2 KB emails,
// most of them ordinary practice messages, some with the clinical or sensitive words the
// classifier exists to find. Fictional patients and practices.

const SMS_SEEDS = [
  'Hi Maria, reminder of your appointment Tue 3/3 at 10:15 AM with Dr. Patel at Riverside Family Practice. Reply C to confirm or R to reschedule.',
  'Riverside Family Practice: you have a balance due of $45.00. Pay securely at https://pay.riverside.example/abc or call 555-123-4567.',
  'Your prescription is ready for pickup at Main St Pharmacy. Bring a photo ID. Questions? Call the pharmacy at 555-987-6543.',
  'You have a new message in your patient portal. Log in at https://portal.riverside.example to read it.',
  'Reminder: your HIV clinic appointment is Thu 3/5 at 10:15 AM. Please arrive 15 minutes early.',
  'Your A1c was 9.1%, up from 7.8%. Dr. Patel would like you to start metformin 500 mg twice daily.',
  'Reminder: methadone clinic visit tomorrow at 9 AM. Bring your take-home bottles.',
  'Your test came back positive for chlamydia. Please call us to discuss treatment options.',
  'Your appointment with Dr. Rose Black is tomorrow at 8:45 AM, 123 Grant St, Suite A10. Please arrive 15 minutes early.',
  'We have your records on file: SSN 123-45-6789, DOB 04/12/1980. Call us if anything is wrong.',
  'Hi James, this is Riverside Family Practice confirming your visit with Dr. Hope on 11/24 at 2:30 PM. Reply Y to confirm.',
  'Our office will be closed Monday for the holiday and will resume normal hours on Tuesday. Have a safe weekend!',
];

const FILLER = ' Reply STOP to opt out, HELP for help. Msg & data rates may apply. Riverside Family Practice, 555-123-4567.';

/** Exactly 160 characters each: the seed, then the usual SMS footer, cut at 160. */
export const SMS_160: readonly string[] = SMS_SEEDS.map((s) => (s + FILLER + FILLER).slice(0, 160));

const PARAGRAPHS = [
  'Dear patient, thank you for choosing Riverside Family Practice. We are writing to remind you of your upcoming visit and to share a few updates about our office.',
  'Our front desk is open Monday through Friday from 8:00 AM to 5:00 PM. If you need to reschedule, please call at least 24 hours in advance so another patient can use the time.',
  'Please bring your insurance card, a photo ID and a list of the medicines you take, including vitamins and supplements. New patients should complete the forms before the visit.',
  'Parking is available in the garage on Grant Street, entrance B. The gate code changes monthly and will be sent the day before your appointment.',
  'Your recent lab work shows an LDL of 162 mg/dL and a TSH of 6.2 mIU/L. Dr. Patel recommends atorvastatin 20 mg daily and a follow-up thyroid panel in six weeks.',
  'As discussed, your referral to the behavioral health program has been sent. The intake team will contact you about counseling for anxiety and depression.',
  'Flu shots are available at every visit this season. Ask the nurse at check-in; most insurance plans cover the vaccine with no copay.',
  'Our patient portal lets you message your care team, see upcoming appointments and pay your bill online. Sign up at the front desk or on our website.',
  'Thank you for your payment. Your statement for the visit on March 3 shows a remaining balance of $20.00, due by the end of the month.',
  'If you have questions about this message, please reply through the portal or call our office. For emergencies, call 911.',
];

/** About 2 KB each: paragraphs in a different order for each email. */
export const EMAILS_2K: readonly string[] = Array.from({ length: PARAGRAPHS.length }, (_, i) => {
  let text = '';
  for (let k = 0; text.length < 2048; k++) text += `${PARAGRAPHS[(i + k * 3) % PARAGRAPHS.length]}\n\n`;
  return text.slice(0, 2048);
});

/** Ordinary SMS in languages the found-phone test covers (and one it does not: French), for the per-language cost. */
export const SMS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: SMS_160.slice(0, 4),
  es: [
    'Hola María, le recordamos su cita con el Dr. Ramírez el martes 2 de junio a las 10:30 a. m. en Riverside Family Practice. Responda C para confirmar o R para cambiar.',
    'Su receta está lista para recoger en la farmacia Walgreens de Oak St. Traiga una identificación con foto. Si tiene preguntas, llame al 555-301-4400. Gracias.',
  ],
  zh: ['您好，提醒您：您与李医生的预约在6月8日星期一下午3:20。回复C确认，回复R改期。您的处方已可在药房领取。请携带带照片的身份证件。如有问题请致电555-301-4400。'],
  vi: ['Xin chào anh Minh, nhắc lịch hẹn của anh với bác sĩ Trần vào thứ Ba 2/6 lúc 10:30 sáng tại Riverside Family Practice. Trả lời C để xác nhận. Cảm ơn.'],
  ru: ['Здравствуйте, Ольга! Напоминаем о вашем приёме у доктора Смирнова в понедельник, 8 июня, в 15:20. Ответьте C для подтверждения. Ваш рецепт готов.'],
  uk: ['Добрий день, Олено! Нагадуємо про ваш прийом у лікаря Ткаченка в понеділок, 8 червня, о 15:20. Відповідайте C для підтвердження. Ваш рецепт готовий.'],
  ar: ['مرحباً أحمد، نذكرك بموعدك مع الدكتور حسن يوم الاثنين 8 يونيو الساعة 3:20 مساءً. أرسل C للتأكيد. لديك رسالة جديدة في بوابة المرضى. يرجى تسجيل الدخول.'],
  ko: ['안녕하세요, 김민지님. 6월 8일 월요일 오후 3시 20분 박 선생님과의 예약을 알려 드립니다. 확인하시려면 C를 회신해 주세요. 처방전이 준비되었습니다. 약국에서 수령하실 수 있습니다.'],
  pl: ['Przypominamy o wizycie u dr. Nowaka w poniedziałek 8 czerwca o 15:20 w Riverside Family Practice. Prosimy o potwierdzenie odpowiedzią C.'],
  so: ['Salaan Xaliimo, waxaan ku xusuusinaynaa ballantaada Dr. Jama ee Talaadada, 9-ka Juun, 2:20 galabnimo, Riverside Family Practice. Ku jawaab C si aad u xaqiijiso.'],
  pt: ['Olá, Juliana! Lembrete: sua consulta com o Dr. Paulo Mendes é na terça-feira, 9/6, às 14h20, na Riverside Family Practice. Responda C para confirmar.'],
  fr: ['Bonjour Claire, nous vous rappelons votre rendez-vous avec le Dr Martin le lundi 8 juin à 15h20 à Riverside Family Practice. Répondez C pour confirmer.'],
};
