// Approved templates and vetted words, checked: the guide's mistake 5 ("audit your reminder
// templates to make sure they're not pulling clinical fields") as errors at `phigate check`.
import type * as A from '../../grammar/ast.ts';
import { diagnostic, type Diagnostic, type Span } from '../../grammar/diagnostics.ts';
import { CATEGORIES, SENSITIVITY_LABELS } from '../contract/index.ts';
import { CLINICAL_PLACEHOLDERS, createClassifier, fixedText, normalize, PLACEHOLDER_TYPES, placeholders, practiceNames, vouchedRuns, type Classifier } from '../classify/index.ts';

const TYPES = Object.keys(PLACEHOLDER_TYPES).join(', ');

/** What a placeholder stands for while the fixed text is read: a number, which the test always vouches for and which reveals nothing. */
const NEUTRAL = '1';

/**
 * Errors of one template: an unknown category or placeholder type, a placeholder for a clinical
 * field, and fixed text that the found-phone test would not let through as written (a sensitive or
 * clinical word, an identifier, or a word it cannot vouch for and the bundle does not vet).
 */
export function checkTemplate(t: A.TemplateDecl, reader: () => Classifier): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!(CATEGORIES as readonly string[]).includes(t.category.name)) {
    out.push(diagnostic('check/unknown-value', `\`${t.category.name}\` is not a message category`, t.category.span, `the categories are ${CATEGORIES.join(', ')}`));
  }
  for (const ph of placeholders(t.text.value)) {
    if (CLINICAL_PLACEHOLDERS.has(ph.type)) {
      out.push(diagnostic('check/invalid-template', `The template \`${t.name.name}\` pulls the clinical field {${ph.type}} into the message`, t.text.span, 'the guide\'s mistake 5: a template must not pull clinical fields (visit reason, appointment type, department, diagnosis, medication, results); send those through the portal'));
    } else if (!(ph.type in PLACEHOLDER_TYPES)) {
      out.push(diagnostic('check/invalid-template', `\`{${ph.type}}\` is not a placeholder type phigate knows`, t.text.span, `the placeholder types are ${TYPES}`));
    }
  }
  const fixed = fixedText(t.text.value, () => NEUTRAL);
  const findings = reader().classifyText(fixed, 'en');
  if (findings.length > 0) {
    const words = [...new Set(findings.map((f) => `\`${fixed.slice(f.start, f.end)}\` (${f.label})`))].join(', ');
    const unvetted = findings.filter((f) => f.label === 'unvetted').map((f) => fixed.slice(f.start, f.end));
    const hint =
      unvetted.length === findings.length
        ? `if these words reveal nothing about a patient's care, vet them: vetted template_words = [${unvetted.map((w) => JSON.stringify(w)).join(', ')}]`
        : 'a template is sent to every patient it is filled for: keep care, results and identifiers out of its fixed text';
    out.push(diagnostic('check/invalid-template', `The fixed text of the template \`${t.name.name}\` could reveal care: ${words}`, t.text.span, hint));
  }
  return out;
}

/**
 * A warning when the practice's own name says care that a sensitivity code protects ("Clearwater Recovery
 * Services": ETH, SUD, SSP). The found-phone test reads no clinical finding in the name (a diagnosis or a
 * procedure it names is the practice's, as the guide lets a reminder name the practice), but those codes stay
 * findings: every text or email that names the practice is redacted or sent to the portal.
 */
export function checkPracticeName(practice: string, span: Span, reader: Classifier): Diagnostic[] {
  const codes = [...new Set(reader.classifyText(practice, 'en').map((f) => f.label).filter((l) => (SENSITIVITY_LABELS as readonly string[]).includes(l)))].sort();
  if (codes.length === 0) return [];
  return [
    diagnostic(
      'check/practice-name-care',
      `The practice's name ${JSON.stringify(practice)} reveals care (${codes.join(', ')}): every text or email that names it is redacted or sent to the portal`,
      span,
      'sign texts and emails with a name that says no care (the practice\'s initials, its street or town) and give that name as `practice`',
      'warning',
    ),
  ];
}

/**
 * Errors of a `vetted` list: entries with no letters or digits. Warnings for names that hold a
 * word of care that no list vets alone (`alone`, lower case): the found-phone test vouches for
 * the rest of the name, not for that word.
 */
export function checkVetted(d: A.VettedDecl, alone: ReadonlySet<string>): Diagnostic[] {
  const empty = d.words
    .filter((w) => !/[\p{L}\p{N}]/u.test(normalize(w.value).text))
    .map((w) => diagnostic('check/invalid-term', `The vetted entry ${JSON.stringify(w.value)} has no letters or digits`, w.span, 'write the word or phrase as it appears in messages'));
  const care = d.words.flatMap((w) => {
    const runs = vouchedRuns(w.value);
    if (runs.length === 1 && runs[0] === w.value) return [];
    const kept = new Set(runs.flatMap((r) => r.split(/\s+/)));
    const words = w.value.split(/\s+/).filter((x) => !kept.has(x) && !/^\p{Ll}{1,3}$/u.test(x) && !alone.has(x.toLowerCase()));
    if (words.length === 0) return [];
    const quoted = words.map((x) => JSON.stringify(x)).join(', ');
    return [diagnostic('check/vetted-names-care', `The vetted name ${JSON.stringify(w.value)} names care (${quoted}): texts naming it are still doubted for ${words.length === 1 ? 'that word' : 'those words'}`, w.span, `the guide asks to be generic about the type of visit in SMS: name the place in texts by its street or building; only if ${quoted} reveals nothing about a patient's care anywhere (as "dermatology"), vet ${words.length === 1 ? 'it' : 'them'} on ${words.length === 1 ? 'its' : 'their'} own`, 'warning')];
  });
  return [...empty, ...care];
}

/** The classifier that reads templates' fixed text: the built-in vocabularies, the bundle's vetted words and the practice's names. */
export function templateReader(vetted: readonly A.VettedDecl[], practice: string | undefined): Classifier {
  const names = practiceNames(practice);
  return createClassifier({ positive: true, vetted: [...vetted.flatMap((d) => d.words.map((w) => w.value)), ...names], practice: names });
}
