import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDir, phigate, RULES } from '../testing/helpers.ts';

describe('phigate export', () => {
  it('writes the json-rules-engine rules to --output and says how many', async () => {
    const dir = bundleDir({ 'mini.policy': RULES });
    const file = join(dir, 'rules.json');
    const run = await phigate('export', '--format', 'json-rules-engine', '--bundle', dir, '--output', file);
    expect(run).toMatchObject({ code: 0, out: '' });
    expect(run.err).toBe(`wrote 2 json-rules-engine rules for 2 policy rules to ${file}\n`);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.rules.map((r: { name: string; event: { type: string } }) => [r.name, r.event.type])).toEqual([
      ['no-baa', 'deny'],
      ['reminders-by-text', 'allow'],
    ]);
  });

  it('prints to stdout without --output, json-rules-engine being the default format', async () => {
    const run = await phigate('export', '--bundle', bundleDir({ 'mini.policy': RULES }));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ format: 'json-rules-engine', policy: { name: 'mini' }, default: { effect: 'deny' } });
  });

  it('refuses a rule it cannot export faithfully: the rule and line under a code frame, exit 1, nothing written', async () => {
    const dir = bundleDir({ 'mini.policy': `${RULES}\nrule odd {\n  when channel in [sms, channel]\n  deny\n  because "x"\n}\n` });
    const file = join(dir, 'rules.json');
    const run = await phigate('export', '--bundle', dir, '--output', file);
    expect(run.code).toBe(1);
    expect(run.err).toContain('error export/unsupported: Rule `odd`: this condition is a list that holds a fact of the request');
    expect(run.err).toContain('  when channel in [sms, channel]');
    expect(run.err).toContain('phigate export: nothing written');
    expect(existsSync(file)).toBe(false);
  });

  it('rejects an unknown format', async () => {
    const run = await phigate('export', '--format', 'cedar', '--bundle', bundleDir({ 'mini.policy': RULES }));
    expect(run.code).toBe(2);
    expect(run.err).toBe('phigate: --format takes "json-rules-engine", not "cedar"\n');
  });
});
