// The practice's names as staff write them in another script: "ريفربند هيلث" and "Ривербенд" of
// "Riverbend Health", "리버벤드" of "Riverbend". A word of Arabic, Cyrillic or Hangul letters is read
// as a vetted name's word when both sound alike: each is reduced to its consonants, in classes the
// three scripts and English spelling share (b p f v; d t th; k g j c q ch; s z sh; m; n; l r), vowels
// and h dropped. English spellings give a key with and without the r a vowel swallows ("Riverbend",
// 리버벤드 writes no first r) and with "th" as s (Korean writes "Health" 헬스). Brand names of medicines
// are written the same way ("Эликвис"), so a key that a one-word term of the vocabularies also gives
// ("Eliquis", and "Alexei" of a provider's name) never vouches for a word alone.

import { readVocabFiles } from './vocab.ts';

/** Consonant classes of Latin letters (lower case); vowels, w and y are '.', h is none. */
const LATIN_CLASS: Record<string, string> = { a: '.', e: '.', i: '.', o: '.', u: '.', y: '.', w: '.', b: 'P', p: 'P', f: 'P', v: 'P', d: 'T', t: 'T', k: 'K', g: 'K', j: 'K', q: 'K', s: 'S', z: 'S', m: 'M', n: 'N', l: 'L', r: 'L' };

/** Arabic letters, as the folding writes them (alef forms already one). */
const ARABIC_CLASS: Record<string, string> = {
  ب: 'P', پ: 'P', ف: 'P', ڤ: 'P', ت: 'T', ث: 'T', د: 'T', ذ: 'T', ض: 'T', ط: 'T', ج: 'K', خ: 'K', غ: 'K', ق: 'K', ك: 'K', گ: 'K', چ: 'K',
  ز: 'S', س: 'S', ش: 'S', ص: 'S', ظ: 'S', م: 'M', ن: 'N', ل: 'L', ر: 'L', ا: '.', و: '.', ي: '.', ى: '.', ة: '.',
};

/** Cyrillic letters, lower case (х writes the English h, so it is none). */
const CYRILLIC_CLASS: Record<string, string> = { а: '.', е: '.', и: '.', о: '.', у: '.', ы: '.', э: '.', ю: '.', я: '.', б: 'P', п: 'P', ф: 'P', в: 'P', д: 'T', т: 'T', к: 'K', г: 'K', ж: 'K', ч: 'K', з: 'S', с: 'S', ш: 'S', щ: 'S', ц: 'S', м: 'M', н: 'N', л: 'L', р: 'L' };

/** Hangul jamo as the folding writes a syllable (initial U+1100.., final U+11A8..): their classes. */
const HANGUL_INITIAL = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', '', 'K', 'K', 'K', 'K', 'T', 'P', ''];
// (a final ㅅ or ㅆ is the t that loanwords end a syllable with: 릿지라인 of "Ridgeline", 인터넷; twenty-fifth session, probe 189)
const HANGUL_FINAL = ['K', 'K', 'KS', 'N', 'NK', 'N', 'T', 'L', 'LK', 'LM', 'LP', 'LS', 'LT', 'LP', 'L', 'M', 'P', 'PS', 'T', 'T', 'NK', 'K', 'K', 'K', 'T', 'P', ''];

/** Korean particles after a name ("리버벤드에서", "리버벤드를"), as folded jamo; Arabic prefixes ("بريفربند", "والريفربند"). */
// (and the copula: "파트너스입니다", "그룹입니다"; twenty-fifth session, probes 192, 200)
const KOREAN_PARTICLES = ['입니다', '이에요', '에서는', '에서', '으로', '에게', '께서', '까지', '부터', '에는', '예요', '로', '를', '을', '은', '는', '이', '가', '의', '에', '와', '과', '도'].map((s) => s.normalize('NFD'));
const ARABIC_PREFIXES = ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'];

/** Classes with '.' where a vowel was: a class doubled with no vowel between is one consonant ("Haddad" is T T, as حداد). */
const collapse = (classes: string): string => classes.replace(/([A-Z])\1+/g, '$1').replace(/\./g, '');

/** The keys of an English word of a name: as spelled, without the r a vowel swallows, with "th" as s. */
export function latinKeys(word: string): string[] {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  // (and without an English plural's s, which a transliteration drops: 크로스로드 of "Crossroads"; twenty-fifth session, probe 200)
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) return [...new Set([...spellingKeys(w), ...spellingKeys(w.slice(0, -1))])];
  return spellingKeys(w);
}
function spellingKeys(w: string): string[] {
  // (and "ch" as Arabic and Cyrillic write it, ش or ш: "ويستشيس" of "Westchase"; thirty-eighth session, probe 940)
  const keys = chKeys(w);
  return w.includes('ch') ? [...new Set([...keys, ...chKeys(w.replace(/(?<!s)ch/g, 'sh'))])] : keys;
}
function chKeys(w: string): string[] {
  const spelled = w
    .replace(/sch|sh/g, 's')
    .replace(/ch|ck|qu/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/gh/g, '')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/x/g, 'ks');
  const keyOf = (s: string): string => collapse([...s].map((c) => LATIN_CLASS[c] ?? '').join(''));
  const unrhotic = spelled.replace(/(?<=[aeiouy])r+(?![aeiouy])/g, '');
  return [...new Set([keyOf(spelled.replace(/th/g, 't')), keyOf(unrhotic.replace(/th/g, 't')), keyOf(spelled.replace(/th/g, 's')), keyOf(unrhotic.replace(/th/g, 's'))])];
}

/** Words read before: the same names and words come back in message after message (bounded, as fuzzy.ts's memos). */
const memo = new Map<string, string[]>();
const MEMO_SIZE = 20_000;

/** The keys of a folded word of Arabic, Cyrillic or Hangul letters (with a particle or prefix off), or [] for any other word. */
export function foreignKeys(folded: string): string[] {
  let keys = memo.get(folded);
  if (keys === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(folded, (keys = keysOf(folded)));
  }
  return keys;
}

function keysOf(folded: string): string[] {
  const c = folded.charCodeAt(0);
  if (c >= 0x0600 && c <= 0x06ff) {
    const forms = [folded, ...ARABIC_PREFIXES.filter((x) => folded.startsWith(x) && folded.length - x.length >= 3).map((x) => folded.slice(x.length))];
    return forms.map((f) => collapse([...f].map((ch) => ARABIC_CLASS[ch] ?? '').join('')));
  }
  if (c >= 0x0400 && c <= 0x04ff) {
    // в writes both v and w ("Вудворд" of "Woodward"): a key with it as v and one without it
    const letters = folded.replace(/дж/g, 'ж');
    const keyOf = (s: string): string => collapse([...s].map((ch) => CYRILLIC_CLASS[ch] ?? '').join(''));
    return [...new Set([keyOf(letters), keyOf(letters.replace(/в/g, ''))])];
  }
  if (c >= 0x1100 && c <= 0x11ff) {
    const forms = [folded, ...KOREAN_PARTICLES.filter((x) => folded.endsWith(x) && folded.length > x.length + 3).map((x) => folded.slice(0, -x.length))];
    const keys = forms.map((f) => collapse([...f].map(hangulClass).join('')));
    // 츠 and 즈 also write English "ts" and "z" ("퍼시픽하이츠" of "Pacific Heights", "로즈" of "Rose"; forty-seventh session, probe 1362),
    // and ㅈ before any vowel writes "z" and a voiced "s" ("레이저" of "Laser"); 앤 or 엔 inside a name is its "and" ("스킨앤레이저" of
    // "Skin and Laser"; forty-eighth session, probe 1362)
    const joined = folded.includes(AEN) || folded.includes(EN);
    if (!folded.includes(CH_EU) && !folded.includes(J) && !joined) return keys;
    const voiced = forms.map((f) => f.replaceAll(CH_EU, T_EU_S_EU).replaceAll(J, S));
    const unjoined = joined ? voiced.map((f) => f.slice(0, 1) + f.slice(1).replaceAll(AEN, '').replaceAll(EN, '')) : [];
    const alt = [...voiced, ...unjoined].map((f) => collapse([...f].map(hangulClass).join('')));
    return [...new Set([...keys, ...alt])];
  }
  return [];
}

/** 츠 (ㅊ ㅡ) and what it is read as for English "ts": 트스; ㅈ and ㅅ as initials; 앤 and 엔 ("and"). */
const CH_EU = '\u110e\u1173';
const T_EU_S_EU = '\u1110\u1173\u1109\u1173';
const J = '\u110c';
const S = '\u1109';
const AEN = '\u110b\u1162\u11ab';
const EN = '\u110b\u1166\u11ab';

function hangulClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x1100 && c <= 0x1112) return HANGUL_INITIAL[c - 0x1100]!;
  if (c >= 0x11a8 && c <= 0x11c2) return HANGUL_FINAL[c - 0x11a8]!;
  return c >= 0x1161 && c <= 0x1175 ? '.' : '';
}

/**
 * Characters Chinese writes foreign names with, by their pinyin (the most frequent of the Xinhua
 * transliteration table, Simplified and Traditional), without those that also write care or ordinary
 * words (心 科 生 查 发 石 大 中...). A name written with them sounds like its English ("纳罗斯" na-luo-si,
 * N-L-S, of "Narrows").
 */
const HAN_SYLLABLES = new Map<string, string>(
  'a:阿 ai:艾爱愛 an:安 ao:奥奧 ba:巴 bai:拜 ban:班 bang:邦 bao:鲍鮑宝寶 bei:贝貝 ben:本 bi:比 bin:宾賓彬 bo:波博伯柏 bu:布 cha:察 chang:昌 chen:陈陳 cheng:程 chu:楚 da:达達 dai:戴 dan:丹 de:德 deng:登邓鄧 di:迪蒂狄 ding:丁 dong:东東 du:杜 dun:顿頓敦 duo:多朵 e:厄 en:恩 er:尔爾 fa:法 fan:范梵 fei:菲费費 fen:芬 feng:丰豐 fu:福弗夫傅 ga:嘎 gai:盖蓋 gan:甘 gang:冈岡 ge:格戈 gen:根 gong:贡貢 gu:古 ha:哈 hai:海 han:汉漢翰韩韓 hao:豪 he:赫荷 heng:亨 hong:洪宏 hu:胡 hua:华華 huo:霍 ji:吉基季济濟 jia:加嘉贾賈佳 jian:坚堅简簡 jie:杰傑捷 jin:金津晋晉 ka:卡喀 kai:凯凱 kang:康 ke:克柯 ken:肯 ku:库庫 kun:昆坤 la:拉 lai:莱萊赖賴 lan:兰蘭岚嵐 lang:朗 lao:劳勞 le:勒 lei:雷蕾 li:里利莉丽麗黎 lian:莲蓮廉 liang:良梁 lin:林琳霖 ling:灵靈玲 liu:留柳刘劉 long:隆 lou:娄婁 lu:卢盧鲁魯露陆陸璐 lun:伦倫仑崙 luo:罗羅洛 ma:马馬玛瑪 mai:麦麥迈邁 man:曼蔓 mao:茂 mei:梅玫 men:门門 meng:蒙孟 mi:米密弥彌 min:敏 ming:铭銘 mo:莫摩默墨 mu:穆姆慕 na:纳納娜 nai:奈 nan:南楠 nei:内內 ni:尼妮倪 nuo:诺諾 ou:欧歐鸥鷗 pa:帕 pai:派 pan:潘 pang:庞龐 pei:佩裴 peng:彭 pi:皮 ping:萍 pu:普浦蒲 qi:奇齐齊琪 qiao:乔喬 qin:钦欽秦 qiu:丘邱 ru:茹 rui:瑞芮 sa:萨薩撒 sai:塞赛賽 sang:桑 sen:森 sha:沙莎 shan:珊杉 shang:尚 shi:施史 shu:舒 si:斯丝絲思 song:松宋 su:苏蘇 sun:孙孫逊遜 suo:索 ta:塔 tai:泰 tan:坦谭譚 tang:汤湯唐 te:特 teng:滕腾騰 ti:提缇緹 ting:汀廷婷 tong:通 tu:图圖 tuo:托拓 wa:瓦娃 wan:万萬宛 wei:威韦韋维維魏卫衛薇 wen:温溫雯 wo:沃 wu:乌烏伍 xi:西希锡錫茜熙 xia:夏霞 xiao:肖萧蕭 xie:谢謝 xin:辛欣馨 xiu:休秀 xu:徐许許 ya:亚亞雅娅婭 yang:扬揚杨楊 ye:叶葉耶 yi:伊依 yin:因尹殷 ying:英莹瑩 you:尤 yu:于宇 yue:约約岳 yun:芸 za:扎札 zan:赞贊 ze:泽澤 zhan:詹 zhao:赵趙 zhe:哲 zhen:珍贞貞 zhu:朱茱 zhuo:卓 zi:兹茲孜 zuo:佐'
    .split(' ')
    .flatMap((entry) => {
      const [syllable, chars] = entry.split(':') as [string, string];
      return [...chars].map((c) => [c, syllable] as const);
    }),
);

/** Pinyin initials' classes (h, y and w are none, as English h is); a final n or ng is N, the syllable "er" is L. */
const PINYIN_INITIAL: Record<string, string> = { zh: 'K', ch: 'K', sh: 'S', b: 'P', p: 'P', f: 'P', d: 'T', t: 'T', n: 'N', l: 'L', g: 'K', k: 'K', j: 'K', q: 'K', x: 'S', r: 'L', z: 'S', c: 'S', s: 'S', m: 'M' };

/** The key of a run of Chinese characters that all write foreign names, or null. */
export function hanKey(run: string): string | null {
  let classes = '';
  for (const ch of run) {
    const syllable = HAN_SYLLABLES.get(ch);
    if (syllable === undefined) return null;
    if (syllable === 'er') {
      classes += 'L.';
      continue;
    }
    const initial = /^(?:zh|ch|sh|[a-z])/.exec(syllable)![0];
    classes += `${PINYIN_INITIAL[initial] ?? ''}.${/ng?$/.test(syllable) ? 'N' : ''}`;
  }
  return collapse(classes);
}

const HAN_CODES = new Set([...HAN_SYLLABLES.keys()].map((c) => c.charCodeAt(0)));
/** Whether the character of this code writes foreign names (HAN_SYLLABLES). */
export const writesNames = (code: number): boolean => HAN_CODES.has(code);

/** The words of the vetted names, by key: which name and which of its words. */
export interface SoundNames {
  byKey: Map<string, { name: number; word: number }[]>;
  /** Per name, per word: the word's keys. */
  words: string[][][];
  /** The practice's kind of care as Korean writes it (정형외과 of "Orthopedics"), folded: read only right after its sounded name. */
  kinds: Set<string>;
  /** Per name: whether it is one of the practice's own names (its words of three classes are read alone). */
  practice: boolean[];
  /** The practice's kind as Arabic writes it before the name ("صيدلية" of "Cedar Family Pharmacy"), folded, without a prefix. */
  arabicKinds: Set<string>;
}

let termKeys: Set<string> | null = null;
/**
 * The keys of the English vocabularies' one-word terms ("eliquis" LKS): what other scripts write by
 * sound is names, of people, places and medicines; a word that sounds like a term is not vouched for
 * alone. (Not the other languages' own terms: Polish "analiz" is no one's transliteration.)
 */
export function vocabularyKeys(): Set<string> {
  if (termKeys !== null) return termKeys;
  termKeys = new Set();
  for (const lines of readVocabFiles().values()) {
    for (const { term } of lines) if (/^[A-Za-z]+$/.test(term)) for (const k of latinKeys(term)) termKeys.add(k);
  }
  return termKeys;
}

/**
 * Indexes the Latin names (words that start with a capital) of vetted entries; `keep` says which
 * words may be read in another script (not a word of care: "Mammography" of a van's name).
 */
export function soundNames(entries: readonly string[], keep: (word: string) => boolean, kinds: readonly string[] = [], practiceNames: readonly string[] = [], arabicKinds: readonly string[] = []): SoundNames | null {
  const byKey = new Map<string, { name: number; word: number }[]>();
  const words: string[][][] = [];
  const practice: boolean[] = [];
  const own = new Set(practiceNames);
  for (const entry of entries) {
    const parts = entry.split(/[^A-Za-z]+/).filter((w) => /^[A-Z][a-z]/.test(w) || /^[A-Z]{2,}[a-z]*$/.test(w));
    if (parts.length === 0) continue;
    const name = words.length;
    practice.push(own.has(entry));
    const keys = parts.map((w, i) => (keep(w) ? latinKeys(w).filter((k) => k.length > 0).map((k) => (add(byKey, k, name, i), k)) : []));
    // Two words run together, as Korean and Chinese often write a name of two ("골든이어스 홈헬스" of "Golden Years Home Health";
    // forty-seventh session, probe 1368): the pair's keys are read as the first word's and the second's.
    for (let i = 0; i + 1 < parts.length; i++) {
      if (!keep(parts[i]!) || !keep(parts[i + 1]!)) continue;
      for (const k of latinKeys(parts[i]! + parts[i + 1]!)) {
        if (k.length === 0 || keys[i]!.includes(k)) continue;
        add(byKey, k, name, i);
        keys[i]!.push(k);
        keys[i + 1]!.push(k);
      }
    }
    words.push(keys);
  }
  return byKey.size === 0 ? null : { byKey, words, kinds: new Set(kinds.map((k) => k.normalize('NFD'))), practice, arabicKinds: new Set(arabicKinds) };
}

/**
 * A folded Hangul word that is a name run into the practice's kind of care, with or without a particle ("한마음내과", "한마음내과입니다"
 * of "Hanmaum Internal Medicine"; forty-fifth session, probe 1288: 33 notices held back for the name Korean writes as one word): the
 * name's part, or null.
 */
export function beforeKind(folded: string, names: SoundNames): string | null {
  for (const kind of names.kinds) {
    const at = folded.indexOf(kind);
    if (at <= 0) continue;
    const after = folded.slice(at + kind.length);
    if (after === '' || KOREAN_PARTICLES.includes(after)) return folded.slice(0, at);
  }
  return null;
}

/** Whether a folded Arabic word is the practice's kind as Arabic writes it, alone or with a prefix ("بصيدلية", "والصيدلية"). */
export function arabicKind(folded: string, names: SoundNames): boolean {
  if (names.arabicKinds.size === 0) return false;
  if (names.arabicKinds.has(folded)) return true;
  return ARABIC_PREFIXES.some((x) => folded.startsWith(x) && names.arabicKinds.has(folded.slice(x.length)));
}

/** Whether a folded Hangul word is the practice's kind of care, alone or with a particle or the copula ("정형외과입니다"). */
export function soundedKind(folded: string, names: SoundNames): boolean {
  if (names.kinds.size === 0) return false;
  if (names.kinds.has(folded)) return true;
  return KOREAN_PARTICLES.some((x) => folded.endsWith(x) && names.kinds.has(folded.slice(0, -x.length)));
}

function add(byKey: SoundNames['byKey'], key: string, name: number, word: number): void {
  const list = byKey.get(key);
  if (list === undefined) byKey.set(key, [{ name, word }]);
  else list.push({ name, word });
}

/** A key that names a word alone: four consonant classes, and no term's; a shorter one beside another word of the same name, with four between them. */
const ALONE = 4;
const BESIDE = 4;
const alone = (key: string): boolean => key.length >= ALONE && !vocabularyKeys().has(key);

/**
 * A run of characters that write foreign names, every one of them, whose key is a vetted name's
 * word's of three classes or more and no term's ("纳罗斯" of "Narrows"): the whole run must sound like it.
 */
export function soundedHan(run: string, names: SoundNames): boolean {
  if (run.length < 2) return false;
  const key = hanKey(run);
  return key !== null && key.length >= 3 && !vocabularyKeys().has(key) && names.byKey.has(key);
}

/**
 * Which of the text's words are the vetted names' words: keys[i] are word i's keys ([] when it is
 * not a word of those scripts). A word is read as a name's word when its key has four classes or
 * more and is no term's, or when the word before or after it is that name's word before or after
 * ("هيلث" after "ريفربند").
 */
export function soundedWords(keys: readonly string[][], names: SoundNames, afterKind: readonly boolean[] = []): boolean[] {
  const out = keys.map(() => false);
  /** The length of word i's key that is word `word` of name `name` (0: none). */
  const matched = (i: number, name: number, word: number): number => {
    const wanted = names.words[name]![word];
    if (i < 0 || i >= keys.length || wanted === undefined) return 0;
    return keys[i]!.find((k) => wanted.includes(k))?.length ?? 0;
  };
  for (let i = 0; i < keys.length; i++) {
    for (const key of keys[i]!) {
      for (const { name, word } of names.byKey.get(key) ?? []) {
        // (a word of the practice's own name of three classes alone too: هارموني of "Harmony"; twenty-fifth session, probe 128)
        // (or right after the practice's kind as Arabic writes it, whatever term the key is also: "صيدلية سيدار" of Cedar Family Pharmacy, whose
        // key a medicine's also is; forty-fifth session, probe 1265)
        if (alone(key) || (key.length >= 3 && names.practice[name] === true && (!vocabularyKeys().has(key) || afterKind[i] === true)) || key.length + Math.max(matched(i + 1, name, word + 1), matched(i - 1, name, word - 1)) >= BESIDE) out[i] = true;
      }
    }
  }
  return out;
}

/**
 * The syllables of Mandarin in pinyin without tones (the standard table, ü written u or v). A Chinese
 * given name written in Latin letters is one or two of them run together ("Wei", "Jiahui", "Zhiqiang";
 * fortieth session, probe 1024: names the US birth lists hold too rarely to carry).
 */
const PINYIN = new Set(
  `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
  ma mai man mang mao mei men meng mi mian miao mie min ming miu mo mou mu fa fan fang fei fen feng fo fou fu
  da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
  na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve
  la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve
  ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo
  ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
  qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
  zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
  cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
  sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
  ra ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
  ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo sa sai san sang sao se sen seng si song sou su suan sui sun suo
  ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun wa wai wan wang wei wen weng wo wu e ei en eng er o ou`.split(/\s+/),
);
/** A word (lower case, three letters or more) that is one or two pinyin syllables run together. */
export function pinyinName(word: string): boolean {
  if (word.length < 3 || word.length > 12) return false;
  if (PINYIN.has(word)) return true;
  for (let i = 1; i < word.length; i++) if (PINYIN.has(word.slice(0, i)) && PINYIN.has(word.slice(i))) return true;
  return false;
}
