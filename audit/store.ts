// The audit store contract (45 CFR 164.312(b) audit controls): one record per decision, a leaf of a Merkle
// log with signed tree heads (log.ts), with the policy version that made it and no PHI. SQLite (sqlite.ts)
// and PostgreSQL (postgres.ts) implement it; both use log.ts for the tree, the heads and verification.

/** What the engine hands over for one decision. It has no field for bodies, patient ids or matched text. */
export interface AuditEntry {
  /** ULID-like id the engine generated for the decision. */
  decisionId: string;
  /** ISO 8601 timestamp of the decision, with a time zone (`Z` or `±hh:mm`). */
  time: string;
  policy: { name: string; version: string; digest: string };
  engineVersion: string;
  /** Keyed hash of the request: `requestHash(key, request)` from key.ts, never the request itself. */
  requestHash: string;
  decision: 'allow' | 'downgrade' | 'deny';
  /** Names of the rules that determined the decision. */
  rules: string[];
  /** Finding labels (no offsets, no text). */
  labels: string[];
  /** Requested channel (not PHI). */
  channel: string;
  /** Message category (not PHI). */
  category: string;
}

/** One decision as it is in the Merkle log (leaf.ts): its entry, its place, and the hash of its leaf. */
export interface AuditRecord extends AuditEntry {
  /** The log it is in: hex SHA-256 of the log's Ed25519 public key (heads.ts). */
  log: string;
  /** Its position in its log, 1, 2, 3, ... without gaps (the leaf index + 1). */
  seq: number;
  /** Hex SHA-256(0x00 || leaf), the leaf being leafText(entry) (leaf.ts). */
  leafHash: string;
  /** Only on a record migrated from the chained format (schema 1): its chain fields, unchanged (chain.ts). */
  chain?: { prevHash: string; hash: string };
}

export interface VerifyResult {
  ok: boolean;
  /** Records found intact (all records when ok; those before the first broken one otherwise). */
  checked: number;
  /** The first place where the log is not intact, and why (`log`: which log, when the store holds several). */
  firstBroken?: { seq: number; reason: string; log?: string };
  /** Signed tree heads checked (signature, and root against the leaves). */
  heads?: number;
  /** Published heads (given to verify) found in the log and consistent with its latest head. */
  published?: number;
  /** 'chained': a trail of schema 1, verified as a hash chain (migrate it with `phigate audit migrate`). */
  format?: 'merkle' | 'chained';
}

/**
 * Every method is asynchronous, so a store may sit behind a network connection (PostgreSQL); failures
 * arrive as rejections, never as synchronous throws. Calls may overlap (group commit does not wait for
 * one turn's transaction before starting the next): the store still writes one linear chain. Entries are
 * checked and copied when a write is called, so a change made to one while the write is pending is not recorded.
 */
export interface AuditStore {
  /** Records one decision. Once the promise resolves the record is committed and survives a kill of the process. */
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** Records several decisions in one transaction: all or none. */
  appendMany(entries: AuditEntry[]): Promise<AuditRecord[]>;
  /** Recomputes the whole chain in seq order; reports the first broken record. */
  verify(): Promise<VerifyResult>;
  /**
   * Records in seq order; `since` (ISO time, inclusive) keeps those whose decision time is at or after it.
   * Iterating rejects (RangeError for a bad `since`, AuditUnavailableError for a closed store).
   */
  records(options?: { since?: string }): AsyncIterable<AuditRecord>;
  /** Whether a record could be written right now (used by /readyz). Never rejects: resolves false instead. */
  healthy(): Promise<boolean>;
  /**
   * What the store knows without doing any I/O (for /readyz and /metrics): false `writable` when it knows
   * it cannot record (its file was deleted or replaced, the write-ahead log is over its bound, closed).
   * Optional: a store without it is judged by healthy() alone.
   */
  status?(): AuditStatus;
  close(): Promise<void>;
}

export interface AuditStatus {
  /** False while the store knows it cannot record; writes reject with AuditUnavailableError meanwhile. True does not promise the next write succeeds. */
  writable: boolean;
  /** Why it cannot record (file names, SQLite codes and sizes: never record contents). */
  reason?: string;
  /** Size of the write-ahead log in bytes, when the store has one. */
  walBytes?: number;
  /** The background checkpointer, when the store runs one. */
  checkpointer?: CheckpointerStatus;
}

export interface CheckpointerStatus {
  /** running: its last checkpoint worked; failing: its last one failed; restarting: it ended and starts again after a pause. */
  state: 'starting' | 'running' | 'failing' | 'restarting' | 'stopped';
  /** How many times the thread was started again after it ended or kept failing. */
  restarts: number;
  /** ISO time of its last successful checkpoint. */
  lastCheckpointAt?: string;
  /** Its last failure (an SQLite code and message). */
  lastError?: string;
}

/**
 * The store cannot record a decision (disk full, file not writable, locked, closed). Callers answer 503 and
 * never return a decision that was not recorded. The chain is not advanced when a write rejects with it.
 */
export class AuditUnavailableError extends Error {
  override readonly name = 'AuditUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The entry breaks the contract (a programming error in the caller): the write rejects with it and writes nothing. */
export class AuditEntryError extends TypeError {
  override readonly name = 'AuditEntryError';
}

/**
 * A copy of a checked entry (validateEntry), for a write that resolves later: its fields, its policy
 * and its lists copied, so a change the caller makes meanwhile is not recorded. The entry's shape is
 * known once it is checked, so this is a plain copy (structuredClone costs several times more).
 */
export function copyEntry(e: AuditEntry): AuditEntry {
  return {
    decisionId: e.decisionId,
    time: e.time,
    policy: { name: e.policy.name, version: e.policy.version, digest: e.policy.digest },
    engineVersion: e.engineVersion,
    requestHash: e.requestHash,
    decision: e.decision,
    rules: e.rules.slice(),
    labels: e.labels.slice(),
    channel: e.channel,
    category: e.category,
  };
}

/** A record as an append resolves it: the entry (copied), its log and place, its leaf hash (hex). */
export function recordOf(entry: AuditEntry, log: string, seq: number, leafHash: string): AuditRecord {
  return { log, seq, ...copyEntry(entry), leafHash };
}

export const DECISIONS = ['allow', 'downgrade', 'deny'] as const;

const MAX_TOKEN = 128;
const MAX_TEXT = 200;
const MAX_LIST = 256;
// Names and vocabulary values: no spaces, so a message fragment or matched text cannot pass as a label or rule.
const TOKEN = /^[A-Za-z0-9_][A-Za-z0-9_.:/+@-]*$/;
// Policy name/version/digest and engine version: short printable text (policy names are quoted in the grammar).
const TEXT = /^[^\p{Cc}\p{Cs}]+$/u;
const REQUEST_HASH = /^hmac-sha256:[0-9a-f]{64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function token(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.length > MAX_TOKEN || !TOKEN.test(value)) {
    throw new AuditEntryError(`audit entry: ${field} must be a name of at most ${MAX_TOKEN} letters, digits and _.:/+@- (no spaces)`);
  }
}

function text(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.length > MAX_TEXT || !TEXT.test(value)) {
    throw new AuditEntryError(`audit entry: ${field} must be a non-empty text of at most ${MAX_TEXT} printable characters`);
  }
}

/** Names found valid before: rules, labels, channels and categories repeat from decision to decision. */
const knownTokens = new Set<string>();
const KNOWN_TOKENS_MAX = 4096;

/** token() for names that repeat; a name checked once is not checked again (strings are immutable). */
function repeatedToken(value: unknown, field: string): void {
  if (knownTokens.has(value as string)) return;
  token(value, field);
  if (knownTokens.size >= KNOWN_TOKENS_MAX) knownTokens.clear();
  knownTokens.add(value as string);
}

function tokenList(value: unknown, field: string): void {
  if (!Array.isArray(value) || value.length > MAX_LIST) {
    throw new AuditEntryError(`audit entry: ${field} must be a list of at most ${MAX_LIST} names`);
  }
  for (let i = 0; i < value.length; i++) if (!knownTokens.has(value[i])) repeatedToken(value[i], `${field}[${i}]`); // the field's name only when needed
}

/** Parses an ISO time to epoch milliseconds, or NaN when it is not an ISO date-time with a zone. */
function isoTimeMs(value: string): number {
  return ISO_TIME.test(value) ? Date.parse(value) : Number.NaN;
}

/**
 * The last time and policy texts found valid. Strings are immutable and entries come many to the
 * millisecond and per policy, so an equal text need not be checked again.
 */
const lastValid: { time: string | null; texts: { name: string; version: string; digest: string; engineVersion: string } | null } = { time: null, texts: null };

/**
 * Checks an entry against the contract before anything is written. Free text has nowhere to go: every
 * name-like field must be a single token and the request must arrive as an HMAC, not as content.
 */
export function validateEntry(entry: AuditEntry): void {
  if (typeof entry !== 'object' || entry === null) throw new AuditEntryError('audit entry: expected an object');
  token(entry.decisionId, 'decisionId');
  if (entry.time !== lastValid.time) {
    if (typeof entry.time !== 'string' || Number.isNaN(isoTimeMs(entry.time))) {
      throw new AuditEntryError('audit entry: time must be an ISO 8601 date-time with a zone, such as 2026-11-24T15:00:00.000Z');
    }
    lastValid.time = entry.time;
  }
  if (typeof entry.policy !== 'object' || entry.policy === null) throw new AuditEntryError('audit entry: policy must be an object');
  const { name, version, digest } = entry.policy;
  const v = lastValid.texts;
  if (!v || name !== v.name || version !== v.version || digest !== v.digest || entry.engineVersion !== v.engineVersion) {
    text(name, 'policy.name');
    text(version, 'policy.version');
    text(digest, 'policy.digest');
    text(entry.engineVersion, 'engineVersion');
    lastValid.texts = { name, version, digest, engineVersion: entry.engineVersion };
  }
  if (typeof entry.requestHash !== 'string' || !REQUEST_HASH.test(entry.requestHash)) {
    throw new AuditEntryError("audit entry: requestHash must be 'hmac-sha256:' + 64 hex digits (use requestHash(key, request))");
  }
  if (!(DECISIONS as readonly unknown[]).includes(entry.decision)) {
    throw new AuditEntryError(`audit entry: decision must be one of ${DECISIONS.join(', ')}`);
  }
  tokenList(entry.rules, 'rules');
  tokenList(entry.labels, 'labels');
  repeatedToken(entry.channel, 'channel');
  repeatedToken(entry.category, 'category');
}
