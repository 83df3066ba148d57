// Misspellings, both ways. A word the positive model cannot vouch for is compared with the
// one-word sensitive terms of the vocabularies ("colonscopy" -> colonoscopy, "suboxen" ->
// Suboxone): within one edit (insertion, deletion, substitution or swap of two neighbours) for
// words of 5 to 8 letters, two edits from 9 letters on, with the same first letter. A long
// administrative word misspelled ("apointment", "perscription") is vouched for when it is within
// one edit of a vetted word of 6 letters or more and near no sensitive term. Only words no lexicon
// knows are compared, so ordinary words are never turned into findings; test/classify/fuzzy.test.ts
// measures both directions. Lookups use deletion neighbourhoods (SymSpell): each term is indexed
// under every string one (or two) deletions away, so a query costs a few map lookups.

import { CLINICAL_LABELS, SENSITIVITY_LABELS } from '../contract/index.ts';
import { Automaton, HitBuffer } from './automaton.ts';
import { foldString } from './fold.ts';
import { builtinLexicon, excludedWords, LANGUAGE_BITS, languageWords, Lexicon } from './lexicon.ts';
import { BUILTIN_LABEL_NAMES, builtinVocabulary, INTERNAL, PUBLIC_LABEL_COUNT } from './vocab.ts';
import { vocabularyKeys } from './transliteration.ts';

export class NearMatcher {
  private readonly index = new Map<string, number[]>();
  readonly entries: string[] = [];

  constructor(private readonly minLength: number, private readonly twoEditsFrom: number) {}

  add(word: string): number {
    const id = this.entries.length;
    this.entries.push(word);
    for (const key of deletions(word, word.length >= this.twoEditsFrom ? 2 : 1)) {
      let list = this.index.get(key);
      if (list === undefined) this.index.set(key, (list = []));
      if (list[list.length - 1] !== id) list.push(id);
    }
    return id;
  }

  /**
   * Ids of the entries within the allowed edits of `word` (same first letter), nearest first. With
   * `missingLetterFrom`, a word shorter than minLength but at least that long still matches an entry
   * one letter longer that it is missing a letter of ("plese" for "please").
   */
  near(word: string, missingLetterFrom = Infinity): number[] {
    if (word.length < this.minLength) {
      if (word.length < missingLetterFrom) return [];
      return (this.index.get(word) ?? []).filter((id) => this.entries[id]!.length === word.length + 1 && this.entries[id]![0] === word[0]);
    }
    const maxEdits = word.length >= this.twoEditsFrom ? 2 : 1;
    const seen = new Set<number>();
    const out: [number, number][] = [];
    for (const key of deletions(word, maxEdits)) {
      for (const id of this.index.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = this.entries[id]!;
        if (entry[0] !== word[0]) continue;
        const limit = Math.min(maxEdits, entry.length >= this.twoEditsFrom ? 2 : 1);
        const d = editDistance(word, entry, limit);
        if (d <= limit) out.push([d, id]);
      }
    }
    return out.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  }
}

/** The word and every string `max` or fewer deletions away. */
function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps), or limit + 1 once it exceeds limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]!;
}

// --- the built-in near-miss index: the vocabularies' one-word terms and the long vetted words ----

/** The sensitive one-word terms (misspellings are compared with them) and the long vetted words. */
interface NearVocabulary {
  sensitive: NearMatcher;
  /** sensitive entry id -> label ids */
  sensitiveLabels: number[][];
  administrative: NearMatcher;
  /** Ordinary words left out of the lexicons on purpose (vetted/en-excluded.txt): never read as misspellings. */
  known: ReadonlySet<string>;
}
let near: NearVocabulary | null = null;

/** Labels of vocabulary terms that a misspelling stands for; detector keywords and internal lists are left out. */
const NEAR_LABELS = new Set(['HIV', 'STD', 'ETH', 'SUD', 'OPIOIDUD', 'PSY', 'BH', 'MH', 'SEX', 'PREGNANT', 'GDIS', 'SDV', 'SSP', 'diagnosis', 'medication', 'procedure']);

export function nearVocabulary(): NearVocabulary {
  if (near !== null) return near;
  const { table } = builtinVocabulary();
  const sensitive = new NearMatcher(5, 9);
  const sensitiveLabels: number[][] = [];
  const byWord = new Map<string, number>();
  for (let i = 0; i < table.patterns.length; i++) {
    const word = table.patterns[i]!;
    if (table.exact[i] !== null || !table.oneWord[i] || word.length < 5 || /[0-9]/.test(word)) continue;
    const labels = table.labels[i]!.filter((id) => id < PUBLIC_LABEL_COUNT && NEAR_LABELS.has(BUILTIN_LABEL_NAMES[id]!));
    if (labels.length === 0) continue;
    let id = byWord.get(word);
    if (id === undefined) {
      id = sensitive.add(word);
      byWord.set(word, id);
      sensitiveLabels[id] = [];
    }
    for (const l of labels) if (!sensitiveLabels[id]!.includes(l)) sensitiveLabels[id]!.push(l);
  }
  const administrative = new NearMatcher(6, 99);
  const lex = builtinLexicon();
  for (const word of latinWords(lex, LANGUAGE_BITS.en)) if (word.length >= 6) administrative.add(word);
  near = { sensitive, sensitiveLabels, administrative, known: excludedWords() };
  return near;
}

/** Sensitive terms as skeletons, looked for inside one word of a link: its host (hostHidesTerm) or a path word run together (pathHidesTerm). */
const runHits = new HitBuffer();
const HOST_LABELS = new Set(['HIV', 'STD', 'ETH', 'SUD', 'OPIOIDUD', 'PSY', 'BH', 'MH', 'SEX', 'PREGNANT', 'GDIS', 'SDV', 'SSP', 'diagnosis', 'procedure']);
const PATH_LABELS = new Set([...HOST_LABELS, 'medication', 'procedure', INTERNAL.analyte]);
const CODE_LABELS = new Set([...HOST_LABELS].filter((l) => l !== 'diagnosis' && l !== 'procedure'));
let hostTerms: Automaton | null = null;
let hostCodes: Automaton | null = null;
let pathTerms: Automaton | null = null;

/**
 * A host that runs a sensitive term together with other letters ("harborhivclinic" of
 * harborhivclinic.org, "lakemontrecoveryservices"): terms are otherwise read at word boundaries, and
 * a host is one word. Terms of six skeleton letters or more only ("hivclinic", "methadone"), so that
 * short ones do not turn up inside ordinary names ("hiv" in "archives").
 */
export function hostHidesTerm(sym: Uint8Array, from: number, to: number): boolean {
  return runsTerm((hostTerms ??= runTermAutomaton(HOST_LABELS, 6, HOST_WORDS)), sym, from, to);
}

/**
 * A host that runs a term of a sensitivity code together with other letters, even where the host is vouched for as the
 * practice's own name ("musiccityeatingdisorder" of Music City Eating Disorder Program): the code stays a finding in the
 * name written out, and so in its domain; a clinical word does not ("lakeviewhomehealth" of Lakeview Home Health).
 */
export function hostHidesCode(sym: Uint8Array, from: number, to: number, opensWord: (start: number) => boolean = () => true): boolean {
  const terms = (hostCodes ??= runTermAutomaton(CODE_LABELS, 6));
  if (!runsTerm(terms, sym, from, to)) return false;
  // (where the term starts the host or a word of it: "northgatemedclinic" holds "edclinic" of "ED Clinic" across "med" and "clinic",
  // no word of its own; fifty-first session, probe 1519)
  for (let h = 0; h < runHits.length; h++) {
    const start = from + runHits.data[(h << 1) + 1]! - terms.lengths[runHits.data[h << 1]!]! + 1;
    if (start === from || opensWord(start)) return true;
  }
  return false;
}

/**
 * Words no vocabulary holds alone, for they also name ordinary things ("recovery" of a surgery, "rehab" of a knee), that a
 * practice's domain names as its care ("edgehillrecovery.org/visit", "spokanevalleycounseling.com/appt"; thirty-sixth session,
 * probes 786, 844).
 */
const HOST_WORDS = ['recovery', 'rehab', 'sober', 'sobriety', 'detox', 'counseling', 'counselling', 'psychiatry', 'psychology', 'therapy'];

/**
 * A word of a link's path that ordinary words run together would vouch for ("my"+"over"+"dose" of
 * "/myoverdose", "hero"+"in" of "/myheroin") but that holds a term of care, a medicine or a
 * procedure of five letters or more: the words it splits into do not vouch for it.
 */
export function pathHidesTerm(sym: Uint8Array, from: number, to: number): boolean {
  return runsTerm((pathTerms ??= runTermAutomaton(PATH_LABELS, 5)), sym, from, to);
}

function runsTerm(terms: Automaton, sym: Uint8Array, from: number, to: number): boolean {
  runHits.reset();
  terms.scan(sym.subarray(from, to + 1), to - from + 1, runHits);
  return runHits.length > 0;
}

function runTermAutomaton(labels: Set<string>, minLength: number, words: readonly string[] = []): Automaton {
  const { table } = builtinVocabulary();
  const terms = new Set<string>(words);
  for (let i = 0; i < table.patterns.length; i++) {
    const sk = table.patterns[i]!;
    if (sk.length >= minLength && table.exact[i] === null && table.labels[i]!.some((id) => labels.has(BUILTIN_LABEL_NAMES[id]!))) terms.add(sk);
  }
  return new Automaton([...terms]);
}

/**
 * Builds now what the first text that needs it would otherwise build: the other scripts' frequency
 * lists (~0.15 s: the first text that is not pure ASCII), the near-miss index (~0.5 s: the first text
 * with a word no list holds), the Russian, Ukrainian and Polish stems (~0.2 s), the host terms and the care-term trie. `phigate serve` calls it before it listens, so no request pays for them; the
 * CLI's one-shot commands do not. Built once per process: the tables are the vocabularies', not a bundle's.
 */
export function prepareIndexes(): void {
  builtinLexicon().loadDeferred();
  nearVocabulary();
  vettedStems('ru');
  vettedStems('uk');
  vettedStems('pl');
  hostTerms ??= runTermAutomaton(HOST_LABELS, 6);
  hostCodes ??= runTermAutomaton(CODE_LABELS, 6);
  pathTerms ??= runTermAutomaton(PATH_LABELS, 5);
  careTermTrie();
  isVocabularyWord('');
  vocabularyKeys();
}

/** Every Latin word of a lexicon's trie with one of these language bits. */
function latinWords(lex: Lexicon, bits: number): string[] {
  const out: string[] = [];
  const walk = (row: number, prefix: string): void => {
    if ((lex.mask[row / 37]! & bits) !== 0) out.push(prefix);
    for (let s = 0; s < 36; s++) {
      const next = lex.next[row + s]!;
      if (next !== 0) walk(next, prefix + (s < 26 ? String.fromCharCode(97 + s) : String(s - 26)));
    }
  };
  walk(37, '');
  return out;
}

/**
 * An administrative word in another form, near no sensitive term and not an excluded word: an
 * inflected or derived form of a vetted English word ("serviced", "repaving"), or a misspelling: a
 * letter missing or doubled inside the word ("apointment", "plese", "tomorow"), two neighbours
 * swapped in a long one ("perscription") or one vowel for another inside one of eight letters or more ("insurence").
 * Not another letter changed, and not a last letter more or less:
 * "numbers" (excluded) is not "number", nor "better" "butter".
 */
export function nearAdministrative(word: string): boolean {
  let known = adminMemo.get(word);
  if (known === undefined) {
    const v = nearVocabulary();
    known = !v.known.has(word) && nearSensitive(word).length === 0 && (derivedEnglish(word) || v.administrative.near(word, 5).some((id) => isTypo(word, v.administrative.entries[id]!)));
    remember(adminMemo, word, known);
  }
  return known;
}

/**
 * Endings of English inflection and derivation, each with the endings its stem may have had:
 * "serviced" is "service" + d, "racks" "rack" + s, "flexibility" "flexible", "validation" "validate".
 * `*`: the stem doubled its last consonant ("planned", "shipping").
 */
const ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ility', ['le']], ['iness', ['y']], ['ation', ['ate', 'e', '']], ['ments', ['']], ['ment', ['']], ['ness', ['']],
  ['iest', ['y']], ['est', ['', 'e']], ['ions', ['', 'e']], ['ion', ['', 'e']], ['able', ['', 'e']], ['ive', ['', 'e']], ['ies', ['y']], ['ied', ['y']], ['ily', ['y']],
  ['ing', ['', 'e', '*']], ['ers', ['', 'e', '*']], ['er', ['', 'e', '*']], ['ed', ['', 'e', '*']], ['ly', ['']], ['es', ['']], ['s', ['']],
];

/**
 * An English word made of a vetted English word (en.txt, en-common.txt) and an ending, or "re" and
 * one ("repaving", "rebuilding"): the frequency list stops at its 30,000th word, the language does
 * not. The caller has checked that the word itself is not an excluded word nor near a sensitive term;
 * the stem must be vouched for itself, so "expecting" (excluded) stays out although "expect" is in.
 */
function derivedEnglish(word: string): boolean {
  if (stemVouched(word)) return true;
  return word.startsWith('re') && word.length >= 7 && (englishBits(word.slice(2)) || stemVouched(word.slice(2)));
}

/**
 * Whether the word's longest known stem, once an ending is off, is vouched for: "browser" is "browse"
 * + r (not "brows" + er), "lapses" "lapse" + s; "dosing" is "dose" + ing, kept out, not "dos" + ing.
 * A stem kept out wins a tie.
 */
function stemVouched(word: string): boolean {
  let longest = 0;
  let vouched = false;
  for (const [ending, stems] of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    if (base.length < 3) continue;
    for (const stem of stems) {
      const candidate = stem === '*' ? (base.length >= 4 && base[base.length - 1] === base[base.length - 2] ? base.slice(0, -1) : '') : base + stem;
      if (candidate.length < longest || candidate === '') continue;
      const excluded = isExcluded(candidate);
      if (!excluded && !englishBits(candidate)) continue;
      vouched = candidate.length > longest ? !excluded : vouched && !excluded;
      longest = candidate.length;
    }
  }
  return vouched;
}

/**
 * Spanish endings of verbs (after the stem: "llam-ando", "cambi-an", "registr-ado") and the
 * infinitive endings their stem takes; the future and conditional add theirs to the whole
 * infinitive ("renovar-emos", "durar-an", folded). Enclitic pronouns come off first ("registrese").
 */
const ES_VERB_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ando', ['ar']], ['iendo', ['er', 'ir']], ['ado', ['ar']], ['ada', ['ar']], ['ados', ['ar']], ['adas', ['ar']],
  ['ido', ['er', 'ir']], ['ida', ['er', 'ir']], ['idos', ['er', 'ir']], ['idas', ['er', 'ir']],
  ['amos', ['ar', 'er', 'ir']], ['emos', ['er', 'ar']], ['imos', ['er', 'ir']], ['an', ['ar']], ['en', ['er', 'ir', 'ar']], ['as', ['ar']], ['es', ['er', 'ir', 'ar']],
  ['a', ['ar', 'er', 'ir']], ['e', ['ar', 'er', 'ir']], ['o', ['ar', 'er', 'ir']],
  ['aron', ['ar']], ['ieron', ['er', 'ir']], ['aba', ['ar']], ['aban', ['ar']], ['ia', ['er', 'ir']], ['ian', ['er', 'ir']],
  // the preterite and the past subjunctive ("recogió", "llamaste", "pagara", "pudieran", folded)
  ['io', ['er', 'ir']], ['aste', ['ar']], ['iste', ['er', 'ir']], ['ara', ['ar']], ['aran', ['ar']], ['iera', ['er', 'ir']], ['ieran', ['er', 'ir']],
  // the spelling changes of the subjunctive and the first-person preterite ("expliquen", "pague", "organicen", "llegue")
  ['que', ['car']], ['quen', ['car']], ['ques', ['car']], ['quemos', ['car']], ['gue', ['gar']], ['guen', ['gar']], ['gues', ['gar']], ['guemos', ['gar']], ['ce', ['zar']], ['cen', ['zar']], ['cemos', ['zar']],
];
const ES_FUTURE = ['emos', 'eis', 'ian', 'ia', 'an', 'as', 'a', 'e'];
const ES_ENCLITICS = ['selo', 'sela', 'nos', 'les', 'los', 'las', 'se', 'le', 'lo', 'la', 'me'];

/** A Spanish form of a vetted Spanish verb ("llamando", "renovaremos", "cambian", "registrese") or the plural of a vetted noun. */
export function derivedSpanish(word: string): boolean {
  if (word.length < 5 || nearSensitive(word).length > 0 || excludedWords('es').has(word)) return false;
  if (spanishForm(word)) return true;
  for (const e of ES_ENCLITICS) {
    const stem = word.slice(0, -e.length);
    // "verla", "darle": a three-letter stem only when it is an infinitive
    if (word.endsWith(e) && (stem.length >= 4 || (stem.length === 3 && /(?:ar|er|ir)$/.test(stem))) && spanishForm(stem)) return true;
  }
  return false;
}

function spanishForm(word: string): boolean {
  if (spanishBits(word)) return true;
  for (const f of ES_FUTURE) {
    const inf = word.slice(0, -f.length);
    if (word.endsWith(f) && /(?:ar|er|ir)$/.test(inf) && spanishBits(inf)) return true;
  }
  for (const [ending, infinitives] of ES_VERB_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= 2 && infinitives.some((i) => spanishBits(stem + i))) return true;
  }
  // plurals, the feminine of an adjective or noun ("económica", "nuevas", "enfermeras" only if its
  // masculine is vetted), and an adverb of a vetted adjective ("temporalmente", "rápidamente")
  const singular = word.endsWith('es') && spanishBits(word.slice(0, -2)) ? true : word.endsWith('s') && spanishBits(word.slice(0, -1));
  if (singular) return true;
  if (word.endsWith('a') && spanishBits(`${word.slice(0, -1)}o`)) return true;
  if (word.endsWith('as') && spanishBits(`${word.slice(0, -2)}os`)) return true;
  if (word.endsWith('mente') && word.length >= 9) {
    const adjective = word.slice(0, -5);
    return spanishBits(adjective) || (adjective.endsWith('a') && spanishBits(`${adjective.slice(0, -1)}o`));
  }
  return false;
}

/**
 * Russian, Ukrainian, Polish and Portuguese inflect what notices say (a bill's "просроченном платеже", "ubezpieczycielem"): a
 * word is read as its language's when it and a vetted word of that language share a stem of five
 * letters or more, once each has lost one inflectional ending. A stem that an excluded word (the body,
 * care, results) also reaches vouches for nothing ("анализов" stays doubted: "анализ" is kept out), nor
 * does a word holding a term of the vocabularies. Endings as the folded text writes them (Polish
 * without its diacritics).
 */
const INFLECTIONS = {
  ru: ['а', 'я', 'о', 'е', 'ё', 'ы', 'и', 'у', 'ю', 'ь', 'й', 'ом', 'ем', 'ём', 'ой', 'ей', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ов', 'ев', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ых', 'их', 'ую', 'юю', 'ть', 'ет', 'ют', 'ит', 'ат', 'ят', 'ешь', 'ишь', 'ете', 'ите', 'ут', 'ся', 'сь', 'ется', 'ются', 'ится', 'ятся', 'ал', 'ала', 'ало', 'али', 'ил', 'ила', 'ило', 'или', 'ать', 'ять', 'ить', 'ться', 'йте', 'ние', 'ния', 'нии', 'нию', 'нием', 'ний'],
  // Ukrainian: the cases, the verb's persons and past, -ння nouns, as the folded text writes them (ї is read as і)
  // ("нагадуємо" and "нагадування", "записатися" and "записи"; thirty-third session)
  uk: ['а', 'я', 'о', 'е', 'є', 'и', 'і', 'у', 'ю', 'ь', 'й', 'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ів', 'ей', 'ий', 'ій', 'ого', 'ому', 'ої', 'ім', 'им', 'их', 'іх', 'ую', 'юю', 'ти', 'ть', 'ся', 'сь', 'ться', 'ється', 'ються', 'иться', 'яться', 'ить', 'ять', 'ють', 'уть', 'ете', 'ите', 'ємо', 'имо', 'емо', 'ав', 'ала', 'ало', 'али', 'ив', 'ила', 'ило', 'или', 'ати', 'яти', 'ити', 'іть', 'йте', 'ння', 'нні', 'нню', 'нням', 'ннях', 'ннями'],
  pl: ['a', 'e', 'i', 'y', 'o', 'u', 'ow', 'om', 'ami', 'ach', 'ie', 'ego', 'emu', 'ej', 'ym', 'im', 'ych', 'ich', 'ymi', 'imi', 'owi', 'em', 'iem', 'ia', 'iu', 'io', 'iom', 'iach', 'ami', 'ac', 'ic', 'yc', 'l', 'la', 'lo', 'li', 'ly', 'lem', 'lam', 'las', 'les', 'lismy', 'lysmy', 'liscie', 'lyscie', 'ny', 'na', 'ne', 'nej', 'nym', 'nych', 'nie', 'nia', 'niu', 'cie', 'emy', 'imy', 'ymy', 'ecie', 'icie', 'ycie', 'aja', 'eja', 'ja', 'am', 'asz', 'a', 'isz', 'ysz'],
  // Portuguese: plurals, the feminine, the verb's persons, tenses and participles, -ção/-ções and -mente
  // ("atualizados" of "atualizar", "verificarmos" of "verificar", "confirme" of "confirmar").
  pt: ['a', 'o', 'e', 's', 'as', 'os', 'es', 'is', 'ar', 'er', 'ir', 'ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas', 'ando', 'endo', 'indo', 'amos', 'emos', 'imos', 'armos', 'ermos', 'irmos', 'ava', 'avam', 'ou', 'ei', 'am', 'em', 'aram', 'eram', 'iram', 'ara', 'era', 'ira', 'ao', 'oes', 'cao', 'coes', 'mente', 'vel', 'veis', 'rei', 'remos', 'ria', 'riam'],
  // French, as the folded text writes it (é is e): plurals, the feminine, the verb's persons, tenses and participles, and -ment
  // ("confirmees" of "confirme", "rappelons" of "rappel", "annulerons" of "annuler"; forty-second session)
  fr: ['s', 'x', 'e', 'es', 'ee', 'ees', 'er', 'ez', 'ons', 'ent', 'ait', 'aient', 'ais', 'ant', 'ir', 'is', 'it', 'issez', 'issons', 'ai', 'as', 'a', 'ont', 'erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erait', 'erions', 'eriez', 'ions', 'iez', 'ment', 'tion', 'tions'],
  // Somali: a noun's article (near, remote, subject), possessive and plural, and a verb's persons, tenses and
  // moods, with the clitics "-na" (and) and "-se" (but) ("bixintaadii" of "bixinta", "xaqiijisan" and
  // "xaqiiji", "diiwaangeliyay" and "diiwaangelin"; thirty-fifth session)
  so: [
    'ka', 'ta', 'ga', 'ha', 'da', 'a', 'kii', 'tii', 'gii', 'hii', 'dii', 'ii', 'ku', 'tu', 'gu', 'hu', 'du', 'u', 'kan', 'tan', 'gan', 'kaas', 'taas',
    'kaaga', 'taada', 'gaaga', 'haaga', 'daada', 'aaga', 'aada', 'kaagu', 'taadu', 'gaagu', 'kaagii', 'taadii', 'gaagii', 'daadii', 'aagii', 'aadii',
    'kayga', 'tayda', 'gayga', 'kiisa', 'tiisa', 'giisa', 'keeda', 'teeda', 'geeda', 'keenna', 'teenna', 'geenna', 'kooda', 'tooda', 'gooda', 'kiinna', 'tiinna', 'giinna', 'keena', 'teena', 'kiina', 'tiina',
    'o', 'yo', 'ooyin', 'ooyinka', 'ooyinkii', 'yaal', 'yaasha', 'ayaal', 'ad', 'ada', 'aha', 'yada', 'yaha',
    'ay', 'tay', 'day', 'nay', 'een', 'teen', 'deen', 'aa', 'taa', 'daa', 'naa', 'aan', 'taan', 'ayaa', 'aysaa', 'aynaa', 'ayaan', 'ayey', 'ayay', 'ayso', 'aya', 'ayo', 'i', 'e', 'so', 'sa', 'ey', 'eyso', 'aysa',
    'in', 'ino', 'an', 'san', 'sanaa', 'yay', 'yey', 'iyay', 'iyey', 'iyo', 'isay', 'isey', 'iso', 'iyaa', 'isaa', 'isaan', 'ista', 'isa', 'ida', 'ayn', 'no', 'nno', 'anno', 'aanno',
    'na', 'se', 'kana', 'tana', 'kase', 'tase',
  ],
  // Korean: the endings of a verb or adjective after its stem, plain, polite and honorific ("피하세요" and
  // "피하고" share 피하, "괜찮으실까요" and "괜찮아" 괜찮, "나쁩니다" and "나쁜" 나쁘), in the jamo the
  // folded text is read in; a final consonant that is an ending (ㄴ ㄹ ㅂ ㅁ) is its own jamo there.
  ko: [
    '아', '어', '여', '아요', '어요', '여요', '고', '는', '은', '을', '면', '으면', '지', '지만', '지요', '죠', '게', '기', '기를', '도록', '니까', '으니까', '니', '으니',
    '세요', '으세요', '셔요', '시고', '으시고', '시는', '으시는', '시면', '으시면', '시기', '으시기', '시길', '시기를', '십시오', '으십시오', '셔야', '으셔야', '셔서', '으셔서',
    '셨어요', '으셨어요', '셨습니다', '으셨습니다', '실', '으실', '신', '으신', '실까요', '으실까요', '을까요', '습니다', '아야', '어야', '아서', '어서', '아도', '어도',
    '었어요', '았어요', '었습니다', '았습니다', '겠습니다', '는데', '은데', '네요', '군요', '던',
    // "or", "even if", "if (you) had", "did you?" in their honorific forms ("내려받으시거나", "잊으셨다면"; twenty-first session, probes 142, 149)
    '거나', '시거나', '으시거나', '셔도', '으셔도', '셨다면', '으셨다면', '셨으면', '으셨으면', '었다면', '았다면', '셨나요', '으셨나요', '시나요', '으시나요', '시더라도', '으시더라도',
  ].map((e) => foldString(e)).concat(['\u11ab', '\u11af', '\u11b7', '\u11b8\u1102\u1175\u1103\u1161', '\u11af\u1101\u1161\u110b\u116d']),
};
type Inflected = keyof typeof INFLECTIONS;
const MIN_STEM = 5;
/** A stem long enough to stand for one word: five letters, or two Korean syllables (one is too often a body part: 피, 위, 눈). */
const longEnough = (stem: string, language: Inflected): boolean => (language === 'ko' ? syllables(stem) >= 2 : stem.length >= MIN_STEM);
function syllables(jamo: string): number {
  let n = 0;
  for (let i = 0; i < jamo.length; i++) if (jamo.charCodeAt(i) >= 0x1100 && jamo.charCodeAt(i) <= 0x1112) n++;
  return n;
}
const inflectionStems = (word: string, language: Inflected): string[] => [word, ...INFLECTIONS[language].filter((e) => word.endsWith(e) && longEnough(word.slice(0, -e.length), language)).map((e) => word.slice(0, -e.length))];
const stemsOf: Partial<Record<Inflected, Set<string>>> = {};
function vettedStems(language: Inflected): Set<string> {
  const cached = stemsOf[language];
  if (cached !== undefined) return cached;
  const stems = new Set(languageWords(language).flatMap((w) => inflectionStems(w, language)).filter((st) => longEnough(st, language)));
  for (const kept of excludedWords(language)) for (const st of inflectionStems(kept, language)) stems.delete(st);
  return (stemsOf[language] = stems);
}

/** A Russian, Ukrainian, Polish, Portuguese, Somali or French word inflected from a vetted one ("просроченном", "нагадування", "ubezpieczycielem", "atualizados"), or its Polish negation ("nieaktualne"), holding no term of care. */
export function derivedInflected(word: string, language: Inflected): boolean {
  if (!longEnough(word, language) || excludedWords(language).has(word)) return false;
  const stems = vettedStems(language);
  const negated = language === 'pl' && word.startsWith('nie') && word.length > MIN_STEM + 3 ? inflectionStems(word.slice(3), language) : [];
  if (![...inflectionStems(word, language), ...negated].some((st) => stems.has(st))) return false;
  if (language === 'pl' || language === 'pt' || language === 'so' || language === 'fr') return nearSensitive(word).length === 0 && !isVocabularyWord(word);
  let named = false;
  builtinVocabulary().scripts.scan(word, () => (named = true));
  return !named;
}

/**
 * Tagalog affixes around a vetted root: the linker after a word ("pribadong" of "pribado",
 * "siguraduhing"), a suffix (-in, -hin, -an, -han), a prefix (mag-, nag-, pag-, maka-, naka-, ma-,
 * na-, pa-, ipa-, i-, ika-, ka-), the repeated first syllable of the future and the ongoing
 * ("magbabayad", "tatawag"), and the infixes -um- and -in- ("tumawag", "binayaran"). Not the mang-
 * and nang- prefixes, which change the root's first letter ("nanganak" of "anak" is a birth).
 */
const TL_SUFFIXES = ['hin', 'han', 'in', 'an'];
const TL_PREFIXES = ['makakapag', 'nakakapag', 'makaka', 'nakaka', 'makapag', 'nakapag', 'pinaka', 'napaka', 'nagpa', 'magpa', 'ipina', 'pinag', 'pina', 'maka', 'naka', 'ipa', 'ika', 'mag', 'nag', 'pag', 'ma', 'na', 'pa', 'ka', 'i'];
/**
 * Roots whose derived forms speak of health though the root alone does not: "gumaling" (got well) of
 * "galing" (from), "kalagayan" (one's condition) of "lagay", "nahulog" (fell) of "hulog", "nadulas"
 * (slipped) of "dulas", "nagdadalang" (of "nagdadalang-tao", pregnant) of "dala": a word derived from
 * one of them is not vouched for. (Levels that went up or down, "mataas", "bumaba", are read as results
 * next to a test word: detectors.ts.)
 */
const TL_CARE_ROOTS = new Set(['galing', 'lagay', 'hulog', 'dulas', 'dala', 'sakit', 'lala', 'buti', 'hina', 'bigat', 'gaan']);

export function derivedTagalog(word: string): boolean {
  if (word.length < 5 || nearSensitive(word).length > 0) return false;
  const linked = /[aeiou]ng$/.test(word) ? [word, word.slice(0, -2), word.slice(0, -1)] : [word];
  for (const w of linked) {
    const unsuffixed = [w, ...TL_SUFFIXES.filter((x) => w.endsWith(x)).map((x) => w.slice(0, -x.length))];
    for (const u of unsuffixed) {
      // a root's last o is written u before a suffix ("siguraduhin" of "sigurado")
      const roots = tagalogRoots(u);
      if (roots.some((root) => TL_CARE_ROOTS.has(root))) return false;
      for (const root of roots) if (root.length >= 3 && root !== word && (tagalogBits(root) || (u !== w && root.endsWith('u') && tagalogBits(`${root.slice(0, -1)}o`)))) return true;
    }
  }
  return false;
}

/** What may be left of a word once a prefix, a repeated syllable and an infix come off (with the word itself). */
function tagalogRoots(word: string): string[] {
  const out = [word];
  for (const p of TL_PREFIXES) if (word.startsWith(p) && word.length - p.length >= 3) out.push(word.slice(p.length));
  unrepeated(out);
  for (const w of [...out]) {
    // -um- and -in- after the first consonant: "tumawag" -> "tawag", "binayaran" -> "bayaran"
    if (/^[^aeiou](?:um|in)[aeiou]/.test(w)) out.push(w[0] + w.slice(3));
    if (/^(?:um|in)[aeiou]/.test(w)) out.push(w.slice(2));
  }
  unrepeated(out); // an infix before a repeated syllable: "humihinto" -> "hihinto" -> "hinto"
  return out;
}

/** Adds each word's form without its repeated first syllable: "babayad" -> "bayad", "aalis" -> "alis". */
function unrepeated(words: string[]): void {
  for (const w of [...words]) {
    const syllable = w.length >= 5 ? /^[^aeiou]?[aeiou]/.exec(w)?.[0] : undefined;
    if (syllable !== undefined && w.slice(syllable.length).startsWith(syllable)) words.push(w.slice(syllable.length));
  }
}

const tagalogBits = (word: string): boolean => (builtinLexicon().latin(word) & LANGUAGE_BITS.tl) !== 0;

const spanishBits = (word: string): boolean => (builtinLexicon().latin(word) & LANGUAGE_BITS.es) !== 0;

const englishBits = (word: string): boolean => (builtinLexicon().latin(word) & LANGUAGE_BITS.en) !== 0 && !nearVocabulary().known.has(word);

/** An excluded word (vetted/en-excluded.txt), or its singular or plural: a name's place does not vouch for "Wound". */
export function isExcluded(word: string): boolean {
  const known = excludedWords();
  return known.has(word) || known.has(`${word}s`) || (word.endsWith('s') && known.has(word.slice(0, -1)));
}

/** Words seen before: the near lookups are pure, and the same words come back in message after message. */
const adminMemo = new Map<string, boolean>();
const sensitiveMemo = new Map<string, number[]>();
const MEMO_SIZE = 20_000;
function remember<T>(memo: Map<string, T>, key: string, value: T): void {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, value);
}

/** The sensitive terms near a word (ids into nearVocabulary().sensitive), memoized. */
let vocabularyWords: Set<string> | null = null;
/** Whether a folded word is itself a one-word term of any vocabulary, of any label ("glukoza", a Polish analyte): never a name. */
export function isVocabularyWord(word: string): boolean {
  vocabularyWords ??= new Set(builtinVocabulary().table.patterns.filter((p) => /^[a-z]+$/.test(p)));
  return vocabularyWords.has(word);
}

let careOpenings: Map<string, string[]> | null = null;
/**
 * Whether a misspelled word, read as the administrative word it misspells, begins a term of care of two words
 * or more that the letters after it complete ("ur heraing aid fiting" is "hearing aid" misspelled, not "hearing"
 * and an aid; thirty-fourth session, probe 677). Then it is not vouched as that word. `after`: the skeleton
 * letters and digits that follow the word (a-z0-9, separators dropped).
 */
export function typoOpensCareTerm(word: string, after: string): boolean {
  if (careOpenings === null) {
    const { table } = builtinVocabulary();
    const care = new Set<string>([...SENSITIVITY_LABELS, ...CLINICAL_LABELS]);
    careOpenings = new Map();
    for (let i = 0; i < table.patterns.length; i++) {
      const b = table.breaks[i];
      if (!b || !table.labels[i]!.some((id) => care.has(BUILTIN_LABEL_NAMES[id]!))) continue;
      const first = b.indexOf(1);
      const pattern = table.patterns[i]!;
      const head = pattern.slice(0, first);
      const rests = careOpenings.get(head);
      if (rests === undefined) careOpenings.set(head, [pattern.slice(first)]);
      else rests.push(pattern.slice(first));
    }
  }
  const v = nearVocabulary();
  return v.administrative.near(word, 5).some((id) => isTypo(word, v.administrative.entries[id]!) && (careOpenings!.get(v.administrative.entries[id]!)?.some((rest) => after.startsWith(rest)) ?? false));
}

let careTerms: Lexicon | null = null;
/**
 * The terms of care (a sensitivity or clinical label, or a lab analyte; one word or run together: "hiv",
 * "a1c", "paptest"), as a trie over skeleton symbols: a run of words is looked up without a string.
 */
export function careTermTrie(): Lexicon {
  if (careTerms === null) {
    const { table } = builtinVocabulary();
    const care = new Set<string>([...SENSITIVITY_LABELS, ...CLINICAL_LABELS, INTERNAL.analyte]);
    careTerms = new Lexicon();
    for (let i = 0; i < table.patterns.length; i++) if (table.labels[i]!.some((id) => care.has(BUILTIN_LABEL_NAMES[id]!))) careTerms.add(table.patterns[i]!, 1);
  }
  return careTerms;
}

export function nearSensitive(word: string): number[] {
  let ids = sensitiveMemo.get(word);
  if (ids === undefined) {
    ids = nearVocabulary().sensitive.near(word);
    remember(sensitiveMemo, word, ids);
  }
  return ids;
}

function isTypo(word: string, entry: string): boolean {
  if (word.length + 1 === entry.length) return missingInside(word, entry);
  if (word.length === entry.length + 1) return missingInside(entry, word);
  if (word.length !== entry.length || word.length < 7) return false;
  let i = 0;
  while (i < word.length && word[i] === entry[i]) i++;
  if (i + 1 < word.length && word[i] === entry[i + 1] && word[i + 1] === entry[i] && word.slice(i + 2) === entry.slice(i + 2)) return true;
  // one vowel written for another inside a word of eight letters or more ("insurence": thirty-ninth session, probes 1016 and
  // 1019), not its first or last letter
  return word.length >= 8 && i > 0 && i < word.length - 1 && VOWELS.has(word[i]!) && VOWELS.has(entry[i]!) && word.slice(i + 1) === entry.slice(i + 1);
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** `short` is `long` with one letter removed, not its last one. */
function missingInside(short: string, long: string): boolean {
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return i < short.length && short.slice(i) === long.slice(i + 1);
}
