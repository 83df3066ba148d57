// The vendor register (vendors.json): the practice's business associates and their BAAs.
import { z } from 'zod';
import { diagnostic, fileSpan, type Diagnostic } from '../../grammar/diagnostics.ts';
import { parseDate } from './dates.ts';
import { ChannelSchema } from './request.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date such as 2025-01-15').refine((s) => !Number.isNaN(parseDate(s)), 'not a real date');

const VendorSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  channels: z.array(ChannelSchema),
  baa: z.strictObject({ signed: day, expires: day.nullable().optional() }).nullable(),
});

const RegisterSchema = z.strictObject({ vendors: z.array(VendorSchema) });

export type Vendor = z.infer<typeof VendorSchema> & {
  /** The BAA's window in epoch ms, parsed once at load: [from, until). Null when no BAA is signed. */
  coverage: { from: number; until: number } | null;
};
export type VendorRegister = ReadonlyMap<string, Vendor>;

/** Parse vendors.json; every problem names the file, the entry and the field. */
export function parseVendors(text: string, file: string): { ok: true; value: VendorRegister } | { ok: false; diagnostics: Diagnostic[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic('load/vendors', `${file} is not valid JSON: ${(e as Error).message}`, fileSpan(file))] };
  }
  const parsed = RegisterSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, diagnostics: parsed.error.issues.map((i) => diagnostic('load/vendors', `${file}: ${describePath(json, i.path)}: ${i.message}`, fileSpan(file))) };
  }
  const register = new Map<string, Vendor>();
  const duplicates: Diagnostic[] = [];
  for (const v of parsed.data.vendors) {
    if (register.has(v.id)) duplicates.push(diagnostic('load/vendors', `${file}: vendor id "${v.id}" appears twice`, fileSpan(file)));
    register.set(v.id, { ...v, coverage: v.baa ? { from: Date.parse(v.baa.signed), until: v.baa.expires ? endOfDay(v.baa.expires) : Infinity } : null });
  }
  return duplicates.length > 0 ? { ok: false, diagnostics: duplicates } : { ok: true, value: register };
}

/** "vendors[1] (id "blastly").baa.signed", so the officer finds the entry by its id. */
function describePath(json: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  let node: unknown = json;
  for (const p of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[p] : undefined;
    if (typeof p === 'number') {
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      text += `[${p}]${typeof id === 'string' ? ` (id "${id}")` : ''}`;
    } else text += text ? `.${String(p)}` : String(p);
  }
  return text || '(top level)';
}

/** A BAA covers the send when it is signed on or before `at`, not expired at `at`, and the vendor carries the channel. */
export function baaCovers(vendor: Vendor | undefined, channel: string, at: number): boolean {
  const c = vendor?.coverage;
  return c != null && at >= c.from && at < c.until && (vendor!.channels as readonly string[]).includes(channel);
}

/** A date-only expiry ("2028-01-15") runs through the end of that day (UTC). */
const endOfDay = (s: string): number => (s.length === 10 ? Date.parse(s) + 86_400_000 : Date.parse(s));
