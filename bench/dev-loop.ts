// (g) The authoring loop, `phigate test --watch` (bin/dev-loop.ts): the time from a save to the
// summary line, for the default bundle, after the first run. Each run reads the bundle, checks it,
// checks its layout, runs its tests and lints it; what an edit did not touch is kept from the run
// before. The edits are the ones an officer makes: none (a save without a change), a test, a rule
// that names its channels (a third of the rule index to decide again), a rule that names none (all of
// it), a reason or a comment (nothing to decide again), and a slip that stops the bundle from loading.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevLoop } from '../bin/dev-loop.ts';
import { median } from './measure.ts';
import { ms, type Section } from './report.ts';

const RUNS = 9;
const FILE = '40-contact.policy';

interface Edit {
  what: string;
  /** The file's text for run `i` (each run differs from the one before, as a save does). */
  text: (original: string, i: number) => string;
}

const EDITS: readonly Edit[] = [
  { what: 'save without a change', text: (t) => t },
  { what: 'edit a test', text: (t, i) => t.replace('given patient.age 16', `given patient.age ${10 + (i % 5)}`) },
  { what: 'edit a rule that names its channels (quiet-hours)', text: (t, i) => t.replace('channel in [sms, email] and local.quietHours', i % 2 ? 'channel in [email, sms] and local.quietHours' : 'local.quietHours and channel in [sms, email]') },
  { what: 'edit a rule that names no channel (do-not-contact)', text: (t, i) => t.replace('when patient.doNotContact', i % 2 ? 'when patient.doNotContact == true' : 'when not (not patient.doNotContact)') },
  { what: 'edit a reason', text: (t, i) => t.replace('nothing goes out, on any channel', `nothing goes out, on any channel (${i})`) },
  { what: 'add a comment', text: (t, i) => `# note ${i}\n${t}` },
  { what: 'a slip: a misspelled fact', text: (t, i) => t.replace('when patient.doNotContact', i % 2 ? 'when patient.doNotContat' : 'when patient.donotcontact') },
];

export async function devLoop(): Promise<Section> {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-bench-loop-'));
  cpSync('policies', dir, { recursive: true });
  const file = join(dir, FILE);
  const original = readFileSync(file, 'utf8');
  const loop = new DevLoop(dir);
  const first = await loop.run();
  const rows: string[][] = [];
  const medians: number[] = [];
  for (const edit of EDITS) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      writeFileSync(file, edit.text(original, i));
      const used = process.cpuUsage();
      const r = await loop.run();
      const spent = process.cpuUsage(used);
      wall.push(r.ms);
      cpu.push((spent.user + spent.system) / 1000);
      writeFileSync(file, original);
      await loop.run(); // back to the bundle as it was, between two edits of the same kind
    }
    medians.push(median(wall));
    rows.push([edit.what, ms(median(wall)), `${ms(Math.min(...wall))}–${ms(Math.max(...wall))}`, ms(median(cpu))]);
  }
  rmSync(dir, { recursive: true, force: true });
  const worst = Math.max(...medians);
  return {
    title: 'The authoring loop: phigate test --watch',
    intro:
      `A copy of the default bundle; \`DevLoop.run()\` (what \`phigate test --watch\` runs on every save: check, \`fmt --check\`, lint, the tests) after each kind of edit of \`${FILE}\`, ${RUNS} times each, the bundle put back between two. ` +
      `Wall time from reading the files to the summary line, its median and range, and the median CPU time of the process. The first run, which compiles the classifier's vocabulary and decides every situation, took ${ms(first.ms)}.`,
    tables: [{ headers: ['edit', 'median', 'range', 'CPU (median)'], rows }],
    targets: [{ what: 'phigate test --watch, a run after an edit (worst median)', target: '< 500 ms', measured: ms(worst), met: worst < 500 }],
    notes: [],
  };
}
