// What the found-phone test takes from a bundle: the words and phrases the officer vetted, the
// practice's name (vouched for wherever it appears) and the approved templates.
import type { CheckedPolicy } from '../check/index.ts';
import { compileTemplate, practiceNames, type ClassifierExtensions, type CompiledTemplate } from '../classify/index.ts';

export function foundPhoneExtensions(policy: CheckedPolicy): Pick<ClassifierExtensions, 'vetted' | 'practice' | 'templates' | 'positive'> {
  const practice = policy.settings.practice;
  const names = practiceNames(practice);
  const vetted = [...policy.vetted.flatMap((d) => d.words.map((w) => w.value)), ...names];
  const templates = policy.templates.map((t) => compileTemplate(t.name.name, t.text.value, practice)).filter((t): t is CompiledTemplate => t !== null);
  return { vetted, practice: names, templates, positive: true };
}
