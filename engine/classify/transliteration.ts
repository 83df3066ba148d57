// The practice's names as staff write them in another script: "ريفربند هيلث" and "Ривербенд" of
// "Riverbend Health", "리버벤드" of "Riverbend". A word of Arabic, Cyrillic or Hangul letters is read
// as a vetted name's word when both sound alike: each is reduced to its consonants, in classes the
// three scripts and English spelling share (b p f v; d t th; k g j c q ch; s z sh; m; n; l r), vowels
// and h dropped. English spellings give a key with and without the r a vowel swallows ("Riverbend",
// 리버벤드 writes no first r) and with "th" as s (Korean writes "Health" 헬스). Brand names of medicines
// are written the same way ("Эликвис"), so a key that a one-word term of the vocabularies also gives
// ("Eliquis", and "Alexei" of a provider's name) never vouches for a word alone.

import { builtinVocabulary } from './vocab.ts';

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
const HANGUL_FINAL = ['K', 'K', 'KS', 'N', 'NK', 'N', 'T', 'L', 'LK', 'LM', 'LP', 'LS', 'LT', 'LP', 'L', 'M', 'P', 'PS', 'S', 'S', 'NK', 'K', 'K', 'K', 'T', 'P', ''];

/** Korean particles after a name ("리버벤드에서", "리버벤드를"), as folded jamo; Arabic prefixes ("بريفربند", "والريفربند"). */
const KOREAN_PARTICLES = ['에서', '으로', '에게', '께서', '까지', '부터', '로', '를', '을', '은', '는', '이', '가', '의', '에', '와', '과', '도'].map((s) => s.normalize('NFD'));
const ARABIC_PREFIXES = ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'];

/** Classes with '.' where a vowel was: a class doubled with no vowel between is one consonant ("Haddad" is T T, as حداد). */
const collapse = (classes: string): string => classes.replace(/([A-Z])\1+/g, '$1').replace(/\./g, '');

/** The keys of an English word of a name: as spelled, without the r a vowel swallows, with "th" as s. */
export function latinKeys(word: string): string[] {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
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
    return forms.map((f) => collapse([...f].map(hangulClass).join('')));
  }
  return [];
}

function hangulClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x1100 && c <= 0x1112) return HANGUL_INITIAL[c - 0x1100]!;
  if (c >= 0x11a8 && c <= 0x11c2) return HANGUL_FINAL[c - 0x11a8]!;
  return c >= 0x1161 && c <= 0x1175 ? '.' : '';
}

/** The words of the vetted names, by key: which name and which of its words. */
export interface SoundNames {
  byKey: Map<string, { name: number; word: number }[]>;
  /** Per name, per word: the word's keys. */
  words: string[][][];
}

let termKeys: Set<string> | null = null;
/** The keys of the vocabularies' one-word Latin terms ("eliquis" LKS): a word that sounds like one is not vouched for alone. */
export function vocabularyKeys(): Set<string> {
  if (termKeys !== null) return termKeys;
  const { table } = builtinVocabulary();
  termKeys = new Set();
  for (let i = 0; i < table.patterns.length; i++) if (table.oneWord[i] && /^[a-z]+$/.test(table.patterns[i]!)) for (const k of latinKeys(table.patterns[i]!)) termKeys.add(k);
  return termKeys;
}

/**
 * Indexes the Latin names (words that start with a capital) of vetted entries; `keep` says which
 * words may be read in another script (not a word of care: "Mammography" of a van's name).
 */
export function soundNames(entries: readonly string[], keep: (word: string) => boolean): SoundNames | null {
  const byKey = new Map<string, { name: number; word: number }[]>();
  const words: string[][][] = [];
  for (const entry of entries) {
    const parts = entry.split(/[^A-Za-z]+/).filter((w) => /^[A-Z][a-z]/.test(w) || /^[A-Z]{2,}[a-z]*$/.test(w));
    if (parts.length === 0) continue;
    const name = words.length;
    words.push(parts.map((w, i) => (keep(w) ? latinKeys(w).filter((k) => k.length > 0).map((k) => (add(byKey, k, name, i), k)) : [])));
  }
  return byKey.size === 0 ? null : { byKey, words };
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
 * Which of the text's words are the vetted names' words: keys[i] are word i's keys ([] when it is
 * not a word of those scripts). A word is read as a name's word when its key has four classes or
 * more and is no term's, or when the word before or after it is that name's word before or after
 * ("هيلث" after "ريفربند").
 */
export function soundedWords(keys: readonly string[][], names: SoundNames): boolean[] {
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
        if (alone(key) || key.length + Math.max(matched(i + 1, name, word + 1), matched(i - 1, name, word - 1)) >= BESIDE) out[i] = true;
      }
    }
  }
  return out;
}
