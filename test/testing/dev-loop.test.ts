// `phigate test --watch` (bin/dev-loop.ts): every run checks, format-checks, lints and tests the
// bundle, and prints only what changed since the run before.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DevLoop, watchBundle } from '../../bin/dev-loop.ts';
import { formatSource } from '../../engine/index.ts';
import type { Io } from '../../bin/io.ts';
import { bundleDir, RULES } from './helpers.ts';

const TESTS = `
test "a reminder by text" {
  use texting
  expect allow by reminders-by-text
}

test "no BAA" {
  use texting
  given sender.vendor "blastly"
  expect deny by no-baa
}
`;

const AT = '2026-11-24T15:00:00.000Z';

/** The bundle in the canonical layout, so that only the edits below are out of it. */
const formatted = formatSource(RULES + TESTS, 'mini.policy');
if (!formatted.ok) throw new Error('the test bundle does not parse');
const TEXT = formatted.value;

describe('the authoring loop', () => {
  it('prints everything wrong on the first run, then only what changed', async () => {
    const dir = bundleDir({ 'mini.policy': TEXT });
    const file = join(dir, 'mini.policy');
    const loop = new DevLoop(dir, { at: AT });

    // The first run: the lint's warnings (this small bundle names few channels) in full, and a summary.
    const first = await loop.run();
    expect(first.lines.filter((l) => l.startsWith('+ ')).every((l) => l.includes(' warning lint/'))).toBe(true);
    expect(first.lines).toContain(`+ ${file}:3:1 warning lint/unmentioned-channel: No rule mentions the channel \`portal\`: every send on it gets the default (deny) unless a rule that names no channel decides`);
    expect(first.summary).toMatch(/^check: ok · fmt: ok · lint: \d+ warnings · tests: 2 passed, 0 failed · \d+ ms$/);
    expect(first.clean).toBe(true);

    // Nothing changed: nothing to say but the summary.
    expect((await loop.run()).lines).toEqual([]);

    // A misspelled fact: the error in full; the tests wait for the bundle to load.
    writeFileSync(file, TEXT.replace('when not vendor.covers', 'when not vendor.cover'));
    const broken = await loop.run();
    expect(broken.lines[0]).toBe(`+ ${file}:10:12 error check/unknown-fact: \`vendor.cover\` is not a fact phigate knows`);
    expect(broken.lines).toContain('    hint: did you mean `vendor.covers`?');
    expect(broken.lines.filter((l) => /^[+-] /.test(l))).toHaveLength(1); // the lint's warnings stand while it cannot run
    expect(broken.summary).toMatch(/^check: 1 error, 0 warnings · fmt: ok · lint: wait for the bundle to load · tests: wait for the bundle to load · \d+ ms$/);
    expect(broken.clean).toBe(false);

    // Fixed, with a test that now fails and a file out of layout.
    writeFileSync(file, `${TEXT.replace('expect deny by no-baa', 'expect allow by no-baa')}\n\n\n`);
    const fixed = await loop.run();
    const testLine = TEXT.split('\n').indexOf('test "no BAA" {') + 1;
    expect(fixed.lines.slice(0, 5)).toEqual([
      `+ ${file} is not in the canonical layout: \`phigate fmt\` rewrites it`,
      `- fixed: ${file}:10 check/unknown-fact: \`vendor.cover\` is not a fact phigate knows`,
      `✗ no BAA (${file}:${testLine})`,
      '    decision: expected allow, got deny',
      '    expected: allow by no-baa',
    ]);
    // Nothing else: the lint's warnings did not change, and the other test still passes.
    expect(fixed.lines.filter((l) => /^[+\-✓✗]/.test(l))).toHaveLength(3);
    expect(fixed.summary).toMatch(/· fmt: 1 file to format · .* · tests: 1 passed, 1 failed ·/);

    // Back as it was: the test passes again, the layout is fine.
    writeFileSync(file, TEXT);
    expect((await loop.run()).lines).toEqual([`- ${file} is formatted`, '✓ now passes: no BAA']);
  });

  it('runs again after a save, until stopped', async () => {
    const dir = bundleDir({ 'mini.policy': TEXT });
    let out = '';
    const io: Io = { out: (t) => void (out += t), err: (t) => void (out += t), lines: async function* () {}, readAll: async () => '', color: false };
    const stop = new AbortController();
    const watching = watchBundle(dir, io, { at: AT, signal: stop.signal, quietMs: 10 });
    await expect.poll(() => out).toMatch(/tests: 2 passed, 0 failed/);
    writeFileSync(join(dir, 'mini.policy'), TEXT.replace('expect deny by no-baa', 'expect allow by no-baa'));
    await expect.poll(() => out, { timeout: 10_000 }).toContain('✗ no BAA');
    stop.abort();
    await watching;
    expect(out.split('\n')[0]).toBe(`Watching ${dir}: check, fmt --check, lint and the tests run on every save (Ctrl-C to stop).`);
  });
});
