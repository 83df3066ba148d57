// Settings checked against the vendor register: the `portal_vendor` a downgrade routes content
// through must be a vendor of vendors.json whose BAA covers the portal. Without this, every downgrade
// to the portal would silently find no safe form and deny (`no-safe-form`).
import { diagnostic, didYouMean, fileSpan, type Diagnostic } from '../../grammar/diagnostics.ts';
import { baaCovers, type VendorRegister } from '../contract/index.ts';
import type { CheckedPolicy } from './checker.ts';

/** Errors for a portal vendor the register does not hold or that no BAA lets carry the portal; a warning for a BAA not current at `now`. */
export function checkPortalVendor(policy: Pick<CheckedPolicy, 'settings' | 'settingSpans'>, vendors: VendorRegister, now: number): Diagnostic[] {
  const id = policy.settings.portal_vendor;
  if (id === undefined) return [];
  const span = policy.settingSpans.get('portal_vendor') ?? fileSpan('(bundle)');
  const vendor = vendors.get(id);
  if (vendor === undefined) {
    const known = [...vendors.keys()];
    const hint = didYouMean(id, known) ?? (known.length === 0 ? 'the bundle has no vendors.json: add one that lists the portal vendor and its BAA' : `the vendors are ${known.map((k) => `"${k}"`).join(', ')}; add the portal's vendor to vendors.json with its BAA`);
    return [diagnostic('check/portal-vendor', `The portal vendor "${id}" is not in vendors.json: every downgrade that routes to the portal would find no safe form and deny`, span, hint)];
  }
  if (!(vendor.channels as readonly string[]).includes('portal')) {
    return [diagnostic('check/portal-vendor', `The portal vendor "${id}" does not carry the portal in vendors.json (its channels: ${vendor.channels.join(', ') || 'none'})`, span, 'add "portal" to its channels if its BAA covers the portal, or name the vendor that does')];
  }
  if (vendor.baa === null) {
    return [diagnostic('check/portal-vendor', `The portal vendor "${id}" has no BAA in vendors.json: no portal message may go through it`, span, 'record its signed BAA in vendors.json, or name a vendor that has one')];
  }
  if (!baaCovers(vendor, 'portal', now)) {
    const when = vendor.coverage !== null && now < vendor.coverage.from ? `is not in force until ${vendor.baa.signed}` : `expired on ${vendor.baa.expires ?? '(no date)'}`;
    return [diagnostic('check/portal-vendor', `The BAA of the portal vendor "${id}" ${when}: downgrades to the portal find no safe form while it does not cover the portal`, span, 'renew the BAA and record its dates in vendors.json, or name another portal vendor', 'warning')];
  }
  return [];
}
