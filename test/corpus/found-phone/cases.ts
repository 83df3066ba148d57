// The found-phone held-in corpora of issue 12: texts a practice sends over SMS and unencrypted
// email, one file per kind of failure the outside set found, each text labelled by the practice
// guide alone ("could someone who found the patient's unlocked phone learn anything medical from
// it?"). They were written before the classifier was tuned on them; the README of this folder says
// how they are run and what the figures mean. Every name, place, number and link is invented.
import type { Category } from '../../../engine/index.ts';

/** The kinds of issue 12's table, and ordinary messages that must keep going out. */
export type Kind =
  | 'administrative' // ordinary reminders, bills, portal alerts, pickups, campaigns: must-allow (and look-alikes that reveal care)
  | 'meaning' // care revealed without any listed word
  | 'category' // clinical text sent under a harmless category
  | 'decode' // percent-encoding, `+`, HTML entities and tags, subject lines, lab values in many forms
  | 'disguise' // split and disguised words, control characters, bidi overrides
  | 'shorthand' // staff shorthand and misspellings
  | 'language' // Spanish, Chinese, Vietnamese, Tagalog, Korean, Russian, Arabic, Haitian Creole
  | 'template' // instances of the default bundle's approved templates, and near-instances
  | 'context'; // general campaigns addressed to everyone, and the same words tied to the patient

export interface FoundPhoneCase {
  id: string;
  kind: Kind;
  channel: 'sms' | 'email';
  category: Category;
  body: string;
  subject?: string;
  /** message.language, when the app says which language the text is in. */
  language?: string;
  /** allow: may go out as written; block: must not (downgrade or deny). */
  expect: 'allow' | 'block';
  why?: string;
}

type Entry = [expect: 'allow' | 'block', category: Category, body: string, extra?: { subject?: string; language?: string; why?: string; channel?: 'sms' | 'email' }];

/** Cases of one kind on one channel, with ids `kind-channel-NN` in order. */
export function cases(kind: Kind, channel: 'sms' | 'email', entries: readonly Entry[]): FoundPhoneCase[] {
  return entries.map(([expect, category, body, extra], i) => {
    const ch = extra?.channel ?? channel;
    const c: FoundPhoneCase = { id: `${kind}-${ch}-${String(i + 1).padStart(2, '0')}`, kind, channel: ch, category, body, expect };
    if (extra?.subject !== undefined) c.subject = extra.subject;
    if (extra?.language !== undefined) c.language = extra.language;
    if (extra?.why !== undefined) c.why = extra.why;
    return c;
  });
}
