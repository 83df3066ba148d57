// Shared by the policy-test tests: small bundles written to temp dirs, and the CLI run in-process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../bin/cli.ts';
import type { Io } from '../../bin/io.ts';
import { VENDORS } from '../helpers.ts';

/** A policy header, a portal and a texting rule: small enough to read, enough for every outcome. */
export const RULES = `policy "mini" version "1"
default deny "No rule allows this send"

channels unsecured = [sms, email]
tier admin = [appointment_reminder]

rule no-baa {
  when not vendor.covers
  deny
  because "No BAA"
}

rule reminders-by-text {
  when channel in unsecured and message.tier == admin
  allow
  because "Reminders may go by text"
}

fixture texting {
  given channel sms
  given sender { kind: platform, vendor: "acme-sms" }
  given patient { consents: [] }
  given at 2026-11-24T15:00:00Z
  given message { category: appointment_reminder, body: "See you Tue at 10." }
}
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Write a bundle (file name → text, plus the test vendors register) to a fresh temp dir. */
export function bundleDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-test-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'vendors.json'), VENDORS);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `phigate ...args`, in-process, with stdout and stderr captured. */
export async function phigate(...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    lines: async function* () {},
    readAll: async () => '',
    color: false,
  };
  const code = await main(['node', 'phigate', ...args], io);
  return { code, out, err };
}
