import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_DB_FILE, AuditUnavailableError, exportJsonLines, isPostgresUrl, openPostgresAuditStore, openSqliteAuditStore, type AuditStore, type MerkleAuditStore, type VerifyResult } from '../../audit/index.ts';
import { dataDirOf } from '../../server/index.ts';
import type { Register } from '../command.ts';
import type { Io } from '../io.ts';
import { readHeads, registerLogCommands } from './audit-log.ts';

/**
 * Open the existing trail for reading only: nothing is created or written (it works on a read-only data
 * directory), and a missing trail or table is an error, never an empty trail that "verifies".
 */
function openExisting(dataDir: string, io: Io): AuditStore | undefined {
  // PHIGATE_AUDIT_URL=postgres://…: the shared database of the replicas, every log in it (read only: no key).
  const url = process.env.PHIGATE_AUDIT_URL;
  if (isPostgresUrl(url)) return openPostgresAuditStore({ url });
  if (!existsSync(join(dataDir, AUDIT_DB_FILE))) {
    io.err(`No audit trail in ${dataDir} (looked for ${AUDIT_DB_FILE}); set PHIGATE_DATA_DIR or --data-dir\n`);
    return undefined;
  }
  try {
    return openSqliteAuditStore(dataDir, { readOnly: true });
  } catch (e) {
    if (!(e instanceof AuditUnavailableError) && (e as { code?: unknown }).code === undefined) throw e;
    io.err(`Cannot read the audit trail in ${dataDir}: ${(e as Error).message}\n`);
    return undefined;
  }
}

const recordCount = (n: number): string => `${n} record${n === 1 ? '' : 's'}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What verify says: the format, what was checked, or the first place where the log does not hold. */
function verdict(r: VerifyResult): string {
  if (!r.ok) {
    const where = `record ${r.firstBroken!.seq}${r.firstBroken!.log ? ` of log ${r.firstBroken!.log}` : ''}`;
    return `BROKEN at ${where}: ${r.firstBroken!.reason}. The ${recordCount(r.checked)} before it ${r.checked === 1 ? 'is' : 'are'} intact.\n`;
  }
  if (r.format === 'chained') return `ok: ${recordCount(r.checked)}, chained format (schema 1), chain intact; run \`phigate audit migrate\` to move it into the Merkle log\n`;
  const published = r.published ? `, ${plural(r.published, 'published head')} consistent with the log` : '';
  return `ok: ${recordCount(r.checked)}, ${plural(r.heads ?? 0, 'signed tree head')}: every leaf, subtree, root and signature checks${published}\n`;
}

export const register: Register = (audit, io, setCode) => {
  audit
    .command('verify')
    .description('Check every leaf, the tree and every signed head of the log (of every log, on PostgreSQL), and that heads published before are in it (--from); exits 1 at the first problem')
    .option('--from <file>', 'signed heads kept elsewhere (a head, a proof, or the JSON Lines of `phigate audit publish`): the log must contain each, consistently; repeatable', (v: string, all: string[] = []) => [...all, v])
    .option('--data-dir <dir>', 'the data directory (default: PHIGATE_DATA_DIR or data/)')
    .action(async (opts: { dataDir?: string; from?: string[] }) => {
      let published;
      try {
        published = (opts.from ?? []).flatMap(readHeads);
      } catch (e) {
        io.err(`${(e as Error).message}\n`);
        return setCode(2);
      }
      const store = openExisting(opts.dataDir ?? dataDirOf(process.env), io);
      if (!store) return setCode(1);
      try {
        const r = published.length > 0 ? await (store as MerkleAuditStore).verify({ published }) : await store.verify();
        if (published.length > 0 && r.format === 'chained') {
          io.err('--from needs a trail in the Merkle log format: run `phigate audit migrate` first\n');
          return setCode(2);
        }
        io.out(verdict(r));
        setCode(r.ok ? 0 : 1);
      } finally {
        await store.close();
      }
    });
  audit
    .command('export')
    .description('Write the records as JSON Lines (for auditors); no PHI is stored, so none is exported')
    .option('--since <time>', 'only records at or after this ISO time, e.g. 2026-11-01')
    .option('--data-dir <dir>', 'the data directory (default: PHIGATE_DATA_DIR or data/)')
    .action(async (opts: { since?: string; dataDir?: string }) => {
      if (opts.since !== undefined && Number.isNaN(Date.parse(opts.since))) {
        io.err(`--since takes an ISO date or time such as 2026-11-01, not "${opts.since}"\n`);
        return setCode(2);
      }
      const store = openExisting(opts.dataDir ?? dataDirOf(process.env), io);
      if (!store) return setCode(1);
      try {
        const n = await exportJsonLines(store, opts.since, io.out);
        io.err(`${recordCount(n)}\n`);
      } finally {
        await store.close();
      }
    });
  registerLogCommands(audit, io, setCode, async (opts) => openExisting(opts.dataDir ?? dataDirOf(process.env), io));
};
