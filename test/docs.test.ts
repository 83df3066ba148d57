// The documentation stays true: every fact a rule can test is in the language reference, and every
// command of the CLI is in the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../bin/cli.ts';
import { FACT_PATHS } from '../engine/contract/facts.ts';

const language = readFileSync('docs/language.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');

async function commandNames(): Promise<string[]> {
  let help = '';
  await main(['node', 'phigate', '--help'], { out: (t) => (help += t), err: () => {}, lines: async function* () {}, readAll: async () => '', color: false });
  return [...help.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

describe('documentation', () => {
  it.each(FACT_PATHS)('docs/language.md documents the fact %s', (fact) => {
    expect(language).toContain(`\`${fact}\``);
  });

  it('the README names every phigate command', async () => {
    const commands = await commandNames();
    expect(commands.length).toBeGreaterThan(5);
    for (const c of commands) expect(readme, `README should mention "phigate ${c}"`).toContain(`phigate ${c}`);
  });

  it('the README opens with the two commands a newcomer needs', () => {
    const firstBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstBlock).toContain('npm start');
    expect(firstBlock).toContain('npm test');
  });
});
