// The practice's names written by staff in Arabic, Cyrillic or Hangul letters (issue 12, sixteenth
// session): read as the vetted names they sound like, never a medicine's brand name that sounds like
// a provider's first name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier, foldString, practiceNames } from '../../engine/classify/index.ts';
import { foreignKeys, hanKey, latinKeys } from '../../engine/classify/transliteration.ts';

const names = ['Riverbend Health Partners', 'Riverbend Pharmacy – Woodward', 'Dr. Nadia Haddad', 'Dr. Alexei Orlov', 'Hamtramck'];
const classifier = createClassifier({ positive: true, vetted: names });
const unvetted = (text: string, lang?: string): string[] =>
  classifier
    .classifyText(text, lang)
    .filter((f) => f.label === 'unvetted')
    .map((f) => text.slice(f.start, f.end));

describe('vetted names written in another script', () => {
  it('reads the practice name in Arabic letters, whole or in part, with a prefix', () => {
    expect(unvetted('ريفربند هيلث: لديك رسالة جديدة في بوابة المرضى.', 'ar')).toEqual([]);
    expect(unvetted('ريفربند هيلث بارتنرز: لديك رصيد مستحق.', 'ar')).toEqual([]);
    expect(unvetted('موعدك غداً في عيادة هامترامك.', 'ar')).toEqual([]);
    expect(unvetted('موعدك مع د. نادية حداد غداً.', 'ar')).toEqual([]);
  });

  it('reads it in Cyrillic and Hangul letters, with a Korean particle', () => {
    expect(unvetted('Ривербенд Хелс: у вас новое сообщение на портале.', 'ru')).toEqual([]);
    expect(unvetted('리버벤드 헬스 파트너스 예약을 알려드립니다.', 'ko')).toEqual([]);
    expect(unvetted('리버벤드에서 예약을 알려드립니다.', 'ko')).toEqual([]);
  });

  it('reads 츠 and 즈 as English "ts" and "z" (하이츠, 로즈), and two words of a name run together (forty-seventh session)', () => {
    expect(foreignKeys(foldString('하이츠'))).toContain(latinKeys('Heights')[0]);
    expect(foreignKeys(foldString('로즈'))).toContain(latinKeys('Rose')[0]);
    const pacific = createClassifier({ positive: true, vetted: ['Pacific Heights Clinic'] });
    expect(pacific.classifyText('퍼시픽하이츠 수납팀입니다.', 'ko').filter((f) => f.label === 'unvetted')).toEqual([]);
    // a word that sounds like no word of the name stays doubted
    expect(pacific.classifyText('리버벤드 수납팀입니다.', 'ko').filter((f) => f.label === 'unvetted')).not.toEqual([]);
  });

  it("reads a name's English plural written without its s, as Hangul writes it (크로스로드 of \"Crossroads\")", () => {
    const crossroads = createClassifier({ positive: true, vetted: ['Pacific Crossroads Medical Group'] });
    const text = '[퍼시픽 크로스로드] 크로스로드에서 예약을 알려드립니다.';
    expect(crossroads.classifyText(text, 'ko').filter((f) => f.label === 'unvetted')).toEqual([]);
    expect(latinKeys('Crossroads')).toEqual(expect.arrayContaining(latinKeys('Crossroad')));
    // with the copula after it ("This is Riverbend Health Partners")
    expect(unvetted('안녕하세요, 리버벤드 헬스 파트너스입니다.', 'ko')).toEqual([]);
    expect(latinKeys('Address')).not.toEqual(expect.arrayContaining(latinKeys('Addres')));
  });

  it("reads the practice's kind of care in Korean right after its name read by sound, only when its English name says that kind", () => {
    const unvettedOf = (practice: string, text: string): string[] => {
      const names = practiceNames(practice);
      return createClassifier({ positive: true, vetted: names, practice: names }).classifyText(text, 'ko').filter((f) => f.label === 'unvetted').map((f) => text.slice(f.start, f.end));
    };
    expect(unvettedOf('Ridgeline Orthopedics & Sports Medicine', '[릿지라인 정형외과] 포털에 새 메시지가 있습니다.')).toEqual([]);
    expect(unvettedOf('Ridgeline Orthopedics & Sports Medicine', '릿지라인 정형외과입니다.')).toEqual([]);
    expect(unvettedOf('Ridgeline Orthopedics & Sports Medicine', '정형외과 예약이 있습니다.')).toContain('정형외과');
    expect(unvettedOf('Ridgeline Family Medicine', '릿지라인 정형외과 예약이 있습니다.')).toEqual(expect.arrayContaining([expect.stringContaining('정형외과')]));
  });

  it("reads a word of three consonants of the practice's own name alone (هارموني of \"Harmony\"), not a provider's", () => {
    const names = practiceNames('Harmony Family Medical Group');
    const harmony = createClassifier({ positive: true, vetted: names, practice: names });
    const text = 'عيادات هارموني: لديك رسالة جديدة.';
    expect(harmony.classifyText(text, 'ar').filter((f) => f.label === 'unvetted')).toEqual([]);
    const provider = createClassifier({ positive: true, vetted: ['Dr. Harmony Lee'] });
    expect(provider.classifyText(text, 'ar').filter((f) => f.label === 'unvetted').map((f) => text.slice(f.start, f.end))).toContain('هارموني');
  });

  it('does not read a medicine whose name sounds like a provider first name as that name', () => {
    // Eliquis and Alexei both sound L-K-S: a term's sound never vouches for a word alone
    expect(unvetted('Галина Петровна, ваш Эликвис готов.', 'ru')).toEqual(['Эликвис']);
  });

  it('leaves words that sound like no vetted name doubted, and short names alone', () => {
    expect(unvetted('Ваш Ксарелто готов.', 'ru')).toEqual(['Ксарелто']);
    // "Haddad" alone is two consonants: only beside another word of the name
    expect(unvetted('حداد', 'ar')).toEqual(['حداد']);
  });

  it("reads a vetted Chinese name's own part before another kind of place, and US places as Chinese notices name them", () => {
    const zh = createClassifier({ positive: true, vetted: ['莲桥医疗', '蓮橋醫療'] });
    const doubted = (text: string): string[] => zh.classifyText(text, 'zh').filter((f) => f.label === 'unvetted').map((f) => text.slice(f.start, f.end));
    expect(doubted('莲桥药房：您的处方药已经准备好了。')).toEqual([]);
    expect(doubted('蓮橋藥房有免費送藥服務（法拉盛、貝賽、牙買加）。')).toEqual([]);
    expect(doubted('您的牙齿需要检查。')).toEqual(['牙齿']);
    // without the vetted name, its part is doubted
    expect(unvetted('莲桥药房：您的处方药已经准备好了。', 'zh')).toEqual(['莲桥']);
  });

  it("reads the practice's name written in Chinese sounds, not a medicine's", () => {
    const narrows = practiceNames('Narrows Community Health');
    const zh = createClassifier({ positive: true, vetted: narrows, practice: narrows });
    const doubted = (text: string): string[] => zh.classifyText(text, 'zh').filter((f) => f.label === 'unvetted').map((f) => text.slice(f.start, f.end));
    // na-luo-si: N-L-S, as "Narrows" (a word kept out alone, but the practice's own name is vouched for as written)
    expect(doubted('纳罗斯社区健康中心：您的账户有$25.00余额未付。')).toEqual([]);
    expect(doubted('納羅斯社區健康中心提提你：3月21號。')).toEqual([]);
    expect(doubted('阿莫西林已备好。').join('')).toContain('阿莫');
    expect(hanKey('里弗本德')).toBe('LPPNT');
    expect(latinKeys('Riverbend')).toContain('LPPNT');
  });

  it('gives a letter-by-letter Cyrillic transliteration of a Latin name one of its keys', () => {
    const cyrillic: Record<string, string> = { a: 'а', e: 'е', i: 'и', o: 'о', u: 'у', b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', l: 'л', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', v: 'в', z: 'з' };
    const letter = fc.constantFrom(...Object.keys(cyrillic));
    fc.assert(
      // (after an l: a word of Cyrillic letters that all look Latin, "кот", is folded to Latin letters)
      fc.property(fc.array(letter, { minLength: 2, maxLength: 12 }), (letters) => {
        const latin = `l${letters.join('')}`;
        const written = foldString([...latin].map((c) => cyrillic[c]).join(''));
        expect(latinKeys(latin)).toContain(foreignKeys(written)[0]);
      }),
    );
  });
});
