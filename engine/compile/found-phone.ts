// What the found-phone test takes from a bundle: the words and phrases the officer vetted, the
// practice's name (vouched for wherever it appears) and the approved templates.
import type { CheckedPolicy } from '../check/index.ts';
import { compileTemplate, excludedWords, foldString, type ClassifierExtensions, type CompiledTemplate } from '../classify/index.ts';

export function foundPhoneExtensions(policy: CheckedPolicy): Pick<ClassifierExtensions, 'vetted' | 'templates' | 'positive'> {
  const practice = policy.settings.practice;
  // The practice's name is vouched for as a whole and word by word ("Team Riverside", "Riverside Pharmacy"),
  // but for the words the lexicons keep out on purpose: "Mesa Verde Medical Group" does not vouch for
  // "see you at group Thursday", nor "Sunrise Recovery" for "your recovery".
  const names = practice === undefined ? [] : [practice, ...practice.split(/\s+/).filter((w) => !excludedWords().has(foldString(w)))];
  const vetted = [...policy.vetted.flatMap((d) => d.words.map((w) => w.value)), ...names];
  const templates = policy.templates.map((t) => compileTemplate(t.name.name, t.text.value, practice)).filter((t): t is CompiledTemplate => t !== null);
  return { vetted, templates, positive: true };
}
