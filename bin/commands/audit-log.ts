// The Merkle log's commands under `phigate audit`: prove a decision, prove two heads consistent, check a
// proof offline, export the public key, publish heads off the host, and migrate a chained trail.
// Registered by audit.ts, which owns opening the store (`open`).
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  AUDIT_DB_FILE,
  checkProof,
  headShapeError,
  loadOrCreateSigningKey,
  loadSigningKey,
  migrateSqliteAuditStore,
  publicKeyFromPem,
  type AuditStore,
  type MerkleAuditStore,
  type SignedTreeHead,
} from '../../audit/index.ts';
import { dataDirOf } from '../../server/index.ts';
import type { Command } from 'commander';
import type { Io } from '../io.ts';

type Open = (opts: { dataDir?: string }) => Promise<AuditStore | undefined>;
const DATA_DIR = 'the data directory (default: PHIGATE_DATA_DIR or data/)';

function merkle(store: AuditStore, io: Io): MerkleAuditStore | undefined {
  if (typeof (store as Partial<MerkleAuditStore>).proveDecision === 'function') return store as MerkleAuditStore;
  io.err('This audit trail is in the chained format (schema 1): run `phigate audit migrate` first\n');
  return undefined;
}

/** Writes `text` to `file` (or stdout when none). */
function emit(io: Io, text: string, file: string | undefined): void {
  if (file === undefined || file === '-') io.out(text);
  else writeFileSync(file, text);
}

/**
 * Signed heads from a file: one JSON head, or JSON Lines of heads (a witness file written by
 * `phigate audit publish`). Throws naming the line that is not a head.
 */
export function readHeads(file: string): SignedTreeHead[] {
  const text = readFileSync(file, 'utf8');
  const values: unknown[] = [];
  try {
    values.push(JSON.parse(text));
  } catch {
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        values.push(JSON.parse(line));
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
  }
  return values.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v, i) => {
    const h = (v as { head?: unknown }).head ?? v; // a proof file's head is a head too
    const bad = headShapeError(h);
    if (bad) throw new Error(`${file}: entry ${i + 1} is not a signed tree head: ${bad}`);
    return h as SignedTreeHead;
  });
}

export function registerLogCommands(audit: Command, io: Io, setCode: (code: number) => void, open: Open): void {
  const withStore = async (opts: { dataDir?: string }, run: (store: MerkleAuditStore) => Promise<void>): Promise<void> => {
    const store = await open(opts);
    if (!store) return setCode(1);
    try {
      const m = merkle(store, io);
      if (!m) return setCode(1);
      await run(m);
    } finally {
      await store.close();
    }
  };

  audit
    .command('prove')
    .description('Print the inclusion proof of a decision: its record, its place in the log, and the path to a signed tree head (check it with check-proof)')
    .argument('<decision-id>', 'the decisionId of the response')
    .option('--size <n>', 'prove against the signed head of this size (default: the latest head of its log)', (v) => Number.parseInt(v, 10))
    .option('--output <file>', 'write the proof to this file instead of stdout')
    .option('--data-dir <dir>', DATA_DIR)
    .action(async (decisionId: string, opts: { size?: number; output?: string; dataDir?: string }) =>
      withStore(opts, async (store) => {
        let proof;
        try {
          proof = await store.proveDecision(decisionId, opts.size === undefined ? {} : { size: opts.size });
        } catch (e) {
          if (!(e instanceof RangeError)) throw e;
          io.err(`${e.message}\n`);
          return setCode(1);
        }
        if (!proof) {
          io.err(`No decision ${decisionId} in the audit log\n`);
          return setCode(1);
        }
        emit(io, `${JSON.stringify(proof, null, 2)}\n`, opts.output);
      }),
    );

  audit
    .command('consistency')
    .description('Print the consistency proof between two signed heads of a log: the older tree is a prefix of the newer (check it with check-proof)')
    .requiredOption('--from <size|file>', 'the older head: its size, or a file holding it (a published head)')
    .option('--to <size>', 'the newer head (default: the latest)', (v) => Number.parseInt(v, 10))
    .option('--log <id>', 'the log (default: the only log, or the log of the --from file)')
    .option('--output <file>', 'write the proof to this file instead of stdout')
    .option('--data-dir <dir>', DATA_DIR)
    .action(async (opts: { from: string; to?: number; log?: string; output?: string; dataDir?: string }) =>
      withStore(opts, async (store) => {
        let from: number;
        let log = opts.log;
        if (/^\d+$/.test(opts.from)) from = Number(opts.from);
        else {
          const head = readHeads(opts.from).at(-1)!;
          from = head.size;
          log ??= head.log;
        }
        if (log === undefined) {
          const logs = await store.logs();
          if (logs.length !== 1) {
            io.err(`The store holds ${logs.length} logs; name one with --log (${logs.map((l) => l.log).join(', ')})\n`);
            return setCode(2);
          }
          log = logs[0]!.log;
        }
        try {
          emit(io, `${JSON.stringify(await store.proveConsistency(log, from, opts.to), null, 2)}\n`, opts.output);
        } catch (e) {
          if (!(e instanceof RangeError)) throw e;
          io.err(`${e.message}\n`);
          setCode(1);
        }
      }),
    );

  audit
    .command('check-proof')
    .description("Check a proof file offline with only the log's public key: the head's signature, then the decision's inclusion (or the heads' consistency); exits 1 if it does not hold")
    .argument('<proof-file>', 'a file written by `phigate audit prove` or `phigate audit consistency`')
    .requiredOption('--public-key <file>', "the log's public key (PEM), from `phigate audit public-key`")
    .action((file: string, opts: { publicKey: string }) => {
      let proof: unknown;
      try {
        proof = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        io.err(`${file}: ${(e as Error).message}\n`);
        return setCode(2);
      }
      const result = checkProof(proof, publicKeyFromPem(readFileSync(opts.publicKey, 'utf8')));
      if (result.ok) io.out(`ok: ${result.summary}\n`);
      else io.out(`FAILED: ${result.reason}\n`);
      setCode(result.ok ? 0 : 1);
    });

  audit
    .command('public-key')
    .description("Print the public key of this replica's log (PEM): give it to auditors; the log id goes to stderr")
    .option('--output <file>', 'write it to this file instead of stdout')
    .option('--data-dir <dir>', DATA_DIR)
    .action((opts: { output?: string; dataDir?: string }) => {
      const dataDir = opts.dataDir ?? dataDirOf(process.env);
      const given = process.env.PHIGATE_AUDIT_SIGNING_KEY;
      const key = given ? loadSigningKey(given) : loadOrCreateSigningKey(dataDir);
      emit(io, key.publicKeyPem, opts.output);
      io.err(`log ${key.log}\n`);
    });

  audit
    .command('publish')
    .description('Append the latest signed head of every log to a file kept off this host (a witness: WORM storage, another machine); run it from cron')
    .requiredOption('--to <file>', 'the file to append to (JSON Lines), or - for stdout (pipe it to a logger or an upload)')
    .option('--data-dir <dir>', DATA_DIR)
    .action(async (opts: { to: string; dataDir?: string }) =>
      withStore(opts, async (store) => {
        const already = new Set(opts.to !== '-' && existsSync(opts.to) ? readHeads(opts.to).map((h) => `${h.log}/${h.size}/${h.root}`) : []);
        const lines: string[] = [];
        for (const l of await store.logs()) {
          if (l.head && !already.has(`${l.head.log}/${l.head.size}/${l.head.root}`)) lines.push(`${JSON.stringify(l.head)}\n`);
        }
        if (opts.to === '-') lines.forEach((line) => io.out(line));
        else if (lines.length > 0) {
          const fd = openSync(opts.to, 'a', 0o644);
          try {
            writeSync(fd, lines.join(''));
            fsyncSync(fd);
          } finally {
            closeSync(fd);
          }
        }
        io.err(`${lines.length} head${lines.length === 1 ? '' : 's'} published\n`);
      }),
    );

  audit
    .command('migrate')
    .description('Turn a trail in the chained format (schema 1) into the Merkle log: every record becomes a leaf, the old chain is kept and stays verifiable')
    .option('--data-dir <dir>', DATA_DIR)
    .action((opts: { dataDir?: string }) => {
      const dataDir = opts.dataDir ?? dataDirOf(process.env);
      if (!existsSync(join(dataDir, AUDIT_DB_FILE))) {
        io.err(`No audit trail in ${dataDir} (looked for ${AUDIT_DB_FILE})\n`);
        return setCode(1);
      }
      const given = process.env.PHIGATE_AUDIT_SIGNING_KEY;
      const key = given ? loadSigningKey(given) : loadOrCreateSigningKey(dataDir);
      try {
        const { migrated, head } = migrateSqliteAuditStore(dataDir, key);
        io.out(`migrated ${migrated} record${migrated === 1 ? '' : 's'} into log ${key.log}${head ? `, signed head of size ${head.size}` : ''}; the chained records stay in audit_log\n`);
      } catch (e) {
        io.err(`${(e as Error).message}\n`);
        setCode(1);
      }
    });
}
