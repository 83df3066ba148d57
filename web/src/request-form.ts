// The request panel: the facts of one send in plain words. `requestOf` turns what the officer
// picked into a contract request; the panel keeps nothing once the page is closed.
import { CATEGORIES, CHANNEL_INFO, CHANNELS, SCOPES, type Category, type Channel, type DecisionRequest, type Scope, type SenderKind } from '../../engine/index.ts';
import type { PlaygroundBundle, PlaygroundVendor } from '../../server/index.ts';
import { h, uid } from './dom.ts';
import { categoryName, channelName, SCOPE_MEANINGS } from './words.ts';

export type ConsentStatus = 'none' | 'active' | 'revoked';

export interface ConsentRow {
  status: ConsentStatus;
  scopes: Scope[];
  riskAcknowledged: boolean;
  unencryptedRequested: boolean;
}

export interface RequestForm {
  channel: Channel;
  category: Category;
  subject: string;
  body: string;
  senderKind: SenderKind;
  /** '' for no vendor. */
  vendor: string;
  consents: Record<Channel, ConsentRow>;
  avoidChannels: Channel[];
  portalActive: boolean;
  /** The patient asked not to be contacted at all. */
  doNotContact: boolean;
  /** Whole years, or '' when not given. */
  age: string;
  /** An IANA time zone, or '' for the practice's (the bundle's `time_zone`). */
  timeZone: string;
  /** A BCP 47 tag such as `es`, or '' when not given. */
  language: string;
  /** An ISO time, or '' for "now". */
  at: string;
}

/** The time zones the panel offers: the United States and its territories. */
export const TIME_ZONES: readonly [string, string][] = [
  ['America/New_York', 'Eastern (New York)'],
  ['America/Chicago', 'Central (Chicago)'],
  ['America/Denver', 'Mountain (Denver)'],
  ['America/Phoenix', 'Arizona (Phoenix)'],
  ['America/Los_Angeles', 'Pacific (Los Angeles)'],
  ['America/Anchorage', 'Alaska (Anchorage)'],
  ['Pacific/Honolulu', 'Hawaii (Honolulu)'],
  ['America/Puerto_Rico', 'Atlantic (Puerto Rico)'],
];

/** The languages the panel offers for the message's text. */
export const LANGUAGES: readonly [string, string][] = [
  ['en', 'English'],
  ['es', 'Spanish'],
  ['zh-Hans', 'Chinese (simplified)'],
  ['zh-Hant', 'Chinese (traditional)'],
  ['vi', 'Vietnamese'],
  ['ko', 'Korean'],
  ['ru', 'Russian'],
  ['ar', 'Arabic'],
  ['tl', 'Tagalog'],
  ['fr', 'French'],
];

/** The age as the contract takes it: whole years from 0 to 150, or undefined when the field is empty or not a whole number. */
export function ageOf(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 150 ? n : undefined;
}

/** The contract request for the form: only consents that exist, a subject only where the channel has one. */
export function requestOf(f: RequestForm): DecisionRequest {
  const consents = CHANNELS.flatMap((channel) => {
    const row = f.consents[channel];
    if (row.status === 'none') return [];
    return [{ channel, scopes: [...row.scopes], status: row.status, riskAcknowledged: row.riskAcknowledged, ...(channel === 'email' && row.unencryptedRequested ? { unencryptedRequested: true } : {}) }];
  });
  const subject = CHANNEL_INFO[f.channel].hasSubject && f.subject !== '' ? { subject: f.subject } : {};
  const vendor = f.senderKind === 'platform' && f.vendor !== '' ? { vendor: f.vendor } : {};
  const age = ageOf(f.age);
  return {
    message: { category: f.category, body: f.body, ...subject, ...(f.language === '' ? {} : { language: f.language }) },
    channel: f.channel,
    sender: { kind: f.senderKind, ...vendor },
    patient: {
      consents,
      avoidChannels: [...f.avoidChannels],
      portalActive: f.portalActive,
      ...(f.doNotContact ? { doNotContact: true } : {}),
      ...(age === undefined ? {} : { age }),
      ...(f.timeZone === '' ? {} : { timeZone: f.timeZone }),
    },
    ...(f.at === '' ? {} : { at: f.at }),
  };
}

/** The vendor a send on `channel` would normally go through: the portal vendor, or the first that carries it with a BAA. */
export function usualVendor(bundle: Pick<PlaygroundBundle, 'settings' | 'vendors'>, channel: Channel): string {
  if (channel === 'portal' && bundle.settings.portal_vendor !== undefined) return bundle.settings.portal_vendor;
  const carriers = bundle.vendors.filter((v) => v.channels.includes(channel));
  return (carriers.find((v) => v.baa !== null) ?? carriers[0])?.id ?? '';
}

/** A first example: an SMS reminder to a patient who consented to scheduling texts. */
export function initialForm(bundle: Pick<PlaygroundBundle, 'settings' | 'vendors'>): RequestForm {
  const none = (): ConsentRow => ({ status: 'none', scopes: [], riskAcknowledged: false, unencryptedRequested: false });
  const consents = Object.fromEntries(CHANNELS.map((c) => [c, none()])) as Record<Channel, ConsentRow>;
  consents.sms = { status: 'active', scopes: ['scheduling', 'notifications'], riskAcknowledged: true, unencryptedRequested: false };
  return {
    channel: 'sms',
    category: 'appointment_reminder',
    subject: '',
    body: 'Hi Maria, reminder of your appointment Tue 3/3 at 10:15 AM. Reply C to confirm.',
    senderKind: 'platform',
    vendor: usualVendor(bundle, 'sms'),
    consents,
    avoidChannels: [],
    portalActive: true,
    doNotContact: false,
    age: '',
    timeZone: '',
    language: '',
    at: '',
  };
}

export function vendorLabel(v: PlaygroundVendor): string {
  const baa = v.baa === null ? 'no BAA' : `BAA ${v.baa.signed} to ${v.baa.expires ?? 'no end date'}`;
  return `${v.name}: ${v.channels.map(channelName).join(', ')}; ${baa}`;
}

/**
 * Render the panel into `host`; `onChange` runs after every edit with the new form. `result`, the
 * decision's region (focusable: tabindex -1), is where the skip link after the message text leads.
 */
export function requestPanel(host: HTMLElement, bundle: PlaygroundBundle, onChange: (form: RequestForm) => void, result?: HTMLElement): RequestForm {
  const form = initialForm(bundle);
  const changed = (): void => onChange(form);

  const field = (label: string, control: HTMLElement, note?: string): HTMLElement => {
    control.id ||= uid('field');
    const noteId = note === undefined ? undefined : uid('note');
    if (noteId) control.setAttribute('aria-describedby', noteId);
    return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, note === undefined ? null : h('p', { class: 'note', id: noteId }, note));
  };
  const select = (id: string, options: [string, string][], value: string, set: (v: string) => void): HTMLSelectElement => {
    const el = h('select', { id }, ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
    el.addEventListener('change', () => {
      set(el.value);
      changed();
    });
    return el;
  };

  const vendorSelect = select('vendor', [['', 'No vendor'], ...bundle.vendors.map((v): [string, string] => [v.id, vendorLabel(v)])], form.vendor, (v) => (form.vendor = v));
  const subject = h('input', { id: 'subject', type: 'text', value: form.subject, autocomplete: 'off' });
  subject.addEventListener('input', () => {
    form.subject = subject.value;
    changed();
  });
  const subjectField = field('Email subject', subject);
  subjectField.hidden = !CHANNEL_INFO[form.channel].hasSubject;

  const channel = select('channel', CHANNELS.map((c) => [c, channelName(c)]), form.channel, (v) => {
    form.channel = v as Channel;
    subjectField.hidden = !CHANNEL_INFO[form.channel].hasSubject;
    // Follow the channel with the usual vendor, unless the one picked carries it too.
    const current = bundle.vendors.find((x) => x.id === form.vendor);
    if (!current?.channels.includes(form.channel)) {
      form.vendor = usualVendor(bundle, form.channel);
      vendorSelect.value = form.vendor;
    }
  });
  const category = select('category', CATEGORIES.map((c) => [c, categoryName(c)]), form.category, (v) => (form.category = v as Category));
  const body = h('textarea', { id: 'message-body', rows: 4, autocomplete: 'off', spellcheck: 'false' }, form.body);
  body.addEventListener('input', () => {
    form.body = body.value;
    changed();
  });
  const bodyField = field('Message text', body, 'Not saved anywhere: it is gone when you close the page.');
  // Seen only when focused: from the text straight to its decision, past the rest of the form.
  if (result) {
    const skip = h('a', { class: 'skip-inline', href: `#${result.id}` }, 'Skip to result');
    skip.addEventListener('click', (e) => {
      e.preventDefault();
      result.focus();
    });
    body.after(skip);
  }

  const senderKinds: [SenderKind, string][] = [
    ['platform', "The practice's messaging platform"],
    ['staff_personal_device', "A staff member's personal phone"],
  ];
  const sender = h(
    'fieldset',
    { class: 'choices' },
    h('legend', {}, 'Sent from'),
    ...senderKinds.map(([kind, text]) => {
      const radio = h('input', { type: 'radio', name: 'sender-kind', value: kind, checked: form.senderKind === kind });
      radio.addEventListener('change', () => {
        form.senderKind = kind;
        vendorSelect.disabled = kind !== 'platform';
        changed();
      });
      return h('label', { class: 'choice' }, radio, ` ${text}`);
    }),
  );

  const at = h('input', { id: 'at', type: 'datetime-local', step: 60 });
  at.addEventListener('change', () => {
    form.at = at.value === '' ? '' : new Date(at.value).toISOString();
    changed();
  });

  const portal = h('input', { type: 'checkbox', id: 'portal-active', checked: form.portalActive });
  portal.addEventListener('change', () => {
    form.portalActive = portal.checked;
    changed();
  });

  const noContact = h('input', { type: 'checkbox', id: 'do-not-contact', checked: form.doNotContact });
  noContact.addEventListener('change', () => {
    form.doNotContact = noContact.checked;
    changed();
  });

  const age = h('input', { id: 'patient-age', type: 'number', min: 0, max: 150, step: 1, inputmode: 'numeric', value: form.age, autocomplete: 'off' });
  age.addEventListener('input', () => {
    form.age = age.value;
    changed();
  });

  const practiceZone = bundle.settings.time_zone;
  const timeZone = select('patient-time-zone', [['', `The practice's${practiceZone === undefined ? ' (none set)' : ` (${practiceZone})`}`], ...TIME_ZONES], form.timeZone, (v) => (form.timeZone = v));
  const language = select('message-language', [['', 'Not given'], ...LANGUAGES], form.language, (v) => (form.language = v));

  const avoid = h(
    'fieldset',
    { class: 'choices inline' },
    h('legend', {}, 'Channels the patient asked us not to use'),
    ...CHANNELS.map((c) => {
      const box = h('input', { type: 'checkbox', value: c });
      box.addEventListener('change', () => {
        form.avoidChannels = box.checked ? [...form.avoidChannels, c] : form.avoidChannels.filter((x) => x !== c);
        changed();
      });
      return h('label', { class: 'choice' }, box, ` ${channelName(c)}`);
    }),
  );

  host.replaceChildren(
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, 'The message'),
      field('Channel', channel),
      field('Kind of message', category),
      subjectField,
      bodyField,
      field('Language of the text', language),
    ),
    h('fieldset', { class: 'group' }, h('legend', {}, 'The sender'), sender, field('Vendor that carries the message', vendorSelect)),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, 'The patient'),
      consentGrid(form, changed),
      avoid,
      h('label', { class: 'choice' }, portal, ' Uses the patient portal'),
      h('label', { class: 'choice' }, noContact, ' Asked not to be contacted at all'),
      field('Age', age, 'Whole years. Leave empty when the app does not know it.'),
      field("Patient's time zone", timeZone, 'Quiet hours are on the patient\'s clock.'),
    ),
    h('fieldset', { class: 'group' }, h('legend', {}, 'When'), field('Time of sending', at, 'Your local time. Leave empty for now. Vendor agreements and consents are checked as of this time.')),
  );
  return form;
}

/**
 * Channel × scope grid: per channel the consent's status, its scopes, and what the patient acknowledged.
 * A scope column is headed by the contract's word for it, the word the rules, the trace and the
 * counterfactuals use, with what it covers on hover.
 */
function consentGrid(form: RequestForm, changed: () => void): HTMLElement[] {
  const rows = CHANNELS.map((channel) => {
    const row = form.consents[channel];
    const name = channelName(channel);
    const boxes: HTMLInputElement[] = [];
    const box = (label: string, checked: boolean, set: (on: boolean) => void): HTMLElement => {
      const el = h('input', { type: 'checkbox', 'aria-label': `${name}: ${label}`, checked, disabled: row.status === 'none' });
      el.addEventListener('change', () => {
        set(el.checked);
        changed();
      });
      boxes.push(el);
      return h('td', {}, el);
    };
    const status = h(
      'select',
      { 'aria-label': `${name}: consent` },
      ...(['none', 'active', 'revoked'] as const).map((s) => h('option', { value: s, selected: row.status === s }, { none: 'None', active: 'Active', revoked: 'Revoked' }[s])),
    );
    status.addEventListener('change', () => {
      row.status = status.value as ConsentStatus;
      for (const b of boxes) b.disabled = row.status === 'none';
      changed();
    });
    const scopeCells = SCOPES.map((scope) => box(scope, row.scopes.includes(scope), (on) => (row.scopes = on ? [...row.scopes, scope] : row.scopes.filter((s) => s !== scope))));
    const risk = box('risk acknowledged', row.riskAcknowledged, (on) => (row.riskAcknowledged = on));
    const unencrypted = channel === 'email' ? box('asked for unencrypted email', row.unencryptedRequested, (on) => (row.unencryptedRequested = on)) : h('td', {});
    // The consent's status under the channel's name, in one column: the grid fits a 1280 px window's middle column.
    return h('tr', {}, h('th', { scope: 'row' }, h('span', { class: 'channel-name' }, name), status), ...scopeCells, risk, unencrypted);
  });
  const scopeHeaders = SCOPES.map((s) => verticalHeader(s, { class: 'vertical scope-col', title: `${s}: ${SCOPE_MEANINGS[s]}` }));
  const noteId = uid('note');
  return [
    h(
      'div',
      { class: 'grid-scroll', tabindex: 0, role: 'region', 'aria-label': 'Consents, scrollable', 'aria-describedby': noteId },
      h(
        'table',
        { class: 'consents' },
        h('caption', {}, "The patient's consents"),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Channel and consent'), ...scopeHeaders, ...['Risk acknowledged', 'Asked for unencrypted email'].map((t) => verticalHeader(t)))),
        h('tbody', {}, ...rows),
      ),
    ),
    h('p', { class: 'note', id: noteId }, "The scopes carry the policy's own words, as its rules and the trace use them. Hover over one for what it covers."),
  ];
}

/** A narrow column: its heading reads bottom to top. */
const verticalHeader = (text: string, attrs: Record<string, string> = { class: 'vertical' }): HTMLElement => h('th', { scope: 'col', ...attrs }, h('span', {}, text));
