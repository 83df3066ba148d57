// Every held-in case of issue 12, and how one becomes a decision request.
import type { DecisionRequest } from '../../../engine/index.ts';
import { ACME_SMS, EMAIL_PATIENT, POSTBOX, SMS_PATIENT } from '../parties.ts';
import { ADMINISTRATIVE_EMAIL, ADMINISTRATIVE_SMS } from './administrative.ts';
import type { FoundPhoneCase, Kind } from './cases.ts';
import { CATEGORY_EMAIL, CATEGORY_SMS } from './category.ts';
import { CONTEXT_EMAIL, CONTEXT_SMS } from './context.ts';
import { DECODE_EMAIL, DECODE_SMS } from './decode.ts';
import { DISGUISE_SMS } from './disguise.ts';
import { LANGUAGE_EMAIL, LANGUAGE_SMS } from './languages.ts';
import { MEANING_EMAIL, MEANING_SMS } from './meaning.ts';
import { SHORTHAND_SMS } from './shorthand.ts';
import { TEMPLATE_SMS } from './templates.ts';

export type { FoundPhoneCase, Kind } from './cases.ts';

export const FOUND_PHONE_CASES: readonly FoundPhoneCase[] = [
  ...ADMINISTRATIVE_SMS,
  ...ADMINISTRATIVE_EMAIL,
  ...MEANING_SMS,
  ...MEANING_EMAIL,
  ...CATEGORY_SMS,
  ...CATEGORY_EMAIL,
  ...DECODE_SMS,
  ...DECODE_EMAIL,
  ...DISGUISE_SMS,
  ...SHORTHAND_SMS,
  ...LANGUAGE_SMS,
  ...LANGUAGE_EMAIL,
  ...TEMPLATE_SMS,
  ...CONTEXT_SMS,
  ...CONTEXT_EMAIL,
];

export const KINDS: readonly Kind[] = ['administrative', 'meaning', 'category', 'decode', 'disguise', 'shorthand', 'language', 'template', 'context'];

/** The case as a request: the practice's SMS or email platform, a patient whose consent covers every everyday scope. */
export function requestOf(c: FoundPhoneCase, category = c.category): DecisionRequest {
  const message: DecisionRequest['message'] = { category, body: c.body };
  if (c.subject !== undefined) message.subject = c.subject;
  if (c.language !== undefined) message.language = c.language;
  return c.channel === 'sms'
    ? { channel: 'sms', sender: ACME_SMS, patient: SMS_PATIENT, at: '2026-05-28T15:00:00Z', message }
    : { channel: 'email', sender: POSTBOX, patient: EMAIL_PATIENT, at: '2026-05-28T15:00:00Z', message };
}
