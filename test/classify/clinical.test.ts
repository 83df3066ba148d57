import { describe, expect, it } from 'vitest';
import { at, classifier, only } from './helpers.ts';

describe('lab_value', () => {
  it.each([
    ['Your A1c was 7.2% today', 'A1c was 7.2%'],
    ['LDL was 160 mg/dL', 'LDL was 160 mg/dL'],
    ['HbA1c 6.1', 'HbA1c 6.1'],
    ['hemoglobin A1c of 7', 'hemoglobin A1c of 7'],
    ['TSH 4.5 mIU/L, recheck in 6 weeks', 'TSH 4.5 mIU/L'],
    ['Your eGFR >90', 'eGFR >90'],
    ['CD4 count 350 cells/mm3', 'CD4 count 350 cells/mm3'],
    ['viral load 20 copies/mL', 'viral load 20 copies/mL'],
    ['Your PSA is 6.2 ng/mL', 'PSA is 6.2 ng/mL'],
    ['Your INR was 2.5.', 'INR was 2.5'],
    ['potassium was low at 3.1', 'potassium was low at 3.1'],
    ['Glucose: 182', 'Glucose: 182'],
    ['vitamin D level of 18 ng/mL', 'vitamin D level of 18 ng/mL'],
    ['A 1 c 7.2', 'A 1 c 7.2'],
    ['Dale, your meter reading this morning was 182 before breakfast.', 'meter reading this morning was 182'],
  ])('%j', (text, match) => {
    expect(only(text, 'lab_value')).toEqual([at(text, 'lab_value', match)]);
  });

  it.each([
    'Your lab results are ready',
    'Your A1c results are ready in the portal',
    'Fasting glucose test at 10:30 AM tomorrow',
    'A1c check in 3 months',
    'Cholesterol screening on 3/15',
    'Please fast 12 hours before your lipid panel',
    'Glucose at 8am, fasting',
    'Take iron 3 times a day',
    'Suite T4 10 is on the left',
  ])('no lab value in %j', (text) => {
    expect(only(text, 'lab_value')).toEqual([]);
  });
});

describe('test_result', () => {
  it.each([
    ['Your HIV test was negative', 'negative'],
    ['Your pregnancy test is positive', 'positive'],
    ['Your test results are normal.', 'normal'],
    ['Results: normal', 'normal'],
    ['your labs came back normal and no follow up is needed', 'normal'],
    ['Your strep test was negative', 'negative'],
    ['negative strep test', 'negative'],
    ['Your biopsy was benign', 'benign'],
    ['abnormal Pap smear', 'abnormal'],
    ['viral load undetectable', 'undetectable'],
    ['Your cholesterol is high', 'high'],
    ['high cholesterol', 'high'],
    ['HIV screen: non-reactive', 'non-reactive'],
    ['Your mammogram showed abnormal findings', 'abnormal'],
    ['Your culture was positive for strep', 'positive'],
    // A result judged in everyday words.
    ['Your results are good.', 'good'],
    ['Your labs looked great, see you next year', 'great'],
    ['The scan came back clear', 'clear'],
    ['your bloodwork was fine', 'fine'],
    // Spanish, and a result judged in everyday Spanish.
    ['Sus resultados son buenos.', 'buenos'],
    ['Los resultados de sus análisis salieron bien, nos vemos en un año.', 'bien'],
    ['Su prueba salió negativa', 'negativa'],
    ['Sus resultados salieron un poco altos otra vez.', 'altos'],
    ['Your lab was flagged, please call.', 'flagged'],
    ["Your son's hearing screen at school was flagged, Dr. Lee wants to redo it.", 'flagged'],
    // Before the test word, across a short link; and "everything came back".
    ['All good with your results!', 'good'],
    ['Nothing to worry about on your labs, see you in June', 'Nothing to worry about'],
    ['Everything came back fine.', 'fine'],
    ['Todo salió bien en sus análisis', 'bien'],
    // A judgment in a clause of its own, right after the clause that names the test.
    ['Your labs came back, everything looks good.', 'good'],
    ['Your test results are ready, everything is fine.', 'fine'],
    ['Got your bloodwork back - all good!', 'good'],
    // Vietnamese, Tagalog, Haitian Creole and Chinese in everyday words.
    ['Kết quả xét nghiệm của bạn đều ổn.', 'ổn'],
    ['Kết quả tốt, hẹn gặp lại.', 'tốt'],
    ['Kết quả bình thường', 'bình thường'],
    ['Ang resulta mo ay okay po.', 'okay'],
    ['Ok ang resulta mo.', 'Ok'],
    ['Rezilta ou yo bon, mesi.', 'bon'],
    ['您的检查结果没有问题。', '结果没有问题'],
    // judged in a clause of its own, after the words for the results (ninth session)
    ['Sus resultados ya están, no hay nada de qué preocuparse.', 'no hay nada de qué preocuparse'],
    ['Os exames chegaram e está tudo bem.', 'está tudo bem'],
    ['Wyniki badań są już gotowe, wszystko w porządku.', 'wszystko w porządku'],
    ['Kết quả xét nghiệm đã có, không có vấn đề gì.', 'không có vấn đề'],
    ['Handa na ang resulta, walang problema.', 'walang problema'],
    ['Rezilta ou yo pare, pa gen pwoblèm.', 'pa gen pwoblèm'],
    ['Результаты анализов пришли, проблем нет.', 'проблем нет'],
    ['검사 결과가 나왔습니다. 문제 없습니다.', '문제 없'],
    ['نتائج التحاليل وصلت، لا توجد مشكلة.', 'لا توجد مشكلة'],
    ['您的体检报告已经出来了，没有问题。', '没有问题'],
    // and judged badly, in a clause joined by "and" (seventeenth session)
    ['Your results are in and everything looks good.', 'good'],
    ['검사 결과가 좋지 않습니다.', '좋지 않'],
    ['검사 결과가 나쁩니다.', '나쁩'],
    ['Sus resultados no salieron bien.', 'no salieron bien'],
    ['Os exames vieram alterados.', 'vieram alterados'],
    ['Результаты анализов плохие.', 'плохие'],
    ['您的检查结果不太理想。', '不太理想'],
    ['نتائج التحاليل وصلت، غير طبيعية.', 'غير طبيعية'],
    // a culture judged in everyday words
    ["The throat culture didn't grow anything, so no antibiotic needed.", "didn't grow anything"],
    // the patient's numbers judged in everyday words
    ['Chỉ số của anh tốt hơn nhiều.', 'tốt hơn'],
    ['Mas maganda na po ang mga numero ninyo.', 'maganda'],
    ['Chif ou yo pi bon anpil depi mwa pase.', 'pi bon'],
  ])('%j', (text, word) => {
    expect(only(text, 'test_result')).toEqual([at(text, 'test_result', word)]);
  });

  it.each([
    'Your balance is positive',
    'Have a positive day!',
    'Our lab has a high volume today',
    'The lab will be open during normal hours',
    'Low-cost lab tests are available',
    'Your lab results are ready — please log in to the patient portal',
    'Results take longer due to high demand',
    'Try a low sodium diet',
    'We got positive reviews for our lab',
    'Results will be posted soon. Stay positive!',
    'High quality lab services',
    'That was a good test of our new phone system.',
    'Great screening turnout at the fair this weekend, thank you!',
    'Sus resultados están listos en el portal.',
    'Buenos días, su cita es el lunes.',
    'Good luck on your test day!',
    'Have a good day. Your results are ready in the portal.',
    'Everything looks good with the lab hours we posted',
    'Lab hours changed, everything is fine.',
    'Your results are ready in the portal. Have a great day!',
    'Your appointment is confirmed, all good!',
    'The package came back to our office',
    'Kết quả xét nghiệm đã có trên cổng thông tin.',
    'Rezilta ou yo pare sou pòtal la.',
    'Handa na ang resulta mo sa portal.',
    '检查结果已出，请登录门户查看。',
    'Sus resultados están listos en el portal. Si tiene algún problema para entrar, llámenos.',
    'Результаты готовы в портале. Хорошего дня!',
    '검사 결과가 나왔습니다. 좋은 하루 되세요.',
    '报告已经出来，诊所明天恢复正常营业。',
    'النتائج جاهزة في البوابة. نتمنى لكم يوماً جيداً',
    'No hay problema si necesita cambiar su cita.',
    'Your appointment is Tuesday and everything looks good on our end.',
    '검사 결과가 준비되었습니다. 포털에서 확인하세요.',
  ])('no test result in %j', (text) => {
    expect(only(text, 'test_result')).toEqual([]);
  });
});

describe('icd10_code', () => {
  it.each([
    ['Diagnosis: E11.9', 'E11.9'],
    ['Dx F32.A follow-up', 'F32.A'],
    ['code Z21 on file', 'Z21'],
    ['ICD-10 code Z21', 'Z21'],
    ['Z21 (diagnosis code)', 'Z21'],
    ['Billed as E11.65 and I10', 'E11.65'],
    ['S72.001A fracture', 'S72.001A'],
    ['COVID U07.1', 'U07.1'],
    ['ＩＣＤ: Ｅ１１.９', 'Ｅ１１.９'],
  ])('%j', (text, code) => {
    expect(only(text, 'icd10_code')).toContainEqual(at(text, 'icd10_code', code));
  });

  it.each([
    'Room B12',
    'Suite A10',
    'Suite A10, code 1234 for the door',
    'Z21',
    'Take vitamin B12 daily; diagnosis pending',
    'Use promo code A12',
    'Gate code is B19',
    'e11.9 is lowercase and has no keyword',
    'Flight A321 departs at 9',
  ])('no code in %j', (text) => {
    expect(only(text, 'icd10_code')).toEqual([]);
  });
});

describe('diagnosis, medication, procedure', () => {
  it.each([
    ['diagnosis', 'Managing your type 2 diabetes', 'type 2 diabetes'],
    ['diagnosis', 'Your hypertension follow-up', 'hypertension'],
    ['diagnosis', 'asthma action plan', 'asthma'],
    ['diagnosis', 'COPD clinic day', 'COPD'],
    ['diagnosis', 'Parkinson\'s disease support group', 'Parkinson\'s disease'],
    ['diagnosis', 'Your GERD medication', 'GERD'],
    ['medication', 'Your Lipitor refill', 'Lipitor'],
    ['medication', 'metformin 500 mg', 'metformin'],
    ['medication', 'insulin glargine pen', 'insulin glargine'],
    ['medication', 'Your Z-Pak is ready', 'Z-Pak'],
    ['medication', 'OZEMPIC pen needles', 'OZEMPIC'],
    ['medication', 'clomiphene cycle day 3', 'clomiphene'],
    ['procedure', 'Your colonoscopy is scheduled', 'colonoscopy'],
    ['procedure', 'Your MRI is at 8', 'MRI'],
    ['procedure', 'Chemotherapy session moved', 'Chemotherapy'],
    ['procedure', 'Dialysis chair time', 'Dialysis'],
    ['procedure', 'Bring your X-ray films', 'X-ray'],
    ['procedure', 'CT scan prep', 'CT scan'],
    // Care at home and a child's development in everyday words, as a nurse writes them.
    ['medication', 'Keep taking it twice a day until it\'s gone.', 'until it\'s gone'],
    ['medication', 'Take one in the morning with food.', 'Take one in the morning'],
    ['medication', 'Is the cream working?', 'Is the cream working'],
    ['procedure', 'Keep the dressing dry for two days.', 'Keep the dressing dry'],
    ['procedure', 'Drink the whole jug the night before.', 'the whole jug'],
    ['procedure', 'She\'s making good progress with the exercises.', 'with the exercises'],
    ['procedure', 'Your home sleep test kit is ready for pickup.', 'home sleep test'],
    ['diagnosis', 'How\'s the little guy doing with his words?', 'with his words'],
    ['diagnosis', 'How is the new hearing piece working?', 'hearing piece'],
    ['diagnosis', 'Let us know if the spot gets bigger.', 'spot gets bigger'],
    ['PREGNANT', 'Congratulations! Your due date is confirmed as October 14.', 'Your due date'],
    // A teen's confidential care, a mood screening, weigh-ins, drinks counted, a specialty pharmacy's cold chain, ADHD in a parent's words.
    ['SSP', 'Maya\'s confidential visit with Dr. Seabrook is Tue 5/13. Parents are asked to wait in the lobby.', 'confidential visit'],
    ['SSP', 'Call the nurse line and ask for me, it stays private.', 'it stays private'],
    ['MH', 'Devon\'s follow-up on his mood screening is Wed 10/1 at 3:15 PM.', 'mood screening'],
    ['diagnosis', 'How are the meal plan and weekly weigh-ins going?', 'meal plan'],
    ['SUD', 'Have you been able to stick to two drinks a night?', 'drinks a night'],
    ['medication', 'Your cold pack shipment arrives tomorrow 9 AM-1 PM.', 'cold pack'],
    ['BH', 'Ethan\'s new focus plan starts Monday.', 'focus plan'],
    // Therapy between sessions, grief, fertility, men's health and emergency contraception as staff type them.
    ['MH', 'hey dana - Priya said to bring ur thought log from last wk. see u tues', 'thought log'],
    ['MH', 'Please bring your journal to Thursday\'s appointment.', 'bring your journal'],
    ['MH', 'We wanted to make sure you\'re holding up okay after losing your mom.', 'holding up okay'],
    ['SEX', 'Take your trigger shot tonight at 9:45 PM sharp.', 'trigger shot'],
    ['diagnosis', 'f/u w dr delgado re: ur low t labs next wk', 'low t labs'],
    ['SEX', 'ur plan b is at the window, its free', 'ur plan b'],
    ['MH', 'Nhắc hẹn: buổi tư vấn tâm lý lúc 5 giờ chiều thứ Ba.', 'tư vấn tâm lý'],
    ['SSP', 'pls bring ur rx bottles to mem clinic appt fri 10am', 'mem clinic'],
    ['procedure', 'Please wear the monitor for 14 days.', 'wear the monitor'],
    ['procedure', 'Your sleep machine supplies shipped.', 'sleep machine'],
    ['procedure', 'Your drain will be removed Monday.', 'Your drain'],
  ])('%s in %j', (label, text, match) => {
    expect(only(text, label)).toContainEqual(at(text, label, match));
  });

  it('leaves out eponyms without the disease word and first-name brand names', () => {
    expect(classifier.classifyText('Dr. Parkinson and Dr. Graves')).toEqual([]);
    expect(classifier.classifyText('Hi Ella, hi Yasmin, hi Camila')).toEqual([]);
    expect(classifier.classifyText('Gerd from billing')).toEqual([]);
  });

  it('leaves ordinary words of notices alone: a spot in line, brushing twice a day, a bill\'s due date', () => {
    for (const text of ['Save your spot online for the walk-in clinic.', 'Brush twice a day for two minutes.', 'Amount due: $40. Due date: 5/1.', 'The shuttle runs twice a day.'])
      expect(classifier.classifyText(text).filter((f) => f.label !== 'unvetted'), text).toEqual([]);
  });

  it('does not treat flu shots and vaccines as procedures', () => {
    expect(classifier.classifyText('Get your flu shot today')).toEqual([]);
    expect(classifier.classifyText('Hepatitis B vaccine clinic')).toEqual([]);
  });
});
