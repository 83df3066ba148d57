import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_DB_FILE, exportJsonLines, openSqliteAuditStore, type AuditStore } from '../../audit/index.ts';
import { dataDirOf } from '../../server/index.ts';
import type { Register } from '../command.ts';
import type { Io } from '../io.ts';

/** Open the existing trail; a missing one is an error, not an empty trail that "verifies". */
function openExisting(dataDir: string, io: Io): AuditStore | undefined {
  if (existsSync(join(dataDir, AUDIT_DB_FILE))) return openSqliteAuditStore(dataDir);
  io.err(`No audit trail in ${dataDir} (looked for ${AUDIT_DB_FILE}); set PHIGATE_DATA_DIR or --data-dir\n`);
  return undefined;
}

const recordCount = (n: number): string => `${n} record${n === 1 ? '' : 's'}`;

export const register: Register = (audit, io, setCode) => {
  audit
    .command('verify')
    .description('Check the hash chain; exits 1 at the first broken record')
    .option('--data-dir <dir>', 'the data directory (default: PHIGATE_DATA_DIR or data/)')
    .action(async (opts: { dataDir?: string }) => {
      const store = openExisting(opts.dataDir ?? dataDirOf(process.env), io);
      if (!store) return setCode(1);
      try {
        const r = await store.verify();
        if (r.ok) io.out(`ok: ${recordCount(r.checked)}, chain intact\n`);
        else io.out(`BROKEN at record ${r.firstBroken!.seq}: ${r.firstBroken!.reason}. The ${recordCount(r.checked)} before it ${r.checked === 1 ? 'is' : 'are'} intact.\n`);
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
};
