// Loading the vocabulary data files (vocab/<LABEL>.txt) into a term table for the automaton.
//
// File format: `#` starts a comment (whole line or after the term), blank lines are ignored, one
// term per line. A term written `=Term` only matches with exactly that letter case in the original
// text ("=AIDS", "=PrEP"). Spaces and punctuation inside a term are ignored when matching.
// A term of several words also matches its plural (`pluralOf`: "eating disorders" of "eating disorder").

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_LABELS, packagePath } from '../contract/index.ts';
import { Automaton } from './automaton.ts';
import { foldString, termSkeleton } from './fold.ts';
import { ScriptTerms } from './scripts.ts';
import { readTables } from './tables.ts';

/** Internal (non-public) labels produced by the built-in vocabularies and detector keywords. */
export const INTERNAL = {
  analyte: 'lab_analyte',
  suppress: '_suppress',
  outcome: '_outcome',
  testWord: '_test_word',
  kwSsn: '_kw_ssn',
  kwMrn: '_kw_mrn',
  kwDob: '_kw_dob',
  kwMember: '_kw_member',
  kwNpi: '_kw_npi',
  kwDea: '_kw_dea',
  kwIcd: '_kw_icd',
  kwPrep: '_kw_prep',
  kwDose: '_kw_dose',
  kwShots: '_kw_shots',
  kwSpeech: '_kw_speech',
} as const;

/** One parsed line of a vocabulary file. */
export interface TermLine {
  term: string;
  exactCase: boolean;
}

export function parseVocab(text: string): TermLine[] {
  const out: TermLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (line.length === 0) continue;
    if (line.startsWith('=')) out.push({ term: line.slice(1).trim(), exactCase: true });
    else out.push({ term: line, exactCase: false });
  }
  return out;
}

/** A compiled set of terms: one automaton pattern per distinct (skeleton, case rule). */
export class TermTable {
  readonly patterns: string[] = [];
  /** Label ids per pattern. */
  readonly labels: number[][] = [];
  /** Allowed word-break positions per pattern (1..len-1), as a flag array, or null for none. */
  readonly breaks: (Uint8Array | null)[] = [];
  /** Per pattern: some term of it is one word ("prenatal", also listed as Portuguese "pre natal"). */
  readonly oneWord: boolean[] = [];
  /** For exact-case patterns, the term's letters with their case; else null. */
  readonly exact: (string | null)[] = [];
  private readonly index = new Map<string, number>();

  /** Add a term under a label id. Returns false if the term cannot be matched (empty or non-Latin). */
  add(term: string, label: number, exactCase: boolean): boolean {
    const sk = termSkeleton(term);
    if (sk === null || sk.skeleton.length === 0) return false;
    const key = (exactCase ? '=' + sk.letters : '') + '|' + sk.skeleton;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.patterns.length;
      this.index.set(key, i);
      this.patterns.push(sk.skeleton);
      this.labels.push([]);
      this.breaks.push(null);
      this.oneWord.push(false);
      this.exact.push(exactCase ? sk.letters : null);
    }
    const labels = this.labels[i]!;
    if (!labels.includes(label)) labels.push(label);
    if (sk.breaks.length === 0) this.oneWord[i] = true;
    else {
      let b = this.breaks[i];
      if (!b) {
        b = new Uint8Array(sk.skeleton.length + 1);
        this.breaks[i] = b;
      }
      for (const p of sk.breaks) b[p] = 1;
    }
    return true;
  }
}

/** Label registry shared by the built-in table: public labels first, then internal ones. */
export const BUILTIN_LABEL_NAMES: readonly string[] = [...BUILTIN_LABELS, ...Object.values(INTERNAL)];
export const PUBLIC_LABEL_COUNT = BUILTIN_LABELS.length;
export function labelId(name: string): number {
  const i = BUILTIN_LABEL_NAMES.indexOf(name);
  if (i < 0) throw new Error(`unknown label ${name}`);
  return i;
}

const VOCAB_DIR = packagePath('engine/classify/vocab');

/** File name (without .txt) -> label name. Every file in vocab/ must be listed here. */
const FILE_LABELS: Record<string, string> = {
  _suppress: INTERNAL.suppress,
  lab_analyte: INTERNAL.analyte,
};

/** The vocabulary files, parsed: label name -> term lines. */
export function readVocabFiles(): Map<string, TermLine[]> {
  const out = new Map<string, TermLine[]>();
  const files = readdirSync(VOCAB_DIR).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const base = f.slice(0, -4);
    const label = FILE_LABELS[base] ?? base;
    if (!BUILTIN_LABEL_NAMES.includes(label)) throw new Error(`vocab/${f}: not a known label`);
    out.set(label, parseVocab(readFileSync(join(VOCAB_DIR, f), 'utf8')));
  }
  return out;
}

/** Labels a term of a label also carries (the label rules: PSY ⊆ MH ⊆ BH, OPIOIDUD ⊆ SUD = ETH). */
const IMPLIED: Record<string, string[]> = { PSY: ['MH', 'BH'], MH: ['BH'], OPIOIDUD: ['SUD', 'ETH'], SUD: ['ETH'], ETH: ['SUD'] };

/**
 * The other languages' terms (vocab/lang/<lang>.txt): each line is the label(s), comma-separated,
 * then the term. Implied labels are added.
 */
export function readLanguageVocab(): { label: string; term: string; lang: string }[] {
  const dir = join(VOCAB_DIR, 'lang');
  const out: { label: string; term: string; lang: string }[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const lang = f.slice(0, -4);
    for (const raw of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
      const hash = raw.indexOf('#');
      const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
      if (line.length === 0) continue;
      const space = line.search(/\s/);
      if (space < 0) throw new Error(`vocab/lang/${f}: "${line}" has no term after its labels`);
      const labels = new Set<string>();
      for (const l of line.slice(0, space).split(',')) {
        if (!BUILTIN_LABEL_NAMES.includes(l)) throw new Error(`vocab/lang/${f}: ${l} is not a label`);
        labels.add(l);
        for (const implied of IMPLIED[l] ?? []) labels.add(implied);
      }
      const term = line.slice(space + 1).trim();
      for (const label of labels) out.push({ label, term, lang });
    }
  }
  return out;
}

/** Detector keywords (context words, not findings). Matched by the same automaton. */
export const DETECTOR_KEYWORDS: Record<string, readonly string[]> = {
  [INTERNAL.outcome]: [
    'positive', 'negative', 'abnormal', 'normal', 'elevated', 'high', 'low', 'detected',
    'not detected', 'undetectable', 'detectable', 'reactive', 'nonreactive', 'non-reactive',
    'inconclusive', 'unremarkable', 'borderline', 'benign', 'malignant', 'indeterminate',
    'equivocal', 'within normal limits', 'out of range', 'flagged',
    // a culture in everyday words ("the culture didn't grow anything")
    "didn't grow anything", 'did not grow anything', 'grew nothing', 'nothing grew', 'no growth',
    // plain words, read only after a test word ("your results are good"; see detectors.ts)
    'good', 'great', 'fine', 'okay', 'ok', 'perfect', 'excellent', 'better', 'worse', 'bad', 'clear',
    'clean', 'reassuring', 'concerning', 'improved', 'worrying',
    // Spanish ("su prueba salió positiva", "sus resultados son buenos")
    'positivo', 'positiva', 'positivos', 'positivas', 'negativo', 'negativa', 'negativos', 'negativas',
    'normales', 'anormal', 'anormales', 'elevado', 'elevada', 'elevados', 'alto', 'alta', 'altos', 'bajo',
    'baja', 'bajos', 'bueno', 'buena', 'buenos', 'buenas', 'bien', 'mal', 'malo', 'mala', 'malos', 'mejor', 'peor',
    'limpio', 'limpia', 'limpios', 'limpias', 'nothing to worry about', 'no concerns', 'no problems', 'no issues',
    // Tagalog, Haitian Creole (Vietnamese and the other Haitian outcomes are read after their test words: detectors.ts, LANGUAGE_OUTCOMES)
    'maayos', 'maganda', 'mabuti', 'malinis', 'negatibo', 'positibo', 'anfom', 'mataas', 'mababa', 'tumaas', 'bumaba', 'bumuti', 'lumala',
    // Russian ("ваши результаты хорошие", "анализы в норме")
    'хорошие', 'хороший', 'хорошая', 'хорошо', 'в норме', 'нормальные', 'нормальный', 'плохие', 'плохой',
    'положительный', 'положительные', 'отрицательный', 'отрицательные', 'повышен', 'повышены', 'понижен',
  ],
  [INTERNAL.testWord]: [
    'test', 'tests', 'tested', 'testing', 'result', 'results', 'screen', 'screening', 'panel',
    'culture', 'cultures', 'biopsy', 'scan', 'scans', 'lab', 'labs', 'labwork', 'lab work',
    'bloodwork', 'blood work', 'blood test', 'x-ray', 'xray', 'MRI', 'CT', 'mammogram',
    'Pap smear', 'Pap test', 'smear', 'swab', 'ultrasound', 'EKG', 'ECG', 'findings', 'reading',
    'readings', 'level', 'levels', 'count', 'pathology', 'titer', 'urinalysis', 'workup', 'number', 'numbers', 'score',
    'pregnancy test', 'HIV test', 'STD test', 'strep test', 'COVID test', 'drug screen',
    // Spanish
    'resultado', 'resultados', 'prueba', 'pruebas', 'analisis', 'examen', 'examenes', 'estudio', 'estudios',
    // Portuguese, Polish ("os resultados dos seus exames", "wyniki badań")
    'exame', 'exames', 'laboratorio', 'wynik', 'wyniki', 'wynikow', 'badan', 'badania',
    // French ("vos résultats sont un peu élevés"; fifty-second session, probe 1583)
    'resultat', 'resultats', 'examens',
    // Vietnamese, Tagalog, Haitian Creole
    'ket qua', 'xet nghiem', 'resulta', 'pagsusuri', 'rezilta', 'tes', 'egzamen', 'analiz',
    // the patient's numbers ("chỉ số của bạn tốt hơn", "mas maganda na ang mga numero mo", "chif ou yo pi bon")
    'chi so', 'numero', 'chif',
    // (and Haitian Creole's "nimewo w yo pi bon"; fifty-second session, probe 1591)
    'nimewo',
    // Russian
    'анализ', 'анализы', 'анализов', 'анализа', 'результат', 'результаты', 'результатов', 'тест', 'тесты', 'обследование',
  ],
  // What getting ready for a test or a procedure restricts, and when (detectors.ts, detectPreparation)
  [INTERNAL.kwPrep]: [
    'eat', 'eating', 'drink', 'drinking', 'wear', 'wearing', 'apply', 'applying', 'chew', 'chewing', 'smoke', 'smoking',
    'shave', 'shaving', 'put on', 'midnight', 'hours', 'hrs', 'days', 'the day', 'the night', 'the morning', 'the evening',
  ],
  // How often a dose is taken, in the covered Latin-script languages (detectors.ts, detectDosing): the count's word
  [INTERNAL.kwDose]: [
    'once', 'twice', 'times', 'daily', 'every', 'vez', 'veces', 'vezes', 'cada', 'razy', 'raz', 'co', 'beses', 'fwa', 'lan', 'horas', 'hours', 'hrs',
    // or a dose form's word, or bedtime: an amount of a dose ("the half-tab", "una pastilla", "1 at bedtime")
    'tab', 'tabs', 'tablet', 'tablets', 'pill', 'pills', 'capsule', 'capsules', 'pastilla', 'pastillas', 'tableta', 'tabletas', 'bedtime',
    // or a dose's units ("2 unidades mas en la noche")
    'units', 'unit', 'unidades', 'unidad',
    // (Haitian Creole and French: "10 inite swa a, epi 4 inite anvan chak gwo manje"; forty-seventh session, probe 1379)
    'inite', 'unites',
  ],
  // A child's doses (detectors.ts, detectBehindOnShots) and a child's speech drills (detectSpeechPractice)
  [INTERNAL.kwShots]: ['shots', 'shot', 'booster', 'vaccines', 'vaccinations', 'immunizations', 'mmr', 'tdap', 'dtap', 'hpv', 'menacwy', 'varicella', 'polio', 'ipv', 'hep b'],
  [INTERNAL.kwSpeech]: ['sound', 'sounds', 'sonido', 'sonidos', 'words', 'palabras'],
  [INTERNAL.kwSsn]: ['SSN', 'social security number', 'social security no', 'social security', 'soc sec', 'SS#'],
  [INTERNAL.kwMrn]: [
    'MRN', 'medical record number', 'medical record no', 'medical record', 'med rec number',
    'chart number', 'chart no', 'chart', 'patient ID', 'patient number', 'record number',
  ],
  [INTERNAL.kwDob]: ['DOB', 'date of birth', 'birth date', 'birthdate', 'born on', 'born'],
  [INTERNAL.kwMember]: [
    'member ID', 'member number', 'member no', 'member', 'subscriber ID', 'subscriber number',
    'subscriber no', 'subscriber', 'policy number', 'policy no', 'policy ID', 'Medicare number',
    'Medicare ID', 'Medicare', 'Medicaid number', 'Medicaid ID', 'Medicaid', 'MBI',
    'insurance ID', 'insurance number', 'health plan ID', 'beneficiary ID',
  ],
  [INTERNAL.kwNpi]: ['NPI', 'national provider identifier', 'national provider ID'],
  [INTERNAL.kwDea]: ['DEA', 'DEA number', 'DEA registration'],
  [INTERNAL.kwIcd]: [
    'ICD', 'ICD-10', 'ICD10', 'ICD-10-CM', 'dx', 'diagnosis', 'diagnosis code', 'diag', 'code',
    'codes', 'diagnosed',
  ],
};

// --- the built-in vocabulary: loaded and compiled once per process ----------------------------

export interface CompiledVocabulary {
  table: TermTable;
  automaton: Automaton;
  /** Terms in other scripts (Chinese, Korean, Russian, Arabic...), found in the folded text. */
  scripts: ScriptTerms;
}

let builtin: CompiledVocabulary | null = null;

/** Words a term of several words may end with that take no plural ("if she passes before", "your chip is ready"). */
const NO_PLURAL = new Set(['with', 'that', 'this', 'from', 'your', 'they', 'them', 'their', 'when', 'will', 'have', 'been', 'were', 'what', 'before', 'after', 'about', 'ready', 'here', 'there', 'home', 'today', 'again', 'often', 'only', 'once', 'into', 'onto', 'over', 'more', 'less', 'well', 'back', 'down', 'away', 'then', 'soon', 'late', 'early', 'done', 'gone']);

/**
 * The plural of a term of several words whose last word is a plain noun of four letters or more ("eating disorders" of
 * "eating disorder", "support groups", "HIV tests": thirty-second session, probe 596, where "Seattle Eastside Eating
 * Disorders Program" passed as the practice's vetted name), or null. A plural names the same care; a term of one word
 * keeps its own forms, since short words gain other meanings with an "s".
 */
export function pluralOf(term: string): string | null {
  if (!term.includes(' ')) return null;
  const word = /([A-Za-z]+)$/.exec(term)?.[1];
  // (a plain word after the last space, not an acronym: "TB Program" gains "TB Programs", "Pap HPV" nothing)
  if (word === undefined || word.length < 4 || word.length !== term.length - term.lastIndexOf(' ') - 1 || word === word.toUpperCase()) return null;
  const last = word.toLowerCase();
  if (last.endsWith('s') || NO_PLURAL.has(last)) return null;
  if (/(?:x|z|ch|sh)$/.test(last)) return `${term}es`;
  if (/[^aeiou]y$/.test(last)) return `${term.slice(0, -1)}ies`;
  return `${term}s`;
}

/** The built-in vocabularies and detector keywords, compiled on first use and then shared. */
export function builtinVocabulary(): CompiledVocabulary {
  if (builtin !== null) return builtin;
  const table = new TermTable();
  for (const [label, lines] of readVocabFiles()) {
    const id = labelId(label);
    const plurals = label !== INTERNAL.suppress && label !== INTERNAL.analyte;
    for (const line of lines) {
      if (!table.add(line.term, id, line.exactCase)) throw new Error(`vocab/${label}: term ${JSON.stringify(line.term)} cannot be matched`);
      const plural = plurals && !line.exactCase ? pluralOf(line.term) : null;
      if (plural !== null) table.add(plural, id, false);
    }
  }
  // Other languages (vocab/lang/<lang>.txt and the detectors' keywords): Latin-script terms join the automaton, others the script matcher.
  const scripts = new ScriptTerms();
  for (const [label, words] of Object.entries(DETECTOR_KEYWORDS)) {
    const id = labelId(label);
    for (const w of words) if (!table.add(w, id, false)) scripts.add(foldString(w), id);
  }
  for (const { label, term } of readLanguageVocab()) {
    const id = labelId(label);
    if (!table.add(term, id, false)) scripts.add(foldString(term), id);
  }
  builtin = { table, automaton: new Automaton(table.patterns, { tables: readTables(table.patterns) }), scripts };
  return builtin;
}
