// Plain words for the contract's vocabularies, as the request panel and the matrix show them.
import { CHANNEL_INFO, type Category, type Channel, type Effect, type Scope } from '../../engine/index.ts';

export const SCOPE_NAMES: Readonly<Record<Scope, string>> = {
  scheduling: 'Scheduling',
  billing: 'Billing',
  notifications: 'Portal alerts',
  clinical: 'Clinical',
  general: 'General / wellness',
  marketing: 'Marketing',
};

/** "appointment_reminder" → "Appointment reminder". */
export const categoryName = (c: Category | string): string => {
  const words = c.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A channel's label. Takes any string (vendors' channels arrive as strings) and shows an unknown one as it is. */
export const channelName = (c: string): string => CHANNEL_INFO[c as Channel]?.label ?? c;

/** The badge: a symbol and a word, so the decision never depends on colour alone. */
export const EFFECT_SYMBOL: Readonly<Record<Effect, string>> = { allow: '✓', downgrade: '↓', deny: '✕' };

export const EFFECT_MEANING: Readonly<Record<Effect, string>> = {
  allow: 'The message may be sent as written.',
  downgrade: 'Do not send it as written: send the safer form below instead.',
  deny: 'Do not send this message.',
};
