// What a bundle adds to the built-in classifier, compiled once per classifier: its `terms` lists
// and vetted phrases in one automaton of their own (with the skeletons of the literals its
// `pattern`s need, so most texts rule a pattern out in the same pass), its patterns with their
// literal prefilters (prefilter.ts), and its vetted words in a lexicon of their own.

import { policyPattern, type PolicyPattern } from '../contract/index.ts';
import { Automaton } from './automaton.ts';
import { foldString, termSkeleton } from './fold.ts';
import { isExcluded, isVocabularyWord } from './fuzzy.ts';
import { addressTowns, builtinLexicon, builtinPhrases, excludedWords, Lexicon, NAME_BIT, PHRASE_WORD_BIT, PLACE_BIT, TOPIC_BIT } from './lexicon.ts';
import { literalPrefilter, LiteralSkeletons, type Prefilter } from './prefilter.ts';
import type { CompiledTemplate } from './templates.ts';
import { soundNames, type SoundNames } from './transliteration.ts';
import { builtinVocabulary, TermTable } from './vocab.ts';
import { CARE_TITLE_ROOTS, ORGANIZATION } from './vouch.ts';

export interface ClassifierExtensions {
  terms?: { label: string; terms: string[] }[];
  patterns?: { label: string; source: string; flags: string }[];
  /** Words and phrases the officer vetted (and the practice's name): the found-phone test vouches for them. */
  vetted?: string[];
  /** The practice's own names (practiceNames()), also in `vetted`: vouched for as written, care words and all ("Bayrock Urgent Care"). */
  practice?: string[];
  /** Approved templates: a message that is an instance of one is not doubted word by word. */
  templates?: CompiledTemplate[];
  /**
   * The positive model (vouch.ts): words the test cannot vouch for become `unvetted` findings, and
   * sensitive words of general content (a campaign to everyone) are not findings about the patient.
   * A bundle turns it on (engine/compile/found-phone.ts); a bare classifier reads only what is listed.
   */
  positive?: boolean;
}

export interface Extension {
  /** The `terms`: automaton patterns 0..table.patterns.length - 1. */
  table: TermTable;
  /** The terms, then the prefilter literals' skeletons (null when there are neither). */
  automaton: Automaton | null;
  /** ext table label id -> classifier label id */
  termLabel: number[];
  patterns: ExtensionPattern[];
  /** Per literal skeleton (automaton pattern table.patterns.length + id): seen in this text. */
  seen: Uint8Array;
}

export interface ExtensionPattern {
  label: number;
  /** Runs on the linear-time engine (contract/pattern.ts): no pattern and no text can stall the service. */
  re: PolicyPattern;
  /** Literals the regex needs (null: always run it), and their skeleton ids per clause. */
  prefilter: Prefilter | null;
  skeletonClauses: (Int32Array | null)[];
}

/**
 * The capitalized Cyrillic words of a vetted entry (names: "д-р Воронова", "Кенсингтон") and their
 * stems, so that their case forms are vouched for too ("у доктора Вороновой", "в Кенсингтоне",
 * "с Еленой Сергеевной"): each word, then its stem (without a final vowel or soft sign) as `stem*`.
 */
function declinedNames(entry: string): string[] {
  const out: string[] = [];
  for (const word of entry.split(/[^\p{L}\p{N}]+/u)) {
    if (!/^[А-ЯЁ][а-яё]{3,}$/.test(word)) continue;
    out.push(word, `${word.replace(/[аяоеиыйь]$/, '')}*`);
  }
  return out;
}

/**
 * The names the found-phone test vouches for from the practice's name: the whole name, its words
 * but those the lexicons keep out on purpose ("Mesa Verde Medical Group" does not vouch for "see
 * you at group Thursday", nor "Sunrise Recovery" for "your recovery"), and its initials when they
 * are three letters or more ("LVMP" of "Linden Valley Medical Partners", as staff sign texts, and "LVM" of its first words), its
 * first words, two or more, as staff shorten it ("Linden Hill Medical" of "Linden Hill Medical
 * Associates"), and its first words with the initials of the rest ("Riverside FP"). Initials that spell a term of the vocabularies stay a finding: the vocabularies read them first.
 */
const initialsOf = (words: readonly string[]): string => words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
const everyInitial = (words: readonly string[]): string => words.filter((w) => /^\p{L}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('');

export function practiceNames(practice: string | undefined): string[] {
  if (practice === undefined) return [];
  const words = practice.split(/\s+/).filter((w) => w !== '');
  const shortened = words.slice(2).map((_, i) => words.slice(0, i + 2).join(' '));
  // its first words and the initials of the rest ("Riverside FP"), as staff sign texts
  const abbreviated = words.slice(1, -1).map((_, i) => `${words.slice(0, i + 1).join(' ')} ${initialsOf(words.slice(i + 1))}`).filter((name) => name.split(' ').pop()!.length >= 2);
  // the initials of the whole name and of its first words, three letters or more ("PGM" of "Prairie Grove Medical Group")
  // (and with the initials of its small words too: "SDV" of "Salud del Valle Community Health Center"; twenty-fourth session, probe 173)
  const initials = words.slice(2).flatMap((_, i) => [initialsOf(words.slice(0, i + 3)), everyInitial(words.slice(0, i + 3))]).filter((x) => x.length >= 3);
  // its first words and its kind of care as staff shorten it ("Ridgeline Ortho" of "Ridgeline Orthopedics & Sports Medicine";
  // twenty-fourth session, probe 189): no more care than the name says in full
  const kindShortened = words.flatMap((w, k) => (k > 0 && KIND_SHORT[foldString(w)] !== undefined ? [`${words.slice(0, k).join(' ')} ${KIND_SHORT[foldString(w)]}`] : []));
  // ...and that kind after the initials of the words before it, run together as handles and addresses write it ("SVDerm" of
  // "Sunset Valley Dermatology": "svderm-atx.com", "@svderm"; forty-fourth session: 5 ordinary texts of probe 1254 were held back
  // by it, none of probes 855-1257's must-block texts let through)
  const handles = words.flatMap((w, k) => (k > 0 && KIND_SHORT[foldString(w)] !== undefined && initialsOf(words.slice(0, k)).length >= 2 ? [`${initialsOf(words.slice(0, k))}${KIND_SHORT[foldString(w)]}`] : []));
  // ...and a plural word's singular, as a portal or a building is named after the practice ("Acorn Family Portal" of "Little Acorns
  // Pediatric Partners"; forty-eighth session, probe 1407)
  const singulars = words.filter((w) => /^\p{L}{4,}s$/u.test(w) && !/ss$/i.test(w)).map((w) => w.slice(0, -1));
  return [practice, ...shortened, ...abbreviated, ...kindShortened, ...handles, ...[...words, ...singulars].filter((w) => !excludedWords().has(foldString(w))), ...new Set(initials)];
}
/**
 * The practice's initials of four letters or more, folded, when its name holds no word a lexicon keeps out (no care word): what
 * they may spell by chance ("LMHC" of "Little Mekong Health Center", a counsellor's credential) is the practice's sign where it
 * stands as one (classifier.ts, ownInitials). Empty for a name that says its care ("Lakeside Mental Health Center").
 */
export function innocentInitials(practice: readonly string[] | undefined): ReadonlySet<string> {
  const name = practice?.[0];
  if (name === undefined || name.split(/[^\p{L}]+/u).some((w) => w !== '' && excludedWords().has(foldString(w)))) return new Set();
  return new Set(practice!.filter((n) => /^[A-Z]{4,}$/.test(n)).map(foldString));
}
/** How staff shorten the kind of care a practice's name says ("Ridgeline Ortho", "Magnolia Peds", "Saguaro Derm"). */
const KIND_SHORT: Record<string, string> = {
  orthopedics: 'Ortho', orthopaedics: 'Ortho', orthopedic: 'Ortho', pediatrics: 'Peds', pediatric: 'Peds', dermatology: 'Derm',
  cardiology: 'Cardio', neurology: 'Neuro', ophthalmology: 'Eye', gastroenterology: 'GI', rheumatology: 'Rheum', endocrinology: 'Endo',
};
/**
 * The kind of care a practice's name says, as Korean staff write it after the name read by sound ("릿지라인 정형외과" of
 * "Ridgeline Orthopedics"; twenty-fifth session, probe 189): no more care than the name says in English.
 */
const KIND_TRANSLATED: Record<string, readonly string[]> = {
  orthopedics: ['정형외과'], orthopaedics: ['정형외과'], orthopedic: ['정형외과'], pediatrics: ['소아과', '소아청소년과'], pediatric: ['소아과', '소아청소년과'],
  dermatology: ['피부과'], cardiology: ['심장내과'], ophthalmology: ['안과'], eye: ['안과'], dental: ['치과'], dentistry: ['치과'],
  // (internal medicine, family medicine: "한마음내과", "가정의학과"; forty-fifth session, probe 1288)
  internal: ['내과'], family: ['가정의학과'],
};
/**
 * A low-risk kind of care the officer vets alone, as Korean and Chinese staff write it ("소아치과" of a children's dentist,
 * "牙科", "皮肤科"; twenty-seventh session, probe 221): the officer vetted the care, not a language's word for it.
 */
const VETTED_KIND_WRITTEN: Record<string, readonly string[]> = {
  dentistry: ['치과', '소아치과', '牙科', '牙醫', '牙医', '兒童牙科', '儿童牙科'],
  orthodontics: ['치아교정', '교정', '矫正', '矯正', '牙齿矫正', '牙齒矯正'],
  dermatology: ['피부과', '皮肤科', '皮膚科'],
};
/**
 * The kind a practice's name says, as Arabic writes it before the name ("صيدلية سيدار" of "Cedar Family Pharmacy"; forty-fifth
 * session, probe 1265: eleven notices held back for the name in Arabic letters, whose consonants a medicine's name shares).
 */
const KIND_ARABIC: Record<string, readonly string[]> = {
  pharmacy: ['صيدلية', 'صيدليه'], clinic: ['عيادة', 'عياده'], center: ['مركز'], centre: ['مركز'],
};
function arabicKinds(practice: readonly string[]): string[] {
  return practice.flatMap((name) => name.split(/[^A-Za-z]+/).flatMap((w) => (KIND_ARABIC[w.toLowerCase()] ?? []).map(foldString)));
}
function translatedKinds(practice: readonly string[]): string[] {
  return practice.flatMap((name) => name.split(/[^A-Za-z]+/).flatMap((w) => KIND_TRANSLATED[w.toLowerCase()] ?? []));
}
/** ...which name care alone ("your ortho appt"): never a proper name of a vetted phrase, only the practice's whole short name. */
const CARE_SHORTHAND = new Set(Object.values(KIND_SHORT).map((k) => k.toLowerCase()));

/**
 * The proper names inside a vetted phrase ("Allapattah" of "Puentes Allapattah Health Center"):
 * words written with a capital that no list knows (not a common word, a topic, a place or a given
 * name), are no term of the vocabularies and no excluded word. They vouch
 * alone ("see you in Allapattah"); the phrase's other words do not ("Heart" of "Linden Valley
 * Heart Center", "Urology" of "Linden Valley Urology" are read as in any text).
 */
function properWords(phrase: string): string[] {
  return phrase.split(/[^\p{L}\p{N}'’]+/u).filter((w) => {
    if (!/^\p{Lu}[\p{L}'’]{3,}$/u.test(w) || !/^[A-Za-z'’]+$/.test(w)) return false;
    const folded = foldString(w.replace(/['’]s$/iu, ''));
    return builtinLexicon().latin(folded) === 0 && !isExcluded(folded) && !isVocabularyWord(folded) && !CARE_SHORTHAND.has(folded);
  });
}

/**
 * A vetted name written as one word, as portals and hosts write it ("LaurelFork" of "Laurel Fork
 * Family Medicine", read in "MyLaurelFork"): two to four of its words in a row, none of them a word of
 * care ("Recovery" of "Laurel Fork Recovery Program" joins nothing).
 */
function joinedNames(phrase: string): string[] {
  const words = phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let joined = words[i]!;
    for (let j = i + 1; j < words.length && j < i + 4 && !namesCare(words[i]!) && !namesCare(words[j]!); j++) out.push((joined += words[j]!));
  }
  // its first words joined and the rest shortened, as handles and hosts write it ("springcreekfm" of "Spring
  // Creek Family Medicine", "prairiegrovemed" of "Prairie Grove Medical Group"), no word of care among them
  // ("magnoliapeds" of "Magnolia Pediatrics", as its usual short form)
  for (let k = 1; k < words.length && !words.slice(0, k + 1).some(namesCare); k++) {
    const head = words.slice(0, k).join('');
    out.push(head + words.slice(k).map((w) => w[0]).join(''), head + words[k]!.slice(0, 3));
    const short = SHORT_FORMS[foldString(words[k]!)];
    if (short !== undefined) out.push(head + short);
    // (and the words after it written out: "northgatemedclinic" of "Northgate Medical Clinic"; fifty-first session, probe 1519)
    if (short !== undefined && k + 1 < words.length && !words.slice(k + 1).some(namesCare)) out.push(head + short + words.slice(k + 1).join(''));
  }
  // and its patient portal, named after it ("BolsaConnect", "GoldenHarborPortal"; probe 112)
  if (words.length > 0 && !namesCare(words[0]!)) for (const k of [1, 2].filter((n) => n <= words.length)) for (const suffix of PORTAL_SUFFIXES) out.push(words.slice(0, k).join('') + suffix);
  return out;
}
const PORTAL_SUFFIXES = ['connect', 'portal', 'link', 'chart', 'access', 'online', 'app'];
/** How hosts and handles shorten the kind of practice a name ends with (nineteenth session, probe 100). */
const SHORT_FORMS: Record<string, string> = { pediatrics: 'peds', pediatric: 'peds', medical: 'med', medicine: 'med', family: 'fam', health: 'hlth', associates: 'assoc', center: 'ctr', centre: 'ctr', clinic: 'clin' };

/** Words of a place's name that say what kind of place it is, not what care it gives ("Saebom Clinic", "the Elm Street Lab"). */
const PLACE_KINDS = new Set(['clinic', 'clinics', 'lab', 'labs', 'laboratory', 'hospital']);

/** A word that names care wherever it is written: a health topic, an excluded word or a term of the vocabularies; not an organization's or a place's word ("Medical", "Clinic"). */
function namesCare(word: string): boolean {
  // each part of a hyphenated word ("Materno-Infantil", "Mother-Baby"; twenty-second session, probe 158)
  if (/\p{L}-\p{L}/u.test(word)) return word.split('-').some(namesCare);
  const folded = bareWord(word);
  if (folded === '' || ORGANIZATION.has(folded) || PLACE_KINDS.has(folded) || NAME_OUTCOMES.has(folded)) return false;
  return (builtinLexicon().latin(folded) & TOPIC_BIT) !== 0 || isExcluded(folded) || isVocabularyWord(folded) || CARE_SHORTHAND.has(folded);
}

/**
 * Words kept out as a result's outcome, not as care ("clear", "normal"): in a name the officer vetted ("Clear View Eye
 * Care", "Normal Heights Clinic") they are the place's, vouched for with the name's other words, never alone
 * (twenty-seventh session, probe 221: "Clear View" vetted, "clear" still doubted in 23 of its texts).
 */
const NAME_OUTCOMES = new Set(['clear', 'normal', 'fine', 'positive', 'clean', 'bright']);

/** A word of a name folded to its letters, without its possessive: whose care it is ("Kirby Women's Center"; twenty-second session, probe 154). */
function bareWord(word: string): string {
  return foldString(word.replace(/['’]s$/iu, '')).replace(/[^a-z]/g, '');
}

/**
 * A word kept out alone that begins a place's proper name with the proper word after it ("Stone Oak", a
 * San Antonio neighbourhood; twenty-first session, probe 135): not a health topic or a term ("Heart" of
 * "Harbor Heart Center" names the care), and the word after it is a word of US place names (us-places.txt),
 * not a kind of place or care ("Bladder Wellness", "Birth Center" stay doubted).
 */
function placeWordBefore(word: string, next: string | undefined): boolean {
  if (next === undefined || !/^\p{Lu}\p{Ll}/u.test(word) || !/^\p{Lu}\p{Ll}/u.test(next)) return false;
  const folded = bareWord(word);
  const after = bareWord(next);
  if ((builtinLexicon().latin(folded) & TOPIC_BIT) !== 0 || isVocabularyWord(folded)) return false;
  return (builtinLexicon().latin(after) & PLACE_BIT) !== 0 && !namesCare(next) && !ORGANIZATION.has(after) && !PLACE_KINDS.has(after) && !CARE_PLACES.has(after);
}
/**
 * A health topic's word that US town names hold, after a proper word of the name ("Vista" of "Bayou Vista", "Cholla Vista":
 * Spanish's eyesight, kept out of Spanish texts; fifty-first session, probes 1502 and 1509): the place's word, vouched for with
 * the name. Not a word English or the vocabularies keep out, nor after a word of care ("Clinica de la Vista" stays doubted).
 */
function townWordAfter(word: string, prev: string | undefined): boolean {
  if (prev === undefined || !/^\p{Lu}\p{Ll}/u.test(word) || !/^\p{Lu}\p{Ll}/u.test(prev) || namesCare(prev)) return false;
  const folded = bareWord(word);
  return !isExcluded(folded) && !isVocabularyWord(folded) && townWords().has(folded);
}
let towns: ReadonlySet<string> | null = null;
function townWords(): ReadonlySet<string> {
  return (towns ??= new Set([...addressTowns()].flatMap((t) => t.split(' '))));
}

/** Words after which the word before names the care given there ("Birth Center", "Imaging Center", "Heart Institute", "Sleep Lab"). */
const CARE_PLACES = new Set(['center', 'centre', 'centers', 'ctr', 'institute', 'unit', 'services', 'service', 'program', 'care', 'specialists', 'specialty', 'office', 'suite', 'wing', 'department', 'dept', 'pavilion', 'house', 'home', 'ward', 'floor', 'annex', 'building', 'studio', 'suites']);

/**
 * What a vetted phrase vouches for as a whole. A name (it starts with a capital) that holds a word of
 * care ("Linden Valley Urology", "Harbor Heart Center") vouches for the runs of words around it
 * ("Linden Valley", "Center"), not for that word: the officer vetted the place, and the guide asks
 * to "be generic about appointment type in SMS". The word passes where it would in any text, or
 * when the officer vets it on its own ("dermatology"). Other phrases ("eye exam") are vouched whole.
 */
export function vouchedRuns(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  // A name: it starts with a capital ("Allergy and Asthma", "Centro de Salud", "Weight Wellness program").
  if (!/^[\p{Lu}\p{N}]/u.test(words[0]!) || !words.some(namesCare) || personName(words)) return [phrase];
  const runs: string[][] = [[]];
  words.forEach((w, i) => {
    if (namesCare(w) && !placeWordBefore(w, words[i + 1]) && !townWordAfter(w, words[i - 1])) runs.push([]);
    else runs[runs.length - 1]!.push(w);
  });
  return runs.filter((r) => r.some((w) => !/^\p{Ll}{1,3}$/u.test(w))).map((r) => r.join(' '));
}

/**
 * A person's name: a given name, maybe an initial, and a surname that an excluded word spells but that names no topic of care
 * ("Hazel Moody", signing a survey; fifty-first session, probe 1504). Vouched as a whole; the surname alone stays doubted.
 */
function personName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’.-]*$/u.test(w))) return false;
  if (words.length === 3 && !/^\p{Lu}\.?$/u.test(words[1]!)) return false;
  const given = bareWord(words[0]!);
  const surname = bareWord(words[words.length - 1]!);
  return (builtinLexicon().latin(given) & NAME_BIT) !== 0 && !namesCare(words[0]!) && (builtinLexicon().latin(surname) & TOPIC_BIT) === 0 && !isVocabularyWord(surname) && !CARE_SHORTHAND.has(surname) && !CARE_PLACES.has(surname) && !ORGANIZATION.has(surname);
}

/**
 * The Korean words of a vetted name ("로터스브리지" of "로터스브리지 메디컬 그룹"), so that staff who write
 * the name short or with a particle ("로터스브리지의") are read: words of two syllables or more that
 * the Korean reviewers did not keep out, that hold no root of care and that no vocabulary names (상담,
 * 산부인과 stay what they are).
 */
function koreanNames(entry: string): string[] {
  const scripts = builtinVocabulary().scripts;
  return entry.split(/[^\p{L}\p{N}]+/u).filter((word) => {
    if (!/^\p{Script=Hangul}{2,}$/u.test(word) || excludedWords('ko').has(foldString(word)) || CARE_TITLE_ROOTS.some((r) => foldString(word).includes(r))) return false;
    let named = false;
    scripts.scan(foldString(word), () => (named = true));
    return !named;
  });
}

/**
 * What kind of place a Chinese name ends with ("莲桥医疗", "纳罗斯社区健康中心", "蓮橋藥房"), longest first:
 * the name before it is the practice's own and is written alone or before another kind ("莲桥药房").
 */
const CHINESE_PLACE_KINDS = ['社区健康中心', '社區健康中心', '健康中心', '医疗中心', '醫療中心', '医疗集团', '醫療集團', '医疗', '醫療', '诊所', '診所', '医院', '醫院', '药房', '藥房', '中心', '集团', '集團'];

/** The name a vetted Chinese entry gives before its kind of place ("莲桥" of "莲桥医疗"): two characters or more, no term of the vocabularies. */
function chineseNames(entry: string): string[] {
  const name = entry.trim();
  if (!/^\p{Script=Han}+$/u.test(name)) return [];
  const kind = CHINESE_PLACE_KINDS.find((k) => name.endsWith(k) && name.length - k.length >= 2);
  if (kind === undefined) return [];
  const stem = foldString(name.slice(0, -kind.length));
  let named = false;
  builtinVocabulary().scripts.scan(stem, () => (named = true));
  return named ? [] : [stem];
}

/** Which words of vetted names may be read by sound: not a word of care, but any word of the practice's own name that is no term. */
function soundable(practice: readonly string[]): (word: string) => boolean {
  const own = new Set(practice.flatMap((name) => name.split(/\s+/)));
  return (word) => (own.has(word) ? !isVocabularyWord(foldString(word)) : !namesCare(word));
}

/**
 * Each name as declared, and with "and" written "&" or "&" written "and": staff write the practice's name either way ("Midtown
 * Dermatology & Skin Surgery" of "Midtown Dermatology and Skin Surgery", whose "Surgery" had been doubted; fiftieth session, probes
 * 1471 and 1473).
 */
function withAmpersands(entries: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    out.push(entry);
    const other = / & /.test(entry) ? entry.replace(/ & /g, ' and ') : / and /i.test(entry) ? entry.replace(/ and /gi, ' & ') : null;
    if (other !== null && !entries.includes(other)) out.push(other);
  }
  return out;
}

/** termLabel of the bundle's vetted phrases: vouched for, not a finding. */
export const VOUCHED = -1;
/** termLabel of the practice's own names of several words: vouched for, and what they say of care is no clinical finding (classifier.ts OWN_NAME_LABELS). */
export const PRACTICE = -2;

/**
 * The extension's terms and patterns (null when it has neither) and its vetted words (null when
 * none); `idOf` gives a label's classifier id, naming where it came from in errors.
 */
export function compileExtension(
  ext: ClassifierExtensions | undefined,
  idOf: (label: unknown, where: string) => number,
): { extension: Extension | null; vettedWords: Lexicon | null; otherPhrases: string[]; soundNames: SoundNames | null } {
  let extension: Extension | null = null;
  // Vetted words go to a lexicon of their own; vetted phrases of several Latin words are matched
  // as terms whose label is VOUCHED (their span is vouched for as a whole); phrases in other scripts
  // ("المركز الصحي", "выписка по счёту") are looked for in the folded text (otherPhrases).
  const vettedWords = new Lexicon();
  const vettedPhrases: string[] = [];
  const practicePhrases: string[] = [];
  const otherPhrases = new Set<string>();
  const vetted = withAmpersands(ext?.vetted ?? []);
  const practice = withAmpersands(ext?.practice ?? []);
  for (const entry of [...(ext?.positive === true ? builtinPhrases() : []), ...vetted]) {
    if (typeof entry !== 'string') continue;
    const sk = termSkeleton(entry);
    // A phrase of several words is vouched for as a whole, never word by word (but for the words of
    // care a vetted name holds, and the proper names in it).
    if (sk !== null && sk.breaks.length > 0) {
      const own = practice.includes(entry);
      for (const run of vetted.includes(entry) && !own ? vouchedRuns(entry) : [entry]) {
        if (own) practicePhrases.push(run);
        else if (run === entry || run.includes(' ')) vettedPhrases.push(run);
        else vettedWords.add(run, 0x1ff); // one word of a vetted name ("Center" of "Linden Valley Heart Center")
      }
      // its words, for links only ("?loc=birch" of "Birch St"); not the built-in set phrases
      if (vetted.includes(entry)) {
        for (const word of entry.split(/[^\p{L}\p{N}]+/u)) if (word !== '') vettedWords.add(word, PHRASE_WORD_BIT);
        for (const word of properWords(entry)) vettedWords.add(word, 0x1ff);
        for (const joined of joinedNames(entry)) vettedWords.add(joined, 0x1ff);
      }
    } else if (sk === null && entry.trim().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').length > 1) {
      otherPhrases.add(foldString(entry.trim()));
      // (a Korean name is written with or without its spaces: "올림픽 내과", "올림픽내과"; thirty-fifth session, probe 724)
      if (/^[\p{Script=Hangul}\s]+$/u.test(entry.trim())) otherPhrases.add(foldString(entry.trim().replace(/\s+/g, '')));
      if (vetted.includes(entry)) for (const name of [...declinedNames(entry), ...koreanNames(entry)]) vettedWords.add(name, 0x1ff);
    } else {
      vettedWords.add(entry, 0x1ff);
      if (vetted.includes(entry)) for (const name of [...declinedNames(entry), ...chineseNames(entry), ...(VETTED_KIND_WRITTEN[foldString(entry)] ?? [])]) vettedWords.add(name, 0x1ff);
    }
  }
  if (ext && ((ext.terms?.length ?? 0) > 0 || (ext.patterns?.length ?? 0) > 0 || vettedPhrases.length > 0 || practicePhrases.length > 0)) {
    const table = new TermTable();
    const termLabel: number[] = [];
    for (const [label, phrases] of [[VOUCHED, vettedPhrases], [PRACTICE, practicePhrases]] as const) {
      if (phrases.length === 0) continue;
      const local = termLabel.push(label) - 1;
      for (const phrase of phrases) table.add(phrase, local, false);
    }
    for (const group of ext.terms ?? []) {
      const id = idOf(group.label, 'terms');
      const local = termLabel.indexOf(id) >= 0 ? termLabel.indexOf(id) : termLabel.push(id) - 1;
      for (const term of group.terms) {
        if (typeof term !== 'string' || !table.add(term, local, false)) {
          throw new RangeError(`terms ${group.label}: ${JSON.stringify(term)} has no Latin letters or digits to match`);
        }
      }
    }
    const patterns: ExtensionPattern[] = [];
    const literals = new LiteralSkeletons();
    for (const pt of ext.patterns ?? []) {
      const id = idOf(pt.label, 'pattern');
      const flags = (pt.flags ?? '').replace(/[gy]/g, '') + 'g';
      let js: RegExp;
      let re: PolicyPattern;
      try {
        js = new RegExp(pt.source, flags); // checks the syntax and gives the prefilter its source; never run on a text
        re = policyPattern(pt.source, flags);
      } catch (e) {
        throw new SyntaxError(`pattern ${pt.label}: ${(e as Error).message}`);
      }
      const prefilter = literalPrefilter(js.source, js.flags);
      patterns.push({ label: id, re, prefilter, skeletonClauses: prefilter === null ? [] : literals.add(prefilter) });
    }
    const searched = [...table.patterns, ...literals.skeletons];
    extension = {
      table,
      automaton: searched.length > 0 ? new Automaton(searched) : null,
      termLabel,
      patterns,
      seen: new Uint8Array(literals.skeletons.length),
    };
  }
  return {
    extension,
    vettedWords: (ext?.vetted?.length ?? 0) > 0 || vettedPhrases.length > 0 || practicePhrases.length > 0 ? vettedWords : null,
    otherPhrases: [...otherPhrases],
    // the names' words as staff write them in Arabic, Cyrillic, Hangul or Chinese sounds: not a word of care,
    // but the practice's own name's words as they are vouched for written ("Narrows" of "Narrows Community
    // Health"), unless a term of the vocabularies
    soundNames: ext?.positive === true ? soundNames(ext.vetted ?? [], soundable(ext.practice ?? []), translatedKinds(ext.practice ?? []), ext.practice ?? [], arabicKinds(ext.practice ?? [])) : null,
  };
}
