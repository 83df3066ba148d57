// The audit store's background checkpointer (see sqlite.ts, `backgroundCheckpoint`): its own connection,
// on its own thread, copies the WAL into the database file every `everyMs`, so a checkpoint's writes and
// fsyncs never stall the thread that appends and answers requests. Plain JavaScript: a worker thread
// does not inherit the TypeScript loader.
//
// PASSIVE checkpoints copy what they can without waiting, but under a steady stream of writes one pass is
// never done at the moment a writer starts, so the WAL never starts over and grows without bound. So each
// tick chases the WAL's tail with further short passes until one falls between two commits (chase()).
// Should the WAL still pass `truncateAboveBytes` this thread runs a TRUNCATE checkpoint instead: it waits
// for the writer between two transactions, copies the rest, and empties the WAL. A failed checkpoint (a full
// disk) is reported to the store and tried again on the next tick; the store restarts the thread when
// failures go on, and when it ends.
'use strict';
const { statSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);

// Only the store's own file, never a file someone put at the path after it was deleted: opening by path
// would otherwise create one, or checkpoint into a stranger's.
const { file, expect } = workerData;
const ours = () => {
  const s = statSync(file, { throwIfNoEntry: false });
  return s !== undefined && s.dev === expect.dev && s.ino === expect.ino;
};
if (!ours()) throw new Error(`${file} is not the file the audit store has open`);
const db = new Database(file, { timeout: workerData.busyTimeoutMs, fileMustExist: true });
if (!ours()) {
  db.close();
  throw new Error(`${file} is not the file the audit store has open`);
}
db.pragma(`synchronous = ${workerData.synchronous}`);
db.pragma(`journal_size_limit = ${workerData.truncateAboveBytes}`);
const wal = `${file}-wal`;

/** Passes of a PASSIVE checkpoint chasing the WAL's tail after the first one, and the time they may take. */
const CHASE_PASSES = 16;
const CHASE_MS = 40;

/**
 * PASSIVE checkpoints until one finds the WAL wholly copied: [busy, frames in the WAL, frames copied].
 * The writer starts the WAL over (from its first frame, taking no lock it waits for) when its transaction
 * begins after every frame was copied; under a steady stream of commits the one pass every `everyMs`
 * never ends between two commits, the WAL grows to `truncateAboveBytes`, and the TRUNCATE checkpoint
 * then holds the write lock for the copy, an fsync and the truncation, tens of milliseconds that every
 * commit (and the event loop of the thread that makes it) waits out. Each later pass copies only what
 * was committed during the one before, so it is short and soon falls between two commits. Returns the
 * last pass's frame counts.
 */
function chase() {
  const pass = () => db.pragma('wal_checkpoint(PASSIVE)', { simple: false })[0];
  let r = pass();
  const until = Date.now() + CHASE_MS;
  for (let i = 0; i < CHASE_PASSES && r.log > 0 && Date.now() < until; i++) {
    const next = pass();
    // Nothing was committed since the last pass, and all of it is copied: the next commit starts the WAL over.
    if (next.log === r.log && next.checkpointed === next.log) return next;
    r = next;
  }
  return r;
}

function checkpoint() {
  try {
    if (!ours()) throw Object.assign(new Error('the database file was deleted or replaced'), { code: 'MOVED' });
    const size = statSync(wal, { throwIfNoEntry: false })?.size ?? 0;
    if (size > workerData.truncateAboveBytes) db.pragma('wal_checkpoint(TRUNCATE)');
    else chase();
    parentPort.postMessage({ type: 'checkpoint', ok: true });
  } catch (err) {
    parentPort.postMessage({ type: 'checkpoint', ok: false, error: `${err.code || err.name}: ${err.message}` });
  }
}

const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage({ type: 'ready' });
