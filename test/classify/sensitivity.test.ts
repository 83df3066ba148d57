import { describe, expect, it } from 'vitest';
import { at, classifier, labelsOf, only } from './helpers.ts';

// [label, text, the exact matched text]
const POSITIVES: [string, string, string][] = [
  ['HIV', 'Your HIV clinic appointment is Thu 3 PM', 'HIV clinic'],
  ['HIV', 'Time to refill your Biktarvy.', 'Biktarvy'],
  ['HIV', 'Your Truvada for PrEP is ready', 'Truvada'],
  ['HIV', 'Your PrEP follow-up is Monday', 'PrEP'],
  ['HIV', 'Your PrEP refill is ready', 'PrEP refill'],
  ['HIV', 'Book here: https://example.link/book?svc=prep-followup', 'prep-followup'],
  ['HIV', 'Results from the AIDS service organization', 'AIDS'],
  ['HIV', 'Your viral load check is due', 'viral load'],
  ['HIV', 'Starting post-exposure prophylaxis today', 'post-exposure prophylaxis'],
  ['STD', 'Your STD test results are in', 'STD test'],
  ['STD', 'Treatment for chlamydia is ready', 'chlamydia'],
  ['STD', 'Your Valtrex refill is ready', 'Valtrex'],
  ['STD', 'Visit the S.T.D. clinic on Elm', 'S.T.D. clinic'],
  ['SUD', 'Your addiction treatment visit is Monday', 'addiction treatment'],
  ['SUD', 'Bring your Suboxone to the visit', 'Suboxone'],
  ['SUD', 'Detox intake is at 9', 'Detox'],
  ['SUD', 'Your Antabuse prescription', 'Antabuse'],
  ['ETH', 'Your alcohol use disorder group meets Friday', 'alcohol use disorder'],
  ['ETH', 'Your Vivitrol shot is due', 'Vivitrol'],
  ['OPIOIDUD', 'Your methadone clinic dose time changed', 'methadone clinic'],
  ['OPIOIDUD', 'Keep Narcan at home', 'Narcan'],
  ['OPIOIDUD', 'SUBOXONE refill approved', 'SUBOXONE'],
  ['PSY', 'Your psychiatry appointment is at 3', 'psychiatry'],
  ['PSY', 'Pick up your Seroquel', 'Seroquel'],
  ['PSY', 'Support group for bipolar disorder', 'bipolar disorder'],
  ['MH', 'Your Lexapro dose', 'Lexapro'],
  ['MH', 'Your PTSD group starts Monday', 'PTSD'],
  ['MH', 'mental health counseling session', 'mental health counseling'],
  ['BH', 'Your behavioral health appointment', 'behavioral health'],
  ['BH', 'Anger management class moved', 'Anger management'],
  ['BH', 'Your Adderall refill', 'Adderall'],
  ['SEX', 'Your vasectomy consult is Tuesday', 'vasectomy'],
  ['SEX', 'Your Nexplanon removal', 'Nexplanon'],
  ['SEX', 'Your fertility clinic visit', 'fertility clinic'],
  ['SEX', 'Your Viagra prescription is ready', 'Viagra'],
  ['SEX', 'gender-affirming care intake', 'gender-affirming care'],
  ['PREGNANT', 'Your prenatal visit is at 10', 'prenatal visit'],
  ['PREGNANT', 'Your first trimester ultrasound', 'first trimester'],
  ['PREGNANT', 'Schedule your OB-GYN follow-up', 'OB-GYN'],
  ['GDIS', 'Your BRCA1 genetic testing kit', 'BRCA1'],
  ['GDIS', 'Your genetic counseling session', 'genetic counseling'],
  ['GDIS', 'Sickle cell clinic day', 'Sickle cell'],
  ['SDV', 'Resources for domestic violence survivors', 'domestic violence'],
  ['SDV', 'Your SANE exam follow-up', 'SANE exam'],
  ['SDV', 'Sexual assault center hours', 'Sexual assault center'],
  ['SSP', 'Your oncology follow-up is Monday', 'oncology'],
  ['SSP', 'Planned Parenthood reminder', 'Planned Parenthood'],
  ['SSP', 'Your infectious disease clinic visit', 'infectious disease clinic'],
  ['SSP', 'Your family planning clinic visit', 'family planning clinic'],
  ['SSP', 'Hospice team visit at 2', 'Hospice'],
  ['SSP', 'methadone clinic', 'methadone clinic'],
];

describe('sensitivity labels', () => {
  it.each(POSITIVES)('%s in %j', (label, text, match) => {
    expect(only(text, label)).toContainEqual(at(text, label, match));
  });

  it('gives a term every label whose file lists it (methadone clinic -> SSP, SUD, ETH, OPIOIDUD; methadone -> medication)', () => {
    const text = 'Your methadone clinic visit';
    const f = classifier.classifyText(text);
    expect(f).toEqual([
      at(text, 'ETH', 'methadone clinic'),
      at(text, 'OPIOIDUD', 'methadone clinic'),
      at(text, 'SSP', 'methadone clinic'),
      at(text, 'SUD', 'methadone clinic'),
      at(text, 'medication', 'methadone'),
    ]);
  });

  it('labels Biktarvy as HIV and medication with the same span', () => {
    const text = 'Biktarvy 1 tablet';
    expect(classifier.classifyText(text)).toEqual([at(text, 'HIV', 'Biktarvy'), at(text, 'medication', 'Biktarvy')]);
  });

  it('nests psychiatric terms in MH and BH', () => {
    expect(labelsOf('Your Abilify refill')).toEqual(['BH', 'MH', 'PSY', 'medication']);
    expect(labelsOf('Your Zoloft refill')).toEqual(['BH', 'MH', 'medication']);
  });
});

describe('evasion', () => {
  const HIV: [string, string, number, number][] = [
    ['dotted', 'Your H.I.V. test', 5, 10],
    ['spaced', 'your h i v test', 5, 10],
    ['dashed', 'H-I-V clinic', 0, 12],
    ['fullwidth', 'ＨＩＶ clinic', 0, 10],
    ['Cyrillic look-alikes', 'НІV clinic', 0, 10],
    ['Greek look-alikes', 'ΗΙV', 0, 3],
    ['zero-width joiner and space inside', 'H\u200DI\u200BV', 0, 5],
    ['soft hyphen and word joiner', 'H\u00ADI\u2060V', 0, 5],
    ['bidi controls', '\u202EHIV\u202C results', 1, 4],
    ['diacritics', 'HÍV', 0, 3],
    ['combining mark', 'HI\u0301V', 0, 4],
    ['mathematical bold', '𝐇𝐈𝐕', 0, 6],
    ['variation selector', 'H\uFE0FIV', 0, 4],
  ];
  it.each(HIV)('finds HIV written %s', (_name, text, start, end) => {
    const f = only(text, 'HIV');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]!.start).toBe(start);
    expect(f[0]!.end).toBe(end);
  });

  it('covers the whole dotted term in the original', () => {
    const text = 'H.I.V.';
    expect(only(text, 'HIV')).toEqual([{ label: 'HIV', start: 0, end: 5 }]);
    expect(text.slice(0, 5)).toBe('H.I.V');
  });

  it.each([
    ['Methadone-Clinic', 0, 16],
    ['methadone   clinic', 0, 18],
    ['METHADONE CLINIC', 0, 16],
    ['Methadone\u200B Clinic', 0, 17],
    ['ＭｅｔｈａｄｏｎｅＣｌｉｎｉｃ', 0, 15],
  ])('finds the clinic in %j', (text, start, end) => {
    expect(only(text, 'SSP')).toEqual([{ label: 'SSP', start, end }]);
    expect(only(text, 'OPIOIDUD')).toEqual([{ label: 'OPIOIDUD', start, end }]);
  });

  it('finds SUBOXONE in capitals and Suboxone with Cyrillic o', () => {
    expect(only('SUBOXONE', 'OPIOIDUD')).toEqual([{ label: 'OPIOIDUD', start: 0, end: 8 }]);
    expect(only('Sub\u043Exone', 'OPIOIDUD')).toEqual([{ label: 'OPIOIDUD', start: 0, end: 8 }]);
  });

  it('offsets stay exact through accented letters, dashes, quotes, emoji and invisibles', () => {
    const text = 'Clínica — “HIV” 😀 Méthadone\u200B clinic, ＳＵＢＯＸＯＮＥ';
    const f = classifier.classifyText(text);
    expect(f).toContainEqual(at(text, 'HIV', 'HIV'));
    expect(f).toContainEqual(at(text, 'SSP', 'Méthadone\u200B clinic'));
    expect(f).toContainEqual(at(text, 'OPIOIDUD', 'ＳＵＢＯＸＯＮＥ'));
  });

  it('offsets stay in the original when a term follows astral characters', () => {
    const text = '😀😀 HIV';
    expect(only(text, 'HIV')).toEqual([{ label: 'HIV', start: 5, end: 8 }]);
  });
});

describe('word boundaries', () => {
  it.each([
    'Ship via UPS',
    'Your records are in the archive',
    'Shivering? Stay warm',
    'Chivalry is not dead',
    'The hive is buzzing',
    'Meet me at Ivan\'s office',
    'Visit the retina specialist',
    'Methodist Hospital parking',
    'Prepare for your visit',
  ])('no finding in %j', (text) => {
    expect(classifier.classifyText(text)).toEqual([]);
  });

  it('does not split a word in arbitrary places (only term words or single letters)', () => {
    expect(only('a ti van', 'medication')).toEqual([]);
    expect(only('A T I V A N', 'medication')).toEqual([{ label: 'medication', start: 0, end: 11 }]);
  });

  it('matches possessives and plural separators at term word breaks', () => {
    const text = 'Your mom’s Alzheimer’s care';
    expect(only(text, 'diagnosis')).toEqual([at(text, 'diagnosis', 'Alzheimer’s')]);
  });
});

describe('case-sensitive terms', () => {
  it('AIDS only in capitals', () => {
    expect(only('AIDS', 'HIV')).toHaveLength(1);
    expect(only('A.I.D.S.', 'HIV')).toHaveLength(1);
    expect(only('hearing aids', 'HIV')).toEqual([]);
    expect(only('Visual Aids', 'HIV')).toEqual([]);
  });
  it('PrEP only in that case; "prep" is preparation', () => {
    expect(only('PrEP', 'HIV')).toEqual([{ label: 'HIV', start: 0, end: 4 }]);
    expect(only('colonoscopy prep', 'HIV')).toEqual([]);
    expect(only('PREP INSTRUCTIONS', 'HIV')).toEqual([]);
  });
  it('PEP only in capitals', () => {
    expect(only('Start PEP today', 'HIV')).toHaveLength(1);
    expect(only('a pep talk', 'HIV')).toEqual([]);
  });
});

describe('suppression', () => {
  it('drops findings inside a suppress phrase but keeps an exact one', () => {
    expect(only('HEARING AIDS', 'HIV')).toEqual([]);
    expect(only('a tropical depression', 'MH')).toEqual([]);
    expect(labelsOf('herpes zoster')).toEqual(['diagnosis']);
  });
  it('drops a term followed by vaccine or awareness (wellness content)', () => {
    expect(classifier.classifyText('Get the HPV vaccine')).toEqual([]);
    expect(classifier.classifyText('Breast Cancer Awareness Month')).toEqual([]);
    expect(labelsOf('HPV results')).toEqual(['STD']);
  });
  it('drops a capitalized term used as a street name', () => {
    expect(classifier.classifyText('12 Cancer Ln')).toEqual([]);
    expect(labelsOf('your cancer lab')).toEqual(['diagnosis']);
  });
});
