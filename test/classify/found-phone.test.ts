// The found-phone test's new pieces (issue 12): decoding before reading, split and disguised words,
// the positive model (vetted words, names, numbers, links, languages), misspellings measured both
// ways, approved templates, and general content. Properties with fast-check, plus examples.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, foldString, practiceNames, type Finding } from '../../engine/classify/index.ts';
import { decodeForReading } from '../../engine/classify/decode.ts';
import { editDistance, NearMatcher } from '../../engine/classify/fuzzy.ts';
import { parseVetted, RESULT_NOUNS, TEST_NOUNS } from '../../engine/classify/lexicon.ts';
import { compileTemplate, matchTemplate } from '../../engine/classify/templates.ts';
import { cyrillicKey, latinKey } from '../../engine/classify/romanized.ts';
import { parseVocab, pluralOf, readLanguageVocab, readVocabFiles } from '../../engine/classify/vocab.ts';

const positive = createClassifier({ positive: true, vetted: ['Riverside Family Practice'] });
const negative = createClassifier();
const labels = (fs: readonly Finding[]): string[] => [...new Set(fs.map((f) => f.label))].sort();
const words = (text: string, fs: readonly Finding[], label: string): string[] => fs.filter((f) => f.label === label).map((f) => text.slice(f.start, f.end));
/** The unvetted words of a text read in one language. */
const unvettedIn = (lang?: string) => (text: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');
const vetted = (name: string): string[] => parseVetted(readFileSync(new URL(`../../engine/classify/vetted/${name}.txt`, import.meta.url), 'utf8'));
const vocab = (name: string): string[] => parseVocab(readFileSync(new URL(`../../engine/classify/vocab/${name}.txt`, import.meta.url), 'utf8')).map((l) => l.term);

describe('decoding before reading', () => {
  it('returns null when there is nothing to decode, and an in-bounds, ordered offset map when there is', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '%', '2', '0', '4', '8', '&', '#', ';', '<', '>', '/', 'p', '+', '?', 'é') , maxLength: 60 }), (text) => {
        const d = decodeForReading(text);
        if (d === null) return;
        expect(d.start.length).toBe(d.text.length);
        for (let i = 0; i < d.text.length; i++) {
          expect(d.start[i]!).toBeGreaterThanOrEqual(0);
          expect(d.end[i]!).toBeLessThanOrEqual(text.length);
          expect(d.start[i]!).toBeLessThan(d.end[i]!);
          if (i > 0) expect(d.start[i]!).toBeGreaterThanOrEqual(d.start[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a sensitive term percent-encoded (once or twice), `+`-joined in a query, or behind HTML entities and tags', () => {
    const terms = ['hepatitis C', 'chlamydia', 'HIV', 'methadone', 'pregnancy test'];
    fc.assert(
      fc.property(fc.constantFrom(...terms), fc.constantFrom('once', 'twice', 'plus', 'entity', 'tags'), (term, how) => {
        const enc = [...term].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
        const body =
          how === 'once' ? `See https://x.example/r?topic=${enc}`
          : how === 'twice' ? `See https://x.example/r?topic=${enc.replace(/%/g, '%25')}`
          : how === 'plus' ? `See https://x.example/r?topic=${term.replace(/ /g, '+')}&id=7`
          : how === 'entity' ? `<p>${[...term].map((c) => `&#${c.charCodeAt(0)};`).join('')}</p>`
          : `<p>${[...term].map((c) => `<span>${c}</span>`).join('')}</p>`;
        const plain = labels(negative.classifyText(term)).filter((l) => l !== 'test_result');
        const found = labels(negative.classifyText(body));
        for (const l of plain) expect(found, body).toContain(l);
      }),
      { numRuns: 60 },
    );
  });

  it('maps findings in decoded text back to the characters as sent', () => {
    const text = 'Read: https://x.example/?q=hepatitis%20C%20antibody';
    const f = negative.classifyText(text).find((x) => x.label === 'diagnosis')!;
    expect(text.slice(f.start, f.end)).toBe('hepatitis%20C');
  });

  it('reads lab values in their common forms', () => {
    for (const t of ['TSH (6.8) is a bit high', 'your A1c dropped from 9 to 7.4', 'Cholesterol 240-250 range again', 'Glucose=212 this morning', 'your cholesterol went from 260 down to 198', 'Su glucosa en ayunas fue de 145 mg/dL']) {
      expect(labels(negative.classifyText(t)), t).toContain('lab_value');
    }
    for (const t of ['call us at 555-301-4400 about your A1c', 'your A1c check is at 10:30 on 6/2']) expect(labels(negative.classifyText(t)), t).not.toContain('lab_value');
  });
});

describe('split and disguised words', () => {
  const SHORT = ['HIV', 'AIDS', 'STD', 'PrEP'];
  it('finds a short sensitive term with any one punctuation or symbol character inside it', () => {
    const separator = fc.integer({ min: 0x21, max: 0xffff }).map((c) => String.fromCharCode(c)).filter((c) => !/[\p{L}\p{N}\p{M}\s\p{Cf}\p{Cs}]/u.test(c) && c.normalize('NFKC') === c && /^[^\p{L}\p{N}]$/u.test(c));
    fc.assert(
      fc.property(fc.constantFrom(...SHORT), separator, fc.nat(), (term, sep, at) => {
        const i = 1 + (at % (term.length - 1));
        const text = `Your ${term.slice(0, i)}${sep}${term.slice(i)} clinic visit is on Monday.`;
        expect(labels(negative.classifyText(text)), JSON.stringify(text)).toContain(term === 'STD' ? 'STD' : 'HIV');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses control characters and bidi overrides as disguised text, and still reads the term', () => {
    for (const c of ['\u0000', '\u0007', '\u001b', '\u202e', '\u202d', '\u0085']) {
      const found = labels(negative.classifyText(`Your H${c}IV clinic visit`));
      expect(found, JSON.stringify(c)).toContain('disguised_text');
    }
    expect(labels(negative.classifyText('Your H\u0000IV clinic visit'))).toContain('HIV');
    expect(labels(negative.classifyText('Line one\r\n\tline two'))).not.toContain('disguised_text');
  });

  it('reads a split by spaces only when no piece is an ordinary word', () => {
    expect(labels(negative.classifyText('Your H IV clinic'))).toContain('HIV');
    expect(labels(negative.classifyText('Your ch lamydia treatment'))).toContain('STD');
    expect(labels(negative.classifyText('Hi V, your visit is Monday'))).not.toContain('HIV');
    expect(labels(negative.classifyText('see you at Ivan\'s'))).not.toContain('medication');
  });
});

describe('the positive model', () => {
  const EN = vetted('en').filter((w) => /^[a-z]+$/.test(w) && w.length > 1);
  // (A sentence about someone's results vouches only for what a results notice says, by design: "labs hands" doubts
  // "hands". The words of results and tests are left out here: with them about 1 text in 100,000 failed.)
  const NOT_RESULTS = EN.filter((w) => !RESULT_NOUNS.includes(w) && !TEST_NOUNS.includes(w));
  it('vouches for any text made of vetted English words, numbers and the practice name', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...NOT_RESULTS), fc.integer({ min: 0, max: 9999 }).map(String), fc.constant('Riverside Family Practice')), { minLength: 1, maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // Except in a name's place: after a greeting or a title, before a street's suffix ("hi maria", "kestrel rd").
  const NAME_SLOTS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'morning', 'afternoon', 'evening', 'welcome', 'congratulations', 'congrats', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'nurse', 'prof', 'professor', 'pharmacist', 'coach', 'st', 'street', 'ave', 'avenue', 'blvd', 'rd', 'road', 'ln', 'lane', 'drive', 'way', 'ct', 'court', 'pl', 'place', 'pkwy', 'hwy', 'highway', 'cir', 'circle', 'ter', 'terrace', 'sq', 'square', 'trl', 'trail', 'plaza', 'pike', 'parkway', 'boulevard', 'calle', 'avenida', 'sr', 'sra', 'srta', 'dra', 'drs', 'mx', 'ong', 'ba', 'anh', 'chi', 'si', 'kay', 'ni', 'hola', 'estimado', 'estimada', 'querido', 'querida', 'bonjou', 'bonswa', 'chao', 'araw', 'driver', 'np', 'pa', 'rn', 'fnp', 'cnm', 'bs']);
  // ...or in a mass mailing's campaign: with "unsubscribe" and a word for everyone ("offers"), a lower-case word no list
  // holds is the campaign's (thirtieth session); a random draw of both made this property fail once in the thirty-second
  // session's CI, so the mailing's marker stays out of the draw and the campaign has its own examples below
  const NOT_SLOTS = EN.filter((w) => !NAME_SLOTS.has(w) && w !== 'unsubscribe');
  it('does not vouch for a word no lexicon holds, wherever it stands but in a name\'s place', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NOT_SLOTS), { maxLength: 10 }), fc.nat(), (ws, at) => {
        const i = at % (ws.length + 1);
        const text = [...ws.slice(0, i), 'zqxvbnorp', ...ws.slice(i)].join(' ');
        expect(words(text, positive.classifyText(text), 'unvetted').join(' ')).toContain('zqxvbnorp');
      }),
      { numRuns: 200 },
    );
  });

  it("vouches for a word no lexicon holds only in a mass mailing's sentence to everyone, not in the mailing's other sentences", () => {
    expect(words('Free zqxvbnorp for everyone this month! Unsubscribe: example.org/u', positive.classifyText('Free zqxvbnorp for everyone this month! Unsubscribe: example.org/u'), 'unvetted')).toEqual([]);
    const tied = 'Your zqxvbnorp is ready. Unsubscribe: example.org/u';
    expect(words(tied, positive.classifyText(tied), 'unvetted')).toContain('zqxvbnorp');
  });

  const VETTED_FILES = readdirSync(new URL('../../engine/classify/vetted/', import.meta.url));
  it('keeps every entry of the vetted lists whole: a "#" after an entry would cut it ("group #" would vouch for "group")', () => {
    const cut = VETTED_FILES.filter((n) => n.endsWith('.txt')).flatMap((n) =>
      readFileSync(new URL(`../../engine/classify/vetted/${n}`, import.meta.url), 'utf8').split(/\r?\n/).filter((l) => /^[^#]*\S[^#]*#/.test(l)).map((l) => `${n}: ${l}`),
    );
    expect(cut).toEqual([]);
  });

  // Each <lang>-common.txt is a frequency list less the words a reviewer kept out (<lang>-excluded.txt).
  const EXCLUDED = VETTED_FILES.filter((n) => n.endsWith('-excluded.txt')).map((n) => n.slice(0, -'-excluded.txt'.length)).filter((lang) => VETTED_FILES.includes(`${lang}-common.txt`));
  it.each(EXCLUDED)('vouches in %s for the words of its frequency list, and for none a reviewer kept out (in it or in English) or a vocabulary names', (lang) => {
    const common = vetted(`${lang}-common`);
    const excluded = new Set([...vetted(`${lang}-excluded`), ...vetted('en-excluded')].map(foldString));
    // (a term of exact letter case, "=MoCA", matches only as written: the Polish "mocą" is no conflict)
    const terms = new Set([...[...readVocabFiles().values()].flat(), ...readLanguageVocab()].filter((l) => !('exactCase' in l && l.exactCase)).map((l) => l.term).filter((t) => !/\s/.test(t)).map(foldString));
    expect(common.filter((w) => excluded.has(foldString(w)) || terms.has(foldString(w)))).toEqual([]);
    fc.assert(
      fc.property(fc.constantFrom(...common), (w) => {
        expect(words(w, positive.classifyText(w, lang), 'unvetted'), w).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the words of US place names as places where capitalized, never one a reviewer kept out, and never after "your"', () => {
    const places = vetted('us-places');
    const keptOut = new Set([...vetted('us-places-excluded'), ...vetted('en-excluded')]);
    expect(places.filter((w) => keptOut.has(w))).toEqual([]);
    for (const text of ['Icy roads across Buncombe County: all offices are closed.', 'Our new office in Germantown opens Monday.', 'The Bartlett and DeSoto offices reopen at noon.'])
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toEqual([]);
    for (const [text, word] of [['Lyme results are back.', 'Lyme'], ['Your Germantown is ready.', 'Germantown'], ['Coke is ready at the front desk.', 'Coke']] as const)
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toContain(word);
  });

  it('vouches for the practice name word by word, but not for a word the lexicons keep out ("Medical", "Group")', () => {
    const group = createClassifier({ positive: true, vetted: ['Mesa Verde Medical Group', 'Mesa', 'Verde'] });
    expect(labels(group.classifyText('Mesa Verde Medical Group: see you Thursday at 6pm. - Verde front desk', 'en'))).toEqual([]);
    expect(words('see you at group Thursday, bring your medical forms', group.classifyText('see you at group Thursday, bring your medical forms', 'en'), 'unvetted')).toEqual(['group', 'medical']);
  });

  it('vouches for a name staff type in lower case in a name\'s place, not for an excluded or sensitive word there', () => {
    for (const text of ['hi maria ur appt tmrw 2:15 w dr haddad @ kestrel rd', 'hi ms. okafor, front desk here', 'hey jean, running 30 min late', 'rx for jayden is ready at cvs'])
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toEqual([]);
    for (const [text, word] of [['hi diabetic friend', 'diabetic'], ['zqxvbnorp, ready at 3', 'zqxvbnorp'], ['hi wound care team', 'wound'], ['your zqxvbnorp office visit', 'zqxvbnorp'], ['refill for yasmin is ready at cvs', 'yasmin']] as const)
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toContain(word);
  });

  it('vouches for a word of a vetted phrase in a link ("?loc=birch" of "Birch St"), and alone only for a proper name no list knows', () => {
    const bundled = createClassifier({ positive: true, vetted: ['Zorvane St', 'Puentes Allapattah Health Center'] });
    const text = 'Check in at https://checkin.example.org/?loc=zorvane or at our Zorvane St office. Zorvane is ready. Nos vemos en Allapattah.';
    expect(words(text, bundled.classifyText(text, 'en'), 'unvetted')).toEqual([]);
    expect(words('zorvanex is ready', bundled.classifyText('zorvanex is ready', 'en'), 'unvetted')).toEqual(['zorvanex']);
  });

  it('reads a Korean verb made of a vouched noun with 하다 or 되다 ("운전하실", "지연되고", "배정되었습니다"), never one made of a noun of care ("치료하실", "입원하셨습니다")', () => {
    for (const text of ['장거리 운전하실 분은 미리 연락 주세요.', '진료가 지연되고 있습니다.', '담당 의사가 배정되었습니다.', '체크인해 주세요.'])
      expect(words(text, positive.classifyText(text, 'ko'), 'unvetted'), text).toEqual([]);
    for (const [text, word] of [['다음 주에 치료하실 예정입니다.', '치료하실'], ['어제 입원하셨습니다.', '입원하셨습니다'], ['상담하세요.', '상담하세요']] as const)
      expect(words(text, positive.classifyText(text, 'ko'), 'unvetted'), text).toContain(word);
  });

  it('reads a Korean verb or adjective by its stem when a vetted form shares it ("피하세요" of "피하고", "괜찮으실까요", "나쁩니다"), never a verb of care, of a one-syllable stem, or of a stem kept out', () => {
    for (const text of ['오후 외출은 피하세요.', '목요일 오전 11시 괜찮으실까요?', '오늘 대기질이 나쁩니다. 외출을 줄이세요.'])
      expect(words(text, positive.classifyText(text, 'ko'), 'unvetted'), text).toEqual([]);
    for (const [text, word] of [['많이 아프세요?', '아프세요'], ['우울하세요?', '우울하세요'], ['피곤하세요?', '피곤하세요'], ['수술하실 예정입니다.', '수술하실'], ['다음 주에 치료하세요.', '치료하세요']] as const)
      expect(words(text, positive.classifyText(text, 'ko'), 'unvetted'), text).toContain(word);
  });

  it('vouches for the Korean words of a vetted name written short or with a particle, not for a word of care in it', () => {
    const ko = createClassifier({ positive: true, vetted: ['로터스브리지 메디컬 그룹', '새봄 상담 센터'] });
    expect(words('로터스브리지의 청구서가 준비되었습니다.', ko.classifyText('로터스브리지의 청구서가 준비되었습니다.', 'ko'), 'unvetted')).toEqual([]);
    expect(words('상담 예약은 화요일입니다.', ko.classifyText('상담 예약은 화요일입니다.', 'ko'), 'unvetted')).toContain('상담');
  });

  it('vouches for a vetted place\'s name but not for a word of care in it ("Linden Valley Urology"), unless the officer vets that word alone', () => {
    const places = createClassifier({ positive: true, vetted: ['Linden Valley Urology', 'Linden Valley Heart Center', 'Linden Valley Allergy and Asthma', 'Linden Valley Medical Partners'] });
    for (const [text, word] of [
      ['Your referral to Linden Valley Urology has been approved. Call to schedule.', 'Urology'],
      ['Reminder: Tue 3 PM at Linden Valley Heart Center.', 'Heart'],
      // (a specialty of low risk in a name passes since the twenty-eighth session; the disease after it does not)
      ['Your visit at Linden Valley Allergy and Asthma is Friday.', 'Asthma'],
    ] as const) expect(words(text, places.classifyText(text, 'en'), 'unvetted'), text).toContain(word);
    const text = 'Linden Valley Medical Partners: your statement is ready.';
    expect(words(text, places.classifyText(text, 'en'), 'unvetted')).toEqual([]);
    const vettedAlone = createClassifier({ positive: true, vetted: ['Harbor Dermatology', 'dermatology'] });
    expect(words('See you at Harbor Dermatology on Friday.', vettedAlone.classifyText('See you at Harbor Dermatology on Friday.', 'en'), 'unvetted')).toEqual([]);
  });

  it('vouches for a vetted name that starts with a capital as a name ("Weight Wellness program"), and for a lower-case vetted phrase whole', () => {
    const places = createClassifier({ positive: true, vetted: ['Weight Wellness program', 'weight check'] });
    const text = 'Reminder: the Weight Wellness program meets Thursday 6 PM in Room B.';
    expect(words(text, places.classifyText(text, 'en'), 'unvetted')).toEqual(['Weight']);
    expect(words('Your weight check is Friday.', places.classifyText('Your weight check is Friday.', 'en'), 'unvetted')).toEqual([]);
  });

  it('reads a word split into pieces that each pass ("A*1c", "bioΣpsy", "Pa.p", "r e h a b") as the word it shows, and not a schedule, a unit number, a contraction or a range', () => {
    for (const text of ['Your A*1c results are ready.', 'Your A#1c results are ready.', 'Your bioΣpsy is Tue.', 'Your AГ1c results are ready.', 'Hi, your HIþV visit is Tue.', 'Your H⒜IV test is Tue.', 'Your A¨1c results are ready.', 'Your A.1c results are ready.', 'Your Pa.p is Tue.', 'Your r e h a b visit is Tue.', 'Your r.e.h.a.b visit is Tue.'])
      expect(labels(positive.classifyText(text, 'en')), text).not.toEqual([]);
    const split = 'Your A*1c results are ready.';
    expect(words(split, positive.classifyText(split, 'en'), 'unvetted')).toEqual(['A*1c']);
    for (const [text, lang] of [
      ['Hours M-F 9-6, open M/W/F evenings.', 'en'],
      ['Your appointment is at 12 Main St Apt#2B, Room#4.', 'en'],
      ['R.S.V.P. by Friday for the Q&A night.', 'en'],
      ["I'll see you w/Dr. Lee at 3. AT&T users: reply C. Free T-shirt! Jane Roe, Ph.D", 'en'],
      ['진료 시간은 9시~4시입니다.', 'ko'],
      ['Pacific Crest诊所提醒：地点Harbor View。请带保险卡。', 'zh'],
    ] as const) expect(words(text, positive.classifyText(text, lang), 'unvetted'), text).toEqual([]);
  });

  it('finds a term split by a Chinese character, a Kangxi radical or a circled ideograph ("HI⼀V", "HI一V"), and doubts a word written with circled or squared letters ("STⒶD", "S㎄TD"), yet reads Latin words beside Chinese ones as before', () => {
    for (const text of ['Your HI⼀V test is Tue at 9 AM.', 'Your HI一V test is Tue at 9 AM.', 'Your A㊀1c results are ready.', 'Your A一1c results are ready.', 'Your STⒶD test is Tue at 9 AM.', 'Your S㎄TD test is Tue.', 'Hi Ⓙohn, your visit is Tue.'])
      expect(labels(positive.classifyText(text, 'en')), text).not.toEqual([]);
    for (const text of ['请带ID和insurance卡来诊所。', '请带ID和SSN。', '请到A栋B座。', '记得带Medicare卡和ID哦～']) expect(words(text, positive.classifyText(text, 'zh'), 'unvetted'), text).toEqual([]);
  });

  it('finds a word of care split by any character no word is written with, at any place in it', () => {
    fc.assert(
      fc.property(fc.constantFrom('A1c', 'rehab', 'biopsy', 'oncology', 'colonoscopy', 'chemo'), fc.nat(), fc.constantFrom('*', '~', '^', '#', '¶', '§', '°', '★', '♥', '¤', 'Σ', 'Ж', 'ص'), (word, at, joiner) => {
        const i = 1 + (at % (word.length - 1));
        const text = `Hi Maria, your ${word.slice(0, i)}${joiner}${word.slice(i)} results are ready.`;
        expect(labels(positive.classifyText(text, 'en')), text).not.toEqual([]);
      }),
    );
  });

  it('reads a Korean verb joined to its auxiliary ("챙겨오세요", "보여주시고") when both halves are vouched for, not a verb of care ("치료해주세요")', () => {
    for (const text of ['보험 카드를 챙겨오세요.', '신분증을 프론트에 보여주시고 접수하세요.']) expect(words(text, positive.classifyText(text, 'ko'), 'unvetted'), text).toEqual([]);
    expect(words('내일 치료해주세요.', positive.classifyText('내일 치료해주세요.', 'ko'), 'unvetted').join(' ')).toContain('치료해주세요');
  });

  it('reads a Korean weekday in opening hours ("월-금 9-6, 토 9-1", "화·목 오후"), not the same syllable as a word of care ("목 통증", "토 하셨나요")', () => {
    for (const text of ['약국 영업시간: 월-금 9-6, 토 9-1.', '매주 화·목 오후 1-4시 2층 프론트로 오세요.']) expect(words(text, positive.classifyText(text, 'ko'), 'unvetted'), text).toEqual([]);
    for (const [text, word] of [['목 통증이 있으시면 연락 주세요.', '목'], ['토 하셨나요?', '토']] as const) expect(words(text, positive.classifyText(text, 'ko'), 'unvetted').join(' '), text).toContain(word);
  });

  it("does not take a person's name for the text's language (\"Hi John,\" is not Polish, so Polish \"psy\" is not vouched for)", () => {
    for (const text of ['Hi John, your psy results are ready.', 'Hi Maria, your psy results are ready.']) expect(words(text, positive.classifyText(text), 'unvetted'), text).toEqual(['psy']);
    expect(words('Hola Maria, su cita es el martes.', positive.classifyText('Hola Maria, su cita es el martes.'), 'unvetted')).toEqual([]);
  });

  it('vouches for the practice\'s own name as written, care words and all, and for its initials ("LVMP")', () => {
    const names = practiceNames('Bayrock Urgent Care & Occupational Health');
    const practice = createClassifier({ positive: true, vetted: names, practice: names });
    expect(words('Bayrock Urgent Care & Occupational Health: you are #4 in line.', practice.classifyText('Bayrock Urgent Care & Occupational Health: you are #4 in line.', 'en'), 'unvetted')).toEqual([]);
    const lv = practiceNames('Linden Valley Medical Partners');
    const signed = createClassifier({ positive: true, vetted: lv, practice: lv });
    expect(words('Your card on file expires this month. -LVMP', signed.classifyText('Your card on file expires this month. -LVMP', 'en'), 'unvetted')).toEqual([]);
    // its first words and the initials of the rest, as staff sign texts ("Riverside FP", "Linden VMP")
    const rfp = practiceNames('Riverside Family Practice');
    expect(rfp).toEqual(expect.arrayContaining(['Riverside FP', 'RFP']));
    // the initials of its first words, as staff sign texts ("PGM: appt tmrw 9:15a")
    expect(practiceNames('Prairie Grove Medical Group')).toEqual(expect.arrayContaining(['PGMG', 'PGM']));
    // with the initials of its small words too (twenty-fourth session, probe 173)
    const sdv = practiceNames('Salud del Valle Community Health Center');
    expect(sdv).toEqual(expect.arrayContaining(['SDV', 'SVCHC', 'SDVCHC']));
    // and its kind of care as staff shorten it (twenty-fourth session, probe 189)
    expect(practiceNames('Ridgeline Orthopedics & Sports Medicine')).toEqual(expect.arrayContaining(['Ridgeline Ortho']));
    const ortho = practiceNames('Ridgeline Orthopedics & Sports Medicine');
    const ro = createClassifier({ positive: true, vetted: ortho, practice: ortho });
    expect(words('Ridgeline Ortho: your appt is Tue 10/13 at 8:45 AM.', ro.classifyText('Ridgeline Ortho: your appt is Tue 10/13 at 8:45 AM.', 'en'), 'unvetted')).toEqual([]);
    expect(words('Your ortho appt is Tue 10/13.', ro.classifyText('Your ortho appt is Tue 10/13.', 'en'), 'unvetted')).toEqual(['ortho']);
    expect(words('SDV: Recibimos su pago de $40.00. ¡Gracias!', createClassifier({ positive: true, vetted: sdv, practice: sdv }).classifyText('SDV: Recibimos su pago de $40.00. ¡Gracias!', 'es'), 'unvetted')).toEqual([]);
    const short = 'Riverside FP: Dr. Zhou replied to your message. Please log in to the portal to read her reply.';
    expect(words(short, createClassifier({ positive: true, vetted: rfp, practice: rfp }).classifyText(short, 'en'), 'unvetted')).toEqual([]);
    // initials that spell a term stay a finding: the vocabularies read them first
    const hiv = practiceNames('Harbor Integrated Valley');
    expect(hiv).toContain('HIV');
    expect(labels(createClassifier({ positive: true, vetted: hiv, practice: hiv }).classifyText('Your HIV visit is Tue', 'en'))).toContain('HIV');
  });

  it('reads what pediatric and specialty notices write: a possessive without its apostrophe, ages in months, a phone label in Russian, a request number', () => {
    for (const text of ['Hi! We have Sophies 15mo WCC Fri 9/26 @ 9:20. Reply Y to confirm pls', 'Тел.: (508) 555-0142', 'Your records request ROI-2025-0412 is complete.', 'Add it: https://calendar.example.org/add?start=20250915T140000&tz=America%2FNew_York', '李秀英您好，您的预约已确认。', 'Hẹn lúc 9g30 sáng thứ Ba.'])
      expect(words(text, positive.classifyText(text), 'unvetted'), text).toEqual([]);
  });

  it('reads a Chinese full name only in a name\'s place: not a word that starts with a surname\'s character', () => {
    expect(words('您的黄疸', positive.classifyText('您的黄疸'), 'unvetted')).toEqual(['黄疸']);
  });

  it('does not join words across the end of a sentence into a name ("start NSTs. Call us"), only after an initial or an abbreviation', () => {
    expect(words('We will start NSTs. Call us.', positive.classifyText('We will start NSTs. Call us.'), 'unvetted')).toEqual(['NSTs']);
    for (const text of ['See you at the St. Louis Park office.', 'Dr. J. Okafor will see you at 3.'])
      expect(words(text, positive.classifyText(text), 'unvetted'), text).toEqual([]);
  });

  it('doubts a group or a session in every language it reads (a support group is named so), and a word only near an English one in a text of another language', () => {
    for (const [text, lang, word] of [
      ['Ждём вас в пятницу в группе, как обычно.', 'ru', 'группе'],
      ['Kita tayo sa grupo sa Biyernes gaya ng dati.', 'tl', 'grupo'],
      ['Nou wè w vandredi nan gwoup la.', 'ht', 'gwoup'],
      ['نراك يوم الجمعة في المجموعة كالعادة.', 'ar', 'المجموعة'],
      ['Lo esperamos en su sesión del martes.', 'es', 'sesión'],
      ['Do zobaczenia w piątek na spotkaniu grupy.', 'pl', 'grupy'],
    ] as const)
      expect(unvettedIn(lang)(text), text).toContain(word);
    expect(unvettedIn('es')('Inicie sesión en el portal para ver su mensaje.')).toEqual([]);
  });

  it('vouches for a name the bundle vetted across scripts ("Sunbridge儿科") where it is written whole, not its Chinese part alone nor what follows it', () => {
    const bundled = createClassifier({ positive: true, vetted: ['Sunbridge神经科'] });
    const unvetted = (text: string): string[] => words(text, bundled.classifyText(text), 'unvetted');
    expect(unvetted('【Sunbridge神经科】账单提醒：您的账户余额为$25.00。')).toEqual([]);
    expect(unvetted('Sunbridge神经科复诊提醒')).toEqual(['复诊']);
    expect(unvetted('神经科')).toEqual(['神经科']);
  });

  it('vouches for a pediatric practice\'s own words in every language it writes, not what reveals a child\'s care', () => {
    for (const [text, lang] of [['Meet our new pediatrician, Dr. Lee!', 'en'], ['Pediatra bilingüe, acepta pacientes nuevos.', 'es'], ['Phòng khám nhi khoa mở cửa thứ Bảy.', 'vi'], ['儿科诊所周六营业。', 'zh'], ['El Dr. Ruiz va con 20 minutos de retraso.', 'es']] as const)
      expect(unvettedIn(lang)(text), text).toEqual([]);
    expect(unvettedIn('es')('Su hijo tiene retraso del habla.')).toEqual(['retraso']);
  });

  it('reads a campaign from its opening question to its last untied sentence, and the groups it speaks to', () => {
    for (const text of [
      'Did you know one vape pod can have as much nicotine as a pack of cigarettes? Talk with your kids early and often. Free guide for parents at the front desk.',
      'New RSV protection is available for newborns and infants this season.',
      'The HPV vaccine helps prevent 6 types of cancer and works best at ages 11-12.',
    ]) expect(positive.classifyText(text, 'en'), text).toEqual([]);
    // Not a sentence tied to the patient after it, nor a bill's "for ... services".
    expect(words('Free flu shots for everyone this week. Your nicotine patch refill is ready.', positive.classifyText('Free flu shots for everyone this week. Your nicotine patch refill is ready.', 'en'), 'unvetted')).toContain('nicotine');
    expect(words('Statement for recovery services - March', positive.classifyText('Statement for recovery services - March', 'en'), 'unvetted')).toEqual(['recovery']);
    // A sensitive term is dropped as general content only where its sentence is addressed to everyone by its own words: not by the term's
    // own ("mental health services", "take it every"), nor by the campaign it follows.
    for (const text of ['Tell me about mental health services.', 'October is Breast Cancer Awareness Month. Ask us about naloxone at your next visit.', 'Ask us about take it every.'])
      expect(positive.classifyText(text, 'en').filter((f) => f.label !== 'unvetted'), text).not.toEqual([]);
    expect(words('Our records show you use tobacco. Join our free quit-smoking class!', positive.classifyText('Our records show you use tobacco. Join our free quit-smoking class!', 'en'), 'unvetted')).toEqual(['tobacco']);
  });

  it("vouches for a portal named after the practice (\"MyRiverside\"), not for \"my\" before any other word", () => {
    // As a bundle vets the practice's name: whole and word by word (engine/compile/found-phone.ts).
    const bundled = createClassifier({ positive: true, vetted: ['Riverside Family Practice', 'Riverside', 'Family', 'Practice'] });
    const text = 'A new document is in your MyRiverside account (or MyChart). Myzqxv is not ours.';
    expect(words(text, bundled.classifyText(text, 'en'), 'unvetted')).toEqual(['Myzqxv']);
  });

  it('doubts "back" where it is the patient\'s back, not where someone calls back or school starts again', () => {
    for (const text of ['Your physical therapy for your back starts Tuesday.', 'Ice your lower back twice a day.', 'RE: the spot on my back']) expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toContain('back');
    for (const text of ['We will call you back tomorrow.', 'Welcome back! Your back-to-school forms are ready.', 'Please call her back at 555-301-4400.']) expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toEqual([]);
  });

  it('holds no hyphenated entry whose parts vouch for an excluded word or a vocabulary term ("alas-dose" vouched "dose")', () => {
    const dir = new URL('../../engine/classify/vetted/', import.meta.url);
    const terms = new Set([...[...readVocabFiles().values()].flat(), ...readLanguageVocab()].map((l) => l.term).filter((t) => !/\s/.test(t)).map(foldString));
    const excluded = (lang: string): Set<string> => new Set(readdirSync(dir).includes(`${lang}-excluded.txt`) ? vetted(`${lang}-excluded`).map(foldString) : []);
    const en = excluded('en');
    // en-general is campaign language, vouched only where nothing ties a sentence to the patient ("smoke-free homes").
    const lexicons = readdirSync(dir).filter((f) => f.endsWith('.txt') && !/excluded|phrases|topics|general/.test(f)).map((f) => f.slice(0, -4));
    const found = lexicons.flatMap((name) => {
      const own = excluded(name.split('-')[0]!);
      return vetted(name).filter((entry) => {
        const parts = foldString(entry.replace(/\*$/, '')).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        return parts.length > 1 && parts.some((part) => en.has(part) || own.has(part) || terms.has(part));
      }).map((entry) => `${name}: ${entry}`);
    });
    expect(found).toEqual([]);
  });

  it('holds no one-word term of a language\'s vocabulary that folds to a word another language vouches for (Polish "kiłę" is Haitian "kilè", when)', () => {
    const dir = new URL('../../engine/classify/vetted/', import.meta.url);
    const lexicons = readdirSync(dir).filter((f) => f.endsWith('.txt') && !/excluded|phrases|topics|general|places|given/.test(f)).map((f) => f.slice(0, -4));
    const vouchedBy = new Map<string, Set<string>>();
    for (const name of lexicons)
      for (const entry of vetted(name)) for (const word of foldString(entry).split(/[^\p{L}\p{N}]+/u)) if (word !== '') vouchedBy.set(word, (vouchedBy.get(word) ?? new Set()).add(name.split('-')[0]!));
    const found = readLanguageVocab()
      .filter(({ term, lang }) => !/\s/.test(term) && [...(vouchedBy.get(foldString(term)) ?? [])].some((other) => other !== lang))
      .map(({ term, lang }) => `${lang}: ${term}`);
    expect(found).toEqual([]);
  });

  it('never reads a word of a vocabulary as a name, whatever its label or language ("glukoza", a Polish analyte, after a title)', () => {
    const text = 'Xin chào anh Minh, nhắc lịch hẹn của anh với bác sĩ glukoza Trần vào thứ Ba.';
    expect(words(text, positive.classifyText(text, 'vi'), 'unvetted')).toEqual(['glukoza']);
    expect(words('April is STI Awareness Month. Testing is free for everyone.', positive.classifyText('April is STI Awareness Month. Testing is free for everyone.', 'en'), 'unvetted')).toEqual([]);
  });

  it('does not read an English text as another language on one unaccented word that language holds', () => {
    const detected = (text: string): string[] => words(text, positive.classifyText(text), 'unvetted');
    expect(detected('GI appt Fri 6/20 8 AM. NPO after midnight.')).toContain('GI'); // Vietnamese "gì"
    expect(detected('reminder ur mamo is tues 8a @ annex')).toEqual(['mamo']); // Polish "mamo"
    expect(detected('Hẹn lúc 9g30 sáng thứ Ba.')).toEqual([]); // accented: Vietnamese
    expect(detected('Przypominamy o wizycie w poniedziałek.')).toEqual([]);
  });

  it('doubts a monitor, which is worn or returned, but not a line or an inbox that is not monitored', () => {
    const en = unvettedIn('en');
    expect(en('Please drop the monitor back in the prepaid box by Friday.')).toEqual(['monitor']);
    expect(en('This number is not monitored. Please call the office.')).toEqual([]);
  });

  it('reads a given name and the capitalized words after it as a person, also first in a sentence; not "your" before it', () => {
    const en = unvettedIn('en');
    expect(en('Sarah Lindgren now has proxy access to your portal account.')).toEqual([]);
    expect(en('Ask for Keisha Oyelaran at the front desk.')).toEqual([]);
    expect(en('Your Zepbound pen is ready.')).toEqual(['Zepbound']);
  });

  it('vouches for compass directions, Spanish ordinals and times written with h', () => {
    expect(unvettedIn('en')('Snow is moving across northern and eastern Ohio tonight.')).toEqual([]);
    expect(unvettedIn('es')('Su cita es en el 2do piso, la 3ra puerta, a las 10h30.')).toEqual([]);
  });

  it('never throws, and its findings lie inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const f of positive.classifyText(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads names in a name\'s place, numbers, codes and links', () => {
    const text = 'Hi Xiomara, Dr. Oyelaran-Whitfield sees you Tue 6/2 at 10:40am at 75 Quarry Lane, Suite 4B. Pay at https://pay.example.com/Qk9x2 or call (555) 301-4410. Code AB12CD.';
    expect(words(text, positive.classifyText(text), 'unvetted')).toEqual([]);
    // A capitalized given name of US births (given-names.txt) is a name wherever it stands; any other capitalized word inside a sentence is doubted.
    expect(words('Your visit with Karen is Thursday.', positive.classifyText('Your visit with Karen is Thursday.'), 'unvetted')).toEqual([]);
    expect(words('Your visit with Xyvandra is Thursday.', positive.classifyText('Your visit with Xyvandra is Thursday.'), 'unvetted')).toEqual(['Xyvandra']);
    // Not after "your" nor before a pharmacy word: some brands of medicine are given names.
    expect(words('Your Camila refill is ready. We have the Yasmin pack ready too.', positive.classifyText('Your Camila refill is ready. We have the Yasmin pack ready too.'), 'unvetted')).toEqual(['Camila', 'Yasmin']);
  });

  it('reads the names of another practice, its people and places by where they stand, and never a name after "your" or before "care"', () => {
    const unvetted = unvettedIn('en');
    for (const text of [
      'Brookfield Internal Medicine: your visit is Wed 7/15 at 1:20 PM.', // before an organization word
      'You have a new message in your Brookfield patient portal.', // after "your", a name the run makes a practice's
      'Happy holidays from all of us at Brookfield!', // a place after "at", ending the sentence
      'Your forms are ready. See you Wednesday, Tamsin!', // called by name after a comma
      'Thank you,\nCorinne Haverford\nBrookfield billing', // a signature on lines of its own
      'Please welcome our new receptionist Corinne Haverford to the team.', // two capitalized words inside a sentence
      'Brookfield is open late on Thursdays. Thanks for choosing Brookfield!', // written as a name once, read as one throughout
    ]) expect(unvetted(text), text).toEqual([]);
    expect(unvetted('Your Zepbound pen is ready for pickup.')).toEqual(['Zepbound']);
    expect(unvetted('Your visit at the Harbor Wound Care Center is Monday.')).toContain('Wound');
    expect(unvetted('Zepbound refills are ready at the counter.')).toEqual(['Zepbound']);
  });

  it('vouches for the inflected and derived forms of vetted English words, never for an excluded word', () => {
    const unvetted = unvettedIn('en');
    expect(unvetted('The elevator was serviced and the lobby repainted; the garage is being rebuilt, and validation stickers are at the desk.')).toEqual([]);
    // "improve", "number", "level" and "drink" are vetted; "improved", "numbers", "levels" and "drinking" are excluded words ("drinking water" is a set phrase: a campaign says it).
    expect(unvetted('Your levels improved and your numbers look fine; keep drinking fluids.')).toEqual(expect.arrayContaining(['levels improved', 'numbers', 'drinking']));
    // The longest stem decides: "browser" is "browse" + r (not "brows", kept out); "dosing" is "dose" + ing, kept out (a daily dose at a clinic).
    expect(unvetted('Allow your browser to use the camera and microphone.')).toEqual([]);
    expect(unvetted('Hi, you missed dosing yesterday. Please come in before 11.')).toEqual(['dosing']);
  });

  it('vouches for the forms of vetted Spanish verbs and nouns, not for those of verbs of care', () => {
    const unvetted = unvettedIn('es');
    expect(unvetted('Confirmamos su cita. Llamaremos el lunes, llamando desde la oficina, y cancelaremos las citas canceladas.')).toEqual([]);
    const care = unvetted('Le operaremos el lunes; seguimos tratando su problema.').join(' ');
    for (const w of ['operaremos', 'tratando']) expect(care).toContain(w);
  });

  it('vouches for the preterite, subjunctive, feminine and adverb of vetted Spanish words, never for a form a reviewer kept out', () => {
    const unvetted = unvettedIn('es');
    expect(unvetted('Su receta ya se recogió. Le pedimos que nos expliquen su cambio. La clínica cerrará temporalmente. Si pagara antes del viernes, no hay recargo.')).toEqual([]);
    expect(unvetted('La doctora le operó ayer.')).toContain('operó');
  });

  it('reads Spanish campaign topics in a sentence addressed to everyone, never one tied to the patient by "su" or "usted"', () => {
    const unvetted = unvettedIn('es');
    expect(unvetted('Feria de salud gratuita para toda la comunidad: vacunas contra la gripe y chequeos de presión arterial.')).toEqual([]);
    expect(unvetted('Este mes ofrecemos exámenes físicos deportivos gratis para todos los estudiantes.')).toEqual([]);
    expect(unvetted('Su presión arterial está alta.').join(' ')).toContain('presión arterial');
    expect(unvetted('En un mes revisamos la presión arterial.').join(' ')).toContain('presión arterial');
  });

  it('reads a Korean noun with its particle as the noun, never a one-syllable word (a body part) with one', () => {
    const unvetted = unvettedIn('ko');
    expect(unvetted('신정에는 휴무입니다')).toEqual([]);
    expect(unvetted('눈이 안 보여요')).toContain('눈이');
  });

  it('reads Tagalog affixes around a vetted root, not the prefix that makes "anak" a birth', () => {
    const unvetted = unvettedIn('tl');
    expect(unvetted('Siguraduhing nasa oras po kayo. Tumawag po kayo para magbayad; ang bayarin ay binayaran na. Magbabayad po ba kayo ngayon?')).toEqual([]);
    expect(unvetted('Nanganak na po ba kayo?')).toContain('Nanganak');
    // pina-, pinaka-, and an infix before a repeated syllable ("h-um-i-hinto")
    expect(unvetted('Ready na po yung form na pinapirmahan nyo. Handa na po ang inyong pinakabagong statement. Ang shuttle ay humihinto sa harap.')).toEqual([]);
    expect(unvetted('Pinagbubuntis po ba kayo?')).toContain('Pinagbubuntis');
  });

  it('reads the ordinary sense of a word kept out only in the phrases of notices ("sorry for any confusion"), not alone', () => {
    for (const text of ['We apologize for any confusion this may have caused.', 'Due to increased call volume, hold times may be longer.', 'Your account was locked after 5 unsuccessful sign-in attempts.', 'Our offices will operate on a delayed schedule Tuesday.', 'Walk-in sick visits are available Saturday mornings.'])
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toEqual([]);
    for (const [text, word] of [['Her confusion is worse at night.', 'confusion'], ['His numbers increased again.', 'increased'], ['Mia was sick all weekend.', 'sick']] as const)
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted').join(' '), text).toContain(word);
  });

  it('reads a service line named as a place of care in a footer listing services, not in a reminder\'s line of times', () => {
    const footer = 'Family Medicine - Pediatrics - Memory Clinic - Chronic Care Management';
    expect(words(footer, positive.classifyText(footer, 'en'), 'unvetted')).toEqual([]);
    const reminder = 'Appt: Tue 5/6 - 10:00 AM - Memory Clinic - Suite 200';
    expect(words(reminder, positive.classifyText(reminder, 'en'), 'unvetted')).toEqual(['Memory']);
  });

  it('ties a campaign sentence to a person named in it, not to a provider after a title nor to a place or business named after someone', () => {
    for (const [text, lang, word] of [['Reminder: Alexa\'s Healthy Weight for Kids class is Wednesday at 6 PM.', 'en', 'Weight'], ['Recordatorio de la clase de Peso Saludable para Niños de Alexa el miércoles.', 'es', 'Peso']] as const)
      expect(words(text, positive.classifyText(text, lang), 'unvetted').join(' '), text).toContain(word);
    for (const text of ['Join Dr. Anne Whitaker for free blood pressure checks for everyone this Saturday.', 'Family Medicine - Pediatrics - Memory Clinic - Laurel Leaf Pharmacy'])
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toEqual([]);
    expect(words('Dolores Ramírez, su cita es el lunes.', positive.classifyText('Dolores Ramírez, su cita es el lunes.', 'es'), 'unvetted')).toEqual([]);
  });

  it('reads a mass mailing with a campaign word as addressed to everyone, not a reminder that merely has an unsubscribe line', () => {
    const footer = '\n\nYou are receiving this email because you signed up for updates. Unsubscribe at example.org/unsubscribe.';
    const campaign = `It's going to be a hot one this week. Know the signs of heat exhaustion: heavy sweating, dizziness, nausea, headache. Cooling centers are open at community centers.${footer}`;
    expect(words(campaign, positive.classifyText(campaign, 'en'), 'unvetted')).toEqual([]);
    const reminder = `You have an appointment on Mon Jan 5 at 10:00 AM. Visit reason: OB 28WK GLUCOSE TOLERANCE. Reply Y to confirm.${footer}`;
    expect(labels(positive.classifyText(reminder, 'en'))).not.toEqual([]);
  });

  it('vouches for a Vietnamese syllable that can spell care only inside a whole phrase of notices', () => {
    const unvetted = unvettedIn('vi');
    expect(unvetted('Kính gửi quý phụ huynh, lịch hẹn của bạn bị hủy. Xin cảm ơn.')).toEqual([]);
    expect(unvetted('Bạn bị ho nhiều không?')).toContain('bị');
  });

  it('reads a Russian name with its patronymic, and not a capitalized word that only ends like one', () => {
    const unvetted = unvettedIn('ru');
    expect(unvetted('Уважаемый Николай Петрович, напоминаем о приёме в понедельник в 10:00.')).toEqual([]);
    expect(unvetted('Анна Ивановна, ваш счёт готов.')).toEqual([]);
    expect(unvetted('Ивановна, ваш счёт готов.')).toEqual(['Ивановна']);
    expect(unvetted('Типична ошибка.')).toEqual(['Типична']);
  });

  it('reads a Korean weekday in parentheses after a date, and not the same syllable elsewhere', () => {
    const unvetted = unvettedIn('ko');
    expect(unvetted('5월 23일(목) 오후 1시 30분 예약이 있습니다.')).toEqual([]);
    expect(unvetted('목 통증이 있으시면 연락 주세요.').join(' ')).toContain('목');
  });

  it('reads the last line of a postal address, a reference code after its label, and a person introduced or whose visit it is', () => {
    const unvetted = unvettedIn('en');
    for (const text of [
      'Brookfield Internal Medicine\n410 Quarry Lane, Suite 3, Glenhaven, OR 97301-2214',
      'Invoice number: INV-20417. Statement #QX-5521-0042 is ready.',
      'Receipt number: BR-P-118204. Ref: INV-X-5521.',
      'Hi Odile, this is Perpetua from the front desk: your balance is paid.',
      "hey its Marisol @ the desk, ur keys are here. or ask for Thaddeus in billing, or call Ignatius.",
      "Reminder for Anneliese's visit on Friday at 3:30 PM.",
      'Dr. Iyer replied to your message. Your daughter Perpetua can read it too with her caregiver access.',
      "Reminder that Thaddeus has an appointment on Tuesday, and Ignatius's 2:15 PM visit moved. Visits: Perpetua 3:00 PM.",
      'The school form you asked for Marisol is ready. Thanks for bringing Odile in!',
    ]) expect(unvetted(text), text).toEqual([]);
    // Not a state before a ZIP, a city not in capitals, a code without its label, or a word that is no name.
    expect(unvetted('Bring your AA Chip, NC 28401')).toEqual(['AA']);
    expect(unvetted('Please fill out the PHQ-9 before your visit.')).toEqual(['PHQ']);
    // A reference code's pieces that spell a term of care are doubted all the same.
    expect(labels(positive.classifyText('Ref: H-IV-5521', 'en'))).toContain('HIV');
    expect(unvetted("Your result: it's Negative.")).toEqual(['Negative']);
    expect(unvetted("Xyvandra's new plan starts Monday.")).toEqual(['Xyvandra']);
    // The second half of a hyphenated given name; not a clinical word after a hyphen.
    expect(unvetted('Hi Hyun-woo, your visit with Dr. Mei-ling is Friday.')).toEqual([]);
    expect(unvetted('Dr. Patel-onc will see you Friday.')).toEqual(['onc']);
    // A walking aid that is someone's is about the patient; an accessible entrance is not.
    expect(unvetted('The van has a lift for your wheelchair.')).toEqual(['wheelchair']);
    expect(unvetted('Our east entrance is wheelchair accessible.')).toEqual([]);
  });

  it('reads a code of several parts after its label, and a pharmacy named "... Drug" where a patient picks up, not a drug screen', () => {
    const unvetted = unvettedIn('en');
    expect(unvetted('Confirmation number: WB-PAY-448190. Confirmation #: PAY-77120-KH.')).toEqual([]);
    expect(unvetted('Bring WB-PAY-48 with you.')).toEqual(['WB']); // (with four digits or more it is an account's number: twenty-third session)
    expect(unvetted('Your prescription is ready for pickup at Gable Drug, 410 Main St.')).toEqual([]);
    expect(unvetted('Your refill is ready at Bartell Drugs.')).toEqual([]);
    // (a screen is a test whose results a notice may say are ready; "Drug" before it is doubted)
    expect(unvetted('The results of your Drug Screen are in.')).toEqual(['Drug']);
    expect(unvetted('Please come in at Noon Drug Test time.')).toEqual(['Drug']);
  });

  it("doubts the patient's own shot where the text names no vaccine, not a flu shot, a shot record or anyone's best shot", () => {
    const unvetted = unvettedIn('en');
    expect(unvetted('ur due for ur shot 10/30 (12 wks from last one)')).toEqual(['shot']);
    expect(unvetted('Reminder: your next shot is due Friday.')).toEqual(['shot']);
    expect(unvetted('Your flu shot is due: walk in any weekday.')).toEqual([]);
    expect(unvetted('Your next shot and the COVID booster can be the same day.')).toEqual([]);
    expect(unvetted('Please bring her shot record to the visit.')).toEqual([]);
    expect(unvetted('Give it your best shot at the 5K on Saturday!')).toEqual([]);
  });

  it("doubts a relative's walking aid and a fall someone had, not the season nor an accessible entrance", () => {
    const unvetted = unvettedIn('en');
    expect(unvetted("Did your dad's new walker get delivered? Medicare approved it after his fall.")).toEqual(['walker', 'fall']);
    expect(unvetted('Is she doing ok with the walker?')).toEqual(['walker']);
    expect(unvetted('Since her fall last week, how is she doing?')).toEqual(['fall']);
    expect(unvetted("Riverside's wheelchair ramp is open, and our fall hours start Monday.")).toEqual([]);
    expect(unvetted('See you after your fall break!')).toEqual([]);
  });

  it('reads getting ready for a test in everyday words as a procedure: a restriction on what the patient eats, drinks, wears or applies, timed by the visit', () => {
    for (const text of ['No lentils, chickpeas or quinoa for three days before the test.', 'Please do not wear deodorant, lotion or powder to your appointment.', "Don't have anything to eat for 8 hours before your visit.", '- no coffee the morning of your scan'])
      expect(labels(positive.classifyText(text, 'en')), text).toContain('procedure');
    for (const text of ['Please arrive 15 minutes before your appointment.', 'No need to fast before your visit.', "Don't forget to bring your card to your visit.", 'If there is a no-travel advisory the morning of your visit, call us.', 'Please do not eat in the waiting room.', 'No copay is due before your visit.'])
      expect(labels(positive.classifyText(text, 'en')), text).not.toContain('procedure');
  });

  it('ties a sentence by the words for "you" of the language it is read in only (Polish "pan" is Spanish bread, Haitian "ou" is Portuguese "or")', () => {
    const es = createClassifier({ positive: true, vetted: [] });
    for (const [text, lang] of [['Feria de regreso a clases: mochilas, arroz y pan para todos.', 'es'], ['Tout moun ka vini nan fèt la samdi.', 'ht']] as const)
      expect(words(text, es.classifyText(text, lang), 'unvetted'), text).toEqual([]);
    expect(words('Su plan de comidas: más frijoles y menos pan.', es.classifyText('Su plan de comidas: más frijoles y menos pan.', 'es'), 'unvetted')).toContain('frijoles');
  });

  it('reads staff typing as they speak ("mornin", "nothin", "ill have it ready", "yall"), not what the spoken form hides ("bleedin", "feeling ill")', () => {
    for (const text of ['ill have it bagged up first thing fri mornin', 'u dont owe nothin on that last visit', 'See yall then!', 'ill call u back'])
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toEqual([]);
    for (const [text, word] of [['ur leg still bleedin?', 'bleedin'], ['still feelin ill?', 'ill'], ['she is ill today', 'ill']] as const)
      expect(words(text, positive.classifyText(text, 'en'), 'unvetted'), text).toContain(word);
  });

  it('reads "you" in a mailing that greets a group as anyone who reads it ("Dear neighbors,", "Hi families,"), not in one that greets a person', () => {
    const group = 'Hi families,\n\nDid you know most car seats are installed wrong? The chest clip goes at armpit level and the harness should be snug at your child\'s shoulder.';
    expect(words(group, positive.classifyText(group, 'en'), 'unvetted')).toEqual([]);
    const person = 'Hi Maria,\n\nThe chest clip goes at armpit level and the harness should be snug at your shoulder.';
    expect(words(person, positive.classifyText(person, 'en'), 'unvetted')).toEqual(expect.arrayContaining(['shoulder']));
    const targeted = 'Dear diabetic patients,\n\nFree foot checks this Saturday.';
    expect(labels(positive.classifyText(targeted, 'en'))).toContain('diagnosis');
  });

  it('ties a clause after a colon to the patient when the clause before it is tied ("Your plan: two tamales a day")', () => {
    expect(words('Your plan: two tamales a day.', positive.classifyText('Your plan: two tamales a day.', 'en'), 'unvetted')).toEqual(['tamales']);
    expect(words('Food pantry: tamales and rice for everyone.', positive.classifyText('Food pantry: tamales and rice for everyone.', 'en'), 'unvetted')).toEqual([]);
  });

  it("ties a family's own dated visit to the patient, not a campaign to protect the family", () => {
    const unvetted = unvettedIn('en');
    expect(unvetted("Your family's health screening is Wed 4/9 at 9 AM.")).toEqual(['screening']);
    expect(unvetted("Protect your family's health: get screened at our free health fair.")).toEqual([]);
  });

  it('vouches for a set phrase in another script only as a whole, never for its words alone', () => {
    expect(unvettedIn('ar')('موعدك الساعة 9 ص في المركز الصحي.')).toEqual([]);
    expect(unvettedIn('ar')('وضعك الصحي مستقر.')).toContain('الصحي مستقر');
    expect(unvettedIn('ru')('Выписка по счёту готова.')).toEqual([]);
    expect(unvettedIn('ru')('Выписка из больницы готова.')).toContain('Выписка');
    expect(unvettedIn('ko')('독감 예방 접종을 받으세요.')).toEqual([]);
    expect(unvettedIn('ko')('주사 맞으러 오세요.').join(' ')).toContain('주사');
  });

  it('vouches for the case forms (and words that start the same) of a Russian name the bundle vetted, only where it is vetted', () => {
    const practice = createClassifier({ positive: true, vetted: ['Riverside Family Practice', 'д-р Воронова', 'Кенсингтон'] });
    const unvetted = (text: string): string[] => words(text, practice.classifyText(text, 'ru'), 'unvetted');
    expect(unvetted('Ваш приём у доктора Вороновой в понедельник, в Кенсингтоне.')).toEqual([]);
    expect(unvettedIn('ru')('Мы в Кенсингтоне, ждём вас.')).toEqual(['Кенсингтоне']);
    expect(unvetted('Мы в Кенсингтонском парке.')).toEqual([]);
  });

  it('reads a link written between words of Korean or Chinese without spaces, and still reads what its path says', () => {
    const practice = createClassifier({ positive: true, vetted: ['Pacific Crest Family Clinic'] });
    const unvetted = (text: string, lang: string): string[] => words(text, practice.classifyText(text, lang), 'unvetted');
    expect(unvetted('예약 변경은 포털(portal.pacificcrestfc.org)에서 해 주세요.', 'ko')).toEqual([]);
    expect(unvetted('请登录portal.pacificcrestfc.org查看。', 'zh')).toEqual([]);
    expect(labels(practice.classifyText('请登录https://portal.pacificcrestfc.org/hiv查看', 'zh'))).toContain('HIV');
  });

  it("doubts a link's host that runs a term of care into other letters, not a host that merely holds its letters", () => {
    const unvetted = unvettedIn('en');
    expect(unvetted('Pay at harborhivclinic.org/pay today.')).toEqual(['harborhivclinic']);
    expect(unvetted('Book at https://lakemontrecoveryservices.org/book')).toEqual(['lakemontrecoveryservices']);
    expect(unvetted('Forms are at www.archives.gov and https://pay.riversidefamilypractice.example')).toEqual([]);
  });

  it("reads a short subject line in its body's language, and does not take the practice's name for a language", () => {
    const practice = createClassifier({ positive: true, vetted: ['Rio Norte Community Health Center'] });
    const body = 'Bonjou Madan Joseph, nou konfime randevou w ak Dr. Ruiz madi a 10:00 AM. Tanpri rive 15 minit davans. Mèsi!';
    const subjectWords = (subject: string): string[] => practice.classify({ body, subject }).filter((f) => f.field === 'subject').map((f) => subject.slice(f.start, f.end));
    expect(subjectWords('Randevou w – Rio Norte')).toEqual([]);
    // Alone, one Haitian word is not enough to read a text as Haitian.
    expect(words('Randevou w – Rio Norte', practice.classifyText('Randevou w – Rio Norte'), 'unvetted')).toEqual(['Randevou']);
    // Two are, and the practice's "Rio Norte" does not outweigh them as Spanish.
    expect(words('Konfimasyon randevou w – Rio Norte', practice.classifyText('Konfimasyon randevou w – Rio Norte'), 'unvetted')).toEqual([]);
  });

  it("doubts a specialty or a women's clinic in a place's name, and keeps a campaign's title and a staff nickname", () => {
    const unvetted = unvettedIn('en');
    expect(unvetted('Your referral to Dr. Amara Lowell at Riverside Cardiology is approved.')).toEqual(['Cardiology']);
    expect(unvetted('Your appointment at Riverside Neurology Associates is Mon 3/2 at 9 AM.')).toEqual(['Neurology']);
    expect(unvetted("Harbor Women's Health: your appointment is Thu 5/7 at 2:15 PM.")).toEqual(['Women']);
    expect(labels(positive.classifyText("Saebom Women's Clinic: reminder of your appointment Fri 12/12."))).toContain('SSP');
    expect(labels(positive.classifyText("Pre-registration for your delivery at St. Anselm's is due by 3/1."))).toContain('PREGNANT');
    expect(labels(positive.classifyText('Your package delivery is scheduled for Monday.'))).toEqual([]);
    expect(unvetted("Women's Health Week: free blood pressure checks for everyone this Saturday.")).toEqual([]);
    expect(unvetted('Our mammography van is open to all women 40 and older this Friday.')).toEqual([]);
    expect(unvetted('Bev will call you today to pick a new time.')).toEqual([]);
    // A person introduced by a name that is also a topic word elsewhere (Spanish "corazón") is still a person.
    expect(unvetted('Hi Wendell, this is Corazon in billing.')).toEqual([]);
    expect(unvetted('Free Medicare class: how to compare Part D drug plans, for everyone.')).toEqual([]);
    expect(unvetted('Your drug screen from Westlake Drug is back.')).toEqual(['drug']);
  });

  it('reads Vietnamese syllables of notices as written, with their tone marks, and not the word of care they fold to', () => {
    const unvetted = unvettedIn('vi');
    expect(unvetted('Cảm ơn chị đã ghé hôm nay. Hóa đơn chưa thanh toán, mời chị dành 1 phút gọi lại.')).toEqual([]);
    expect(unvetted('Bác sĩ sẽ chữa bệnh cho anh.')).toContain('chữa');
    expect(unvetted('Mời anh ghẻ.')).toContain('ghẻ');
    // "which" (nào; não is the brain), "all" (cả), "long" (dài; dái), staff introducing themselves, photo ID
    expect(unvetted('Con là Vy ở phòng khám. Ngày nào cả nhà cũng có thể gọi. Nhớ mang giấy tờ tùy thân có hình.')).toEqual([]);
    expect(unvetted('Kết quả chụp não của chú có rồi.').join(' ')).toContain('não');
  });

  it('reads a name after a Vietnamese kinship word only with its capital: the word is also "you"', () => {
    const unvetted = unvettedIn('vi');
    expect(unvetted('Chào chị Lan, lịch hẹn của chị là thứ Ba lúc 9 giờ sáng.')).toEqual([]);
    expect(unvetted('Chị ói nhiều không?')).toEqual(['ói']);
    expect(unvetted('Chị ơi, hồ sơ của chị còn thiếu chữ ký trang 3.')).toEqual([]);
    // The closing particle "nhé" as written; "nhẹ" (light: "nhẹ cân", underweight) folds to the same letters.
    expect(unvetted('Chú bấm link này 5 phút trước giờ hẹn nhé!')).toEqual([]);
    expect(unvetted('Chị nhẹ cân hơn lần trước nhé.')).toEqual(['nhẹ']);
    expect(unvetted('Anh nhẹ cân hơn lần trước.')).toEqual(['nhẹ']);
    expect(labels(positive.classifyText('Hóa đơn 150 đô cho buổi tư vấn hôn nhân ngày 3/4.', 'vi'))).toContain('MH');
  });

  it('reads a Korean name with its honorific and particle, and not a counselor\'s or therapist\'s title', () => {
    const unvetted = unvettedIn('ko');
    expect(unvetted('박정민님께, 다음 주 화요일 오전 11시에 예약이 있으십니다.')).toEqual([]);
    expect(unvetted('최한나 상담사님과 12월 11일 오후 5시 상담 예약이 있습니다.')).toEqual(['최한나 상담사님과', '상담']);
    expect(unvetted('물리치료사님과 예약이 있습니다.')).toEqual(['물리치료사님과']);
    expect(unvetted('보험 상담을 원하시면 전화 주세요.')).toEqual([]);
  });

  it('reads Russian "в зависимости от" (depending on) as a sliding fee, and an addiction as SUD', () => {
    expect(labels(positive.classifyText('Плата за приём в зависимости от дохода, от 20 долларов.', 'ru'))).toEqual([]);
    expect(labels(positive.classifyText('Программа лечения зависимости по вторникам в 18:00.', 'ru'))).toContain('SUD');
    expect(labels(positive.classifyText('Группа для людей с зависимостью собирается в среду.', 'ru'))).toContain('SUD');
  });

  it('does not read a word its language kept out as a name after a title ("the sugar doctor")', () => {
    expect(unvettedIn('ar')('موعدك مع دكتور السكر بكرة الساعة 9')).toEqual(['السكر']);
    expect(unvettedIn('ar')('موعدك مع الدكتور سمير بكرة الساعة 9')).toEqual([]);
  });

  it('reads advice that sends everyone to a provider as a campaign, and not the patient\'s own visit', () => {
    const unvetted = unvettedIn('en');
    expect(unvetted('RSV season is here. Keep sick visitors away from babies and ask your provider about RSV protection for infants.')).toEqual([]);
    expect(unvetted("Your baby's RSV shot is due. Ask your provider about it at Tuesday's visit.")).toEqual(['RSV']);
    expect(unvetted('Your sick visit is at 3 PM today.')).toEqual(['sick']);
  });

  it('reads English compounds of two vetted words, not those that name care', () => {
    const unvetted = unvettedIn('en');
    expect(unvetted('A swarm of honeybees in the crabapple tree; a tortoiseshell comb was found by the coneflowers.')).toEqual([]);
    expect(unvetted('He had another meltdown at school and she is homebound this week.')).toEqual(['meltdown', 'homebound']);
  });

  it('reads staff shorthand of scheduling and billing, and not clinical shorthand that looks like it', () => {
    const unvetted = unvettedIn('en');
    expect(unvetted("Appt cxl'd, docs rdy to dl. Qs? call Ilse x204.")).toEqual([]);
    // A held letter is the word ("sooo", "pleeease"), not a way around the lists.
    expect(unvetted('The phones were sooo slow today, thanksss for waiting!')).toEqual([]);
    expect(unvetted('Is the painnn any better?')).toContain('painnn');
    expect(unvetted('ofc clsd mon, reopen tue. ur appt cnfrmd 4 thu, pmt rcvd, thx! nxt wk pls rschdl b4 2day')).toEqual([]);
    // Three-letter forms are not read: "onc" (oncology) is not "once", "thr" (a hip replacement) is not "their".
    expect(unvetted('f/u w/ onc nxt wk, then thr consult')).toEqual(['onc', 'thr']);
  });

  it("reads a word with a letter outside ASCII as a language's word only when that language writes the letter", () => {
    const unvetted = unvettedIn();
    // "stąd" is Polish; "STäD" and "STÄD" are written with a letter no covered language uses.
    expect(unvetted('Your STäD results are in, call us.')).toEqual(['STäD']);
    expect(unvetted('Your STÄD results are in, call us.')).toEqual(['STÄD']);
    for (const text of ['Hola María, su cita es el martes a las 9. Llámenos si no puede venir.', 'Dzień dobry, przypominamy o wizycie we wtorek o 9:00.', 'Olá João, lembramos da sua consulta na terça às 9h. Até lá!', 'Hi José, your appointment is Tue at 9. See you at the café.']) expect(unvetted(text)).toEqual([]);
  });

  it("does not read a word of the text's own language, written with its letters, as the term its letters spell", () => {
    const vi = (text: string): string[] => labels(positive.classifyText(text, 'vi'));
    // "BẢO MẬT" is Vietnamese "confidential"; its letters spell MAT (medication-assisted treatment).
    expect(vi('THÔNG BÁO BẢO MẬT: Email này chỉ dành cho người nhận có tên ở trên và có thể chứa thông tin bảo mật. Nếu quý vị nhận nhầm, xin báo cho người gửi và xóa email này.')).toEqual([]);
    // In an English text one such word makes no language, and MAT stays MAT.
    expect(labels(positive.classifyText('Your MẬT visit is Tue at 9.'))).toContain('SUD');
    expect(labels(positive.classifyText('Your MAT visit is Tue at 9.'))).toContain('SUD');
  });

  it("ties a follow-up to the patient as \"your\" does, so campaign words in it are doubted", () => {
    const fs = positive.classifyText('Reminder: follow-up for alcohol use on Mon 1/12 at 3 PM. Reply C to confirm.');
    expect(labels(fs)).toEqual(['ETH', 'SUD', 'unvetted']);
    expect(labels(positive.classifyText('Reminder: smoking cessation f/u Mon 3 PM'))).toContain('unvetted');
    expect(labels(positive.classifyText('Follow us on Facebook for tips on quitting smoking.'))).toEqual([]);
    expect(labels(positive.classifyText('Free confidential testing for everyone this Saturday.'))).toEqual([]);
  });

  it("doubts a device of care that is someone's (a CPAP \"machine\", a glucose \"meter\", a chemo \"port\"), not the office's", () => {
    const unvetted = unvettedIn('en');
    expect(unvetted("Dr. Volkov reviewed your machine data - you're only using it about 3 hrs a night.")).toEqual(['machine']);
    expect(unvetted('Please bring your meter to the visit.')).toEqual(['meter']);
    expect(unvetted('You can pay at the machine in the lobby.')).toEqual([]);
    expect(unvetted('Please wear your mask in the lobby.')).toEqual([]);
  });

  it('reads a vetted name written as one word (a portal\'s "MyLaurelFork"), and joins no word of care into it', () => {
    const c = createClassifier({ positive: true, vetted: ['Laurel Fork Family Medicine', 'Laurel Fork Recovery Program'] });
    const unvetted = (text: string): string[] => words(text, c.classifyText(text, 'en'), 'unvetted');
    expect(unvetted('You have a new message in your MyLaurelFork portal.')).toEqual([]);
    expect(unvetted('Log in to MyLaurelForkRecovery to see your plan.')).toEqual(['MyLaurelForkRecovery']);
  });

  it('reads "every" with a number as a schedule, not as everyone ("keep breastfeeding every 2-3 hrs")', () => {
    // (the baby's weight said to be fine is a result too, since weight is read as a measure: fifty-second session)
    expect(labels(positive.classifyText("Hi Mrs. Wong, the nurse said the baby's weight is fine, keep breastfeeding every 2-3 hrs."))).toEqual(['test_result', 'unvetted']);
    expect(labels(positive.classifyText('Breastfeeding class for every new mom this Saturday.'))).toEqual([]);
  });

  it('reads a teen clinic and a visit said to be confidential as sensitive care, not a confidentiality footer', () => {
    expect(labels(positive.classifyText('Teen Clinic reminder: your appointment is Wed 4:15 PM. This visit is confidential.'))).toContain('SSP');
    expect(labels(positive.classifyText('This message is confidential and intended only for the recipient.'))).toEqual([]);
  });

  it("reads a provider's illness, by title and name, as the reason a visit moves; not a patient's", () => {
    expect(unvettedIn('en')('Dr. Anne Patel is sick today, we need to move your visit.')).toEqual([]);
    expect(unvettedIn('es')('La Dra. Ruiz está enferma hoy y tenemos que cambiar la cita de Sebastián.')).toEqual([]);
    for (const text of ['Mrs. Lopez is sick today.', 'Your son is sick, Dr. Patel said.', 'Call Dr. Patel. Is sick leave ok?']) expect(unvettedIn('en')(text), text).toContain('sick');
    expect(unvettedIn('es')('Su hijo está enfermo hoy.')).toContain('enfermo');
  });

  it('reads a provider ill by role ("the doctor is sick", "la doctora está enferma", "врач заболел") or called away to the hospital, and still doubts a patient or a relative ill', () => {
    expect(unvettedIn('en')('Your visit on 3/28 is canceled: the doctor is sick. We will call you to find a new time.')).toEqual([]);
    expect(unvettedIn('es')('Su cita del 28/3 se canceló: la doctora está enferma.')).toEqual([]);
    expect(unvettedIn('ru')('Ваш приём 28.03 в 9:00 отменён: врач заболел. Мы позвоним сегодня.')).toEqual([]);
    expect(unvettedIn('en')('Sorry Wanda, Dr. Engstrom got called over to the hospital so we need to reschedule your 2:00 today.')).toEqual([]);
    expect(unvettedIn('en')('Dr. Lee will see you at the hospital on Friday.')).toContain('hospital');
    for (const text of ['You are sick.', 'Your son is sick.', 'The patient is sick.']) expect(unvettedIn('en')(text), text).toContain('sick');
    expect(unvettedIn('ru')('Ваш сын заболел.')).toContain('заболел');
  });

  it('reads a term split by a space, a line break or a sign after a piece of one or two letters ("A 1c", "Pa p test", "A/1c", "A…1c"), not a contraction ("I\'m at" is no MAT) nor a word of the text ("voye l pa lapòs" is no Lp(a))', () => {
    for (const text of ['Your A 1c test is Tue at 9 AM.', 'Your Pa p test is Tue at 9 AM.', 'Your A/1c test is Tue.', 'Your A:1c test is Tue.', "Your A'1c test is Tue.", 'Your A…1c test is Tue.', 'Your Pa‼p test is Tue.', 'Your A\n1c test is Tue.'])
      expect(labels(positive.classifyText(text, 'en')), text).not.toEqual([]);
    expect(unvettedIn('en')("Hi, I'm at the front desk, I’m at the door. It's a 1st visit.")).toEqual([]);
    expect(unvettedIn('ht')('Dokiman ou te mande a pare. Nou ka voye l pa lapòs.')).toEqual([]);
  });

  it('reads Russian, Polish and Portuguese words inflected from vetted ones ("просроченном платеже", "ubezpieczycielem", "nieaktualne", "wysłaliśmy", "atualizados", "verificarmos"), never an inflected word of care', () => {
    expect(unvettedIn('ru')('Напоминание о просроченном платеже: сумма в размере $310.25.')).toEqual([]);
    expect(unvettedIn('pl')('Zapłacone przez ubezpieczyciela, w porozumieniu z ubezpieczycielem. Dane nieaktualne? Formularz wysłaliśmy osobno.')).toEqual([]);
    expect(unvettedIn('pt')('Temos os dados atualizados? Avise a gente para verificarmos se o seu plano é aceito.')).toEqual([]);
    for (const word of ['tratamentos', 'medicamentos', 'remédios', 'exames', 'internação', 'grávida', 'diabético', 'depressão', 'gravidez'])
      expect(unvettedIn('pt')(`Sua consulta: ${word}.`), word).toContain(word);
    for (const word of ['лекарством', 'таблетками', 'болезнью', 'анализами', 'беременности', 'депрессией', 'диабетом', 'лечением', 'уколом'])
      expect(unvettedIn('ru')(`Ваш приём: ${word}.`), word).toContain(word);
    for (const word of ['leczeniem', 'lekarstwami', 'tabletkami', 'chorobą', 'cukrzycą', 'depresji', 'ciąży', 'wynikami', 'badaniem', 'zastrzykiem', 'nieleczone'])
      expect(unvettedIn('pl')(`Pani wizyta: ${word}.`), word).toContain(word);
  });

  it("vouches for the practice's name shortened to its first words as staff sign texts (\"Linden Hill Medical\" of \"Linden Hill Medical Associates\"), not for its care word alone", () => {
    const names = practiceNames('Linden Hill Medical Associates');
    const practice = createClassifier({ positive: true, vetted: names, practice: names });
    expect(words('Linden Hill Medical: your visit is Tue at 9 AM.', practice.classifyText('Linden Hill Medical: your visit is Tue at 9 AM.', 'en'), 'unvetted')).toEqual([]);
    expect(words('Your medical leave paperwork is due.', practice.classifyText('Your medical leave paperwork is due.', 'en'), 'unvetted')).toContain('medical');
  });

  it('reads a medicine a campaign offers to everyone as general content, and the same medicine tied to the patient as care', () => {
    for (const text of ['Naloxone (Narcan) is available free at every front desk - no appointment, no questions. Anyone can carry it.', 'To all our patients and families: free naloxone (Narcan) is available to anyone, no prescription needed.']) expect(labels(positive.classifyText(text))).toEqual([]);
    // The offer must be the term's own: "free" before a term in a notice about parking offers nothing.
    expect(labels(positive.classifyText('Parking is free HIV, in the rear lot.'))).toContain('HIV');
    expect(labels(positive.classifyText('Flu shots HIV are available for everyone.'))).toContain('HIV');
    expect(labels(positive.classifyText('Your naloxone is available at the front desk.'))).toContain('SUD');
    expect(labels(positive.classifyText('Suboxone (buprenorphine) is available at your next visit.'))).toContain('SUD');
  });

  it("reads the words of a term a list of the practice's services names as general content, not as unknown words", () => {
    expect(labels(positive.classifyText('Patient Financial Services\nPrimary Care | Cardiology | Endocrinology | Sleep Medicine | Oncology & Infusion\nFirst Hill | Northgate'))).toEqual([]);
    expect(labels(positive.classifyText('Your oncology visit is Tue.'))).toEqual(['SSP', 'unvetted']);
  });

  it('reads every HTML5 named character as the letter it displays, and a link written right after other text', () => {
    expect(labels(positive.classifyText('<p>Xin ch&agrave;o, you have an appointment on Thursday.</p>'))).toEqual([]);
    expect(labels(negative.classifyText('Your chlam&yacute;dia test'))).toContain('STD');
    expect(labels(positive.classifyText('您有一条新消息，请登录查看：https://portal.example.org 。请勿直接回复本短信。', 'zh'))).toEqual([]);
    expect(labels(positive.classifyText('您的检查结果已出，请登录患者门户查看：portal.example.org，或致电206-555-0142。', 'zh'))).toEqual([]);
    // a link after an amount in the same run of text without spaces
    expect(labels(positive.classifyText('您在Riverside Family Practice有$45.20待付余额。请在此安全付款：https://pay.riverside.example/p/Z4k8m?lang=zh', 'zh'))).toEqual([]);
    // a full-width bracket right after the link opens what follows
    expect(labels(positive.classifyText('1. 在线支付：pay.riversidefp.com（需要输入纸质账单上的账单号码）；', 'zh'))).toEqual([]);
  });

  it('reads digits of every script as digits, for the detectors and the found-phone test', () => {
    expect(labels(positive.classifyText('الساعة ١:٣٠ يوم ٢٠ نوفمبر', 'ar'))).toEqual([]);
    expect(labels(negative.classifyText('SSN ١٢٣-٤٥-٦٧٨٩'))).toEqual(['ssn']);
    expect(labels(negative.classifyText('SSN ۱۲۳-۴۵-۶۷۸۹ and ५५५-१२-३४५६'))).toEqual(['ssn']);
  });

  it('reads a single Cyrillic or Greek letter as a reply key, as a single Latin letter is', () => {
    expect(words('Ответьте Д для подтверждения.', positive.classifyText('Ответьте Д для подтверждения.', 'ru'), 'unvetted')).toEqual([]);
  });

  it('reads Spanish, Chinese, Vietnamese, Tagalog, Korean, Russian, Arabic and Haitian Creole administrative text, and not what reveals care', () => {
    const ok = [
      ['es', 'Su receta está lista para recoger en la farmacia. Traiga una identificación con foto.'],
      ['zh', '您有一条新消息，请登录患者门户查看。'],
      ['vi', 'Bạn có tin nhắn mới trong cổng thông tin bệnh nhân. Vui lòng đăng nhập để đọc.'],
      ['tl', 'May bagong mensahe kayo sa patient portal. Mag-log in para mabasa ito.'],
      ['ko', '환자 포털에 새 메시지가 있습니다. 로그인하여 확인해 주세요.'],
      ['ru', 'У вас новое сообщение на портале пациента. Войдите, чтобы прочитать его.'],
      ['ar', 'لديك رسالة جديدة في بوابة المرضى. يرجى تسجيل الدخول لقراءتها.'],
      ['ht', 'Ou gen yon nouvo mesaj nan pòtay pasyan an. Tanpri konekte pou w li l.'],
      ['pl', 'Ma Pan nową wiadomość w portalu pacjenta. Prosimy się zalogować, aby ją przeczytać.'],
    ] as const;
    for (const [lang, text] of ok) {
      expect(labels(positive.classifyText(text, lang)), `${lang} tagged`).toEqual([]);
      expect(labels(positive.classifyText(text)), `${lang} detected`).toEqual([]);
    }
    // Traditional Chinese, Korean counters with their particles, Russian inflected forms.
    for (const [lang, text] of [
      ['zh', '您的預約已確認，如有疑問請致電診所。'],
      ['ko', '12월 3일 오후 2시로 변경되었습니다. 3층 접수처로 오세요.'],
      ['ru', 'Со 2 марта наш номер телефона меняется, остальные номера остаются прежними.'],
    ] as const) expect(labels(positive.classifyText(text, lang)), text).toEqual([]);
    expect(labels(positive.classifyText('您的抑郁症复诊在6月8日下午3点。'))).toEqual(expect.arrayContaining(['MH', 'unvetted']));
    expect(labels(positive.classifyText('Ваш анализ на ВИЧ положительный.'))).toEqual(expect.arrayContaining(['HIV', 'unvetted']));
    expect(labels(positive.classifyText('Su prueba de VIH salió positiva.'))).toContain('HIV');
    expect(labels(positive.classifyText('Przypominamy o wizycie w poniedziałek.', 'pl'))).toEqual([]);
    expect(labels(positive.classifyText('Wynik testu na HIV jest dodatni.', 'pl'))).toEqual(expect.arrayContaining(['HIV', 'unvetted']));
    expect(labels(positive.classifyText('Le ricordiamo il suo appuntamento lunedì.', 'it'))).toEqual(['unvetted']);
  });

  it('does not tie general content to the patient, and does when "your" or a link ties it', () => {
    expect(labels(positive.classifyText('Free, confidential HIV testing for anyone in the community this Friday.'))).toEqual([]);
    expect(labels(positive.classifyText('As a patient with HIV, you are invited to our group on Friday.'))).toContain('HIV');
    expect(labels(positive.classifyText('Join: https://x.example/behavioral-health/room/7'))).toContain('BH');
    // A health topic (the body, a condition) passes only in a sentence addressed to everyone, not in one that merely names no one.
    expect(words('Healthy weight tips for everyone at the community fair on Saturday.', positive.classifyText('Healthy weight tips for everyone at the community fair on Saturday.', 'en'), 'unvetted')).toEqual([]);
    expect(words('She has lost more weight since June.', positive.classifyText('She has lost more weight since June.', 'en'), 'unvetted').join(' ')).toContain('weight');
    // A footer listing the practice's services, with dashes or bars; the same service tied to the patient is a finding.
    expect(labels(positive.classifyText('Brookfield Internal Medicine | Primary Care - Pediatrics - Behavioral Health - Diabetes Education'))).toEqual([]);
    expect(labels(positive.classifyText('Your Behavioral Health visit - Tue 7/14 - 9:00 AM'))).toContain('BH');
    // A clause after a colon is addressed to whom the clause before it names; a term read as general content is not then read as a misspelling of itself.
    expect(labels(positive.classifyText('Adults 60 and older: the shingles vaccine is available at every visit.'))).toEqual([]);
    expect(labels(positive.classifyText('Everyone: your shingles are healing well.'))).toContain('diagnosis');
    expect(labels(positive.classifyText('The Harborview Cancer Survivors 5K is open to the whole community.'))).toEqual([]);
    // Where it is happening addresses a sentence to everyone; an outbreak named for the patient is doubted.
    expect(labels(positive.classifyText('Mumps cases have been reported in our county this month.'))).toEqual([]);
    expect(labels(positive.classifyText('Your son has mumps.'))).toContain('unvetted');
    // A crisis line's campaign says "you're not alone" to everyone; "your" still ties a sentence.
    expect(labels(positive.classifyText("May is Mental Health Awareness Month: if you or someone you love is struggling, you're not alone. Call or text 988."))).toEqual([]);
    expect(labels(positive.classifyText("You're not alone: your HIV treatment starts Monday."))).toContain('HIV');
    // A campaign's figure about a group or claim about a condition is its topic; a group defined by the condition is not a figure.
    for (const text of ['Nearly 38 million Americans live with diabetes, and one in five of them do not know it.', 'Stroke is the leading cause of death among adults in our county.'])
      expect(labels(positive.classifyText(text, 'en')), text).toEqual([]);
    for (const text of ['Children who have asthma should come in this month.', 'Your heart disease is the leading concern for every visit.'])
      expect(labels(positive.classifyText(text, 'en')), text).not.toEqual([]);
  });

  it('lets a sentence about the patient\'s results say only that they are ready and where to read them, whatever ordinary words say more (English and Spanish)', () => {
    for (const text of [
      'Your results are in but they are a little off, call us',
      'Your test came back a bit off, please call',
      'Your labs showed some things we want to talk about',
      'Dr. Lee reviewed your results and wants to see you',
      'Your results look about the same as last time',
      'The doctor looked at your results and says you are good to go',
      'Your labs are back. Great news!',
      'Bad news about your results, please call',
      'Labs came back a little off, call us',
      'Your Results Came Back A Bit Off',
    ])
      expect(labels(positive.classifyText(text, 'en')), text).toContain('unvetted');
    for (const text of ['Buenas noticias sobre sus resultados.', 'Sus resultados salieron un poco raros, llámenos.', 'El doctor vio sus resultados y quiere hablar con usted.'])
      expect(labels(positive.classifyText(text, 'es')), text).toContain('unvetted');
    for (const text of ['Sus resultados de laboratorio ya están disponibles en el portal del paciente. Inicie sesión para verlos o llámenos si tiene preguntas.', 'La Dra. Ruiz ya revisó los resultados de Lucas y le dejó una nota en el portal.'])
      expect(labels(positive.classifyText(text, 'es')), text).toEqual([]);
    for (const text of [
      'Your lab results are ready - please call us or log in to the patient portal',
      'Your test results from your visit on 3/12 are now available in the portal. Log in to view them, or call us with questions.',
      'hey ur results r in the portal, if u cant get logged in call Tasha and she will go over em',
      'For your privacy, we do not include results in email. Your provider will review your results and reach out if there is anything to discuss.',
      // a test that is a visit, not a result; a campaign's tests for everyone
      'Reminder: your lab test is Tuesday at 9 AM. Bring your photo ID.',
      'Free cholesterol tests for everyone at the community fair on Saturday.',
      // a rule about results that names no one (issue 12's visitor rule)
      'Visitor rule: to protect privacy, staff cannot give test results to visitors or by phone to family.',
    ])
      expect(labels(positive.classifyText(text, 'en')), text).toEqual([]);
  });

  it("reads a campaign's list of tips as advice to everyone, its \"your\" included, and not a list the patient's own line leads into", () => {
    const tips = 'Summer is here, and we want everyone in our community to enjoy it safely. A few easy habits:\n\n- Wear sunscreen.\n- Don\'t forget your ears, the back of your neck and the tops of your feet.\n\nHave a safe summer!';
    expect(labels(positive.classifyText(tips, 'en'))).toEqual([]);
    // The same tips when a line ties the list to the patient, in running text, or with a date: doubted.
    for (const text of [
      'Summer is here, and we want everyone in our community to enjoy it safely. Here is your plan:\n\n- Don\'t forget your ears, the back of your neck and the tops of your feet.',
      'Summer is here, and we want everyone in our community to enjoy it safely. Don\'t forget your ears, the back of your neck and the tops of your feet.',
      'Summer is here, and we want everyone in our community to enjoy it safely. A few easy habits:\n\n- Check your feet on 6/12 and call us.',
      'Hi Maria, about your visit:\n- Check your feet every night\n- Keep your leg up',
    ])
      expect(labels(positive.classifyText(text, 'en')), text).toContain('unvetted');
    // "Hi neighbor," greets a mailing's reader, as "Dear neighbors," does.
    expect(labels(positive.classifyText('Hi neighbor,\n\nWhen you get sick, stay home and rest. Free flu shots for everyone on Saturday.', 'en'))).toEqual([]);
  });

  it('reads results told as news in the other languages ("Tin vui về kết quả", "검사 결과에 대해 좋은 소식"), not a notice that results can be read', () => {
    for (const [text, lang] of [
      ['Tin vui về kết quả của anh', 'vi'],
      ['Хорошие новости о ваших результатах!', 'ru'],
      ['Magandang balita tungkol sa resulta mo!', 'tl'],
      ['Bon nouvèl sou rezilta ou yo!', 'ht'],
      ['أخبار سارة عن نتائجك!', 'ar'],
      ['检查结果有好消息', 'zh'],
      ['关于您的检查结果有好消息', 'zh'],
      ['검사 결과에 대해 좋은 소식이 있습니다', 'ko'],
      ['Boas notícias sobre seus resultados!', 'pt'],
    ] as const)
      expect(labels(positive.classifyText(text, lang)).some((l) => l === 'test_result' || l === 'unvetted'), text).toBe(true);
    for (const [text, lang] of [
      ['Kết quả xét nghiệm của anh đã có trên cổng thông tin bệnh nhân. Vui lòng đăng nhập để xem.', 'vi'],
      ['검사 결과가 환자 포털에 올라왔습니다. 로그인하여 확인하세요.', 'ko'],
    ] as const)
      expect(labels(positive.classifyText(text, lang)), text).toEqual([]);
  });

  it('reads "good", "great" and "nice" in a results sentence as a judgement unless they greet, and labs listed among billed services as services', () => {
    for (const text of ['Your labs and visits look great', 'Your results are back. Good news!'])
      expect(labels(positive.classifyText(text, 'en')), text).toContain('unvetted');
    for (const text of ['Your lab results are ready in the portal. Have a great day!', 'Good morning! Your results are ready in the portal.', 'The discount covers your visits, labs and medicines at our pharmacy.'])
      expect(labels(positive.classifyText(text, 'en')), text).toEqual([]);
    expect(labels(positive.classifyText('Para seguir recibiendo el descuento en sus consultas, laboratorios y medicinas de nuestra farmacia, necesitamos actualizar su información.', 'es'))).toEqual([]);
    expect(labels(positive.classifyText('Sus laboratorios salieron un poco raros.', 'es'))).toContain('unvetted');
  });

  it("reads a list under a campaign's own line as addressed to everyone, not a dated item nor a list under the patient's line", () => {
    const fair = 'FREE COMMUNITY HEALTH FAIR - Everyone welcome!\n\nSaturday, October 10 at the Cultural Complex.\n\nFREE SERVICES\n• Blood pressure checks\n• Rapid HIV and hepatitis C testing\n• Help applying for Medicaid';
    expect(labels(positive.classifyText(fair, 'en'))).not.toContain('HIV');
    for (const text of [
      'FREE COMMUNITY HEALTH FAIR - Everyone welcome!\n\nYour visit today:\n• HIV and hepatitis C testing',
      'FREE COMMUNITY HEALTH FAIR - Everyone welcome!\n\nFREE SERVICES\n• HIV testing for you on 10/12 at 9 AM',
    ])
      expect(labels(positive.classifyText(text, 'en')), text).toContain('HIV');
  });

  it('reads a dosing schedule as a medicine in every language the test covers, and a frequency that doses nothing as ordinary', () => {
    for (const [text, lang] of [
      ['Your prescription is ready. Take once a day.', 'en'],
      ['Your order: 30 count, take 2 times a day.', 'en'],
      ['Tome una pastilla cada 8 horas.', 'es'],
      ['Ваш заказ: 30 штук, принимать 2 раза в сутки.', 'ru'],
      ['처방약이 준비되었습니다. 하루 한 번 드세요', 'ko'],
      ['药已备好，每日两次服用。', 'zh'],
      ['Przyjmować dwa razy dziennie po posiłku.', 'pl'],
      ['Uminom ng isang tableta dalawang beses sa isang araw.', 'tl'],
    ] as const)
      expect(labels(positive.classifyText(text, lang)), text).toContain('medication');
    for (const text of ['Please check the portal once a day for updates.', 'Parking is free for the first 2 hours.', 'We answer messages twice a day, Monday to Friday.'])
      expect(labels(positive.classifyText(text, 'en')), text).toEqual([]);
  });

  it('reads Vietnamese words of care by their tones where folding would make them everyday words, and not the everyday words', () => {
    for (const text of ['Chị cần tái khám để cắt chỉ vết mổ vào thứ Hai.', 'Bé nhà chị còn thiếu cân, hẹn tái khám thứ Sáu.', 'Chị còn đau không? Nhớ dùng thuốc đều.'])
      expect(labels(positive.classifyText(text, 'vi')).some((l) => l === 'procedure' || l === 'diagnosis'), text).toBe(true);
    for (const text of ['Hẹn gặp chị đầu tuần sau.', 'Anh đến sớm 15 phút nhé, mở cửa lúc 8 giờ.'])
      expect(labels(positive.classifyText(text, 'vi')), text).toEqual([]);
  });

  it('reads what helper sessions found passing: Tagalog forms of care roots, Polish, Russian and Korean care in everyday words, and an Arabic campaign that is no pregnancy', () => {
    for (const [text, lang] of [
      ['Nagdadalang-tao po ba kayo?', 'tl'],
      ['Gumaling na po kayo', 'tl'],
      ['Maayos na po ang inyong kalagayan', 'tl'],
      ['Nahulog po kayo kahapon', 'tl'],
      ['Mataas pa rin po ang inyong numero', 'tl'],
      ['Po jutrzejszej wizycie nie wolno prowadzić samochodu.', 'pl'],
      ['Przypominamy o wizycie dla przyszłych mam w środę.', 'pl'],
      ['Кто-то из взрослых должен остаться с вами на 24 часа после визита.', 'ru'],
      ['검사 결과 변화가 있습니다', 'ko'],
      ['추가 검사가 필요합니다', 'ko'],
      ['An adult must stay with you for 24 hours after your visit.', 'en'],
    ] as const)
      expect(labels(positive.classifyText(text, lang)).length, text).toBeGreaterThan(0);
    expect(labels(positive.classifyText('Para sa lahat, 6 months pataas.', 'tl'))).toEqual([]);
    expect(labels(positive.classifyText('حملة التطعيم ضد الإنفلونزا تبدأ يوم السبت', 'ar'))).toEqual([]);
    expect(labels(positive.classifyText('الحمل في الأسبوع 20', 'ar'))).toContain('PREGNANT');
  });

  it('reads a specialty before a doctor\'s title as the specialty, not a name or a drive, and the infectious disease clinic by its initials', () => {
    for (const text of ['Your GI doctor, Dr. Volkova, will see you that day.', 'Your GYN, Dr. Smith, will see you.', 'Confirmed at 1102 Brighton Beach Ave. Your GI doctor, Dr. Volkova, will see you.', 'Reminder: appt Mon 2/2 9:00 AM, Concord Street, ID Clinic (2nd fl).', 'Billing: $85.00 remaining for your deep cleaning on 12/3.'])
      expect(labels(positive.classifyText(text, 'en')), text).not.toEqual([]);
    for (const text of ['Meet us at 400 Cedar Ridge Dr.', 'We moved to Kestrel Dr. Parking is free.', 'Bring your ID. Clinic opens at 8.', 'We are closed Friday for a deep cleaning of the office.', 'Your statements will come from a Valdosta, GA return address.'])
      expect(labels(positive.classifyText(text, 'en')), text).toEqual([]);
  });

  it('reads a line in a second covered language of an English text, on the evidence of four of its words, and keeps the results rule on', () => {
    expect(labels(positive.classifyText('Your appointment is Monday at 9 AM. ¿Prefiere recibir sus recordatorios en español? Llámenos al 555-0100.', 'en'))).toEqual([]);
    expect(labels(positive.classifyText('Your labs came back a little off. Chị ơi, hẹn gặp chị thứ Hai tuần sau nhé.', 'en'))).toContain('unvetted');
    expect(labels(positive.classifyText('Your appointment is Monday. Sus resultados salieron un poco raros, llámenos.', 'en'))).toContain('unvetted');
  });

  it("reads the practice's name joined and shortened as hosts and handles write it, and its words as no person's", () => {
    for (const [name, text] of [
      ['Spring Creek Family Medicine', 'Leave us a review: g.page/springcreekfm/review'],
      ['Twin Rivers Family Health', 'Find Twin Rivers at the fair Aug 27-Sep 7: free blood pressure checks for all.'],
    ] as const) {
      const names = practiceNames(name);
      expect(labels(createClassifier({ positive: true, vetted: names, practice: names }).classifyText(text, 'en')), text).toEqual([]);
    }
  });

  it('reads short links of any domain, hexadecimal ids in a link, and a code after its label in other scripts', () => {
    for (const [text, lang] of [
      ['Take our 1-minute survey: sunhill.to/s/8kd2 Reply STOP to opt out.', 'en'],
      ['Unsubscribe: https://www.example.org/u?e=bbccddee&list=announcements', 'en'],
      ['Mã kích hoạt của chị: 4PVN-8KXT (hết hạn ngày 31/12/2026)', 'vi'],
      ['您的启用码：9ZHT-3MQW', 'zh'],
    ] as const)
      expect(words(text, positive.classifyText(text, lang), 'unvetted'), text).toEqual([]);
    // a code without its label is not vouched for
    expect(words('Hi, 4PVN-8KXT is here', positive.classifyText('Hi, 4PVN-8KXT is here', 'en'), 'unvetted')).toEqual(['4PVN', '8KXT']);
    // a social handle is an address; a condition run into it or into a host is still doubted
    expect(labels(positive.classifyText('Follow us on Instagram (@lindenvalleymed) for closures.', 'en'))).toEqual([]);
    for (const text of ['Follow @cancerclinic for tips', 'Email us at info@cancerclinic.org', 'Visit cancerclinic.org'])
      expect(labels(positive.classifyText(text, 'en')), text).toContain('unvetted');
  });
});

describe('the positive model: what blind probes 90-114 showed (nineteenth session)', () => {
  const unvetted = (c: ReturnType<typeof createClassifier>, text: string, lang: string): string[] => words(text, c.classifyText(text, lang), 'unvetted');

  it("reads a line in another script with that script's language, whatever language the message is in, and still finds its care words", () => {
    for (const text of ['Happy New Year! 新年快乐! 새해 복 많이 받으세요! See you soon.', 'Interpreters: 普通话, 廣東話, 한국어, Русский. Call us at 718-555-0100.'])
      expect(unvetted(positive, text, 'en'), text).toEqual([]);
    expect(labels(positive.classifyText('Your 抑郁症 follow-up is Monday.', 'en'))).toContain('MH');
    expect(labels(positive.classifyText('Your 검사 결과 is ready, it looks 좋아요', 'en'))).not.toEqual([]);
  });

  it("takes a group greeting to the practice's family as everyone, not a household's", () => {
    const names = practiceNames('Twin Rivers Family Health');
    const practice = createClassifier({ positive: true, vetted: names, practice: names });
    const tip = 'A few reminders to keep everyone safe. When you shovel, stop if you feel short of breath.';
    expect(unvetted(practice, `Dear Twin Rivers family,\n\n${tip}`, 'en')).toEqual([]);
    expect(unvetted(practice, `Dear Garcia family,\n\n${tip}`, 'en')).toEqual(['breath']);
    // a campaign's tip after an emoji for a bullet is everyone's, as after a dash
    expect(unvetted(practice, 'Dear Garcia family,\n\nA few reminders to keep everyone safe:\n\n❄️ Shovel in small loads, and stop if you feel short of breath.', 'en')).toEqual([]);
  });

  it('reads what a cold-weather campaign tells everyone to cover, and not the same words said of the patient', () => {
    const text = 'Dear neighbors,\n\nFrostbite can set in within 10 minutes. Cover ears, nose, fingers and toes. Check fingers, toes, ears and cheeks: numb or grayish skin needs warming.';
    expect(unvetted(positive, text, 'en')).toEqual([]);
    expect(unvetted(positive, 'Your fingers and toes looked numb at the visit.', 'en')).toEqual(expect.arrayContaining(['fingers', 'toes', 'numb']));
  });

  it("vouches for an account's code after its label in Korean, Chinese and Russian, and a declined patronymic", () => {
    for (const [text, lang] of [
      ['미결제 금액 $30.00이 있습니다. harmonyfmg.com/pay (계정 HF-417720)', 'ko'],
      ['您有一笔 $25.00 的余额待付（账号 HF-118254）', 'zh'],
      ['Номер счёта: HF-509913', 'ru'],
      ['Здравствуйте, Игорь! У вашего отца, Семёна Абрамовича, приём в чт 12.03 в 13:40.', 'ru'],
      ['Đã xác nhận lịch hẹn của bé Khôi: thứ Hai 6/4 lúc 9:00 sáng. Quý vị có số dư $35.00 (hóa đơn số MP-208841).', 'vi'],
    ] as const)
      expect(unvetted(positive, text, lang), text).toEqual([]);
  });

  it("reads the practice's patient portal named after it ('BolsaConnect')", () => {
    const names = practiceNames('Bolsa Community Health Center');
    const practice = createClassifier({ positive: true, vetted: names, practice: names });
    expect(unvetted(practice, 'You have a new message in BolsaConnect. Log in at bolsachc.org/connect.', 'en')).toEqual([]);
    // not a condition's name run into the same word
    expect(unvetted(practice, 'You have a new message in CancerConnect.', 'en')).toEqual(['CancerConnect']);
  });

  it("reads the practice's name as hosts shorten it ('magnoliapeds') and a location's name as no person's", () => {
    const names = practiceNames('Magnolia Pediatrics');
    const practice = createClassifier({ positive: true, vetted: [...names, 'Heights', 'Bellaire', 'Pearland', 'Katy'], practice: names });
    expect(unvetted(practice, "If you liked your visit, we'd love a Google review: g.page/magnoliapeds-heights.", 'en')).toEqual([]);
    const closed = 'Dear Magnolia Pediatrics families,\n\nBecause of the hard freeze expected in the Houston area, ALL offices (Heights, Bellaire, Pearland and Katy) will be closed Tuesday.';
    expect(unvetted(practice, closed, 'en')).toEqual([]);
  });

  it('lets a results notice say that a provider who needs to talk will call, only as a condition', () => {
    expect(unvetted(positive, 'New results are in your portal. If your provider needs to talk with you about your results, our team will contact you.', 'en')).toEqual([]);
    expect(unvetted(positive, 'Tiene resultados nuevos. Si su proveedor necesita hablar con usted sobre los resultados, le llamaremos.', 'es')).toEqual([]);
    expect(unvetted(positive, 'New results are in your portal. Your provider needs to talk with you about your results.', 'en')).toEqual(['needs', 'talk']);
    expect(unvetted(positive, 'Tiene resultados nuevos. Su proveedor necesita hablar con usted sobre los resultados.', 'es')).not.toEqual([]);
  });

  it('finds a dose by its amount and a mammogram by its preparation, and a safety plan in Spanish', () => {
    const plan = 'Plan per Dr. Okafor: keep taking 1 in the AM, the half-tab only on bad nights.';
    expect(labels(positive.classifyText(plan, 'en'))).toContain('medication');
    expect(labels(positive.classifyText('Tome una pastilla antes de dormir.', 'es'))).toContain('medication');
    expect(labels(positive.classifyText('Imaging appt Thu 10/23 at 11:00 AM. No deodorant, powder or lotion that day.', 'en'))).toContain('procedure');
    expect(labels(positive.classifyText('Tiene un mensaje nuevo de Beatriz sobre su plan de seguridad y los números de la línea de crisis.', 'es'))).toContain('MH');
    // a refill's count alone is no dose
    expect(labels(positive.classifyText('Your refill of 30 tablets is ready for pickup.', 'en'))).not.toContain('medication');
  });

  it("reads a provider's training and a counselor announced to everyone, and the same words of the patient's stay or session as doubted", () => {
    const bio = 'Dear Magnolia families,\n\nWe are excited to welcome Dr. Thanh Nguyen to our Bellaire office! Dr. Nguyen completed residency at Texas Children\'s Hospital. We also welcome a new counselor to our team.';
    expect(unvetted(positive, bio, 'en')).toEqual([]);
    for (const text of ['Admitted to Mercy Hospital on 5/2. Follow up Tuesday at 3pm.', 'Residency clinic visit Mon 9am.', 'Counseling session Tue at 3 with Megan.'])
      expect(labels(positive.classifyText(text, 'en')), text).not.toEqual([]);
  });

  it("takes a claim about a condition in a campaign as general content ('Mental health is part of everyone's health'), not beside the patient's own results", () => {
    expect(labels(positive.classifyText("May is Mental Health Awareness Month. Mental health is part of everyone's health.", 'en'))).toEqual([]);
    expect(labels(positive.classifyText('Your mental health is important.', 'en'))).toContain('MH');
    expect(labels(positive.classifyText('Cases of chlamydia are up in our county; your test came back.', 'en'))).toContain('STD');
    expect(labels(positive.classifyText('Free HIV testing for everyone this Saturday!', 'en'))).toEqual([]);
  });

  it('finds a provider who wants to talk after results, in the languages the results rule does not read, unless said as a condition', () => {
    for (const [text, lang] of [
      ['您的检查结果出来了。医生想和您谈谈。', 'zh'],
      ['Ваши результаты готовы. Врач хочет обсудить с вами результаты.', 'ru'],
      ['검사 결과가 나왔습니다. 의사 선생님이 상의하고 싶어 하십니다.', 'ko'],
      ['Kết quả xét nghiệm của anh đã có. Bác sĩ muốn trao đổi với anh.', 'vi'],
      ['Seus resultados de exames chegaram. A médica quer conversar com você.', 'pt'],
      ['Lumabas na po ang resulta. Gusto kayong makausap ni Dr. Cruz.', 'tl'],
      ['Your results are in. 医生想和您谈谈。', 'en'],
    ] as const)
      expect(labels(positive.classifyText(text, lang)), text).toContain('test_result');
    for (const [text, lang] of [
      ['您的检查结果出来了。如果医生需要和您谈谈，我们会打电话给您。', 'zh'],
      ['Kết quả đã có. Nếu bác sĩ muốn trao đổi, chúng tôi sẽ gọi.', 'vi'],
    ] as const)
      expect(labels(positive.classifyText(text, lang)), text).not.toContain('test_result');
  });

  it("reads a subject line in the second language its body was found in, three words run together in a link, and Tagalog's future forms", () => {
    const message = { body: 'Your appointment is confirmed. / Su cita está confirmada.\n\nMonday, May 18 at 3:15 PM. Por favor llegue 15 minutos antes.', subject: 'Appointment confirmed / Cita confirmada - 5/18 3:15 PM', language: 'en' };
    expect(labels(positive.classify(message))).toEqual([]);
    expect(unvetted(positive, 'Cooling centers: nyc.gov/beattheheat', 'en')).toEqual([]);
    expect(unvetted(positive, 'Pasensya na po, hindi po makakapasok si Dr. Raman sa Biyernes.', 'tl')).toEqual([]);
  });

  it("finds a shot the patient gets every few months, said to them, and not a campaign's schedule", () => {
    for (const [text, lang] of [
      ["Hi Jen! Just a reminder it's time for the shot you get every 3 months. Call to book.", 'en'],
      ['Your B12 injection is due; we see you every 4 weeks.', 'en'],
      ['Su inyección de cada 3 meses toca el martes.', 'es'],
    ] as const)
      expect(labels(positive.classifyText(text, lang)), text).toContain('medication');
    expect(labels(positive.classifyText('Adults 65+ can get a COVID shot every 6 months. Walk in any weekday.', 'en'))).not.toContain('medication');
  });

  it("vouches for a newsletter's ordinary words in a mass mailing's sentences that say 'you' to no one, name no one and hold no number", () => {
    const news = (line: string): string => `Dear Friends and Neighbors,\n\nSummer is a busy season, and our team is proud to show up for our community.\n\n${line}\n\nThe Riverside Family Practice team\n\nUnsubscribe: riversidefp.example/unsubscribe`;
    expect(unvetted(positive, news('Runners and walkers of every speed are welcome, and the big wheel runs all evening.'), 'en')).toEqual([]);
    // a personal line in the same mailing stays doubted: "your", a name or a date ties it
    expect(unvetted(positive, news('P.S. Your son\'s cast comes off soon.'), 'en')).toContain('cast');
    expect(unvetted(positive, news('Walkers and canes for Ms. Reyes are at the front desk.'), 'en')).toContain('Walkers');
  });

  it('finds the care blind probes 105-109 let through on their first runs', () => {
    for (const [text, label] of [
      ['Hi Jo, Kayla wanted to check in after Monday. If things get bad again tonight call or text 988, or call us.', 'MH'],
      ['Reminder: your appointment with your benefits navigator is Tue 3/17 at the Ryan White eligibility desk.', 'HIV'],
      ['Great news, you moved up to Phase 3! Starting Mon you get 3 take-homes a week.', 'OPIOIDUD'],
      ['Hi Gloria, your magic mouthwash is ready for pick up at CVS.', 'medication'],
      ['Please shower the morning of your visit: once the patch is on you cannot get it wet for 14 days.', 'procedure'],
      ["Thanks for visiting today for Luna's expander adjustment! Rate us: example.link/s/7Qx", 'procedure'],
      ['Nicole here! Your 3-month number went from 8.4 down to 7.1!! So proud of you.', 'test_result'],
      ['Hi Jordan, see you Tues at 4 for your check-in with Rose! Remember to bring your mood tracker.', 'MH'],
      ['Hi Angela - reminder from your plan: 1 drink max on weekend nights, and log every drink in the app.', 'ETH'],
      ['Reminder: your Well Woman exam w/ Dr. Restrepo is Tue 3/3 at 4:00 PM, Marietta.', 'procedure'],
      ['Hi Sam, are the new meds helping with sleep and the low mood? Reply here or call us.', 'MH'],
    ] as const)
      expect(labels(positive.classifyText(text, 'en')), text).toContain(label);
    // a specialist before a doctor's title is no street before its "Dr" ("el cardiólogo Dr. Bittencourt"), and Haitian
    // "kè" (the heart) is not "ke" (that) for its accent (probe 119)
    for (const [text, lang] of [
      ['Hola Sr. Ramírez, le recordamos su cita con el cardiólogo, Dr. Bittencourt, el jueves 14/5.', 'es'],
      ['Olá Sra. Ferreira, lembrete da sua consulta com o cardiologista Dr. Bittencourt na quarta, 20/05.', 'pt'],
      ['Bonjou Msye Jean-Baptiste, nou fè w sonje randevou w ak doktè kè a, madi 12 me.', 'ht'],
    ] as const)
      expect(unvetted(positive, text, lang).length, text).toBeGreaterThan(0);
    expect(unvetted(positive, 'Recoja su receta en 120 Kestrel Dr., suite 4.', 'es')).toEqual([]);
    // results told in ordinary words: a screen that did not come back as expected, and the sentence after the notice
    for (const text of ["Your screen from Monday didn't come back like we expected. Dr. Mullins wants to talk it over Thursday.", 'Hi Drew, your results from the clinic visit are back. All 3 sites were clean 👍 Full report in the portal.'])
      expect(labels(positive.classifyText(text, 'en')), text).toContain('unvetted');
    expect(labels(positive.classifyText('World Mental Health Day is Oct 10. If you or someone you know is struggling, call or text 988 any time.', 'en'))).toEqual([]);
    expect(labels(positive.classifyText('New results are available in your portal. Your provider may add a note in the next few days, or call us at 555-0100 ext 3.', 'en'))).toEqual([]);
  });

  it('vouches for the set phrases and words of ordinary notices the probes used', () => {
    for (const [text, lang] of [
      ['Add to calendar: Google | Outlook | Apple', 'en'],
      ['As we head into the coldest stretch of winter, our interpreters are trained in medical terms.', 'en'],
      ['The City has issued a boil water notice. Vaccines for kids & grown-ups. Handicap parking is by the door.', 'en'],
      ['Hay casos de dengue en Miami-Dade. Vacíe el agua estancada y use repelente.', 'es'],
      ['Vini san randevou, lendi-vandredi 9è-4è nan tout klinik nou yo.', 'ht'],
      ['Para entrar al kínder y a 7.º grado. Entre unos minutos antes para probar la cámara y preparemos todo.', 'es'],
      ['Connect: call a friend, stop at the co-op for coffee. Disability and life insurance forms: $25 per form.', 'en'],
      ['If you have a fever or cough, please call before coming in. Spotty internet? The app works on 4G.', 'en'],
      ['Envíenos foto de su tarjeta nueva (de frente y de espalda). Use el garaje, nivel 1.', 'es'],
      ['Manda foto da carteirinha nova (frente e verso). Desculpa o transtorno! Se cuidem!', 'pt'],
      ['DRUG TAKE-BACK DAY: bring old medicines. From US-192, head south on John Young Pkwy. Please update your name and pronouns.', 'en'],
      ['W razie pytań zadzwoń: (773) 555-0142 (po polsku – wew. 2). Nowy biuletyn już jest.', 'pl'],
      ['Thứ Hai 8/2: mở cửa lại bình thường. Gọi 714-555-0100.', 'vi'],
      ['Temporada de polen: lávese las manos y la cara al entrar, para todos. La Dra. Ruiz se unió a nuestra clínica.', 'es'],
    ] as const)
      expect(unvetted(positive, text, lang), text).toEqual([]);
  });
});

describe('misspellings, measured both ways', () => {
  const SENSITIVE = [...new Set(['HIV', 'SUD', 'MH', 'PSY', 'STD', 'SSP', 'PREGNANT', 'medication', 'procedure', 'diagnosis'].flatMap(vocab))]
    .map((t) => t.toLowerCase())
    .filter((t) => /^[a-z]{6,}$/.test(t));

  it('labels one-edit misspellings of sensitive words (deletion, swap, doubled letter) that no lexicon holds', () => {
    const misspell = fc.record({ term: fc.constantFrom(...SENSITIVE), at: fc.nat(), kind: fc.constantFrom('delete', 'swap', 'double') }).map(({ term, at, kind }) => {
      const i = 1 + (at % (term.length - 2));
      if (kind === 'delete') return term.slice(0, i) + term.slice(i + 1);
      if (kind === 'swap') return term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      return term.slice(0, i) + term[i] + term.slice(i);
    });
    let found = 0;
    let tried = 0;
    fc.assert(
      fc.property(misspell, (word) => {
        const fs = positive.classifyText(`Your ${word} is on Monday.`);
        if (!words(`Your ${word} is on Monday.`, fs, 'unvetted').includes(word)) return; // a vetted or listed word after all
        tried++;
        if (fs.some((f) => f.label !== 'unvetted')) found++;
      }),
      { numRuns: 300 },
    );
    console.info(`misspellings of sensitive words labelled: ${found}/${tried}`);
    expect(found / Math.max(tried, 1)).toBeGreaterThan(0.9);
  });

  it('turns no vetted word into a finding, and shows how many ordinary words the comparison alone would have misread', () => {
    const matcher = new NearMatcher(5, 9);
    for (const t of SENSITIVE) matcher.add(t);
    const ordinary = [...new Set([...vetted('en'), ...vetted('en-common')])].filter((w) => /^[a-z]{5,}$/.test(w));
    const near = ordinary.filter((w) => !SENSITIVE.includes(w) && matcher.near(w).length > 0);
    console.info(`ordinary words within the edit distance of a sensitive term: ${near.length}/${ordinary.length} (${near.slice(0, 12).join(', ')}); none is compared, since only unvetted words are`);
    const sample = ordinary.slice(0, 400).join(' ');
    expect(positive.classifyText(sample, 'en').filter((f) => !['unvetted'].includes(f.label) && near.includes(sample.slice(f.start, f.end).toLowerCase()))).toEqual([]);
  });

  it('reads misspellings of a one-word term that another language also lists as two words ("prenatal", Portuguese "pre natal")', () => {
    for (const text of ['Your parenatal appt is Tue.', 'Your prenatl visit is Tue.']) expect(labels(positive.classifyText(text, 'en')), text).toContain('PREGNANT');
  });

  it('computes the optimal string alignment distance', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b, 20)).toBe(editDistance(b, a, 20));
        expect(editDistance(a, a, 20)).toBe(0);
        expect(editDistance(a, b, 20)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('approved templates', () => {
  const tmpl = compileTemplate('t', 'Hi {first_name}, this is {practice}. See {provider} on {date} at {time}, {location}. Balance {amount}, pay at {link} or call {phone}.', 'Riverside Family Practice')!;
  const name = fc.constantFrom('Xiomara', 'Bartholomew', 'Zainab', 'Jean-Luc', "O'Neil");
  const provider = fc.constantFrom('Dr. Oyelaran-Whitfield', 'Ilse Vandermeer, NP', 'Dr. Lee');
  const date = fc.constantFrom('Tue 6/2', 'Friday, June 12', 'tomorrow', '6/12/2026');
  const time = fc.constantFrom('10:40 AM', '9am', 'noon', '3:05 p.m.');
  const place = fc.constantFrom('75 Quarry Lane, Unit 4', '1200 River Rd, Suite 300', '9 Oak St');
  const amount = fc.constantFrom('$45.00', '$1,204.56', '$7');
  const link = fc.constantFrom('https://pay.example.com/QkZ9', 'pay.example.org', 'https://x.example/a?b=1');
  const phone = fc.constantFrom('(555) 301-4410', '555-301-4410', '+1 555 301 4410');
  const instance = fc.tuple(name, provider, date, time, place, amount, link, phone).map(([n, p, d, t, l, a, k, ph]) => `Hi ${n}, this is Riverside Family Practice. See ${p} on ${d} at ${t}, ${l}. Balance ${a}, pay at ${k} or call ${ph}.`);

  it('matches every instance with well-typed values, and no longer once text is added', () => {
    fc.assert(
      fc.property(instance, fc.constantFrom(' Bring your insulin log.', ' PS:', ' Thanks'), (text, extra) => {
        expect(matchTemplate([tmpl], text)).not.toBeNull();
        expect(matchTemplate([tmpl], text + extra)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a value of the wrong type', () => {
    expect(matchTemplate([tmpl], 'Hi Maria, this is Riverside Family Practice. See Dr. Lee on Tue 6/2 at 10:40 AM, the methadone clinic. Balance $4, pay at x.example.com or call 555-301-4410.')).toBeNull();
  });
});

describe('the positive model: what blind probes 120-125 showed (twentieth session)', () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang)).filter((l) => l !== 'unvetted');

  it('reads a dilation and curettage by its initials, a medicine said to work, and a crisis line named for one night', () => {
    expect(found('Hi Lisa, your return-to-work note after your D&C is ready at the front desk.')).toContain('procedure');
    expect(found('Our DC office is open Saturday.')).toEqual([]);
    expect(found('You have a new message. P.S. Dr. Farah says the new meds are working - keep taking them!')).toContain('medication');
    expect(found('Your meds are ready for pickup at the Eagan pharmacy.')).toEqual([]);
    expect(found("Just checking you made it home ok. If things get hard tonight, call or text 988 anytime.")).toContain('MH');
    expect(found('May is Mental Health Awareness Month. Everyone has hard days. If things get hard, call or text 988 anytime.')).toEqual([]);
  });

  it('reads a toll-free number after a plan\'s name as a phone number, not a member id', () => {
    expect(found('Medicare: 1-800-MEDICARE or medicare.gov/plan-compare')).toEqual([]);
    expect(found('Medicare ID: 1EG4TE5MK73')).toContain('member_id');
  });

  it('reads an hour after a Cyrillic "в" as an hour, not a vitamin B12 value', () => {
    expect(found('Вы записаны: среда 14.01 в 12:30, офис на Шипсхед-Бей.', 'ru')).toEqual([]);
    expect(found('Your B12 is 230')).toContain('lab_value');
  });

  it("vouches for a bus line next to its word, the numero sign, and a broadcaster's call letters where closings are announced", () => {
    expect(unvetted('Take the B68 bus to Brighton Beach Ave.')).toEqual([]);
    expect(unvetted('Take the bus to get your B12 shot')).toContain('B12 shot');
    expect(unvetted('Заказ № 300-6021 готов к выдаче.', 'ru')).toEqual([]);
    expect(unvetted('Closings are posted on WCCO and KARE 11.')).toEqual([]);
    expect(unvetted('Your WBC came back fine, watch the news')).toContain('WBC');
  });

  it("reads a visitor rule said as a condition as everyone's, not the patient's own symptom", () => {
    expect(unvetted('Please bring your insurance card.\n- If you have a cough, fever or cold symptoms, please wear a mask. Masks are available at every entrance.')).toEqual([]);
    expect(unvetted('If your child has a fever, please reschedule.')).toEqual([]);
    expect(unvetted('If your fever comes back tonight, stay home.')).toEqual(['fever']);
    expect(unvetted('Your fever is back? If you have a fever tonight, call us.')).toEqual(['fever', 'fever']);
    expect(unvetted('Please bring:\n- Your glasses or hearing aids if you use them for reading forms')).toEqual([]);
    expect(found('Your new hearing aids are ready')).toContain('diagnosis');
  });

  it('reads Korean words that count by their neighbours: "or more" after a number, "about" before one, "and so on" after a word', () => {
    expect(unvetted('독감 예방접종 시작했습니다! 생후 6개월 이상 누구나 접종 가능.', 'ko')).toEqual([]);
    expect(unvetted('보험카드, 신분증 등 지참', 'ko')).toEqual([]);
    expect(unvetted('검사 결과 이상 있음', 'ko')).toContain('이상');
    expect(unvetted('약 드세요', 'ko')).toContain('약');
  });

  it('reads results notices in Portuguese, Polish and Haitian Creole as in English: ready, nothing of what they say', () => {
    expect(unvetted('Olá,\n\nHá novos resultados disponíveis no seu portal.\n\nPara ver: acesse o portal ou abra o aplicativo.', 'pt')).toEqual([]);
    expect(unvetted('Szanowna Pani,\n\nw portalu pacjenta są dostępne nowe wyniki badań. Prosimy się zalogować.', 'pl')).toEqual([]);
    expect(unvetted('Bonjou, nouvo rezilta w yo disponib nan pòtal la. Tanpri konekte pou w gade yo.', 'ht')).toEqual([]);
    expect(unvetted('Wyniki są złe, prosimy o telefon.', 'pl')).toContain('złe');
    expect(unvetted('Rezilta w yo pa bon, rele nou.', 'ht')).toContain('bon');
    expect(found('Rezilta yo pa bon, rele nou.', 'ht')).toContain('test_result');
    expect(found('Seus resultados vieram alterados.', 'pt')).toContain('test_result');
  });

  it("reads a campaign's screening offer, a figure about a state's people and a condition among the most preventable as general content, not the patient's own", () => {
    const campaign = (body: string): string[] => found(body, 'en');
    expect(campaign("Hi friends,\n\nOctober is Breast Cancer Awareness Month. We'd like to make sure everyone knows the basics, and we're making it easier to get a screening mammogram.")).toEqual([]);
    expect(campaign("Dear Sonoran Vista family,\n\nNovember is National Diabetes Awareness Month. About 1 in 10 Arizonans has diabetes, and many more have prediabetes and don't know it.")).toEqual([]);
    expect(campaign('Hi there,\n\nMARCH IS COLORECTAL CANCER AWARENESS MONTH\nColorectal cancer is one of the most preventable cancers.')).toEqual([]);
    expect(campaign('Hi Maria, your screening mammogram is Tuesday at 9.')).toContain('procedure');
    expect(campaign('Dear Maria, about your labs: many more have prediabetes than know it, and you have diabetes.')).toContain('diagnosis');
  });

  it('reads a referral to a cancer center known by its short name, ADHD rating forms and an early intervention program as care, and Hawaiian, Russian and Korean notice words as notices', () => {
    expect(found('Pine Harbor: we sent your referral to Fred Hutch (South Lake Union).')).toEqual(expect.arrayContaining(['SSP', 'diagnosis']));
    expect(found("The Vanderbilt forms for Lucas's teachers are ready to pick up.")).toContain('MH');
    expect(found('Los papeles de Early Steps para Matías ya están listos.', 'es')).toContain('SSP');
    expect(found('The early steps of our renovation are done.')).toEqual([]);
    expect(found('Reminder: appointment Thu 1/8 at 2:00pm at the CORE Center, 2020 W Harrison St.')).toContain('HIV');
    expect(found('Our core center of operations moved.')).toEqual([]);
    expect(unvetted('Mahalo for visiting us today! Aloha to the keiki and kupuna.')).toEqual([]);
    expect(unvetted('Напоминаем о приёме 15 янв. (чт) в 9:40', 'ru')).toEqual([]);
    expect(unvetted('2026년 1월 12일에 납부하신 $25.00이 정상 처리되었습니다.', 'ko')).toEqual([]);
    expect(unvetted('검사 결과는 정상입니다.', 'ko')).toContain('정상입니다');
    expect(unvetted('Sugar Land & Missouri City are open.')).toEqual([]);
    expect(unvetted('Your sugar landed high')).toContain('sugar');
    // (an acronym opening the text is the sender's, since the twenty-eighth session; in a sentence's middle it is doubted)
    expect(unvetted('WFHC storm prep: a tropical storm may hit this weekend.')).toEqual([]);
    expect(unvetted('A tropical storm may close WFHC this weekend.')).toEqual(['WFHC']);
  });

  it("reads Chinese campaign words only in a sentence that says 您 or 你 to no one, and a screening only before a procedure's term", () => {
    expect(unvetted('流感季到了，请大家戴口罩，勤洗手。', 'zh')).toEqual([]);
    expect(unvetted('你的口罩', 'zh')).toContain('口罩');
    expect(found('Please arrive early to fill out the depression screening HIV, questionnaire every patient completes once a year.')).toContain('HIV');
  });

  it('reads condoms in Vietnamese as written ("bao cao su"), not an incident report with its tones ("báo cáo sự cố")', () => {
    expect(found('Chị nhớ lấy bao cao su miễn phí ở quầy khi về nhé.', 'vi')).toContain('SEX');
    expect(found('Chi nho lay bao cao su mien phi o quay', 'vi')).toContain('SEX');
    expect(found('Vui lòng báo cáo sự cố cho chúng tôi.', 'vi')).toEqual([]);
  });

  it('reads a provider out sick in Polish as the provider, and the patient sick as care', () => {
    expect(unvetted('Niestety dr Wiśniewski jest chory - wizyta w pt. 16.01 o 9:30 odwołana.', 'pl')).toEqual([]);
    expect(unvetted('Pani Danuto, jest pani chora?', 'pl')).toContain('chora');
  });

  it('vouches for the newsletter words of eight languages, and keeps their campaign words to sentences addressed to everyone', () => {
    expect(unvetted('Biwo a fèmen jodi a akoz tanpèt nèj la. Nou regrèt dezagreman an.', 'ht')).toEqual([]);
    expect(unvetted('폭설로 인해 주차장 출입통제가 있습니다. 양해 부탁드립니다.', 'ko')).toEqual([]);
    expect(unvetted('ننظم يوما مفتوحا للثقافات', 'ar')).toEqual([]);
    expect(unvetted('由于山洪，诊所今天停诊。请拨打电话改约。', 'zh')).toEqual([]);
    expect(unvetted('Giao tại lề đường từ 9 giờ sáng.', 'vi')).toEqual([]);
    expect(unvetted('A clínica ficará fechada por causa da mudança para o novo endereço.', 'pt')).toEqual([]);
    expect(unvetted('Осторожно: мошенники представляются сотрудниками клиники.', 'ru')).toEqual([]);
    expect(unvetted('Przychodnia będzie nieczynna z powodu przeprowadzki do nowej siedziby.', 'pl')).toEqual([]);
    expect(unvetted('Szanowni Państwo,\n\nw upały wszyscy powinni dbać o nawodnienie.', 'pl')).toEqual([]);
    expect(unvetted('Pani nawodnienie jest złe.', 'pl')).toContain('nawodnienie');
    expect(unvetted('Ваш солнцезащитный крем готов.', 'ru')).toEqual(['солнцезащитный крем']);
  });
});

describe('the positive model: what blind probes 141-145 showed (twenty-first session)', () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');

  it("reads a medicine's name as the patient's whatever campaign words its sentence holds: a supply, a refill, a month that is an interval", () => {
    const found = (text: string): string[] => labels(positive.classifyText(text, 'en')).filter((l) => l !== 'unvetted');
    for (const text of ['Truvada refill - 3 month supply', 'Truvada refill this month', 'Suboxone refill - 1 month supply', 'Zoloft 3 month supply', 'New portal message from Dr. Tran - PrEP refill & 3-month labs', 'Free ride to Vivitrol clinic this week'])
      expect(found(text), text).not.toEqual([]);
    expect(found('September is National Recovery Month. Free naloxone kits at every front desk.')).toEqual([]);
    expect(found('December 1 is World AIDS Day. Free HIV testing for everyone all day.')).toEqual([]);
  });

  it('reads no audience in a weekday schedule, a free ride, a community clinic or an event center, so a term beside them stays the patient\'s', () => {
    const found = (text: string): string[] => labels(positive.classifyText(text, 'en')).filter((l) => l !== 'unvetted');
    for (const text of ['gonorrhoea clinic every Tuesday', 'Free ride to the gastric bypass clinic Tuesday 9am', 'postnatal visit - our community clinic, 2nd floor', 'PTSD consult - event center entrance, Tue 9am'])
      expect(found(text), text).not.toEqual([]);
    expect(found('Join us for a free community health fair at the event center, Saturday 10-2. Free HIV testing and blood pressure checks.')).toEqual([]);
    expect(found('Free flu shots for everyone at our community health center this Saturday.')).toEqual([]);
  });

  it("reads a sentence with one hour of the clock as the patient's appointment, not a campaign's, unless the hour is an event's range", () => {
    expect(unvetted('Kids knees check Tue 9am')).toContain('knees');
    expect(unvetted('Strokes group Tue 6:00 PM, room 2 - adults only')).toContain('Strokes group');
    expect(unvetted('Free blood pressure checks for the whole community at the library, Sat 12/12, 10 AM-2 PM. Bring a friend!')).toEqual([]);
    expect(unvetted('Feria de salud GRATIS el sábado, de 8 am a 1 pm. Vacunas, presión, comida y juegos para toda la familia.', 'es')).toEqual([]);
  });

  it("doubts a campaign word that names a visit's type (\"vaping visit 10/14\"), not a lab visit", () => {
    expect(unvetted('vaping visit 10/14, free parking')).toContain('vaping');
    expect(unvetted('Lab visit 10/14 at 8, free parking')).toEqual([]);
    expect(unvetted('Vaping is on the rise among teens. Free quit-vaping classes for everyone this month.')).toEqual([]);
  });

  it("reads a list of bus lines, sunscreen reapplied every 2 hours, a Cantonese surname's address and a health center's Haitian name as notices", () => {
    expect(unvetted('Take the M4, M5 or M100 bus to 168th St.')).toEqual([]);
    expect(labels(positive.classifyText('Use SPF 30+ and reapply every 2 hrs on the slopes.', 'en'))).toEqual([]);
    expect(labels(positive.classifyText('Take 1 tablet every 6 hrs with water.', 'en'))).toContain('medication');
    expect(unvetted('何太，記得帶埋身份證。', 'yue-Hant')).toEqual([]);
    expect(unvetted('Sant Sante Puente: ou gen randevou demen a 11:20 AM.', 'ht')).toEqual([]);
  });

  it('names in Chinese hepatitis B as everyone says it, dialysis, anxiety and domestic violence', () => {
    const found = (text: string): string[] => labels(positive.classifyText(text, 'zh-Hans')).filter((l) => l !== 'unvetted');
    expect(found('乙肝 3个月复查 周二上午9点')).toContain('diagnosis');
    expect(found('王先生，您的透析时间改为周二。')).toContain('procedure');
    expect(found('家暴求助热线')).toContain('SDV');
    expect(found('您的焦虑门诊在周二。')).toContain('MH');
  });

  it('reads the Russian primary care physician and the languages a practice offers as a notice says them, a psychotherapist as care', () => {
    expect(unvetted('Наш новый врач-терапевт говорит на нескольких языках.', 'ru')).toEqual([]);
    expect(labels(positive.classifyText('Ваш психотерапевт ждёт вас в среду.', 'ru'))).toContain('MH');
  });

  it('reads a surname after the Spanish word for family as a name ("Hola familia Suárez"), not a term', () => {
    expect(unvetted('Hola familia Suárez, la cita de Valeria quedó confirmada.', 'es')).toEqual([]);
    expect(labels(positive.classifyText('Hola familia Diabetes', 'es'))).toContain('diagnosis');
  });

  it('reads Haitian health care, the care team and a plan without interest as set phrases, not "swen" or "san" alone', () => {
    expect(unvetted('Nou gen plan pou w peye an plizyè fwa san enterè. Voye mesaj bay ekip swen ou.', 'ht')).toEqual([]);
    expect(unvetted('Yo pran san w pou swen ou.', 'ht')).toEqual(expect.arrayContaining(['san']));
  });

  it('finds what blind probes 146 and 147 let through: Vietnamese results judged badly, an STD by its Vietnamese euphemism, the Ryan White program named in Spanish, a psychiatric admission', () => {
    const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang)).filter((l) => l !== 'unvetted');
    expect(found('Chào chị Ngọc, kết quả thử máu của chị có vài chỉ số không tốt.', 'vi')).toContain('test_result');
    expect(found('kết quả xét nghiệm của bạn không tốt', 'vi')).toContain('test_result');
    expect(found('Kết quả xét nghiệm đã có trên cổng thông tin.', 'vi')).toEqual([]);
    expect(found('Kết quả có vấn đề, gọi lại phòng khám.', 'vi')).toContain('test_result');
    expect(found('نتائج التحاليل غير جيدة، يرجى الاتصال بنا.', 'ar')).toContain('test_result');
    expect(found('Chị Kiều còn nợ $65 tiền xét nghiệm bệnh xã hội lần khám 12/2.', 'vi')).toContain('STD');
    expect(found('Su elegibilidad del programa Ryan White vence el 31 de mayo.', 'es')).toContain('HIV');
    expect(found('Ridgeview Institute confirmed a bed for you today. Bring a week of clothes, no belts or laces.')).toEqual(expect.arrayContaining(['MH', 'procedure']));
  });

  it('vouches for a portal named "Mi" and the practice\'s name, as "My" and its name already were', () => {
    const names = practiceNames('Palo Verde Community Health Center');
    const practice = createClassifier({ positive: true, vetted: names, practice: names });
    const text = 'Palo Verde CHC: Tiene un mensaje nuevo en su portal MiPaloVerde.';
    expect(words(text, practice.classifyText(text, 'es'), 'unvetted')).toEqual([]);
  });

  it('vouches for "better" said of the practice by its vetted name, not of a person', () => {
    const practice = createClassifier({ positive: true, vetted: ['Prairie Oaks'] });
    const say = (text: string): string[] => words(text, practice.classifyText(text, 'en'), 'unvetted');
    expect(say('We read every response and use your feedback to make Prairie Oaks better.')).toEqual([]);
    expect(say('We hope the new meds make Maria better.')).toEqual(['better']);
  });

  it('vouches for a vetted place whose name begins with a word kept out and goes on with a proper word ("Stone Oak"), never a care word in a name', () => {
    const practice = createClassifier({ positive: true, vetted: ['Stone Oak Clinic', 'Stone Oak', 'Harbor Heart Center', 'Puente Birth Center', 'Riverside Bladder Wellness'] });
    const say = (text: string): string[] => words(text, practice.classifyText(text, 'en'), 'unvetted');
    expect(say('Your visit is at Stone Oak on Tuesday.')).toEqual([]);
    expect(say('Stone is gone, see you Tuesday.')).toEqual(['Stone']);
    expect(say('See you at Harbor Heart Center Monday.')).toEqual(['Heart']);
    expect(say('Puente Birth Center: see you Thursday.')).toEqual(['Birth']);
    expect(say('Riverside Bladder Wellness: Tue 9am')).toEqual(['Bladder']);
  });

  it('doubts the initials of physical and occupational therapy, even inside a vetted location ("2nd floor PT gym")', () => {
    const practice = createClassifier({ positive: true, vetted: ['PT gym', 'Lowry Clinic'] });
    const text = 'Gold Hill: Reminder - Thu 12/17 at 1:00 PM, 2nd floor PT gym, Lowry Clinic. Wear shorts & sneakers.';
    expect(words(text, practice.classifyText(text, 'en'), 'unvetted')).toEqual(['PT']);
    expect(unvetted('See you at PT on Monday')).toEqual(['PT']);
    expect(unvetted('Reminder: OT gym Monday at 3')).toEqual(['OT']);
  });

  it('vouches for "medical" where nothing ties the sentence to the patient, not in "your medical leave forms"', () => {
    expect(unvetted('Dr. Petrenko grew up in Kharkiv and completed medical school at SUNY Downstate.')).toEqual([]);
    expect(unvetted('Free rides to and from medical appointments through our RideWell program.')).toEqual([]);
    expect(unvetted('Your medical leave forms are ready.')).toEqual(['medical']);
  });

  it("reads a heat campaign's signs said of someone, a spring notice's pollen and a sun campaign's lips as general content", () => {
    expect(unvetted('Move to a cool place and call 911 if someone is confused, faints or stops sweating.')).toEqual([]);
    expect(unvetted('Tree pollen usually starts climbing in mid-March, followed by grass in May and ragweed in late summer.')).toEqual([]);
    expect(unvetted('Your pollen count at home is up this week.')).toContain('pollen');
    expect(unvetted('Skiing this weekend? Sunscreen for everyone: SPF 30+, including ears and lips.')).toEqual([]);
  });

  it("reads a results notice's how-to and its release once results are finished, and set phrases of bills, ice and renovations", () => {
    expect(unvetted('You have new results in your portal.\n\nHOW TO VIEW\nResults are often released to the portal as soon as they\'re finished, sometimes before your provider has reviewed them.')).toEqual([]);
    expect(unvetted('If a payment is declined we\'ll email you. You may qualify for a reduced payment plan.')).toEqual([]);
    expect(unvetted('Salt or sand your steps and driveway. Clear all snow from your car.')).toEqual([]);
    expect(unvetted('New and improved online bill pay! Thank you for your patience while we make improvements.')).toEqual([]);
    expect(unvetted('Your results are unchanged.')).toEqual(['unchanged']);
  });

  it("vouches for a sports team's nickname, Tagalog medicine at pickup with shortened months, and a Korean health center's name", () => {
    expect(unvetted('Outside the clinic, Dr. Okafor is a trail runner and a Broncos fan.')).toEqual([]);
    expect(unvetted('Hi po! Handa na ang gamot ninyo. Open enrollment hanggang Ene. 31, bayad tuwing ika-15.', 'tl')).toEqual([]);
    expect(unvetted('오늘 커뮤니티 헬스센터를 방문해 주셔서 감사합니다.', 'ko')).toEqual([]);
    expect(unvetted('비밀번호를 잊으셨다면 재설정하세요.', 'ko')).toEqual([]);
  });
});

describe('the positive model: what the twenty-second session found', () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');

  it('doubts a link path that runs a term of care, a medicine or a lab into ordinary words ("/myoverdose"), not one of ordinary words ("/nosurprises")', () => {
    for (const path of ['myoverdose', 'myheroin', 'mymidwife', 'myambien', 'myplatelets', 'microalbumin']) {
      expect(unvetted(`Your visit info: www.example.org/${path}`)).toEqual([path]);
    }
    expect(unvetted('Learn more at www.example.org/emergencyprep or www.example.org/firstaid')).toEqual([]);
  });

  it('doubts a short link slug that is a term of care ("/gerd", "/psa"), not an id ("/rfp")', () => {
    expect(unvetted('Your visit info: www.example.org/gerd')).toEqual(['gerd']);
    expect(unvetted('Your visit info: www.example.org/psa')).toEqual(['psa']);
    expect(unvetted('Your form: www.example.org/rfp/s')).toEqual([]);
  });

  it("reads a campaign tip with a length of time or a serving as everyone's, not one with a dose or an hour", () => {
    const campaign = 'May is Mental Health Awareness Month. A few tips for everyone:\n';
    expect(unvetted(`${campaign}- Move your body for 20 minutes a day.\n- Drink 8 glasses of water.`)).toEqual([]);
    expect(unvetted(`${campaign}- Cover your head and hands when you go outside.`)).toEqual([]);
    expect(unvetted('Your body is healing well after the procedure.')).toContain('body');
    expect(unvetted('Hi Maria, your pain should ease in a few days.')).toEqual(['pain']);
  });

  it('vouches for a rule for anyone who comes in with a cold ("please call before coming in"), not aftercare', () => {
    expect(unvetted('If you have a fever, cough or other cold symptoms, please call us before you come in so we can help you.')).toEqual([]);
    expect(unvetted('If you are sick with fever or cough, please call before coming in.')).toEqual([]);
    expect(unvetted('If you have heavy bleeding, call us.')).toEqual(['bleeding']);
  });

  it("vouches for a child's name before 'has an appointment' in Haitian Creole, Spanish and Polish, and before a Polish visit's doctor", () => {
    expect(unvetted('Rapèl: Kervens gen randevou avèk Dr. Andrade vandredi 4 desanm a 4:00 PM.', 'ht')).toEqual([]);
    expect(unvetted('Recordatorio: Sofía tiene cita con la Dra. Ruiz el martes a las 4 PM.', 'es')).toEqual([]);
    expect(unvetted('Przypominamy: wizyta Zosi u dr Kowalenko jutro o 16:00.', 'pl')).toEqual([]);
  });

  it("doubts whose care a vetted location's name gives, with its possessive (\"Kirby Women's Center\"), and keeps the rest of the name vouched", () => {
    const practice = createClassifier({ positive: true, vetted: ["Kirby Women's Center", "Kirby Women's Ctr", 'Bayou City Medical Group'] });
    const say = (text: string): string[] => words(text, practice.classifyText(text, 'en'), 'unvetted');
    expect(say("Bayou City Medical Group: your appt is Thu 10/16 at 8:40 AM at Kirby Women's Center.")).toEqual(['Women']);
    expect(say("See you at Kirby Women's Ctr")).toEqual(['Women']);
    expect(say('See you at Kirby on Thursday')).toEqual([]);
  });

  it('doubts the feelings and behavior a visit works on, in English, Spanish and Vietnamese; a campaign may still name them', () => {
    expect(unvetted('Kervens has an appt with Nadia Thu 3/26 at 3:30 PM to keep working on his anger and the problems he has at school.')).toEqual(['anger']);
    expect(unvetted("Jayden's appt Thu 3:30 to keep working on his behavior in class.")).toEqual(['behavior']);
    expect(unvetted('See you Wed 10am! We will go over how the week went with your mood and sleep.')).toEqual(['mood']);
    expect(unvetted('Cita de Mateo el martes 4pm para seguir trabajando en su enojo.', 'es')).toEqual(['enojo']);
    expect(unvetted('Kervens gen randevou ak Nádia jedi pou n kontinye travay sou kòlè li.', 'ht')).toEqual(['kòlè']);
    expect(unvetted('Fèt fen ane a: diri kole, pwason ak fritay pou tout moun.', 'ht')).toEqual([]);
    const found = (text: string): string[] => labels(positive.classifyText(text, 'vi'));
    expect(found('Nhắc lịch: bé Minh hẹn thứ Ba với cô Lan để tập kiểm soát cơn giận và hành vi ở trường.')).toContain('BH');
    expect(unvetted('May is Mental Health Awareness Month. Feelings of anger, worry or low mood are common, and help is available for everyone.')).toEqual([]);
  });

  it("reads a Chinese child's name a template sets off alone, or before 的預約 when its surname makes a word (王子軒), never a term that starts with a surname's character", () => {
    expect(unvetted('已为 赵梓涵 确认预约：4月10日（周五）上午9:40', 'zh')).toEqual([]);
    expect(unvetted('提醒：梁子晴 明天上午11:00', 'zh')).toEqual([]);
    expect(unvetted('已確認王子軒的預約，3月18日（星期三）下午2:15。', 'zh')).toEqual([]);
    expect(unvetted('提醒：石膏 明天上午11:00', 'zh')).toEqual(['石膏']);
    expect(labels(positive.classifyText('提醒：黄疸 明天上午11:00', 'zh'))).toContain('diagnosis');
    expect(unvetted('提醒：白内障 明天', 'zh')).not.toEqual([]);
  });

  it('reads a Vietnamese name after a capitalized kinship word ("Bé Lý Tuệ Nhi có hẹn"), and a results notice\'s federal law', () => {
    expect(unvetted('Lotus: Bé Hoàng Nam có hẹn ngày mai 10/3 lúc 8g40 sáng.', 'vi')).toEqual([]);
    expect(unvetted('Nhắc: Bé Lý Tuệ Nhi có hẹn Thứ Ba 14/4 lúc 9g00 sáng.', 'vi')).toEqual([]);
    expect(unvetted('New results have been released to your portal. Under federal law, most results are released to your portal as soon as they are available.')).toEqual([]);
  });

  it('reads maternity care in a vetted location\'s name, hyphenated or in Spanish, a bed rest note, and the lock box of take-home doses', () => {
    const practice = createClassifier({ positive: true, vetted: ['Centro Materno-Infantil Palmera', 'Palmera Mother-Baby Unit', 'Palmera Maternal-Child Center', 'Jean-Robert Pierre-Louis'] });
    const found = (text: string, lang = 'en'): string[] => labels(practice.classifyText(text, lang));
    expect(found('Le recordamos su cita mañana en el Centro Materno-Infantil Palmera, 2do piso.', 'es')).toContain('PREGNANT');
    expect(found('Your appt is at Palmera Mother-Baby Unit Tue 9am')).toContain('PREGNANT');
    expect(found('Your appt is at Palmera Maternal-Child Center Tue 9am')).toContain('PREGNANT');
    expect(found('See Dr. Jean-Robert Pierre-Louis Tue')).toEqual([]);
    expect(found('Hi Crystal, Dr. Echeverría signed your bed rest note for work (through 4/30).')).toContain('procedure');
    expect(found('TCFM: ur medication is ready at the Annex window, M-F 7:30-9am. Dont forget ur lockbox.')).toContain('OPIOIDUD');
  });

  it("reads care in a vetted Spanish location's name (a sweep from probe 158's kind) and an opioid program's counts and phases in ordinary words", () => {
    const practice = createClassifier({ positive: true, vetted: ['Centro de la Mujer Riverside', 'Centro Materno Riverside', 'Centro de Recuperación Riverside', 'Centro Oncológico Riverside'] });
    for (const place of ['Centro de la Mujer', 'Centro Materno', 'Centro de Recuperación', 'Centro Oncológico']) {
      const text = `Su cita es el martes en el ${place} Riverside.`;
      expect(labels(practice.classifyText(text, 'es')).filter((l) => l !== 'unvetted'), text).not.toEqual([]);
    }
    expect(labels(practice.classifyText('Apellido materno: Ruiz. Su cita es el martes.', 'es')).filter((l) => l !== 'unvetted')).toEqual([]);
    for (const text of ['Pls bring your films for your count Thurs 9am.', 'Bring your bottle and cap for the callback Tuesday.', 'You moved up a phase! Starting Monday you can pick up 3 days at a time.'])
      expect(labels(positive.classifyText(text, 'en')), text).toContain('SUD');
  });

  it('vouches for Vietnamese syllables of notices as written with their tones ("mục", "phần"), not their toneless twins of care ("mức", "phân")', () => {
    expect(unvetted('Xin vào portal.bolsachc.org, đăng nhập, rồi bấm mục "Kết quả".', 'vi')).toEqual([]);
    expect(unvetted('Bản tóm tắt có trong cổng bệnh nhân, phần Tài liệu. Nhớ mang theo vài giấy tờ.', 'vi')).toEqual([]);
    expect(unvetted('Kết quả: mức đường cao', 'vi')).toContain('mức');
    expect(unvetted('phân có máu', 'vi')).toContain('phân');
  });

  it('vouches for "better" said of the practice\'s things or a survey\'s question, not of a person or a result', () => {
    expect(unvetted('The new lot will have 40 more spaces, better lighting, and EV charging.')).toEqual([]);
    expect(unvetted("We're always trying to make video visits better. Want to help make your health center better?")).toEqual([]);
    expect(unvetted('If anything could have gone better, please reply to this email.')).toEqual([]);
    expect(unvetted("We hope you're feeling better soon.")).toEqual(['better']);
    expect(unvetted('Your numbers could be better.')).toContain('better');
    expect(unvetted('The new meds make your sugar better.')).not.toEqual([]);
  });

  it('vouches for the opt-out keyword of Chinese SMS ("退订回复TD") only after "reply", never the letters of a split term', () => {
    expect(unvetted('请登录 portal.example.com 查看，或致电 (626) 288-4100。退订回复TD', 'zh')).toEqual([]);
    expect(unvetted('Your S\u327cTD panel is Tuesday at 9.')).toContain('TD');
  });

  it('vouches for set phrases of "care" and "watch out" in Spanish and Portuguese, and Medicare\'s drug plan in Korean; "cuidado prenatal" stays doubted', () => {
    expect(unvetted('CUIDADO CON EL CALOR: Nunca deje a un niño solo en el carro. Gracias por confiarnos el cuidado de su familia.', 'es')).toEqual([]);
    expect(unvetted('Envíele un mensaje a su equipo de cuidado por el portal.', 'es')).toEqual([]);
    expect(unvetted('Su cuidado prenatal es el martes.', 'es')).not.toEqual([]);
    expect(unvetted('이 기간에 메디케어 어드밴티지 플랜이나 약 보험(파트 D)을 바꾸실 수 있습니다.', 'ko')).toEqual([]);
    expect(unvetted('준비물: 보험 카드, 신분증, 복용 중인 모든 약 목록', 'ko')).toEqual([]);
    expect(unvetted('복용 중인 약을 끊으세요', 'ko')).not.toEqual([]);
  });

  it("reads a mailing's subject line as its campaign's title: topic words pass there, terms stay findings, and a personal body's subject stays doubted", () => {
    const mailing = 'Dear Northpoint members,\n\nHealth officials have reported measles cases in several Texas counties. Measles spreads easily, but the MMR vaccine is highly effective.\n\nUnsubscribe: np.com/unsubscribe';
    const read = (subject: string, body: string): string[] => positive.classify({ subject, body, language: 'en' }).map((f) => `${f.label}:${(f.field === 'subject' ? subject : body).slice(f.start, f.end)}`);
    expect(read('Measles in Texas: check your vaccine records', mailing)).toEqual([]);
    expect(read('Your HIV test: check your records', mailing)).toContain('HIV:HIV');
    expect(read('Your measles results', 'Hi Maria, please log in to the portal.')).toContain('unvetted:measles');
    expect(read('Your blood pressure was high at your last visit', mailing)).not.toEqual([]);
    expect(read('Follow-up on your skin spot', mailing)).not.toEqual([]);
  });

  it("reads a campaign's topic in its own link's path and a weather alert's name as everyone's, never a link with a query or a tied sentence", () => {
    expect(unvetted("It's tick season in the fields and woods. Do a tick check after chores or hikes. More tips: ashburyfamilymed.com/ticks")).toEqual([]);
    expect(unvetted('Tips for everyone: clinic.org/care/cholesterol?patient=44')).toEqual(['cholesterol']);
    expect(unvetted('Everyone welcome! Your visit summary: clinic.org/v/weight-loss')).toEqual(['weight']);
    expect(unvetted('Heat Alert: heat index up to 112°F today. Drink water every 15 min and watch for dizziness or cramps.')).toEqual([]);
    expect(unvetted('Alert: your skin check is Tue 9am.')).toEqual(['skin']);
  });

  it("doubts a dialysis chair, access and thrill, and a baby's ultrasound as Spanish says it (blind probes 164, 165 and a sweep of their kinds)", () => {
    expect(unvetted('Your shift moves to 2nd shift starting Mon, chair 4.')).toEqual(['chair']);
    expect(unvetted('Keep feeling for your thrill daily & call right away if it stops.')).toEqual(['thrill']);
    expect(labels(positive.classifyText('Your 3/6 access check w/ Dr. Dela Cruz is cancelled.', 'en'))).toContain('procedure');
    expect(labels(positive.classifyText('Tiene un saldo de $35.00 por el eco del bebé del 24 de febrero.', 'es'))).toContain('PREGNANT');
    expect(unvetted('Thank you to outgoing board chair Helen Strand. Free chair massages at the fair!')).toEqual([]);
  });

  it('reads a Hawaiian word with its ʻokina as it is spelled without one ("Hawaiʻi"), and a term with one inside stays a term', () => {
    expect(unvetted('Our offices across Hawaiʻi open at 10 AM tomorrow.')).toEqual([]);
    expect(labels(positive.classifyText('Your H\u02bbIV test is Tuesday at 9.', 'en'))).toContain('HIV');
  });

  it('reads a list of diseases that ends with "vaccines" as vaccines, as "shingles vaccine" is; never HIV', () => {
    const found = (text: string): string[] => labels(positive.classifyText(text, 'en')).filter((l) => l !== 'unvetted');
    expect(found('Ask whether you are up to date on Tdap, shingles, pneumonia and hepatitis B vaccines.')).toEqual([]);
    expect(found('Your HIV and flu vaccines are due')).toContain('HIV');
    expect(found('Your shingles and HIV care are Tue')).toContain('diagnosis');
  });

  it('keeps "your numbers" a result; only the campaign phrase "know your numbers" passes', () => {
    expect(unvetted('Dear friends, May is Mental Health Awareness Month. Your numbers look much better.')).toEqual(['numbers']);
    expect(unvetted('Heart Month tips for everyone: know your numbers.')).toEqual([]);
  });
});

describe('the positive model: what the twenty-third session found', () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a spot said of what a clinician did to it or how it is now as a result, not a spot in a schedule or a queue', () => {
    expect(found("Dr. Goldfarb looked at your pictures from last week - the spot hasn't changed.")).toContain('test_result');
    expect(found('Hope the spot Dr. Okafor removed is healing well!')).toContain('test_result');
    expect(found('The spots she froze may blister for a few days.')).toContain('test_result');
    expect(found('Hi Dana, the bump came back fine. See you in 6 months.')).toContain('test_result');
    for (const text of ['If you cannot make it, we can give the spot to someone else.', 'The spots fill fast, so reply today.', 'We held the spot for you until Friday.', 'Reserve your spot: (281) 555-0163'])
      expect(found(text)).toEqual([]);
  });

  it('reads a medicine check by shorthand, a sharps box and a shot log as the patient’s medicine', () => {
    expect(found('Reminder - Ethan has a med check w/ Dr. Whitfield Thu 11/19 at 4:15 PM.')).toContain('medication');
    expect(found('Bring your last 3 months of shot logs + your full sharps box to swap for a new one.')).toContain('medication');
  });

  it('vouches for Chinese notices held for one word (a message sent to you, a greeting to parents, a code valid for 14 days, Mrs. + surname), not a results talk', () => {
    expect(unvetted('陳醫生的辦公室給您發了一則安全訊息，請登入病人網站查看。', 'zh')).toEqual([]);
    expect(unvetted('各位家長好：今年的流感季節又到了。', 'zh')).toEqual([]);
    expect(unvetted('欢迎使用病人门户！您的激活码：5TJ8-Q2LA，14天内有效。', 'zh')).toEqual([]);
    expect(unvetted('鄧太太，提醒您4月7日上午11時於診所見醫生。', 'zh')).toEqual([]);
    expect(found('请点击「检查结果」查看。如医生需要与您讨论，我们的团队会主动联系您。', 'zh')).toEqual([]);
    expect(found('您的检查结果出来了，医生需要与您讨论。', 'zh')).toContain('test_result');
  });

  it('vouches for Korean and Russian notice words held alone, and keeps 상담 (counseling) doubted beside 상단 (the top)', () => {
    expect(unvetted("요청하신 서류가 준비되었습니다. 포털 '문서' 메뉴에서 내려받으시거나 접수처에서 수령하세요.", 'ko')).toEqual([]);
    expect(unvetted('분할 납부 기간에는 이자나 수수료가 없습니다.', 'ko')).toEqual([]);
    expect(unvetted('상담 예약은 화요일입니다.', 'ko')).toEqual(['상담']);
    expect(unvetted('Из соображений конфиденциальности мы не пересылаем содержание сообщений.', 'ru')).toEqual([]);
    expect(unvetted('Возьмите с собой список всех лекарств, которые вы принимаете.', 'ru')).toEqual([]);
  });

  it('vouches for being sick at all as the condition for calling, and a provider out sick as the reason a visit moves; a symptom stays doubted', () => {
    expect(unvetted('If your child is sick and needs to be seen sooner, call us; we always hold same-day sick visits.')).toEqual([]);
    expect(unvetted("Your child's sick visit is today at 3pm.")).toEqual(['sick']);
    expect(unvetted('If the swelling gets worse, call us.')).toEqual(['swelling', 'worse']);
    expect(unvetted('Из-за болезни врача приём 13 февраля в 11:00 отменён.', 'ru')).toEqual([]);
    expect(unvetted('因醫生病假，您2月13日上午11時嘅預約要取消。', 'zh')).toEqual([]);
    expect(unvetted('Pasensya na po, kinansela ang inyong appointment dahil may sakit ang provider.', 'tl')).toEqual([]);
  });

  it("reads a Korean child's given name before 어린이, never a condition (천식 어린이: an asthmatic child)", () => {
    expect(unvetted('서윤 어린이 진료 예약 알림: 11월 17일(화) 오전 10시 20분', 'ko')).toEqual([]);
    for (const [text, word] of [['자폐 어린이 진료 예약', '자폐'], ['발달장애 어린이 진료 예약', '발달장애'], ['상담 학생 예약', '상담']] as const) expect(unvetted(text, 'ko')).toEqual([word]);
    expect(found('천식 어린이 진료 예약', 'ko')).toContain('diagnosis');
  });

  it("vouches for bus lines listed after their word and a garage's level, and a street's letter U as no one's", () => {
    expect(unvetted('Bus: B3 or B36, stop at Avenue U / East 22nd Street.')).toEqual([]);
    expect(unvetted('Автобусы B4 и B49 останавливаются на углу.', 'ru')).toEqual([]);
    expect(unvetted('・巴士：B82 或 B2，於 Kings Highway 下車', 'zh')).toEqual([]);
    expect(unvetted('Free parking on garage level P1.')).toEqual([]);
    expect(unvetted('Bus. B12 shot today')).toContain('B12');
    expect(unvetted('Location: 2160 Avenue U, Brooklyn, NY 11229')).toEqual([]);
  });

  it('lets a results notice say an account is not made yet, and keeps a judgement doubted', () => {
    expect(unvetted("New results are available in your portal. Don't have an account yet? Text PORTAL to 912-555-0148.")).toEqual([]);
    expect(unvetted('Your results are in. Not normal yet, we need to talk.')).toContain('normal');
  });

  it("reads a practice's name as Arabic writes it (مركز ... الصحي), not someone's state of health", () => {
    expect(unvetted('مركز رحمة الصحي: عليك رصيد مستحق بقيمة 35.00$.', 'ar')).toEqual([]);
    expect(unvetted('وضعك الصحي يحتاج متابعة', 'ar')).toEqual(['الصحي']);
  });

  it('reads dentures and a tooth pulled in Vietnamese as written, not "nhớ rằng" (remember that)', () => {
    expect(found('Bà Sáu còn thiếu $35 tiền đồng trả cho bộ răng giả hàm trên làm tháng rồi.', 'vi')).toContain('procedure');
    expect(found('Xin nhớ rằng phòng khám đóng cửa thứ Hai.', 'vi')).toEqual([]);
  });

  it("reads an advocate from a shelter and a request to delete the text as the patient's safety, not an email footer", () => {
    expect(found("The advocate from the shelter can meet you here Thurs at 2. Delete this text if you need to.")).toContain('SDV');
    expect(found('If you received this in error, please notify us and delete this message.')).toEqual([]);
  });

  it("vouches for a link's path word in any language a practice writes paths in, never a term of care there", () => {
    expect(unvetted('Pay online at saluddelvalle.org/pagar or call (956) 555-0175.')).toEqual([]);
    expect(found('Info: example.org/depresion')).toContain('MH');
  });

  it("reads running-text advice in a mass mailing as everyone's, not advice with a day, a clinician or a medicine", () => {
    const mail = (line: string): string => `Heat wave this week: tips for everyone.\n\n${line}\n\nTo unsubscribe, click here.`;
    expect(unvetted(mail("Drink water all day, not just when you're thirsty."))).toEqual([]);
    expect(unvetted(mail('Avoid alcohol while you are on the new medicine.'))).not.toEqual([]);
    expect(unvetted("Heat wave this week: tips for everyone.\n\nDrink water all day, not just when you're thirsty.")).toEqual(['thirsty']);
  });

  it('vouches for Arabic written in Latin letters (Arabizi) in a text said to be Arabic, never its words of care', () => {
    expect(unvetted('Marhaba Abbas, maw3adak ma3 Dr. Saleh bokra el sa3a 10.', 'ar-Latn')).toEqual([]);
    expect(unvetted('Maw3adak ma3 Dr. Saleh la fa7s el 7aml bokra', 'ar-Latn')).toEqual(['fa7s', '7aml']);
    expect(unvetted('Marhaba Abbas, maw3adak bokra.', 'en')).not.toEqual([]);
  });

  it("reads capitals before four digits or more as an account's number in any language, not a questionnaire's score", () => {
    expect(unvetted('[Thông báo cuối – Tài khoản BH-0033702] Kính chào Chị Đặng Thu Hà', 'vi')).toEqual([]);
    expect(unvetted('Your PHQ-9 score was 14.')).toContain('PHQ');
  });

  it("reads a garage's levels by their numbers as a place, not someone's levels", () => {
    expect(unvetted('Free parking in the building garage, levels 2-3.')).toEqual([]);
    expect(unvetted('Hay estacionamiento gratis en el garaje, niveles 1 y 2.', 'es')).toEqual([]);
    expect(unvetted('Your levels 1 and 2 hours after the meal were high.')).toContain('levels');
  });

  it("stops a group greeting's and a campaign's audience at a sentence with a clinician, a medicine, or a day in advice", () => {
    const mail = (a: string, b: string): string => `${a}\n\n${b}\n\nUnsubscribe.`;
    expect(unvetted(mail('Hello everyone, news from the clinic.', 'Check your blood pressure every morning and write it down for Dr. Lee.'))).not.toEqual([]);
    expect(unvetted(mail('Dear neighbors, happy holidays from all of us!', 'Keep the stitches dry until Friday.'))).not.toEqual([]);
    expect(unvetted(mail('Free flu shots for everyone this Saturday!', 'Flu shots are free for everyone 6 months and older.'))).toEqual([]);
  });
});

describe('the positive model: what the twenty-fourth session found', () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("opens a mass mailing that greets no one as a campaign at its first advice for everyone, not a mailing to a named patient", () => {
    const footer = "\n\nYou're receiving this email because you're a member. Unsubscribe from newsletters.";
    const tips = 'Spending time outdoors this summer? Protect your skin:\n\n- Wear a hat and sunglasses.\n- Check your skin monthly for new or changing spots.';
    expect(unvetted(`Hello,\n\n${tips}${footer}`)).toEqual([]);
    expect(unvetted(`Hi Marcus,\n\n${tips}${footer}`)).toContain('skin');
    expect(unvetted(`Patient: Keisha Wallace\n\n${tips}${footer}`)).toContain('skin');
    expect(unvetted(`Hello,\n\n${tips}`)).toContain('skin');
    expect(unvetted(`Hello,\n\nProtect your skin: keep the stitches dry until Friday.${footer}`)).not.toEqual([]);
  });

  it('vouches for a line of a phone menu or a tagline in another covered language, not one word another language happens to hold', () => {
    expect(unvetted('Call us at 555-0100. Para español, oprima 8. Pou kreyòl, peze 9. Para português, aperte 8. Tiếng Việt, bấm số 3.', 'en')).toEqual([]);
    expect(unvetted('ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística.', 'en')).toEqual([]);
    expect(unvetted('Hi John, your psy results are ready.')).toEqual(['psy']);
    expect(unvetted('Cancelamos la cita de Lucía para quitarle los puntos el lunes.', 'es')).toContain('puntos');
    expect(found('Call us. Para español, oprima 8. Su prueba de VIH salió positiva.', 'en')).toContain('HIV');
  });

  it('vouches for the nondiscrimination notice under an email, in English, Spanish and Chinese', () => {
    expect(unvetted('Riverside Family Practice complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.')).toEqual([]);
    expect(unvetted('Riverside Family Practice cumple con las leyes federales de derechos civiles aplicables y no discrimina por motivos de raza, color, nacionalidad, edad, discapacidad o sexo.', 'es')).toEqual([]);
    expect(unvetted('我们遵守适用的联邦民权法律，不因种族、肤色、国籍、年龄、残疾或性别而歧视任何人。', 'zh')).toEqual([]);
    expect(unvetted('Your disability paperwork is ready.')).toContain('disability');
  });

  it('reads a person called at the start of a sentence as a name ("Call Tonya Okoro at ..."), never a medicine', () => {
    expect(unvetted('Questions? Call Tonya Okoro at (406) 436-2215.')).toEqual([]);
    expect(unvetted('Contact Deb Kessler at 555-0100.')).toEqual([]);
    expect(found('Call Ozempic Okoro')).toContain('medication');
  });

  it("reads an aid brought to someone, a thing a clinician has them wear, and eye care and a condition in everyday words", () => {
    expect(unvetted('Omar will bring the new quad cane Tuesday.')).toEqual(['cane']);
    expect(unvetted('Dr. Raman noted she must wear her glasses in class at all times.')).toEqual(['glasses']);
    expect(unvetted('Pls keep the patch on 2 hrs/day until then.')).toEqual(['patch']);
    expect(found('Lucas has a patching check w/ Dr. Raman Wed 3/18.')).toContain('procedure');
    expect(found('Reminder - contact lens fitting & training with Dr. Oh, Mon 4/13.')).toContain('procedure');
    expect(found('[Your hair loss follow-up with Dr. Greer] You have a new message.')).toContain('diagnosis');
    expect(found('Omar will go over the stair exercises from last week.')).toContain('procedure');
    for (const text of ['Omar will bring the feeding pump on Tuesday.', 'Your lancets and dressing supplies ship Monday.', 'The hoyer lift will be delivered Friday.'])
      expect(found(text)).toContain('procedure');
    for (const text of ['Wheelchairs are available at the entrance.', 'Please bring your glasses.', 'Please wear a mask in the lobby.', 'Keep the receipt for your records.'])
      expect(unvetted(text)).toEqual([]);
  });

  it('reads a US place after "our" as the practice\'s office, not a name after "your"', () => {
    expect(unvetted('Our Plano or Frisco office is open Saturday.')).toEqual([]);
    expect(unvetted('your Plano refill')).toEqual(['Plano']);
  });

  it('keeps a test of someone\'s and what it showed doubted inside a mailing to everyone', () => {
    const mail = (line: string): string => `Hello,\n\nGet your flu shot this fall.\n\n${line}\n\nUnsubscribe`;
    expect(unvetted(mail('The scan showed the stone has passed.'))).not.toEqual([]);
    expect(unvetted(mail('Flu shots are free for everyone 6 months and older.'))).toEqual([]);
  });

  it("drops a condition a campaign states of a group in a place, or names among the groups at risk, but not one said of the patient", () => {
    const mail = (line: string): string => `Hello everyone,\n\n${line}\n\nUnsubscribe`;
    expect(found(mail("More than 1 in 8 adults in South Georgia has diabetes, and many don't know it yet."))).toEqual([]);
    expect(found(mail('- People with asthma, lung disease or heart disease, older adults and children are more sensitive to smoke and should take extra care.'))).toEqual([]);
    expect(found('People with HIV: your refill is ready.')).toContain('HIV');
    expect(found('People with diabetes should get a flu shot every year.')).toContain('diagnosis');
    expect(found('Hi Maria, people with asthma like you should stay inside.')).toContain('diagnosis');
  });

  it('reads a Vietnamese word with its tones as Vietnamese, never as the Portuguese word it folds to', () => {
    expect(unvetted('Chào anh Phúc, kết quả thử máu của anh đã có. Đường trong máu hơi cao.', 'vi')).toEqual(expect.arrayContaining(['máu', 'cao']));
    expect(unvetted('Máu cao.', 'vi')).not.toEqual([]);
  });

  it("reads a work or school note told with its limits, and restrictions after an injury, as care; not the note's errand", () => {
    expect(found('Your updated work note is ready in the portal: light duty only, no overhead lifting or ladders until 3/1 per Dr. Whitfield.')).toContain('procedure');
    expect(found('Note for your coach: no running or jumping for 6 weeks.')).toContain('procedure');
    expect(found('Work note ready: desk duty only through Friday.')).toContain('procedure');
    expect(found('Hello,\n\nAvoid lifting anything heavy for two weeks.')).toContain('procedure');
    expect(found('You have a new portal message about the home safety resources you asked for after your last visit.')).toContain('SDV');
    for (const text of ['Your school note is ready: pick it up at the front desk.', 'Thanks for your note: no need to call back.', 'Note: parking is limited on Fridays.'])
      expect(found(text)).toEqual([]);
  });

  it("reads the capitalized words after a form's field for a person as a name, never a term", () => {
    expect(unvetted('APPOINTMENT REMINDER\n\nPatient: Rahel Tesfaye\nDate: Thursday, June 18, 2026')).toEqual([]);
    expect(unvetted('Guarantor: Adaeze Okafor')).toEqual([]);
    expect(found('Patient: Ozempic')).toContain('medication');
    expect(unvetted('Diagnosis: Gout')).not.toEqual([]);
  });

  it("vouches for notices' set phrases whose words alone are kept out, and a provider's comments shown with a result", () => {
    for (const text of ['For your privacy, results are never included in email. This mailbox is not monitored.', "Can't complete it online? Arrive 20 minutes early and we'll give you a tablet at the front desk.", "If snow or ice makes the roads unsafe, we'll call or text.", 'A new test result has been added to your portal. If your provider has comments, they will appear with the result.'])
      expect(unvetted(text)).toEqual([]);
    expect(found('Take one tablet at bedtime.')).toContain('medication');
    expect(unvetted('Your biopsy result: the cells appear abnormal.')).toContain('abnormal');
  });

  it("reads a lab value by its chemical symbol as someone's result when it is judged, not a capital K elsewhere", () => {
    expect(found("Missed your run this AM - pls call asap. Don't skip, your K was high last week.")).toContain('test_result');
    expect(found('Your Na was a little low, Dr. Lee will call.')).toContain('test_result');
    expect(found('Your K-12 forms are ready at the front desk.')).toEqual([]);
  });
});

describe('the positive model: what the twenty-fifth session found', () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('doubts a device of care by its ordinary name before a visit, and a dose form; reads orthodontic work as a procedure', () => {
    expect(unvetted("Theo's 3-week tube check is Wed 5/6 at 2:20 PM.")).toContain('tube');
    expect(unvetted("Reminder: Mia's pump check is Thu at 10 AM with Dr. Lee.")).toContain('pump');
    expect(unvetted('Your pacer check is Wed 9/9 at 10:40 AM.')).toContain('pacer');
    expect(unvetted('Give your son his chewable every morning before class.')).toContain('chewable');
    expect(unvetted('Echo confirmed for Mon 12/7 at 8AM.')).toContain('Echo');
    expect(found("Aaliyah's wire change & power chain appt is Tue 6/2. Please have her brush well around the brackets.")).toContain('procedure');
    expect(found('Your night guard pickup is ready. Come by Tue after 2.')).toContain('procedure');
    for (const text of ['Watch our new video on YouTube.', 'The band will play at the health fair.'])
      expect(unvetted(text)).toEqual([]);
  });

  it('reads the sleep service line by its place in Korean, Spanish, Chinese and Vietnamese', () => {
    expect(found('[마카나 헬스] 수면센터에서 포털로 메시지를 보냈습니다.', 'ko')).toContain('procedure');
    expect(found('Su cita en el Centro del Sueño es el martes.', 'es')).toContain('procedure');
    expect(found('睡眠中心给您发了一条消息。', 'zh')).toContain('procedure');
    expect(found('Trung tâm giấc ngủ đã gửi tin nhắn cho bạn.', 'vi')).toContain('procedure');
  });

  it('reads a court that supervises treatment as substance use care, in English and Spanish', () => {
    expect(found('Please bring your Drug Court attendance sheet to your visit.')).toContain('SUD');
    expect(found('Sr. Chacón, no se le olvide traer la hoja de asistencia del Drug Court.', 'es')).toContain('SUD');
    expect(found('la hoja del tribunal de drogas', 'es')).toContain('SUD');
  });

  it("doubts a scan's findings told in Haitian Creole, not a scanned card", () => {
    expect(unvetted('Bon nouvèl! Dènye eskanè w la pa montre okenn nouvo tach.', 'ht')).not.toEqual([]);
    expect(unvetted('Tanpri eskane kat asirans ou.', 'ht')).toEqual([]);
  });

  it('reads "every" before a visit as the patient\'s schedule, not an audience', () => {
    expect(unvetted("Reminder: give Ella her pink medicine. Her heart doctor wants it before every dental appointment.")).toContain('heart');
    expect(unvetted('Free fluoride varnish at every visit for every child this month!')).toEqual([]);
  });

  it("does not read a campaign's audience in the practice's own name", () => {
    const bayou = createClassifier({ positive: true, vetted: ['Bayou Kids ENT'] });
    const text = 'Bayou Kids reminder: no need to keep his ears dry.';
    expect(words(text, bayou.classifyText(text), 'unvetted')).toContain('ears');
    const fair = 'Back to school: free hearing checks for all kids Saturday.';
    expect(words(fair, bayou.classifyText(fair), 'unvetted')).toEqual([]);
  });

  it("vouches for a rule for anyone who comes in, whatever the rule's order, but not someone's state that goes on", () => {
    expect(unvetted('If you have a fever, cough or flu-like symptoms, please call us before your visit.')).toEqual([]);
    expect(unvetted('Masks are available at every entrance and are required if you have cold or flu symptoms.')).toEqual([]);
    expect(unvetted('Stay home from work if you still have the rash on your chest.')).not.toEqual([]);
    expect(unvetted('Stay home if you are still throwing up from the new pills.')).not.toEqual([]);
    expect(unvetted('Keep the wound dry if you can.')).toContain('wound');
  });

  it('vouches for a portal named "My" and two of the practice\'s words run together, not any run after "My"', () => {
    const names = practiceNames('Cedar Bend Community Hospital');
    const cedar = createClassifier({ positive: true, vetted: names, practice: names });
    const text = 'You have 1 unread message in MyCedarBend. Log in to view it.';
    expect(words(text, cedar.classifyText(text), 'unvetted')).toEqual([]);
    const other = 'You have 1 unread message in MyCedarQzx.';
    expect(words(other, cedar.classifyText(other), 'unvetted')).toEqual(['MyCedarQzx']);
  });

  it("vouches for a pharmacy named \"Drug\" as the text's sender, the hospital's open ER and replies no one reads; not someone's ER visit", () => {
    for (const text of ['Main Street Drug: Your refill is ready! Please pick it up by 4/30.', 'The hospital ER is open 24/7. Please do not travel unless you must.', 'Our ER is open 24/7 at 1200 Hospital Dr.', "This is an automated text; replies aren't monitored."])
      expect(unvetted(text)).toEqual([]);
    for (const text of ['Apply for our sliding fee discount, which may reduce or erase this balance.', 'Bring a list of your medicines, vitamins and supplements, with doses, and any secondary insurance card.', 'Our certified application counselors can help you renew.'])
      expect(unvetted(text)).toEqual([]);
    expect(unvetted('Free mouthguards for all student athletes this month!')).toEqual([]);
    expect(unvetted('Your mouthguard is ready.')).toEqual(['mouthguard']);
    for (const text of ['Running late? No worries, just text us.', 'Hard freeze tonight: drip faucets and bring pets inside.', 'Great time to test your smoke & CO detectors.', 'The Mobile Unit broke down near Smith Lake.', 'Everyone at our office is sheltering in place.'])
      expect(unvetted(text)).toEqual([]);
    expect(unvetted('She broke down at her visit.')).not.toEqual([]);
    expect(unvetted('Your ER visit bill is ready.')).toEqual(['ER']);
    expect(unvetted('Main Street Drug Screen: Tuesday')).toContain('Drug');
  });

  it('ties a sentence that says "his" or "her" before a body or its care to someone, even after a campaign opens; not a new provider\'s training', () => {
    expect(unvetted("Free flu shots for everyone this Saturday! No need to keep his ears dry after Tuesday's visit.")).toContain('ears');
    expect(unvetted('Everyone welcome at our open house Friday. Her sugar log is due Monday.')).toContain('sugar');
    expect(unvetted('Hello everyone,\n\nPlease welcome Dr. Ortega! She completed her medical degree and her pediatric residency in Chicago.\n\nUnsubscribe')).toEqual([]);
  });

  it('drops a term a Spanish campaign names after its topic word ("el Mes de la Salud Mental", "Pruebas de VIH gratis para todos"), not a test of someone\'s', () => {
    expect(found('Mayo es el Mes de la Salud Mental. Si usted necesita hablar con alguien, llame al 988.', 'es')).toEqual([]);
    expect(found('Octubre es el Mes de Concientización sobre el Cáncer de Mama. Todas las mujeres de 40 años o más pueden pedir una cita.', 'es')).toEqual([]);
    expect(found('¡Pruebas de VIH gratis para todos este sábado!', 'es')).toEqual([]);
    expect(found('Su prueba de VIH es el martes.', 'es')).toContain('HIV');
    expect(found('Ana, el mes pasado la prueba de VIH salió positiva.', 'es')).toContain('HIV');
  });

  it('reads Arabic "noon" after an hour and "suite" before its number, and the set phrases of Arabic mailings; not the back or a ward', () => {
    for (const text of ['من ١٠ الصبح لـ ٢ الظهر بعيادة شارع وارن.', '7011 Little River Tpke، جناح 210', 'خط التمريض متاح على مدار الساعة.', 'قد يرسل لك مقدّم الرعاية رسالة.'])
      expect(unvetted(text, 'ar')).toEqual([]);
    expect(unvetted('عندك ألم في الظهر؟', 'ar')).toContain('الظهر');
    expect(unvetted('جناح الولادة', 'ar')).not.toEqual([]);
  });

  it("vouches for a Spanish notice's set phrases of care for the family, the best way, portal access and a summary of payments; not someone's wound better", () => {
    for (const text of ['¡Gracias por confiar en nosotros para cuidar a su familia!', 'La vacuna es la mejor manera de protegerse usted y proteger a su familia.', '¿No tiene acceso al portal? Llámenos.', 'Su resumen de pagos 2025 está disponible.'])
      expect(unvetted(text, 'es')).toEqual([]);
    expect(unvetted('Su herida está mejor.', 'es')).toContain('mejor');
  });

  it('vouches for Chinese greetings, a mailing to patients and their families, the subway and installments; not a patient report that got better', () => {
    for (const text of ['亲爱的患者朋友们，大家好！', '各位病人及家属：秋冬疫苗已到。', '其他交通方法：乘地铁橙线到 Chinatown。', '您的分期付款计划已确认。'])
      expect(unvetted(text, 'zh')).toEqual([]);
    expect(unvetted('您的病人报告好转。', 'zh')).not.toEqual([]);
  });

  it('vouches for Vietnamese "bị" before what befalls a visit or a bill, never before an illness', () => {
    for (const text of ['Nếu không gia hạn đúng hạn, bảo hiểm có thể bị ngưng.', 'Hẹn của anh vào thứ Sáu 4/12 lúc 10:30 sáng bị hủy.', 'Do bị cúp điện toàn khu vực, phòng khám đóng cửa.'])
      expect(unvetted(text, 'vi')).toEqual([]);
    expect(unvetted('Anh bị cúm.', 'vi')).toContain('bị');
    expect(unvetted('Người lớn tuổi dễ bị biến chứng.', 'vi')).toContain('bị');
  });

  it("vouches for Portuguese and Haitian Creole notices' set phrases (a mailbox no one reads, the nurse line, benefits counselors, a medical bill), not someone who does not feel well", () => {
    for (const text of ['Não responda a este e-mail; esta caixa não é monitorada.', 'A linha de enfermagem funciona 24 horas.', 'Tenha à mão uma lista dos seus remédios.'])
      expect(unvetted(text, 'pt')).toEqual([]);
    for (const text of ['Konseye benefis nou an ka ede w.', 'Si w gen difikilte pou w peye bòdwo medikal ou, konseye finansye nou yo ka ede w.', 'Flach, pil ak yon radyo pil.'])
      expect(unvetted(text, 'ht')).toEqual([]);
    expect(unvetted('Ou pa santi w byen.', 'ht')).not.toEqual([]);
    expect(unvetted('Seus remédios para a pressão estão prontos.', 'pt')).not.toEqual([]);
  });

  it("vouches for a Tagalog campaign's heat advice to everyone and a new provider's introduction, not someone's own rest and medicine", () => {
    expect(unvetted('Kilalanin si Dr. Reyes! Lumaki siya sa Quezon City.', 'tl')).toEqual([]);
    expect(unvetted('Mainit ngayong linggo para sa lahat: uminom ng tubig at magpahinga sa lilim.', 'tl')).toEqual([]);
    expect(unvetted('Uminom ka ng gamot mo at magpahinga.', 'tl')).toContain('magpahinga');
  });

  it("vouches for a Russian bill's statement and free plan counselling, not a hospital's discharge", () => {
    expect(unvetted('Ваша выписка по счёту готова. Номер выписки: ST-2026-021940. Дата выписки: 3 марта.', 'ru')).toEqual([]);
    expect(unvetted('Бесплатную консультацию на русском языке даёт программа HICAP.', 'ru')).toEqual([]);
    expect(unvetted('Выписка из больницы готова.', 'ru')).not.toEqual([]);
  });

  it('reads a lab value by its chemical symbol judged in a sentence written in capitals, not a form for K-12', () => {
    expect(found("DON'T SKIP, YOUR K WAS HIGH LAST WEEK.")).toContain('test_result');
    expect(found('YOUR NA IS LOW.')).toContain('test_result');
    expect(found('YOUR K-12 FORMS ARE READY.')).toEqual([]);
  });

  it('vouches for a survey that helps serve a place better and a Haitian Creole results notice, not a judgement', () => {
    expect(unvetted('Your feedback helps us serve Dearborn better.')).toEqual([]);
    expect(unvetted('Your knee is better.')).toContain('better');
    expect(unvetted('Bonjou Widline, gen nouvo rezilta ki disponib sou pòtal pasyan w lan.', 'ht')).toEqual([]);
    expect(found('Rezilta w la pa bon.', 'ht')).toContain('test_result');
  });

  it("reads a Hawaiian place written with an apostrophe for its 'okina, and notices' scanning and pharmacy chains", () => {
    for (const text of ["Our offices across Hawai'i will close Friday.", "Our Kane'ohe office will close Friday.", 'Scan your ticket at the blue kiosk.', 'It includes a QR code you can scan to pay.', 'Your refill is ready at Longs Drugs.'])
      expect(unvetted(text)).toEqual([]);
    expect(unvetted('Your scan is Tuesday.')).toContain('scan');
    expect(found("Your Hawai'i STD visit is Tuesday.")).toContain('STD');
  });
});

describe('the positive model: what the twenty-sixth session found', () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('vouches for an acronym the text spells out in plain words, before or after it, wherever the text uses it', () => {
    expect(unvetted('Staff from the Hospitality Workers Health Fund (HWHF) will be there. Flu shots are $0 with HWHF.')).toEqual([]);
    expect(unvetted('Sign up for STEAR (State of Texas Emergency Assistance Registry) before hurricane season.')).toEqual([]);
    expect(unvetted('Get help from the Center for Pan Asian Community Services (CPACS).')).toEqual([]);
    // an acronym of care is spelled out in words of care, which are not vouched
    expect(unvetted('Medications for Opioid Use Disorder (MOUD) start Monday; your MOUD visit is at 3.')).toContain('MOUD');
    expect(found('Call the Sexually Transmitted Infection Line (STIL) today')).toContain('STD');
    // not spelled out, or spelled out by other letters
    expect(unvetted('Flu shots are $0 with HWHF.')).toContain('HWHF');
    expect(unvetted('Ask the Hospitality Workers Fund (HWHF) about your plan.')).toContain('HWHF');
  });

  it("vouches for an account number's prefix told without its number, not a word before a hyphen and a space", () => {
    expect(unvetted('Your account number will start with "MP-". Your old number works for 90 days.')).toEqual([]);
    expect(unvetted('Your account number will change from the SV-###### format to a 9-digit number.')).toEqual([]);
    expect(unvetted('Your IOP- group is at 5')).toContain('IOP');
  });

  it('vouches for a transit agency before its bus or line, and a route code after "the" in directions, not a vitamin or a CT angiogram', () => {
    for (const text of ['CTA bus #80 Irving Park stops at our door.', 'Take the CTA #3 King Drive bus, which stops right out front.', 'Give yourself extra time; CTA buses often run late.', '- Bus lines Q17, Q20, Q25, Q27, Q44 and Q58 stop within 2 blocks', 'Take the 2 train to Flatbush Ave, or take the B44 to Avenue I.', 'TriMet Line 4 and the FX2 stop at NE Division & Hogan.'])
      expect(unvetted(text)).toEqual([]);
    expect(unvetted('Autobus CTA nr 80 zatrzymuje się tuż przed wejściem.', 'pl')).toEqual([]);
    expect(unvetted('Take the bus to your CTA on Tuesday.')).toContain('CTA');
    expect(unvetted('Take your B12 on the bus')).toContain('B12');
    expect(unvetted('Take the B12 with food, then catch the bus.')).toContain('B12');
  });

  it("vouches for a pharmacy's name run together with 약국 in Korean, not a word of care before it", () => {
    expect(unvetted('처방전이 한양약국(3300 W Olympic Blvd)에 준비되었습니다.', 'ko')).toEqual([]);
    expect(found('처방전이 정신과약국에 준비되었습니다.', 'ko')).toContain('MH');
  });

  it('vouches for a provider falling ill in Russian with the name between, not a patient named alone', () => {
    expect(unvetted('к сожалению, доктор Петрова заболела, и ваш приём в пятницу отменён.', 'ru')).toEqual([]);
    expect(unvetted('к сожалению, Петрова заболела.', 'ru').join(' ')).toContain('заболела');
  });

  it("doubts a run of short words in capitals as a staff's shorthand of care, not as a proper name", () => {
    expect(unvetted('Reminder: 4/28 8a - PRP OS. pls bring sunglasses + driver.')).toContain('PRP');
    expect(unvetted('CVEA reminder: 3/23 10:30a Dr Orlov - IVT OD + OCT. Arrive 10:15.').join(' ')).toContain('IVT');
    expect(unvetted('Closed today at our NE WA office.')).toEqual([]);
  });

  it('reads skin and eye treatment by its plain name, a sample before a visit, and lay names of picking, pulling and the baby blues', () => {
    expect(found('Please check in at the Phototherapy Center, Suite 120, and bring the goggles we gave you.')).toContain('procedure');
    expect(found('Narrowband UVB visit confirmed for Thu 10:15.')).toContain('procedure');
    expect(found('Reminder: eye injection appt Wed 4/1 at 1 PM. Bring a driver.')).toContain('procedure');
    expect(found('Semen check drop-off is Mon before 10 AM.')).toContain('SEX');
    expect(found("This week's support circle for new moms dealing with the baby blues meets Thu 6 PM.")).toEqual(expect.arrayContaining(['MH', 'PREGNANT']));
    expect(found('Dr. C shared the counselor who works with patients who struggle with skin picking.')).toContain('MH');
    expect(found('Hair pulling support group meets Wed at 7 in Room 4.')).toContain('MH');
    expect(found('The picky-eating feeding clinic visit is Tue 2/4 at 3 PM.')).toContain('procedure');
  });

  it("vouches for a road by its letters and number and a station's band after its frequency, not after \"your\"", () => {
    expect(unvetted("Today's stop at Rancho El Sauz is canceled because of flooding on FM 716.")).toEqual([]);
    expect(unvetted('Tune to 98.7 FM for closings')).toEqual([]);
    expect(unvetted('Your FM 2 visit is Tuesday')).toContain('FM');
  });

  it("reads 헬스, the loanword of an organization's name, in Korean", () => {
    expect(unvetted('[Lakeview 헬스] 새로운 검사 결과가 환자 포털에 올라왔습니다.', 'ko').join(' ')).not.toContain('헬스');
  });

  it('doubts an unknown name before a thing a pharmacy hands over, and reads the medicines and the unit that leaked', () => {
    expect(unvetted('Hi Andre, the Xyzora SV kit Dr. Haddad ordered came in from the specialty pharmacy.').join(' ')).toContain('Xyzora');
    expect(found('Hi Andre, the Egrifta SV kit Dr. Haddad ordered came in from the specialty pharmacy.')).toContain('HIV');
    expect(found('Cold weather tip for our patients on the weekly shot - don\'t leave your pens in the car overnight.')).toContain('medication');
    expect(found('Hi Derek, the Ryan White assistance paperwork for your meds is ready to sign.')).toContain('HIV');
    expect(found("conf'd 3/19 8am EMU admit, 6 North. plan 3-5 days, bring chargers.")).toContain('procedure');
  });

  it('reads a listed given name one letter from a brand as a name where a name stands, never after "your"', () => {
    expect(unvetted('Thank you for telling us.\n\nSincerely,\nNatalia Ruiz\nPractice Manager')).toEqual([]);
    expect(found('Your Natalia refill is ready')).toContain('medication');
  });

  it("reads neurology's conditions in the other covered languages, even written with capitals as a team's name", () => {
    expect(found('Você tem uma nova mensagem da equipe de Esclerose Múltipla.', 'pt')).toContain('diagnosis');
    expect(found('Tiene un mensaje del equipo de Esclerosis Múltiple.', 'es')).toContain('diagnosis');
    expect(found('Wiadomość od zespołu Stwardnienia Rozsianego.', 'pl')).toContain('diagnosis');
    expect(found('Randevou ou nan klinik demans lan se madi.', 'ht')).toContain('diagnosis');
    expect(found('Приём в клинике мигрени во вторник.', 'ru')).toContain('diagnosis');
    expect(found('뇌전증 클리닉 예약은 화요일입니다.', 'ko')).toContain('diagnosis');
    expect(found('موعدك في عيادة الصرع يوم الثلاثاء.', 'ar')).toContain('diagnosis');
    expect(found('Lịch hẹn phòng khám đau nửa đầu vào thứ Ba.', 'vi')).toContain('diagnosis');
  });

  it('doubts the care a clinic is named after in Portuguese, Spanish and Polish, written with capitals', () => {
    for (const text of ['Você tem uma nova mensagem da Clínica de Feridas no portal.', 'Você tem uma nova mensagem da Clínica de Doenças Infecciosas no portal.', 'Você tem uma nova mensagem da Clínica de Memória no portal.'])
      expect(unvetted(text, 'pt')).not.toEqual([]);
    for (const text of ['Nowa wiadomość od Poradni Pamięci w portalu.', 'Nowa wiadomość od Zespołu Opieki Paliatywnej w portalu.'])
      expect(unvetted(text, 'pl')).not.toEqual([]);
    expect(unvetted('Tiene un mensaje nuevo de la Clínica de Anticoagulación en el portal.', 'es')).not.toEqual([]);
    // an organization's name before its portal stays a name
    expect(unvetted('Log in to the Lakeview patient portal.')).toEqual([]);
  });

  it('reads a care team or clinic named by its care word, capitalized before "Team" or "Clinic"', () => {
    for (const team of ['Ostomy Team', 'Bariatric Team', 'Mohs Team', 'Anticoag Clinic', 'Continence Team'])
      expect(found(`You have a new message from the ${team} in the portal.`), team).not.toEqual([]);
    expect(found("You have a new message from Dr. Lee's MS Team in the portal.")).toContain('diagnosis');
  });

  it('reads a Vietnamese kinship title as written: "có" (have) is not "cô" (Miss) before a name', () => {
    expect(unvetted('Bạn có Xyzabc hôm nay.', 'vi')).toContain('Xyzabc');
    expect(unvetted('Chào Cô Lan, lịch hẹn của bé vào thứ Ba.', 'vi')).toEqual([]);
  });

  it("reads a Polish results notice's privacy line and call-back as the English one's, not what the results showed", () => {
    const notice = 'W Pana/Pani portalu pacjenta pojawiły się nowe wyniki.\n\nZe względu na ochronę prywatności nie przesyłamy szczegółów e-mailem.\n\nJeśli lekarz będzie chciał omówić wyniki, skontaktujemy się z Panem/Panią.';
    expect(unvetted(notice, 'pl')).toEqual([]);
    expect(unvetted('Pana wyniki pokazały wysoki cukier.', 'pl')).not.toEqual([]);
  });

  it("reads a procedure named among a screening campaign's options as the campaign's topic, never someone's screening", () => {
    const mailing = (line: string): string => `Dear Fairmount Community,\n\n${line}\n\nTo stop receiving emails, visit example.org/preferences.`;
    expect(found(mailing('Screening saves lives. Options include a colonoscopy every 10 years or an at-home stool test every year.'), 'en')).not.toContain('procedure');
    expect(found(mailing('There are several options, from an at-home stool test to a colonoscopy.'), 'en')).not.toContain('procedure');
    expect(found(mailing('Based on your last screening, your colonoscopy is due this month.'), 'en')).toContain('procedure');
    expect(found(mailing('Your options are a colonoscopy on 3/3 or 3/10; reply with your choice.'), 'en')).toContain('procedure');
    expect(found('Dear Mr. Lee,\n\nScreening shows you need a colonoscopy. Call us.', 'en')).toContain('procedure');
    expect(found(mailing('Screening found a spot, so you need a colonoscopy.'), 'en')).toContain('procedure');
    expect(found(mailing('After the screening last week, the colonoscopy is booked for Friday at 8.'), 'en')).toContain('procedure');
  });
});

describe('the positive model: what the twenty-seventh session found', () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a counselor's check-in, a crisis line given to one patient and an urge to self-harm, not a storm notice's relief", () => {
    expect(found('Hey Marcus, just checking in after our talk Friday. Call if things feel heavy again.')).toContain('MH');
    expect(found('You still have my number and the crisis line?')).toContain('MH');
    expect(found('Remember the plan - if the urge to cut comes back call me or text 988.')).toContain('MH');
    expect(found('Following up after our talk about your balance: the plan starts in May.')).not.toContain('MH');
    expect(unvetted('Glad you are safe after the storm - the Westside office reopens Monday.')).toEqual([]);
  });

  it("reads a check-in between sessions (a talk had together and how the patient is holding up), not an errand's follow-up", () => {
    expect(found('Hey Priya, wanted to make sure you got home okay after our talk yesterday. I\'m around till 5.')).toContain('MH');
    expect(found('Wondering how your week has gone since we last spoke. Our next chat is Thursday at 3.')).toContain('MH');
    expect(found('Touching base like we planned. If the evenings get rough before our next sit-down, text me.')).toContain('MH');
    expect(found("Just a reminder we meet tomorrow at 3. If you're having a rough week we can do phone instead.")).toContain('MH');
    expect(found('Reminder: we meet tomorrow at 3 for your physical. Traffic is rough, leave early.')).toEqual([]);
    expect(found('Su caja de seguridad y sus botellas para el fin de semana estarán listas el viernes.', 'es')).toContain('OPIOIDUD');
    expect(found("Hi Tom, following up after our call: your payment plan is set. Hope you're okay!")).toEqual([]);
    expect(found("As we discussed, your new frames will be ready Friday. Hope you're doing ok.")).toEqual([]);
    expect(found('Thanks for the chat today! Like we discussed, we\'ll see you Tuesday at 3. Hope the rest of your week is ok.')).toEqual([]);
  });

  it('reads what probes 232-237 let through: outreach after missed visits, a peer navigator, a ring swapped, braces cared for, a watch tracing, a feeding tube and a diabetes educator', () => {
    expect(found("Hey Marcus, haven't seen you in a couple weeks and just want to know you're ok.")).toContain('MH');
    expect(found("We haven't seen you since 2023! Everything okay? Book your checkup today.")).toEqual([]);
    expect(found("It's Jamal, your peer navigator. Your meds are waiting for you.")).toContain('SSP');
    expect(found('Your next 3 months of the ring are ready at Pine St Pharmacy.')).toContain('SEX');
    expect(found('If the wire is poking her cheek, put a little of the wax we gave you on it.')).toContain('procedure');
    expect(found('Dr. Feld wants to see you this week after looking at the tracing from your watch.')).toContain('procedure');
    expect(found('Visit type: NEW PT - FAILURE TO THRIVE / G-TUBE EVAL')).toEqual(expect.arrayContaining(['diagnosis', 'procedure']));
    expect(found("Reminder: Sophie's appt w/ Keisha Ford, RN, CDCES is Mon 1/13 at 10am.")).toContain('diagnosis');
    expect(found('Since this is your first visit for the baby, plan on being here about 2 hours.')).toContain('PREGNANT');
    expect(found('Mấy hôm nay bé Nam đi cầu được chưa chị?', 'vi')).toContain('diagnosis');
    expect(found('Before Thursday please complete the M-CHAT questionnaire for Leo.')).toContain('BH');
    expect(found('Favor de llenar los formularios Vanderbilt antes de la cita del jueves.', 'es')).toContain('BH');
    expect(found('Lịch hẹn của Ông với điều phối viên Chương trình Lọc Thận ngày 3/6 tạm hủy.', 'vi')).toContain('procedure');
    expect(found('El programa para dejar de tomar que le dijo el doctor empieza el 2 de abril.', 'es')).toContain('ETH');
    expect(found("Reminder you're seeing Dr. K Thursday at 2 for your 3-month check since starting T.")).toContain('SEX');
    expect(found('Since starting today, our hours are 8-5.')).toEqual([]);
    expect(found('Nou konfime randevou w nan Pwogram Sante Transjan an mèkredi.', 'ht')).toContain('SEX');
    expect(found('Conseguimos a vaga no abrigo pra você e as crianças, longe dele.', 'pt')).toContain('SDV');
    expect(found('Checking in after last week - are you feeling safer at home now?')).toContain('SDV');
    expect(found('Your new mask cushion and machine filters are ready at the front desk.')).toContain('procedure');
    expect(found('Confirmed: Inspire follow-up 4/14 9am. Bring your remote so we can check your settings.')).toContain('procedure');
    expect(found('You left your pillow in room 3 after your overnight with us last night!')).toContain('procedure');
    expect(found('Inspire your kids to move: free family walk Saturday.')).toEqual([]);
    expect(found('Đã xác nhận lịch hẹn với BS Reyes, Phòng khám Tim Mạch Lotus Valley.', 'vi')).toContain('diagnosis');
    expect(found("Since Diego's been having a hard time getting to school in the mornings, here are some tips.")).toContain('MH');
    expect(found('Were you able to get her to finish dinner most nights? We will go over the log Thurs.')).toContain('MH');
    expect(found('Great job today! Remember: name it, rate it 1-10, then do the 5-4-3-2-1 thing.')).toContain('MH');
    expect(found("Reminder that Nikita's 5150 paperwork is still needed.")).toContain('MH');
    expect(found('Our new office is at 5150 Main St, Suite 2.')).toEqual([]);
    expect(found("Court-ordered hours: you're at 8 of 12.")).toContain('BH');
    expect(found('Is everyone at home safe right now? If things escalate again call 911.')).toContain('SDV');
    expect(found('Try to come in feeling pretty rough, like 12-16 hrs since you last used.')).toContain('SUD');
    expect(found("We're not kicking you out of the program over one slip.")).toContain('SUD');
    expect(found('Appt Wed 4/16 9:00A w/ Dr. Whitfield - OBOT FOLLOW-UP')).toContain('OPIOIDUD');
    expect(found("Keep the waterproof pad on Ethan's bed and limit drinks after 7pm.")).toContain('diagnosis');
    expect(found('The lab called - we have 4 that made it to day 5!')).toContain('SEX');
    expect(found("We know Mother's Day may be especially hard after your loss in February.")).toContain('PREGNANT');
    expect(found('Your son Mateo is behind on his vaccines (missing MMR #2 and Tdap).')).toContain('procedure');
    expect(found('Aiden is behind on his 4-yr shots (DTaP, MMR). School requires them.')).toContain('procedure');
    expect(found('Is your child behind on vaccines? Free catch-up clinic for everyone Saturday.')).toEqual([]);
    expect(found('Hi its Tamika from the center. You missed your run on Sat, pls call us today.')).toContain('procedure');
    expect(found("Here's the link to the quit vaping program we talked about.")).toContain('SUD');
    expect(found('Join our free quit vaping program for teens! Open to everyone, starts May 3.')).toEqual([]);
    expect(found("Dr. V got your message about running out early. She can't refill before the 18th.")).toContain('medication');
    expect(found("Did you get to stay at your sister's? If he comes back, call 911.")).toContain('SDV');
    expect(found('Making sure you have a safe place to stay tonight. Text SAFE when you can.')).toContain('SDV');
    expect(found("Tonight's Wellbriety talking circle is canceled.")).toContain('SUD');
    expect(found('La Dra. Cho revisó sus imágenes y necesita unas fotos más del lado izquierdo.', 'es')).toContain('procedure');
    expect(found("Reminder: your workers' comp follow-up w/ Dr. Oyelaran is Thurs 3/20 at 3:15.")).toContain('diagnosis');
    expect(found("We accept workers' comp and most insurance.")).toEqual([]);
    expect(found('You need to complete it by 3/28 to stay in the return-to-duty program.')).toContain('SUD');
    expect(found('El doctor quiere revisar su mano otra vez antes de que regrese al trabajo.', 'es')).toContain('diagnosis');
    expect(found('Jayden Tue 3/25 9a-1p, RBT K. Brooks. Reply C to confirm.')).toContain('BH');
    expect(found('He used his words instead of hitting. Keep using the token board at home!')).toContain('BH');
    expect(found("Pls bring her talker (the iPad w/ the talking app) fully charged!")).toContain('procedure');
    expect(found("Emma did great on her 'r' today! 80% at word level.")).toContain('procedure');
    expect(found('Como Gael todavía no avisa cuando quiere ir al baño, practiquen en casa.', 'es')).toContain('BH');
    expect(found('She advised no driving until you pass the road test.')).toContain('diagnosis');
    expect(found("See you Friday 8am for your weekly visit. We'll do the cup first, then your script for the week.")).toContain('OPIOIDUD');
    expect(found("You have been selected for a random test under your employer's DOT program.")).toContain('SUD');
    expect(found("How's the room spinning this week? We can do another repositioning Thurs.")).toContain('diagnosis');
    expect(found('Hi Sai, happy World TB Day! You have 6 weeks left on your TB medicine.')).toContain('diagnosis');
    expect(found('March 24 is World TB Day. Free TB testing for everyone at our clinic.')).toEqual([]);
    expect(found('Your Class B TB follow-up form for the Dept of Health was faxed today.')).toContain('diagnosis');
    expect(found('Is she still taking sips of water or has she stopped eating altogether?')).toContain('diagnosis');
    expect(found('The nurse said your husband may only have days left.')).toContain('diagnosis');
    expect(found("Continuous care nurse will be at the house 8pm-8am for your dad's crisis care.")).toContain('procedure');
    expect(found('Plan on about an hour in the sound booth.')).toContain('procedure');
    expect(found('Your WIC recertification for you and the baby is Tue 4/1.')).toContain('PREGNANT');
    expect(found('proud of you for 90 days man. keep going to meetings, call me if u feel like using')).toContain('SUD');
    expect(found('u didnt sound good on the phone today. if things get dark tonight call or text 988 ok?')).toContain('MH');
    expect(found('Te dejé los papeles de la orden de restricción y la lista de refugios para mujeres.', 'es')).toContain('SDV');
    expect(found("Our monthly support group for families of babies born early. Based on Jude's history we think you'd love it!")).toContain('diagnosis');
    expect(unvetted('Directions & parking: heartlanddialysis-omaha.com/visit')).not.toEqual([]);
    expect(found('Your acct shows $96.10 for EPOETIN ALFA INJ that was not covered by your plan.')).toContain('medication');
    expect(found('Tom will drop off the new machine. Your settings stay the same, 4 fills overnight.')).toContain('procedure');
    expect(found('Remember you can reach the Veterans Crisis Line 24/7 - dial 988 then press 1.')).toContain('MH');
    expect(found('Veterans Crisis Line: dial 988 then press 1. Mail your PO box change by Friday.')).toEqual([]);
    expect(found('Checking in after Tuesday. Proud of you for getting through a rough week.')).toContain('MH');
    expect(found('Rmdr: 6wk PO f/u TE exchange w/ Dr W Tue 9a.')).toContain('procedure');
    expect(found('Time to take out your ring & put in a new one this Sunday (3 wks in, 1 wk out).')).toContain('SEX');
    expect(found('Parking lot closed: no driving until the paving is done Friday.')).toEqual([]);
    expect(found('Su cita para ver cómo va el bebé es el 22 de mayo; se verá el bebé en la pantalla.', 'es')).toContain('PREGNANT');
    expect(found('¿Está al día con sus vacunas? Clínica gratis para todos el sábado.', 'es')).toEqual([]);
    expect(found('Cuối tuần anh đi câu cá không?', 'vi')).toEqual([]);
    expect(found('Xin quý vị đi cầu thang bên trái.', 'vi')).toEqual([]);
  });

  it("reads a reminder sent through a mailing service with a patient's field as that patient's, not a campaign's", () => {
    const reminder = 'Dear Parent/Guardian,\n\nThis is a reminder of the following appointment:\n\nPatient: Leo M.\nDate: Monday, May 4, 2026\nTime: 9:20 AM (please arrive by 9:05 AM)\nProvider: Ana Ruiz, MD\nDepartment: Pediatric Gastroenterology & Nutrition\nVisit type: NEW PT - TUBE CHECK\nLocation: Westside Office, 120 Elm St, Suite 2\n\nPlease bring your insurance card and a photo ID.\n\nThank you,\nPatient Access Team\nRiverside Family Practice\nMain line: 555-301-4400 · Fax: 555-301-4401\nUnsubscribe from non-essential emails: https://mail.riverside-kids.example/prefs';
    expect(unvetted(reminder)).not.toEqual([]);
  });

  it('reads suicidal thoughts said obliquely and a visit hidden from a partner', () => {
    expect(found('Following up on what you told Dr. Reyes about not wanting to be here anymore.')).toContain('MH');
    expect(found('You mentioned writing goodbye letters. Please don\'t be alone this weekend.')).toContain('MH');
    expect(found("The advocate can meet you Thursday at 2. Use the back door so your partner won't see you come in.")).toContain('SDV');
    expect(found('Your sister is now your only safe contact, per your request.')).toContain('SDV');
  });

  it("reads a shelter's bed for a parent and children and an abuser kept from knowing where the patient is", () => {
    expect(found('I talked to the shelter, they have a bed for you and the kids tonight. He won\'t know where you are.')).toContain('SDV');
  });

  it('reads the check after a birth and a birth billed, not a pharmacy delivery fee', () => {
    expect(found('Reminder: Wed 4/9 1pm. This is your 6-week check after the baby.')).toContain('PREGNANT');
    expect(found('Your insurance paid $1,214 for your delivery, remaining balance $380.')).toContain('PREGNANT');
    expect(found('Your statement for your delivery on 3/4 is ready: $200.')).toContain('PREGNANT');
    expect(found('There is a $5 charge for your delivery. Your order is out for delivery.')).toEqual([]);
  });

  it('reads hematology-oncology shortened, a wig bank, an exposure tied to the patient, self-harm by its act and a nurse\'s call after a birth', () => {
    expect(found('New secure msg from the Hem/Onc Nurse Navigator - please log in today.')).toContain('SSP');
    expect(found('Your onc appt is Tue at 2.')).toContain('SSP');
    expect(found('Under the ONC Cures Act rule, results are released to you.')).not.toContain('SSP');
    expect(found('Hi Frank, the wig bank got a few new pieces in your color!')).toContain('diagnosis');
    expect(found('Since you were exposed to COVID at work last week, we recommend testing today.')).toContain('diagnosis');
    expect(found('If you were exposed to COVID, get tested. Free walk-in testing for everyone.')).toEqual([]);
    expect(found('See you Fri to keep talking about how things are going at home and with the cutting.')).toContain('MH');
    expect(found('Join us for the ribbon cutting of our new clinic!')).toEqual([]);
    expect(found('Just checking how you and the baby are doing since you got home. Is feeding going ok?')).toContain('PREGNANT');
    expect(found('Ваш результат ПСА на портале.', 'ru')).toContain('procedure');
    expect(found('Мы нашли пса на улице.', 'ru')).toEqual([]);
  });

  it("reads a glasses or contact-lens prescription's powers, not a balance or a temperature", () => {
    expect(found("Jenna's new contacts came in (the dailies, -3.25/-3.00). Pick up anytime.")).toContain('test_result');
    expect(found('OD -1.75 OS -2.00')).toContain('test_result');
    expect(found('Your balance is -25.00 after the refund.')).toEqual([]);
    expect(found('Temps will drop to -5.50 tonight, stay warm')).toEqual([]);
  });

  it('reads a town after "in", "near" or a place\'s name and a comma as no person, but a given name after a day as the patient\'s', () => {
    expect(unvetted('We will offer FREE blood pressure checks at the market in Lincoln every Saturday in June.')).toEqual([]);
    expect(unvetted('Join our free community workshop on managing stress, May 15 at 6pm, Bennett Martin Library, Lincoln.')).toEqual([]);
    expect(found('Free HIV testing this Friday, Maria.')).toContain('HIV');
  });

  it("reads an event's start time as a campaign's, not a visit's time", () => {
    expect(unvetted('Join our free community workshop on managing stress, May 15 at 6pm.')).toEqual([]);
    expect(unvetted('Free stress check for everyone Tue 9am.')).toContain('stress');
  });

  it('reads a Vietnamese doctor written "BS" and a Russian surname after a titled given name', () => {
    expect(unvetted('Bác sĩ: BS Hoà Phạm', 'vi')).toEqual([]);
    expect(unvetted('Напоминаем о приёме у д-ра Ольги Петренко во вт 18.11 в 11:20.', 'ru')).toEqual([]);
    expect(unvetted('Уважаемая г-жа Кузнецова! Ваш новый счёт готов.', 'ru')).toEqual([]);
    expect(unvetted('Здравствуйте, Ольга Петренко!', 'ru')).toEqual([]);
    // (a surname alone is doubted, unless its ending makes it a Ukrainian surname: thirty-third session)
    expect(unvetted('Ольги Смирновой', 'ru')).toContain('Смирновой');
    expect(unvetted('Ольги Петренко', 'ru')).toEqual([]);
  });

  it('reads a driver named after "driver" and a Russian doctor written short in any case, not the word alone', () => {
    expect(unvetted('Your ride is confirmed: driver Ray will pick you up at 7:15am.')).toEqual([]);
    expect(unvetted('Ваш видеовизит с д-ром Сорокиной — завтра в 16:00.', 'ru')).toEqual([]);
    expect(unvetted('В Кливленде теперь принимает д-р Томаш Вежбицкий.', 'ru')).toEqual([]);
    expect(unvetted('Вы получили ром.', 'ru')).toContain('ром');
  });

  it("reads a results notice's Haitian Creole \"now\", the Cures Act it cites and its release settings as the notice's words", () => {
    expect(unvetted('Rezilta tès ou yo disponib kounye a nan pòtal pasyan an.', 'ht')).toEqual([]);
    expect(unvetted('A new result has been released to your portal. Results are released automatically under the 21st Century Cures Act. You can change your release settings in the portal.')).toEqual([]);
    expect(found('Your result came back and the numbers changed a lot.')).not.toEqual([]);
  });

  it('vouches for a low-risk kind of care the officer vetted alone as Korean and Chinese staff write it, not without the vetting', () => {
    const dental = createClassifier({ positive: true, vetted: ['dentistry', 'orthodontics'] });
    const none = createClassifier({ positive: true, vetted: [] });
    const ko = '[Bright Smiles 소아치과] 예약은 화요일 오후 4시입니다.';
    const zh = '提醒：您孩子的牙科矯正預約在星期二下午4點。';
    expect(words(ko, dental.classifyText(ko, 'ko'), 'unvetted')).toEqual([]);
    expect(words(zh, dental.classifyText(zh, 'zh-Hant'), 'unvetted')).toEqual([]);
    expect(words(ko, none.classifyText(ko, 'ko'), 'unvetted')).not.toEqual([]);
    expect(words(zh, none.classifyText(zh, 'zh-Hant'), 'unvetted')).not.toEqual([]);
  });

  it('reads a one-word pharmacy name before "Drug", an apothecary, a clinician after NP or PA, and a notice\'s later comments and chart', () => {
    expect(unvetted('Cornhusker Drug: An Rx for K.M. is ready for pickup at our O St store.')).toEqual([]);
    expect(unvetted('Rainier Apothecary: Your prescription is ready for pickup.')).toEqual([]);
    expect(unvetted('NP Okafor-Reyes has sent you a secure message. View it in the portal.')).toEqual([]);
    expect(unvetted('Your appt Thu 4/10 at 1:00 PM is cancelled due to provider illness.')).toEqual([]);
    expect(unvetted("A new result has been added to your child's chart. Your provider may add comments later.")).toEqual([]);
    expect(unvetted('Подтверждено: приём у NP Ольга Руденко в среду.', 'ru')).toEqual([]);
    expect(unvetted('Rezilta egzamen ou yo disponib nan pòtal pasyan an.', 'ht')).toEqual([]);
    expect(found('Urine Drug Screen: positive for THC.')).not.toEqual([]);
  });

  it("vouches for a result's outcome word inside a name the officer vetted, never alone", () => {
    const clear = createClassifier({ positive: true, vetted: ['Clear View Eye Care', 'Normal Heights Clinic'] });
    expect(words('Hi from Clear View Eye Care! Reminder: Sat 3/22 at 11:30 AM.', clear.classifyText('Hi from Clear View Eye Care! Reminder: Sat 3/22 at 11:30 AM.'), 'unvetted')).toEqual([]);
    expect(words('See you at Normal Heights Clinic on Sat.', clear.classifyText('See you at Normal Heights Clinic on Sat.'), 'unvetted')).toEqual([]);
    expect(labels(clear.classifyText('Your scan was clear.'))).toContain('test_result');
    expect(words('All clear! See you Sat.', clear.classifyText('All clear! See you Sat.'), 'unvetted')).toEqual(['clear']);
  });
});

describe("the positive model: a practice's own acronym where a sender puts it (twenty-eighth session)", () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');

  it('vouches for an acronym nobody can read that opens or signs the text, names the sender or the portal', () => {
    expect(unvetted("PWFM: Ethan's appt is Fri 4/11 at 3:00pm with Dr. Benavides. Please bring any school forms.")).toEqual([]);
    expect(unvetted('Reminder: your payment plan installment of $50.00 is due 4/15. Reply HELP for options. -GCKTP')).toEqual([]);
    expect(unvetted('Your appt is tomorrow at 8:00 AM. Reply C to confirm. GCKTP (504) 555-0192')).toEqual([]);
    expect(unvetted("Thanks, you're confirmed for Tues 4/1 at 8:15 AM. See you soon! - Gulf Coast KTP front desk")).toEqual([]);
    expect(unvetted('Thank you for visiting AVHS Lawrenceville Family Medicine on March 12.')).toEqual([]);
    expect(unvetted('You have a new message in MyAVHS. Log in to read it.')).toEqual([]);
    expect(unvetted('GCKTP: Quý vị còn số dư $25.00 cần thanh toán.', 'vi')).toEqual([]);
    // the same acronym elsewhere in a text that signs with it
    expect(unvetted('Your TCFH statement is ready. Pay by 4/30. - TCFH')).toEqual([]);
  });

  it('keeps doubting an acronym of care, one that holds one, and an unknown acronym in the middle of a sentence', () => {
    expect(unvetted('IOP: group tonight at 6pm, same room.')).toContain('IOP');
    expect(unvetted('CMHC: reminder of your appt Tue 3/11 at 9:40am.')).toEqual(['CMHC']);
    expect(unvetted('Reminder of your appt Tue 3/11 at 9:40am. -BHS')).toEqual(['BHS']);
    expect(unvetted('BHADC: your appt moved to Wed 3/26 4pm.')).toEqual([]);
    expect(unvetted('Your appt at the XKQ is Tue 3/11 at 9:40am.')).toEqual(['XKQ']);
    expect(unvetted('Log in to MyIVF to see your schedule.')).toEqual(['MyIVF']);
  });

  it("vouches for a portal named in everyday words run together, and a low-risk specialty in a practice's capitalized name", () => {
    expect(unvetted('You have a new message in MyBayouCity. Log in to read it.')).toEqual([]);
    expect(unvetted('Pague en MiBayouCity hoy.', 'es')).toEqual([]);
    expect(unvetted('Log in to MyRecovery to see your plan.')).toEqual(['MyRecovery']);
    expect(unvetted('Mile High Sports & Spine: You have a balance of $86.40.')).toEqual([]);
    expect(unvetted('Hill Country Peds: Dr. Whitfield is out of the office Tue.')).toEqual([]);
    expect(unvetted('Willamette Valley Hearing, Balance & ENT: Hi Maria, reminder of your appt Tue.')).toEqual([]);
    expect(unvetted('Coastal Carolina Urgent Care & Occupational Health, PO Box 4471')).toEqual([]);
    // tied to the patient, a specialty of an organ's disease, or whom a sex's care serves
    expect(unvetted('Reminder of your Spine Center appt Tue 3/11.')).toEqual(['Spine']);
    expect(unvetted('Your Allergy shots are due.').join(' ')).toContain('Allergy');
    expect(unvetted('Cross Bronx Podiatry & Wound Care: Reminder of your appt Tue.')).toEqual(['Wound']);
    expect(unvetted('Evergreen Urology: reminder of your appt Tue.')).toEqual(['Urology']);
    expect(unvetted("Lakeside Women's Health: reminder Tue 3/11.")).toEqual(['Women']);
    // a department named in a reminder's fields is the visit's type
    expect(unvetted('VCCP: Appt reminder - Dept: AUDIOLOGY - Provider: VENKATARAMAN, PRIYA - 03/27/2025 10:30.')).toContain('AUDIOLOGY');
  });

  it("vouches for a sender's acronym at its locations or account, and for a name run together from everyday words where the sender puts its name", () => {
    expect(unvetted('Walk-in flu shots now available at all 5 CCUC locations.')).toEqual([]);
    expect(unvetted('Hi Ms. Anderson, this is Nora at TCFH returning your call.')).toEqual([]);
    expect(unvetted('Parkchester Family Health: You have a balance of $38.50.')).toEqual([]);
    expect(unvetted('Riverstone: You have an appointment on 9/3 at 1:00.')).toEqual([]);
    expect(unvetted('Thanks for visiting Riverstone today! How did we do?')).toEqual([]);
    expect(unvetted('Painwell: your appt is Tue at 3.')).toEqual(['Painwell']);
    expect(unvetted('Recovery: your group is Tue at 3.')).toContain('Recovery');
    expect(unvetted('Evergreen Urology: reminder of your appt Tue.')).toEqual(['Urology']);
    expect(unvetted('Riverstone is hot today.')).toEqual(['Riverstone']);
  });

  it("vouches for a sender's acronym on a short line of an email's signature, before its statement or team, and after \"Welcome to\"; for a practice's kind after its name", () => {
    expect(unvetted('Hello Ms. Reyes,\n\nYour statement is ready. Pay at the link.\n\nThank you,\nPVWFC\n1875 Sumner Ave')).toEqual([]);
    expect(unvetted('Hi Troy,\n\nYour statement is ready.\n\nMEIDA Patient Accounts')).toEqual([]);
    expect(unvetted('Your TCBRS statement is available in the portal.')).toEqual([]);
    expect(unvetted('Dear Mr. Whitaker,\n\nWelcome to LMG! Your new patient appointment is Tue at 9.')).toEqual([]);
    expect(unvetted('Summit Foot & Ankle Specialists: You have a balance of $62.18')).toEqual([]);
    expect(unvetted('Your statement from Lakeshore Multispecialty Group is ready.')).toEqual([]);
    // a group of care, and an acronym of care on a line of its own
    expect(unvetted('Thursday Group is at 6.')).toEqual(['Group']);
    expect(unvetted('Hi,\n\nIOP\nGroup tonight at 6.')).toContain('IOP');
  });

  it('keeps every acronym of care on acronyms-excluded.txt doubted where a sender would put it', () => {
    const stillDoubted = (acronym: string): boolean => {
      const text = `${acronym.toUpperCase()}: reminder of your appt Tue 3/11 at 9:40am.`;
      return positive.classifyText(text).some((f) => f.start === 0);
    };
    // (ordinary words a text shouts in capitals, vouched as words: "ALL patients", "SAFE", "ADD to your calendar")
    const shouted = new Set(['lpn', 'ccc', 'act', 'fact', 'acts', 'wrap', 'add', 'tab', 'safe', 'dss', 'all', 'tens', 'sis', 'its', 'tea', 'ive', 'ile']);
    const passed = vetted('acronyms-excluded').filter((a) => a.length >= 3 && !shouted.has(a) && !stillDoubted(a));
    expect(passed).toEqual([]);
    expect(unvetted('PHP: your group starts at 9am.')).toContain('PHP');
    expect(unvetted('Art class for kids is Saturday at 10.')).toEqual([]);
  });
});

describe('the positive model: what probes 287-294 let through (twenty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = (text: string): string[] => words(text, positive.classifyText(text), 'unvetted');

  it("reads a relapse, days without use, a random call-in and a peer team as substance use care, not a card paid without using it", () => {
    expect(found("Since you relapsed over the weekend let's move your appt up to tomorrow at 3.")).toContain('SUD');
    expect(found('Proud of you for getting through the weekend without using. Coffee Thursday? -TCBRS peer team')).toEqual(expect.arrayContaining(['SUD', 'SSP']));
    expect(found('TCBRS: Random call-in today. Please come in for your collection by 3 PM.')).toContain('SUD');
    expect(found('Tri-County Behavioral: reminder of your appt tmrw 9am.')).toContain('BH');
    expect(found('Pay online without using a card: reply PAY.')).toEqual([]);
  });

  it("reads the Crisis Text Line given to one patient, not in a campaign to everyone; a medicine's side effects told to the patient, not a vaccine's to everyone", () => {
    expect(found('Hi Jordan, following up on the questionnaire you did today. If things get hard, text HOME to 741741 or call 988.')).toContain('MH');
    expect(found('May is Mental Health Awareness Month. Anyone in crisis can text HOME to 741741, any time, free.')).toEqual([]);
    expect(found('Dr. Okafor sent you a message about your medication side effects. Please log in to read it.')).toContain('medication');
    expect(found('Ask us about possible side effects of any vaccine.')).toEqual([]);
  });

  it("reads the check after a birth, bedwetting's alarm, a child missing the shots school requires and a shot's own visit, not a missing insurance card or a flu shot visit", () => {
    expect(found('PVWFC: See you Tues 8:30a for your 6 wk check after baby! Reply C to confirm')).toContain('PREGNANT');
    expect(found("Just checking how Aiden's doing with the nighttime alarm for the wet nights. Any dry nights yet?")).toContain('diagnosis');
    expect(found('Our records show Lily is missing her Tdap and MenACWY shots required for 7th grade.')).toContain('procedure');
    expect(found("We're missing her insurance card - please bring it Tuesday.")).toEqual([]);
    expect(unvetted("Reminder: Thu 4:30 shot visit - last one this month! Don't forget your pen.")).toContain('shot');
    expect(unvetted('Flu shot visits are open to everyone Saturdays in October, 9-1.')).toEqual([]);
  });

  it('reads a restriction before a test joined by "and", as one opening a sentence', () => {
    expect(found('Sat 9am visit. Pls bring the cashews in the original package + a snack, and no allergy medicine for 5 days before.')).toContain('procedure');
    expect(found('Free parking, and no charge for 3 days before the event.')).toEqual([]);
  });
});

describe('the positive model: what probes 295-302 let through (twenty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = (text: string): string[] => words(text, positive.classifyText(text), 'unvetted');

  it("reads a child's speech drills and words counted, not a campaign's new words", () => {
    expect(found('Homework this wk: practice the b/p sounds at bath time. See u Thurs - Ms. Jasmine')).toContain('procedure');
    expect(found("Bring the picture cards so we can keep working on his 'k' and 'g' sounds!")).toContain('procedure');
    expect(found('Hola! Hoy Luis dijo 5 palabras nuevas. Sigan practicando en casa.', 'es')).toContain('procedure');
    expect(found('Learn 5 new words in Spanish at our family night!')).toEqual([]);
    // (found once "BH" inside a practice's acronym no longer kept it doubted: BHADC)
    expect(found("Lauren will also check in on how the new bedtime routine + reward chart are going.")).toContain('BH');
    expect(found('Since Isaiah is in our speech program, we thought you would like to join our webinar.')).toContain('procedure');
    expect(found("New portal msg from Jasmine w/ Kai's home practice videos.")).toContain('procedure');
  });

  it("reads a shot named by its schedule, a sleep study's night, a kidney diet's binder, limits and phosphorus, the organ in a web address, and an opioid program's window and bottles", () => {
    expect(found('Hi Lee, your every-8-weeks shot is due next week.')).toContain('procedure');
    expect(found('See you Fri night at 8:45pm! Pls bring comfy pajamas and your own pillow if you like.')).toContain('procedure');
    expect(found('dont forget ur binder w/ each meal & snack, phos was 7.2 this month.')).toEqual(expect.arrayContaining(['medication', 'lab_value']));
    expect(found('Great job at class today! Try to keep drinks to about 4 cups a day.')).toContain('diagnosis');
    expect(unvetted('Your appointment at desertskykidney.com is confirmed for Monday.')).toEqual(['desertskykidney']);
    expect(found("The window will be closed Sunday so you'll get your Sunday bottle on Saturday.")).toContain('OPIOIDUD');
    expect(found('Dr. Castellanos wrote about your low vision services.')).toContain('diagnosis');
    expect(found('Riverbend Treatment Program: Reminder of your appointment Monday 4/15 at 2:30 PM.')).toContain('SSP');
  });

  it("reads a term of care as the patient's where a campaign's audience is its program's patients, not where everyone is welcome", () => {
    expect(found("Alumni Cookout Sat 6/8! Open to everyone who's completed or is currently in our MAT program.")).toContain('SUD');
    expect(found('Everyone is welcome at our MAT program open house Sat 6/8.')).toEqual([]);
    expect(found('Free HIV testing is open to everyone in our community on Sat 6/8.')).toEqual([]);
  });
});

describe('the positive model: what probes 303-310 let through (twenty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a dental practice's own care: a crown or a denture made, gum disease kept at bay, deep cleaning, an orthodontist's elastics", () => {
    expect(found('The lab called, your permanent cap is in, so we can swap out the temporary. Want Fri at 10?')).toContain('procedure');
    expect(found("You're overdue for your 3-month gum maintenance visit, to keep the pockets from getting deeper.")).toEqual(expect.arrayContaining(['procedure', 'diagnosis']));
    expect(found('The lab finished your new upper plate. Come by after 1 today for the fitting.')).toContain('procedure');
    expect(found('Remember: rubber bands 22 hrs/day, change them after every meal!')).toContain('procedure');
    expect(found('Our office gets a deep cleaning this weekend, so we open at 10 Monday.')).toEqual([]);
  });

  it('reads a loss, a home visit after a birth, maternity leave and a message to delete as such, not a provider on leave', () => {
    expect(found("Thinking of you after your loss last week. No need to reply, we're here whenever you're ready.")).toContain('PREGNANT');
    expect(found("Tue 9:15am home visit w/ Kayla. She'll check on you & baby and weigh the little guy.")).toContain('PREGNANT');
    expect(found('Your short-term disability forms for maternity leave were faxed today.')).toContain('PREGNANT');
    expect(found('Dr. Lindqvist will be on maternity leave starting 11/1. Your appointment has moved to Dr. Brekke.')).toEqual([]);
    expect(found('The hotline is 225-555-0177, 24/7. Delete this msg if you need to.')).toContain('SDV');
    // (found once HCC, a counseling practice's acronym, no longer stood for a liver cancer)
    expect(found("Maya is out sick. If you need support before we reschedule, the crisis line is 988. -HCC")).toContain('MH');
    expect(found("She said bring the journal about the nights you can't stop worrying. -HCC")).toContain('MH');
  });

  it("reads a couple's homework, a meal log, ringworm, a prosthesis, a parking permit for a disability, an alert button after a fall and a blood pressure reading", () => {
    expect(found("Homework: one 10-min check-in each night, and use the 'I feel' starter we practiced when things get heated.")).toContain('MH');
    expect(found('Keep the meal log going this week and try not to skip the afternoon snack.')).toContain('diagnosis');
    expect(found("Dr. Ahn left instructions in the portal for your son's ringworm cream.")).toContain('diagnosis');
    expect(found('Please bring the prosthesis and your liner so Kevin can check the fit.')).toContain('diagnosis');
    expect(found('Your handicap parking permit form is signed and ready at the front desk.')).toContain('diagnosis');
    expect(found('Handicap parking is in the front lot.')).toEqual([]);
    expect(found("Please wear your Life Alert button even in the shower, after last month's fall.")).toContain('diagnosis');
    expect(found("Join us for this month's fall festival on Sat!")).toEqual([]);
  });

  it("reads a bill's Services field as the patient's, not as a campaign's offer", () => {
    expect(found("Services: Work Conditioning Program (4 hrs/day) - Workers' Comp Claim #WC-2024-61502")).toContain('procedure');
    expect(found('Services: Dialysis Program on 3/4')).toContain('procedure');
  });
});

describe('the positive model: what probes 311-318 let through (twenty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a child's dental sedation, a cosmetic surgery by its initials, and a colonoscopy's all-clear", () => {
    expect(found("Isla's filing appt is Tues 9am. pls dont give her a big breakfast b4 the laughing gas")).toContain('procedure');
    expect(found('2wk f/u for ur BBL Tue 9am w/ Dr R. Bring ur BBL pillow for the car ride')).toContain('procedure');
    expect(found('Dr. Thibodeaux said everything looked healthy inside, no need to come back for 10 yrs.')).toContain('procedure');
  });

  it("reads a hospice's care at home in its families' words, not a name's pronunciation", () => {
    expect(found('I will be there at 9 to give your husband his bath. The new bed with the air mattress comes Friday.')).toContain('diagnosis');
    expect(found('Our 11th Hour volunteer will sit with your husband tonight 10pm-2am so you can sleep.')).toContain('diagnosis');
    expect(found("Maria is heading over now to pronounce. Take your time, don't move him.")).toContain('diagnosis');
    expect(found("Thank you for the survey about your mom's care in her final weeks.")).toContain('diagnosis');
    expect(found('Please let us know how to pronounce your name.')).toEqual([]);
  });

  it("reads a missed session with a worry for the veteran and a count of sober days, not a no-show's reminder nor the Veterans Crisis Line in a footer", () => {
    expect(found("We missed you at your 9am with Dana today. Please call us, we want to make sure you're ok. If you're in crisis call 988 and press 1.")).toContain('MH');
    expect(found('We missed you at your 9am appointment today. Please call 555-0142 to reschedule.')).toEqual([]);
    expect(found('For emergencies, call 911. For the Veterans Crisis Line, dial 988 and press 1.')).toEqual([]);
    expect(found('How many days now? Proud of you. Tuesday night meeting is still on, 7pm.')).toContain('SUD');
  });

  it("keeps a birth center's and a counseling practice's own names findings however the officer vets them, not financial counseling", () => {
    const vettedNames = createClassifier({ positive: true, vetted: ['Magnolia Birth Center', 'Harmony Counseling Collective', 'Northwoods Memory & Aging Clinic'] });
    const of = (text: string): string[] => labels(vettedNames.classifyText(text, 'en'));
    expect(of('Reminder from Magnolia Birth Center: appt Mon 3/18 at 1:15 PM. Reply C to confirm.')).toContain('PREGNANT');
    expect(of('Harmony Counseling Collective: Reminder of your appointment tomorrow at 10:00 AM.')).toContain('MH');
    expect(of('Northwoods Memory & Aging Clinic: Reminder of your appointment Thu 3/13 at 1:15 PM.')).toContain('SSP');
    expect(found('Financial counseling services are available: call billing.')).toEqual([]);
  });
});

describe('the positive model: what probes 319-326 let through (twenty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a child's attention and worry in a parent's words, and a test day off medicine", () => {
    expect(found("Pls bring Ava's teacher forms (the ones about focus and sitting still in class) to Thursday's appt.")).toContain('BH');
    expect(found("Ms. Morales can't make Friday's classroom observation for Ethan.")).toContain('BH');
    expect(found('Did the worry plan help Isabella make it through the whole sleepover?')).toContain('MH');
    expect(found('Los cuestionarios Vanderbilt de la maestra de Gabriel confirman lo que hablamos.', 'es')).toContain('BH');
    expect(found('When we reschedule, please still keep her off her meds that morning.')).toContain('medication');
  });

  it("reads a B12 shot, back shots billed, a therapist's DPT, a pill count's bottles, a sleep machine's usage and mask, not a campaign's brown bag day", () => {
    expect(found('Reminder: your apt for the b12 shot is tmrw 9am.')).toContain('medication');
    expect(found('Your insurance denied the charge for the back shots on 2/11.')).toContain('procedure');
    expect(found('Reminder of your appt Wed 4/2 at 7:30 AM with Jordan Whitfield, DPT.')).toContain('procedure');
    expect(found("Pls bring every bottle you have, even the empty ones, to Thursday's visit.")).toContain('medication');
    expect(found('Medicaid needs your last 30 days of machine usage before they keep paying for it.')).toContain('procedure');
    expect(found('Your new mask and headgear came in!')).toContain('procedure');
    expect(found('Bring your pill bottles to our brown bag medication review day - open to all!')).not.toContain('medication');
  });

  it("reads dementia at home in a caregiver's words, a memory test and a driving test, not a practice paying for parking", () => {
    expect(found('Is he still getting up and trying to leave the house?')).toContain('diagnosis');
    expect(found('1) does she repeat the same stories? 2) gotten lost driving?')).toContain('diagnosis');
    expect(found('Keep the notebook by the phone. Sharon will take over paying the bills from now on.')).toContain('diagnosis');
    expect(found('Confirmed: Wed 4/2 3:45 PM - MoCA + f/u w/ Dr. Halvorsen.')).toContain('procedure');
    expect(found("Dr. Halvorsen got the ok for Duane's on-road driving test.")).toContain('procedure');
    expect(found('We will take over paying the parking fees for patients this month.')).toEqual([]);
    // a nurse practitioner's board certification after the name (probe 323)
    expect(found('Reminder: appt Tue 3pm with Maria Lopez, FNP-C.')).toEqual([]);
  });
});

describe('the positive model: what probes 327-334 let through (twenty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a pregnancy's coverage, an immigration exam's form, a timed urine collection and a contraceptive ring, not a lobby's hours", () => {
    expect(found('Buenas noticias, su CHIP Perinatal fue aprobado. Ya puede agendar su cita.', 'es')).toContain('PREGNANT');
    expect(found('Sus comprobantes de vacuna de influenza y COVID para el I-693 ya están en el portal.', 'es')).toContain('procedure');
    expect(found('The jug and instructions for your 24 hr collection are at the front desk.')).toContain('procedure');
    expect(found("Just checking that the ring is staying in ok and you're not having any issues.")).toContain('SEX');
    expect(found('Our lobby is open 24 hr: collection boxes for the food drive are by the door.')).toEqual([]);
  });

  it("doubts an EHR reminder's reason in capitals (a street suffix \"CT\" only after a house number) and a CT scan someone owns, not Connecticut", () => {
    const unvetted = (text: string): string[] => words(text, positive.classifyText(text, 'en'), 'unvetted');
    expect(unvetted('Reason: HEMATURIA WORKUP - CT UROGRAM + CYSTO')).toEqual(expect.arrayContaining(['WORKUP', 'CYSTO']));
    expect(unvetted('Your CT is Tue at 9.')).toEqual(['CT']);
    expect(unvetted('1420 TCHEFUNCTE CT, NEW ORLEANS')).toEqual([]);
    expect(unvetted('1420 Main St, Hartford, CT 06103')).toEqual([]);
    expect(unvetted('Our Hartford, CT office is open.')).toEqual([]);
    // a men's health clinic's care (hidden behind the practice's acronym on the default bundle)
    expect(labels(positive.classifyText("RUA's Men's Health Clinic now offers same-week visits for your ED and low T follow-ups.", 'en'))).toEqual(expect.arrayContaining(['SEX', 'SSP']));
    // an acronym at the end of a line of fields is no signature
    const email = 'APPOINTMENT REMINDER\n\nPatient: Lorraine Bishop\nReason: HEMATURIA WORKUP - CT UROGRAM + CYSTO\n\nPlease arrive 15 minutes early.';
    expect(unvetted(email)).toContain('CYSTO');
  });
});

describe('the positive model: what probes 335-342 let through (twenty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a child who still needs the shots school requires, not a season's flu shot; a flu had last week", () => {
    expect(found('Our records show Lucas still needs his Tdap booster and his first MenACWY shot before 7th grade.')).toContain('procedure');
    expect(found('Your child still needs his flu shot? Walk in any Saturday!')).toEqual([]);
    expect(found('Como Valentina tuvo influenza la semana pasada, sus hermanitos pueden vacunarse aquí.', 'es')).toContain('diagnosis');
  });

  it('reads embryos thawed, a birth travelled to and a new baby congratulated, not a spring thaw', () => {
    expect(found('The lab called, both of yours made it through the thaw beautifully. See you at 11!')).toContain('PREGNANT');
    expect(found("Your mom's escort travel is approved so she can come with you for the baby's delivery.")).toContain('PREGNANT');
    expect(found('Congratulations on your new baby! Our free Newborn Feeding Circle meets Wednesdays.')).toContain('PREGNANT');
    expect(found('Spring thaw means potholes: allow extra time to get here.')).toEqual([]);
  });

  it("reads a week's talk and journaling, a message to delete in English and Spanish, home therapy's stairs and a hearing aid's parts", () => {
    expect(found("Your weekly talk w/ Luisa is moved to Fri 3pm. Keep up the journaling, you're doing great!")).toContain('MH');
    expect(found('The advocate you asked about is in clinic Thurs 10-2. You can delete this msg.')).toContain('SDV');
    expect(found('Quedó tu cita el martes a las 5 con Luisa. Si él ve los mensajes, bórralo.', 'es')).toContain('SDV');
    expect(found('Ramon will come Fri 2-4pm to practice the stairs with you.')).toContain('procedure');
    expect(found('Ur replacement domes & wax guards r ready at front desk.')).toContain('procedure');
  });
});

describe('the positive model: what probes 343-350 let through (twenty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a recovery's milestones and meetings, a use warned of and a probation officer's call, not a flu clinic's RSVP", () => {
    expect(found('So proud of you for making 30 days. Keep hitting those meetings.')).toContain('SUD');
    expect(found("Didn't see you at the meeting last night. You good? Call me before you use, any time.")).toContain('SUD');
    expect(found('Your PO called to verify your attendance. Pls sign the release at the front desk.')).toContain('SUD');
    expect(found('Please verify your attendance for the flu clinic by replying YES.')).toEqual([]);
    expect(found('Harbor Lights Recovery Ctr: reminder of your appt Fri 9am.')).toContain('SUD');
  });

  it("reads a contraceptive ring's schedule, the last chemotherapy's bell, a new spot to look at, and blood sugar logged in Vietnamese", () => {
    expect(found("Friendly reminder to put your new ring in tonight - it's been 3 wks in + 1 wk off.")).toContain('SEX');
    expect(found('See you tmrw for your LAST one!! Bring whoever you want for the bell.')).toContain('diagnosis');
    expect(found('Ring the bell at the front desk when you arrive.')).toEqual([]);
    expect(found('Your 2:30 appt tomorrow is for Dr. Vega to look at the new spot you mentioned.')).toContain('diagnosis');
    expect(found('Bác nhớ đo đường trong máu mỗi sáng trước khi ăn và ghi vào sổ.', 'vi')).toContain('diagnosis');
  });

  it("reads a child's therapy tools, goals and food refusal, not a team's goals", () => {
    expect(found('Pls bring his noise-canceling headphones & chewy necklace.')).toContain('procedure');
    expect(found("Renata thought it'd really help w/ Evan's food refusal at dinner.")).toContain('diagnosis');
    expect(found("Kaitlyn sent you a video of Noah's AAC practice & his new core vocabulary board.")).toContain('procedure');
    expect(found("Camila's discharge summary from speech is ready - she met all her goals!!")).toContain('procedure');
    expect(found('Our team met all their goals for the food drive!')).toEqual([]);
  });
});

describe("the positive model: a practice's sites by their names (twenty-ninth session)", () => {
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');

  it('vouches for an unknown name before a site, a shop, a front desk or a parking lot, and for one listed with a town', () => {
    expect(unvetted('See you at our Parkchester site. - Bronx River Community Health')).toEqual([]);
    expect(unvetted('Spring frames event! 30% off all frames at our Northgate and Bellevue shops.')).toEqual([]);
    expect(unvetted('Your records are ready. Pick up at the Dunwoody front desk with photo ID.')).toEqual([]);
    expect(unvetted('Flu shot drive-thru this Sat 9am-1pm in the Harbison parking lot!')).toEqual([]);
    expect(unvetted('Flu shots are here! Walk in M-F 9-4 at Kalihi & Waipahu, no appt needed.')).toEqual([]);
    expect(unvetted('Pacific Dermatology Associates\nKapiolani | Pearlridge | Kailua\nMain: (808) 555-0142')).toEqual([]);
  });

  it('vouches for an unknown name given its street address, and for a Spanish site named after "sede"', () => {
    expect(unvetted('Your appt is Tue at 9:40am, Kalihi clinic, 1520 N King St. Reply C to confirm.')).toEqual([]);
    expect(unvetted('Pick it up at the Medical Records window (Gulfton, 1st floor) Mon-Fri 9am-4pm.')).toEqual([]);
    expect(unvetted('Su cita con la Dra. Renata Ocampo en Maryvale (5110 W Indian School Rd). Responda C.', 'es')).toEqual([]);
    expect(unvetted('Su cita está confirmada para el jueves con la Dra. Okafor en la sede Campostella.', 'es')).toEqual([]);
  });

  it('keeps doubting an unknown word before "clinic" alone, and one listed with no town', () => {
    expect(unvetted('Your appt at the Zorbatan clinic is Tue at 9.')).toEqual(['Zorbatan']);
    expect(unvetted('Your Zorbatan and Humira refills are ready.')).toContain('Zorbatan');
    expect(unvetted('Su cita es el martes en la sede Oncología.', 'es')).toContain('Oncología');
  });

  it("vouches for a Spanish word kept out when it is a surname after a given name, and for an optometrist's OD after a name", () => {
    expect(unvetted('Recordatorio de su cita mañana martes a las 11:15 con Maria Delgado NP.', 'es')).toEqual([]);
    expect(unvetted('Hola Maria, usted está muy delgado.', 'es')).toContain('delgado');
    expect(unvetted('Provider: Leah Brandvold, OD\nLocation: West End Office')).toEqual([]);
    expect(labels(positive.classifyText('Pt had an OD last night, call his mom.', 'en'))).toContain('SUD');
    expect(labels(positive.classifyText('Please park on the odd side of the street.', 'en'))).toEqual([]);
  });

  it("vouches for campaigns' heat, cold and sick-day advice, an awareness month's disease and a department signing a notice", () => {
    expect(unvetted('Hot days ahead, Tacoma! Stay hydrated: aim for 8-10 glasses of water a day.')).toEqual([]);
    expect(unvetted('Bitter cold ahead! Wind chills to -40. Cover skin and keep a winter kit in your car.')).toEqual([]);
    expect(unvetted("Please reschedule if you're feeling sick. Thank you!")).toEqual([]);
    expect(unvetted('Dear Patients and Friends,\n\nJanuary is National Glaucoma Awareness Month.')).toEqual([]);
    expect(unvetted('We apologize for the inconvenience.\n\nHCC Operations')).toEqual([]);
    // the same words about the patient
    expect(unvetted('Your glaucoma check is Tue at 9.')).toContain('glaucoma');
    expect(unvetted('Your operations are scheduled for Tue.')).toContain('operations');
    expect(unvetted('Sorry you are still so dehydrated, drink what you can.')).toContain('dehydrated');
  });

  it('vouches for a region whose name holds a word of fear, as a whole', () => {
    expect(unvetted('Cape Fear Student Health Services: your appt is Tue at 3.')).toEqual([]);
    expect(unvetted('Is fear keeping you up at night?')).toContain('fear');
  });

  it("doubts an acronym holding a sensitive service wherever a name's place would vouch for it, not a specialty's", () => {
    expect(unvetted('Reminder of your appt Tue 6/9 at 9:20 AM. -CMHC front desk')).toEqual(['CMHC']);
    expect(unvetted('See you at the IOP office Tue at 6.')).toEqual(['IOP']);
    expect(unvetted('Your appt is confirmed. Gulf Breeze GI, 1180 Shoreline Dr, Gulf Breeze.')).toEqual([]);
  });
});

describe('the positive model: what probes 351-358 let through (twenty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads an eye practice's shorthand, tests and plugs, drops and a laser, not October or a med spa's event", () => {
    expect(found('BSEV: Reminder, Dr. Whitehorse SLT OS Fri 4/4 @ 7:45a. Take your AM drops as usual.')).toContain('procedure');
    expect(found("You're confirmed for Visual Field + OCT testing Mon 4/14 @ 8am.")).toContain('procedure');
    expect(found('Balance of $210 for the punctal plugs placed 4/2 (not covered by your plan).')).toContain('procedure');
    expect(found("This is for Helen's ride home - she can't drive for 24 hrs after her laser today.")).toContain('unvetted');
    expect(found('Oct 14: your visit is confirmed.')).toEqual([]);
    expect(found('Laser hair removal event for everyone, 20% off this week.')).toEqual([]);
  });

  it("reads the Ryan White program's case management, a child missing named vaccines, and a swallow study's diet", () => {
    expect(found('You have a new message in MyCCHC from the Ryan White case management team.')).toContain('HIV');
    expect(found('Our records show Jaylen is still missing his 2nd MMR and Tdap for school.')).toContain('procedure');
    expect(found('Is your child missing any shots? Walk in any Saturday!')).toEqual([]);
    expect(found('Dr. Whitfield reviewed your swallow study - you can move to pureed foods Monday!')).toContain('procedure');
  });

  it('reads the days since a drink, a safety plan in plain words, a welfare check and a shelter, not a heat notice', () => {
    expect(found('How many days since the last drink? Proud of you for coming in.')).toContain('ETH');
    expect(found('How are you doing with the plan we made for when things get really dark?')).toContain('MH');
    expect(found("We missed you today. Just want to make sure you're safe - please call or text back.")).toContain('MH');
    expect(found("Heat advisory this week: we want to make sure you're safe. Drink water and stay cool.")).toEqual([]);
    expect(found('Your husband called asking about your appointments - per your wishes we didn\'t share anything. Call me if you need the shelter number.')).toContain('SDV');
  });
});

describe('the positive model: what probes 359-366 let through (twenty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');

  it("reads a child's dose held by its time of day, a classroom behavior plan and a teacher's report, not a pharmacy pickup", () => {
    expect(found('Dr. Osei asked that you hold his morning medicine that day so we can see how he does without it.')).toContain('medication');
    expect(found("As we discussed, he'll use the calm-down corner and the break card at school.")).toContain('BH');
    expect(found("His teacher says he's still having a hard time sitting still and finishing work.")).toContain('BH');
    expect(found('Your prescription is ready for pickup at the front counter.')).toEqual([]);
  });

  it("reads a dentist's fillings and dentures, not a form filled out", () => {
    expect(found("Your HSA card was declined for today's filling ($145). Please call billing.")).toContain('procedure');
    expect(found('We hope your new smile is feeling great! Remember to take them out at night and soak them in the cleaner.')).toContain('procedure');
    expect(found('Thanks for filling out the form before your visit.')).toEqual([]);
  });

  it("reads work and school notes after an injury, a concussion's return and a drug screen's collection, not a bill sent for collection", () => {
    expect(found('Your return to work note is ready. We can fax it to your supervisor.')).toContain('procedure');
    expect(found('Ur employer needs the fit for duty form signed before u go back Monday.')).toContain('procedure');
    expect(found("Emma's return to learn letter is ready in the portal.")).toContain('procedure');
    expect(found('The 504 accommodation letter for Brayden is signed and ready.')).toContain('procedure');
    expect(found("Dr. Haddad watched the video of the hit from Saturday. He'd like to see Marcus Monday, no practice till then.")).toContain('procedure');
    expect(found('Room ready! Please go to Lab 2 for your collection - leave bags in the locker first.')).toContain('procedure');
    expect(found('Your account was sent for collection on 3/1.')).toEqual([]);
    expect(found("The eye doctor referral for Sofia's double vision went to Dr. Chen.")).toContain('diagnosis');
    expect(found('Your port flush is Tue at 10.')).toContain('procedure');
  });

  it("reads a campaign's list of a condition's signs as general, and vouches for a provider's surname kept out before a credential", () => {
    const email = 'Dear families,\n\nA few reminders for everyone:\n- Know the common signs of a head injury: headache, confusion, double vision\n\nHave a safe season!\nUnsubscribe: example.org/u';
    expect(found(email)).toEqual([]);
    expect(found("Sofia's symptoms today: double vision and headache.")).toContain('diagnosis');
    expect(unvetted('Appt reminder for AIDEN on 04/23/2024 at 02:40 PM with DANIEL WARD MD.')).toEqual([]);
    expect(unvetted('Your son is in Ward 3 tonight.')).toContain('Ward');
    expect(unvetted('Twin Ports Occupational Medicine | Duluth - Hermantown - Superior')).toEqual([]);
  });
});

describe('the positive model: what probes 367-374 let through (twenty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a pregnancy's weeks before what is due, a birth class, emergency contraception in lower case, not a baby's age or an idiom", () => {
    expect(found("Hi Aaliyah, at 28 wks you're due for your Tdap and flu shot at your visit Thurs.")).toContain('PREGNANT');
    expect(found('We had to cancel Tues evening Hypnobirthing class, sorry!')).toContain('PREGNANT');
    expect(found('ur rx for plan b is ready at the front pharmacy window')).toContain('SEX');
    expect(found('At 8 weeks, babies get their first shots.')).not.toContain('PREGNANT');
    expect(found('If it rains, plan B is the gym.')).toEqual([]);
  });

  it("reads a spinal injection's relief, the military's Family Advocacy Program, a safe-housing line and partner notification", () => {
    expect(found("How's the back feeling since Tuesday? Let us know if you got at least 50% relief the first few hrs.")).toContain('procedure');
    expect(found('Dr. Monroe asked me to connect you with the Family Advocacy Program on post about the concerns we discussed.')).toContain('SDV');
    expect(found('Following up on what we talked about Tuesday: the safe-housing line is 504-555-0186.')).toContain('SDV');
    expect(found('We can offer your partner(s) a free check-up too. They can walk in Tue/Thu.')).toContain('STD');
  });

  it("reads the end of life and dementia in a hospice's words, and a glucose meter billed in Vietnamese without tones", () => {
    expect(found("If he's still not eating just offer him sips, don't force it.")).toContain('diagnosis');
    expect(found("Dorothy's time is getting close, probably the next day or two. You may want to call family in.")).toContain('diagnosis');
    expect(found("Your dad was seeing people in the room again who weren't there and he didn't know who I was today.")).toContain('diagnosis');
    expect(found('Nurse Dave is on his way to pronounce, ETA 30 min.')).toContain('diagnosis');
    expect(found('Bao hiem khong tra tien que thu duong va may do duong cua bac, bac con thieu $48.', 'vi')).toContain('diagnosis');
  });
});

describe('the positive model: what probes 375-382 let through (twenty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = (text: string, lang?: string): string[] => words(text, positive.classifyText(text, lang), 'unvetted');

  it("reads an eating disorder program's meals and skills, not a community meal", () => {
    expect(found('Reminder: Tues 6/4 at noon supervised lunch w/ Megan at the mall food court.')).toContain('MH');
    expect(found('Holidays can be tough. Remember your plan: 3 meals + snacks, even on Thanksgiving.')).toContain('MH');
    expect(found('Pls send 2 bottles of Ensure Plus with Lily for afternoon snack tmrw.')).toContain('medication');
    expect(found('Use the urge surfing skill if it comes back & we\'ll talk tmrw at 10.')).toContain('MH');
    expect(found('Join us for our community potluck lunch at the park on Saturday!')).toEqual([]);
  });

  it("reads a chiropractor's and an audiologist's instructions, a red cell exchange, oxygen tanks and an organ offer, not a fireworks notice", () => {
    expect(found('Go easy on the right side for a couple days and keep the heating pad on it 15 min at a time.')).toContain('procedure');
    expect(found("Hope you're walking a bit easier today. Remember no golf for a week like Dr. T said.")).toContain('procedure');
    expect(found('Balance of $212.00 due for 2/20 red cell exchange.')).toContain('procedure');
    expect(found('Please avoid loud noise (concerts, power tools, earbuds) for 16 hrs before your visit so your test is accurate.')).toContain('procedure');
    expect(found('Fireworks tonight! Avoid loud noise near the little ones and keep pets inside.')).not.toContain('procedure');
    expect(found("So glad you heard the birds on your walk! Keep wearing them every day.")).toContain('procedure');
    expect(found('Bring the empty E tanks back when you come in Tues so we can swap them out.')).toContain('procedure');
    expect(found('If an organ offer comes in over the weekend the on-call coordinator will call this number.')).toContain('procedure');
  });

  it('reads hematology, black lung, a captioned phone and side effects asked about; vouches for "Ph" before a phone number', () => {
    expect(found('Reminder: Tue 6/17 1:30pm w/ Dr. Tanisha Webb, Hematology. Reply C to confirm.')).toContain('SSP');
    expect(found('Appalachian Black Lung Clinic: reminder of your appt Mon 6/2.')).toContain('diagnosis');
    expect(found('The captioned phone you qualified for through the state hard-of-hearing program is here.')).toContain('diagnosis');
    expect(found('Dr. Ruiz replied to your question about the side effects. Log in to read it.')).toContain('medication');
    expect(unvetted('412 Lakeshore Ridge Rd | Plattsburgh, NY 12901\nPh (518) 555-0147 | Fax (518) 555-0148')).toEqual([]);
    expect(unvetted('Your urine pH 5.5 was low.').join(' ')).toContain('pH');
  });
});

describe('the positive model: what probes 383-390 let through (twenty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a shot by its time, a ring placed, a home pregnancy test's lines and a vasectomy's preparation, not a bell or a flu shot", () => {
    expect(found('Jess, your 8:30 shot can be moved to 10:15 - reply YES to take that slot.')).toContain('unvetted');
    expect(found('Your 8:30 flu shot is confirmed.')).toEqual([]);
    expect(found('ur appt to get the ring is Fri 4/4 @ 10. Bring ur pharmacy info.')).toContain('SEX');
    expect(found('Ring the bell at the front desk when you arrive.')).toEqual([]);
    expect(found('I know the test you took at home showing two lines was a lot to take in.')).toContain('PREGNANT');
    expect(found('Bring a driver, wear snug underwear, and shave the area the night before.')).toContain('procedure');
  });

  it("reads an adult day program, a visit kept off a parent's insurance, dementia in a family's words and a counselor's outreach", () => {
    expect(found("Here is Evelyn's Adult Day Program invoice for May.")).toContain('SSP');
    expect(found("As you asked, today's visit will NOT be billed to your mom's insurance and no EOB will be mailed home.")).toContain('SSP');
    expect(found('Checking in after you told us Richard got turned around driving home from church again.')).toContain('diagnosis');
    expect(found("Jim walked out of the day program around 1:40 & we found him at the corner store. He's safe.")).toContain('diagnosis');
    expect(found('We missed you today. I know things have been really hard lately, please call me back.')).toContain('MH');
    expect(found('Remember what we talked about when the urge hits - text me or call the line.')).toContain('MH');
  });

  it('reads immunotherapy, but not in an allergist\'s name for allergy shots', () => {
    expect(found('Your immunotherapy infusion is Thursday at 9.')).toContain('procedure');
    expect(found('Your appointment at Blue Ridge Allergy & Immunotherapy is confirmed.')).not.toContain('procedure');
  });
});

describe('the positive model: what probes 391-398 let through (twenty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a banding, surrogacy, a fertility cycle's shots, a shower seat, a bathroom diary and a bag measured, not a community banding together", () => {
    expect(found("Hi Mike, see you tomorrow 2:15p for banding #2 with Dr. Dvorak at our Marion office.")).toContain('procedure');
    expect(found('Our community is banding together for the food drive!')).toEqual([]);
    expect(found('You have a new secure message from Rachel Adams, Surrogacy Program Coordinator.')).toContain('SEX');
    expect(found("Bring your husband & your calendar, we'll plan your first round of shots together.")).toContain('SEX');
    expect(found("Dr. Okafor says it's ok for your husband to shower w/ the new seat now, but no driving yet.")).toContain('procedure');
    expect(found('Please bring your food & bathroom diary from the last 2 weeks to your visit Tuesday.')).toContain('diagnosis');
    expect(found('Pls remember to empty the bag and write down how much came out each time.')).toContain('procedure');
  });
});

describe('the positive model: what probes 399-406 let through (twenty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a service or program of care named after its term ("Services", "Kids Program"), not a campaign offering services to everyone', () => {
    expect(found('HIV Services: appt Mon at 9.')).toContain('HIV');
    expect(found('Appt Mon at 9. HIV Services')).toContain('HIV');
    expect(found('Reminder from Prairie Rose Pediatric Therapy & Autism Services: Eli has an appointment Mon 3/24.')).toContain('BH');
    expect(found('HIV Kids Program: appt Mon at 9.')).toContain('HIV');
    expect(found('Free HIV services for everyone at our clinic Saturday!')).toEqual([]);
    expect(found('June is HIV Awareness Month: free testing for everyone!')).toEqual([]);
    expect(found('We offer HIV testing and services to everyone in our community.')).toEqual([]);
  });

  it("reads a child's autism therapy in a therapist's words, speech sounds and covered visits, not a bubble party", () => {
    expect(found("Reminder: Owen's parent training w/ BCBA Hannah Olson is Wed. We'll review the toileting protocol.")).toContain('BH');
    expect(found('Liam sat at the table for 10 min today w/ only 2 prompts!! Keep using the first/then board at home.')).toContain('BH');
    expect(found('Maya is set for ABA Mon-Fri 8:30-11:30 starting 4/14, 15 hrs/wk as authorized.')).toContain('BH');
    expect(found('She stayed regulated the whole time in the ball pit & swing. Keep doing the brushing protocol every 2 hrs.')).toContain('BH');
    expect(found('Since Ella is an elopement risk, staff can only hand her off at the inside door.')).toContain('BH');
    expect(found('Noah worked on his /s/ sound today and got 8/10 in words!')).toContain('procedure');
    expect(found('Your Blue Cross plan has used 18 of 20 covered speech visits for 2025.')).toContain('procedure');
    expect(found('Bubbles, snacks and face painting at our spring party for all kids!')).toEqual([]);
  });

  it("reads a motility clinic, hyperbaric dives, an ED clinic, a medical formula and partner notification in Tagalog", () => {
    expect(found("Tyler's appt in the Motility Clinic is Thu 7/10 at 1pm, Suite 210.")).toContain('procedure');
    expect(found('Confirmed: your chamber series starts Mon 6/2 at 7:30am, M-F for 8 wks.')).toContain('procedure');
    expect(found('Reminder - your visit at our Men\'s Health / ED Clinic is Wed 6/18, 5:30 pm.')).toContain('SEX');
    expect(found('Your insurance approved 30 cans/month of EleCare Jr for Ellie.')).toContain('medication');
    expect(found('Hi Paolo, pakisabihan po ang mga nakasama ninyo nitong huling 60 araw na magpa-test din.', 'tl')).toContain('STD');
  });
});

describe('the positive model: what probes 407-414 let through (twenty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a partner's treatment, chest tightness and a defibrillator's shock, a pregnancy and a new baby in a midwife's words", () => {
    expect(found('Reminder for your follow-up Fri 4/25 9am. Please bring your partner if he still needs his meds.')).toContain('STD');
    expect(found("Any more of that tightness when you walk up stairs? If it ever comes on while you're resting, call 911.")).toContain('diagnosis');
    expect(found('Hope ur feeling ok after the shock from your device yesterday. Dr R wants a download Mon 9am.')).toContain('diagnosis');
    expect(found('How are you & the baby doing? Dr Hollis wants to see you back at 6 wks.')).toContain('PREGNANT');
    expect(found('Reminder: your $200 monthly payment toward your delivery plan is due 4/15.')).toContain('PREGNANT');
    expect(found("Your letter for the airline saying you're OK to fly at 32 wks is ready in the portal.")).toContain('PREGNANT');
    expect(found('The Labor & Delivery tour at San Marcos Regional is Sat 3/29 at 10am.')).toContain('PREGNANT');
    expect(found('Your pharmacy order is out for delivery today.')).toEqual([]);
  });

  it("reads an opioid program's random tests, a slip, a milestone and a worried outreach worker, not a new year's clean-out", () => {
    expect(found("You've been selected for a random today. Please come in before 1pm for collection.")).toContain('SUD');
    expect(found('Your call-in color today is ORANGE. If orange is called, come in by 2pm.')).toContain('SUD');
    expect(found("I know the weekend was rough and you slipped. That doesn't erase your progress.")).toContain('SUD');
    expect(found('Congrats on 1 year clean!! You\'re invited to our alumni night.')).toContain('SUD');
    expect(found('Did you make it to a meeting tonight? 45 days is huge.')).toContain('SUD');
    expect(found('Happy New Year! Clean out your junk drawer and start fresh.')).not.toContain('SUD');
  });

  it('reads cardiac rehab, Family PACT, a TB clinic and a contraceptive ring in Spanish', () => {
    expect(found('Northside Cardiac Rehab & Wellness: Reminder of your appointment Mon 3/17.')).toContain('procedure');
    expect(found('Your Family PACT eligibility needs to be renewed before your next visit.')).toContain('SEX');
    expect(found('La enfermera de la clínica de TB le envió un mensaje.', 'es')).toContain('diagnosis');
    expect(found('¿Cómo le va con el anillo? Si tiene molestias o quiere cambiar de método, llámenos.', 'es')).toContain('SEX');
  });
});

describe('the positive model: what probes 415-422 let through, and what they held back (thirtieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a lymphedema clinic's appointment type, garments and wraps worn, and an IV's site, not a team's site visit", () => {
    expect(found('CCVL: Your appt (LYMPH-MLD 60MIN) is Wed 6/11 at 3:00PM w/ T. Greer.')).toContain('unvetted');
    expect(found('Confirmed for Thurs 1pm w Megan. Remember to wear your wraps in & bring the foam pieces.')).toContain('unvetted');
    expect(found('Confirmed Mon 2/16 9:20 AM · Garment fitting w/ Carla. Reply R to reschedule.')).toContain('procedure');
    expect(found('The nurse will check your IV site before you leave.')).toContain('procedure');
    expect(found('Our IV team site visit is on the parking lot map, Suite IV.')).not.toContain('procedure');
  });

  it("reads a safety planning visit, a child's therapy homework and a divorce group in a counselor's words, and a seizure's driving rule", () => {
    expect(found("RRCFC: You're confirmed for the safety planning appt w/ Dr. Pryor tomorrow 11am.")).toContain('BH');
    expect(found("Reminder about the homework from today: 3 'brave steps' on Emma's ladder this week.")).toContain('BH');
    expect(found('Keep praising him when he uses his calm-down words!')).toContain('BH');
    expect(found('Remember: if Maya refuses school tomorrow, stay calm & firm and walk her to the door.')).toContain('BH');
    expect(found("Our Divorce Care group for kids starts 9/10. Since Landon's parents are separating, he'd be a great fit!")).toContain('BH');
    expect(found("Just a reminder: no driving until you've gone 3 months without an event, per AZ law.")).toContain('diagnosis');
  });

  it("vouches for two or three capitalized words before a provider's credential, in any language, not for a word of care", () => {
    expect(unvettedIn()('Provider: Anatoly Sokolov, MD')).toEqual([]);
    expect(unvettedIn('ru')('Напоминаем о вашем приёме у Анатолия Соколова, MD, в среду 12.06 в 10:30.')).toEqual([]);
    expect(unvettedIn('ht')('Avèk: Widline Joseph, APRN')).toEqual([]);
    expect(unvettedIn()('Provider: Lymph Drainage, PT')).toContain('Lymph');
  });

  it("reads a practice's tip as addressed to everyone, and a mass mailing's campaign words no list holds as the campaign's", () => {
    expect(unvettedIn()('KPCH tip: Long days + water glare = sunburn, even in Alaska. Wear SPF 30+ on the river.')).toEqual([]);
    const mailing = (footer: string): string =>
      `Hello from SFAS!\n\nWinter boots can be hard on everyone's feet. A few tips for all of our patients:\n• Add a cushioned insole\n• Choose boots with a firm heel counter\n\n${footer}`;
    expect(unvettedIn()(mailing('Unsubscribe: sfas.example/u'))).toEqual([]);
    expect(unvettedIn()(mailing('See you soon!'))).toContain('insole');
  });

  it("reads a health fair's street after its house number as no one's name, and a campaign's day as an event, not a patient's visit", () => {
    expect(unvettedIn()('Free blood pressure checks for everyone at our health fair, Sat 5/17, 10a-2p, 4410 W Warren parking lot.')).toEqual([]);
    expect(unvettedIn()('Free foot screening day Sat 11/15, 10am-2pm at Van Nest Community Center. Open to everyone!')).toEqual([]);
    expect(unvettedIn()('Warren, your foot wound check is Tue 9am at 4410 W Warren Ave.')).not.toEqual([]);
    expect(unvettedIn()('Your knee surgery day is Tue 9am, free parking for everyone.')).not.toEqual([]);
  });
});

describe('the positive model: what probes 423-430 let through (thirtieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a psychiatric urgent care's visits, a suicidal act said obliquely and a commitment hearing, not the crisis line's campaign", () => {
    expect(found('Hi Xee, confirmed: crisis follow-up Mon 4/8 9am with Dr. Vang.')).toContain('BH');
    expect(found('Reminder: Mon 4/22 3:15pm - Medication Bridging Clinic, Atwood Ave. Reply C to confirm.')).toContain('BH');
    expect(found('We were really glad you called us instead of acting on it last night. See you Monday.')).toContain('BH');
    expect(found('We got a message from your case manager about the commitment hearing on 7/9.')).toContain('BH');
    expect(found('988 Suicide & Crisis Lifeline: call or text 988, free for everyone.')).toEqual([]);
  });

  it("reads a DOT return-to-duty testing plan and a medical review officer's call", () => {
    expect(found('Your employer asked us to confirm you are on track: you have 6 unannounced tests left this year.')).toContain('SUD');
    expect(found("This is Dr. Kessler's office, Medical Review Officer. Please call about your test.")).toContain('procedure');
  });

  it("reads a cleft team's appliances, a cranial helmet, an expander and speech practice in Spanish, not a bike helmet day", () => {
    expect(found("CCCC: Aaliyah's helmet fitting is tmrw 1:45pm. Bring a thin cotton cap.")).toContain('procedure');
    expect(found('Bike helmet fitting day at our Oconomowoc office, May 10!')).not.toContain('procedure');
    expect(found('Your statement for the 02/04 NAM appliance adjustment ($120.00) is past due.')).toContain('procedure');
    expect(found("Noah's expander should be turned 1x a night, not 2x.")).toContain('procedure');
    expect(found('Charlotte Cleft & Craniofacial Clinic: Reminder for Luca on 4/8 at 9:00 AM.')).toContain('diagnosis');
    expect(found("Valentina lo hizo muy bien hoy. Practiquen los sonidos 'p' y 't' 10 minutos al día.", 'es')).toContain('procedure');
  });

  it("reads a feeding visit's preparation, a medicine that lowers the defenses, a WIC letter's formula and falls at home", () => {
    expect(found("Pls don't feed baby for about 1.5-2 hrs before so he's ready to eat when you get here.")).toContain('procedure');
    expect(found("Please don't feed the meters for more than 2 hours.")).not.toContain('procedure');
    expect(found('Como usted toma medicamento que baja las defensas, no se ponga vacunas vivas.', 'es')).toContain('diagnosis');
    expect(found('La carta para WIC sobre la fórmula especial de su bebé ya está lista.', 'es')).toContain('medication');
    expect(found('Since Mr. Tang has fallen twice this month, our nurse recommends grab bars.')).toContain('diagnosis');
  });
});

describe('the positive model: what probes 431-438 let through, and what they held back (thirtieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a genetic counseling practice's name as genetic care, not group counseling, and a sedation's ride home", () => {
    const named = found('Bay Genetics Counseling Group: Reminder of your appt Tue 5/14 at 10:30 AM.');
    expect(named).toContain('GDIS');
    expect(named).not.toContain('BH');
    expect(found("Don't forget ice packs, Jell-O & applesauce before tomorrow. 8am arrival, bring your ride!")).toContain('procedure');
    expect(found('Free rides! Bring a friend to our health fair.')).toEqual([]);
  });

  it("vouches for a Tagalog footer about health information, a Filipino clinic's thanks, and a Deaf patient's videophone", () => {
    expect(unvettedIn('tl')('Huwag pong sumagot sa email na ito ng personal na impormasyon tungkol sa kalusugan.')).toEqual([]);
    expect(unvettedIn()('Need help? Call (650) 555-0143. Salamat po, DCFCC Operations')).toEqual([]);
    expect(unvettedIn()('Questions? Text or VP us at 585-555-0133.')).toEqual([]);
  });
});

describe('the positive model: what probes 439-446 let through (thirtieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads condoms in every covered language, and a contraceptive ring kept for next month', () => {
    expect(found('Hola Isabella, te dejé condones gratis en un sobre con tu nombre en la recepción.', 'es')).toContain('SEX');
    expect(found('Deixamos camisinhas na recepção com o seu nome.', 'pt')).toContain('SEX');
    expect(found('Презервативы можно забрать на стойке регистрации.', 'ru')).toContain('SEX');
    expect(found('Chúng tôi để bao cao su ở quầy tiếp tân cho bạn.', 'vi')).toContain('SEX');
    expect(found("Hi Nia, I have your ring for next month, grab it anytime from the front desk.")).toContain('SEX');
    expect(found('Your ring of keys was left at the front desk.')).toEqual([]);
  });

  it("reads radiation named alone and a child's cancer care in a family's words, not the sun's UV radiation", () => {
    expect(found("Your room at Riverside Family House is confirmed for the weeks of Brayden's radiation.")).toContain('procedure');
    expect(found('Protect yourself from UV radiation this summer!')).not.toContain('procedure');
    expect(found("Good news - Kayden's counts came back high enough so we're still on for tomorrow.")).toContain('diagnosis');
    expect(found('The wig shop on Summer Ave can see Mia Sat at 11.')).toContain('diagnosis');
    expect(found("The foundation would like to set up Luis's wish interview.")).toContain('diagnosis');
    expect(found('Reminder to have your partner & kids come in to get tested too.')).toContain('diagnosis');
  });

  it("reads a counselor's check-in after what a student shared", () => {
    expect(found("Missed you today. Just want to make sure you're doing ok after what you shared last week.")).toContain('BH');
  });
});

describe('the positive model: what probes 447-454 let through (thirtieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a high-risk pregnancy's ultrasound pictures and kicks, a new arrival, long COVID and menopause care", () => {
    expect(found("See you Tues 10/8 at 2pm! Bring your partner, we'll print pictures of the little one for you.")).toContain('PREGNANT');
    expect(found('Are you feeling the baby move ok since yesterday? If you get fewer than 10 kicks in 2 hrs call us.')).toContain('PREGNANT');
    expect(found('Congrats on your new arrival! Share a photo for our baby wall.')).toContain('PREGNANT');
    expect(found('Share a photo of your little one for our summer photo contest!')).toEqual([]);
    expect(found('PSLCC: Reminder - Long COVID clinic appt Tues 6/11 4:10pm w/ Dr. Menon.')).toContain('diagnosis');
    expect(found('Thanks for signing up for the Long Haulers Support Group.')).toContain('diagnosis');
    expect(found('Blue Ridge Midlife & Menopause Clinic: your appt is Tue at 9.')).toContain('diagnosis');
  });

  it("reads a children's or kids' program by its care, not as a campaign to children", () => {
    expect(found("Reminder from South Side Children's Asthma Program: Malik has an appt Mon 4/1 at 1:30pm.")).toContain('diagnosis');
    expect(found("Kids' Diabetes Program: Leo has an appointment Thu 3/6 at 4 PM.")).toContain('diagnosis');
    expect(found('Free asthma checks for all children at our health fair Saturday!')).toEqual([]);
    expect(found('Free asthma checks for kids and adults at our fair Saturday!')).toEqual([]);
  });

  it("reads suicidal thoughts said obliquely, a sedating treatment's observation and disability forms", () => {
    expect(found('Since you mentioned your thoughts of not wanting to be here had come back, Dr. Okafor asked us to check on you.')).toContain('BH');
    expect(found('Your 2 hr observation ends at 10:30 - pls have your ride here by then.')).toContain('procedure');
    expect(found('Your short-term disability forms for Hartwell Insurance have been completed and faxed.')).toContain('procedure');
  });

  it("reads a forensic exam's evidence and a survivor's advocate, deep brain stimulation, photodynamic therapy and a path report", () => {
    expect(found('Reminder - bring the paper bag with the clothes from that night to your 10am visit.')).toContain('SDV');
    expect(found('Whenever you decide about reporting, the kit will be here. Be gentle with yourself tonight.')).toContain('SDV');
    expect(found('Just making sure you and the kids got settled ok at the new place last night.')).toContain('SDV');
    expect(found('Questions about your bill? Ask your patient advocate at the front desk.')).toEqual([]);
    expect(found('For your 6/6 visit pls bring your stimulator programmer and charger.')).toContain('procedure');
    expect(found('Your PDT appt is Wed 4/9 at 8am. The Levulan sits for 1 hr.')).toContain('procedure');
    expect(found('Dr. Hollister sent you a portal msg re: your path report from last week.')).toContain('procedure');
    expect(found('Stay on the path near the reservoir and report any trail damage.')).not.toContain('procedure');
  });
});

describe('the positive model: what probes 455-462 let through (thirtieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a child's lead level and lead clinic, a sleep apnea appliance, and a swallow study written short in capitals, not a bill's fees", () => {
    expect(found("Dr. Okonkwo here. Liam's lead went from 12 to 5!! Great work with the cleaning.")).toContain('diagnosis');
    expect(found('Reminder: Lead Clinic appt for Aubrey Fri 9am. Reply C to confirm.')).toContain('diagnosis');
    expect(found('Our team lead will call you about your bill.')).toEqual([]);
    expect(found('Pls remember to bring the plastic tray you sleep in + the case to Thursday\'s visit.')).toContain('procedure');
    expect(found("Don't forget to keep wearing your appliance every night even if your schedule shifts!")).toContain('procedure');
    expect(found('Please fill out the Epworth Sleepiness Scale & STOP-Bang questionnaire before your consult.')).toContain('procedure');
    expect(found('AVSC appt reminder: FEES w/ Lauren Beck Tue 10/8 8:30a.')).toContain('procedure');
    expect(found('PAST DUE: LATE FEES MAY APPLY AFTER 5/1')).not.toContain('procedure');
    expect(found('Your school letter for voice rest (no choir or singing for 6 weeks) is ready in the portal.')).toContain('procedure');
  });

  it("reads medicines handed out a week at a time, not a refill left at the nurse station, old using friends, a fertility month and smoke-free days counted", () => {
    expect(found("Your meds are ready at the nurse station. Remember we're still holding them here and handing out one week at a time.")).toContain('procedure');
    expect(found('MSLC pharmacy: ur refill is ready at the nurse station. Pls pick up by 5pm.')).toEqual([]);
    expect(found('Remember what we talked about - stay away from the friends you used to use with this weekend.')).toContain('SUD');
    expect(found("Any news on the baby front this month? Either way, let's plan your next round of herbs Monday.")).toContain('PREGNANT');
    expect(found('60 days smoke-free - amazing work! Book a booster session this month.')).toContain('diagnosis');
    expect(found('Our campus is smoke-free. Thank you for not smoking!')).toEqual([]);
  });
});

describe('the positive model: what probes 463-470 let through (thirtieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a youth counselor's words to a family, not a parking lot reopened today", () => {
    expect(found("Glad Sam opened up today. No judgment if he slips, just keep talking w/ him.")).toContain('BH');
    expect(found('Tanner did great today talking about what happened at the party. Let\'s keep him coming weekly.')).toContain('BH');
    expect(found('Reminder to keep all meds locked up at home while Aria is going through this rough patch.')).toContain('BH');
    expect(found('Our parking lot reopened today after repairs.')).toEqual([]);
  });

  it("reads surgical pins, a pregnancy congratulated, a heart device's transmitter, valley fever, shots given at home and a wheelchair lent in Spanish", () => {
    expect(found('Marcus answered your question about showering with the pins in - check your portal.')).toContain('procedure');
    expect(found('Congrats again on the baby news!! Dr. V wants to see you around 10 wks.')).toContain('PREGNANT');
    expect(found('Your new Merlin@home transmitter ships today by UPS. Plug it in by your bed once it arrives.')).toContain('procedure');
    expect(found('Kern County Valley Fever & Pulmonary Clinic: reminder of your appt Tue at 9.')).toContain('diagnosis');
    expect(found("Did you get the handout on giving Mason's shots at home every 2 weeks?")).toContain('procedure');
    expect(found('Flu shots at home? No - come see us at our free clinic Saturday, open to everyone!')).not.toContain('procedure');
    expect(found('Ya tenemos la silla de ruedas de préstamo para su mamá. Puede recogerla mañana.', 'es')).toContain('diagnosis');
  });

  it("reads a county's or an area's word inside a place of care's name as that name, not as where a campaign's news happens", () => {
    expect(found('Kern County Asthma Clinic: reminder for Malik, Tue 3/4 at 9am.')).toContain('diagnosis');
    expect(found('Measles cases have been reported in Kern County. Check your family\'s vaccines.')).toEqual([]);
    expect(found('June 27 is National HIV Testing Day. Free walk-in testing for everyone 10am-6pm.')).toEqual([]);
  });
});

describe('the positive model: what probes 471-478 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a wound's dressing left on, and a rule for anyone that names the reader's own care", () => {
    expect(found('Leave the wrap on overnight and keep it dry.')).toContain('unvetted');
    expect(found('Wrap up warm this weekend! Please leave the gift bags at the front desk.')).toEqual([]);
    expect(found("If you're due for your monthly B12 injection, we'll call you to reschedule.")).toContain('unvetted');
    expect(found('If your child has a fever or a rash, please reschedule.')).toEqual([]);
    expect(found('If anyone in your home relies on powered medical equipment, ask your power company about their medical priority list.')).toEqual([]);
  });

  it('reads a gender clinic by its other names, a backup method, a grief group, a glucose drink and a maternity leave note', () => {
    expect(found('Puget Gender Health: your visit is Monday at 3.')).toContain('SEX');
    expect(found('Your letter with your affirmed name is ready at the front desk.')).toContain('SEX');
    expect(found('Remember to use a backup method for the first week.')).toContain('SEX');
    expect(found('The grief and loss group meets Thursday after school in Room 12.')).toContain('BH');
    expect(found('Bring the glucose drink we gave you and arrive at 8.')).toContain('procedure');
    expect(found('Your note for maternity leave is signed and ready.')).toContain('PREGNANT');
    expect(found('Dr. Ruiz returns from maternity leave on Monday; your visit is unchanged.')).not.toContain('PREGNANT');
  });

  it("reads a talk about results said before them in Chinese, a heart attack in staff shorthand, and care in Spanish and Vietnamese", () => {
    expect(found('李医生想当面跟您讨论化验结果，请回电。', 'zh')).toContain('test_result');
    expect(found('王医生想跟您确认预约时间，请回电。', 'zh')).not.toContain('test_result');
    expect(found('Reason for visit: POST-MI F/U')).toContain('diagnosis');
    expect(found('El viernes sabremos si es niño o niña en su ultrasonido.', 'es')).toContain('PREGNANT');
    expect(found('Giấy nghỉ ốm của anh ghi nghỉ 2 ngày do cúm B.', 'vi')).toContain('diagnosis');
  });

  it("vouches for a town written in its address, a doctor's title in Vietnamese, Chinese and Korean, and a name repeated in a visit's link", () => {
    expect(found('Your appt is Tue 3/18 at 9 AM, 136-20 Roosevelt Ave Ste 2, Flushing. Reply C to confirm.')).toEqual([]);
    expect(found('Flushing office: 136-20 Roosevelt Ave, Flushing, NY 11354')).toEqual([]);
    expect(found('Your appt is Tue at 9 AM, 210 Main St, Suite 4, Rapid City')).toEqual([]);
    expect(found('Your appt is Tue at 9 AM, 210 Main St, Rehab Wing')).toContain('unvetted');
    expect(found('Nhắc anh Tùng lịch hẹn thứ Hai lúc 9 giờ với BS. Adeyemi.', 'vi')).toEqual([]);
    expect(found('您好，Adeyemi医生5月2日休假，您的预约需要改期。', 'zh')).toEqual([]);
    expect(found('5월 2일(금) 오후 2시 박서준 원장님 진료 예약이 있습니다.', 'ko')).toEqual([]);
    expect(found('Your video visit with Dr. Tomas Adeyemi is Friday at 2. Join: https://visit.example.org/r/adeyemi-2')).toEqual([]);
    expect(found('Your video visit is Friday at 2. Join: https://visit.example.org/r/zqvormel-2')).toContain('unvetted');
  });
});

describe('the positive model: what probes 479-486 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a school's accommodations, minor consent billing, trigger point injections, a taper and a bridge script", () => {
    expect(found("Maya's school letter asking for restroom passes and a water bottle in class is ready.")).toContain('diagnosis');
    expect(found('This visit was billed under minor consent, so nothing goes to your parents.')).toContain('SSP');
    expect(found('Reminder: Fri 9:30 with Dr. Hale, TPIs x2. Wear a loose shirt.')).toContain('procedure');
    expect(found('Dr. Ortega left a note in the portal about your tapering schedule.')).toContain('medication');
    expect(found('Dr. Lee is out today; we will send a bridge prescription and call to reschedule.')).toContain('medication');
  });

  it('reads workplace testing after a violation, a breath alcohol test, dosing and hearing aid batteries, not a bat mitzvah', () => {
    expect(found('Per DOT rules you will have unannounced follow-up tests for the next year.')).toContain('SUD');
    expect(found('Your employer asked for a reasonable suspicion test today at 2.')).toContain('SUD');
    expect(found('Your BAT result was sent to your supervisor.')).toContain('ETH');
    expect(found('SAVE THE DATE: BAT MITZVAH PARTY AT THE COMMUNITY HALL')).toEqual([]);
    expect(found('Your counselor will meet you after you get dosed on Tuesday.')).toContain('OPIOIDUD');
    expect(found('Your size 312 batteries are at the front desk, $8 due.')).toContain('diagnosis');
  });

  it('reads a counselor checking in after a talk in Spanish, ringing ears and a visual field test in Vietnamese', () => {
    expect(found('Hola Ana, quería saber cómo se siente después de nuestra plática del martes.', 'es')).toContain('BH');
    expect(found('Después de nuestra plática con la escuela, el horario del autobús cambió.', 'es')).not.toContain('BH');
    expect(found('BS hỏi thăm anh còn bị ù tai không?', 'vi')).toContain('diagnosis');
    expect(found('Kết quả đo thị trường của anh đã có trong cổng bệnh nhân.', 'vi')).toContain('procedure');
  });

  it('vouches for the general specialties in Arabic and Chinese clinic names, an Arabic surname after a title written short, and the words of billing and results notices', () => {
    expect(found('عيادة لطب الأسرة: موعدك يوم الثلاثاء الساعة ٣', 'ar')).toEqual([]);
    expect(found('قسم الطب الباطني: موعدك يوم الثلاثاء', 'ar')).toEqual([]);
    expect(found('華埠眼科中心提醒您：預約時間為週二下午3點。', 'zh')).toEqual([]);
    expect(found('موعدك مع د. سامر خوري يوم الثلاثاء الساعة ١٠', 'ar')).toEqual([]);
    expect(found('السيدة منى بيضون المحترمة، نذكّرك بموعدك يوم الخميس', 'ar')).toEqual([]);
    expect(found('Dr. Ahn has reviewed your recent results. Please call us at your convenience.')).toEqual([]);
    expect(found('您的听力下降了，请回电。', 'zh')).toContain('unvetted');
    expect(found('Paperless statements are faster and better for the environment. You will pay a reduced amount this billing cycle.')).toEqual([]);
  });
});

describe('the positive model: what probes 487-494 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a weight program's meal replacements, a fertility clinic's labs and transfer, and a sedation's driver who stays", () => {
    expect(found('Your meal replacement shakes for Phase 2 are at the front desk.')).toContain('procedure');
    expect(found('Your appointment at the Andrology Lab is Monday at 8.')).toContain('SEX');
    expect(found('Dr. Kim says the FET is still on for Friday.')).toContain('SEX');
    expect(found('Arrive at 6:30. Your driver must stay in the building until you are discharged.')).toContain('procedure');
    expect(found('Shuttle update: the driver must stay with the van at the north lot.')).not.toContain('procedure');
  });

  it("reads an expected baby, IVF, a medicine for attention and a 504 plan in Spanish, and a trans patient's name and garments", () => {
    expect(found('El jueves hay clase para papás que están esperando un bebé.', 'es')).toContain('PREGNANT');
    expect(found('Su cita para hablar del ciclo de FIV es el lunes.', 'es')).toContain('SEX');
    expect(found('Recuerde darle la medicina para la atención antes de la escuela.', 'es')).toContain('medication');
    expect(found('Traiga el plan 504 de su hija a la cita.', 'es')).toContain('diagnosis');
    expect(found('Your records now show your chosen name. Let us know if anything looks off.')).toContain('SEX');
    expect(found('Your chest binder order is at the front desk.')).toContain('SEX');
    expect(found('Please bring a binder for the class handouts.')).toEqual([]);
  });
});

describe('the positive model: what probes 495-502 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads tooth decay in Spanish, a disability parking form and MS, a hard anniversary, a contraceptive patch and CPAP supplies', () => {
    expect(found('La doctora le mandó las fotos de las caries por el portal.', 'es')).toContain('unvetted');
    expect(found('Your disabled parking form is signed and at the front desk.')).toContain('diagnosis');
    expect(found('Dr. Patel wants to talk about the MS before your next infusion.')).toContain('diagnosis');
    expect(found('Join the MS Teams meeting at 3 PM with your coordinator.')).toEqual([]);
    expect(found('We know this time of year is hard with the anniversary on Sunday. Call us anytime.')).toContain('BH');
    expect(found('Our clinic turns 10 this week! Join us for the anniversary party Friday.')).toEqual([]);
    expect(found('Your refill for the patch is ready. Remember the patch-free week.')).toContain('SEX');
    expect(found('Good news: your plan covers a new mask every 3 months. Reply YES to order.')).toContain('procedure');
  });

  it('reads a residential program\'s bed, shockwave lithotripsy by its initials and a driver required', () => {
    expect(found('They have a bed opening Monday for the 28-day program. Call me back today.')).toContain('SUD');
    expect(found('Reminder: ESWL Tue 5/6 at 7 AM. Must have a driver.')).toContain('procedure');
  });
});

describe('the positive model: what probes 503-510 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a child's medicine for focus, a stimulator trial's leads, a child's high readings, a sugar log and syringe services' rigs", () => {
    expect(found("The medicine for Ava's focus at school is ready at the pharmacy.")).toContain('medication');
    expect(found('Her medicine for focus is ready for pickup.')).toContain('medication');
    expect(found('Five ways to help kids focus at school this fall, from all of us!')).toEqual([]);
    expect(found('Keep the dressing dry until the leads come out on Monday.')).toContain('procedure');
    expect(found("Dr. Lin answered your question about Noah's low readings at night. See the portal.")).toContain('diagnosis');
    expect(found('Reply YES for weekly sugar log reminders.')).toContain('diagnosis');
    expect(found('You can drop off your used rigs at the side door anytime.')).toContain('SUD');
  });
});

describe('the positive model: what probes 511-518 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads gender-affirming hormones by their initials, an eating disorder's meal support and its recovery in a link, and a family safety line", () => {
    expect(found('Visit type: GAHT New Patient - In person')).toContain('SEX');
    expect(found('Proud of you for finishing the whole plate at lunch today!')).toContain('BH');
    expect(found('Great job with the challenge meal tonight. No compensating tomorrow, ok?')).toContain('BH');
    expect(found('Manage your appointment: https://northsideedrecovery.org/appt/4471')).toContain('unvetted');
    expect(found('Following up on what we talked about privately: the family safety hotline is open 24/7.')).toContain('SDV');
    expect(found('Please finish the whole packet before your visit.')).toEqual([]);
  });
});

describe('the positive model: what probes 519-526 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a teen's safety at home, a treatment program's take-home bottles and carries, pill packs, a TB exposure and a skin fungus test in Vietnamese", () => {
    expect(found('Just checking in like we said. Are you still feeling safe at home?')).toContain('SDV');
    expect(found('Your bottles are ready for the weekend. Window 3 before noon.')).toContain('OPIOIDUD');
    expect(found('Reminder: no weekend carries until your next review.')).toContain('OPIOIDUD');
    expect(found('We are out of the 3-month packs, so we gave you one month for now.')).toContain('medication');
    expect(found('You were exposed to TB at the shelter, so the county asks for a test this week.')).toContain('diagnosis');
    expect(found('Kết quả xét nghiệm nấm da của anh đã có.', 'vi')).toContain('diagnosis');
    expect(found('Việt Nam đã có nhiều thay đổi trong năm nay.', 'vi')).not.toContain('diagnosis');
  });
});

describe('the positive model: what probes 527-534 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a concussion's clearance under a state's youth sports law, and vouches for a home visit in Chinese", () => {
    expect(found("Dr. Ruiz signed Mason's Lystedt Law clearance form. The athletic trainer has a copy.")).toContain('diagnosis');
    expect(found('Your concussion clearance form is ready at the front desk.')).toContain('diagnosis');
    expect(found('提醒：下星期二上午10點探訪，請留在家中。', 'zh')).toEqual([]);
  });
});

describe('the positive model: what probes 535-542 let through (thirty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a feeding clinic's visit and home practice, a baby's weight gained, a newborn's heel prick, labor told to a patient and a call to a crisis line", () => {
    expect(found('Please bring a few foods she usually refuses so our therapist can watch a meal.')).toContain('procedure');
    expect(found('Great week! Liam tried 3 new foods at home. Same plan until next visit.')).toContain('procedure');
    expect(found('Good news, Mia was up 150g since last week. Keep it up!')).toContain('test_result');
    expect(found('Our lobby carts hold up to 20 lbs. Please ask for help with heavy bags.')).not.toContain('test_result');
    expect(found('The midwife will come by Saturday for the heel prick.')).toContain('procedure');
    expect(found("Office closed Monday. If you think you're in labor, call the on-call line.")).toContain('PREGNANT');
    expect(found('Checking in after Saturday. So glad you called the crisis line. We have an opening at 2 today.')).toContain('BH');
  });
});

describe('the positive model: what probes 543-550 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads an addiction counselor's state credential, a sleep clinic's home test, mask fitting and oxygen, an eye injury's follow-up and a dental bridge", () => {
    expect(found('See you Thursday at 3. Text me if you need to move it.\n\nJamal Price, CASAC')).toContain('SUD');
    expect(found("Pick up your test kit tomorrow at 2pm. You'll wear it to bed that night and drop it back by 10am.")).toContain('procedure');
    expect(found('Reminder: your mask fitting with Kayla is Wed at 1:30.')).toContain('procedure');
    expect(found("Did the supplier drop off your refill tanks ok? Dr L wants you on 2 liters when you're walking.")).toContain('procedure');
    expect(found('Drink 2 liters of water a day when it is hot outside.')).toEqual([]);
    expect(found('Were you able to see the eye doctor about the metal piece? Call us if any vision change.')).toContain('diagnosis');
    expect(found('Tmrw 10:30 is your 2nd visit for the bridge. If the temporary feels loose, call us.')).toContain('procedure');
    expect(found('The bridge on Main St is closed, so please use the Elm St entrance.')).toEqual([]);
  });

  it("vouches for a portal's list of what it does, a woman doctor's Arabic title and a Vietnamese doctor's office", () => {
    expect(found('With the portal you can message your care team, view results, pay bills and request appointments.')).toEqual([]);
    expect(found('تذكير بموعدك مع الدكتورة سميرة حداد يوم الأربعاء.', 'ar')).toEqual([]);
    expect(found('Phòng mạch Tully Rd đóng cửa sớm lúc 2 giờ chiều Thứ Tư.', 'vi')).toEqual([]);
    expect(found('The portal shows your results: your liver numbers are up.')).not.toEqual([]);
  });
});

describe('the positive model: what probes 551-558 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a counselor's offer to talk after a missed session, a results notice whose doctor's title splits the sentence, a teen's confidential visit, a healing circle, a home situation and a dental rinse", () => {
    expect(found('We missed you today. Everything ok? I have Thurs 4pm open if you want to talk.')).toContain('BH');
    expect(found('We missed you today! Everything ok? Call us if you want to talk about your bill.')).toEqual([]);
    expect(found("Your lab result is ready. Dr. Lormand says it's nothing to worry about!")).toContain('unvetted');
    expect(found('Your lab results are ready. Dr. Patel will call if she has questions.')).toEqual([]);
    expect(found("You don't need a parent or guardian with you for tomorrow's visit - it's confidential.")).toContain('SSP');
    expect(found("This week's Healing Circle for trauma survivors is cancelled. See you next Thursday.")).toContain('BH');
    expect(found('La trabajadora social quiere hablar con usted sobre la situación en casa.', 'es')).toContain('SDV');
    expect(found('Ur Rx for Peridex is ready at Walgreens on Stockton Blvd.')).toContain('medication');
  });

  it("vouches for a Korean clinic's general specialty and its town, and a routine checkup in Russian", () => {
    expect(found('[달라스 한인 내과] 김영희님, 3월 12일(화) 오전 10:30 박지영 원장님 진료 예약이 있습니다.', 'ko')).toEqual([]);
    expect(found('예약 확인되었습니다. 4월 3일(목) 오후 4시 30분, 둘루스 지점.', 'ko')).toEqual([]);
    expect(found('[달라스 종양내과] 예약이 있습니다.', 'ko')).toContain('SSP');
    expect(found('Самое время записать детей на профилактический осмотр.', 'ru')).toEqual([]);
  });
});

describe('the positive model: what probes 559-566 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a TB program by its initials, a dental deep cleaning, a hard week before a crisis line, home dialysis, a first Mother's Day and a shelter's number in Portuguese", () => {
    expect(found('You have a new secure message from the PMRIH TB Program. Please log in to read it.')).toContain('diagnosis');
    expect(found('Your insurance covers 1 more cleaning, but the deep cleaning Dr. Nanalook recommended is 50% covered.')).toContain('procedure');
    expect(found("I know last week was hard. You don't have to wait for our appt - call the after-hours line any time.")).toContain('BH');
    expect(found('Your boxes of solution + supplies will be delivered Friday btwn 8-12.')).toContain('procedure');
    expect(found("For Mr. Lor's caregiver - his runs are now 4.5 hrs starting Mon.")).toContain('procedure');
    expect(found('¡Feliz Día de las Madres! Su primer Día de las Madres con la bebé.', 'es')).toContain('PREGNANT');
    expect(found('Só pra saber se você e as crianças estão seguras. O número do abrigo é 973-555-0177.', 'pt')).toContain('SDV');
  });

  it("vouches for a street that is a near miss of a care word, a list of services ending in a sensitive one, a Chinatown pharmacy's notices and a nurse's Portuguese title", () => {
    expect(found('Appt reminder: Fri 3/28 2:40 PM, 4120 Tudor Centre Dr. Reply C to confirm.')).toEqual([]);
    expect(found('Your tumor board review is Tuesday.')).toContain('diagnosis');
    expect(found('We offer primary care, prenatal care, diabetes education and behavioral health for the whole family.')).toEqual([]);
    expect(found('Sam has primary care and behavioral health visits on Friday.')).toContain('BH');
    expect(found('CIDP藥房：我們已收到您的轉藥請求，需時1-2個工作天。', 'zh')).toEqual([]);
    expect(found('Lembrete: consulta amanhã às 15h com a Enf. Sónia Pires. Obrigado.', 'pt')).toEqual([]);
  });
});

describe('the positive model: what probes 567-574 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a child's speech and occupational therapy at home, a surgery's drains and binder, a DMV vision report, a couples counselor's homework and a safety plan's text", () => {
    expect(found("Ben did so great today! He signed 'more' 3x at snack. Keep modeling them at home.")).toContain('procedure');
    expect(found("Since Owen just graduated from speech, we'd love to share his story. OK with you?")).toContain('procedure');
    expect(found("Jack's new pencil grips + slant board are at the front desk.")).toContain('procedure');
    expect(found('Tmrw 2:30pm - Nico w/ Ashley. Pls bring his own spoon, bowl + 2-3 foods he likes.')).toContain('procedure');
    expect(found("Mon 8:15am. Don't forget to wear your binder and bring the drain bulbs.")).toContain('procedure');
    expect(found('Ur 2wk po check is tmrw @ 8:40am. Bring ur drain log pls!')).toContain('procedure');
    expect(found('Your DMV vision exam report is signed. Pick it up at the front desk.')).toContain('procedure');
    expect(found('Remember the time-out signal we practiced when things heat up. See you both next week.')).toContain('BH');
    expect(found("Per your request we won't call the home line. Text SAFE and I'll call you back.")).toContain('SDV');
  });

  it("vouches for a notice's standing visits, a declined card, a compliance office, a language's reply code and an automated results notice", () => {
    expect(found('Your recurring appointments are confirmed: every Tuesday at 3:00 PM.')).toEqual([]);
    expect(found('Update your card at the link to avoid a declined payment.')).toEqual([]);
    expect(found('Questions? Contact our Privacy and Compliance Office at 410-555-0100.')).toEqual([]);
    expect(found('Para recibir recordatorios en español, responda ESP. Para inglés, responda ENG.', 'es')).toEqual([]);
    expect(found('New results are in your portal. This is an automated message.')).toEqual([]);
  });
});

describe('the positive model: what probes 575-582 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a controlled medicine's pickup, a pill pack started on a set day, a twelve-step inventory, an advocate at a police station and a new baby", () => {
    expect(found('Your controlled med Rx is ready. Must be picked up in person w/ photo ID, no early fills.')).toContain('medication');
    expect(found('Your 3 packs are ready - remember to start the new pack on Sunday like usual!')).toContain('medication');
    expect(found("We're on for 2pm Thurs. Bring the step 4 inventory you've been working on.")).toContain('SUD');
    expect(found('Just confirming I can meet you at the police station tomorrow at 10 like we planned.')).toContain('SDV');
    expect(found('Congrats on your little one from all of us! Join our free class Weds at 10am.')).toContain('PREGNANT');
  });

  it("vouches for a street's name between its house number and its suffix, but not a count before a doctor's name", () => {
    expect(found('Reminder: Tue 3/11 at 9:40 AM, 2750 Bayshore Palms Dr, Ste 200. Reply C to confirm.')).toEqual([]);
    expect(found('Your 12 Heart Scans Dr. Lee ordered are booked.')).toContain('unvetted');
    expect(found('Hi po Ate Joy! Reminder lang po, appt nyo bukas 2:30pm. Salamat po!', 'tl')).toEqual([]);
  });
});

describe('the positive model: what probes 583-590 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a mental wellness center by its name and its link, a child's space maintainer, a hearing aid fitting, balance therapy, a recovery chip, a relative who stopped eating and a random workplace test", () => {
    expect(found('Location: 88 Harrison Ave, Boston.\n\nBoston Chinatown Mental Wellness Center')).toContain('MH');
    expect(found('Pay here: https://www.chinatownmentalwellness.org/billpay')).toContain('unvetted');
    expect(found("Tue 10am is to re-cement his space maintainer that came loose. Bring the piece!")).toContain('procedure');
    expect(found('Appt tomorrow 9:00 AM. Pls bring your devices and a family member you talk with often.')).toContain('procedure');
    expect(found('So proud of you - 3 laps around the gym today without grabbing the rail!!')).toContain('procedure');
    expect(found('Your 30 day chip is ready at the front desk!! So proud of you.')).toContain('SUD');
    expect(found("Dr. Lau got your message that your husband hasn't left the house or eaten much in 2 weeks.")).toContain('diagnosis');
    expect(found("Your employer's random pool selected you today. Report within 2 hrs for collection.")).toContain('procedure');
  });

  it('vouches for Chinese and Korean notices\' everyday words, but not good news about results', () => {
    expect(found('周小姐，您4月11日(周五)下午2点半的预约还有效吗？请回复1确认，2改期。', 'zh')).toEqual([]);
    expect(found('检查结果有好消息', 'zh')).not.toEqual([]);
    expect(found('[KCOB 수납] 3/5 방문 코페이 $25.00 미납분이 있습니다. 감사합니다.', 'ko')).toEqual([]);
  });
});

describe('the positive model: what probes 591-598 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a term's plural as the term (a practice's 'Eating Disorders Program', 'the 3 month shots'), not a one-word term's", () => {
    expect(pluralOf('eating disorder')).toBe('eating disorders');
    expect(pluralOf('support group')).toBe('support groups');
    expect(pluralOf('sugar log diary')).toBe('sugar log diaries');
    expect(pluralOf('methadone')).toBeNull();
    expect(pluralOf('TB Program')).toBe('TB Programs');
    expect(pluralOf('hepatitis B')).toBeNull();
    expect(pluralOf('if she passes before')).toBeNull();
    expect(found('Seattle Eastside Eating Disorders Program\n1420 112th Ave NE, Bellevue')).toContain('BH');
  });

  it("reads partner services and ADAP after an HIV test, a new mother's six-week check, an eating disorder's meal times, a death expected at home, a grief camp and a child's dental sealants", () => {
    expect(found('Just an update - the health dept reached 2 of the partners you listed. Your name was not shared.')).toContain('HIV');
    expect(found('Your Georgia ADAP renewal is due 4/15. Your case manager can help.')).toContain('HIV');
    expect(found("How are you and the little one doing? Don't forget your 6-week check on 7/8 at 2pm.")).toContain('PREGNANT');
    expect(found('With the long weekend coming up, stick to your meal times even when routines change.')).toContain('BH');
    expect(found("We'll send a nurse at 7pm to sit with her overnight. If she passes before we get there, call us.")).toContain('SSP');
    expect(found("Registration is open for our free grief camp for kids. Given the loss of their dad, we'd love to save them a spot.")).toContain('BH');
    expect(found("Balance of $95.00 is due for Jaylen's sealants on 5/2.")).toContain('procedure');
  });
});

describe('the positive model: what probes 599-606 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads cancer survivorship and its bell, a trans patient's name, pronouns, hormones and voice drills, a home pregnancy test's lines, dry needling and a runner's IT band", () => {
    expect(found('Reminder - Survivorship visit Fri 3/28 at 10am w/ Dr. Hollister.')).toContain('SSP');
    expect(found("We're so proud of you for ringing the bell this year!")).toContain('SSP');
    expect(found('We updated your chart to your name Eli and he/him pronouns like you asked.')).toContain('SEX');
    expect(found('New! Same-day T & E refills via telehealth.')).toContain('SEX');
    expect(found('Your 3pm voice lesson is cancelled. Keep up with your humming drills!')).toContain('procedure');
    expect(found('Did you take the 2nd test at home this morning? If it still shows 2 lines, let us know.')).toContain('PREGNANT');
    expect(found('Appt Type: DRY NEEDLING F/U (30 min) | Mon 3/3 4:30 PM')).toContain('procedure');
    expect(found('No big mileage jumps while the IT band settles down. Foam roll tonight!')).toContain('procedure');
    expect(found('It will band together nicely.')).toEqual([]);
  });
});

describe('the positive model: what probes 607-614 let through (thirty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a nurse-midwife's credential, a lap band's adjustment and revision, a foster child's first visit and a blood pressure medicine in Spanish without accents", () => {
    expect(found('Your appointment with Hannah Reyes, CNM is Mon 5/5 at 1:30 PM.')).toContain('PREGNANT');
    expect(found('Confirmed for Tue 6/17 11:00 AM - revision consult (band to sleeve).')).toContain('procedure');
    expect(found('Just checking in after we loosened your band - are you able to keep down soft foods now?')).toContain('procedure');
    expect(found('Confirmed: Foster Care Health Visit - 72-hour exam. Please bring the placement letter.')).toContain('SSP');
    expect(found('Como se ha sentido con la medicina nueva para la presion? Acuerdese de tomarla todos los dias.', 'es')).toContain('medication');
    expect(found('Free blood pressure checks for everyone this Saturday!')).toEqual([]);
  });
});

describe('the positive model: what probes 615-622 let through (thirty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a bladder test's warning, a urogynecology practice's name, a hemophilia center's pharmacy and a work accommodation for bad days", () => {
    expect(found('Please bring a change of clothes & a pad to your test Monday - some patients leak a little during it.')).toContain('diagnosis');
    expect(found('Omaha Heartland Urogynecology & Pelvic Health: reminder of your appt Wed 4/2 at 10:00 AM.')).toContain('SSP');
    expect(found("Your $15 HTC pharmacy copay for this month's factor is due. Pay at pickup.")).toContain('medication');
    expect(found('The letter for your job (extra rest breaks and a seat near the restroom on bad days) is ready in your portal.')).toContain('diagnosis');
    expect(found('Due to a roof leak during the storm our office is closed today.')).toEqual([]);
    expect(found('The lab is on the 2nd floor, next to the restrooms.')).toEqual([]);
  });

  it('reads "result in" after a modal as a consequence, a code of capitals and digits as a code, and a texting footer beside a results notice', () => {
    expect(found('We missed you today. Repeated no-shows may result in a $25 fee.')).toEqual([]);
    expect(found('Your results may be off. Missed appointments may result in a delay.')).toContain('unvetted');
    expect(found('Patient portal: sign up at https://portal.example.org with code 7KQ2-PD.')).toEqual([]);
    expect(found('Your code is 7kq2-PD.')).toContain('unvetted');
    expect(found('Take it at 10AM-PD.')).toContain('unvetted');
    expect(found('Your lab results from 3/24 are now in the portal. Reply HELP for help, STOP to opt out.')).toEqual([]);
    expect(found('Your lab results from 3/24 look stable. Reply STOP to opt out.')).toContain('unvetted');
  });
});

describe('the positive model: what probes 623-630 let through (thirty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a wound's dressing and off-loading, multiple sclerosis by its initials before a follow-up, a hospice's words to the family and statement, and a counselor's offer if home is not safe", () => {
    expect(found('Remember: change the foam dressing every 3 days & keep your heel off the mattress.')).toContain('procedure');
    expect(found('Good news - our hyperbaric suite now has a 3rd chamber, so you can switch to evening dive times.')).toContain('SSP');
    expect(found('Dr. Raman had to cancel clinic Fri 4/25. Your MS follow-up is moved to Mon 4/28 at 10:20.')).toContain('diagnosis');
    expect(found('Reminder, Hollis will be there Wed 8am to help your mom with her shower and change the bed linens.')).toContain('procedure');
    expect(found('03/02-03/04  Continuous Home Care (CHC), 58 hrs. Billed to Medicare Part A.')).toContain('SSP');
    expect(found('Your sister asked us to let you know the doctors think Mary has only days left.')).toContain('diagnosis');
    expect(found('Tasha will be there by 3 to do the pronouncement and call the funeral home with you.')).toContain('diagnosis');
    expect(found("Just following up on what we talked about. If you ever don't feel safe at home, call or text me anytime.")).toContain('SDV');
    expect(found('Join us at her baby shower Saturday!')).toEqual([]);
    expect(found('Dr. Lee is out Friday for a family funeral; your visit moves to Monday.')).toEqual([]);
    expect(found('Cross Bronx Podiatry & Wound Care: reminder of your appt Tue 3/11 at 10:15 AM.')).not.toContain('SSP');
  });

  it("reads psychiatry by video in one word, a child's ADHD rating forms and an early refill after a theft", () => {
    expect(found('Tulsa Green Country TelePsychiatry: reminder - your appointment is Thu 3/12 at 9:00 AM.')).toContain('PSY');
    expect(found("Please bring the Vanderbilt rating forms from Eli's teacher to the visit.")).toContain('diagnosis');
    expect(found('Dr. Whitehorse approved an early refill since your meds were stolen. Bring the police report.')).toContain('medication');
  });
});

describe('Ukrainian (thirty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = unvettedIn('uk');

  it("vouches for a reminder, a payment, a portal notice and a doctor's surname in Ukrainian, with or without the language given", () => {
    expect(unvetted('Нагадуємо про прийом завтра о 11:30 у лікаря Ткаченка. Якщо не можете прийти, напишіть НІ.')).toEqual([]);
    expect(unvetted('Дякуємо, ваш платіж $30.00 отримано. Залишок: $0.00.')).toEqual([]);
    expect(unvetted('Пані Ковальчук, ваші результати готові в порталі пацієнта.')).toEqual([]);
    expect(found('Нагадуємо про прийом завтра о 11:30 у лікаря Ткаченка.')).toEqual([]);
  });

  it('finds HIV and AIDS by their Ukrainian acronyms as whole words or with a case ending, not the words they begin ("вільний", "сніданок"); the same for Russian', () => {
    expect(found('Ваш тест на ВІЛ готовий.', 'uk')).toContain('HIV');
    expect(found('Брошура про профілактику СНІДу.', 'uk')).toContain('HIV');
    expect(found('Є вільні місця, сніданок о 8:00.', 'uk')).not.toContain('HIV');
    expect(found('Ваш анализ на ВИЧ готов.', 'ru')).toContain('HIV');
    expect(found('Спидометр в машине сломался.', 'ru')).not.toContain('HIV');
  });

  it('reads care, results judged and a psychiatrist in Ukrainian as findings, and doubts the words of the body', () => {
    expect(found('Нагадуємо про прийом у психіатра в пʼятницю о 15:00.', 'uk')).toContain('PSY');
    expect(found('Ваші аналізи в нормі, все добре.', 'uk')).toContain('test_result');
    expect(found('Гарні новини щодо ваших результатів!', 'uk')).toContain('test_result');
    expect(found('Вітаємо з вагітністю! Перший прийом у четвер.', 'uk')).toContain('PREGNANT');
    for (const word of ['серце', 'таблетки', 'лікування', 'діабет', 'депресія']) expect(unvetted(`Ваш прийом: ${word}.`), word).toContain(word);
  });

  it("reads a word typed with ', ’, ` or ʼ for its apostrophe as one word (thirty-fourth session): a Friday vouched, a memory club found", () => {
    for (const mark of ["'", '’', '`', 'ʼ']) {
      expect(unvetted(`Нагадуємо про прийом у п${mark}ятницю о 10:00.`), mark).toEqual([]);
      expect(found(`Вашого батька записано до клубу пам${mark}яті на четвер.`, 'uk'), mark).toContain('SSP');
    }
    expect(unvetted("Don't forget: your visit is on Friday at 10.")).toEqual([]);
  });
});

describe('the positive model: what probes 631-638 let through (thirty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a transplant medicine by brand, a concussion's return to school and sport, a child refusing school and a reaction to an allergy shot", () => {
    expect(found('Good news - your copay assistance card for Envarsus XR has been approved.')).toContain('medication');
    expect(found('Per Dr. Raman, Isaiah can go back to school half days starting Monday. No gym or running at recess.')).toContain('procedure');
    expect(found("Camila's athletic trainer note is ready: no contact and no heading the ball for 2 more wks.")).toContain('procedure');
    expect(found('Just checking how Caleb did going back to school this week. Is he still refusing to go in the mornings?')).toContain('MH');
    expect(found('Dr. Okafor wants to talk about your reaction after the last shot before you come in again.')).toContain('procedure');
    expect(found('The office is open half days on Saturdays.')).toEqual([]);
    expect(found('Go to the nurse station if you need directions.')).toEqual([]);
  });

  it("vouches for a birth certificate and a case manager's meeting written short, not a birth", () => {
    expect(found('Your birth certificate came in the mail here; pick it up anytime this week.')).toEqual([]);
    expect(found('Reminder: case mgmt mtg w/ Tasha Greene Fri 4/4 @ 11.')).toEqual([]);
    expect(found('Congrats on the birth of your baby!')).toContain('unvetted');
  });
});

describe('the positive model: what probes 639-646 let through (thirty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a veteran's triggers and therapy homework, couples counseling's tools, a psychiatric intake by its code, and a household's tuberculosis", () => {
    expect(found('Since you said the fireworks set you off last year, we saved you a yard sign.')).toContain('MH');
    expect(found('Proud of you for telling your wife about what happened over there. Keep writing in the journal.')).toContain('MH');
    expect(found('Reminder - couples weekend intake tmrw at 10. Each of you should finish the relationship questionnaire.')).toContain('MH');
    expect(found('See you tmrw for your 90791 intake w/ Dr Okafor, 9am. Plan on 90 min.')).toContain('MH');
    expect(found('Since someone in your home has TB, you need a TB test too.')).toContain('diagnosis');
    expect(found('Your confirmation number is 90834.')).toEqual([]);
    expect(found('Your balance of $90791.00 is due.')).toEqual([]);
  });

  it("reads hereditary cancer testing by its family and its variant, a partner invited to be tested, and a social worker's and a new baby's words in Spanish", () => {
    expect(found("Your daughters don't need to be tested until they're 25. Call me with any questions!")).toContain('GDIS');
    expect(found('We only need to test you for the one spot she carries. That is a single-site test.')).toContain('GDIS');
    expect(found('Checking in after yesterday. I know those results were a lot to take in.')).toContain('GDIS');
    expect(found('Feel free to bring your partner too if they want to get tested at the same time.')).toContain('STD');
    expect(found('La trabajadora social quiere hablar con usted. ¿Está en un lugar seguro para hablar?', 'es')).toContain('SDV');
    expect(found('Guarde su tarjeta en un lugar seguro.', 'es')).toEqual([]);
    expect(found('¡Felicidades por la llegada de Sofía! Recuerde llamar a Medicaid para agregar a la bebé.', 'es')).toContain('PREGNANT');
    expect(found('We know the new portal is a lot to take in - here is a short video.')).not.toContain('GDIS');
  });
});

describe('the positive model: what probes 647-654 let through as visit_followup (thirty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a recovery medallion, fainting on a parent's video, the health department following up a test and a random collection's instruction", () => {
    expect(found('Your 90-day medallion is waiting for you at the front desk. So proud of you!')).toContain('SUD');
    expect(found('Thx for sending the video of Ruby passing out at cheer. Dr Q wants to move her appt up.')).toContain('diagnosis');
    expect(found('The Dept of Public Health may reach out to you about your recent test. Please take their call.')).toContain('STD');
    expect(found("Your employer scheduled a random collection for you today. Please don't use the restroom before you get here.")).toContain('SUD');
    expect(found('We will be passing out free sunscreen at the fair.')).toEqual([]);
    expect(found('Your NC Medicaid Medallion card is on file.')).toEqual([]);
    expect(found('Boozhoo! Your visit is Tue at 10. Miigwech.')).toEqual([]);
  });
});

describe('the positive model: what probes 655-662 let through (thirty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a counselor's check after dark thoughts, a memory patient's unit and wandering, and a memory program's name", () => {
    expect(found('Checking that you are safe today. If the bad thoughts come back call or text 988 any time.')).toContain('MH');
    expect(found("Per today's meeting we'll move your mom to the secured wing since she's been trying to leave.")).toContain('diagnosis');
    expect(found('Your mom kept asking for your dad and tried the side door twice. We redirected her w/ music.')).toContain('diagnosis');
    expect(found('Omaha Midlands Adult Day & Memory Program: reminder for Mon 6/2 at 8:30 AM.')).toContain('SSP');
    expect(found('Our secure wing of the parking garage is closed today.')).toEqual([]);
  });
});

describe('Russian and Ukrainian stock lines (thirty-fourth session)', () => {
  const unvetted = unvettedIn();

  it('vouches for the sign-off "stay healthy", a pickup and a results notice that name nothing, the visit summary in the portal and a survey\'s thanks', () => {
    for (const text of [
      'Спасибо, что выбрали нашу клинику. Будьте здоровы!',
      'Ваше лекарство готово, заберите его в аптеке на Oak St до 19:00.',
      'Результаты вашего обследования готовы в личном кабинете.',
      'Рекомендации врача доступны в личном кабинете с завтрашнего дня.',
      'Заполните короткую анкету: ваше мнение помогает нам работать лучше.',
      'Дякуємо за візит. Будьте здорові!',
      'Ваші ліки готові, заберіть їх в аптеці до 18:00.',
      'Результати обстеження готові у вашому кабінеті пацієнта.',
    ]) expect(unvetted(text), text).toEqual([]);
  });

  it('still doubts the same words said of the patient: feeling better, a medicine for blood pressure', () => {
    expect(unvetted('Вам стало лучше после нового лекарства?')).toEqual(expect.arrayContaining(['лучше', 'лекарства']));
    expect(unvetted('Ваше лекарство от давления готово.')).toContain('давления');
    expect(unvetted('Чи вам стало краще після ліків?')).toEqual(expect.arrayContaining(['ліків']));
  });
});

describe('Russian and Ukrainian campaigns (thirty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a campaign's month of awareness as its topic, addressed to everyone, and a patient's own check the same words name as a finding", () => {
    expect(found('Дорогие пациенты! Ноябрь — месяц осведомлённости о диабете. Приглашаем всех желающих на бесплатную лекцию.', 'ru')).toEqual([]);
    expect(found('Ваш следующий приём через месяц, проверим диабет.', 'ru')).toContain('diagnosis');
    expect(found('Ваш анализ на диабет готов.', 'ru')).toContain('diagnosis');
  });
});

describe('the positive model: what probes 663-670 let through (thirty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = unvettedIn();

  it('reads a Lyme test and clinic by name, a tick sent to the lab, a long COVID crash, a baby\'s kicks and a hand\'s restrictions after surgery', () => {
    expect(found('Dr. Okafor sent you a message about your Western blot in the portal.')).toContain('procedure');
    expect(found('Reminder: your appt is in the Neuro-Lyme Clinic, Tue 11am.')).toContain('diagnosis');
    expect(found('We got the tick you dropped off and sent it to the lab. Results in about a week.')).toContain('procedure');
    expect(found("This week's goal is 2 full days without a nap & no crash. Proud of u!")).toContain('diagnosis');
    expect(found("Just checking in: how's the little one's kicking been since Friday?")).toContain('PREGNANT');
    expect(found("It's fine to start using the hand for light stuff like typing, but no gripping yet.")).toContain('procedure');
  });

  it('lets a tick campaign, Lyme awareness month and a Chinese reminder with its branch and unsubscribe code pass', () => {
    expect(found('April is Lyme Disease Awareness Month. Free tick checks for everyone at the fair.')).toEqual([]);
    expect(unvetted('【BCWOB】提醒您后天上午9:00在总院有预约。如需改期请回复2。回TD退订', )).toEqual([]);
    expect(unvetted('您在我院药房的药品已备好，请到一楼药房窗口领取。')).toEqual([]);
    expect(unvetted('Нагадуємо про відеовізит. Щоб під\'єднатися, натисніть посилання.')).toEqual([]);
    expect(unvetted('Итоги визита и рекомендации врача доступны в личном кабинете.')).toEqual([]);
  });
});

describe('Arabic health words, Ramadan campaigns and a Haitian Creole results notice (thirty-fourth session)', () => {
  const unvetted = unvettedIn();
  const unvettedAr = unvettedIn('ar');

  it('vouches for a sign-off wishing health in Arabic, a Ramadan campaign\'s fasting and its line to everyone who takes medicines, and a results notice for a child in Haitian Creole', () => {
    expect(unvettedAr('دمتم بصحة وعافية، فريق العيادة')).toEqual([]);
    expect(unvettedAr('رمضان كريم! ساعات العيادة خلال شهر رمضان: 8 صباحاً - 4 عصراً. إذا كنت تتناول أدوية، تحدث مع طبيبك قبل الصيام.')).toEqual([]);
    expect(unvettedIn('ht')('Gen yon nouvo rezilta pou pitit ou nan pòtal pasyan an. Pou pwoteje vi prive w, nou pa mete rezilta nan imèl.')).toEqual([]);
    expect(unvetted('Dr. Lindqvist has reviewed your recent results. Please call 919-555-0100 (option 3) or check the patient portal.')).toEqual([]);
  });

  it('still doubts a patient\'s own state, a medicine held before a test and a result judged', () => {
    expect(unvettedAr('حالتك الصحية مستقرة')).toEqual(['حالتك الصحية مستقرة']);
    expect(unvettedAr('تذكير: لا تتناول أدوية الضغط قبل الفحص غداً.')).toEqual(expect.arrayContaining(['الضغط', 'الفحص']));
    expect(unvetted('Please keep fasting until your blood draw at 8.')).toContain('fasting');
    expect(unvettedIn('ht')('Rezilta pitit ou a pa bon.')).toContain('bon');
  });
});

describe('the positive model: what probes 671-678 let through (thirty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = unvettedIn();

  it("reads a sleep study's night and preparation, a CPAP machine's check-in, tinnitus, hearing aids by their batteries and brand, a balance clinic and a recovery house's meeting sheet", () => {
    expect(found("Reminder for Thursday night: please don't nap during the day. Check in at 8pm.")).toContain('procedure');
    expect(found("We had to cancel tonight's overnight because our tech called out sick.")).toContain('procedure');
    expect(found('Bring the SD card from the back of your device to your machine check-in.')).toContain('procedure');
    expect(found('Is the ringing any quieter since you started the sound machine?')).toContain('diagnosis');
    expect(found('Your little batteries (size 13, orange tab) came in.')).toContain('diagnosis');
    expect(found('Your Lyric device is due for replacement.')).toContain('diagnosis');
    expect(found('Any more falls since your visit? If the room starts spinning again call us.')).toContain('diagnosis');
    expect(found('Department: OSAB Balance & Vestibular Center')).toContain('diagnosis');
    expect(found('Bring your meeting sheet signed (3 meetings this wk).')).toContain('SUD');
  });

  it('does not vouch for a misspelling of an ordinary word when the words after it complete a term of care ("heraing aid"), and still does elsewhere', () => {
    expect(unvetted('Confirmed for ur heraing aid fiting Mon 4/28 2pm.')).toContain('heraing');
    expect(unvetted('The court heraing is Monday, so we moved your visit.')).toEqual([]);
    expect(unvetted('Reminder: your apointment is tomorow at 10.')).toEqual([]);
  });

  it('lets Somali greetings, a note for a professor and a balance due pass', () => {
    expect(unvetted('Salaan Abdullahi! Your appointment is confirmed for Wed 3/26. Mahadsanid')).toEqual([]);
    expect(unvetted('Your visit verification for your professor is ready in the portal.')).toEqual([]);
    expect(found('Your balance is $40. The phone kept ringing, sorry we missed you.')).toEqual([]);
  });
});

describe('Russian written in Latin letters (thirty-fourth session)', () => {
  const unvetted = unvettedIn();

  it('vouches for a reminder, a pickup and a bill typed in Russian transliteration, detected as Russian without a language given', () => {
    expect(unvetted("Zdravstvuyte! Napominaem o vashem prieme zavtra v 10:30 u dr. Ivanovoy. Otvet'te DA dlya podtverzhdeniya.")).toEqual([]);
    expect(unvetted('Zdravstvuyte! Vash recept gotov, mozhno zabrat v apteke Ocean Pharmacy.')).toEqual([]);
  });

  it('still doubts care, tests and pregnancy typed the same way', () => {
    expect(unvetted('Vash analiz na VICh gotov')).toEqual(expect.arrayContaining(['analiz']));
    expect(unvetted('Vy beremenny? Pozvonite nam.')).toContain('beremenny');
  });
});

describe("a schedule's range of weekdays (thirty-fourth session)", () => {
  const unvetted = unvettedIn();

  it('vouches for "M-Sat" and "M-Th" as "Tu-Sat" and "M-F", not a term split by a dash', () => {
    expect(unvetted('Your prescription is ready at Golden Gate Pharmacy. Hours M-Sat 9-7.')).toEqual([]);
    expect(unvetted('Walk-in hours M-Th 8-6 at our clinic.')).toEqual([]);
    expect(unvetted('Your A-1c came back.')).toContain('A-1c');
  });
});

describe('the positive model: what probes 679-686 let through (thirty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = unvettedIn();

  it("reads a check that the patient is safe at home in Arabic and Spanish, an allergy test in Vietnamese, a postpartum check, an autism clinic's tips and a bariatric practice's link", () => {
    expect(found('كيف الأمور في البيت؟ نريد فقط أن نتأكد أنك في أمان.', 'ar')).toContain('SDV');
    expect(found('La trabajadora social la quiere ver sobre lo que usted le contó de su esposo y la situación en la casa.', 'es')).toContain('SDV');
    expect(found('Bảo hiểm đã từ chối chi trả xét nghiệm dị ứng của bé Tâm.', 'vi')).toContain('procedure');
    expect(found('Reminder: 6 wk check tomorrow 2:30 w Karin. Feel free to bring baby!')).toContain('PREGNANT');
    expect(found('Give a 5-minute warning with the visual timer, and keep offering one new food texture next to his safe foods.')).toContain('BH');
    expect(unvetted('Your autopay did not go through. Please update your card at https://lakenonabariatric.com/pay')).toEqual(['lakenonabariatric']);
    expect(found('Ur hearing aides are back from the manufacturer, pick up anytime M-Th.')).toContain('diagnosis');
  });

  it("doubts a specialty under a clinician's name in a signature, and still reads a new provider announced to everyone", () => {
    expect(unvetted('Just a reminder about your appointment on Wednesday at 2 PM.\n\nMarcus Oyelaran, MD\nBoard Certified, Rheumatology')).toContain('Rheumatology');
    expect(unvetted('Cedar Prairie welcomes Priya Raman, MD, board-certified in allergy & immunology. She is accepting new patients.')).toEqual([]);
  });
});

describe('South Asian greetings, a Spanish results notice and a child\'s medicines in Chinese (thirty-fourth session)', () => {
  const unvetted = unvettedIn();

  it('vouches for greetings and thanks in English notices, "only by the portal or by phone" in a results notice, medicines ready with no drug named', () => {
    expect(unvetted('Adaab! This is a reminder for your appointment on Friday 7/11 at 11:00 AM. Dhanyavaad!')).toEqual([]);
    expect(unvetted('Dr. Cho has reviewed your recent results. Please log into the portal to see her note.')).toEqual([]);
    expect(unvetted('Sus resultados están listos. Por su privacidad, solo los damos por el portal o por teléfono.')).toEqual([]);
    expect(unvetted('您孩子的藥物已可在 Hilltop Pharmacy 領取。')).toEqual([]);
  });

  it('still doubts what a results notice says of the results, and a drug allergy', () => {
    expect(unvetted('Sus resultados están listos. Solo malas noticias.')).toEqual(['malas noticias']);
    expect(unvetted('您的药物过敏记录')).not.toEqual([]);
  });
});

describe('the positive model: what probes 687-694 let through (thirty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const unvetted = unvettedIn();

  it("reads a hospital stay and its discharge, a memory patient wandering, a dental bridge, a methadone clinic's missed doses, an opioid treatment link, incontinence supplies, an ostomy bag in Spanish and a wound nurse's credential", () => {
    expect(found('Dr. K is sorry to hear Frank was admitted to UPMC Presby last night. We want to see him within 7 days after discharge.')).toContain('procedure');
    expect(found('Since you mentioned that Abe has started wandering outside at night, register him with Safe Return.')).toContain('diagnosis');
    expect(found('Got your voicemail about your mom not recognizing you last night.')).toContain('diagnosis');
    expect(found('Your 2nd payment of $400 for the upper bridge (#3-5) is due 11/1.')).toContain('procedure');
    expect(found('U missed 2 days in a row, if u miss a 3rd we have to restart u at a lower amount.')).toContain('OPIOIDUD');
    expect(unvetted('Questions? frontdesk@abqopioidtreatment.org')).toEqual(['abqopioidtreatment']);
    expect(found("Your copay for this month's underpads delivery is $18.75.")).toContain('procedure');
    expect(found('Si la bolsa se despega antes de que ella llegue, vacíela.', 'es')).toContain('procedure');
    expect(found('Reminder: appt Tue 4/8 at 3 PM with Maribel Ortega, RN, CWOCN.')).toContain('SSP');
  });

  it("reads a department named with its group as the patient's unit, not a campaign's audience, and lets a bridge on a map pass", () => {
    expect(found('Cita 2/7 10:15am - Depto: SALUD MENTAL ADULTOS - Prov: THEN, MARISOL LMHC.', 'es')).toContain('MH');
    expect(found('Free mental health screenings for adults and teens this Saturday, everyone welcome.')).toEqual([]);
    expect(found('Take the Bridge St exit; the Golden Gate Bridge is closed.')).toEqual([]);
  });
});

describe('a Vietnamese dental practice and a Polish emergency footer (thirty-fourth session)', () => {
  it('vouches for "nha khoa" (dental) as en.txt vouches "dental", not "khoa" alone, and for "w nagłych przypadkach"', () => {
    expect(unvettedIn('vi')('Nha khoa: Tai khoan cua quy vi con so du $42.00.')).toEqual([]);
    expect(unvettedIn('vi')('Khoa tâm thần: lịch hẹn thứ Ba')).toContain('Khoa');
    expect(unvettedIn('pl')('Prosimy nie odpowiadać na tę wiadomość. W nagłych przypadkach dzwoń pod 911.')).toEqual([]);
  });
});

describe('the positive model: what probes 695-702 let through (thirty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a glaucoma patient's drops by bottle and cap, a trauma therapist's reassurance, home dialysis supplies and a dialysis shift in Spanish", () => {
    expect(found("Dr. Chan wants you to bring in all the bottles of drops you're using. Don't put in the yellow cap one the morning of your visit.")).toContain('diagnosis');
    expect(found("Bring the drawings we talked about, and remember you don't have to talk about that night until you're ready.")).toContain('MH');
    expect(found("Remember you don't have to share anything you're not ready to. Thursday is just to meet Nadia.")).toContain('MH');
    expect(found('Your boxes from Baxter arrive Thurs b/w 8-12. Pls make room in the closet.')).toContain('procedure');
    expect(found('Por el día festivo no hay turno en la máquina el sábado. No falte, ya lleva dos sin venir.', 'es')).toContain('procedure');
    expect(found('Our eye drops aisle moved: the pharmacy is now by the entrance.')).not.toContain('diagnosis');
  });
});

describe('what probes 663 and 666 let through with their names in the bundle (thirty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a tick sent in, a Lyme panel and a child wetting the bed in Haitian Creole', () => {
    expect(found('The results from the tick you sent in are back. Please call to review.')).toContain('procedure');
    expect(found("Your plan didn't cover the specialty Lyme panel sent out on 1/9.")).toContain('procedure');
    expect(found('Doktè a mande si Kervens toujou ap mouye kabann nan chak nwit.', 'ht')).toContain('diagnosis');
  });
});

describe('a Russian or Ukrainian testing campaign in capitals (thirty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads an acronym in capitals as the campaign\'s topic, not a person\'s name, and a free test as a campaign\'s', () => {
    expect(found('Безкоштовне тестування на ВІЛ для всіх охочих у суботу.', 'uk')).toEqual([]);
    expect(found('Бесплатное тестирование на ВИЧ для всех желающих.', 'ru')).toEqual([]);
    expect(found('Бесплатный тест на гепатит для всех желающих.', 'ru')).toEqual([]);
    expect(found('Ваш анализ на ВИЧ готов.', 'ru')).toContain('HIV');
    expect(found('Ваш тест на гепатит готов.', 'ru')).toContain('diagnosis');
    expect(found('Марина, тестування на ВІЛ у четвер для вас.', 'uk')).toContain('HIV');
  });
});

describe('Russian typed in Latin letters: a doctor\'s title written short and the soft sign (thirty-fifth session)', () => {
  it('vouches for "u d-ra" and the surname after it, and for a word with its soft sign typed as an apostrophe', () => {
    expect(unvettedIn('ru')('Vash priem u d-ra Ivanova 12 marta v 10:00.')).toEqual([]);
    expect(unvettedIn('ru')("Pozhaluysta, voz'mite s soboy strakhovku. Otvet'te DA dlya podtverzhdeniya.")).toEqual([]);
    expect(unvettedIn('en')('Your appointment with D-Ra Smith')).not.toEqual([]);
  });

  it('reads any word of the Russian lists in the spellings staff type, not a word of care, a result or one kept out', () => {
    expect(unvettedIn('ru')("BBFP: ofis zakryt v ponedel'nik 26 maya. Srochnye voprosy: 718-555-0142.")).toEqual([]);
    expect(unvettedIn('ru')('Spravka dlya shkoly gotova. Oplata $20.00 poluchena, spasibo! Opros zaimet 2 minuty.')).toEqual([]);
    expect(unvettedIn('ru')('Vash retsept gotov v apteke.')).toEqual([]);
    expect(unvettedIn('ru')('Vash rezultat analiza gotov, u vas vysokoe davlenie.')).toEqual(expect.arrayContaining(['analiza', 'vysokoe davlenie']));
    expect(unvettedIn('ru')("Ne zabud'te vzyat' lekarstva i sdat' mochu natoshchak.")).toEqual(expect.arrayContaining(['lekarstva', 'mochu natoshchak']));
    expect(unvettedIn('ru')('Priem u kardiologa v pyatnitsu.')).toEqual(['kardiologa']);
  });

  it('gives a Cyrillic word and its Latin spellings one key', () => {
    for (const [cyrillic, latin] of [['срочные', 'srochnye'], ['счёт', 'schet'], ['счёт', 'shchyot'], ['объявление', "ob'yavlenie"], ['пожалуйста', 'pozhaluista'], ['пожалуйста', 'pozhalujsta'], ['рецепт', 'recept'], ['хорошо', 'khorosho'], ['ещё', 'yeshche']] as const) {
      expect(latinKey(latin)).toBe(cyrillicKey(cyrillic));
    }
    expect(latinKey('Mariя')).toBe('');
  });

  it('still doubts a split word and a care word beside the title', () => {
    expect(labels(positive.classifyText('Vash priem u d-ra Ivanova: H I V 12 marta.', 'ru'))).toContain('HIV');
    expect(unvettedIn('ru')("Vash priem u d-ra Ivanova, voz'mite analizy krovi.")).not.toEqual([]);
  });
});

describe('the positive model: what probes 703-710 let through (thirty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a heart test written short in a Russian bill, a memory clinic's room, an older patient's confusion late in the day and a podiatrist's callus care", () => {
    expect(found('BBFP: остаток по счёту за ЭхоКГ от 14.03 — $85.00.', 'ru')).toContain('procedure');
    expect(found('Напоминаем о визите 6 мая в 10:20 в кабинет памяти к д-ру Коваленко.', 'ru')).toContain('SSP');
    expect(found("Reminder for Mr. Zilberman's appt Mon. Since he gets confused in the afternoons, please come with him.")).toContain('diagnosis');
    expect(found('Hi Harold, time for your routine nail & callus care with Dr. Kettering! Fri 10/10 @ 1pm.')).toContain('diagnosis');
  });

  it('does not read Russian "от" (from) as a credential after a word it cannot vouch for', () => {
    expect(unvettedIn('ru')('Остаток по счёту за ЭКГ от 14.03.')).toContain('ЭКГ');
    expect(unvettedIn('ru')('Запись к Анне Ивановой, MD в пятницу.')).toEqual([]);
    expect(found('Кто придёт за ребёнком в пятницу?', 'ru')).not.toContain('procedure');
  });
});

describe('the positive model: what probes 711-718 let through (thirty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a child wetting the bed in Vietnamese, a program for expecting mothers, a child's focus medicine, a dental bridge cemented and a social worker's call when it is safe", () => {
    expect(found('Chào chị, BS. Trần muốn biết bé Ngọc còn tè dầm ban đêm không sau khi dùng chuông báo tè dầm?', 'vi')).toContain('diagnosis');
    expect(found('Chuong trinh Me Bau cua phong kham tang Chi goi qua cho be va lop hoc cho con bu mien phi.', 'vi')).toContain('PREGNANT');
    expect(found("Reminder that the medicine Aaliyah takes to help her focus at school can't be refilled by phone.")).toContain('BH');
    expect(found("Since we're cementing the temporary bridge Monday, skip sticky or chewy foods for the first day after.")).toContain('procedure');
    expect(found('La trabajadora social quiere hablar con usted. Llámenos cuando sea seguro hablar: 973-555-0160.', 'es')).toContain('SDV');
  });

  it('lets the same words pass where they say nothing of care', () => {
    expect(found('Focus at school starts with a good breakfast! Free breakfast for all students.')).toEqual([]);
    expect(found('Llame cuando esté segura de la fecha de su cita.', 'es')).not.toContain('SDV');
  });
});

describe('notice words probes 703-718 doubted (thirty-fifth session)', () => {
  it("vouches for a receipt's number, a nurse's credential, Cuban Spanish and Cantonese notice words and a flu season's advice", () => {
    expect(labels(positive.classifyText('Receipt #LH-20931 Date: 04/02/2025 Amount paid: $175.00'))).toEqual([]);
    expect(labels(positive.classifyText('Your LH-12.4 came back today'))).toContain('lab_value');
    expect(unvettedIn('en')('Your appt on 4/2 at 2:30pm with Fernanda Lopes, APN has been cancelled.')).toEqual([]);
    expect(unvettedIn('es')('Le queda un saldito de $58.20. Si no puede venir, avísenos para evitar el cargo por cancelación tardía.')).toEqual([]);
    expect(unvettedIn('zh-Hant')('BCEE：你嘅處方已經送到金門藥房，可以直接去拎。')).toEqual([]);
    expect(unvettedIn('en')('Wash your hands often and avoid touching your eyes, nose and mouth.')).toEqual([]);
    expect(unvettedIn('en')('Any swelling around your eyes, nose and mouth?')).not.toEqual([]);
    expect(unvettedIn('zh-Hans')('您的孕期检查在周二。')).toContain('孕');
  });
});

describe('the positive model: what probes 719-725 let through (thirty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a heart monitor worn at home, a stress test's and a colonoscopy's preparation, a dental bridge in Vietnamese and a shelter's information", () => {
    expect(found('Please keep the stickers and the little recorder on until Friday morning, then drop the box at the front desk. No showering with it on!')).toContain('procedure');
    expect(found("Don't forget Tue 8AM. Skip breakfast & no coffee, tea, chocolate or soda after midnight. Wear comfy walking shoes & a loose top.")).toContain('procedure');
    expect(found("For tomorrow morning: nothing to eat after a light lunch today, start the 1st bottle at 6pm and the 2nd at 4am. You can't drive after.")).toContain('procedure');
    expect(found('Nhac anh Son lich lay dau rang lam cau rang su luc 3 gio chieu Thu Ba 25/11 voi BS Huong nha.', 'vi')).toContain('procedure');
    expect(found('Ya tengo la información del albergue que platicamos. Si no es seguro hablar, responda con 👍 y le marco después.', 'es')).toContain('SDV');
  });

  it('lets the same words pass in a walk, a cafe and a date', () => {
    expect(found('Walk with us! Wear comfy walking shoes and bring water. Free for everyone.')).toEqual([]);
    expect(found('Coffee, tea, chocolate or soda? Our cafe has them all.')).not.toContain('procedure');
    expect(found('Your appt is on the 2nd at 4pm.')).toEqual([]);
  });
});

describe("a practice's Korean name written without its space (thirty-fifth session)", () => {
  it('vouches for "올림픽내과" when the bundle vets "올림픽 내과", and not for another clinic run together', () => {
    const korean = createClassifier({ positive: true, vetted: ['올림픽 내과'] });
    const doubted = (text: string): string[] => words(text, korean.classifyText(text, 'ko'), 'unvetted');
    expect(doubted('[올림픽내과] 내일 오후 2시 예약이 있습니다.')).toEqual([]);
    expect(doubted('[올림픽 내과] 내일 오후 2시 예약이 있습니다.')).toEqual([]);
    expect(doubted('[올림픽정신과] 내일 오후 2시 예약이 있습니다.')).not.toEqual([]);
  });
});

describe("an English street's name in Arabic letters (thirty-fifth session)", () => {
  it('vouches for the words right before the street word, and still finds a term of care there', () => {
    expect(unvettedIn('ar')('موعدك يوم الثلاثاء الساعة ١٠ صباحا في ٢٢ ماجنوليا أفينيو.')).toEqual([]);
    expect(unvettedIn('ar')('العنوان: ١٢٠ كرست ماجنوليا أفينيو')).toEqual([]);
    expect(labels(positive.classifyText('موعدك في عيادة السكري أفينيو', 'ar'))).toContain('diagnosis');
  });
});

describe('the positive model: what probes 727-733 let through (thirty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads an outreach worker's text after a hard day, a skin cancer's scraping and a dialysis patient's hematocrit", () => {
    expect(found("Hi Dom, Marcus here. I know Friday was rough. Crisis line is (844) 555-0199 anytime, and I'm around Mon. You're not alone.")).toContain('BH');
    expect(found('Reminder 4 tmrw 2pm - ED&C L temple w/ Dr Sato, Ste 410. Reply C to confirm.')).toContain('procedure');
    expect(found('Lab called - ur crit was 26, pls come to the unit early tmrw.')).toContain('lab_value');
  });

  it('lets a crisis line given to everyone and a form named "crit" pass', () => {
    expect(found('Free for everyone: the county crisis line is 844-555-0199, open 24/7.')).toEqual([]);
    expect(found('Please bring the crit form to the front desk.')).not.toContain('lab_value');
  });
});

describe('Somali, a covered language from the thirty-fifth session', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('vouches for a reminder, a bill and a pickup with no medicine named, read by their stems and suffixes', () => {
    expect(unvettedIn('so')('Salaan Xaliimo, waxaan ku xusuusinaynaa ballantaada Dr. Jama ee berri, Talaado, saacadda 10:30 subaxnimo.')).toEqual([]);
    expect(unvettedIn('so')('Mahadsanid, lacag bixintaadii $25.00 waa la helay.')).toEqual([]);
    expect(unvettedIn('so')('Dawadaada waa diyaar Walgreens ee Cedar Ave. Keen aqoonsi sawir leh.')).toEqual([]);
    expect(unvettedIn('so')('Fadlan soo wac sida aad u awoodo.')).toEqual([]);
  });

  it('finds care in Somali words, and reads "sida" as AIDS outside the phrases where it is "as"', () => {
    expect(found('Natiijada baaritaanka HIV-gaaga waa diyaar.', 'so')).toContain('HIV');
    expect(found('Ballantaada daawada sonkorta waa Isniin.', 'so')).toContain('medication');
    expect(found('Ma qaadataa qaadka?', 'so')).toContain('SUD');
    expect(found('Tu prueba de SIDA está lista.', 'es')).toContain('HIV');
  });

  it('reads a campaign to everyone as general, and a sentence with "your" suffixed as the patient\'s', () => {
    expect(found('Tallaalka hargabka oo bilaash ah ayaa diyaar u ah qof kasta oo bulshada ka mid ah.', 'so')).toEqual([]);
    expect(unvettedIn('so')('Tallaalka hargabkaaga waa Isniin.')).not.toEqual([]);
  });
});

describe('a refugee clinic\'s program for survivors of torture (thirty-fifth session, probe 734)', () => {
  it('is a finding of mental health', () => {
    expect(labels(positive.classifyText('The lady from the program for people who went through torture will call you this week. It\'s private and free.'))).toContain('MH');
  });
});

describe('a given name before a value with decimals (thirty-fifth session, probe 475 re-run)', () => {
  it('is not vouched as a name there, and stays one before a time', () => {
    expect(unvettedIn('ru')('Vashi analizy gotovy. Sahar 9.8, nado povtorit.')).toContain('Sahar');
    expect(unvettedIn('en')('Hi Sahar, your appt is at 9.30 tomorrow.')).toEqual([]);
  });
});

describe('the positive model: what probes 735-742 let through as visit_followup (thirty-fifth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads a counselor's next talk about home and a CPAP's use that insurance requires", () => {
    expect(found("Ms. Reyes can see you Tuesday at 3 to keep talking about what's been going on at home. If you ever don't feel safe, call 216-555-0100.")).toContain('SDV');
    expect(found("Your insurance needs 4+ hrs a night on 70% of nights to keep covering the machine. You're at 52% so far.")).toContain('procedure');
  });

  it('reads fat freezing\'s follow-up photos and a CPAP coach\'s reminder, as the re-run found them', () => {
    expect(found('Hey Tara! Your CoolSculpting follow-up photos are due, and as a thank-you your next area is $200 off.')).toContain('procedure');
    expect(found('Did the machine get delivered ok? Remember to wear it every night, at least 4 hrs - insurance checks the usage. Call if the mask bugs you.')).toContain('procedure');
  });

  it("reads a therapist's homework in Spanish (probe 743)", () => {
    expect(found('Hola Yesenia, soy Alondra. Qué gusto verla más tranquila hoy. No olvide su tarea: escribir 3 cosas buenas cada noche.')).toContain('BH');
  });

  it('vouches for Somali notice words a blind probe doubted', () => {
    expect(unvettedIn('so')('Asc Sahra, dalabkaagu waa diyaar. Waxaad leedahay lacag dhiman oo ah $62.40. Ka eeg boortaalka.')).toEqual([]);
  });
});

describe('the positive model: what probes 751-758 let through (thirty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a baby almost here and a year without drinking, in Spanish', () => {
    expect(found('Hola Sra. Rocío! Ya casi llega el bebé 🎉 su cita de la semana 36 es el lunes 11am con la Dra. Ochoa.', 'es')).toContain('PREGNANT');
    expect(found('Felicidades Sra. Parra, hoy cumple 1 año sin tomar! 🎉 La esperamos el lunes con Ramiro como siempre.', 'es')).toContain('SUD');
  });

  it("reads the baby's movements asked after in Spanish, once a Somali name no longer held the text back (probe 547 re-run)", () => {
    expect(found('Hola Lupita, soy Fartun de SEAHC. ¿Cómo ha sentido al bebé, se mueve bien? Recuerde que la próxima cita es en 2 semanas.', 'es')).toContain('PREGNANT');
  });

  it('lets a hurricane notice and a turn at the front desk pass', () => {
    expect(found('Tenga su maleta lista por si acaso tiene que evacuar por el huracán.', 'es')).not.toContain('PREGNANT');
    expect(found('No se vaya sin tomar su turno en la recepción.', 'es')).toEqual([]);
  });
});

describe('the positive model: what probes 759-766 let through (thirty-fifth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads an allergy practice's shots, home care, a food reaction and an asthma plan's zones, and a buprenorphine count and relapse outreach", () => {
    expect(found('Confirmed: Penelope - ALLERGY SHOT BUILD-UP, Mon 4/7 3:00 PM, APAA Arlington.')).not.toEqual([]);
    expect(found("Please stay the full 30 minutes after Zoe's shots today, even if she feels fine.")).toContain('procedure');
    expect(found('Keep the cat out of his bedroom. Use zippered covers on his pillow and mattress.')).toContain('diagnosis');
    expect(found('The school nurse called - Eli had another reaction at lunch today. Please call us.')).toContain('diagnosis');
    expect(found("Sadie's green zone medicine is every day even when she feels fine. Call us if she's in the yellow zone more than 2x a week.")).toContain('diagnosis');
    expect(found("Your 28 days are up Friday - please come in before then so you don't run out. Bring whatever you have left so we can count it.")).toContain('medication');
    expect(found("Rough weekend? Whatever happened, the door's open. Come by Mon and we'll get you restarted.")).toContain('BH');
  });

  it('lets a flu shot clinic, tickets and a store pass', () => {
    expect(found('Flu shots: wait 15 minutes after your shot in the lobby.')).toEqual([]);
    expect(found('Our store: check the ingredients on every label!')).toEqual([]);
  });
});

describe('the positive model: what probes 767-774 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a specialty's department of the practice, an operation's report, a therapist's home exercises and a home test's result", () => {
    expect(found('CSMO: reminder, your appt at the Spine Center (2nd fl) is Tue 9/10 at 10am w/ Dr. Raman.')).not.toEqual([]);
    expect(found('Your operative report and discharge instructions from 6/20 are now available.')).toContain('procedure');
    expect(found('Hi! quick reminder from Sam - do ur quad sets & heel slides 2x today')).toContain('procedure');
    expect(found('Did you get a chance to pick up the test from the pharmacy? Take it first thing in the morning and text us the result.')).toContain('procedure');
  });

  it("still vouches for a practice named for its specialty", () => {
    expect(found('Your appt at Mile High Sports & Spine is Tue 9/10 at 10am.')).toEqual([]);
    expect(found('Thanks for choosing Mile High Sports & Spine Center! See you Tue.')).toEqual([]);
  });

  it('reads the Ryan White program in Haitian Creole, and blood sugar measured each morning in Vietnamese without tones', () => {
    expect(found('Li lè pou renouvle elijiblite Ryan White ou (chak 6 mwa).', 'ht')).toContain('HIV');
    expect(found('BS dan co nho do duong moi sang truoc khi an va ghi vao so.', 'vi')).toContain('diagnosis');
  });

  it('reads a Somali campaign whose topic comes before the condition, and still reads the patient\'s own test', () => {
    expect(found('Toddobaadkan waa toddobaadka wacyigelinta qaaxada (TB). Qof kasta wuxuu heli karaa baaritaan bilaash ah.', 'so')).toEqual([]);
    expect(found('Baaritaanka qaaxada ee ilmahaaga waa Isniinta.', 'so')).toContain('diagnosis');
  });

  it('reads a Haitian Creole campaign whose topic comes before the term, and still reads the patient\'s own test', () => {
    expect(found('Fè tès VIH gratis pou Jounen Nasyonal Tès VIH, 27 jen! Tout moun byenveni.', 'ht')).toEqual([]);
    expect(found('Ou gen randevou pou tès VIH ou madi.', 'ht')).toContain('HIV');
  });

  it("lets Somali words one letter from a term pass (take, a child's car seat), and a Haitian results notice's file and account", () => {
    expect(unvettedIn('so')('Qof kasta oo ka weyn 6 bilood waa inuu qaato. Hubinta kursiga carruurta ee baabuurka, bilaash.')).toEqual([]);
    expect(unvettedIn('ht')('Dokte w la mete rezilta nan dosye w sou pòtal la. Si w pa gen kont pòtal, rele nou.')).toEqual([]);
  });
});

describe('the positive model: what probes 775-782 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a teacher's forms on a child's focus, harm reduction's advice, a random count, a cold cap, a round of treatment and a wider excision", () => {
    expect(found("Reminder: Dylan's appt Mon 4pm. Please have his teacher fill out the papers about how he focuses and behaves in class.")).toContain('BH');
    expect(found('Para la cita de Santiago traiga por favor los papeles que llenó la maestra sobre cómo se porta y pone atención en clase.', 'es')).toContain('BH');
    expect(found("Remember: if you use again, don't use alone, go slow, and keep the kit we gave you on you.")).toContain('SUD');
    expect(found("Reminder - bring ALL your medication bottles tomorrow, we'll be doing a random count.")).toContain('SUD');
    expect(found("Congrats Jay, you earned your Saturday take-home! Starting 4/5 you'll pick up Friday for Fri + Sat.")).toContain('SUD');
    expect(found('Please bring your cold cap and cooler, and arrive 45 minutes early so we can fit it before we start.')).toContain('procedure');
    expect(found('Hi Tanya! See you tmrw 8am for round 5 💪 Only 1 more after this!')).toContain('procedure');
    expect(found('Dr. Okafor got the report back and needs to take a little more skin around the area - nothing urgent.')).toContain('procedure');
    expect(found("Your husband's collection kit is at the front desk.")).toContain('procedure');
  });

  it('does not read an English text as Portuguese on an acronym and a surname ("Your CA-125 is back. Dr. Vega will go over it")', () => {
    expect(unvettedIn()('Your CA-125 is back and it\'s down from last time!! Dr. Vega will go over it at your visit Thurs.')).toContain('CA');
  });
});

describe("a campaign's claim before the sentence that addresses everyone (thirty-sixth session, probe 778)", () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it('lets "Hepatitis C is curable!" open a campaign to every adult', () => {
    expect(found('KRFM: Hepatitis C is curable! The CDC recommends every adult get tested at least once. Reply STOP to opt out.')).toEqual([]);
  });

  it("still reads the claim when the patient's visit or results follow, or when it is the patient's", () => {
    expect(found('Hepatitis C is curable. See you Friday for your visit.')).toContain('diagnosis');
    expect(found('Hepatitis B is common. Your results are ready.')).toContain('diagnosis');
    expect(found('Your hepatitis C is curable, call us.')).toContain('diagnosis');
  });

  it('lets a results notice say its details are not sent by text', () => {
    expect(found("New results were added to your portal. For your privacy, details aren't sent by text.")).toEqual([]);
  });
});

describe('the positive model: what probes 783-790 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("doubts a practice's domain that names its care in a word no list holds alone", () => {
    expect(unvettedIn()('EBHR: Appt Thu 6/5 at 10 AM w/ Dr. Oduya. Directions & parking: edgehillrecovery.org/visit')).toEqual(['edgehillrecovery']);
    expect(unvettedIn()('Appt Thu. Directions: oakrehab.com')).toEqual(['oakrehab']);
    expect(unvettedIn()('Pay at https://pay.lakesidefamily.com')).toEqual([]);
  });

  it("reads an acronym of care before a visit's word as the visit's reason, not a credential after the provider's name", () => {
    expect(unvettedIn()('KFPIH appt tmrw 2:40p w/ Dr Bautista - DM f/u. C to confirm')).toEqual(['DM']);
    expect(unvettedIn()('Appt tmrw w/ Dr Bautista - HTN recheck.')).toEqual(['HTN recheck']);
    expect(unvettedIn()('Your appt is Tue 3pm - Kevin Oduya, DPM')).toEqual([]);
  });

  it("reads a check that the patient is safe, and a social worker's visit about what happened at home", () => {
    expect(found("Hi Leila, this is Dr. Saleh's office. Just checking that you're safe today. If you need to talk, call or text 988 anytime.")).toContain('BH');
    expect(found('Mañana 9am es la cita de Ximena con la trabajadora social por lo que pasó en casa. Puede venir sola, es confidencial.', 'es')).toContain('SDV');
  });

  it('lets a results notice name the provider who reviewed them with a credential', () => {
    expect(found('Hi Ashley, Natalia Bondar FNP has reviewed your recent results. Please log in to your portal to see her note.')).toEqual([]);
  });
});

describe('the positive model: what probes 791-798 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a pregnancy lost, asked after in Spanish', () => {
    expect(found('Hola Marisol, soy Carmen de la clínica. ¿Cómo se ha sentido desde que perdió al bebé? La doctora quiere verla en 2 semanas.', 'es')).toContain('PREGNANT');
  });

  it("doubts an acronym of care in a link's path, not a short slug", () => {
    expect(unvettedIn()('EWFC: Please complete your pre-visit questionnaire before Thursday: eastlandwfc.com/forms/new-ob-intake')).toEqual(['ob']);
    expect(unvettedIn()('Pay here: eastlandwfc.com/pay/s/abc')).toEqual([]);
  });
});

describe('a provider who wants to discuss results, in Russian and Ukrainian (thirty-sixth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it('reads the talk whatever stands between the verb and "you", and a request to call back', () => {
    expect(found('Результаты ваших анализов готовы, врач хочет обсудить их с вами.')).toContain('test_result');
    expect(found('Ваши анализы пришли, кое-что нужно обсудить. Позвоните нам.')).toContain('test_result');
    expect(found('Ваши анализы пришли, врач просит перезвонить.')).toContain('test_result');
    expect(found('Ваші аналізи прийшли, лікар просить передзвонити.')).toContain('test_result');
  });

  it('lets the same talk pass as a condition, and a call back about a booking', () => {
    expect(found('Если врачу нужно обсудить результаты, мы позвоним.')).toEqual([]);
    expect(found('Врач просит перезвонить насчёт записи.')).toEqual([]);
  });
});

describe('a provider who wants to see the patient after results, in Vietnamese and Chinese (thirty-sixth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it('reads it after results are named, with or without tones', () => {
    expect(found('Kết quả xét nghiệm của anh đã có, bác sĩ muốn gặp anh sớm.')).toContain('test_result');
    expect(found('Ket qua xet nghiem da co, bac si muon gap chi.')).toContain('test_result');
    expect(found('您的化验结果出来了，医生想尽快见您。')).toContain('test_result');
  });

  it('lets a visit the doctor wants pass when no results are named', () => {
    expect(found('Bác sĩ muốn gặp anh vào thứ Hai để khám định kỳ.')).toEqual([]);
  });
});

describe('the positive model: what probes 799-806 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a partner asked to get tested, an eating disorder's snack and check-in, and a child's vaccines by age in Spanish", () => {
    expect(found('Hi Tyrese, checking in — were you able to talk to your partner about getting tested too? We can see them here, no cost.')).toContain('STD');
    expect(found('Just checking in, were you able to get your partner to come in for testing like we talked about?')).toContain('STD');
    expect(found("Proud of you today. Remember to eat your afternoon snack even if you don't feel like it, and send me your check-in after dinner.")).toContain('BH');
    expect(found('Recordatorio - la cita de Mateo para sus shots de los 12 meses es el lunes a las 4pm.', 'es')).toContain('procedure');
  });

  it("lets an eye clinic's optical shop pass", () => {
    expect(unvettedIn()('Your new glasses are ready at UVKEC Optical.')).toEqual([]);
  });
});

describe('the positive model: what probes 807-814 let through (thirty-sixth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads a child's seizures in everyday words and a note on how far along a pregnancy is", () => {
    expect(found('Quick note from Dr. V - since Ruby had a spell last week, no baths alone until we talk.')).toContain('diagnosis');
    expect(found("Dr. Volkova wants you to write down every time Eli zones out or stares and doesn't answer you.")).toContain('diagnosis');
    expect(found('The WIC office needs a note from us saying how far along you are. I left it at the front desk.')).toContain('PREGNANT');
  });

  it('doubts a patient asked to come in about results, in the long sentence after them too', () => {
    expect(unvettedIn()('Your results are in. Dr. Acevedo would like you to come in as soon as possible to go over them, please call us today at 413-555-0142.')).toContain('come');
  });

  it('lets results that came in, and an offer of a printed copy, pass', () => {
    expect(found('Your results have come in. Log in to see them.')).toEqual([]);
    expect(found('Your results are ready. If you would like a printed copy of them, stop by the front desk or call us at 555-0100.')).toEqual([]);
    expect(found('Your lab results are ready in the portal. You can view them anytime from your phone or computer, and print them if you need a copy for your records.')).toEqual([]);
  });
});

describe('the positive model: what probes 815-822 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a trans health clinic named in Spanish, and a toddler's speech seen by a therapist", () => {
    expect(found('Le recordamos su cita en la Clínica de Salud Trans de MWTH el martes 16 de abril a las 4:00 pm.', 'es')).toContain('SEX');
    expect(found("Sra. Paulino, la doctora dice que Dilan todavía no dice palabras, pero quiere que la muchacha del habla lo vea.", 'es')).toContain('procedure');
  });

  it("lets an Egyptian Arabizi balance pass though 'rased' is one letter from a term", () => {
    expect(unvettedIn('ar-Latn')('Marhaba, 3indak rased $60 3ala 7sabak. Fik tedfa3 online aw ettesel 3a 714-555-0162. Shukran')).toEqual([]);
  });
});

describe('the positive model: what probes 823-830 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a 3D mammogram by its brand, imaging results told as pictures, an urge to drink and a film dose in Spanish', () => {
    expect(found('Your Genius 3D exam is Mon 4/14 at 7:30 AM, Eastside office.')).toContain('procedure');
    expect(found('Dr. Raman asked me to let you know your pictures look good and nothing has changed since last year.')).toContain('procedure');
    expect(found('Don Eduardo, sabemos que las fiestas pueden ser pesadas. Si le entran ganas de tomar, llame a Rosa.', 'es')).toContain('SUD');
    expect(found('Le manda decir el Dr. Ibarra que ya puede bajar a 2 tiras diarias a partir del lunes.', 'es')).toContain('medication');
  });

  it('lets Haitian given names staff sign with pass', () => {
    expect(unvettedIn('ht')('Mèsi, Guerline ak Kervens nan resepsyon an.')).toEqual([]);
  });
});

describe("a Haitian social worker's text after what happened at home (thirty-sixth session, probe 518 re-run)", () => {
  it('is read once its names no longer hold it back', () => {
    expect(labels(positive.classifyText('Bonjou Dieula, se Guerline. Travayè sosyal la ap chèche kote pou w rete ak timoun yo apre sa ki te pase lakay ou a. Efase mesaj sa a si w bezwen.', 'ht'))).toContain('SDV');
  });
});

describe('the positive model: what probes 831-838 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a blood pressure asked after in Spanish, another state's counselor license, bladder training and a safety check", () => {
    expect(found('Hola Sr. Ramos, ¿cómo sigue de la presión? El doctor pidió que se la tome todos los días y nos mande los números.', 'es')).toContain('diagnosis');
    expect(found('Recordatorio: su cita con Lorena Vega, LISAC, es el martes a las 2pm.', 'es')).toContain('SUD');
    expect(found('As we talked about, try going to the bathroom every 2 hours by the clock, and do your squeezes when you feel a sudden urge.')).toContain('diagnosis');
    expect(found('Hi Lina, this is Reem, the social worker from the clinic. Just checking that you and the kids are safe.')).toContain('BH');
  });
});

describe('Somali "comes", whose ending is "your"\'s (thirty-sixth session, a held-in campaign)', () => {
  it('does not tie a campaign for everyone who comes to the patient', () => {
    expect(labels(positive.classifyText('Toddobaadka caafimaadka bulshada: cabbiraadda dhiig-karka bilaash ah qof kasta oo yimaada, Arbacada 10-2.', 'so'))).toEqual([]);
    expect(labels(positive.classifyText('Cabbiraadda dhiig-karkaaga waa Arbacada.', 'so'))).toContain('diagnosis');
  });
});

describe('the positive model: what probes 839-846 let through (thirty-sixth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads a screening a child did not pass, a therapist's check-in, trauma work, a couples session, hearing aids and a transfer board", () => {
    expect(found("Reminder - Amara's hearing and vision re-screen is tomorrow 9am since she didn't pass at her checkup.")).toContain('procedure');
    expect(found('Hi Jordan, checking in after last night. Dr. Feldstein can see you Friday at 9.')).toContain('BH');
    expect(found('Sofia will be on maternity leave, so your trauma work will continue with Dana Whitfield.')).toContain('BH');
    expect(found('He said your girlfriend is welcome to join since you wanted to talk about the jealousy stuff.')).toContain('BH');
    expect(found('Please bring both devices, the charger and the little cleaning brush so she can adjust your volume settings.')).toContain('procedure');
    expect(found("We'll have the wheelchair-accessible room and transfer board ready.")).toContain('diagnosis');
  });

  it("doubts a counseling practice's domain, and lets a crisis line offered to anyone pass", () => {
    expect(unvettedIn()('Reminder: appt Mon 12/2 at 10am w/ Marcus. Confirm or reschedule: https://spokanevalleycounseling.com/appt/88KQ2')).toEqual(['spokanevalleycounseling']);
    expect(found('In a crisis, anyone can call or text 988 anytime, free.')).toEqual([]);
  });
});

describe('the positive model: what probes 847-854 let through (thirty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a sobriety milestone, an early refill refused, partners notified, a tilt table test, a teen's visit about her boyfriend and an older parent's dementia", () => {
    expect(found('hi its Marcus. 90 days today!! so proud of u. keep going')).toContain('SUD');
    expect(found("Just a reminder we can't refill early again. Next pickup is Fri.")).toContain('SUD');
    expect(found('Your partners were notified anonymously as you requested. Your name was not shared.')).toContain('STD');
    expect(found("You're confirmed for your tilt table test Mon 5/12 at 8am.")).toContain('procedure');
    expect(found('Tu cita para hablar de lo que pasó con tu novio es mañana 4pm. Si no te sientes segura llama al 816-555-0161.', 'es')).toContain('SDV');
    expect(found('Is your dad still getting up at night and trying to go outside? Dr. Pham said the door alarm should help.')).toContain('diagnosis');
    expect(found('How did the first week at the adult day center go for Leonard? Is he still asking for his mother in the evenings?')).toContain('diagnosis');
  });
});

describe("a campaign's claims about a condition, said of no one (thirty-seventh session, probes 855-862)", () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));
  const mailing = (line: string): string =>
    `Dear Friends and Neighbors,\n\nMay is a good month to think about your health.\n\n${line}\n\nThe Riverside Family Practice team\n\nUnsubscribe: riversidefp.example/unsubscribe`;

  it('reads how many a condition affects, what raises its risk, what it causes, that it can be prevented or is an emergency', () => {
    expect(found('May is National Arthritis Awareness Month. Arthritis affects more than 50 million adults in the US.')).toEqual([]);
    expect(found('Summer safety tips for everyone. Too much sun raises the risk of skin cancer later in life.')).toEqual([]);
    expect(found('Free Eat Well workshops for everyone in the community who wants to lower their risk of diabetes and heart disease.')).toEqual([]);
    expect(found('January is Cervical Health Awareness Month, a good time to learn how cervical cancer can be prevented.')).toEqual([]);
    expect(found('Heat tips for everyone: Heat stroke is an emergency. Call 911.')).toEqual([]);
    expect(found('February is American Heart Month. Heart disease is the leading cause of death for adults in the U.S.')).toEqual([]);
    expect(found('Which vaccines do adults need?\n- Shingles (Shingrix): 2 doses for adults 50 and older\n- Pneumonia: for adults 65 and older')).toEqual([]);
  });

  it("keeps the same claims doubted when they are the patient's", () => {
    expect(found('Dr. Lee says your arthritis affects more than 3 joints.')).toContain('diagnosis');
    expect(found('Your hepatitis can lead to liver cancer if untreated.')).toContain('diagnosis');
    expect(found('Your tests raise the risk of skin cancer.')).toContain('diagnosis');
    expect(found('Your shingles: 2 doses of the cream every day.')).toContain('diagnosis');
    // "u" still ties a sentence to the patient where it is no "U.S."
    expect(found('Hi Tom, u still need ur colonoscopy prep Tuesday.')).toContain('procedure');
  });

  it("vouches for a newsletter's ordinary words in advice and in sentences with a count, not in one with a date", () => {
    expect(unvettedIn('en')(mailing('Tell your provider about any lump or new pain.'))).toEqual([]);
    expect(unvettedIn('en')(mailing('Chest pressure or pain spreading to the arm or jaw needs a 911 call.'))).toEqual([]);
    expect(unvettedIn('en')(mailing('Whether or not you have joint pain, these habits help keep joints healthy.'))).toEqual([]);
    expect(unvettedIn('en')(mailing('The cast comes off 5/3.'))).toContain('cast');
    expect(unvettedIn('en')(mailing("P.S. Your son's cast comes off soon."))).toContain('cast');
  });
});

describe('the positive model: what probes 855-862 let through (thirty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a childbirth class's pillow in Spanish, a back class, a scoliosis check, a grounding trick, 988 after a talk, pills for sleep and a patch's strength", () => {
    expect(found('PWFM: Recuerde que su clase de Mamás Saludables es el miércoles a las 6pm. ¡Traiga su almohada y a su pareja si puede!', 'es')).toContain('procedure');
    expect(found('LOSM: See you Tues 6pm for Back School! Classroom B, Harbor Dr. Bring a yoga mat.')).toContain('procedure');
    expect(found("Reminder Hazel's visit Thurs 1:30 w/ Dr. Lund. Pls have her wear a tank top. Bring the forward-bend pics.")).toContain('procedure');
    expect(found('Proud of you for Tuesday. Remember the 5-4-3-2-1 trick when it gets bad in class.')).toContain('BH');
    expect(found("Just checking you're still ok after our talk Fri. Remember you can text 988 anytime.")).toContain('BH');
    expect(found('Did u get a chance to call the crisis line?')).toContain('BH');
    expect(found("Dr. Okafor ok'd going back to 2 tabs at night for sleep.")).toContain('medication');
    expect(found('Dr. Howard upped ur patch to the next strength, new Rx at CVS.')).toContain('medication');
    expect(found('Ur scale data didnt come thru the last 3 days.')).toContain('procedure');
    expect(found('Dr. Carrasco faxed the note to Lincoln Elementary so Ben can use the restroom whenever he needs.')).toContain('diagnosis');
    expect(found('Giấy giới thiệu đi khám BS chuyên thận của chú đã gửi rồi.', 'vi')).toContain('diagnosis');
  });

  it('lets the same words pass where they reveal nothing', () => {
    expect(found('Back-to-school vaccine clinic for everyone this Saturday!')).toEqual([]);
    expect(found('Remember to bring your insurance card to your visit Tuesday.')).toEqual([]);
    // a results notice's question and choice, a crane and Stockton Street in a Chinatown clinic's reminder
    expect(unvettedIn('en')('New results are in your portal. Why can I see results before my provider calls? If you would rather talk them over with a nurse, call us.')).toEqual([]);
    expect(unvettedIn('zh')('GCCH提醒：您在金鶴社區健康中心的預約是11月20日上午9:40，唐人街診所（士得頓街1128號）。')).toEqual([]);
  });
});

describe('the positive model: what probes 863-870 let through (thirty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a sedated treatment's ride and fast, a pen taught at the visit, a light box, a couples session, meal support, a safety plan, a baby turned and home-visit programs", () => {
    expect(found('Reminder for tmrw 8am: someone needs to drive you home, and plan to stay w/ us about 2 hrs after. No food 2 hrs before.')).toContain('procedure');
    expect(found('MBD: reminder to bring ur pens from the fridge to Thurs appt so Nurse Amy can watch u do the 1st one.')).toContain('procedure');
    expect(found('Reminder: light box appts M/W/F 7:45am this wk w/ Amy. Goggles provided.')).toContain('procedure');
    expect(found("u r all set for thurs 4pm w/ Dana. bring ur husband if he can make it, we'll keep working on the communication stuff")).toContain('BH');
    expect(found('Just a reminder to finish the whole plate at dinner & the evening snack even on busy days.')).toContain('MH');
    expect(found('Proud of u for reaching out last night. Keep using the plan we made & remember the 3 people on ur list.')).toContain('BH');
    expect(found("Your referral to Dr. Hollis at Catalina Neuropsychology was sent. They'll call you to schedule your testing.")).toContain('BH');
    expect(found('Dr Ramsey wanted me to tell u baby flipped head down!! No need for the version appt Fri')).toContain('PREGNANT');
    expect(found("Hi Ms Simmons, its Carla ur community health worker w/ Healthy Start. Still on for the home visit Thurs?")).toContain('PREGNANT');
    expect(found("Reminder - Keisha from our Healthy Moms program will visit your home Wed 9/18 between 10-12.")).toContain('PREGNANT');
    expect(found('Acuérdese de traer el cuaderno con las lecturas de la presión de toda la semana pa la cita del martes.', 'es')).toContain('diagnosis');
  });

  it("lets a campaign's 'whether you' and a terse reminder's shorthand pass", () => {
    expect(found('The Great American Smokeout is Thursday. Whether you smoke, chew, vape or dip, free help to quit is open to everyone.')).toEqual([]);
    expect(found('NRHC rmndr: appt 1/9 10:00a w/ Dr Aho. call 2185550142 to chg. STOP=stop')).toEqual([]);
    expect(found("Hi it's Maria from billing. Your insurance sent back a claim because of an address mismatch.")).toEqual([]);
    expect(unvettedIn('ko')('폭염주의보! 어르신들은 한낮 외출 자제하시고 물 자주 드세요.')).toEqual([]);
    expect(found("FFC: Raple – egzamen Pap ou vandredi 11:00 AM ak Dr. Morales. Pa fè dous 2 jou anvan.", 'ht')).toContain('procedure');
    expect(found('I spoke with the HOPWA housing team and they can see you next week for your intake.')).toContain('HIV');
    expect(found("Dr. Boyd says ur partner can get the same meds free here - just tell the front desk it's EPT under ur name.")).toContain('STD');
  });
});

describe('the positive model: what probes 871-878 let through (thirty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a provider who asks to talk after results, grounding skills, a drug screen, daily treatments, PrEP days and a child asthma', () => {
    expect(unvettedIn('en')('GMP: Your results are ready in the portal. Dr. Rao would like to talk w/ u before Fri, pls call to set up a time.')).toContain('talk');
    expect(found('hi Maya, Jess here - so glad the grounding skills helped this wk. same time wed?')).toContain('BH');
    expect(found("Your employer-requested collection is Tue 7:30 AM. Don't drink a lot of water beforehand. Bring the chain of custody form.")).toContain('procedure');
    expect(found("Hi Jamal, ur employer's random pick came up - pls report to our Doraville clinic by 3pm today for collection.")).toContain('procedure');
    expect(found('Hi Mr. Ferris, reminder ur daily appts continue next wk at 7:15am, lower level.')).toContain('procedure');
    expect(found('Missing 1 day is ok. If you miss more than that you need 7 days in a row to be fully protected again.')).toContain('HIV');
    expect(found("Great work - no night wakings this month! Let's try cutting the purple one to once a day.")).toContain('diagnosis');
  });

  it("lets a results notice's offer, Somali dates, towns, a walking group and a pilgrimage's tips pass", () => {
    expect(unvettedIn('en')('Your results are ready in the portal. If you would like to talk with a nurse, call us.')).toEqual([]);
    expect(unvettedIn('so')('CRCC: Asc Xamse, ballantaadu waa Talaado 16ka April 2:00 galabnimo, dabaqa 2aad.')).toEqual([]);
    expect(unvettedIn('en')('SUC: pls arrive 15 min early for ur 9:00 AM appt tomorrow at our Chamblee clinic.')).toEqual([]);
    expect(unvettedIn('en')('Join our free walking group every Sat 9am at Riverbend Park. All ages welcome.')).toEqual([]);
    expect(unvettedIn('en')('Traveling for Hajj or Umrah? Everyone making the trip needs the ACWY vaccine.')).toEqual([]);
  });
});

describe('the positive model: what probes 879-886 let through (thirty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads recovery care in a peer coach's words, a patch's dreams, an allergy shot room, a moms' circle, palliative medicine on a bill and a homebound father", () => {
    expect(found("hey it's Luis, ur peer coach. saw u missed tues, no judgment. wanna grab coffee thurs?")).toContain('SUD');
    expect(found('Hi it\'s Dr. Okafor. Clean screen again, nice work. See u in 2 wks')).toContain('SUD');
    expect(found('Hey its Luis. Meeting list for this week: Tues 7pm St Andrews basement, Thurs noon Serenity Club.')).toContain('SUD');
    expect(found("Reminder the 1 yr chip ceremony is fri at 6, we saved u a seat up front!")).toContain('SUD');
    expect(found('pls bring ur empty film wrappers to every visit from now on.')).toContain('SUD');
    expect(found('yes u can take the patch off at bedtime if the dreams r bad, just put a new one on in the morning.')).toContain('medication');
    expect(found('FRAA: Reminder - shots Tues! Shot room open 7:30-11:30 & 1-5:30, no appt needed. Bring your pen!')).toContain('procedure');
    expect(found('Hey Kim! See u at moms circle Thurs 6:30, Room B. Bring baby if u want.')).toContain('PREGNANT');
    expect(found('Service: Advance care planning discussion, first 30 min. Provider: Harold Feingold, MD - Palliative Medicine')).toContain('SSP');
    expect(found("Dr. Natarajan will see ur dad at home Thurs ~11am since he can't manage the stairs anymore.")).toContain('diagnosis');
  });

  it("reads a campaign's risk factors, groups and claims as everyone's, and the same words as someone's where they are", () => {
    expect(found('November is National Diabetes Month. You may be at higher risk if you:\n• Are 35 or older\n• Have family members with diabetes')).toEqual([]);
    expect(found('COVID-19 vaccines are recommended for everyone 6 months and older, including those who are pregnant.')).toEqual([]);
    expect(found('May is Mental Health Awareness Month. One in five adults lives with a mental health condition in any given year.')).toEqual([]);
    expect(found('March 24 is World TB Day. Tuberculosis (TB) can be cured, and it can also be prevented.')).toEqual([]);
    expect(found('Reminder Mon 4/14 10am. Please bring names & ages of relatives who had cancer and what type, if known.')).toContain('diagnosis');
    // a campaign's "WHEN TO CALL US" in capitals is no callus
    expect(found('Cold and flu season is here. A few reminders for everyone.\n\nWHEN TO CALL US\nCall if a baby under 3 months has a fever.')).not.toContain('diagnosis');
  });
});

describe('the positive model: what probes 887-894 let through (thirty-seventh session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads a watched number's change, a feeding visit, a held morning medicine, a cream's progress, at-risk nail care and eye tests described", () => {
    expect(found('Hi Carl, good news - that number Dr W was watchin went down from 9.1 to 7.4! Keep it up.')).toContain('test_result');
    expect(found("Olivia's feeding appt is Fri 9/13 at 11am. Pls bring a food she likes, one she refuses.")).toContain('procedure');
    expect(found("Jacob's 9am tmrw is the long testing appt. He should NOT take his morning med before.")).toContain('procedure');
    expect(found('the pics u uploaded look way less red than last time, nice!! Keep going w/ the cream twice a day.')).toContain('medication');
    expect(found('Reminder: Routine at-risk nail care w/ Dr. K Mon 9/8 10:00am. Medicare covers this every 61 days.')).toContain('procedure');
    expect(found('Its the test where u click the button when u see the little lights, takes about 45 min.')).toContain('procedure');
    expect(found('Ur $1,500 deposit for the premium lens upgrade is due by 5/2.')).toContain('procedure');
    expect(found("Pls bring the grid chart you've been checking every morning.")).toContain('procedure');
    expect(unvettedIn('en')('Good news: your referral to Orlando Endocrine Associates has been approved by your insurance.')).toEqual(['Endocrine']);
  });

  it('lets terse reminders and campaign words pass', () => {
    expect(unvettedIn('en')('CWC reminder: appt Mon 9/8 @ 9:15am w/ Grace Ng NP, 213 Elizabeth St 3fl. Reply 1 to confirm.')).toEqual([]);
    expect(unvettedIn('en')('PSEH appt remndr: Mon 6/2 @ 11a w/ Dr Morozov. Reply Y to confirm.')).toEqual([]);
    expect(unvettedIn('es')('CFH: cita mñn 8:30am Dr. Báez. Traiga tarjeta del seguro y ID.')).toEqual([]);
    // (not "sensory", which a child's therapy camp is named by)
    expect(unvettedIn('en')("Reminder: Zoe's 1st day of Sensory Motor Camp is Mon 8:30am.")).toContain('Sensory');
  });
});

describe('the positive model: what probes 895-902 let through (thirty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a teen's quit streak, a youth mental health program, exposure practice, a compulsion's check, funeral homes and results to explain in person in Chinese", () => {
    expect(found('so proud of u - 12 days!! keep the gum & the app going. txt me if u slip, no judgment')).toContain('SUD');
    expect(found("Mia's appt w/ Dr. Feld Thurs 4:30 is her intake for the Healthy Minds program.")).toContain('BH');
    expect(found('Tomorrow: 20 min in the elevator, stay till the number drops by half.')).toContain('BH');
    expect(found('nice work getting through the whole week checking the stove only once! Keep the chart going.')).toContain('BH');
    expect(found('I found 2 funeral homes that take payment plans - want me to send info before things progress?')).toContain('SSP');
    expect(found('吴先生，医生看了您的检查结果，有些地方需要跟您当面说明，请尽快回电。', 'zh')).toContain('test_result');
    expect(found('您的检查结果已出来。如果医生需要跟您说明，我们会打电话。', 'zh')).not.toContain('test_result');
  });
});

describe("a campaign's condition for anyone who reads it (thirty-eighth session, probes 855-902)", () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));
  const mailing = (line: string): string =>
    `Dear Friends and Neighbors,\n\nTick season is here, and everyone who spends time outdoors should check for ticks.\n\n${line}\n\nThe Riverside Family Practice team\n\nUnsubscribe: riversidefp.example/unsubscribe`;

  it('vouches for the signs a campaign asks anyone to call about', () => {
    expect(found(mailing('Call us if you develop a spreading rash, fever or aches within a month of a tick bite.'))).toEqual([]);
    expect(found(mailing('Call us if your child develops a rash or fever in the weeks after a tick bite.'))).toEqual([]);
    expect(found(mailing('If you have asthma, keep your inhaler close on smoky days.'))).not.toContain('diagnosis');
  });

  it("keeps a condition doubted when it is the patient's, or outside a mailing", () => {
    expect(found(mailing('Call us if your fever comes back after the tick bite.'))).not.toEqual([]);
    expect(found(mailing('If you have questions about your colonoscopy prep, call us.'))).toContain('procedure');
    expect(found('Call us if you develop a spreading rash, fever or aches within a month of the tick bite.')).not.toEqual([]);
  });
});

describe('the positive model: what probes 903-910 let through (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a bowel disease by its initials, a walk test, a prostate watched, an erection device, a community treatment team and a counselor of chemical dependency', () => {
    expect(found('PGE: Reminder of your follow-up with the IBD Center team Mon 6/16 at 11 AM.')).toContain('diagnosis');
    expect(found('Reminder for your 6-min walk test tmrw 2pm. Wear comfy shoes.')).toContain('procedure');
    expect(found('Reminder - Mon 5/12 1pm, Dr. Tull. Visit: Active Surveillance review.')).toContain('procedure');
    expect(found('Day 1 of the 6-wk program starts Mon. Keep the vacuum device use to 30 min max.')).toContain('procedure');
    expect(found('Billing: ur insurance denied the 3/3 ACT team visit. Pls call so we can resubmit.')).toContain('BH');
    expect(found('Appt 3/31 @ 1p w/ B. Osei, LICDC. Pls call if running late.')).toContain('SUD');
    // the college test is no team
    expect(found('The ACT test is Saturday morning; good luck to our teens!')).toEqual([]);
  });

  it("reads a postpartum visit in Vietnamese without tones, home oxygen's regulator, a spot the same size and what the patient averages", () => {
    expect(found('Chi Dung nho thu Sau 20/12 10g sang co hen kham sau sanh 6 tuan voi BS Ngoc nha.', 'vi')).toContain('PREGNANT');
    expect(found('Just making sure the delivery guys got everything set up ok & showed you the regulator.')).not.toEqual([]);
    expect(found('Dr. Okafor looked at the new pictures, the spot is about the same size as in Oct.')).toContain('test_result');
    expect(found("Dr. Kastner reviewed your download: you're averaging 6.5 hrs/night, awesome.")).toContain('test_result');
    // a spot in a queue, and a count of visits, are not
    expect(found('A spot opened up Tuesday at 10 AM. Reply YES to take it.')).toEqual([]);
  });

  it("reads a dose's units by its hour or its reading, in English and Spanish, not a blood drive's units", () => {
    expect(found('Sra Tijerina recuerde: 2 unidades mas en la noche si en la mañana sale arriba de 180.', 'es')).toContain('medication');
    expect(found('Remember: 4 more units at bedtime if your morning number is over 180.')).toContain('medication');
    expect(found('Our blood drive collected 40 units of blood this morning!')).not.toContain('medication');
    expect(found('2 units are still available in the Maple St building for the open house Saturday morning.')).not.toContain('medication');
  });
});

describe('the positive model: what probes 903-910 held back (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("passes a campaign's initials before Awareness, a doctor's Russian title written short, Levantine and Iraqi reminders and Arabizi", () => {
    expect(found('November is COPD Awareness Month. Free breathing checks for everyone at the front desk.')).toEqual([]);
    expect(found('Напоминание: завтра 9.30 приём у др Петровой. Вопросы 703-555-0142', 'ru')).toEqual([]);
    expect(found('تذكير من العيادة: موعد بنتك مريم يوم الاثنين الساعة ٤:٠٠ مع د. كارتر. إذا بدكم تأجلوا اتصلوا 703-555-0142', 'ar')).toEqual([]);
    expect(found('Tazkeer - 3andik maw3ad bokra el sa3a 11:30 ma3 Dr. Haddad. Law 3ayza tghayyari, kallemina 703-555-0142', 'ar-Latn')).toEqual([]);
    expect(found('Ur appt 6/10 is cancld per ur request. Call 336-555-0100 to rebook.')).toEqual([]);
  });

  it("keeps the patient's own condition doubted beside the same words", () => {
    expect(found('Your COPD follow-up is Tuesday at 3 PM.')).toContain('diagnosis');
    expect(found('Напоминание: завтра приём у др Петровой по поводу диабета.', 'ru')).not.toEqual([]);
  });
});

describe('the positive model: what probes 911-918 let through (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a count of bad days come down, a monitoring study of days, a dialysis patient's binders, rescue medicines and a patch", () => {
    expect(found("So glad the shots last wk are helping & you're down to 4 bad days this month!! Keep up the diary")).toContain('test_result');
    expect(found("Saw the video you sent of the episode. Let's get you in for the 3-day study.")).toContain('procedure');
    expect(found('Pharmacy: Your Renvela and Nephro-Vite are ready for pickup at Walgreens. Take Renvela with meals!')).toContain('medication');
    expect(found('Dr Raman says fine to fly next wk, just keep your rescue meds in your carry-on.')).toContain('medication');
    expect(found("Hey Mia! How'd the first week on the patch go? Remember new one every Sunday")).toContain('medication');
    // a balance or a count of visits come down is no one's health
    expect(found("Good news: you're down to 2 visits left on your plan this year.")).toEqual([]);
  });

  it("reads a support group's rule of confidence, and a line given before with how things are at home", () => {
    expect(found("See you Tues 6pm at Kapwa Circle, Room B. Remember, what's shared in the room stays in the room")).toContain('BH');
    expect(found("Hi it's Gloria. How are things at home? Is he still staying there? Remember the number I gave u, it's 24/7. You're not alone.")).toContain('BH');
    // the number given for a bill is no line of help
    expect(found('Hi, it is Gloria from billing. Remember the number I gave u for the payment plan: 555-0100.')).toEqual([]);
  });

  it("passes a Korean front desk's English words, a doctor by the English title and a pharmacy pickup that names no medicine", () => {
    expect(found('낼 오후 3시반 닥터 윤 예약있으세여~ 15분이상 늦으시면 리스케줄 될수있어요', 'ko')).toEqual([]);
    expect(found('[약국] 김정숙님 약 준비됐습니다. 오늘 6시 전에 오세요~', 'ko')).toEqual([]);
    expect(found('[약국] 김정숙님 우울증 약 준비됐습니다.', 'ko')).toContain('MH');
  });
});

describe('the positive model: what probes 919-926 let through (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads results a doctor has flagged, a medicine for focus, an eye patch by the hour, the bell rung after treatment and a cane left behind', () => {
    expect(found('New results have been posted to your patient portal. Dr. Brennan has flagged them for follow-up, please call the nurse line at (718) 555-0142 within 24 hours.')).not.toEqual([]);
    expect(found("Hi Arlo's mom, the school nurse can give his focus med at noon once u drop off the signed form.")).toContain('medication');
    expect(found("How's Mateo doing w/ the new glasses? Dr. wants the patch on 2 hrs a day still.")).toContain('medication');
    expect(found('Ur bell-ringing is set for Fri at 11 right after ur last one. Bring the whole family!')).toContain('procedure');
    expect(found('So glad ur walking without the cane now. Keep doing the exercises Jamie gave u.')).not.toEqual([]);
    // results reviewed and ready are no judgment
    expect(found('New results have been posted to your patient portal. Dr. Brennan has reviewed them. Log in to view.')).toEqual([]);
  });

  it('reads a check-in after a talk, with a line open day or night or a rough week the patient mentioned', () => {
    expect(found('Hi Chris, just checking how ur doing since we talked Mon. Remember u can call anytime, day or night.')).toContain('BH');
    expect(found('Hi Leon, Kim asked me to send the 988 number and the crisis text line since u mentioned a rough wk. We are here.')).toContain('BH');
    // a bill the patient mentioned is no check-in
    expect(found('Since you mentioned your balance, here is the payment link: pay.example.com')).toEqual([]);
  });
});

describe('the positive model: what probes 919-926 held back (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("passes a Polish lab's notice and a front desk's Polish, a talk offered as a condition, a footer's nearest ER", () => {
    expect(found('Wyniki z laboratorium sa dostepne w portalu pacjenta. W razie pytan prosimy o telefon: 718-555-0142.', 'pl')).toEqual([]);
    expect(found('Twoje results sa juz w portalu. Jakby byly pytania, dzwon 718-555-0142.', 'pl')).toEqual([]);
    expect(found('Zwolnil sie wczesniejszy termin u dr Raman - czw 10.04 o 9:20. Odpisz TAK w ciagu 2 godz.', 'pl')).toEqual([]);
    expect(found('New results have been added to your patient portal. If your provider wants to talk with you about your results, our office will contact you.')).toEqual([]);
    expect(found('Any instructions from today are in your portal. For emergencies, call 911 or go to the nearest ER.')).toEqual([]);
  });

  it('keeps a provider who wants to talk about the results, said as a fact, doubted', () => {
    expect(found('New results have been added to your patient portal. Your provider wants to talk with you about your results.')).not.toEqual([]);
  });
});

describe("a campaign's figures, signs, awareness and what helps anyone's body (thirty-eighth session, probes 855-926)", () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));
  const mailing = (line: string): string =>
    `Dear Friends and Neighbors,\n\nNovember is a good month for everyone to think about their health.\n\n${line}\n\nThe Riverside Family Practice team\n\nUnsubscribe: riversidefp.example/unsubscribe`;

  it('reads figures about a group with its age, its country and a word before the condition', () => {
    expect(found(mailing("About 1 in 3 adults in the United States has prediabetes, and most don't know it."))).toEqual([]);
    expect(found(mailing('About 1 in 10 people will have eczema at some point in their lives.'))).toEqual([]);
    expect(found(mailing("About 1 in 4 Americans over 65 has diabetes, and many don't know it."))).toEqual([]);
    expect(found(mailing("About 1 in 7 American adults has chronic kidney disease, and most don't know it."))).toEqual([]);
  });

  it("reads a list of signs of two conditions, awareness raised about one, and what helps or harms anyone's body", () => {
    expect(found(mailing('Know the warning signs of a heart attack and stroke: chest pressure, shortness of breath.'))).toEqual([]);
    expect(found(mailing('Every October we join women across the country to raise awareness about breast cancer.'))).toEqual([]);
    expect(found(mailing('Even a 15-minute walk after dinner helps your heart, your mood and your sleep.'))).toEqual([]);
    expect(found(mailing('Looking at the sun, even partly covered, can permanently damage your eyes in seconds.'))).toEqual([]);
  });

  it("keeps the same words doubted when they are someone's", () => {
    expect(found(mailing('About 1 in 3 adults in your family has diabetes.'))).toContain('diagnosis');
    expect(found(mailing('Your risk of heart disease and stroke is high.'))).toContain('diagnosis');
    expect(found(mailing('Dr. Lee wants to check your heart on Tuesday 5/3.'))).not.toEqual([]);
    expect(found('Even a 15-minute walk after dinner helps your heart, Dr. Lee says.')).not.toEqual([]);
  });
});

describe('the positive model: what probes 927-934 let through (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a ride on three days a week, a couple's appointment, a recovery coin, a pregnancy test's second line and family planning in Russian", () => {
    expect(found('Hi Marcus, ur transport for Mon/Wed/Fri is set. Pickup 4:45am, back home abt 10:30.')).toContain('procedure');
    expect(found('Your rides on Mondays, Wednesdays and Fridays start next week, pickup 5am.')).toContain('procedure');
    expect(found('Reminder: couples appt w/ Dr. Tran Wed 6pm. Both partners pls attend.')).toContain('BH');
    expect(found('Hi Nate, your 6-month coin is at the front desk whenever u want to grab it.')).toContain('SUD');
    expect(found("So glad the second line showed up! Let's get u in by 8 weeks. Congrats!!")).toContain('PREGNANT');
    expect(found('Напоминаем о приеме в кабинете планирования семьи, пт 12.04 в 14:00.', 'ru')).toContain('SEX');
    // an office's days and a shuttle for everyone are no one's rides
    expect(found('Our office is open Mon/Wed/Fri 8-5. Free shuttle from the bus stop.')).toEqual([]);
  });

  it('reads a fluid limit and daily weights, a quit log, and a check-in on safety or on a plan after a visit', () => {
    expect(found('Remember: 2 liters max today and weigh before breakfast.')).toContain('procedure');
    expect(found('Reminder - Tobacco Free program meets tmrw at noon. Bring ur quit log!')).toContain('procedure');
    expect(found('Hi Jess, checking in after Tuesday. Are you still feeling safe? Remember your plan, and you can call or text us 24/7.')).toContain('BH');
    expect(found('Hi Tara, how are u doing w/ the 3 meals a day? Remember the plan from Thurs.')).toContain('BH');
    // a payment plan is no plan of care
    expect(found('Hi, how are you doing? Remember the plan from Thurs: payment of $40 is due Friday.')).toEqual([]);
  });
});

describe('the positive model: what probes 927-934 held back (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("passes a results notice's hours with stops, its closing and its help to log in, and an elder greeted by name in Korean", () => {
    expect(found('Your recent test results are now available in your patient portal. If you would like to talk about your results sooner, call our nurse line, Monday through Friday, 8 a.m. to 4:30 p.m.')).toEqual([]);
    expect(found('Test results ready in your portal. Need help logging in? Reply HELP.')).toEqual([]);
    expect(found('김순자 어르신께, 안녕하세요. 최근 받으신 검사 결과가 포털에 올라왔습니다.', 'ko')).toEqual([]);
    // help with a condition is no help to log in
    expect(found('Your results are ready. Need help with your diabetes? Call us.')).toContain('diagnosis');
  });
});

describe('the positive model: what probes 935-942 let through and held back (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads voice therapy's words, a hearing aid's settings, gum disease's deep cleaning, an addiction counselor's credential, a trans support group, new parents' home visits and a red area spreading", () => {
    expect(found('Great job today! Keep practicing your LOUD exercises every day and remember to think LOUD.')).toContain('procedure');
    expect(found('The new sound settings should help in restaurants. Call us if it is too loud!')).toContain('procedure');
    expect(found('Your balance of $120 for the deep cleaning/scaling (4 quadrants) on 4/2 is past due.')).toContain('procedure');
    expect(found('Reminder your appt w/ Deb Morrow, LAC is Thurs at 2. Same room as last time.')).toContain('SUD');
    expect(found('Confirmed - Thu 5/8 6:00pm, Trans Support Circle, Community Rm.')).toContain('GDIS');
    expect(found('Your New Parent Support home visit is set for Mon 10am.')).toContain('PREGNANT');
    expect(found('Dr K saw the pic u sent - the red area is spreading. Pls come in today.')).toContain('test_result');
    // the flu spreading in a town is no one's skin
    expect(found('The flu is spreading in our area, get your shot!')).toEqual([]);
  });

  it("passes a practice's name written in Arabic letters when its English is vetted, and a measles outbreak a campaign names", () => {
    const named = createClassifier({ positive: true, vetted: ['Westchase Family Clinic', 'WFC'] });
    expect(labels(named.classifyText('عيادة ويستشيس: نعتذر منك، انلغى موعدك مع د. رانيا حداد يوم الخميس ١٣/٣', 'ar'))).toEqual([]);
    expect(found('Hay brote de sarampion en Texas. Revise que toda la familia tenga la vacuna MMR. Vacunas sin cita sabados 9-12.', 'es')).toEqual([]);
    expect(found('Su hijo tiene sarampion, no lo lleve a la escuela.', 'es')).not.toEqual([]);
  });
});

describe('the positive model: what probes 943-950 let through (thirty-eighth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads a spot asked about, pictures compared, a crisis line reminded with a hope, a program's log, insulin pens and a reader", () => {
    expect(found('Just checking in - is the spot any smaller since you started the cream? Send a pic thru the portal.')).toContain('test_result');
    expect(found("Dr. Raman compared today's pictures with the ones from last spring, and everything is the same size.")).toContain('test_result');
    expect(found('Hi Brandon, hope ur hangin in. Just a reminder the crisis line is open 24/7 at 988, and Karen will see u Thurs.')).toContain('BH');
    expect(found('Reminder: ur program check-in Wed 4:30p w/ Beth. Bring ur log!')).toContain('procedure');
    expect(found('See u Mon 9:15 w Dr Raman. Pls bring all ur pens & the reader so we can download it.')).toContain('procedure');
    expect(found('Dr Chen said the second line means what you thought :) Call us to set up your first visit.')).toContain('PREGNANT');
  });

  it('passes the same words said of a schedule, a lobby or everyone', () => {
    expect(found('Is the spot still open for Tuesday at 3? Reply YES.')).toEqual([]);
    expect(found('We compared the pictures of the new lobby designs, vote on your favorite!')).toEqual([]);
    expect(found('Crisis line: 988, open 24/7 for everyone.')).toEqual([]);
  });
});

describe('the positive model: what probes 951-958 let through (thirty-eighth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads an aide's help with bathing and dressing, a dose raised in tablets, brave practice and vomiting said plainly", () => {
    expect(found("Hi Ruth, I'll be by at 8 for your shower & help getting dressed, pls leave the side door unlocked.")).toContain('procedure');
    expect(found('Dr. Raman wants Zoe to go up to 1 1/2 tabs at bedtime instead of 1.')).toContain('medication');
    expect(found('Reminder: 10 min of brave practice with Ruby each day this week.')).toContain('BH');
    expect(found("Dr O says ok to go back to school tmrw as long as he's been 24 hrs w/o throwing up.")).not.toEqual([]);
    // a rule for everyone who comes in may name it
    expect(found('If your child has a fever or is throwing up, please reschedule your visit.')).toEqual([]);
  });
});

describe('the positive model: what probes 959-966 let through (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a score come down and a glucose meter by its everyday Vietnamese name", () => {
    expect(found("Dr Patel looked at your diary - you're down to a 3 from a 7 most days, that's great!")).toContain('test_result');
    expect(found('Nhắc bà mai 9g sáng có hẹn với BS Lan. Nhớ mang máy thử đường và sổ ghi chép theo nha bà.', 'vi')).toContain('diagnosis');
    // a plan's visits left are no score
    expect(found("Good news: you're down to 2 visits left on your plan this year.")).toEqual([]);
  });
});

describe('the positive model: what probes 967-974 let through (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a doctor who needs to talk about the results, a number that went down to a value, and today's pictures looked at", () => {
    expect(found("Your results are back. Dr. Kalontarov needs to talk to you today about them, please call before 5pm.")).not.toEqual([]);
    expect(found('Hola Doña Tere, la Dra. Treviño dice que su número de 3 meses ya bajó a 6.8. Felicidades!', 'es')).toContain('test_result');
    expect(found("Dr. Natarajan looked at today's pictures - things are drier than last month.")).toContain('test_result');
    // a balance's number and a Cantonese reply are neither
    expect(found('Your balance number dropped to 0 after your payment.')).toEqual([]);
    expect(found('提醒 Amy 聽日(5/16) 11:00am 見Dr Chan。請準時，遲咗15分鐘可能要改期。覆Y確認', 'zh-Hant')).toEqual([]);
  });
});

describe('the positive model: what probes 975-982 let through (thirty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a doctor's talk about the results after a title's stop or in a long sentence, weeks of a pregnancy with \"at\", a dose doubled, nasal rinses in Spanish and a sleep mask's seal", () => {
    expect(found('Your results are back. Pls call the office TODAY - Dr. Ellery needs to talk with you about them, do not wait.')).not.toEqual([]);
    expect(found('Your results are ready in the patient portal. Dr. Bello reviewed them and would like to see you back within the next 2 weeks to talk about next steps, please call us at 912-555-0100 to book a time that works for you.')).not.toEqual([]);
    expect(found("At ur visit Thu we'll give the Tdap shot since ur at 28 wks now :)")).toContain('PREGNANT');
    expect(found("Dr. Raman says since things are still 'not moving' after 4 days, go ahead and double the powder at night.")).toContain('medication');
    expect(found('El Dr. O\'Hara quiere que siga con los lavados nasales 2 veces al día hasta su próxima cita.', 'es')).toContain('procedure');
    expect(found('Reminder - Wed 7:30am. Pls shave or trim ur beard the night before so we can get a good seal.')).toContain('procedure');
    // a title in a results notice's question is no talk
    expect(found('Your results are ready. Questions? Ask for Dr. Ellery at 912-555-0100.')).toEqual([]);
  });
});

describe("a mailing's footer in other languages and Spanish words kept out (thirty-ninth session, probes 855-982)", () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const footer = 'Si no desea recibir más correos, responda BAJA.';

  it("reads a Spanish newsletter with an unsubscribe line as a mailing: its bare sentences may name salt, juice or the body", () => {
    expect(found(`Queridas familias:\n\nAprenderemos a preparar platillos tradicionales con menos sal, menos azúcar y más verduras.\n\n${footer}`, 'es')).toEqual([]);
    expect(found('Queridas familias:\n\nCuidar la mente es igual de importante que cuidar el cuerpo.\n\nPara darse de baja: clinica.example/baja', 'es')).toEqual([]);
    // the same words without the footer, or tied to the patient, stay doubted
    expect(found('Queridas familias:\n\nAprenderemos a preparar platillos tradicionales con menos sal, menos azúcar y más verduras.', 'es')).toContain('unvetted');
    expect(found(`Hola María:\n\nSu nivel de sal está alto. Menos sal y menos refresco, por favor.\n\n${footer}`, 'es')).toContain('unvetted');
  });

  it('does not read "todos los días" as everyone: a wound cared for every day under a footer stays doubted', () => {
    expect(found(`Hola Don Efraín:\n\nRecuerde cambiar el vendaje todos los días y no caminar descalzo.\n\n${footer}`, 'es')).toContain('unvetted');
  });
});

describe('the positive model: what probes 983-990 let through (thirty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a scale that moves, a new medicine got used to, a bare blood pressure, the liver's clinic in Korean and a urine jug", () => {
    expect(found('Hi Ana, so proud of you this week. The scale is going in the right direction. See you Tues.')).toContain('test_result');
    expect(found('Ur work note is ready in the portal - it covers 6/3-6/7 while u adjust to the new medication.')).toContain('medication');
    expect(found('Chao bac, so lan nay dep hon roi, 128/80. Bac cu tiep tuc di bo moi ngay nha.')).toContain('lab_value');
    expect(found("6/24(화) 오전 10시 '간 건강 클리닉' 정기 방문입니다.", 'ko')).toContain('diagnosis');
    expect(found('Reminder - Tue 9am. Pls do the 24 hr jug collection Mon->Tue AM & bring it w/ you.')).toContain('procedure');
    // a campaign's threshold, a date, a schedule and "시간" are none of them
    expect(found('Free blood pressure checks for everyone! A normal reading is under 120/80.')).not.toContain('lab_value');
    expect(found('Open 24/7, and closed 12/25.')).toEqual([]);
    expect(found('6/24(화) 오전 10시 정기 방문입니다. 시간 변경은 703-555-0186', 'ko')).toEqual([]);
  });

  it('reads patients chosen by their condition as theirs, not a campaign\'s', () => {
    expect(found('Reminder for our diabetic patients - free foot checks Thurs 9-12, Rm 2. Just stop by!')).toContain('diagnosis');
    expect(found('Free diabetes screening for all patients this Saturday, everyone welcome!')).toEqual([]);
    expect(found("As a member of our diabetes program, don't miss free foot check day Sat 11/9! Text YES to save a spot.")).toContain('diagnosis');
  });

  it('counts no single letter as a word of another language: "isn\'t ... don\'t" keeps an English results notice read as one', () => {
    expect(found("Dr. Patel reviewed your results and would like to see you this week rather than waiting. It isn't urgent, but please don't put it off.")).toContain('unvetted');
    expect(found("Your results are ready in the portal. It isn't hard to log in, and don't forget your password.")).toEqual([]);
  });
});

describe('the positive model: what probes 983-990 held back (thirty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("passes a Korean staff member's full name signing off, before a staff title, after the desk's word or in brackets", () => {
    expect(found('AKMG 프론트 이지연 드림', 'ko')).toEqual([]);
    expect(found('보험 관련 문의는 수납팀 오경훈 매니저에게 연락주세요.', 'ko')).toEqual([]);
    expect(found('문의 703-555-0143 (오경훈)', 'ko')).toEqual([]);
    // and a child's full name before 어린이 (probe 1001)
    expect(found('[LKD] 김지우 어린이의 예약이 3월 14일(금) 오후 2시 30분입니다.', 'ko')).toEqual([]);
    // a word of care in a name's place is not a name: "위암" (stomach cancer) has no surname's syllable, "천식" (asthma) none either
    expect(found('AKMG 프론트 위암검진 드림', 'ko')).not.toEqual([]);
    expect(found('[LKD] 천식 어린이 예약이 3월 14일(금) 오후 2시 30분입니다.', 'ko')).toContain('diagnosis');
  });
});

describe("what the thirty-eighth session left through (thirty-ninth session)", () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a pregnancy's week in Russian and Ukrainian, a due date texted short, a drinking limit and a symptom still there", () => {
    expect(found('Богдано, вітаємо з 36 тижнями! Тепер приходимо щотижня, по четвергах.', 'uk')).toContain('PREGNANT');
    expect(found('Напоминаем: вы на 28 неделе, прием во вторник в 9:00.', 'ru')).toContain('PREGNANT');
    expect(found('Hi Brittany, Dr. Rao wants to see u once more before ur due date, can u come 8/14 at 10am?')).toContain('PREGNANT');
    expect(found('Great job today!! Remember: no more than 2 drinks & log them in the app. See u nxt Tues')).toContain('ETH');
    expect(found('Hi Jen, checking in. Did the new routine help this wk? Still waking up at 3am? Let me know b4 Fri.')).toContain('diagnosis');
    expect(found('So glad you made it through a whole night without getting up! See you at 3.')).toContain('diagnosis');
    // a course's length, a bill's due date and a question about coming are none of them
    expect(found('Курс рассчитан на 12 недель.', 'ru')).not.toContain('PREGNANT');
    expect(found('Please call us before the due date and we will look into it.')).toEqual([]);
    expect(found('Are you still coming Tuesday? We are still waiting on your form.')).toEqual([]);
  });
});

describe('the positive model: what probes 991-998 let through (thirty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads pictures that look good, a wound's care without its word, a count of days praised and a mothers' program in Spanish", () => {
    expect(found("Good news from OPO - the pictures from Tuesday look great, everything has lined up nicely.")).toContain('test_result');
    expect(found("Hi Greg, yes you can shower now, just pat it dry after and don't soak in the tub or pool for 2 more wks.")).toContain('procedure');
    expect(found('Hey Tommy! Dr. O says ur doing awesome - 60 days!! Proud of u. See u Thurs, same time.')).toContain('SUD');
    expect(found('mañana 9am es su cita del Programa Mamá Sana. Traiga a su bebé.', 'es')).toContain('PREGNANT');
    // a bill's 30 days, a year thanked for and papers kept dry are none of them
    expect(found('Please pay within 30 days! Thank you.')).toEqual([]);
    expect(found('Thank you for an amazing year! What a year!')).toEqual([]);
    expect(found('Hurricane kit: keep your documents in a bag so they stay dry.')).not.toContain('procedure');
  });
});

describe('the positive model: what probes 991-998 held back (thirty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("passes a Chinese vaccine campaign's walk-in shots and the outreach department's signature", () => {
    expect(found('FCMG流感疫苗到货啦！10月起周一至周五随到随打，大部分保险免费。详情：718-555-0142', 'zh')).toEqual([]);
    expect(found('FCMG 社区外展部 718-555-0142', 'zh')).toEqual([]);
  });

  it("reads a Russian mailing's bare sentences as an English one's: words kept out of the common list pass there", () => {
    const mailing = (line: string): string => `Дорогие пациенты!\n\nНесколько советов для всех:\n• ${line}\n\nОтписаться: https://clinic.example/unsubscribe`;
    expect(found(mailing('Руки не держите в карманах.'), 'ru')).toEqual([]);
    // the same sentence to one patient stays doubted
    expect(found('Анна, руки не держите в карманах, как мы обсуждали.', 'ru')).toContain('unvetted');
  });
});

describe('the positive model: what probes 999-1006 let through (thirty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a social worker's licence, voice training, an oxygen tank, half a mouth's treatment, a TB skin test read in Haitian and an HIV program's name", () => {
    expect(found('Confirmed: telehealth w/ Jordan Pike, LMSW Wed 1pm. Video link will come by email.')).toContain('BH');
    expect(found('Hi Lee! Dr. Salas here. So glad the voice training is going well. See u in Aug.')).toContain('procedure');
    expect(found("Hi Frances, you did so well on the stairs today! Same time Monday, and don't forget the tank")).toContain('procedure');
    expect(found("Hi Mom! Liam did awesome today. We'll finish the other side next time")).toContain('procedure');
    expect(found('LHCH: Pa bliye retounen jedi ant 9è ak 11è pou nès la li tès po a sou bra w.', 'ht')).toContain('procedure');
    expect(found('Bonjou Ricardo, se Jean-Pierre, navigatè pwogram Lavi Pozitif la. Rele m: 305-555-0137.', 'ht')).toContain('HIV');
    expect(found('LKD: Queda pendiente el copago de $35 de la visita de emergencia de Santiago del sábado.', 'es')).toContain('procedure');
    expect(found("Pls bring the person who helps w ur meds & bills - they'll be asked some questions about u too.")).toContain('diagnosis');
    // a storm's other side and a Haitian test for other infections in a campaign are neither
    expect(found("Stay safe, everyone. We'll see you on the other side of the storm.")).toEqual([]);
  });
});

describe('the positive model: what probes 1007-1014 let through (thirty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a controlled medicine's rules, a random screen, a monitor's patch, a device's transmission and rehab's exercise praised", () => {
    expect(found("The pharmacy can't fill until 6/20. Early fills aren't allowed under state rules for this med.")).toContain('SUD');
    expect(found("Reminder that ur next refill needs the signed agreement on file. Pls sign before Fri.")).toContain('SUD');
    expect(found('You missed your callback for the random screen yesterday. Dr. M will discuss at your next visit.')).toContain('SUD');
    expect(found('Hi Ms. Kelly, just checking - is the patch still sticking ok? Mail it back in the prepaid box on day 14.')).toContain('procedure');
    expect(found('Hi Ms. Thibodeaux, ur remote transmission came thru fine last nite. Next one auto-sends in 3 mo.')).toContain('procedure');
    expect(found('Coach Darnell here. So proud of u - 20 min on the bike today w/o stopping. See u Thurs!')).toContain('procedure');
    expect(found('Ben here - so proud of you, first time all the way up the stairs w/o the rail! Keep at it')).toContain('procedure');
    expect(found("Reminder - Noah's NICU Graduate Follow-Up Clinic visit is Tue 4/1 at 9am, 3rd floor.")).toContain('diagnosis');
    expect(found("Hey Emmanuel, New Beginnings meets Wed 7pm in room 2. Day 30 chip this week!! Coffee's on us.")).toContain('SUD');
    expect(found('Great news Brittany, the number doubled just like we hoped!! See you Fri for the next draw.')).toContain('PREGNANT');
    // a fun run's everyone is no one's rehab
    expect(found('Great job at the 5K fun run! Everyone finished without stopping, so proud of our community.')).toEqual([]);
  });
});

describe('the positive model: what probes 1007-1014 held back (thirty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('passes the Arabic article written alone before an English word, and a Levantine pickup notice', () => {
    expect(found('JCWC: نتايجك جاهزة على الـ portal.', 'ar')).toEqual([]);
    expect(found('JCWC: الدوا تبعك جاهز بصيدلية Harborview.', 'ar')).toEqual([]);
  });
});

describe('the positive model: what probes 1015-1022 let through (thirty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a pregnancy's weeks in Taglish, a dental build-up, pill brands in Russian, a teen's care kept from the parents and a medicine's warning", () => {
    expect(found('Congrats po ulit Ate! Next check-up po natin ni baby sa Mayo 28, 32 weeks na po kayo nun.')).toContain('PREGNANT');
    expect(found('SFD: Hi Ed, insurance denied the build-up on #3, so you owe $215.')).toContain('procedure');
    expect(found('KFCS аптека: ваша Джес (3 упаковки) готова, можно забирать до 18:00.', 'ru')).toContain('SEX');
    expect(found("u can come to the school clinic for the test, ur parents won't get a bill or a call.")).toContain('SSP');
    expect(found('Remember, 1 cap w/ food every morning & NO sun w/o SPF 30 - this med makes u burn easy.')).toContain('medication');
    expect(found("you left the printouts of your little bean's first pictures at checkout!")).toContain('PREGNANT');
    // a course of weeks in Tagalog and a given name are neither
    expect(found('Salamat po! Ang klase ay 6 na linggo, tuwing Martes.')).not.toContain('PREGNANT');
  });
});

describe('a vowel written for another inside a long administrative word (thirty-ninth session, probes 977, 1016, 1019)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it('vouches for "insurence" as "insurance", not a consonant changed nor a short word', () => {
    expect(found('MFI reminder: appt tmrw 10/2 @ 1pm w/ Dr Okafor. pls bring ur new insurence card. Reply C to confirm')).toEqual([]);
    expect(found('pls bring ur new insuranse card')).toContain('unvetted');
    expect(found('Your apointmint is Tuesday')).toContain('unvetted');
  });
});

describe('Somali "sida" (as, like) read as Somali (thirty-ninth session, probe 1019)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('is no SIDA (AIDS) in lower case before another word of a Somali text; in capitals or in Spanish it stays the term', () => {
    expect(found('Suxuurka ha dhaafin - cun cunto tamar leh sida hilib, ukun, rooti iyo khudaar.', 'so')).not.toContain('HIV');
    expect(found('Natiijadaada SIDA waa diyaar.', 'so')).toContain('HIV');
    expect(found('Su prueba de sida salió positiva.', 'es')).toContain('HIV');
  });
});

describe('a Chinese surname after a Latin title (thirty-ninth session, probe 1018)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('is a name, as a Latin name after "Dr." is; a word of care there is still a finding', () => {
    expect(found('CSH：Dr. 黃 喺病人網站俾咗個訊息你，請登入 portal.cshboston-health.org 睇。', 'zh-Hant')).toEqual([]);
    expect(found('Dr. 癌症 中心', 'zh-Hant')).toContain('diagnosis');
  });
});

describe('Chinese campaigns to everyone (fortieth session, campaign emails of probes 855-1022)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const footer = '本邮件群发给所有订阅社区通讯的朋友。如不想再收到，请点击：clinic.example/unsubscribe';

  it('reads a newsletter greeting a group, with a Chinese unsubscribe line, as a campaign: its topics and everyday words pass', () => {
    expect(found(`亲爱的社区朋友们：\n\n五月是"乙肝宣传月"。中心在这里提醒大家：乙型肝炎在华人社区很常见。\n\n【免费筛查活动 – 欢迎所有人】\n时间：5月18日(星期六) 上午10点\n\n${footer}`, 'zh')).toEqual([]);
    expect(found(`各位街坊：\n\n天气冷，出门多穿点，老人注意防滑。少喝酒，开车不喝酒。\n\n唔想再收到呢類電郵：clinic.example/unsub`, 'zh')).toEqual([]);
    expect(found(`各位长者、家人：\n\n预防糖尿病是全家人的事！每7人就有1人患有糖尿病。\n\n${footer}`, 'zh')).toEqual([]);
  });

  it('keeps a sentence that says "you" to the patient, and a letter without a mailing\'s footer, doubted', () => {
    expect(found(`亲爱的社区朋友们：\n\n您的乙肝检查结果已经出来了，请尽快回诊。\n\n${footer}`, 'zh')).toContain('diagnosis');
    expect(found('王先生您好：\n\n您的糖尿病复诊在5月18日上午10点。', 'zh')).toContain('diagnosis');
    expect(found('各位街坊：\n\n天气冷，出门多穿点，老人注意防滑。', 'zh')).toContain('unvetted');
    // asking a doctor whether the medicines make "you" dizzy is everyone's advice
    expect(found(`各位长者：\n\n问问医生或者药剂师，吃的药会不会令你头晕。\n\n${footer}`, 'zh')).toEqual([]);
  });
});

describe('the positive model: what probes 1023-1030 showed (fortieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a Chinese given name in pinyin beside its surname as a name, not a lone pinyin-shaped word nor a program kept out', () => {
    expect(found('Reminder from FCCC: Wei Zhang has an appointment Wed 8/14 at 9:00 AM with Dr. Lin.')).toEqual([]);
    expect(found('Upcoming appointments:\n- Chen, Jiahui: Mon 9/9, 3:30 PM - Dr. Ma')).toEqual([]);
    expect(found('Reminder for Wei: Tue 11/12 9:30AM w/ Dr. Lin')).toContain('unvetted');
    expect(found('CFH: Cita con la Lcda. Marrero del programa Mente Sana el 9/9 a las 11am.', 'es')).not.toEqual([]);
  });

  it("reads someone's numbers said to have moved as a result, in English and Spanish; a phone's numbers are not", () => {
    expect(found('Hola Don Beto, soy Maria la promotora. Qué bueno que ya le bajaron los números! Siga así con la caminada.', 'es')).toContain('test_result');
    expect(found('Hi Beto, great news that your numbers came down! Keep up the walking.')).toContain('test_result');
    expect(found('Sus números de teléfono están actualizados en el portal.', 'es')).not.toContain('test_result');
  });

  it('reads a number that came back at a value as a result, a wearable defibrillator, a laser center and walk-in crisis hours (probes 1039-1044)', () => {
    expect(found("Hi Dana, CAUC here. Your number came back at 6.8 - that's in the range Dr. V was worried about.")).toContain('test_result');
    expect(found('Your call came back at 3pm.')).not.toContain('test_result');
    expect(found("LCA billing: ur ins denied the LifeVest rental, we're appealing.")).toContain('procedure');
    expect(found('Confirmed: Sat 9am at the CDerm Laser Center w/ Amber. Pls arrive 10 min early.')).toContain('procedure');
    expect(found('Yes u can come to walk-in crisis hrs today 1-5.')).toContain('MH');
  });

  it('reads a drugstore named after a pickup word or "farmacia", a boil-water notice, home detectors and "esp."', () => {
    expect(found('Rx ready for pickup @ Sunnyside Drug, 4410 Tennyson St.')).toEqual([]);
    expect(found('Su receta ya está lista en la farmacia Rio Grande Drug (Menaul y San Mateo).', 'es')).toEqual([]);
    expect(found('Bring water to a rolling boil for 1 min before drinking or cooking.')).toEqual([]);
    expect(found('Daylight saving time ends Sunday - a great time to test your smoke & carbon monoxide detectors!')).toEqual([]);
    expect(found('Air quality alert today. Limit time outside, esp. kids and seniors.')).toEqual([]);
    // a boil on the skin, and drinking stopped before a procedure, stay doubted
    expect(found('Your boil is healing well.')).toContain('unvetted');
    expect(found('Stop drinking the night before.')).toContain('unvetted');
  });

  it("reads a visitors' rule asking to call first or to wear one, for a child and a sibling too (probes 855-951)", () => {
    expect(found('Masks are available. If u have a cough or fever, pls wear one in the lobby.')).toEqual([]);
    expect(found('If Amelia or a sibling coming along has a fever, cough or rash, please call before you come.')).toEqual([]);
    expect(found('If you have a fever, cough or rash, please call us first at 718-555-0100 so we can keep everyone safe.')).toEqual([]);
    // someone's own fever stays doubted
    expect(found('If your fever comes back, call us first.')).toContain('unvetted');
    expect(found('If Amelia still has a fever, call first.')).toContain('unvetted');
  });

  it('reads "bc" before a clause as "because", not before it as birth control', () => {
    expect(found("SNHC: Ur 2/12 appt was cancelled bc we couldn't verify ur insurance.")).toEqual([]);
    expect(found('Ur appt w/ Dr Whitfield tmrw is cancelled bc of the power outage.')).toEqual([]);
    expect(found('Your bc refill is ready at the pharmacy.')).toContain('unvetted');
    expect(found('Remember bc the first 7 days, use a backup.')).toContain('unvetted');
  });

  it('reads sedation by its children\'s name and braces taken off as procedures', () => {
    expect(found("VSPD: Since he'll be getting the giggle gas, please give only a light breakfast.")).toContain('procedure');
    expect(found('Confirmada la cita de Bruno 3/19 2:30pm con Dr. Lee para quitarle los brackets -VSPD', 'es')).toContain('procedure');
  });
});

describe('the positive model: what probes 1031-1037 held back (fortieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const footer = 'Unsubscribe: clinic.example/unsubscribe';

  it("reads conditions given as examples, a figure of women diagnosed with a named cancer and a giveaway's training as a campaign's", () => {
    expect(found(`Hello community,\n\nNovember is Family Health History Month. Ask relatives about conditions like heart disease, diabetes and cancer, and at what age they started.\n\n${footer}`)).toEqual([]);
    expect(found(`Dear community,\n\nOctober is Breast Cancer Awareness Month. About 1 in 8 women in the US will be diagnosed with breast cancer during her lifetime.\n\n${footer}`)).toEqual([]);
    expect(found('BCH is giving out FREE Narcan + training this Sat 10-2 at the library. Anyone welcome.')).toEqual([]);
    expect(found(`Hello neighbors!\n\nHeart disease is still the number one cause of death for adults in the United States.\n\n${footer}`)).toEqual([]);
    // the patient's own conditions, and a refill, stay findings
    expect(found('Hi Maria, your conditions like diabetes and cancer need a visit.')).toContain('diagnosis');
    expect(found('Your Narcan + refill is ready.')).toContain('medication');
  });
});

describe("a campaign mailing's 'your' and its own pages (fortieth session, campaign emails of probes 855-1037)", () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));
  const footer = 'Unsubscribe: clinic.example/unsubscribe';

  it('reads "your" before a body word in a mailing to no one by name as anyone\'s, and a page the mailing names as its own', () => {
    expect(found(`Hello neighbors,\n\nFebruary is Heart Month! 5 simple tips for your heart. More: clinic.example/heart\n\n${footer}`)).toEqual([]);
    expect(found(`Hello neighbors,\n\nYour heart repairs itself while you rest.\n\n${footer}`)).toEqual([]);
  });

  it('keeps them doubted in a mailing to a named patient, and in a link that carries a query', () => {
    expect(found(`Hi Marcus,\n\nYour heart repairs itself while you rest.\n\n${footer}`)).toContain('unvetted');
    expect(found(`Hello neighbors,\n\nFebruary is Heart Month! Tips: clinic.example/heart?patient=88121\n\n${footer}`)).toContain('unvetted');
  });
});

describe('the positive model: what probes 1046-1053 let through (fortieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("doubts a clinician's word on results right after the notice, and a treatment begun because of them", () => {
    expect(found('EAA: Ur results are ready. Dr. O says they look about the same as last yr, no changes needed. Details in the portal.')).toContain('unvetted');
    expect(found('BNH: Your results are in. Dr. Okafor wants to start you on a medicine, pls call 718-555-0120 when u can.')).not.toEqual([]);
    expect(found('Your lab results are ready in the portal. Log in to view them, or call us with questions.')).toEqual([]);
  });

  it("reads a partner told, a shot for the body's defenses, speech therapy, home dialysis training and an anaphylaxis plan", () => {
    expect(found("Hey Chris, just checking in - were you able to tell your partner? We can let them know anonymously.")).toContain('STD');
    expect(found("Hola Doña Chayo, su shot pa' las defensas es mañana a las 10.", 'es')).toContain('medication');
    expect(found("Reminder: Ethan's speech appt w/ Ms. Reyes Thurs 4pm.")).toContain('procedure');
    expect(found('TCKC Billing: balance $310.00 for PD TRAINING SESSION x12.')).toContain('procedure');
    expect(found("Lily's school Anaphylaxis Emergency Care Plan is signed & ready.")).toContain('diagnosis');
    expect(found("HFH Recovery Circle meets Wed 6:30pm. Coffee's on us. Proud of ur 60 days Travis!")).toContain('SUD');
    // a campaign's claim that a condition "is health"; said to the patient by name it stays a finding
    expect(found("Hello neighbors! May is Mental Health Awareness Month. Mental health is health, and you don't have to wait for a crisis to ask for help. Unsubscribe: x.example/unsubscribe")).toEqual([]);
    expect(found('Hi Sam, your mental health is health too, see you Tue.')).toContain('MH');
    // a campaign at the practice's site named for a place is still to everyone; a person named so is someone
    expect(found('Free BP & diabetes screenings for everyone at our Kensington site Sat 6/14.')).toEqual([]);
    expect(found("Kensington's diabetes visit is Sat 6/14 at our Lincoln office.")).toContain('diagnosis');
    // a pharmacy's delivery campaign's discreet packaging is no one's care
    expect(found('NFM Pharmacy now delivers prescriptions for FREE, in discreet packaging. Everyone welcome.')).not.toContain('diagnosis');
  });
});

describe('the positive model: what probes 1054-1059 let through (fortieth session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads a fall-prevention class by its name, a child's speech device, a balance said to catch up and an adult day program", () => {
    expect(found('PSPC: Reminder - Stepping On class wk 3 is Tues 10am, Rm 3, w/ Coach Tina.')).toContain('procedure');
    expect(found("LPT: Pls make sure Ethan's talker (the iPad w/ TouchChat) is fully charged for tmrw 9am.")).toContain('procedure');
    expect(found('Proud of her today! She climbed the rope ladder w/o help. Her balance is really catching up')).toContain('procedure');
    expect(found('Hi Tom, ur dad did great at Adult Day Thurs! He joined music time.')).toContain('SSP');
    // a balance owed is a bill's
    expect(found('Her balance is $20, due Friday. Pay at the front desk.')).toEqual([]);
  });
});

describe('the positive model: what probes 1060-1067 let through (forty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a billed service by its dental, CPT or HCPCS code, not a door or a promotion code', () => {
    expect(found('Smile Co: Code D1110 x1 ($95) posted to your account 3/2.')).toContain('procedure');
    expect(found('Your statement lists CPT 45378 and HCPCS G0121.')).toContain('procedure');
    expect(found('Use promo code D2024 at checkout for 10% off.')).toEqual([]);
    expect(found('Your door code is D1234.')).toEqual([]);
  });

  it("reads dialysis shifts, a gum or a lab measure down from another, oxygen flows, a medicine kept up and a plan talked over", () => {
    expect(found('Hi Joan, we moved you to 3rd shift starting Tue. Start time 4:15 PM T/Th/Sat.')).toContain('procedure');
    expect(found('Great news, your pockets are mostly 4s now, down from 6s last spring!')).toContain('test_result');
    expect(found('Dr. Ames says keep it at 2 liters while sleeping and 3L when walking.')).toContain('medication');
    expect(found('Refill is set up so you dont miss any doses. Pick up Fri.')).toContain('medication');
    expect(found('Haven\'t seen u in a while. Your meds only work if u take them, call us.')).toContain('medication');
    expect(found('Passing along the number for the coaching program like you and Dr. Lee talked about. You got this!')).toContain('procedure');
    // a worksite's shift, a portal that is down, a bill come down, water by the litre and a day of school are no one's care
    expect(found('Our on-site clinic at the plant opens at 5:30 AM to match 1st shift.')).toEqual([]);
    expect(found('The portal will be down from 6 AM to noon on Sunday.')).toEqual([]);
    expect(found('Your balance is $20 now, down from $45 last month.')).toEqual([]);
    expect(found('Summer tip: drink 2L of water when walking in the heat.')).toEqual([]);
    expect(found("Don't miss a day of summer camp fun!")).toEqual([]);
    expect(found('As you discussed with billing, your payment plan starts May 1.')).toEqual([]);
  });

  it("reads myopia-control lenses, aligner trays and a phosphate binder, and lets a pharmacy's name, a driver's break and a time that works better pass", () => {
    expect(found("Reminder: the balance for Noah's Ortho-K lenses is due Friday.")).toContain('procedure');
    expect(found('Your refinement trays are in, pick them up any time.')).toContain('procedure');
    expect(found('Ok to have the birthday cake, just take an extra binder with it.')).toContain('medication');
    expect(found('Bayside Drug Co: Your prescription is ready for pickup at 12 Main St.')).toEqual([]);
    expect(found('On long drives, take a break every 2 hours or 100 miles.')).toEqual([]);
    expect(found('Please call to find another time that works better for you.')).toEqual([]);
    expect(found('Ya está listo su resultado. Revíselo en el portal o llámenos.', 'es')).toEqual([]);
  });

  it("reads a sick-visit rule's question and its word on rescheduling as the rule's, 'w/o' as without, and a safety standard as no diagnosis code", () => {
    expect(found("Feeling sick? If you have a fever or cough, please call us to reschedule. There's no fee for rescheduling because you're ill.")).toEqual([]);
    expect(found('Feeling sick? Your strep test is Friday.')).not.toEqual([]);
    expect(found('Walk-ins welcome, no wait w/o an appointment or w/o a referral.')).toEqual([]);
    expect(found('Hi Sam, see u at r e h a b Tuesday')).not.toEqual([]);
    expect(found('Wear ANSI Z87.1-rated safety glasses for yard work.')).not.toContain('icd10_code');
  });
});

describe('the positive model: what probes 1068-1075 let through (forty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a fast before a test, a score, a meal plan, a walking boot, therapy's homework and a night got through", () => {
    expect(found('Reminder: blood draw Tue 8am. Fasting 10 hours before, water is fine.')).toContain('procedure');
    expect(found('Nice work - you scored a 5 on the check-in today.')).toContain('test_result');
    expect(found('Remember three meals and two snacks tomorrow too, even when it is hard.')).toContain('procedure');
    expect(found('Dr. K says you can wear the boot only outside now.')).toContain('procedure');
    expect(found('Good session! Keep doing the stretches 3 times a day this week.')).toContain('procedure');
    expect(found('Checking in after last night - glad you made it through the night. Call anytime.')).not.toEqual([]);
    // a campaign quiz's score is no result; a clinic's Ramadan hours and a coat drive's boots are no one's care
    expect(found('Take our 1-minute quiz. If your score is 5 or higher, talk to your provider.')).not.toContain('test_result');
    expect(found('Ramadan Mubarak! Our clinic opens at 10 AM during the month.')).toEqual([]);
    expect(found('Snow boots and coats are free at our winter drive on Saturday.')).toEqual([]);
  });

  it("reads emergency contraception, a work injury's claim, a neck collar, a recovery program's members and a bed held for a residential unit", () => {
    expect(found('The NP sent the ella to your pharmacy, take it as soon as you can.')).toContain('medication');
    expect(found("Your workers' comp claim form is signed and ready.")).toContain('procedure');
    expect(found('Keep the collar on when you are up and stay off work until Monday.')).toContain('procedure');
    expect(found('A note for our recovery program members: the Tuesday meeting moves to 7 pm.')).toContain('SUD');
    expect(found('Your bed hold expires Friday, please confirm with intake.')).toContain('procedure');
    expect(found("Su cita de workers' comp es el martes a las 9.", 'es')).toContain('procedure');
  });

  it("lets a Vietnamese insurance card typed short, a doctor out sick in Vietnamese and Russian staff's English loanwords pass", () => {
    expect(found('Nhac lich hen thu 5 luc 9g sang voi BS Lam. Nho mang the BH nha.')).toEqual([]);
    expect(found('Lịch hẹn thứ Hai của bé An đã hủy vì BS bị bệnh. Tụi em sẽ gọi để đặt lại.')).toEqual([]);
    expect(found('Напоминаю про ваш апоинтмент в среду 11:00 с доктором Грир. Не забудьте инсуранс карточку.')).toEqual([]);
    expect(found('Ваш рефил готов в аптеке на Coney Shore Ave. Копей $0.')).toEqual([]);
  });
});

describe('the positive model: what probes 1076-1083 let through (forty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads sorrow for the news, bad days come down, shots counted, readings running high and films that came back', () => {
    expect(found("So sorry about the news today. Dr. Lee can talk through next steps whenever you're ready.")).toContain('test_result');
    expect(found('The new plan is working - down to 3 bad days this month from 10!')).toContain('test_result');
    expect(found('Skip the morning draw and take your 2 shots tonight as usual.')).toContain('medication');
    expect(found("Dr. Ruiz saw your readings - you're running high after dinner most nights.")).toContain('test_result');
    expect(found('Doc says your x-rays came back and the spots have not changed.')).toContain('test_result');
    // a storm notice's "if you're running low on medicine", a hurricane's news and a vaccine clinic's shots are no one's
    expect(found("If you're running low on medicine before the storm, call your pharmacy.")).toEqual([]);
    expect(found('The clinic gives free flu shots every Saturday in October.')).toEqual([]);
  });

  it("reads a trigger shot's time, a stimulator's magnet, a nerve block's relief, a Creole clinic's name and an insulin pen kept out of the fridge", () => {
    expect(found('Everything looks great today. Trigger tonight at 9:30!')).toContain('medication');
    expect(found('Please bring your magnet and remote to Thursday’s visit.')).toContain('procedure');
    expect(found("Please rate your relief at 1 and 3 hours after today's block.")).toContain('procedure');
    expect(found('Rapèl: randevou w nan Klinik Sante Seksyèl la se madi 5:30 PM.', 'ht')).toContain('SEX');
    expect(found('Sí, la pluma abierta puede estar fuera del refri hasta 28 días.', 'es')).toContain('medication');
  });
});

describe('the positive model: what probes 1084-1091 let through (forty-first session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads rounds counted, a trial's consent, a wig, congratulations on time kept, extra days ahead, a named child's number down from another and a goals-of-care meeting", () => {
    expect(found("You're doing great, only 2 more rounds to go!")).toContain('procedure');
    expect(found('Consent forms for the HOPE-2 study are ready to e-sign.')).toContain('procedure');
    expect(found('Did the wig voucher come through? Call me if not.')).toContain('procedure');
    expect(found('Congrats on 9 months, Alex!! The whole team is proud of you.')).toContain('procedure');
    expect(found("We'll have 4 extra days ready for your trip, pick up Friday.")).toContain('medication');
    expect(found("Dr. Haddad says Omar's 3-month number is 6.9, down from 7.8!")).toContain('test_result');
    expect(found('Family meeting Wed 10am about goals of care with Dr. Alvarez.')).toContain('procedure');
    // a gym's free trial, a clinic's wait come down and a take-home craft are no one's care
    expect(found('Our front desk wait is down from 20 minutes to 5, thanks for your patience.')).toEqual([]);
    expect(found('Kids get a free take-home craft kit at the fall festival.')).toEqual([]);
  });
});

describe('the positive model: what probes 1092-1099 let through (forty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads an oxygen saturation and a tank's flow, a rhythm strip read, a transplant list's call, a student pulled from class, a crisis team and a day program", () => {
    expect(found('Your sat dropped to 87% on the treadmill, so we will bump O2 to 3L next time.')).toContain('test_result');
    expect(found('Next week keep the tank at 2L for the bike.')).toContain('medication');
    expect(found('Dr. Rao looked at the strip from today, just extra beats.')).toContain('procedure');
    expect(found('Keep your phone on loud 24/7 and your bag packed, the call could come any time!')).toContain('procedure');
    expect(found("I'll pull you from 2nd period Thursday for our check-in.")).toContain('procedure');
    expect(found('Hola, alguien del equipo de crisis va a pasar por su casa hoy.', 'es')).toContain('MH');
    expect(found('Acuérdate que el lunes empiezas el programa de día, de 9 a 3.', 'es')).toContain('procedure');
    expect(found("Please bring the list of times she got lost to Dad's appointment.")).toContain('procedure');
    // an outage's percentage and a class period's schedule are no one's care
    expect(found('Our phones are 95% back up after the outage.')).toEqual([]);
    expect(found('School-day appointments are open during 1st period on Mondays.')).toEqual([]);
  });

  it("reads a family planning consult in Cantonese, and lets a subway stop's 'Av' and a records request in Chinese pass", () => {
    expect(found('SPCH：李小姐，你約咗嘅家庭計劃諮詢改咗去6月3號下晝2點。')).toContain('SEX');
    expect(found('Getting here: take the R train to 45 Av, then walk one block.')).toEqual([]);
    expect(found('我们已经收到您的病历复印申请，处理时间5-7个工作日。')).toEqual([]);
  });
});

describe('the positive model: what probes 1100-1107 let through (forty-first session)', () => {
  const found = (text: string): string[] => labels(positive.classifyText(text));

  it("reads homework kept up at home, tape and a side not to sleep on, a number staying under a value, a pump's site change, units for a treat and a seizure's safety rules", () => {
    expect(found('Great session! Keep doing the wall squats at home this week.')).toContain('procedure');
    expect(found('Keep the tape on until Monday and dont sleep on that side.')).toContain('procedure');
    expect(found("Is Ana's number staying under 200 at bedtime since the change?")).toContain('test_result');
    expect(found('Nice job on your first self site change! New site every 3 days.')).toContain('procedure');
    expect(found('Give the usual amount plus 2 extra units for the birthday cake.')).toContain('medication');
    expect(found('Please do not drive, climb ladders or take baths alone until we talk.')).toContain('procedure');
    // praise for "good work" at home and the practice's move to a new site are no one's care
    expect(found('Keep up the great work at home, see you at the fall festival!')).toEqual([]);
    expect(found('Our office has moved: the new site is at 12 Main St, Suite 4.')).toEqual([]);
  });
});

describe('the positive model: what probes 1108-1115 let through (forty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a plan talked over together, dialysis's chair in Spanish, a trauma therapy by its name, a last use, a controlled prescription and a service dog letter", () => {
    expect(found('So glad today went well! He can start having it at home like we talked about.')).toContain('procedure');
    expect(found('Ya le pusimos sus citas de martes, jueves y sábado a las 6am, en la misma silla.', 'es')).toContain('procedure');
    expect(found('Your link for Trauma-Focused CBT today at 3pm: x.example/v/1')).toContain('MH');
    expect(found('Please bring the time of your last use to Friday’s visit.')).toContain('SUD');
    expect(found('The controlled Rx for Caleb must be picked up in person.')).toContain('medication');
    expect(found('Your request for a service dog letter was received.')).toContain('procedure');
    // a bill talked over and a clinic's weekday hours are no one's care
    expect(found('As we discussed on the phone, your payment plan starts May 1.')).toEqual([]);
    expect(found('La clínica abre lunes, miércoles y viernes de 8 a 5.', 'es')).toEqual([]);
  });
});

describe('the positive model: what probes 1116-1123 let through (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads sympathy with no trouble of our own, a number that doubled, praise for days kept, an eye scan by its capitals, a heartbeat seen and a grief camp by whom it is for', () => {
    expect(found("Thinking of you after Monday. We're so sorry. Call us whenever you feel ready.")).toContain('procedure');
    expect(found('Good news, your levels more than doubled since Friday! Next draw Monday.')).toContain('test_result');
    expect(found('Hey, proud of you for 90 days. Group is Thursday at 6.')).toContain('procedure');
    expect(found('Your bill includes the OCT and the photos from 3/2.')).toContain('procedure');
    expect(found('We saw a strong flicker on the screen today!')).toContain('PREGNANT');
    expect(found('Please send the forms for the camp weekend for kids who lost a parent by Friday.')).toContain('BH');
    expect(found('The wig you picked out is ready at the front desk.')).toContain('diagnosis');
    expect(found('Thuốc hạ mỡ của ông đã có, mời ông ghé lấy.', 'vi')).toContain('medication');
    // an apology for a cancelled visit, an open-enrollment date in capitals and a count of cases are no one's care
    expect(found("We're so sorry, Dr. Lee is out today and your 2pm visit is cancelled. Reply R to rebook.")).toEqual([]);
    expect(found('MEDICARE OPEN ENROLLMENT (OCT 15 - DEC 7): free plan counseling in our lobby.')).toEqual([]);
    expect(found('Flu cases in the county doubled last month; flu shots are free for everyone.')).toEqual([]);
  });
});

describe('the positive model: what probes 1124-1131 let through (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a finding said to be harmless, a symptom counted by the night, an opioid program's callback and cup, a letter for court, pads counted and a defibrillator's shock in Spanish", () => {
    expect(found('Dr. Shah says the spot she removed is nothing to worry about.')).toContain('test_result');
    expect(found('Are you still getting up 3x a night since the new pill?')).toContain('diagnosis');
    expect(found('You were selected for a callback, come in by noon.')).toContain('ETH');
    expect(found('Good news, your cup from Monday was clean.')).toContain('ETH');
    expect(found('The letter for court you asked for is at the front desk.')).toContain('BH');
    expect(found('Only 2 pads a day now, nice progress!')).toContain('procedure');
    expect(found('Lo que sintió fue que el aparato le dio una descarga.', 'es')).toContain('procedure');
    // a cup at a dental fair and a callback number are no one's care
    expect(found('Every child gets a toothbrush and a cup at our booth Saturday.')).toEqual([]);
    expect(found("If we can't reach you, we'll leave a callback number.")).toEqual([]);
  });
});

describe('the positive model: what probes 1132-1139 let through (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a dietitian's visit by her title, a session counted, counts recovered, hardware coming out, a memory visit's companion, hallucinations, and a port flush, a contraceptive shot and a teacher's forms in Spanish and Creole", () => {
    expect(found('Reminder: your appt w/ Dana Ortiz, RD is Mon 3/3 at 9am.')).toContain('procedure');
    expect(found('Quit Squad: session 4 is Wed at 5pm in Rm 2.')).toContain('procedure');
    expect(found("Good news, Max's counts are back up, so Monday is a go.")).toContain('test_result');
    expect(found('Dr. Lee says the pins can come out on Friday!')).toContain('procedure');
    expect(found('Please bring a relative who knows you well to your visit.')).toContain('diagnosis');
    expect(found('Is he still seeing things in the evening?')).toContain('diagnosis');
    expect(found('Mañana le toca el lavado del port a las 9.', 'es')).toContain('procedure');
    expect(found('Demen 10am randevou pou piki Depo a.', 'ht')).toContain('SEX');
    expect(found('Traiga los cuestionarios de la maestra llenos.', 'es')).toContain('BH');
    // a dietitian's free class for everyone, a class session of a campaign series and a neighbourhood named Sugar House are no one's care
    expect(found('Join our dietitian, Mei Chan, RD, for a free cooking demo Saturday.')).toEqual([]);
    expect(found('Reminder: Thu 9:00 AM with Dr. Lund at our Sugar House clinic.')).toEqual([]);
  });
});

describe('the positive model: what probes 1140-1147 let through (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a check-in at night, a circle met on its weekday, a CPAP's download, a marriage as homework, a slip, a dark spot to be seen, and laughing gas and a changed mole in Spanish", () => {
    expect(found('Your study is Fri 5/2, check-in 9:15 PM. Bring pajamas.')).toContain('procedure');
    expect(found('See you at circle Thursday, bring a photo if you like.')).toContain('procedure');
    expect(found('We got your download, looks like 7 hrs most nights.')).toContain('procedure');
    expect(found('Remember, no big decisions about the marriage until we meet again.')).toContain('BH');
    expect(found('Sorry you had a slip, call me tonight.')).toContain('SUD');
    expect(found('Dr. Kim would like to see that dark spot on your arm this week.')).toContain('diagnosis');
    expect(found('No puede comer 2 horas antes del gas de la risa.', 'es')).toContain('procedure');
    expect(found('Su cita es para revisar el lunar que le cambió.', 'es')).toContain('diagnosis');
    // a clinic's check-in by day and a community circle open to all are no one's care
    expect(found('Check-in opens at 7:30 AM on Saturday for the health fair.')).toEqual([]);
    expect(found('Free community wellness circle: Wednesdays 6pm, open to all.')).toEqual([]);
  });
});

describe('the positive model: what probes 1148-1153 let through (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a pain agreement's rules, a program's week counted, a long-acting shot, a transplant committee's approval, California's developmental services and a mom and baby class", () => {
    expect(found('Please bring all your pill bottles, including empty ones.')).toContain('medication');
    expect(found('Reminder: per your agreement we cannot refill early.')).toContain('medication');
    expect(found('Great job finishing week 5 of the program!')).toContain('procedure');
    expect(found('Your next long-acting shot is due Friday.')).toContain('medication');
    expect(found('Good news, the committee approved you today!')).toContain('procedure');
    expect(found('We sent the referral to the Regional Center this week.')).toContain('diagnosis');
    expect(found('The mom & baby class moved to Room 3.')).toContain('PREGNANT');
    // a storm's early refill for everyone and a week of the month are no one's care
    expect(found('Texas allows early refills during a declared emergency, for everyone.')).toEqual([]);
    expect(found('The office is closed the week of 7/4.')).toEqual([]);
  });
});

describe('the positive model: French, a covered language (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('vouches for French reminders, bills and results-ready notices, and finds what reveals care', () => {
    expect(found('Rappel: votre rdv avec Dre Tremblay est mardi à 15h30. Répondez C pour confirmer.', 'fr')).toEqual([]);
    expect(found('Vous avez un solde de 45,00 $. Payez en ligne ou appelez la facturation.', 'fr')).toEqual([]);
    expect(found('Vos résultats sont disponibles sur le portail. Connectez-vous pour les consulter.', 'fr')).toEqual([]);
    expect(found('Vos résultats sont normaux, rien à signaler.', 'fr')).toContain('unvetted');
    expect(found('Votre test de grossesse est positif.', 'fr')).toContain('PREGNANT');
    expect(found('Votre rendez-vous à la clinique VIH est lundi.', 'fr')).toContain('HIV');
    // French terms that are also English words the English lists only doubt are no finding in English
    expect(found('Reminder for your visit on Tue 6/9 at 3:40 PM. A parent or guardian must come along.')).toEqual([]);
    expect(found('Caregiver burnout is real: free workshop for everyone this month.')).not.toContain('BH');
  });
});

describe('the positive model: what probes 1154-1161 let through (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a value's goal, an insulin pump's pods, the postnatal depression scale, directly observed therapy, HIV's passing from mother to child in French, and a sickle cell clinic in Creole", () => {
    expect(found('Keep checking every morning. Goal is under 130/80.')).toContain('test_result');
    expect(found('Your new pods came in, grab a box at the desk.')).toContain('medication');
    expect(found('Next EPDS check is at your 6 week visit.')).toContain('MH');
    expect(found('Your DOT visit moved to Friday at 9.')).toContain('procedure');
    expect(found("Rappel de la séance 'Prévenir la transmission mère-enfant' mardi.", 'fr')).toContain('HIV');
    expect(found('Randevou w nan Klinik Drepanositoz la se mèkredi.', 'ht')).toContain('SSP');
    // a campaign's goal for most adults, "avc" texted for "avec" and a transport exam are no one's care
    expect(found('For most older adults, a goal below 130/80 is recommended. Free checks for everyone.')).toEqual([]);
    expect(found('Rappel: rdv demain 10h avc Dr Martin. Merci!', 'fr')).toEqual([]);
    expect(found('We offer DOT physicals and pre-employment exams.')).toEqual([]);
  });
});

describe('the positive model: what probes 1162-1169 let through (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a pregnancy past its weeks, sorrow for tough news, a twelve-step meeting, a program's case management, and a child's therapy said by what it works on", () => {
    expect(found("If you're past 32 weeks, bring the car seat to your visit.")).toContain('PREGNANT');
    expect(found('So sorry about the hard news last week. Call us anytime.')).toContain('test_result');
    expect(found('Your 12-step meeting moved to Room 4 this week.')).toContain('SUD');
    expect(found('Your Ryan White case appointment is Monday at 1.')).toContain('HIV');
    expect(found('Mia has speech tomorrow at 3, bring her picture book.')).toContain('procedure');
    expect(found('He walked across the room without the walker today!')).toContain('procedure');
    expect(found('Hoy lo dijo sin el tablero de imágenes.', 'es')).toContain('procedure');
    // a bill past due by weeks and a walk for everyone are no one's care
    expect(found('Your payment is past due: 2 weeks late. Call billing.')).toEqual([]);
    expect(found('Free walk for everyone Saturday at the park, no sign-up needed.')).toEqual([]);
  });
});

describe('the positive model: what probes 1170-1177 let through (forty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a patient's fall, chest binding, a bariatric group by its name, a hearing aid's whistle, voice rest, a bridge clinic, the ID doctor, an infant's oxygen tank and developmental test, and a safe place asked after in Cantonese", () => {
    expect(found('We tried to reach you about your fall yesterday, please call.')).toContain('diagnosis');
    expect(found("Yes it's okay to bind on the flight, take breaks.")).toContain('GDIS');
    expect(found('Sleeve & Bypass Buddies meets Tuesday at 6:30.')).toContain('procedure');
    expect(found('Call us if the left one still whistles.')).toContain('procedure');
    expect(found('Three days of voice rest, then ease back in.')).toContain('procedure');
    expect(found('Your appt at the Bridge Clinic is Monday at 9.')).toContain('SUD');
    expect(found('Your appt w/ the ID doctor is Tue at 3pm.')).toContain('SSP');
    expect(found('Good news, she can come off the tank during the day!')).toContain('procedure');
    expect(found('今晚你有冇安全嘅地方住？', 'zh-Hant')).toContain('SDV');
    // a road named Bypass, a fall schedule and a photo ID are no one's care
    expect(found('Your Rx was called in to the pharmacy on Coors Bypass.')).toEqual([]);
    expect(found('Your fall schedule is ready: Mondays at 4 PM.')).toEqual([]);
    expect(found('Bring your photo ID. Doctor visits start at 8.')).toEqual([]);
  });
});

describe("the positive model: the practice's own name (forty-third session)", () => {
  const named = (name: string) => {
    const names = practiceNames(name);
    return createClassifier({ positive: true, vetted: names, practice: names });
  };

  it('reads no clinical finding in what the name says of its care, as the officer set it and as staff shorten it', () => {
    const endo = named('Lakeside Endocrinology & Diabetes');
    expect(labels(endo.classifyText('Reminder: your appt at Lakeside Endocrinology & Diabetes is Tue 3/4 at 9:40am.', 'en'))).toEqual([]);
    expect(labels(named('Keystone Kidney & Hypertension Associates').classifyText('Keystone Kidney & Hypertension Associates: you have a balance of $40. Pay at kkha.example/pay', 'en'))).toEqual([]);
    expect(labels(named('Heartland Home Health').classifyText('Thank you for choosing Heartland Home Health. Our office is closed Monday.', 'en'))).toEqual([]);
  });

  it('still reads the same words outside the name, and a sensitivity code inside it', () => {
    const endo = named('Lakeside Endocrinology & Diabetes');
    expect(labels(endo.classifyText('Lakeside Endocrinology & Diabetes: your diabetes class is Tue at 6pm.', 'en'))).toContain('diagnosis');
    expect(labels(named('Clearwater Recovery Services').classifyText('Clearwater Recovery Services: your appt is Tue at 3pm.', 'en'))).toEqual(expect.arrayContaining(['SUD']));
    expect(labels(named('Capitol Hill Oncology Associates').classifyText('Capitol Hill Oncology Associates: your appt is Tue at 3pm.', 'en'))).toContain('SSP');
    // a name the bundle does not give is read as any words are
    expect(labels(named('Riverside Family Practice').classifyText('Your appt at Lakeside Endocrinology & Diabetes is Tue at 3pm.', 'en'))).toContain('diagnosis');
  });
});

describe('the positive model: what probes 1178-1185 let through (forty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a referral sent, a counselling centre by its initials, a shot series by its day, no driving, a spot compared with itself, nail polish taken off and a random test', () => {
    expect(found("We sent your referral to Northern Pines Dermatology. They'll call you.")).toContain('procedure');
    expect(found('Please check in at the CAPS desk on the 2nd floor.')).toEqual(expect.arrayContaining(['MH', 'BH']));
    expect(found('Reminder: shot #3 (day 7) is tomorrow at 10am.')).toContain('medication');
    expect(found('No driving until you finish the road test.')).toContain('procedure');
    expect(found("Dr. A saw the pic, it's the same size as last time and the edges look even.")).toContain('test_result');
    expect(found('Please remove all nail polish before you come in.')).toContain('procedure');
    expect(found('Your employer has selected you for a random test. Report within 2 hrs.')).toContain('procedure');
    // a collection notice's referral and swim caps are no one's care
    expect(found('Please pay by May 30 to avoid referral to a collection agency.')).toEqual([]);
    expect(found('Swim caps are on sale at the front desk.')).toEqual([]);
  });
});

describe('the positive model: what probes 1186-1193 let through (forty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads an IUD's string check, a circumcision check, a sleep consult, a referral said to be sent, a medicine by its colour and a month of a rental counted", () => {
    expect(found('BWC: Reminder - 6 wk string check w/ Kim Tran Thu 1:30pm.')).toContain('SEX');
    expect(found('Appt confirmed: Baby Boy Hill, 6/3 10:00AM, Dr. Okafor - CIRC CHECK.')).toContain('procedure');
    expect(found('An earlier slot opened for your sleep consult: Mon 8am.')).toContain('procedure');
    expect(found("The eye doctor referral after Harper's vision screen was sent to Tidewater Pediatric Eye.")).toContain('procedure');
    expect(found('Dr said stop the purple one & start the orange one tmrw morning.')).toContain('medication');
    expect(found('Balance $38.50 - CPAP rental month 7 of 13 + supplies.')).toContain('procedure');
    // a campaign's month still addresses everyone, and a colour is no medicine when nothing is stopped or started
    expect(found('Free CPAP cleaning class for everyone this month!')).toEqual([]);
    expect(found('Wear your orange shirt to the fun run!')).toEqual([]);
  });
});

describe("the positive model: a mailing's greeting after its title, and its subject line (forty-third session)", () => {
  const unvetted = (c: ReturnType<typeof createClassifier>, text: string, lang: string): string[] => words(text, c.classifyText(text, lang), 'unvetted');
  const body = (first: string): string => `${first}\n\nYour eyes work hard every day. This month we share five habits that protect vision at every age.\n\nThe Desert Eye team\n\nTo unsubscribe from our newsletter: deserteye.example/unsub`;

  it('reads a greeting to a group on the line after a title as it reads one on the first line', () => {
    expect(unvetted(positive, body('May is Healthy Vision Month!\n\nDear Desert Eye patients and friends,'), 'en')).toEqual([]);
    expect(unvetted(positive, body('Dear Desert Eye patients and friends,'), 'en')).toEqual([]);
    // a greeting to one person after the title still makes the "your" someone's
    expect(unvetted(positive, body('May is Healthy Vision Month!\n\nDear Mr. Ortiz,'), 'en')).toContain('eyes');
  });

  it("reads a condition defined for everyone in a campaign's list as the campaign's topic, not the patient's", () => {
    const campaign = 'Hello from HCSHC,\n\nJuly 28 is World Hepatitis Day. Here is what everyone should know:\n\n- Hepatitis A, B and C are viruses that affect the liver.\n\nUnsubscribe: hcshc.example/unsub';
    expect(labels(positive.classifyText(campaign, 'en'))).toEqual([]);
    expect(labels(positive.classifyText('Your hepatitis B is a chronic infection that we will keep watching.', 'en'))).toContain('diagnosis');
  });

  it('reads a greeting to no one in particular as a group\'s only in a mass mailing', () => {
    expect(unvetted(positive, body('Hi there,'), 'en')).toEqual([]);
    expect(unvetted(positive, body('Hello from Desert Eye,'), 'en')).toEqual([]);
    // without an unsubscribe footer, "Hi there" greets one patient as often
    expect(unvetted(positive, 'Hi there,\n\nYour eyes looked good today. Keep the drops going twice a day.', 'en')).toContain('eyes');
  });

  it("vouches for a campaign's everyday words in a mailing's subject line as in its body", () => {
    const message = { subject: 'February is American Heart Month - 5 numbers everyone should know', body: body('Dear friends,') };
    expect(words(message.subject, positive.classify(message).filter((f) => f.field === 'subject'), 'unvetted')).toEqual([]);
  });
});

describe('the positive model: a sweep of probes 855-1193 (forty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a neuropsychologist named as the provider and a transvaginal ultrasound on a statement', () => {
    expect(found('Provider: Dr. Helen Szabo, PhD, Neuropsychologist. Date: Monday, November 17.')).toEqual(expect.arrayContaining(['BH', 'MH']));
    expect(found('Date of service: 03/02 / 76830 US TRANSVAGINAL ...... $312.00')).toContain('procedure');
  });

  it("vouches for a visitor's rule on the day of the visit, not for the patient's own symptom", () => {
    expect(found('Your appt is Tue 5/6 at 9am. If you have a fever or feel unwell on the day of your visit, call us.')).toEqual([]);
    expect(found('If your fever comes back on the day of your visit, call us.')).not.toEqual([]);
  });
});

describe('the positive model: what probes 1194-1201 let through (forty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a discharge, a meeting missed on its weekday, a therapist's words, a dialysis chair, a name change letter, the speech lady and a teacher's checklist", () => {
    expect(found("Heads up, ur mom can't make the family meeting about ur discharge Fri.")).toContain('procedure');
    expect(found('Missed u at the Tues meeting. No judgment, text me.')).toContain('procedure');
    expect(found("I've been thinking about what you shared Tues. You're doing the hard work.")).toContain('procedure');
    expect(found('Su turno cambió al 2do turno (11:00am). Su silla es la #14.', 'es')).toContain('procedure');
    expect(found('Your letter for the court name change is ready.')).toContain('procedure');
    expect(found('The speech lady can see Bella Tues at 4 now.')).toContain('procedure');
    expect(found("Keep filling in the teacher checklist, we'll go over it on the 20th.")).toEqual(expect.arrayContaining(['BH', 'MH']));
    // a car seat and a staff meeting are no one's care
    expect(found('¿Su silla para el carro está bien instalada? Revisión gratis para todos.', 'es')).toEqual([]);
    expect(found('Our office closes at 3pm Friday for a staff meeting.')).toEqual([]);
  });
});

describe('the positive model: what probes 1202-1209 let through (forty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a pregnancy by its weeks written short, results fine but for one, a dose restarted lower, a mask kept on, words recalled, a port placed, a loaner aid, an implant by its model, a drop in hearing, a slip, a result in Spanish and a skin spot in Creole', () => {
    expect(found('Ur letter for the airline about flying at 30 wks is ready at the front desk.')).toContain('PREGNANT');
    expect(found('Everything from last wk came back fine except the one we talked about.')).toContain('test_result');
    expect(found("If you miss 5 in a row we'll have to restart you lower.")).toContain('medication');
    expect(found('Try to keep the mask on at least 4 hrs so insurance keeps covering it.')).toContain('procedure');
    expect(found('You did great today remembering all 3 words at the end!')).toContain('test_result');
    expect(found('Your balance of $85.00 for the April 3 port placement is due May 15.')).toContain('procedure');
    expect(found('The loaner aid is due back Fri. Pls return it w/ the charger.')).toContain('procedure');
    expect(found('Ur replacement charger for the Nucleus 8 came in.')).toContain('procedure');
    expect(found('Dr. Ruiz wants to see u sooner b/c of the new drop in ur hearing.')).toContain('diagnosis');
    expect(found('Sorry to hear about the slip Kristen. Come in tmrw.')).toContain('SUD');
    expect(found('Sus resultados están en el portal. La Dra. quiere verla esta semana por lo que salió.', 'es')).toContain('test_result');
    expect(found('Mwen te resevwa foto a. Tach la pa grandi, sa bon. Kontinye mete krèm nan.', 'ht')).toContain('diagnosis');
    // the office back to its regular hours is no one's dose
    expect(found('Our office is back to regular hours Monday, 8 to 5.')).toEqual([]);
  });
});

describe('the positive model: what probes 1210-1217 let through (forty-third session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a test nerve block, a taper without its medicine, a hyperbaric dive counted and readings logged at home', () => {
    expect(found('Dr Ellison wants to know did u get relief from the test block this morning?')).toContain('procedure');
    expect(found("Dr R says keep going, it's working. Same plan 2 more wks then we'll cut back again.")).toContain('medication');
    expect(found('Tmrw 9am is ur LAST dive!! Bring the family for the bell ringing!')).toContain('procedure');
    expect(found('Reminder: 30 min walk today + log your readings.')).toContain('procedure');
    // a highway's number is no one's care
    expect(found('Directions: from I-64/40 take the Kingshighway exit.')).toEqual([]);
  });
});


describe("a mailing's plain sentences and a practice named for a body part (forty-fourth session)", () => {
  const found = (text: string): string[] => labels(positive.classifyText(text, 'en'));
  const mailing = (line: string, greeting = 'Dear Friends and Neighbors,'): string =>
    `${greeting}\n\nSummer is here, and we want everyone in our community to stay safe.\n\n${line}\n\nThe Riverside Family Practice team\n\nUnsubscribe: riversidefp.example/unsubscribe`;

  it("reads a condition in a mailing's plain sentence as the campaign's, with no claim around it", () => {
    expect(found(mailing('Heat stroke (call 911): confusion, slurred speech, hot dry skin, seizures.'))).toEqual([]);
    expect(found(mailing('Mild asthma flare-ups, rashes and minor burns can be seen at urgent care.'))).toEqual([]);
    expect(found(mailing('Modern treatments, from creams to light therapy to newer medicines, help most people get clear skin.'))).toEqual([]);
  });

  it("keeps it doubted where the sentence is someone's: a name, a date, a number with a sensitivity code, a personal greeting", () => {
    expect(found(mailing('Heat stroke: Maria had seizures last summer.'))).not.toEqual([]);
    expect(found(mailing('Your seizures clinic visit is on 6/14.'))).not.toEqual([]);
    expect(found(mailing("This Tuesday's Trans Support Circle will meet in Room 3A instead of 2B.", 'Hi all,'))).toContain('GDIS');
    expect(found(mailing('Seizures can follow heat stroke.', 'Hi Marcus,'))).toContain('diagnosis');
    expect(found(mailing('As one of our patients with asthma, join us for a free class.'))).toContain('diagnosis');
  });

  it("vouches for a vetted practice's word that is also a body part, after 'your'", () => {
    const bbd = practiceNames('Back Bay Dermatology');
    expect(bbd).toContain('BBDerm');
    const c = createClassifier({ positive: true, vetted: bbd, practice: bbd });
    const words = (text: string): string[] => c.classifyText(text, 'en').map((f) => text.slice(f.start, f.end));
    // its initials and its kind run together in a handle
    expect(words('Questions? Email hello@bbderm.com or call us.')).toEqual([]);
    expect(words('You have a new lab result in your Back Bay Dermatology patient portal.')).toEqual([]);
    expect(words('Your Back Bay Dermatology statement is ready.')).toEqual([]);
    expect(words('Does your back still hurt? Call Back Bay Dermatology.')).toContain('back');
  });
});

describe('the positive model: what probes 1218-1225 let through (forty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads an inhaler by its colour and schedule, a referral received, a concussion test, a cold medicine and a surveillance visit', () => {
    expect(found("How's Ava doing? Remember the green one every morning, the red one only when she needs it.")).toContain('medication');
    expect(found("We received your referral from Dr. Patel's office. Please call us to book.")).toContain('procedure');
    expect(found('Reminder: baseline ImPACT testing Thu 4pm, bring your glasses.')).toContain('procedure');
    expect(found('Your order ships Monday. It must be kept refrigerated, so someone must be home to sign.')).toContain('medication');
    expect(found("Dr. Ames says you're due for your 1-year surveillance scan. Call us to book.")).toContain('procedure');
    expect(found('Reminder: Allergy Clinic visit Tue 3/4 at 10am.')).toContain('procedure');
  });

  it('reads sores crusting over, a cross-linking consent, and in Spanish a fast from midnight, a driver, sealants and a bridge', () => {
    expect(found('Fine to go back to work once the blisters crust over.')).toContain('diagnosis');
    expect(found('We still need your consent form for the cross-linking on Friday.')).toContain('procedure');
    expect(found('Su cita es el lunes. No coma nada desde la medianoche y traiga a alguien que maneje.', 'es')).toContain('procedure');
    expect(found('Cita de Ana el jueves 3pm para los selladores.', 'es')).toContain('procedure');
    expect(found('Su seguro no cubrió el puente de abajo. Su parte es $400.', 'es')).toContain('procedure');
    // a package's cold items, a pie's crust and a colour on a sign are no one's care
    expect(found('If your package contains refrigerated items, please put them away when they arrive.')).toEqual([]);
    expect(found('Park in the blue lot every morning before 9.')).toEqual([]);
  });
});

describe('the positive model: what probes 1226-1233 let through, and what they held back (forty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a teens' group, a week without crystal, walking farther, a hearing aid's maker and an implant's processor", () => {
    expect(found('Reminder: Teen group (ages 14-17) Thurs 5pm in Room B.')).toContain('procedure');
    expect(found('Hola Luis, ¿cómo vas con la primera semana sin el cristal?', 'es')).toContain('SUD');
    expect(found('You walked the whole block today without a break!')).toContain('procedure');
    expect(found('Your Phonak repair is back from the lab, pick it up anytime.')).toContain('procedure');
    expect(found('Please bring your processor and the spare batteries Thursday.')).toContain('unvetted');
  });

  it('reads results flagged, readings in their goal range, a slip, the first week watched, readings sent in Vietnamese', () => {
    expect(found('Dr. Ruiz flagged a few things on your labs she wants to go over.')).toContain('test_result');
    expect(found('Thanks for sending your numbers - all in the goal range!')).toContain('test_result');
    expect(found("It was a slip, not a failure. Call me tonight?")).toContain('SUD');
    expect(found('Plan to stay 2 hours on your first day so we can watch how you respond.')).toContain('procedure');
    expect(found('Tuần này cô nhớ gửi số đo qua app nha cô.', 'vi')).toContain('procedure');
  });

  it("passes a clause's first word after an acronym, a results notice's call-back, and a credential the practice's name makes plain", () => {
    const brc = practiceNames('Bluegrass Recovery Center');
    expect(createClassifier({ positive: true, vetted: brc, practice: brc }).classifyText('BRC: A new document is ready in your portal.', 'en')).toEqual([]);
    expect(found('BRCA: A test of both genes')).toContain('GDIS');
    expect(found('Dr. Han has reviewed your results. Please call us when you have a moment.')).toEqual([]);
    const lnpt = practiceNames('Lake Nona Physical Therapy');
    const pt = createClassifier({ positive: true, vetted: lnpt, practice: lnpt });
    const read = (text: string): string[] => labels(pt.classifyText(text, 'en'));
    expect(read('Your appt on Fri 3/14 at 2:00 PM w/ Rachel Okafor, DPT has been cancelled.')).toEqual([]);
    expect(read('Jordan Ellis, PT sent you a message. View it in the portal.')).toEqual([]);
    // not a greeting's care, nor a credential that says care the practice's name does not
    expect(read('Hi Maria, PT tomorrow at 9.')).not.toEqual([]);
    expect(read('Your appt w/ Karen Lowe, LCSW is Wed at 4.')).toContain('BH');
    expect(found('Reminder: appt w/ Ryan Hoff, PT on Mon 4/7 at 3:00 PM.')).not.toEqual([]);
  });
});

describe('the positive model: what probes 1234-1241 let through (forty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads an injectable picked up cold, a mother-to-be's program, weeks said short and a walking boot in Spanish", () => {
    expect(found('Your pens are ready for pickup. Please bring a cooler bag.')).toContain('medication');
    expect(found('Moms-to-Be tip of the week: small meals help with morning queasiness! Reply STOP to opt out.')).toContain('PREGNANT');
    expect(found('Fine to travel this weekend. After 34 wks we want you close to home.')).toContain('PREGNANT');
    expect(found('El doctor dice que ya puede apoyar el pie, pero sin trabajo pesado.', 'es')).toContain('procedure');
    // a bag's cold pack for lunch, a 12-week course are no one's care
    expect(found('Family picnic Saturday! Bring a blanket and your lunch.')).toEqual([]);
  });

  it("reads a mailing's subject line for anyone's body as its body does", () => {
    const mailing = 'Hi neighbor,\n\nOctober is Bone and Joint Health Action Week, and our whole team wants to share a few simple habits for everyone.\n\nUnsubscribe: example.org/u';
    expect(positive.classify({ subject: '5 ways to keep your bones and joints strong this fall', body: mailing, language: 'en' })).toEqual([]);
    expect(positive.classify({ subject: 'Your bones scan results', body: 'Hi Maria, please log in to the portal.', language: 'en' })).not.toEqual([]);
  });
});

describe('the positive model: what probes 1242-1249 let through (forty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const mailingOf = (line: string): string => `Dear Friends and Neighbors,\n\nFebruary is a good month for everyone to think about their heart.\n\n${line}\n\nUnsubscribe: riversidefp.example/unsubscribe`;

  it('reads a missed dialysis run, a sleep study and its night tech, a light box, a device worn all night and a stimulator', () => {
    expect(found("Hi Ray, u missed ur run today. Call us so we can fit you in tonight.")).toContain('procedure');
    expect(found("You're confirmed for a split night study Fri at 8:45 PM.")).toContain('procedure');
    expect(found('Ring the bell at the side door and the night tech will let you in.')).toContain('procedure');
    expect(found('Please bring your light box log to your follow-up.')).toContain('procedure');
    expect(found('Most people take 2 weeks to get used to wearing it all night!')).toContain('procedure');
    expect(found('Tue 11am w/ Dr. Patel for your stimulator check. Bring the remote.')).toContain('procedure');
  });

  it("reads a social skills group, a speech therapist's credential, readings judged, a value moved in Spanish, numbers in Creole", () => {
    expect(found('Reminder: Social Skills Group meets Sat 10am in Room B.')).toContain('procedure');
    expect(found('Reminder: appt Mon 2/10 at 9:30am with Jenna Hall, CCC-SLP.')).toContain('procedure');
    expect(found('Nights look great now but mornings are still high. Same plan til Fri.')).toContain('test_result');
    expect(found('¡Qué bueno que ya bajó a 6.8! Siga así.', 'es')).toContain('test_result');
    expect(found('Bon nouvèl: chif ou yo monte anpil!', 'ht')).toContain('procedure');
    expect(found('Dr. Patel saw a fill from another prescriber on 3/2. Please call us.')).toContain('medication');
    // a campaign's habits and a speech practice's own credential are no one's care
    expect(found(mailingOf('Knowing your numbers are good habits for all of us.'))).not.toContain('test_result');
    const speech = practiceNames('Riverside Speech Therapy');
    expect(createClassifier({ positive: true, vetted: speech, practice: speech }).classifyText('Reminder: appt Mon 2/10 at 9:30am with Jenna Hall, MS, CCC-SLP.', 'en')).toEqual([]);
  });
});

describe('the positive model: what probes 1250-1257 let through (forty-fourth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a cancer practice by its name's words, a fast before a test, a baby kicking, a quoted side effect and a special needs visit", () => {
    expect(found('Reminder: your appt at Lakeshore Cancer Care is Thu at 10:40.')).toContain('SSP');
    expect(found('Your lab appt is tmrw 8am - pls fast 10-12 hrs before, water ok.')).toContain('procedure');
    expect(found('How are you feeling? Is the baby kicking more this week?')).toContain('PREGNANT');
    expect(found('Nurse Rosa replied to your message "side effects from the new cream?" Log in to read it.')).toContain('medication');
    expect(found("Reminder: Julian's special needs visit is Wed 3pm.")).toContain('procedure');
    expect(found("Please make sure she doesn't eat anything after noon that day.")).toContain('procedure');
    expect(found('Tu carta para el cambio de nombre ya está lista en la recepción.', 'es')).toContain('procedure');
    // a campaign's kicking off and a walk-in's fast service are no one's care
    expect(found('Our fall festival kicks off Saturday at 10am. Everyone welcome!')).toEqual([]);
  });
});

describe('the positive model: what probes 1258-1277 let through (forty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const mailingOf = (line: string): string => `Dear Friends,\n\nFebruary is American Heart Month.\n\n${line}\n\nUnsubscribe: example.org/u`;

  it("reads a pregnancy's visit by its week in English, Spanish and Portuguese, and not a course's length", () => {
    expect(found('Sua consulta das 32 semanas é dia 10/06 às 13h c/ Dra. Teixeira.', 'pt')).toContain('PREGNANT');
    expect(found('Hola Yesenia! Recordatorio: tu cita de las 28 semanas es el lunes 5 de mayo a las 9am.', 'es')).toContain('PREGNANT');
    expect(found('Reminder of your 28 wk visit Thu 2/6 @ 10:15.')).toContain('PREGNANT');
    expect(found('Le vemos en 6 semanas para su próxima cita.', 'es')).not.toContain('PREGNANT');
    expect(found('El programa dura 12 semanas y es gratis para todos.', 'es')).not.toContain('PREGNANT');
  });

  it('reads partners told after a test, an inhaler kept for the gym, a day count praised and a recovery slogan', () => {
    expect(found('We havent been able to reach you about your recent test. Your partner(s) may need testing too.')).toContain('procedure');
    expect(found('If you would like us to let your recent partners know anonymously, bring their first names.')).toContain('procedure');
    expect(found('Dr Rao says ok to go back to the gym but keep the blue one in ur bag and use it 15 min before.')).toContain('medication');
    expect(found("Day 30 tomorrow!! Proud of you bro. Coffee's on me.")).toContain('SUD');
    expect(found('Rough day I know. Remember what you said in circle last week: one hour at a time.')).toContain('SUD');
    // a campaign's talk about testing is no one's partner
    expect(found(mailingOf('Talk with partners about testing, and ask about the HPV vaccine.'))).not.toContain('procedure');
  });

  it("reads an eating disorder program's meal, a drug maker's copay program, a breast consult's list, an injection pen and a hand's function", () => {
    expect(found("Reminder, you're scheduled for a supported lunch Wed 12:00.")).toContain('MH');
    expect(found('Your Advancing Access copay card expired 12/31.')).toContain('medication');
    expect(found('Please bring your current bra size and 2-3 wish photos.')).toContain('procedure');
    expect(found('How did the new pen go this wk? Any redness at the spot?')).toContain('medication');
    expect(found('So happy to hear ur able to button ur own shirts again. See u in 3 mo!')).toContain('diagnosis');
  });

  it("lets through a town after a floor, tomorrow misspelt, a reference lab's notice, Brazilian shorthand, a nurse practitioner's CNP and a path that repeats the mailing", () => {
    expect(found('Your appointment is confirmed for Tue 6/18 at 2:45 PM, 38-88 Main St 2FL, Flushing. Reply C to confirm.')).toEqual([]);
    expect(found('Reminder: ur appt is tommorow 3/4 @ 11am w/ Dr. Helen Tan.')).toEqual([]);
    expect(found('Quest Diagnostics: Your lab results are ready. Reply STOP to opt out.')).toEqual([]);
    expect(found('Oi Claudia, td bem? Só lembrando da sua consulta sexta 9h. Qq dúvida liga. Bjs', 'pt')).toEqual([]);
    expect(found('Your video visit with Jennifer Ochoa, CNP is Thursday at 12:30 PM.')).toEqual([]);
    expect(found(mailingOf('Download our one-page Heart Health tip sheet: www.example.org/hearthealth'))).toEqual([]);
    // a path whose words the text does not write is still doubted, and a psychiatric nurse practitioner is care
    expect(found(mailingOf('Download our one-page tip sheet: www.example.org/hearthealth'))).toContain('unvetted');
    expect(found('Your visit with Jennifer Ochoa, PMHNP is Thursday at 12:30 PM.')).toContain('MH');
  });
});

describe('the positive model: names in other scripts, links and what probes 1261-1292 let through (forty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const of = (name: string) => createClassifier({ positive: true, vetted: practiceNames(name), practice: practiceNames(name) });

  it("reads the practice's name after its kind in Arabic letters, and its name run into its kind in Korean", () => {
    const notice = 'صيدلية سيدار: انلغى موعدك يوم الخميس الساعة ١١ الصبح.';
    expect(of('Cedar Family Pharmacy').classifyText(notice, 'ar')).toEqual([]);
    // the same sound alone is also a medicine's, and another practice's pharmacy is not this one's name
    expect(labels(of('Cedar Family Pharmacy').classifyText('سيدار: انلغى موعدك يوم الخميس الساعة ١١ الصبح.', 'ar'))).toContain('unvetted');
    expect(labels(of('Riverside Family Practice').classifyText(notice, 'ar'))).toContain('unvetted');
    expect(of('Hanmaum Internal Medicine').classifyText('한마음내과입니다. 요청하신 서류 준비되었습니다.', 'ko')).toEqual([]);
    expect(labels(of('Riverside Family Practice').classifyText('[한마음내과] 잔액 $32.00 남아있습니다. 문의 703-555-0167', 'ko'))).toContain('unvetted');
  });

  it('reads Levantine "on" and two prefixes before a vetted Arabic word, and Lebanese Arabizi notices', () => {
    expect(found('تذكير: عندك موعد نهار الإثنين الساعة ٩ الصبح. في مواقف عالشارع.', 'ar')).toEqual([]);
    expect(found('طلبيتك جاهزة عشباك الـ drive-thru.', 'ar')).toEqual([]);
    expect(found('CFP: El nate2ej taba3ak jehze. Fout 3al portal aw ettasel fina 3al 313-555-0142.', 'ar')).toEqual([]);
  });

  it("keeps a host that runs a sensitivity code together doubted even as the practice's own name, and not a clinical word", () => {
    expect(labels(of('Music City Eating Disorder Program').classifyText('Appt reminder Tue 10/1 2pm. Check in online: musiccityeatingdisorder.org/checkin', 'en'))).toContain('unvetted');
    expect(of('Lakeview Home Health').classifyText('Your documents are ready: portal.lakeviewhomehealth.example/d/5XH2', 'en')).toEqual([]);
  });

  it('reads a vitamin picked up, a touch-up, an aligner visit, a heart monitor at night and a quit line signed up for', () => {
    expect(found('Your folic acid and the other refill are ready at the window.')).toContain('medication');
    expect(found("Don't forget your appt Thurs 2pm! Your 2 wk touch-up is complimentary if needed.")).toContain('procedure');
    expect(found('Reminder: please bring her trays and the chewies on Tuesday at 4.')).toContain('procedure');
    expect(found('Ur transmitter showed the rate going way up around 3am. Pls call us.')).toContain('procedure');
    expect(found('Just making sure you got signed up w/ the Quit Line like Dr. Ng suggested.')).toContain('procedure');
    // a campaign's quit line is everyone's
    expect(found('Dear Friends,\n\nFebruary is Heart Month for everyone.\n\nQuit smoking: call our free quit line at 303-555-0312.\n\nUnsubscribe: example.org/u')).toEqual([]);
  });
});

describe('the positive model: what probes 1294-1301 let through (forty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a hand asked after, stairs praised without the rail, a crisis line while the therapist is away and home oxygen by its tanks', () => {
    expect(found('Hi Marcus, checking in - hows the hand doing? keep it dry & come back Fri.')).toContain('diagnosis');
    expect(found("How's the knee feeling after yesterday?")).toContain('diagnosis');
    expect(found('Nice job today - you went up 2 whole steps without the rail!! Keep practicing at home.')).toContain('procedure');
    expect(found("She wanted u to know u can still call 988 or the crisis line if things get hard before she's back.")).toContain('MH');
    expect(found('The driver said he left 4 of the small tanks by the garage door.')).toContain('procedure');
    // the portal asked after, a fun run praised, a hurricane kit's tank of gas are no one's care
    expect(found('How is the new portal working for you? Reply 1 for great, 2 for okay.')).toEqual([]);
    expect(found('Nice job on the 5K everyone! See you next year.')).toEqual([]);
  });

  it("lets a therapy practice's therapist through by that word, and not a family clinic's", () => {
    const pt = practiceNames('Sonoran Physical Therapy');
    const therapy = createClassifier({ positive: true, vetted: pt, practice: pt });
    expect(therapy.classifyText('Hi, it is Sonoran Physical Therapy. Your therapist sent you a message in the portal.', 'en')).toEqual([]);
    expect(therapy.classifyText('SPT: Su terapeuta Luis Herrera no estará disponible el viernes. Su cita de las 10:00 am fue cancelada.', 'es')).toEqual([]);
    expect(found('Your therapist sent you a message in the portal.')).toContain('unvetted');
    expect(found('Su terapeuta Luis Herrera no estará disponible el viernes.', 'es')).toContain('MH');
  });

  it('reads "ur" as "you are" in a rule for anyone, not as a patient\'s own', () => {
    expect(found('Appt tmrw 10:40a w/ L. Petty NP. If ur sick w/ fever, pls call ahead so we can room u right away. Reply C to confirm.')).toEqual([]);
    expect(found('If ur fever comes back, call us to reschedule.')).toContain('unvetted');
  });
});

describe('the positive model: what probes 1302-1309 let through (forty-fifth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads readings said to be running high, a treatment's bell, a child's delay, a social worker's licence, a wound closing and a dilation", () => {
    expect(found('Hi Tom, saw the log u sent - mornings r still running a bit high. Lets chat Thurs.')).toContain('test_result');
    expect(found('Reminder Thurs 9am is ur LAST day with us, bring the family for the bell ringing!!')).toContain('procedure');
    expect(found('Confirmed: Marcus T., Thu 4/11 4:00pm, Dr. Brandt. Visit type: 18MO F/U SPEECH DELAY.')).toContain('diagnosis');
    expect(found('Your appt with Lauren Pike, LISW is Tue at 4:30pm in Suite 210.')).toContain('MH');
    expect(found("Dr Hale wants to see u back in 2 wks to look at how it's closing up. keep it covered till then.")).toContain('procedure');
    expect(found('Dr. Huang wanted me to let you know the stretch went well, you can eat regular food by the weekend.')).toContain('procedure');
    // a door's bell and a store's hours running late are no one's care
    expect(found('Please use the night entrance on the east side and ring the bell.')).toEqual([]);
  });

  it('reads what went out only as visit_followup: a taper counted, braces worn, a recovery community, a safe number', () => {
    expect(found('Day 3 of ur taper! Remember just 1 tab in the AM now.')).toContain('medication');
    expect(found('The gap is closing nicely, keep the chain on & wear the bands.')).toContain('procedure');
    expect(found("BSSH Recovery Community: tonight's meeting moved to Rm 205. See u at 6!")).toContain('SUD');
    expect(found('Is this still a safe number to reach u? Reply 1 for yes.')).toContain('SDV');
  });
});

describe('the positive model: what probes 1310-1333 let through (forty-sixth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const jade = createClassifier({ positive: true, vetted: ['翡翠園社區診所', '翡翠園', ...practiceNames('Jade Garden Community Clinic')], practice: practiceNames('Jade Garden Community Clinic') });

  it("reads one patient's visit summary as hers although it ends in a mailing service's unsubscribe line and the practice's name says 社區", () => {
    const summary = '麥小姐您好：\n\n以下係您4月10日見醫生嘅摘要：\n• 診斷：過敏性鼻炎\n• 建議：枕頭套每星期洗，花粉多嘅日子戴口罩\n\n翡翠園社區診所\n\n如不想再收到電郵，請按此取消：example.org/unsub';
    expect(labels(jade.classifyText(summary, 'zh-Hant'))).toContain('unvetted');
    // a campaign greeting everyone still reads as one
    const campaign = '各位街坊：\n\n流感疫苗已經到貨，歡迎所有長者嚟打。\n\n翡翠園社區診所\n\n如不想再收到電郵，請按此取消：example.org/unsub';
    expect(jade.classifyText(campaign, 'zh-Hant')).toEqual([]);
  });

  it("reads a pregnancy's visit by its week in Korean, Arabic and Haitian Creole, and a reading said in words", () => {
    expect(found('윤서연님, 12주 검진 예약 6/13(목) 오전 11시입니다.', 'ko')).toContain('PREGNANT');
    expect(found('موعد الأسبوع ٣٦ مع الدكتورة ليلى يوم الخميس', 'ar')).toContain('PREGNANT');
    expect(found('Randevou 32 semèn ou a se madi 11 mas a 10:30 AM.', 'ht')).toContain('PREGNANT');
    expect(found("140s over 90s at home is still a little high, keep logging them.")).toContain('lab_value');
    // a week that is no pregnancy's, and a campaign's threshold
    expect(found('2주 후 검진 예약 잡아 드릴게요.', 'ko')).not.toContain('PREGNANT');
    expect(found('موعدك الأسبوع القادم يوم الخميس', 'ar')).not.toContain('PREGNANT');
    expect(found('A normal reading is under 120 over 80.')).not.toContain('lab_value');
  });

  it("reads a buprenorphine clinic's films and cup, a sober house, a slip, a syringe swap and a shelter's number", () => {
    expect(found('reminder ur thurs 10:15 is ur film refill visit, youll do the cup test at check in like always')).toContain('SUD');
    expect(found('bring back the empty wrappers from last wk for the count pls')).toContain('SUD');
    expect(found('come in feeling crummy, at least 12-24 hrs since last use')).toContain('SUD');
    expect(found('ur bed at the sober house on 4th opens up mon')).toContain('SUD');
    expect(found("yes u can still come to group tues even tho u slipped last weekend")).toContain('SUD');
    expect(found("we'll be parked by the laundromat w/ fresh kits, bring ur full container & I'll swap it")).toContain('SSP');
    expect(found('u did the right thing leavin. txt me when ur somewhere safe')).toContain('SDV');
  });

  it('reads insulin by its units and pens, a quit kit, a mammogram\'s preparation and a device placed', () => {
    expect(found('ok new numbers - 18 units at nite now, go up 2 every 3 days')).toContain('medication');
    expect(found('Ready na po yung pens nyo at pen tips, nasa ref po namin.', 'tl')).toContain('medication');
    expect(found('Sra. Beatriz, suas canetas estão prontas. Lembre de manter na geladeira.', 'pt')).toContain('medication');
    expect(found('Your quit kit for week 3 is ready for pickup.')).toContain('medication');
    expect(found('No lotion, powder or deodorant that morning pls, and wear a 2-piece outfit.')).toContain('procedure');
    expect(found('your insurance denied the claim for the device placed on 3/3.')).toContain('procedure');
    // units that are no dose
    expect(found('The building has 18 units and a parking lot.')).not.toContain('medication');
  });

  it('lets through naloxone handed to anyone, a results notice that says when they were drawn, and everyday words', () => {
    expect(found('Free Narcan at both our front desks for anyone, no questions asked. It saves lives.')).toEqual([]);
    expect(found('Hi Lena, your results from last week are in. Dr. Quintero posted a note with them in your portal.')).toEqual([]);
    expect(found('Pharmacie: Votre ordonnance est prête à ramasser. On ferme à 7h ce soir.', 'fr')).toEqual([]);
    expect(found('Palmetto Gardens: Su cita es hoy a las 4:15pm. Hay tranque en la entrada principal.', 'es')).toEqual([]);
    // the patient's own naloxone is care, and a word set apart is no offer
    expect(found('Your naloxone is ready for pickup.')).toContain('SUD');
    expect(found('Parking is free Narcan, in the rear lot.')).toContain('SUD');
  });

  it("lets through a screening for everyone named with its test, a group by age offered a mammogram, a surname before an initial and Vietnamese 'ơi'", () => {
    expect(found('Free, confidential STI testing for all students every Wed 1-4 PM, Hall B. No appt needed.')).toEqual([]);
    expect(found('All women 40 and older can get a free mammogram on our van this Saturday, 9-3.')).toEqual([]);
    expect(found('Corliss Pharmacy: 2 prescriptions ready for pickup for GUZMAN, R. We will hold them for 10 days.')).toEqual([]);
    expect(found('Cô Thu ơi, phòng khám đã nhận được tiền cô trả $40.00. Cảm ơn cô!', 'vi')).toEqual([]);
    // someone's own test, a group chosen by its condition, a drug before an initial, and "ói" (vomiting)
    expect(found('Your STI testing is Friday at 3.')).toContain('STD');
    expect(found('Patients with diabetes can get a free eye exam Saturday.')).toContain('diagnosis');
    expect(found('Ready for pickup: SUBOXONE, R. thanks')).toContain('SUD');
    expect(found('Chị ói nhiều không?', 'vi')).toContain('diagnosis');
  });

  it("reads a birth by its month, a glucose test's drink, an options visit and a liver's care in Vietnamese as written (probes 1350-1357)", () => {
    expect(found('Since ur due in Aug, ur eligible for our free car seat class Sat 5/3.')).toContain('PREGNANT');
    expect(found("You'll drink the sweet drink when you arrive, so come w/o breakfast.")).toContain('procedure');
    expect(found("You're confirmed for Wednesday at 4 PM for your options conversation.")).toContain('PREGNANT');
    expect(found('Anh Khánh có hẹn tái khám gan với BS. Võ lúc 9:00 sáng Thứ Hai.', 'vi')).toContain('diagnosis');
    // a bill or a checkup due in a month, a recent visit and "yes" in Vietnamese
    expect(found('Your payment is due in May.')).not.toContain('PREGNANT');
    expect(found("You're due in March for your physical.")).not.toContain('PREGNANT');
    expect(found('Có một tài liệu mới từ lần khám gần đây trong cổng thông tin bệnh nhân.', 'vi')).not.toContain('diagnosis');
    expect(found('Vâng dạ, cảm ơn chị.', 'vi')).not.toContain('diagnosis');
  });

  it("reads a group's step, a dilute drug screen, a Mohs surgery's layers, a genetic counselor and worry thoughts (probes 1358-1365)", () => {
    expect(found("Reminder: group w/ Tanisha is Wed 5:30pm. bring ur workbook, we're on step 4")).toContain('SUD');
    expect(found('ur collection from tues came back dilute, employer wants a redo by tmrw 5pm.')).toContain('SUD');
    expect(found('Dr. Yoon blocks the whole morning for these so plan to be here 3-4 hrs while the lab reads each layer.')).toContain('procedure');
    expect(found('Your appointment is Tuesday at 3:45 PM with Rachel Lindqvist, MS, CGC.')).toContain('procedure');
    expect(found("we're on for Thurs 4pm, same link. bring the worksheet on the worry thoughts we started")).toContain('MH');
    // a step of the way in is no step of a program
    expect(found('Use the side entrance; there is one step at the door.')).toEqual([]);
  });

  it('reads a couple seen together, an eating disorder plan, a dose kept with visits and an oxygen flow', () => {
    expect(found("If only one of you can make it let us know, he'd rather reschedule than meet with just one of you.")).toContain('MH');
    expect(found('Same plan: scale stays turned around, and text me if the urge to skip dinner comes back.')).toContain('MH');
    expect(found('no more missed ones or she cant keep writin it for u, so pls come')).toContain('medication');
    expect(found('Remember: 2 at rest, 4 when ur walking, 3 overnight. Dont go higher w/o calling us.')).toContain('procedure');
  });
});

describe('the positive model: what probes 1310-1373 let through (forty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a recovery's milestone called huge, a dose changed without its medicine, a home test's sign and a program's phase", () => {
    expect(found("hey its Marcus!! saw ur name on the board this morning, 90 days thats HUGE bro, proud of u. see u thurs")).toContain('SUD');
    expect(found('so proud of u today. 1 yr is a BIG deal. cake is on me at the thurs meeting')).toContain('SUD');
    expect(found('There is one Tues at 7 too, basement door. Proud of 60 days man.')).toContain('SUD');
    expect(found('Dr. Broussard sent the higher strength to Crescent Bend. Start the new one Monday.')).toContain('medication');
    expect(found('did u get a chance to do the home test yet? if its + call me')).toContain('procedure');
    expect(found('Dr O signed off on ur phase 3, pickup days change to Mon/Thu starting next wk')).toContain('SUD');
    // a count of days that is no one's recovery, and a strength that is no dose's
    expect(found('Our new hours start in 30 days. We are so proud of the new building!')).not.toContain('SUD');
  });

  it('reads a billed service by its code in brackets or on a line of date, code and amount', () => {
    expect(found('Statement available. Amount due $60.00 for 11/08 visit (code 59425, 4-6 visits package).')).toContain('procedure');
    expect(found('Sau đây là các khoản anh cần thanh toán:\n\n03/06  90837  $20.00\n10/06  90837  $20.00', 'vi')).toContain('procedure');
    // a sender's short code and a zip code beside an amount are no service's
    expect(found('Our texts only come from short code 72455.')).toEqual([]);
    expect(found('Mail your payment of $20.00 to PO Box 12, Newark NJ 07102.')).toEqual([]);
  });

  it("reads home dialysis's supplies, a transplant list, a partner treated, a ring's first week and a counselor's words", () => {
    expect(found('the supply co. driver could not leave your boxes - you only have about 3 days of bags left')).toContain('procedure');
    expect(found('el técnico llega el jueves para revisar la máquina de su casa y entregar las cajas de bolsas de solución', 'es')).toContain('procedure');
    expect(found("Your phone has to stay ON now that you're active on the list.")).toContain('procedure');
    expect(found("ur partner's meds are ready too, both of u need to finish the full course b4 being together again")).toContain('STD');
    expect(found('12/03 Panel ITS (laboratorio) - $62.00', 'es')).toContain('STD');
    expect(found('just checking how the 1st week with the ring went? If it slips out just rinse it')).toContain('SEX');
    expect(found('Proud of u for speaking up in circle tonight. Same chairs next Weds 7pm')).toContain('MH');
    expect(found('2nd week of coming down is the hardest part. pls come back tmrw')).toContain('SUD');
  });

  it("keeps a drug test's term when a reminder's sentence speaks of every patient (the corpus property's counterexample)", () => {
    const body = 'unannounced test, Please arrive 10 minutes early to fill out the depression screening questionnaire every patient completes once a year.';
    expect(found(body)).toContain('SUD');
    // a screening every patient completes is still no one's finding
    expect(found(body.replace('unannounced test, ', ''))).toEqual([]);
  });

  it("lets through a pharmacy's patient in capitals, an insurance's denial, a portal still read, and a sick visitor's rule as staff type it", () => {
    expect(found('Harborview Pharmacy: Prescription for LOR, NENG is ready. Please pick up by 3/20.')).toEqual([]);
    expect(found('Farmacia Harborview: La receta de GUTIERREZ, ISAAC está lista para recoger.', 'es')).toEqual([]);
    expect(found('We got a denial from ur insurance for ur 2/14 visit bc the policy # dont match. Pls call billing')).toEqual([]);
    expect(found('Due to the snow, all appointments on Tue 2/11 are cancelled. Portal messages are still monitored.')).toEqual([]);
    expect(found('Reminder! Ur appt is Mon 6/3 at 2:15pm. If ur sick w/ a fever pls call before comin in.')).toEqual([]);
    // a medicine in capitals is still found, and so is someone's own fever
    expect(found('Prescription for LOR, PAXIL is ready.')).toContain('medication');
    expect(found('Ur fever should break by Mon, call before comin in if not.')).not.toEqual([]);
  });

  it("reads a practice's two-word name that Korean writes as one word by its sound", () => {
    const golden = createClassifier({ positive: true, vetted: practiceNames('Golden Years Home Health'), practice: practiceNames('Golden Years Home Health') });
    expect(golden.classifyText('골든이어스 홈헬스: 6월 3일(수) 오후 1시 방문이 확정되었습니다. 감사합니다.', 'ko')).toEqual([]);
    // a word that sounds like no word of the name stays doubted
    expect(labels(golden.classifyText('리버벤드 홈헬스: 6월 3일(수) 오후 1시 방문이 확정되었습니다.', 'ko'))).toContain('unvetted');
  });
});

describe('the positive model: what probes 1374-1381 let through (forty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a mental health day program by its acronym, a buprenorphine start, an IVF transfer's preparation and an early pregnancy's numbers", () => {
    expect(found('Reminder from KBH: your PROS intake is Wed 4/2 at 9am, Annex B. Bring photo ID + Medicaid card.')).toContain('MH');
    expect(found('ur start day is Mon 5/19 8am. dont take nothin after sat night so ur feelin it when u come in.')).toContain('SUD');
    expect(found('Recordatorio, martes 29/4 a las 7:30 a.m. para su transferencia. Tome 1 litro de agua una hora antes.', 'es')).toContain('procedure');
    expect(found("Great news Amber!! Repeat draw Thurs 3/13 at 7am to make sure it doubles.")).toContain('PREGNANT');
    // "pros" of everyday Spanish and English is no program's
    expect(found('Pros y contras: llame si tiene preguntas sobre su factura.', 'es')).not.toContain('MH');
  });

  it("reads insulin's units in Haitian Creole, a medicine's form and timing, a patch's change and a drug level", () => {
    expect(found('Rapèl: 10 inite swa a, epi 4 inite anvan chak gwo manje si chif la plis pase 180.', 'ht')).toContain('medication');
    expect(found("Dr. Asante sent the new script, its the extended-release one now, once in the morning.")).toContain('medication');
    expect(found('Dr Osgood switched u, new box is at Ridgecrest. change every 72 hrs same as before')).toContain('medication');
    expect(found('Ms. Ortiz ur level was 0.6, a little low. New Rx at Corwin Ave Pharm.')).toContain('procedure');
  });

  it("lets through Cantonese 'your medicine' at a pickup, a parking level, a sliding fee in French, a Creole bill and a results notice", () => {
    expect(found('和諧藥房：梁生，你啲藥執好咗，今日6點前嚟攞，或者聽日都得。', 'zh-Hant')).toEqual([]);
    expect(found('[SFHC] 윤서아님 4/15(화) 오후 4시 예약 잊지 마세요~ 주차는 P2 이용 가능합니다.', 'ko')).toEqual([]);
    expect(found('Bonjour, vous pouvez demander notre tarif dégressif selon vos revenus.', 'fr')).toEqual([]);
    expect(found('Ou gen yon balans $25.00 sou kont ou. Si w gentan peye, pa okipe mesaj sa a.', 'ht')).toEqual([]);
    expect(found('Bonjou! Dokiman ak rezilta w yo pare. Ou ka wè yo nan pòtal la.', 'ht')).toEqual([]);
    expect(found('Friendly reminder ur appt is tmrw at 10:40am. If ur runnin a fever pls call before comin in.')).toEqual([]);
    // "dépressif" itself is still found, and so is a medicine named in a pickup
    expect(found('Suivi dépressif: rendez-vous jeudi.', 'fr')).not.toEqual([]);
    expect(found('和諧藥房：梁生，你啲抗抑鬱藥執好咗。', 'zh-Hant')).not.toEqual([]);
  });
});

describe('the positive model: what probes 1382-1389 let through (forty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads "the usual group", a teen\'s ring and pill pack in Spanish, a pill count, an audiologist and post-exposure medicine', () => {
    expect(found("Reminder: Tue 3/18, 6:00 PM - the usual Tuesday group with Marcus, room 3B. Coffee's on us.")).toContain('MH');
    expect(found('Hola Daniela, ya llegó tu anillo nuevo, el que te cambias cada mes, recógelo en la recepción.', 'es')).toContain('SEX');
    expect(found('tu paquete de 3 meses ya está listo. Recuerda: empiezas el domingo después de que te baje', 'es')).toContain('SEX');
    expect(found('Appt w/ Dr. Mendonça Fri 8 AM. Pls bring ur bottle so we can do the count.')).toContain('medication');
    expect(found('Reminder: Wed 2/26 at 4:00 PM w/ Lena Hartwig, AuD - Annual HA Check & Clean.')).toContain('procedure');
    expect(found('Cô Lan ơi, pin số 13 cho máy nghe của cô về rồi, cô ghé quầy lấy nha.', 'vi')).toContain('procedure');
    expect(found('Just checking in, are you still taking the 28-day pack every day since Saturday?')).toContain('HIV');
    expect(found('kumadin clinic moved to rm 204 for ur 9:30 tmrw')).toContain('medication');
    // the usual time is no group, and a name's "aud" is no audiologist
    expect(found('See you at the usual time on Tuesday, room 3B.')).toEqual([]);
  });

  it("lets through a sick visitor's rule in Spanish, and still finds what a personal instruction says", () => {
    expect(found('Cita el viernes 6/7 a las 4:20pm. Si tiene fiebre o síntomas de gripe, llámenos antes de venir.', 'es')).toEqual([]);
    expect(found('Si sus síntomas empeoran, llámenos antes de venir.', 'es')).not.toEqual([]);
    expect(found('Si tiene fiebre, tome el Tylenol cada 6 horas.', 'es')).toContain('medication');
  });
});

describe('the positive model: what probes 1390-1397 let through (forty-seventh session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a residential stay, a recovery year and its coin, an obstetric package, a colonoscopy's prep and insulin pens in Arabic", () => {
    expect(found("glad u got checked in at Blue Sky Lodge yesterday. 28 days goes fast. call me when they give u ur phone back")).toContain('SUD');
    expect(found('Happy 1 year Dale!! 365 days, so proud of u. Ur coin is waiting for u at the front desk.')).toContain('SUD');
    expect(found("Reminder: Tues 7pm meeting is in the conf room this week. 90 days this Sunday, proud of u!")).toContain('SUD');
    expect(found('the $150 for the baby package (all ur visits thru delivery) can be split into 3 payments')).toContain('PREGNANT');
    expect(found('Tmrw 7:30AM arrival. Finish the last bottle by 3:30AM then nothing else. bring ur driver.')).toContain('procedure');
    expect(found('صيدلية النور: أقلامك جاهزة للاستلام. يرجى إحضار حقيبة مبرّدة لأنها يجب أن تبقى في البراد.', 'ar')).toContain('medication');
    // a building's anniversary is no one's recovery
    expect(found('We opened 365 days ago and are so proud of our team. Thank you, neighbors!')).not.toContain('SUD');
  });

  it("lets through a Lenten recipe's 'cocine' (one letter from cocaine), a Spanish checklist's allergies and Arabizi confirmations", () => {
    expect(found('Esta Cuaresma, cocine el pescado al horno o a la plancha en vez de frito.', 'es')).toEqual([]);
    expect(found('Favor de traer sus medicamentos, su lista de alergias y su tarjeta de seguro.', 'es')).toEqual([]);
    expect(found('Tamam, maw3adak ma3 Dr. Youssef mit2akkad el Arba3a 2:00 PM. Shukran!', 'ar')).toEqual([]);
    // cocaine itself is still found
    expect(found('Su prueba de cocaina salió positiva.', 'es')).toContain('SUD');
  });

  it("lets through a specialist copay, screens as devices and an insurer that responds; someone's drug screens stay doubted", () => {
    expect(found('Your estimated cost for your visit on June 3 is $35.00 (specialist copay).')).toEqual([]);
    expect(found('Looking at screens all day? Try the 20-20-20 rule. Screens off 1 hour before bed.')).toEqual([]);
    expect(found("If any amount remains after your insurer responds, we'll send you a statement.")).toEqual([]);
    expect(found('Your drug screens came back.')).not.toEqual([]);
  });
});

describe('the positive model: what probes 1398-1405 let through (forty-eighth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads blood counts, the bell rung at a treatment's end, a course's day, a tablet spaced, a food kept away and a dose stepped up", () => {
    expect(found('Hi Denise, since ur white count tends to dip around day 10, skip the flu clinic at church.')).toContain('procedure');
    expect(found("Hi Mrs. Delgado - congrats on ringing the bell today!! We'll miss you. -the 2nd floor crew")).toContain('procedure');
    expect(found("Reminder: Wed 4/9 9am - Dr. Brandt's office. Day 1 of 25! Check in at the LL desk.")).not.toEqual([]);
    expect(found("got ur msg - dont take the 2nd tab on the same day, space them 72 hrs apart.")).toContain('medication');
    expect(found('Hi Priscilla, reminder Owen stays almond-free at camp and the camp nurse should have his kit.')).not.toEqual([]);
    expect(found('Dr T sent the new rx - going from the 2.5 to the 5 starting next wk.')).toContain('medication');
    expect(found('ur number came back under 0.1 again, Dr W is very happy, see u in 6 months')).not.toEqual([]);
    expect(found('Reminder: Wed 6/4 7 PM - Food Freedom circle w/ Dr. Ashgrove, Magnolia Room.')).not.toEqual([]);
    expect(found('Services: 55700 (x1), 76872 (x1) Charges: $3,418.00 Patient responsibility: $547.60')).not.toEqual([]);
    expect(found('Si su mamá ya no la reconoce en las tardes, es parte de como va avanzando.', 'es')).toContain('diagnosis');
    // pollen counts, a browser's tab, a fragrance-free office and a suite's number are nobody's care
    expect(found('Pollen counts are very high today. Keep car windows up.')).toEqual([]);
    expect(found('Your statement is in the portal under the Documents tab.')).toEqual([]);
    expect(found('Our office is fragrance-free. Thank you!')).toEqual([]);
  });

  it("reads a term written without its apostrophe in a text that has one, and a term's letters split by other marks still need the term's own words", () => {
    expect(found("just checking u got the test from the front desk ok? if it's + call the nurse line")).toContain('procedure');
    expect(found("if it’s + call me")).toContain('procedure');
    expect(found("Dr Q says he shouldn't drive anymore.")).toContain('diagnosis');
    // a name's possessive is no split term
    expect(found("Reminder: Thu 2 PM at Ivan's office.")).not.toContain('medication');
  });

  it("lets through footers and notices in Portuguese, Arabic, Korean and a sick visitor's rule that asks to change the visit", () => {
    expect(found('Este e-mail não é monitorado para urgências. Em caso de emergência, ligue 911.', 'pt')).toEqual([]);
    expect(found('للأسئلة الصحية يرجى استخدام بوابة المرضى', 'ar')).toEqual([]);
    expect(found('لديك رسالة جديدة من فريقك الصحي على البوابة الإلكترونية', 'ar')).toEqual([]);
    expect(found('방문 시 마스크 착용은 자율입니다. 감사합니다.', 'ko')).toEqual([]);
    expect(found('Si tiene fiebre o síntomas de gripe el día de su cita, por favor llámenos para cambiarla.', 'es')).toEqual([]);
    // the patient's own symptoms are still doubted
    expect(found('Si sus síntomas empeoran, llámenos para cambiarla.', 'es')).not.toEqual([]);
  });

  it("reads a twelve-step program, hours since last use, a pill by its hour, a tablet counted, a strength switched and a circle named by its weekday", () => {
    expect(found('found 2 meetings near ur work for the 12-step program: Tues 7pm + Thurs noon online')).toContain('SUD');
    expect(found('see u Mon 8am for ur start day. come in feeling rough, at least 12 hrs since u last used.')).toContain('SUD');
    expect(found('hows it going since we switched u off the morning one?')).toContain('medication');
    expect(found('Dr. Merriwether wants you to go down to 1 tab at bedtime instead of 2 starting tonight.')).toContain('medication');
    expect(found('the pharmacy was out of the 500s so Dana switched you to the 250s - take 2 instead of 1, same times.')).toContain('medication');
    expect(found('reminder the Monday evening support circle moved to the small conf room this wk')).not.toEqual([]);
    expect(found('Your spot in the Sat moms & babies circle is saved! Bring baby and a blanket.')).not.toEqual([]);
    // a decade and a morning slot are no medicine
    expect(found('Temps in the 90s this week: drink water and check on neighbors.')).not.toContain('medication');
  });

  it("lets through a group greeted with 好 and a Korean weekday inside its date's brackets; someone asked if they are better is found", () => {
    expect(found('各位同学好！流感季节即将到来，学生健康中心为所有在校学生提供免费流感疫苗。', 'zh-Hans')).toEqual([]);
    expect(found('내일(4/3 목) 오후 1시 예약입니다. 변경은 최소 24시간 전에 연락 부탁드립니다.', 'ko')).toEqual([]);
    expect(found('李先生，你好多了吗？', 'zh-Hans')).toContain('diagnosis');
    // the neck (목) in pain is still doubted
    expect(found('목 아프세요?', 'ko')).not.toEqual([]);
  });

  it("reads a test congratulated, a shot that keeps someone covered, a loss, a residential stay packed for and a bedwetting chart", () => {
    expect(found('the test u did tues is in MyCedar - congratulations!! call to set up ur first visit w Dr Lindahl')).not.toEqual([]);
    expect(found('Time for your next shot so you stay covered. Window is Mar 3-Mar 17. Quick nurse visit, 10 min.')).not.toEqual([]);
    expect(found("Hi Ms. Annette, just thinkin of u after last week's loss. No need to reply.")).toContain('MH');
    expect(found('ur bed at the Lodge opens up monday!! pack for 28 days, no phone the first week. so proud of u')).toContain('SUD');
    expect(found("Please bring the dry-night chart and the bed alarm so we can look at them.")).toContain('diagnosis');
    expect(found('ur patch is going down to the 14 this wk! great job cutting back')).toContain('medication');
    // Medicaid's renewal keeps everyone covered without a shot
    expect(found('Renew your Medicaid by June 30 to stay covered. Call us for free help.')).toEqual([]);
  });

  it("lets through a Creole time, a heron on a van and a video link on a care.link domain; CareLink the device is still found", () => {
    expect(found('Rapèl: Ou gen randevou demen madi a 10è30 di maten nan Klinik Onley. Reponn C pou konfime.', 'ht')).toEqual([]);
    expect(found('Look for the white van w/ the heron logo.')).toEqual([]);
    expect(found('Join from your phone 5 min early: pvwh-care.link/v/93JX')).not.toContain('procedure');
    expect(found('Your CareLink upload is due this week.')).toContain('procedure');
  });

  it("vouches for the practice's initials where they stand as its sign, though they spell a counsellor's credential", () => {
    const names = practiceNames('Little Mekong Health Center');
    const practice = createClassifier({ positive: true, vetted: names, practice: names });
    for (const text of ['LMHC: Reminder, appt Fri 8/1 at 3:00 PM. Reply C to confirm.', 'Log in at my.lmhc-stpaul.org or call 651-555-0142.', 'Your appt is Tue 3pm. -LMHC']) {
      expect(labels(practice.classifyText(text, 'en')), text).toEqual([]);
    }
    // elsewhere in a sentence they are the credential, and a name that says its care keeps them a finding
    expect(labels(practice.classifyText('Your LMHC appointment with Dana is Tuesday.', 'en'))).toContain('MH');
    const said = practiceNames('Lakeside Mental Health Center');
    const saying = createClassifier({ positive: true, vetted: said, practice: said });
    expect(labels(saying.classifyText('LMHC: Reminder, appt Fri 8/1 at 3:00 PM.', 'en'))).toContain('MH');
  });

  it("reads a practice's name Korean writes with ㅈ for a voiced s and 앤 for its 'and', and Ojibwe greetings in an English text", () => {
    const names = practiceNames('Pacific Heights Skin and Laser');
    const practice = createClassifier({ positive: true, vetted: names, practice: names });
    const text = '퍼시픽하이츠 스킨앤레이저입니다. 새로운 검사 결과가 환자 포털에 올라왔습니다.';
    expect(words(text, practice.classifyText(text, 'ko'), 'unvetted')).toEqual([]);
    expect(found('Aaniin! Reminder: ur appt is tomorrow at 1:40 PM at the Main Clinic. Giga-waabamin!')).toEqual([]);
  });

  it("reads a shot that covers someone, a pregnancy's week in Tagalog, the check six weeks after a birth, the ID team and a BH intake", () => {
    expect(found("Hey Destiny, it's Nadia. The shot you got today covers you til Feb 10.")).not.toEqual([]);
    expect(found('Paalala po: ang check-up ninyo para kay baby (ika-24 na linggo) ay sa Miyerkules 3/19, 10:30 AM.', 'tl')).not.toEqual([]);
    expect(found('Recordatorio: su revisión de las 6 semanas es el martes 4/8 a las 2:00 PM. Puede traer al bebé.', 'es')).toContain('PREGNANT');
    expect(found('noticed u missed ur last 2 w/ the ID team & ur meds run out around the 20th')).not.toEqual([]);
    expect(found('BRHP: Reminder for Tue 4/22 1:00 PM - BH INTAKE w/ Lic. Ortega, Rm 204.')).toContain('MH');
    expect(found("Kenzie's shots are Tue & Thu at 4pm. Remember she has to wait 30 min after.")).not.toEqual([]);
    expect(found("if it's + pls call us before 5 so we can talk about next steps")).not.toEqual([]);
    expect(found('Big day tomorrow, the last one! Bring your family for the bell at 11.')).not.toEqual([]);
    expect(found('Please ring the bell at the side door if the front is locked.')).toEqual([]);
    // a month's second week in Tagalog is a date, and bringing your ID to a clinic is no team
    expect(found('Sarado po ang klinika sa ika-2 na linggo ng Marso.', 'tl')).not.toContain('PREGNANT');
  });

  it("lets through an Arabic address's suite before its code; the ward alone stays doubted", () => {
    expect(found('العنوان: 2210 Gullwing Avenue، الجناح 2B، بروكلين.', 'ar')).toEqual([]);
    expect(found('المكان: 318 Larkmoor Avenue، الطابق الأول، الجناح ب', 'ar')).toEqual([]);
    expect(found('والدك في الجناح الآن', 'ar')).not.toEqual([]);
  });

  it("vouches for a plural word of the practice's name in the singular, as its portal is named", () => {
    const names = practiceNames('Little Acorns Pediatric Partners');
    expect(names).toEqual(expect.arrayContaining(['Acorn', 'Partner']));
    const practice = createClassifier({ positive: true, vetted: names, practice: names });
    const text = 'Little Acorns: New results are available in the Acorn Family Portal. Log in to view them.';
    expect(words(text, practice.classifyText(text, 'en'), 'unvetted')).toEqual([]);
  });
});

describe('the positive model: what probes 1430-1437 let through (forty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('lets through a Vietnamese campaign addressed to everyone, and still finds the same condition said to one patient', () => {
    expect(found('Tháng 5 là Tháng Nhận thức về Bệnh Viêm gan. Xét nghiệm viêm gan B miễn phí cho mọi người tại hội chợ sức khỏe, Thứ Bảy 17/5.', 'vi')).toEqual([]);
    expect(found('Có buổi thử máu viêm gan B miễn phí cho cộng đồng vào Chủ Nhật.', 'vi')).toEqual([]);
    // tied to the reader by a kinship word or "quý vị", the same words are the patient's
    expect(found('Chị được xét nghiệm viêm gan B miễn phí vào thứ Bảy.', 'vi')).toContain('diagnosis');
    expect(found('Kết quả viêm gan B của quý vị đã có. Xét nghiệm miễn phí cho cả gia đình.', 'vi')).toContain('diagnosis');
    expect(found('Bac si muon anh xet nghiem viem gan B mien phi tuan sau', 'vi')).toContain('diagnosis');
  });

  it("reads a Vietnamese pregnancy's week, a class for one part of the body, a sleep study's night and a memory screen's tasks", () => {
    expect(found('Chào chị Lan, tuần này chị đã được 24 tuần rồi, nhớ đi bộ mỗi ngày nha.', 'vi')).toContain('PREGNANT');
    expect(found('Bé nhà mình được 8 tuần tuổi rồi, nhớ mang sổ chích ngừa nha.', 'vi')).not.toContain('PREGNANT');
    expect(found('see u tues 5pm for the knee class, bring ur band + water')).toContain('procedure');
    expect(found('The overnight test has to be redone since you only slept 2 hours. We will call to rebook.')).toContain('procedure');
    expect(found('Thanks for coming in with your daughter. The clock drawing went fine; we will repeat it next spring.')).toContain('procedure');
    expect(found('Your new pair is ready for fitting on Thursday at 10 - plan on an hour.')).toContain('procedure');
    // "fitting" as a fit, and a workshop on falls, are nobody's device
    expect(found('We will find a time fitting your schedule.')).toEqual([]);
  });

  it('reads an attendance letter for a court, one side that changed, a dose stepped up and a Russian lab value', () => {
    expect(found('ur attendance letter for the Thurs group is ready, I can fax it to ur probation officer')).toContain('procedure');
    expect(found("hi, the letter confirming ur attendance at the Sunday meetings is signed for ur attorney")).toContain('procedure');
    expect(found('FYI Dr K says the left ear dropped a little since your last test, we can talk options at the visit')).toContain('test_result');
    expect(found('Dr O ok’d going up to the 40 at night starting Fri. same pharmacy')).toContain('medication');
    expect(found('the 250 goes up to 500 twice a day with food, start tomorrow')).toContain('medication');
    expect(found('Анна Петровна, ТТГ 5,8 — чуть выше нормы, доктор перезвонит.', 'ru')).toContain('test_result');
    // a school's attendance, a price that goes up and a count of visits are not
    expect(found('Your child has perfect attendance this month - great job!')).toEqual([]);
    expect(found('Parking goes up to $5 on Jan 1.')).not.toContain('medication');
    expect(found('Приходите за 15 минут, возьмите список всех лекарств и витаминов, которые вы принимаете.', 'ru')).toEqual([]);
  });

  it("reads a wheelchair, hearing aids and a breathing machine of the patient's own, self-harm skills, a child's meltdowns and an intensive program by its hour", () => {
    expect(found('Your new wheelchair arrived, you can pick it up Friday.')).toContain('diagnosis');
    expect(found('Ya llegó su silla de ruedas, puede pasar por ella el jueves.', 'es')).toContain('diagnosis');
    expect(found('the warranty covers the left aid but not the charger')).toContain('diagnosis');
    expect(found('Asirans lan apwouve machin pou w respire lannwit lan.', 'ht')).toContain('diagnosis');
    expect(found('great week! she used the ice cube trick twice instead, keep the plan on the fridge')).toContain('MH');
    expect(found('when he melts down at bedtime try the timer + walk away, log it for Thurs')).toContain('BH');
    expect(found('The plan approved the 4x/wk afternoon program, he can start Monday.')).toContain('BH');
    // a building's wheelchair access and a heat campaign's ice are everyone's
    expect(found('The entrance is wheelchair accessible and wheelchairs are available at the front door.')).toEqual([]);
  });

  it('lets through a reply keyword in capitals, a short surname before its initial, a Vietnamese name called without marks and a Haitian doctor out sick', () => {
    expect(found('Interpreters are free - reply LANG to request one.')).toEqual([]);
    expect(found('Nhắn HUY nếu không đi được.', 'vi')).toEqual([]);
    expect(found('2 items are ready for pickup for VO, H. Pickup window closes 7/20.')).toEqual([]);
    expect(found('anh Minh oi, lich hen cua anh la 9g sang thu Hai.', 'vi')).toEqual([]);
    expect(found('Dr. Pierre malad jodi a. Nou oblije anile randevou w.', 'ht')).toEqual([]);
    // a keyword that is a word of care stays doubted
    expect(found('Reply PREP for info')).not.toEqual([]);
  });

  it('reads a counselor met in a safe place in Vietnamese, and a Vietnamese weigh-in', () => {
    expect(found('Chi oi, ben ho tro hoi chi co muon gap nguoi tu van o cho an toan khong?', 'vi')).toContain('SDV');
    expect(found('Nhắc: buổi cân của bé vào thứ Hai 8g sáng.', 'vi')).toContain('procedure');
  });
});

describe('the positive model: what probes 1438-1445 let through (forty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a dialysis center named against home, braces coming off, a dental flipper, a feeding team, a driving limit and a T-level draw", () => {
    expect(found("Choices class Thu 6pm: we'll go over home vs. in-center options and tour the unit.")).toContain('procedure');
    expect(found('Reminder: Fri 3pm w/ Dr K - braces come off day!! brush extra well')).toContain('procedure');
    expect(found('the lab says ur flipper is ready, come by after 2 and Dr L will fit it')).toContain('procedure');
    expect(found("Reminder: Sam's 10am is with the feeding team, bring 2 foods he eats and 1 he won't.")).toContain('procedure');
    expect(found("Your DMV form is ready - Dr. R marked 'daylight driving only'.")).toContain('procedure');
    expect(found('reminder: ur T-level draw is Mon 9am, no need to fast')).toContain('procedure');
    // Center City and a car's daytime lights are nobody's care
    expect(found('Our new office is in Center City, 2nd floor.')).toEqual([]);
  });

  it('reads a twelve-step meeting, a start that asks for withdrawal, a pregnancy without its g, low mood in dialect and a day program', () => {
    expect(found('the 12-step friendly meeting moved to Room 2 this Sat, coffee on us')).toContain('SUD');
    expect(found('remember u wanna be feelin pretty rough when u get here, so dont use nothin after fri nite')).toContain('SUD');
    expect(found('since ur expectin, the flu shot is safe for u and the baby. walk in anytime')).toContain('PREGNANT');
    expect(found('ur sister called n said u been feelin real low again. Lacey can see u tmrw')).toContain('MH');
    expect(found("the day program at Harbor House has a spot opening Monday, can we talk tmrw?")).toContain('BH');
    expect(found("for Sam's visit pls bring the teacher + parent rating forms and a list of what he's taking for focus")).toContain('MH');
  });

  it("reads a dose to a tablet and a half, eye drops by their cap's colour, a partner's packet and a shelter in Spanish", () => {
    expect(found('Dr. O wants u to go up to 1 and a half of the morning tabs starting tmrw')).toContain('medication');
    expect(found("Dr P's takin u down to one n a half a day startin Mon")).toContain('medication');
    expect(found('the green-top bottle keeps going, the white-top one stops after Sunday')).toContain('medication');
    expect(found('the packet for your partner is at the front desk, sealed with the instructions')).toContain('STD');
    expect(found('Hablé con la trabajadora social del albergue, hay lugar para usted esta noche. Llámeme cuando pueda hablar segura.', 'es')).toContain('SDV');
    // a blood tube's cap is a lab's, and half a day off is no dose
    expect(found('We are open half a day on Friday.')).toEqual([]);
  });

  it('lets through a storm, a tele visit, an ARNP, a room in Polish, Somali and Iraqi notice words, and campaigns for brushing and meningitis', () => {
    expect(found('Because of the severe winter storm, our offices will be closed Tuesday.')).toEqual([]);
    expect(found('ur tele visit is Tues at 11:40am, link: tprh.link/v/K8P1')).toEqual([]);
    expect(found('Your video visit with Hana Whitcombe, ARNP is tomorrow at 1:30 PM.')).toEqual([]);
    expect(found('przypomnienie - jutro 10:30, dr Nowak, 2200 W. Ashgrove Ave, pok. 420', 'pl')).toEqual([]);
    expect(found('Waxaa kuu yaal 2 fariimood oo aan la akhrin bogga bukaanka.', 'so')).toEqual([]);
    expect(found('عدكم رسالة جديدة بالبوابة الإلكترونية، ادخلوا حتى تقروها.', 'ar')).toEqual([]);
    expect(found('Consejos para el cepillado de los niños: cepillen los dientes dos veces al día, para todas las familias.', 'es')).toEqual([]);
    expect(found('Kids 11-12 are due for Tdap, meningitis & HPV shots. Free vaccine days for all families Sat.')).toEqual([]);
    // the same storm's "severe" said of a patient stays doubted
    expect(found('Your pain has been severe since Monday?')).not.toEqual([]);
  });
});

describe('the positive model: what probes 1446-1453 let through (forty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads strengths in their plural, the dose now taken, half of a coloured pill and a Tagalog month of pregnancy", () => {
    expect(found('Dr. K switched you from the 20s to the 10s starting next fill.')).toContain('medication');
    expect(found('the new script for the 200s is at the pharmacy, u can stop the 100s after Sunday')).toContain('medication');
    expect(found("Pharmacy: the office called in a change - you're now on the 0.25 twice a day.")).toContain('medication');
    expect(found('ok to take half of the white one on bad nights this week')).toContain('medication');
    expect(found('Paalala po: ang check-up ninyo sa ika-6 na buwan ay sa Martes, 10 AM.', 'tl')).toContain('PREGNANT');
    // a heat wave in the 100s and a price list are no dose
    expect(found('Temps will stay in the 100s all week: drink water and check on neighbors.')).toEqual([]);
  });

  it('reads a first fill after a switch, a controlled medicine, bottles brought to be counted, a med review, betting apps and morning dosing', () => {
    expect(found("This is your 1st fill since Dr. L's change - the pharmacist will call.")).toContain('medication');
    expect(found("we can only do 30 days, insurance won't do 90 bc its schedule 2")).toContain('medication');
    expect(found('pls bring all ur bottles to Friday, she needs to count them')).toContain('medication');
    expect(found("You're due for your 3-month med review with Dr. P before your refills run out.")).toContain('MH');
    expect(found('Per our plan the block list for the betting apps is on your phone. Talk Thursday.')).toContain('MH');
    expect(found('ur bus pass for the morning dosing runs out Fri, stop by for a new one')).toContain('SUD');
    expect(found('Department: Interventional Spine. A responsible adult must drive you home.')).toContain('procedure');
    // two sessions scheduled are no schedule II
    expect(found('Someone will call to schedule 2 sessions a week apart.')).not.toContain('medication');
  });

  it("lets through a license brought for check-in, a child's results for parents, a flu campaign's 'stay home if sick' and greetings of Navajo, Ilocano, Chuukese and Arab families", () => {
    expect(found("Your appt is confirmed for Mon 6/2 at 10:30 AM. Please bring a driver's license or state ID for check-in.")).toEqual([]);
    expect(found("Your child's results are ready in the portal. Parents/guardians with proxy access can log in.")).toEqual([]);
    expect(found('Flu season is here. Wash hands, stay home if sick and get your flu shot.')).toEqual([]);
    expect(found("Yá'át'ééh! Reminder: Tue 5/20, 11:00 AM at the Juniper Mesa Clinic. Ahéhee'.")).toEqual([]);
    expect(found('Naimbag nga aldaw! Your appt is Fri 3/21 at 11:00 AM. Agyamanak!')).toEqual([]);
    expect(found('Ran annim! Reminder: Thu 5/1 at 9:00 AM, Mauka Wing. Kinisou chapur!')).toEqual([]);
    expect(found('Shukran! Your appointment is Monday at 2:30.')).toEqual([]);
    // a driver for a sedated procedure is still found
    expect(found('Please bring a driver with you, you will be sedated.')).toContain('procedure');
  });
});

describe('the positive model: what probes 1454-1461 let through (forty-ninth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads dialysis bag exchanges and a night machine in Spanish, a scratch panel, a device's remote check, a developmental evaluation's code and a patch's first week", () => {
    expect(found('El jueves venga a las 10 para que la enfermera le enseñe los cambios de la bolsa en la casa.', 'es')).toContain('procedure');
    expect(found('¿Cómo le ha ido con la máquina en la noche? ¿Ya la usa las 8 horas?', 'es')).toContain('diagnosis');
    expect(found("$45.00 is still owed for Mia's scratch panel on 3/2 after insurance.")).toContain('procedure');
    expect(found('ur remote check came thru fine, next one goes automatically in June')).toContain('procedure');
    expect(found('Department: DEV-BEH EVAL (2 HR) - West Valley')).toContain('MH');
    expect(found('Start the new patch Sunday, one every week x3 then a week off. Use backup the first 7 days!')).toContain('SEX');
    expect(found('switching him to the long-acting one, 1 in the morning. Stop the short ones after Sunday.')).toContain('medication');
    expect(found('heard u had a close call fri, glad ur ok. come by the van for more of the spray')).toContain('SUD');
  });

  it("lets through Tongan greetings in English texts, a negative balance, Gulf Arabic and familiar Spanish campaign words", () => {
    expect(found('Mālō e lelei! Reminder: 2 appointments Sat 4/13 at 9:00 & 9:20 AM. Mālō ʻaupito!')).toEqual([]);
    expect(found('Good news: your account shows a negative balance (a credit) of $12.40.')).toEqual([]);
    expect(found('湾脊医疗集团：医生5月20日下午的门诊因故取消，我们会尽快联系您改约。', 'zh-Hans')).toEqual([]);
    expect(found('¡Para toda la familia! Lávate las manos, cúbrete al toser y quédate en casa si estás enfermo.', 'es')).toEqual([]);
    // a bag that is the patient's own drain, and a patient's own fever, stay doubted
    expect(found('Si usted tiene fiebre de 101, llámenos hoy.', 'es')).not.toEqual([]);
  });

  it('reads a term before a street word written as a noun, and still drops it in an address', () => {
    expect(found('Hi, the IBD circle meets Thu 6:30 in Bldg B rm 104. Bring a friend if u want!')).toContain('diagnosis');
    expect(found('the HIV court date is Monday, bring the letter')).toContain('HIV');
    // an address writes the street word capitalized or short
    expect(found('Our office is at 1200 Hospice Way, Suite 3.')).toEqual([]);
    expect(found('Mail payments to 44 Cancer Ln, Tulsa OK.')).toEqual([]);
  });
});

describe('the positive model: what probes 1462-1469 let through (fiftieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));
  const foundIn = (subject: string, body: string): string[] => labels(positive.classify({ subject, body }));

  it("reads a pellet's placement, a liver clinic in Spanish, a scan's flicker, a sleep kit's bill, a sobriety count and news given at a visit", () => {
    expect(found("It's been 3 months, so you're due for your next pellet placement. Don't soak in a tub for 3 days afterward.")).toContain('procedure');
    expect(found('Recordatorio: su cita en la Clínica del Hígado es el jueves a las 2:15 PM.', 'es')).toContain('diagnosis');
    expect(found('just wanted to say congrats again on seeing that flicker today!! see you in 4 wks')).toContain('PREGNANT');
    expect(found('Hi, your ins. paid its part of the 2/20 home sleep kit. Remaining $86.00 due.')).toContain('procedure');
    expect(found('saw u didnt make it thurs. no judgement. 40 days is still 40 days, call me')).not.toEqual([]);
    expect(found("Checking on u after the news at Tuesday's visit. I know it's a lot.")).toContain('test_result');
    // a count that is no recovery's, and news that is a newsletter's, stay ordinary
    expect(found('Our spring newsletter: the news from our front desk and new Saturday hours.')).toEqual([]);
  });

  it("reads a level come back, a pill by its size and colour, an insulin pen's clicks, a seizure-free form and medicines locked up in Spanish", () => {
    expect(found('Your morning level came back at 238, which is lower than where Dr. Hartwick likes to see it.')).toContain('test_result');
    expect(found('Stop the little yellow one you take w/ lunch & start the new one tmrw AM.')).toContain('medication');
    expect(found('ur nighttime pen goes up to 28 clicks starting tonite')).toContain('medication');
    expect(found("Dr. Korver signed off that you've been 6 months event-free.")).toContain('diagnosis');
    expect(found('¿Ya guardaron bajo llave las medicinas de la casa como quedamos?', 'es')).toContain('MH');
    expect(found('Nothing solid since yesterday - ur doing great, almost done!')).toContain('procedure');
  });

  it('reads an English reminder tagged with a language the test does not cover as English, and still doubts a text in that language', () => {
    expect(found('Osiyo! Reminder: your appt is Tues 4/8 at 10:00 AM with Dr. Marcus Lowry, Main Clinic. Wado!', 'chr')).toEqual([]);
    expect(found('Boozhoo! Red Cedar Health Center has a new after-hours number: 218-555-0199. Please save it in ur phone. Miigwech!', 'oj')).toEqual([]);
    expect(found('Nyob zoo, koj muaj caij ntsib kws kho mob hnub Monday', 'hmn')).toContain('unvetted');
    expect(found('Le ricordiamo il suo appuntamento con il Dr. Martin lunedì 8 giugno alle 15:20.', 'it')).toContain('unvetted');
  });

  it("lets a campaign mailing's subject line name its topic, and still reads a subject tied to the reader", () => {
    const body = 'Dear patients,\n\nColorectal cancer is one of the most preventable cancers, and screening starts at age 45 for most adults.\n\nUnsubscribe: example.org/unsubscribe';
    expect(foundIn("Are you 45 or older? Let's talk about colon cancer screening", body)).toEqual([]);
    expect(foundIn('Your colon cancer screening results', body)).toContain('diagnosis');
    expect(foundIn("Let's talk about colon cancer screening", 'Hi Sam, your visit is Tuesday at 3.')).toContain('diagnosis');
  });
});

describe('the positive model: what probes 1470-1477 let through (fiftieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a shelter's offer and the email to delete, nights of confusion, a baby's position, pills by colour and count, slides sent for a second opinion", () => {
    expect(found("I have the advocate's number whenever you want it, and they can help with a safe place to stay. It's okay to delete this email after reading.")).toContain('SDV');
    expect(found('have you had any more of those nights where you woke up not knowing where you were?')).toContain('diagnosis');
    expect(found("Thu 2 PM with Hodan. It's the one where we check baby's position, so wear something comfy.")).toContain('PREGNANT');
    expect(found("going thru 2 of the red ones a month is way too much, sounds like things aren't under control")).toContain('medication');
    expect(found('Yes crush it into applesauce. Just NOT the big white one, that has to be swallowed whole.')).toContain('medication');
    expect(found('Your slides from the lab were sent to Dr. Whitcomb for the second opinion you asked about.')).toContain('procedure');
    expect(found('Ya llegó la silla de ruedas y el asiento para la ducha que pidió la doctora.', 'es')).toContain('procedure');
  });

  it("lets through a wildfire's smoke levels, a water bottle left behind, a bath mat, Korean and Portuguese notice phrases", () => {
    expect(found('Smoke levels are hazardous today (AQI 260). Our Westside Clinic is closed; appts there will be switched to video.')).toEqual([]);
    expect(found('You left your water bottle (blue Hydro Flask w/ stickers) at the front desk. We will hold it til Friday.')).toEqual([]);
    expect(found('코리아타운 가정의원에서 새 메시지를 보냈습니다. 포털에 로그인하여 확인하세요. 본 문자는 발신전용입니다.', 'ko')).toEqual([]);
    expect(found('Sua receita já está pronta para retirada na farmácia. Leve documento com foto.', 'pt-BR')).toEqual([]);
  });

  it("opens a campaign after a header before a colon, and still reads a tie to the reader there", () => {
    expect(found("Riverside: Feeling stressed or down? You're not alone. Anyone can call or text 988 anytime, free & confidential.")).toEqual([]);
    expect(found('Riverside: Feeling stressed? Your therapist Dana can see you Tue. Anyone can call 988.')).not.toEqual([]);
  });
});

describe('the practice name written with "&" for "and" (fiftieth session)', () => {
  it('vouches for the name either way, and keeps the words of care in it', () => {
    const own = createClassifier({ positive: true, vetted: ['Midtown Dermatology and Skin Surgery', 'Bay & Main Family Care'], practice: ['Midtown Dermatology and Skin Surgery', 'Bay & Main Family Care'] });
    expect(labels(own.classifyText('Reminder from Midtown Dermatology & Skin Surgery: Wed 4/16, 7:45 AM, Suite 410.'))).toEqual([]);
    expect(labels(own.classifyText('Bay and Main Family Care: your appt is Tue 3/11 at 9:40 AM.'))).toEqual([]);
    expect(labels(own.classifyText('Your skin surgery is Wed 4/16 at 7:45 AM.'))).not.toEqual([]);
  });
});

describe('the positive model: what probes 1478-1485 let through (fiftieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a lung test on a bill, teeth pulled with a ride home, a week's films, the Ryan White program, starting T and a retina's warnings", () => {
    expect(found('Dear Ronald Fields,\n\nDate of service: 02/14\nSpirometry, pre & post bronchodilator ............... $60.00')).toContain('procedure');
    expect(found("Since you're getting the rest of the top ones pulled, bring somebody to drive you home.")).toContain('procedure');
    expect(found('Ridge Pharmacy: ur 7 day film supply is ready. Pickup before 5:30, must show ID.')).toContain('OPIOIDUD');
    expect(found('Ya le renovamos lo del Ryan White, queda cubierto hasta junio.', 'es')).toContain('HIV');
    expect(found('Dr Castellanos signed off on starting T, we just need ur signature on the consent before the 1st shot')).toContain('GDIS');
    expect(found('If it ever feels like a curtain coming down call us anytime.')).toContain('diagnosis');
    // a start time in capitals is no testosterone
    expect(found('Your new schedule starts Monday. START Time 9am, Suite 2.')).not.toContain('GDIS');
  });

  it("reads a heel asked after, a milestone's days, a dose stepped down and a drain checked at home", () => {
    expect(found("How's that heel doing since I packed it Monday? Keep it dry.")).not.toEqual([]);
    expect(found("The Tuesday night meeting is still on, Rick will save u a seat. 90 days next wk!")).not.toEqual([]);
    expect(found("we're gonna step u down to the 5s, 1 every 6 hrs only if needed")).toContain('medication');
    expect(found("I'll swing by Thurs to check ur drain & change the bag.")).toContain('procedure');
    expect(found('Our 30 days this week promo: free parking in the garage.')).toEqual([]);
  });

  it('reads a town before its state code without a ZIP as a place', () => {
    expect(found('Visit us at 40-12 Willowmere Ave, 3rd Floor, Flushing, NY')).toEqual([]);
    expect(found('Where: 40-12 Willowmere Ave, Flushing NY')).toEqual([]);
    // the symptom itself stays doubted
    expect(found('Any flushing or itching after the shot?')).not.toEqual([]);
  });
});

describe('the positive model: what probes 1486-1493 let through (fiftieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a sponsor's ninety days in Spanish, thoughts asked after, laughing gas, hearing aids and their parts, a missed circle, a COVID pack and a crisis line given", () => {
    expect(found('¿Pudiste ir a la reunión del sábado? Recuerda q las primeras 90 son las más duras.', 'es')).toContain('SUD');
    expect(found('Just checking in, any more of those thoughts since Friday? Remember you can call us 24/7.')).toContain('MH');
    expect(found("See you Tues 3:00 for Piper's 'happy air' visit! Light meal only, nothing 2 hrs before pls")).toContain('procedure');
    expect(found('Reminder - your 2-week check on the new devices is Thu 3/13 at 1:00 PM. Please bring the charger and the case.')).toContain('procedure');
    expect(found('ur replacement domes & wax filters came in, u can grab them at the front desk')).toContain('procedure');
    expect(found("Noticed u missed Thursday's circle, everything ok? The guys asked about u.")).not.toEqual([]);
    expect(found('the 5-day covid pack Dr W sent is ready. Start it tonight, dont wait.')).toContain('medication');
    expect(found("she'll call u on the video link. If things get bad before then call or text 988 ok?")).toContain('MH');
  });

  it("lets through a hearing practice's audiologist by her credential, decibels, and Hmong and Karen thanks in English texts", () => {
    const hearing = createClassifier({ positive: true, vetted: ['Pacific Crest Hearing and Balance'], practice: ['Pacific Crest Hearing and Balance'] });
    expect(labels(hearing.classifyText('Your appointment with Dr. Priya Ramanathan, AuD is confirmed for Friday at 10.'))).toEqual([]);
    // a family practice's reminder to see an audiologist says hearing care
    expect(found('Your appointment with Dr. Priya Ramanathan, AuD is confirmed for Friday at 10.')).toContain('procedure');
    expect(found('Happy 4th! Fireworks can hit 150 dB. Stop by this week for free foam earplugs.')).toEqual([]);
    expect(found("Ua tsaug Txiv Yang! You're confirmed for Wed 4/16 at 10:40 AM with Dr. Lor. See you soon.")).toEqual([]);
    expect(found('Hi Naw Moo, reminder: appt Mon 4/7 at 11:00 AM, Eastbrook site. A Karen interpreter will be there. Ta blu!')).toEqual([]);
  });

  it("lets a Ramadan mailing's advice to everyone who fasts say 'your fast' and 'your doses', and still reads them in a mailing to one patient", () => {
    const mailing = (advice: string): string =>
      `A few tips for everyone who is fasting this month:\n\n- Eat a balanced suhoor and drink plenty of water.\n- ${advice}\n\nOur clinics are open until 10 PM during Ramadan.\n\nRiverside Family Practice\n\nUnsubscribe: riverside.example/unsub`;
    expect(found(mailing('If you have diabetes, high blood pressure or take medicines every day, talk with your provider before the month starts about timing your doses.'))).toEqual([]);
    expect(found(mailing('Break your fast if you feel faint, confused or very weak.'))).toEqual([]);
    expect(found('Hi Amina,\n\nDr. Hassan reviewed your sugars. Lower your doses of insulin by 2 units before iftar. Break your fast if you feel faint or shaky.\n\nRiverside Family Practice\n\nUnsubscribe: riverside.example/unsub')).toContain('medication');
  });
});

describe('the positive model: what probes 1494-1501 let through (fiftieth session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a rhythm recorder on a bill, an asthma controller, a toddler's questionnaire, a number come back bare, a dose held, a urine cup's day and the morning-after said short", () => {
    expect(found('Date of service: 02/03/2025\n93268 External event recorder, 30 days, incl. interpretation .......... $212.40')).toContain('procedure');
    expect(found('since she had such a rough spring last year, make sure her controller is being used every morning & keep the rescue in her backpack')).toContain('medication');
    expect(found("Rowan's Friday 2pm is a longer visit to follow up on the toddler questionnaire about his words & playing.")).toContain('procedure');
    expect(found('ur 3 mo number came back 6.9!! down from 8.2, keep doing what ur doing')).toContain('test_result');
    expect(found('per Dr. Varga stay at 7.2 for 4 more wks, dont go up yet. New box sent.')).toContain('medication');
    expect(found('reminder its cup day tmrw, anytime 8-11 at front desk. bring ur strip box so we can count.')).toContain('OPIOIDUD');
    expect(found('ok so for the morning-after, take it asap, works best w/in 72 hrs.')).toContain('SEX');
    expect(found('we can give your partner the same medicine you got at no charge, he does not need his own appt.')).toContain('STD');
  });

  it("lets through a practice's name with an aid's word after 'your', Basque greetings and a well-child visit in Spanish, and still reads the aid", () => {
    const port = createClassifier({ positive: true, vetted: ['Port City Pediatrics'], practice: ['Port City Pediatrics'] });
    expect(labels(port.classifyText('This is a friendly reminder that your Port City Pediatrics account has a balance of $42.17.'))).toEqual([]);
    expect(labels(port.classifyText('We will flush your port on Tuesday at Port City Pediatrics.'))).not.toEqual([]);
    expect(found('Kaixo Miren! Reminder: appt w/ Dr. Etxeberria Thu 5/22 at 10:00 AM. See you soon!')).toEqual([]);
    expect(found('Recordatorio: Santiago tiene cita de niño sano el miércoles 5/7 a las 11:20 AM. Traiga la tarjeta del seguro.', 'es')).toEqual([]);
  });

  it("lets a campaign's link name its topic when the campaign's own words do, and still reads a link that is one patient's", () => {
    expect(found('Free naloxone (Narcan) is available to anyone at our counter, no prescription or questions asked. Info: riverside.example/naloxone')).toEqual([]);
    expect(found('Hepatitis B is common in many of our communities. All adults can get a free blood test this month. Info: riverside.example/hepb')).toEqual([]);
    expect(found('Your refill is ready: pharmacy.example/naloxone')).toContain('medication');
    expect(found('Your results are ready: portal.example/hiv-results. Flu shots are free for everyone this month.')).toContain('HIV');
  });
});

describe('the positive model: what probes 1502-1509 let through (fifty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a sports medicine visit, a care unit named on a bill, a provider called to a birth and results said of what was spoken of', () => {
    expect(found('Reminder of your Sports Medicine appointment on Tuesday, April 8 at 3:30 PM with Dr. Hale.')).toContain('procedure');
    expect(found('Hand Therapy Services - 6 visits\nPatient balance: $180.00')).toContain('unvetted');
    expect(found('Dr. Ruiz got called away to a delivery, so your 2:00 will start about 45 min late.')).toContain('procedure');
    expect(found('The one we discussed came back normal, nothing else to do.')).toContain('test_result');
    expect(found('Chào anh Minh, kết quả lần này tốt hơn nhiều rồi!', 'vi')).toContain('test_result');
    expect(found('Billing Services: call 555-0177 about your statement.')).toEqual([]);
    expect(found('The jacket you asked about came back from the cleaners, it is at the front desk.')).toEqual([]);
  });

  it("vouches for a town's word in a vetted name written in Spanish, a staff member's full name, a Tohono O'odham greeting, and a results notice that says only the portal shares them", () => {
    const c = createClassifier({ positive: true, vetted: ['Riverside Family Practice', 'Mesa Vista', 'Irene Moody'] });
    expect(labels(c.classifyText('Su cita es el lunes 3 de marzo a las 9:00 a. m. en la oficina de Mesa Vista.', 'es'))).toEqual([]);
    expect(labels(c.classifyText('Su examen de la vista es el lunes.', 'es'))).toContain('unvetted');
    expect(labels(c.classifyText('Thanks for taking our survey!\n\nIrene Moody\nPatient Experience'))).toEqual([]);
    expect(labels(c.classifyText('You seemed moody at the visit, Irene.'))).toContain('unvetted');
    expect(found("S-ke:g taṣ! Reminder: your appointment is Fri 3/14 at 1:00 PM with Dr. Tso.")).toEqual([]);
    expect(found('Your results are available. For your privacy, we only share results through the patient portal.')).toEqual([]);
    expect(found('Your results came back and only one was off.')).not.toEqual([]);
  });

  it('lets through Somali, Polish, Chinese, Korean, Russian, Tagalog and French notices with words of bills, delays, surveys and scams', () => {
    expect(found('Natiijooyinkaagii waa diyaar. Fadlan gal portal-ka ama soo wac 612-555-0163.', 'so')).toEqual([]);
    expect(found('Dr. Warsame wuxuu dib u dhacay qiyaastii 20 daqiiqo maanta.', 'so')).toEqual([]);
    expect(found('Parking: bilet podbijemy w rejestracji.', 'pl')).toEqual([]);
    expect(found('Ta wiadomość została wysłana z adresu, który nie jest monitorowany.', 'pl')).toEqual([]);
    expect(found('К сожалению, врач будет отсутствовать 9 апреля.', 'ru')).toEqual([]);
    expect(found('Kung mahirap po ang buong halaga, tumawag po kayo sa amin.', 'tl')).toEqual([]);
    expect(found('Vos réponses sont anonymes et nous aident à améliorer l’accueil.', 'fr')).toEqual([]);
  });
});

describe('the positive model: what probes 1510-1517 let through (fifty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a medicine kept cold, a pregnancy's weeks as a limit, a strain on a work note, a provider's goal, grief after a loss, a milestone praised and a shot's site asked after", () => {
    expect(found('Your order is ready at the pharmacy. It needs to stay refrigerated, so please pick it up today.')).toContain('medication');
    expect(found('Dr. Lane wants to see you every 2 weeks from now until 36 wks. Next one is 6/3 at 10.')).toContain('PREGNANT');
    expect(found('Your school note is ready in the portal (excused 4/1-4/2, neck strain).')).toContain('diagnosis');
    expect(found('Dr. Shah wants you up to 30 min a day by your next visit. Send us your steps Friday!')).toContain('procedure');
    expect(found("Thinking of you this week. What you're feeling is normal after a loss, and we're here.")).toContain('BH');
    expect(found("See you at Tuesday's 6:00 meeting in the annex. You're doing great - 90 days!")).toContain('SUD');
    expect(found('Anh thấy thế nào sau khi tiêm hôm qua? Chỗ tiêm còn sưng không?', 'vi')).toContain('procedure');
    expect(found('yes he can go back to soccer practice Monday but no heading the ball yet')).toContain('procedure');
    expect(found('Mañana es la vacuna de los 2 meses de Leo a las 10:00 a.m.', 'es')).toContain('procedure');
  });

  it('lets through a bill due within 30 days, a rule for everyone about school, a desk visited again, a Hawaiian farewell and notices in Spanish, Korean and Arabic', () => {
    expect(found("Please pay within 30 days! You're doing great with the new portal.")).toEqual([]);
    expect(found('Kids can return to school once fever-free for 24 hours.')).toEqual([]);
    expect(found('You can go back to the front desk to pick up your forms.')).toEqual([]);
    expect(found('Flu shots for everyone, walk in any Saturday in October. A hui hou, the front desk team')).toEqual([]);
    expect(found('Your recent results are now available. For your privacy, results are only shared in the patient portal.')).toEqual([]);
    expect(found('Si prefiere que alguien le explique sus resultados por teléfono, llame al 555-0150.', 'es')).toEqual([]);
    expect(found('Su cita fue cancelada porque el Dr. Okafor tendrá que ausentarse ese día.', 'es')).toEqual([]);
    expect(found('تمت إضافة نتيجة جديدة إلى حسابك في بوابة المرضى.', 'ar')).toEqual([]);
  });
});

describe('the positive model: what probes 1518-1525 let through (fifty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a medicine stopped unnamed, a blood draw promised, a dose for one night, weight lost again, a child's shots by the year, a doctor who looked at the results, a child's vaccine visit in Vietnamese", () => {
    expect(found('Dr. Lee wanted to know how you feel since you stopped the new one. Reply yes or no.')).toContain('medication');
    expect(found("No need to fast, just come in and we'll draw it.")).toContain('procedure');
    expect(found('ok, take 2 tonight instead of 1 and tell us how you slept')).toContain('medication');
    expect(found('Down another 3 this week?? So proud of you')).toContain('test_result');
    expect(found("Reminder: Ana's well-child visit is Friday, she's due for her 4-year shots.")).toContain('procedure');
    expect(found('王女士您好！医生看了您的检查结果，请打电话约时间。', 'zh')).toContain('test_result');
    expect(found('Bé nhà mình có hẹn chích ngừa lúc 9:00 sáng Thứ Hai.', 'vi')).toContain('procedure');
    expect(found('Prices are down another 5% this week!')).toEqual([]);
  });

  it("vouches for the practice's host with its kind written short (northgatemedclinic.org) and still reads a care unit run into a host", () => {
    const c = createClassifier({ positive: true, vetted: ['Northgate Medical Clinic'], practice: ['Northgate Medical Clinic'] });
    expect(labels(c.classifyText('Pay at pay.northgatemedclinic.org or call (206) 555-0187.'))).toEqual([]);
    expect(labels(c.classifyText('Book at riversideedclinic.org today.'))).not.toEqual([]);
  });

  it('lets through notices in Spanish, French, Russian and Chinese with words of payment plans, new offices, hot weather and portal logins', () => {
    expect(found('Si algún mes se le complica, llámenos antes de la fecha.', 'es')).toEqual([]);
    expect(found('Dès le 5 mai, retrouvez-nous aussi au 88 Tarrow Street. Répondez STOP pour ne plus recevoir ces messages.', 'fr')).toEqual([]);
    expect(found('в жару пейте больше воды и не выходите на солнце с 11 до 16.', 'ru')).toEqual([]);
    expect(found('如登录有困难，请致电 (718) 555-0142。', 'zh')).toEqual([]);
    expect(found('Reminder: appt tmrw 8:20am. A Rhade interpreter will meet you at the front desk.')).toEqual([]);
  });
});

describe('the positive model: what probes 1526-1533 let through (fifty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a baby's new formula asked after, a doctor who wants to talk about a result, labs named on a bill, a result said to be nothing to worry about in Spanish and shots asked after", () => {
    expect(found("how's the baby doing on the new formula? Dr. Lee wants an update by Friday.")).toContain('medication');
    expect(found('BS Khoa muốn gặp ông để nói chuyện về kết quả này, xin gọi đặt hẹn.', 'vi')).toContain('test_result');
    expect(found('You have a balance of $48.00 for lab work done 4/22. Pay online or call us.')).toContain('procedure');
    expect(found('Sra. Ruiz, todo salió bien, no hay nada de qué preocuparse. Nos vemos en su próxima cita.', 'es')).toContain('test_result');
    expect(found('How did the first week go? Any trouble with the shots?')).toContain('medication');
  });

  it("lets through a visit moved as discussed on the phone, bike helmets at a fair, the practice's phone numbers, Gullah and Haitian words and notices in Portuguese, Tagalog and Korean", () => {
    expect(found('As we discussed on the phone, your appointment has been moved to Friday at 9:30 AM.')).toEqual([]);
    expect(found('As we discussed, your MRI is Friday.')).not.toEqual([]);
    expect(found('Free health fair Saturday for everyone: blood pressure checks, bike helmet fittings for kids and more.')).toEqual([]);
    expect(found("Your baby's helmet fitting is Tuesday.")).toContain('procedure');
    expect(found('Save our numbers: main line (410) 555-0142, billing (410) 555-0187.')).toEqual([]);
    expect(found('Your numbers look better, see you in June.')).not.toEqual([]);
    expect(found('Hey Miss Hattie, Yinna appointment be Monday 9:30. Call 843-555-0185 if you cyan come. God bless.')).toEqual([]);
    expect(found('Telefòn: (617) 555-0142, lajounen kou lannwit.', 'ht')).toEqual([]);
    expect(found('Os resultados do seu filho estão prontos. Acesse o portal ou ligue para nós.', 'pt')).toEqual([]);
    expect(found('Natutuwa kaming ibalita na may bagong Tagalog line na kami.', 'tl')).toEqual([]);
  });
});

describe('the positive model: what probes 1534-1541 let through (fifty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a child's check by its month with its vaccines in Spanish and a second test that confirmed the first", () => {
    expect(found('Tipo de visita: CONTROL DE 9 MESES + VACUNAS. Traiga la cartilla de vacunación.', 'es')).toContain('procedure');
    expect(found('I wanted you to hear it from me: the second test confirmed the first one. We will talk Friday.')).toContain('diagnosis');
  });

  it("lets through a results notice for a child written short, a Creole results notice, a portal's list of what it does, and Korean, Somali, Russian and Spanish notice words", () => {
    expect(found("hi this is amber from the front desk, your childs results are in the portal now, call w/ any q's 555-0100")).toEqual([]);
    expect(found('Rezilta w yo rive. Gade yo sou portal la oswa rele nou.', 'ht')).toEqual([]);
    expect(found('Activate your patient portal to book visits, message us, pay bills and see results.')).toEqual([]);
    expect(found('열대성 폭풍 영향으로 토요일은 휴진합니다.', 'ko')).toEqual([]);
    expect(found('Digniin baraf! Berri xafiisyadu waxay furmayaan 10:00 subaxnimo.', 'so')).toEqual([]);
    expect(found('Чтобы избежать задержек со счетами, загрузите фото новой страховой карточки.', 'ru')).toEqual([]);
    expect(found('Nuestra consejera de seguros puede ayudarle a llenar los formularios.', 'es')).toEqual([]);
  });
});

describe('the positive model: what probes 1542-1549 let through (fifty-first session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads a CPAP said as the machine worn for the insurer and a pregnancy week in Spanish', () => {
    expect(found('Reminder: wear the machine at least 4 hrs every night so your insurance keeps covering it.')).toContain('procedure');
    expect(found('Siga descansando con los pies en alto. Nos vemos cuando cumpla las 34 semanas.', 'es')).toContain('PREGNANT');
  });

  it('lets through results notices that protect privacy or say the lab work is complete, a snow closing and Somali, Spanish and Ukrainian notice words', () => {
    expect(found('Your lab work is complete and the results are posted to your patient portal.')).toEqual([]);
    expect(found('Hay resultados nuevos en el portal. Para proteger su privacidad, no enviamos resultados por correo electrónico.', 'es')).toEqual([]);
    expect(found('Due to heavy snow and unsafe roads, our clinic will be closed today.')).toEqual([]);
    expect(found('Natiijooyinkaagii baaritaanka waa diyaar. Gal portal-ka ama soo wac 614-555-0190.', 'so')).toEqual([]);
    expect(found('La clínica cierra el miércoles por una falla eléctrica. Llame para una nueva cita.', 'es')).toEqual([]);
    expect(found('Ми змушені скасувати прийом: офіс ремонтують.', 'uk')).toEqual([]);
  });
});

describe('the positive model: what probes 1550-1557 let through (fifty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a group met bare on its day after words to everyone, and a child's well check with its shots", () => {
    expect(found("Lots of folks feel that way the first month. Let's talk more at group Tuesday, ok?")).toContain('procedure');
    expect(found("Reminder for Emma's 15-month well check + shots on Tue 3/25 at 10:00.")).toContain('procedure');
    expect(found('Thanks for visiting Lakeview Medical Group on Monday. Tell us how we did.')).toEqual([]);
  });

  it("lets through a portal's upcoming appointments beside results, and Spanish, Chinese, French, Russian, Tagalog, Korean, Somali and Samoan notice words", () => {
    expect(found('With the portal you can see upcoming appointments, pay bills and get your results securely.')).toEqual([]);
    expect(found('Hay resultados nuevos en su portal. Si tiene preguntas, mándenos un mensaje ahí mismo.', 'es')).toEqual([]);
    expect(found('Hay aviso de hervir el agua. Por el aviso de inundaciones repentinas cerramos a las 12.', 'es')).toEqual([]);
    expect(found('1月30日上午9点恢复门诊，10月7日正常门诊。', 'zh')).toEqual([]);
    expect(found('En dehors de ces heures, payez à l’accueil lors de votre prochaine visite.', 'fr')).toEqual([]);
    expect(found('Опрос доступен на русском, украинском, вьетнамском и английском языках.', 'ru')).toEqual([]);
    expect(found('Pasensya na po, medyo late si Dr. Dizon ngayong hapon.', 'tl')).toEqual([]);
    expect(found('주차는 2시간 무료 확인(밸리데이션)해 드립니다.', 'ko')).toEqual([]);
    expect(found('Fadlan ka fogaada waddooyinka oo nabad ahaada.', 'so')).toEqual([]);
    expect(found("Talofa lava! Your appointment is Friday at 10:10 AM. Fa'afetai tele lava")).toEqual([]);
  });
});

describe('the positive model: what probes 1558-1565 let through, and welcome letters and review requests of earlier probes (fifty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a measured weight or a BMI percentile, a talk since which the patient feels lighter, and measurements better this time in Vietnamese", () => {
    expect(found('Visit summary\n\nWeight: 52 lb\nBMI: 97th percentile\nFollow-up: 3 months')).toContain('lab_value');
    expect(found('Summary from today: wt 14.2 kg, BMI 85th %ile. Next check in 6 mo.')).toContain('lab_value');
    expect(found("Hope you're feeling a little lighter since we talked Monday. Same time next week?")).toContain('MH');
    expect(found('Chị Lan ơi, số đo lần này tốt hơn nhiều rồi, hẹn gặp lại tháng sau.', 'vi')).toContain('test_result');
    expect(found('Free height and weight checks for kids at the fair, 10 AM to 2 PM.')).toEqual([]);
    expect(found('Since we talked Monday, your payment plan is set.')).toEqual([]);
  });

  it("lets through a portal's list of what it does before a short line, a review asked for, a hyphenated vetted phrase and pharmacies named in Spanish and Korean", () => {
    expect(found('In the portal you can message your care team, see results, request refills and pay bills. Save our numbers: (410) 555-0142.')).toEqual([]);
    expect(found('If our team made your day a little better, would you leave us a quick review?')).toEqual([]);
    expect(found("If anything wasn't right, tell us at feedback@example.org so we can make it better.")).toEqual([]);
    expect(found('Ask-a-Doctor booth, face painting and food trucks. Everyone is welcome.')).toEqual([]);
    expect(found('Su receta fue enviada a Ridgeway Drugs y estará lista después de las 3 PM.', 'es')).toEqual([]);
    expect(found('처방약이 Corbin Ridge Drugs에 준비되었습니다. 신분증을 지참하세요.', 'ko')).toEqual([]);
    expect(found('Your results are in. Save the date for your next visit.')).toContain('unvetted');
  });

  it('lets through Chinese, Spanish, Ukrainian, Arabic and Vietnamese notice words, and Tongan greetings in English', () => {
    expect(found('您的账户余额为$15.00，如有困难可申请分期。', 'zh')).toEqual([]);
    expect(found('我们想了解您这次就诊的体验，请花两分钟填写问卷。', 'zh')).toEqual([]);
    expect(found('Nuestra consejera de inscripción puede ayudarle. ¡Nuestra página web tiene nueva cara!', 'es')).toEqual([]);
    expect(found('Якщо вам важко сплатити всю суму, є україномовний працівник.', 'uk')).toEqual([]);
    expect(found('خلال شهر رمضان ونضيف مواعيد مسائية يوم الثلاثاء.', 'ar')).toEqual([]);
    expect(found('Xin dành 1 phút đánh giá buổi khám. Nhớ đeo khẩu trang.', 'vi')).toEqual([]);
    expect(found('Mālō e lelei kāinga! We will be closed Thursday for Thanksgiving. ʻOfa lahi atu.')).toEqual([]);
  });
});

describe('the positive model: what probes 1566-1573 let through (fifty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a repeat lead test, a fast counted in hours, a child's vaccines by month, a referral sent in shorthand and a goal's days counted", () => {
    expect(found("Reminder: nurse visit Mon 9:00 AM for Amari's repeat lead test.")).toContain('procedure');
    expect(found('Reminder: labs Mon at 7:30 AM - nothing to eat for 12 hrs before, water is OK.')).toContain('procedure');
    expect(found('Tyler is due for his 18-month vaccines. Book his shots online.')).toContain('procedure');
    expect(found("ref to cards sent, they'll call u this wk.")).toContain('procedure');
    expect(found("Great job! You hit 3 of 5 days - let's aim for all 5 next week.")).toContain('procedure');
    expect(found('Nothing to eat? Our food pantry is open Tuesday 10 to 2.')).not.toContain('procedure');
  });

  it('reads back to work with nothing heavy and feet checked in Spanish, and numbers this week and tablets by color in Vietnamese', () => {
    expect(found('Dice la doctora que puede regresar a trabajar el lunes, pero nada pesado todavía.', 'es')).toContain('procedure');
    expect(found('Recuerde caminar 30 min al día y revisarse los pies todas las noches.', 'es')).toContain('diagnosis');
    expect(found('Bà Tư ơi, con số tuần này tốt hơn nhiều rồi đó!', 'vi')).toContain('test_result');
    expect(found('Bác nhớ nha: mỗi sáng 1 viên trắng, tối 1 viên hồng.', 'vi')).toContain('medication');
  });

  it('lets through surnames after Ukrainian and Russian titles, and notice words in English, Spanish, Russian, Ukrainian, Korean and Vietnamese', () => {
    expect(found('Уважаемый г-н Мельник! На вашем счёте остаток $25.00.', 'ru')).toEqual([]);
    expect(found('Шановна пані Кравець! Дякуємо, що звернулися щодо оплати.', 'uk')).toEqual([]);
    expect(found('Turn on Face ID so only you can open it. We found a navy blue umbrella. A Kurdish (Sorani) interpreter will meet you.')).toEqual([]);
    expect(found('Nuestro sistema muestra que su seguro cambió. Pida el descuento por bajos ingresos.', 'es')).toEqual([]);
    expect(found('Mantenga a los niños hidratados. Tenemos intérpretes de criollo caboverdiano.', 'es')).toEqual([]);
    expect(found('По понедельникам лот на Ferrand Street закрыт.', 'ru')).toEqual([]);
    expect(found('Допоможіть нам стати кращими: пройдіть опитування.', 'uk')).toEqual([]);
    expect(found('3월 31일(월) 세사르 차베스의 날로 모든 지점이 휴무입니다.', 'ko')).toEqual([]);
    expect(found('Hôm nay trời rất nóng. Sảnh phòng khám mở cửa làm chỗ tránh nóng.', 'vi')).toEqual([]);
  });
});

describe('the positive model: what probes 1574-1581 let through (fifty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads an insulin pen supply said short, and a survey scale's legend as no result", () => {
    expect(found('Keep up the walks after dinner. Your next pen box will be at the window Fri.')).toContain('medication');
    expect(found('Thanks for visiting today! How did we do? Reply with a number 1-5 (5 = great).')).toEqual([]);
    expect(found('Your number came back great, see you in 3 months.')).toContain('test_result');
  });

  it('lets through notice words and phrases in English, Spanish, Russian, French, Arabic, Ukrainian, Tagalog and Korean', () => {
    expect(found("A Mien interpreter is booked. Tule fog season is here. Laissez les bons temps rouler! Our office is getting a facelift.")).toEqual([]);
    expect(found("If your signal is weak, we can call you. Just scan your photo ID at the kiosk. Interpreters for Yup'ik and Inupiaq are free.")).toEqual([]);
    expect(found('Volveremos a abrir el lunes si las condiciones lo permiten.', 'es')).toEqual([]);
    expect(found('Доступен новый счёт по лицевому счёту #TR-71530. Практис-менеджер Том.', 'ru')).toEqual([]);
    expect(found("Envoyez une photo du recto et du verso. Personne n'est refusé faute de moyens.", 'fr')).toEqual([]);
    expect(found('اسألوا عن الخصم حسب الدخل.', 'ar')).toEqual([]);
    expect(found('Дитячі автокрісла встановлюємо безкоштовно в суботу на парковці клініки.', 'uk')).toEqual([]);
    expect(found('Pakigamit po ang street parking sa Almendro St.', 'tl')).toEqual([]);
    expect(found('주차장 포장 공사가 있습니다. 온라인 예약이 더 쉬워졌습니다.', 'ko')).toEqual([]);
  });
});

describe('the positive model: what probes 1582-1589 let through, and names and campaigns of earlier probes (fifty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it('reads French results judged high, and Spanish results said to need no worry or no repeat', () => {
    expect(found('Bonjour M. Tshimanga, vos résultats sont un peu élevés, la docteure veut vous revoir.', 'fr')).toContain('test_result');
    expect(found('Bonjour, vos résultats sont disponibles sur le portail. Les bureaux sont fermés lundi.', 'fr')).toEqual([]);
    expect(found('Todo salió bien, no tiene nada de qué preocuparse. Ya puede volver a trabajar.', 'es')).toContain('test_result');
    expect(found('Buenas noticias, ya todo está en orden y ya no hay que repetir nada.', 'es')).toContain('test_result');
  });

  it("lets through a surname that is also a word after its title in a results notice, a Karen interpreter and a Chinese health day's hepatitis B screening", () => {
    expect(found('Hola Sr. Paredes, sus resultados ya están en el portal. Si no puede entrar, llámenos.', 'es')).toEqual([]);
    expect(found('Hi Mr. Walls, your results are ready in the portal.')).toEqual([]);
    expect(found('Reminder: your appt is Tue 3/4 at 9:00 AM. Your Karen interpreter will meet you at check-in.')).toEqual([]);
    expect(found('华埠健康诊所将于5月17日举办免费社区健康日，提供乙肝筛查和血压测量，所有人都欢迎参加，不需预约。', 'zh')).toEqual([]);
  });

  it('lets through notice words and phrases in English, French, Chinese, Somali, Spanish, Korean, Ukrainian and Russian', () => {
    expect(found('If your TRICARE sponsor information changed, upload your card. Derrick served 12 years as an Army medic. Take The Rapid Route 1.')).toEqual([]);
    expect(found('Interprètes en bosnien à partir du 2 juin.', 'fr')).toEqual([]);
    expect(found('天氣漸熱，为了更好地为您服务，电梯正常使用。', 'zh')).toEqual([]);
    expect(found('Baraf culus awgeed, dhammaan xafiisyadayadu waa xiran yihiin maanta.', 'so')).toEqual([]);
    expect(found('Por una rotura de tubería se cancelan las citas. Las citas siguen normales en Glenhaven.', 'es')).toEqual([]);
    expect(found('처방하신 약이 준비되었습니다. 입구가 닫힙니다.', 'ko')).toEqual([]);
    expect(found('Заходьте відпочити й випити води. З турботою, ваша менеджерка.', 'uk')).toEqual([]);
    expect(found('Пришлите фото лицевой и обратной стороны карточки. В офисе прохладно.', 'ru')).toEqual([]);
  });
});

describe('the positive model: what probes 1590-1597 let through (fifty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads chronic care management on a bill, a number watched until it came where the doctor wants it, Haitian numbers better and a child's vaccines by age in Vietnamese", () => {
    expect(found('Your statement: Chronic Care Management services (20 min, March): $8.26 coinsurance.')).toContain('procedure');
    expect(found('Hi, Dr. Tran here. The number we were watching came down to where we want it. No more daily checks.')).toContain('test_result');
    expect(found('Bon nouvèl! Nimewo w yo pi bon anpil fwa sa a. Kontinye konsa!', 'ht')).toContain('test_result');
    expect(found('Rele nimewo sa a si w gen kesyon: 305-555-0142.', 'ht')).toEqual([]);
    expect(found('Nhắc lịch: bé Hoàng có hẹn tiêm phòng 4 tuổi vào thứ Ba lúc 10 giờ sáng.', 'vi')).toContain('procedure');
  });

  it('lets through a results notice just letting you know, a Haitian one that never sends results by text, and notice words in five languages', () => {
    expect(found("Just letting you know your results came in. Log in to the portal or call us if you'd rather talk.")).toEqual([]);
    expect(found('Rezilta w yo disponib. Konekte sou pòtal la. Pou sekirite w, nou pa voye rezilta pa tèks.', 'ht')).toEqual([]);
    expect(found('Because of the state of the hollow roads we are closed. Payments still go through as normal. We reopen if roads are clear.')).toEqual([]);
    expect(found('서지은 원장님의 갑작스러운 일정 변경으로 예약이 취소되었습니다. 한국어 전용 전화가 개통되었습니다.', 'ko')).toEqual([]);
    expect(found('Остаток можно оплатить равными частями, мы охотно поможем.', 'ru')).toEqual([]);
    expect(found('Use la entrada trasera. La tormenta de nieve pronosticada para el martes.', 'es')).toEqual([]);
    expect(found('Prepare yon twous dijans. Pran swen fanmi w.', 'ht')).toEqual([]);
  });
});

describe('the positive model: what probes 1598-1605 let through (fifty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a blood pressure check's coffee skipped, a log a doctor got, a heart program named and a Korean group's log", () => {
    expect(found('Reminder of your blood pressure check with Nurse Tammy Thurs at 7:30am. Please skip coffee that morning.')).toContain('procedure');
    expect(found("Dr. D got your log - everything's right on track. Keep at it and we'll see you in Jan.")).toContain('procedure');
    expect(found('Your Heart Healthy program visit is Monday at 9.')).toContain('diagnosis');
    expect(found('목요일 저녁 7시 모임에서 뵐게요. 지난주 나눠 드린 기록지 꼭 가져오세요.', 'ko')).toContain('procedure');
    expect(found('We got your payment, thank you!')).toEqual([]);
  });

  it('lets through Somali titles, a results notice that says a provider reaches out if anything needs attention, and notice words in six languages', () => {
    expect(found('Mudane/Marwo, ballantaada waa la xaqiijiyay.', 'so')).toEqual([]);
    expect(found('New results have been posted to your patient portal. Your provider will reach out if anything needs attention.')).toEqual([]);
    expect(found('Your results are ready. Dr. Lee needs to see you this week.')).toContain('unvetted');
    expect(found('Si le toca una tormenta de polvo manejando, oríllese.', 'es')).toEqual([]);
    expect(found("En cas d'urgence, nous communiquerons avec vous.", 'fr')).toEqual([]);
    expect(found('Ask-a-provider table, snacks and live music. Stay hydrated!')).toEqual([]);
    expect(found('Копии документов из архива готовы. Мы можем назначить новое время.', 'ru')).toEqual([]);
    expect(found('3월 청구서가 발행되었습니다. 환자 포털 메뉴나 전화로 결제하실 수 있습니다.', 'ko')).toEqual([]);
  });
});

describe('the positive model: what probes 1606-1613 let through (fifty-second session)', () => {
  const found = (text: string, lang?: string): string[] => labels(positive.classifyText(text, lang));

  it("reads a well-baby visit with its shots, everything a doctor looked at judged fine, and a baby's sex told in Spanish", () => {
    expect(found("Reminder for Zahra's 4-month well-baby visit and shots on 3/21 at 10am.")).toContain('procedure');
    expect(found("Hi it's Dr W - looked at everything from last week and it's all fine, no changes needed.")).toContain('test_result');
    expect(found('¡Felicidades Yaritza! Todo salió bien y es niña.', 'es')).toContain('PREGNANT');
    expect(found('We looked at everything on the menu for the staff lunch.')).not.toContain('test_result');
  });

  it('lets through notice words in Arabic, French, Vietnamese, Spanish, Ukrainian and Somali', () => {
    expect(found('نود أن نرحب بموظفتين يتحدثان العربية.', 'ar')).toEqual([]);
    expect(found('La docteure est absente vendredi. Venez rencontrer notre équipe. Votre compte est réglé.', 'fr')).toEqual([]);
    expect(found('Nhớ mang kem chống nắng cho bé.', 'vi')).toEqual([]);
    expect(found("El aire del valle mejoró hoy a 'Moderado'.", 'es')).toEqual([]);
    expect(found('Форма згоди на SMS готова до підпису.', 'uk')).toEqual([]);
    expect(found('Xiro dhar, koofiyad iyo galoofis.', 'so')).toEqual([]);
  });
});
