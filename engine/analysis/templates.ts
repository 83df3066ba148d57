// Which approved templates may be sent on which channels: each template of the bundle, filled with
// a sample value of each placeholder's type, decided on every channel for a patient whose consent
// covers every kind of message but marketing (the consented-patient profile), through a vendor
// whose BAA covers the channel. `phigate templates` prints it.
import type { CompiledPolicy } from '../compile/index.ts';
import { decideValid } from '../decide/index.ts';
import { CHANNELS, type Category, type Channel } from '../contract/index.ts';
import type { Effect } from '../compile/index.ts';
import { fixedText } from '../classify/index.ts';
import { coveringVendor, profileNamed, profileRequest } from './profiles.ts';

/** The value a sample instance puts in each placeholder type. */
const SAMPLES: Record<string, string> = {
  first_name: 'Maria',
  provider: 'Dr. Lee',
  date: 'Tue 6/2',
  time: '10:40 AM',
  location: '12 Main St, Suite 4',
  pharmacy: 'Main St Pharmacy',
  amount: '$45.00',
  link: 'https://portal.example.com',
  phone: '555-123-4567',
  code: 'ABC123',
};

export interface TemplateRow {
  name: string;
  description?: string;
  category: string;
  /** The template filled with sample values. */
  sample: string;
  /** Channel -> the decision for the sample instance. */
  decisions: Partial<Record<Channel, Effect>>;
}

/** The channels a template is decided on: every channel but the consumer apps, which no rule can open. */
export const TEMPLATE_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => !['whatsapp', 'messenger', 'imessage'].includes(c));

export function templateChannels(policy: CompiledPolicy, options: { at?: string } = {}): TemplateRow[] {
  const at = options.at ?? new Date().toISOString();
  const profile = profileNamed('consented-patient')!;
  const atMs = Date.parse(at);
  return policy.checked.templates.map((t) => {
    const sample = fixedText(t.text.value, (type) => (type === 'practice' ? (policy.settings.practice ?? 'the practice') : (SAMPLES[type] ?? type)));
    const decisions: Partial<Record<Channel, Effect>> = {};
    for (const channel of TEMPLATE_CHANNELS) {
      const req = profileRequest(profile, coveringVendor([policy], channel, atMs), channel, t.category.name as Category, at, sample);
      decisions[channel] = decideValid(policy, req).decision;
    }
    return { name: t.name.name, ...(t.description === undefined ? {} : { description: t.description }), category: t.category.name, sample, decisions };
  });
}

/** A Markdown table: one row per template, one column per channel. */
export function templatesMarkdown(rows: readonly TemplateRow[]): string {
  if (rows.length === 0) return 'The bundle registers no templates (`template name for category = "..."`).\n';
  const head = `| template | category | ${TEMPLATE_CHANNELS.join(' | ')} |\n| --- | --- | ${TEMPLATE_CHANNELS.map(() => '---').join(' | ')} |\n`;
  const body = rows.map((r) => `| \`${r.name}\`${r.description === undefined ? '' : ` ${r.description}`} | ${r.category} | ${TEMPLATE_CHANNELS.map((c) => r.decisions[c] ?? '').join(' | ')} |`).join('\n');
  const samples = rows.map((r) => `- \`${r.name}\`: ${JSON.stringify(r.sample)}`).join('\n');
  return `${head}${body}\n\nDecided for a patient whose consent covers every kind of message but marketing, through a vendor with a BAA for the channel, with these sample instances:\n\n${samples}\n`;
}
