// The vetted words of the found-phone test's positive model (vetted/<lang>.txt), compiled once per
// process: Latin-script words into a trie over skeleton symbols (one table read per letter, the
// language of each word as a bit), other scripts into maps of folded words and stems.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../contract/index.ts';
import { ALPHABET, SENTINEL } from './automaton.ts';
import { foldString } from './fold.ts';
import { isHangul, isUnspaced } from './scripts.ts';
import { builtinVocabulary } from './vocab.ts';

/** Languages the test covers, each a bit of a word's mask. `general` is English campaign language; pt, pl, uk, so and fr came later, above the other bits. */
export const LANGUAGE_BITS = { en: 1, es: 2, vi: 4, tl: 8, ht: 16, zh: 32, ko: 64, ru: 128, ar: 256, general: 512, pt: 16384, pl: 32768, uk: 262144, so: 524288, fr: 1048576 } as const;
export type CoveredLanguage = Exclude<keyof typeof LANGUAGE_BITS, 'general'>;
export const COVERED_LANGUAGES = Object.keys(LANGUAGE_BITS).filter((l) => l !== 'general') as CoveredLanguage[];
/** The bit positions of the covered languages but English: the candidates when a text's language is detected. */
export const DETECTED_LANGUAGE_POSITIONS = COVERED_LANGUAGES.filter((l) => l !== 'en').map((l) => Math.log2(LANGUAGE_BITS[l]));
/**
 * The covered languages a word's script can only be (Chinese characters, Hangul, Cyrillic, Arabic), or 0
 * for Latin: a line in another script is read with that language's vetted words whatever language the
 * message is in ("We speak 中文, 한국어, Русский", "Happy New Year! 新年快乐"; nineteenth session).
 * Cyrillic is Russian or Ukrainian (thirty-third session): either language's words vouch there.
 */
export function scriptLanguage(c: number): number {
  if (isUnspaced(c)) return LANGUAGE_BITS.zh;
  if (isHangul(c)) return LANGUAGE_BITS.ko;
  if (c >= 0x400 && c <= 0x52f) return CYRILLIC;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return LANGUAGE_BITS.ar;
  return 0;
}
const CYRILLIC = LANGUAGE_BITS.ru | LANGUAGE_BITS.uk;
/** en-topics.txt: health topics of campaigns, vouched for only in a sentence addressed to everyone. */
export const TOPIC_BIT = 1024;
/** A word of a phrase the bundle vets ("Birch" of "Birch St"): vouched for in a link's path or query only ("?loc=birch"). */
export const PHRASE_WORD_BIT = 2048;
/** given-names.txt and nicknames.txt: a person's given name, vouched for where it is written as a name (vouch.ts); it also ties its sentence to someone. */
export const NAME_BIT = 4096;
/** us-places.txt: a word of a US place name, vouched for where it is written as a name, like a given name. */
export const PLACE_BIT = 8192;
/**
 * Words for someone's results (`RESULT_BIT`: "results", "labs", "resultados") and for a test or report
 * that are results only once they came back (`TEST_BIT`): vouch.ts lets a sentence about results say
 * only that they are ready. Marked in the trie so that finding them costs no lookup of its own.
 */
export const RESULT_BIT = 65536;
export const TEST_BIT = 131072;
export const RESULT_NOUNS = ['result', 'results', 'labs', 'labwork', 'bloodwork', 'resultado', 'resultados', 'analisis', 'laboratorios', 'wyniki', 'wynik', 'wynikow', 'rezilta', 'resultat', 'resultats'];
export const TEST_NOUNS = ['test', 'tests', 'lab', 'report', 'reports', 'screen', 'screens', 'swab', 'swabs', 'panel', 'culture', 'scan', 'scans', 'prueba', 'pruebas', 'estudio', 'estudios', 'informe', 'reporte', 'laboratorio', 'badan', 'tes', 'eskane', 'skane'];
/** The bits of each lexicon of vetted/: <lang>.txt written by hand, <lang>-common.txt generated from a frequency list (scripts/vetted-common.ts). */
const FILE_BITS: Record<string, number> = {
  ...LANGUAGE_BITS,
  ...Object.fromEntries(COVERED_LANGUAGES.map((l) => [`${l}-common`, LANGUAGE_BITS[l]])),
  'en-general': LANGUAGE_BITS.general,
  'es-general': LANGUAGE_BITS.general,
  'pt-general': LANGUAGE_BITS.general,
  'ht-general': LANGUAGE_BITS.general,
  'ko-general': LANGUAGE_BITS.general,
  'ru-general': LANGUAGE_BITS.general,
  'uk-general': LANGUAGE_BITS.general,
  'pl-general': LANGUAGE_BITS.general,
  'ar-general': LANGUAGE_BITS.general,
  'so-general': LANGUAGE_BITS.general,
  'fr-general': LANGUAGE_BITS.general,
  'ar-latn': LANGUAGE_BITS.ar,
  'ru-latn': LANGUAGE_BITS.ru,
  'zh-general': LANGUAGE_BITS.general,
  'en-topics': TOPIC_BIT,
  'es-topics': TOPIC_BIT,
  'pt-topics': TOPIC_BIT,
  'pl-topics': TOPIC_BIT,
  'tl-topics': TOPIC_BIT,
  'ht-topics': TOPIC_BIT,
  'so-topics': TOPIC_BIT,
  'fr-topics': TOPIC_BIT,
  'ru-topics': TOPIC_BIT,
  'uk-topics': TOPIC_BIT,
  'vi-topics': TOPIC_BIT,
  'given-names': NAME_BIT,
  nicknames: NAME_BIT,
  'us-places': PLACE_BIT,
};
/** Files of vetted/ that are not lexicons: <lang>-excluded.txt (what a frequency list may not vouch for), phrases.txt, <lang>-phrases.txt and us-places-towns.txt. */
const notLexicon = (file: string): boolean => file.endsWith('-excluded.txt') || file.endsWith('phrases.txt') || file === TOWNS_FILE;

/** The bit of a BCP 47 tag's language (`es-US` -> es, `fil` -> tl, `zh-Hant` -> zh), or 0 if not covered. */
export function languageBit(tag: string): number {
  const primary = tag.toLowerCase().split('-')[0]!;
  if (primary === 'fil') return LANGUAGE_BITS.tl;
  if (primary === 'cmn' || primary === 'yue') return LANGUAGE_BITS.zh;
  return (LANGUAGE_BITS as Record<string, number>)[primary] ?? 0;
}

const PLAIN_WORD = /^[a-z0-9]+$/;

/** Words of a lexicon in a form the classifier reads at full speed. */
export class Lexicon {
  /** Trie over skeleton symbols: row (state * ALPHABET) + symbol -> next row, 0 = no word goes on. Row ALPHABET is the root. */
  next = new Int32Array(ALPHABET * 1024);
  /** Per state: the language bits of the word that ends there (0: no word ends there). */
  mask = new Int32Array(1024);
  states = 2; // 0 = dead, 1 = root
  /** Folded words with a letter outside a-z (other scripts): word -> bits. */
  readonly words = new Map<string, number>();
  /** Stems (`word*`): a word that starts with one of them -> bits. */
  readonly stems = new Map<string, number>();
  /** Longest word of a script written without spaces (Chinese). */
  maxUnspaced = 1;
  /** Lists added only when a text needs them (defer()). */
  private deferred: { file: string; bits: number }[] = [];

  /** Add one entry (a word, a phrase whose words are all added, or a `stem*`). */
  add(entry: string, bits: number): void {
    this.hangulMemo.clear();
    // Most entries are one plain word already folded: straight into the trie. The built-in lexicon
    // is built at every `phigate check` that checks templates; measured: 165 -> 140 ms to build it.
    if (PLAIN_WORD.test(entry)) {
      this.addLatin(entry, bits);
      return;
    }
    const stem = entry.endsWith('*');
    const folded = foldString(stem ? entry.slice(0, -1) : entry);
    for (const part of folded.split(/[^\p{L}\p{N}]+/u)) {
      if (part.length === 0) continue;
      if (/^[a-z0-9]+$/.test(part) && !stem) this.addLatin(part, bits);
      else {
        const map = stem ? this.stems : this.words;
        map.set(part, (map.get(part) ?? 0) | bits);
        // (also a name written across scripts, "sunbridge儿科": vouch.ts reads its Chinese end)
        if (isUnspaced(part.charCodeAt(0)) || isUnspaced(part.charCodeAt(part.length - 1))) this.maxUnspaced = Math.max(this.maxUnspaced, part.length);
      }
    }
  }

  /**
   * Add the entries of a file when loadDeferred() is first called: the frequency lists of other
   * scripts (38,000 words, folded one by one) took building the lexicon from 170 to 400 ms, which
   * `phigate check` and every start paid for English text that never reads them.
   */
  defer(file: string, bits: number): void {
    this.deferred.push({ file, bits });
  }

  /** Add the deferred lists (before reading a text that is not pure ASCII: only such a text holds their words). */
  loadDeferred(): void {
    if (this.deferred.length === 0) return;
    for (const { file, bits } of this.deferred.splice(0)) for (const entry of parseVetted(readFileSync(file, 'utf8'))) this.add(entry, bits);
  }

  private addLatin(word: string, bits: number): void {
    let row = ALPHABET;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const s = c >= 97 ? c - 97 : 26 + c - 48;
      let nextRow = this.next[row + s]!;
      if (nextRow === 0) {
        if ((this.states + 1) * ALPHABET > this.next.length) this.grow();
        nextRow = this.states++ * ALPHABET;
        this.next[row + s] = nextRow;
      }
      row = nextRow;
    }
    this.mask[row / ALPHABET] = this.mask[row / ALPHABET]! | bits;
    // Also in the row's last column (symbol SENTINEL, never a transition), so a walk reads it without a division.
    this.next[row + SENTINEL] = this.mask[row / ALPHABET]!;
  }

  private grow(): void {
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
    const mask = new Int32Array(this.mask.length * 2);
    mask.set(this.mask);
    this.mask = mask;
  }

  /** The bits of a folded Latin word (a-z0-9), 0 if none. */
  latin(word: string): number {
    let row = ALPHABET;
    for (let i = 0; i < word.length && row !== 0; i++) {
      const c = word.charCodeAt(i);
      row = this.next[row + (c >= 97 ? c - 97 : 26 + c - 48)]!;
    }
    return row === 0 ? 0 : this.next[row + SENTINEL]!;
  }

  /** The bits of a folded word in another script: itself, or a stem it starts with (Arabic: once attached particles are read off). */
  other(word: string): number {
    let bits = this.exactOrStem(word);
    const c = word.charCodeAt(0);
    if (bits === 0 && c >= 0x0600 && c <= 0x06ff) {
      for (const prefix of ARABIC_PREFIXES) {
        if (!word.startsWith(prefix) || word.length - prefix.length < (prefix === 'ع' ? 3 : 2)) continue;
        const rest = word.slice(prefix.length);
        bits |= this.exactOrStem(rest) | this.exactOrStem(withoutSuffix(rest));
      }
      bits |= this.exactOrStem(withoutSuffix(word));
    }
    if (bits === 0 && isHangul(c)) bits = this.hangul(word);
    return bits;
  }

  /**
   * Korean words this lexicon holds only as a noun with its particle or a verb made of it, memoized:
   * reading them tries every particle and ending (measured: Korean SMS 28.7k -> 21.6k/s without the
   * memo once the verbs were read). Cleared whenever a word is added.
   */
  private readonly hangulMemo = new Map<string, number>();
  private hangul(word: string): number {
    let bits = this.hangulMemo.get(word);
    if (bits !== undefined) return bits;
    bits = this.exactOrStem(withoutParticle(word));
    if (bits === 0) {
      const noun = nounOfVerb(word);
      if (noun !== null) bits = this.exactOrStem(noun) | this.exactOrStem(withoutParticle(noun));
    }
    if (bits === 0) bits = this.auxiliaryVerb(word);
    if (this.hangulMemo.size >= 20_000) this.hangulMemo.clear();
    this.hangulMemo.set(word, bits);
    return bits;
  }

  /**
   * A verb in its -아/-어 form followed by an auxiliary verb, as one word ("챙겨오세요": bring and come,
   * "보여주시고": show, "옮겨드렸어요"): both halves vouched for, the first ending in that form (a
   * syllable in ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ without a final consonant). The bits both halves share.
   */
  private auxiliaryVerb(word: string): number {
    // Folded Hangul is jamo (NFKD): split before an initial consonant that follows such a vowel, two syllables or more on each side.
    let syllables = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (!isInitialJamo(c)) continue;
      if (syllables >= 2 && INFINITIVE_VOWELS.has(word.charCodeAt(i - 1)) && syllablesIn(word, i) >= 2) {
        const bits = this.exactOrStem(word.slice(0, i)) & this.exactOrStem(withoutParticle(word.slice(i)));
        if (bits !== 0) return bits;
      }
      syllables++;
    }
    return 0;
  }

  private exactOrStem(word: string): number {
    let bits = this.words.get(word) ?? 0;
    for (let len = word.length; len >= 1; len--) {
      const s = this.stems.get(word.slice(0, len));
      if (s !== undefined) bits |= s;
    }
    return bits;
  }
}

/** The vowels of a verb's -아/-어 form, as jamo: ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ (가, 해, 서, 겨, 와, 워). */
const INFINITIVE_VOWELS = new Set([0x1161, 0x1162, 0x1165, 0x1167, 0x116a, 0x116f]);
const isInitialJamo = (c: number): boolean => c >= 0x1100 && c <= 0x1112;
function syllablesIn(word: string, from: number): number {
  let n = 0;
  for (let i = from; i < word.length; i++) if (isInitialJamo(word.charCodeAt(i))) n++;
  return n;
}

// (and Levantine "ع"/"عال" for على, "on, at", and two prefixes together: "عالبوابة", "عشباك", "وبشارع"; forty-fifth session, probe 1265's
// Dearborn pharmacy; the word left must be of three letters or more after "ع")
const ARABIC_PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'عال', 'لل', 'ال', 'وب', 'ول', 'و', 'ف', 'ب', 'ل', 'ك', 'ع'];
const ARABIC_SUFFIXES = ['كم', 'ها', 'هم', 'نا', 'ك', 'ه', 'ي'];
function withoutSuffix(word: string): string {
  for (const s of ARABIC_SUFFIXES) if (word.endsWith(s) && word.length - s.length >= 2) return word.slice(0, -s.length);
  return word;
}

/**
 * Korean particles and the copula after a noun ("인쇄본이", "신정에는", "민지입니다"), longest first, in the
 * jamo the folded text is read in. A noun of two syllables or more is left (one syllable is too often a
 * body part or a word of its own: 위, 눈), and only a vetted noun vouches: the frequency list has no stems.
 */
const KOREAN_PARTICLES = ['입니다', '이에요', '에서는', '에서도', '에게는', '께서는', '으로는', '에서', '에게', '께서', '으로', '로는', '에는', '에도', '까지', '부터', '님께', '이나', '이랑', '하고', '예요', '와', '과', '의', '에', '은', '는', '이', '가', '을', '를', '도', '만', '께', '로']
  .map((p) => foldString(p))
  .sort((a, b) => b.length - a.length);
const isLeadJamo = (c: number): boolean => c >= 0x1100 && c <= 0x1112;
function withoutParticle(word: string): string {
  for (const p of KOREAN_PARTICLES) {
    if (!word.endsWith(p) || !isLeadJamo(p.charCodeAt(0))) continue;
    const noun = word.slice(0, -p.length);
    let syllables = 0;
    for (let i = 0; i < noun.length; i++) if (isLeadJamo(noun.charCodeAt(i))) syllables++;
    if (syllables >= 2) return noun;
  }
  return word;
}

/**
 * The endings of the verbs Korean makes of a noun with 하다 (to do) and 되다 (to become), polite and
 * plain ("운전하실", "가입하신", "지연되고", "배정되었습니다", "체크인해"), longest first. The verb is
 * vouched for when its noun is: a noun of care the lists keep out (치료, 상담, 입원, 수술) makes no
 * vouched verb ("치료하실", "상담하세요" stay doubted).
 */
const KOREAN_VERB_ENDINGS = [
  '하셨습니다', '하시겠습니다', '하셨다면', '하시기', '하시고', '하시는', '하시면', '하시며', '하세요', '하셔야', '하셔도', '하셨어요', '하십시오',
  '하신', '하실', '했습니다', '했어요', '했다면', '합니다', '해야', '해도', '해서', '해요', '하고', '하는', '하지', '하며', '하여', '하거나', '하면', '하기', '하게', '할', '한', '해', '했',
  '되셨습니다', '되었습니다', '되었어요', '되셨어요', '되시면', '되실', '되신', '되어야', '되어서', '되어', '되었', '됩니다', '됐습니다', '됐어요', '돼요', '되고', '되는', '되면', '되지', '되며', '될', '된', '돼',
]
  .map((e) => foldString(e))
  .sort((a, b) => b.length - a.length);
function nounOfVerb(word: string): string | null {
  for (const e of KOREAN_VERB_ENDINGS) {
    if (!word.endsWith(e)) continue;
    const noun = word.slice(0, -e.length);
    return [...noun].length >= 2 ? noun : null;
  }
  return null;
}

/** The entries of a vetted/*.txt file: one or more per line, `#` comments. */
export function parseVetted(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (line.length > 0) out.push(...line.split(/\s+/));
  }
  return out;
}

const VETTED_DIR = packagePath('engine/classify/vetted');
/** Frequency lists whose every word is in another script than Latin: deferred (Lexicon.defer). */
const OTHER_SCRIPT_LISTS = new Set(['zh-common.txt', 'ko-common.txt', 'ru-common.txt', 'uk-common.txt', 'ar-common.txt']);
let builtin: Lexicon | null = null;

/** The built-in lexicon (every vetted/*.txt), compiled on first use and shared. */
export function builtinLexicon(): Lexicon {
  if (builtin !== null) return builtin;
  const lex = new Lexicon();
  for (const f of readdirSync(VETTED_DIR).filter((n) => n.endsWith('.txt') && !notLexicon(n)).sort()) {
    const bits = FILE_BITS[f.slice(0, -4)];
    if (bits === undefined) throw new Error(`vetted/${f}: not a covered language`);
    if (OTHER_SCRIPT_LISTS.has(f)) lex.defer(join(VETTED_DIR, f), bits);
    else for (const entry of parseVetted(readFileSync(join(VETTED_DIR, f), 'utf8'))) lex.add(entry, bits);
  }
  // The plurals of the administrative words (en.txt), unless a plural is one of the excluded words
  // ("numbers": "your numbers look better" is about results).
  const excluded = new Set(parseVetted(readFileSync(join(VETTED_DIR, 'en-excluded.txt'), 'utf8')));
  for (const word of parseVetted(readFileSync(join(VETTED_DIR, 'en.txt'), 'utf8'))) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const plural = /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
    if (!excluded.has(plural)) lex.add(plural, LANGUAGE_BITS.en);
  }
  // Staff shorthand: the administrative words without their vowels after the first letter, doubled
  // letters once ("closed" -> clsd, "reschedule" -> rschdl), unless the short form is a term of the
  // classifier's vocabularies ("als", "dbt"): those stay findings whatever vouches for them.
  const terms = new Set(builtinVocabulary().table.patterns);
  for (const word of parseVetted(readFileSync(join(VETTED_DIR, 'en.txt'), 'utf8'))) {
    const short = withoutVowels(word);
    if (short !== null && !terms.has(short) && !excluded.has(short)) lex.add(short, LANGUAGE_BITS.en);
  }
  // (only where a list already holds the word: the bits vouch for nothing by themselves)
  for (const noun of RESULT_NOUNS) if (lex.latin(noun) !== 0) lex.add(noun, RESULT_BIT);
  for (const noun of TEST_NOUNS) if (lex.latin(noun) !== 0) lex.add(noun, TEST_BIT);
  builtin = lex;
  return lex;
}

/**
 * "closed" -> "clsd": a word without the vowels after its first letter and with doubled letters once;
 * null when that leaves fewer than four letters (three-letter forms are clinical shorthand too
 * often: "once" -> "onc", "their" -> "thr") or the word itself.
 */
export function withoutVowels(word: string): string | null {
  if (!/^[a-z]{4,}$/.test(word)) return null;
  const short = (word[0]! + word.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
  return short.length < 4 || short === word ? null : short;
}

const excluded = new Map<string, ReadonlySet<string>>();
/**
 * The words of vetted/en-excluded.txt: ordinary English words kept out of the lexicons on purpose (the
 * other languages' lists keep out "dolores" and "perpetua", which are names in an English text, so
 * the names and fuzzy matching read only this one); with 'es', those of es-excluded.txt, folded, which
 * a Spanish form derived from a vetted word may not be ("operó" of "operar"). With 'acronyms', the acronyms
 * of care (acronyms-excluded.txt) that a practice's own acronym may not be.
 */
export function excludedWords(language: 'en' | 'es' | 'pt' | 'pl' | 'ar' | 'ru' | 'uk' | 'ko' | 'zh' | 'so' | 'fr' | 'acronyms' = 'en'): ReadonlySet<string> {
  let words = excluded.get(language);
  if (words === undefined) {
    const list = parseVetted(readFileSync(join(VETTED_DIR, `${language}-excluded.txt`), 'utf8'));
    words = new Set(language === 'en' ? list : list.map((w) => foldString(w)));
    excluded.set(language, words);
  }
  return words;
}

const TOWNS_FILE = 'us-places-towns.txt';
let towns: ReadonlySet<string> | null = null;
/** us-places-towns.txt: the names of US towns with a word the other lists keep out ("flushing", "rapid city"), one a line, words joined by a space. */
export function addressTowns(): ReadonlySet<string> {
  towns ??= new Set(readFileSync(join(VETTED_DIR, TOWNS_FILE), 'utf8').split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('#')));
  return towns;
}

/** The folded words of a language's own lists (<lang>.txt and <lang>-common.txt where it has one: Somali and French have none), stems (`word*`) without their star. */
export function languageWords(language: 'ru' | 'uk' | 'pl' | 'pt' | 'ko' | 'so' | 'fr'): string[] {
  const files = [`${language}.txt`, `${language}-common.txt`].filter((f) => existsSync(join(VETTED_DIR, f)));
  return files.flatMap((f) => parseVetted(readFileSync(join(VETTED_DIR, f), 'utf8'))).flatMap((entry) => foldString(entry.replace(/\*$/, '')).split(/[^\p{L}\p{N}]+/u)).filter((w) => w !== '');
}

let phrases: string[] | null = null;

/** Phrases vouched for only as a whole (vetted/phrases.txt and <lang>-phrases.txt, one per line): "date of birth" vouches for "birth" there only. */
export function builtinPhrases(): string[] {
  if (phrases !== null) return phrases;
  phrases = [];
  for (const file of readdirSync(VETTED_DIR).filter((n) => n.endsWith('phrases.txt')).sort()) {
    for (const raw of readFileSync(join(VETTED_DIR, file), 'utf8').split(/\r?\n/)) {
      const hash = raw.indexOf('#');
      const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
      if (line.length > 0) phrases.push(line);
    }
  }
  return phrases;
}

/** Skeleton symbol of a folded a-z0-9 code unit. */
export function symbolOfCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  return SENTINEL;
}
