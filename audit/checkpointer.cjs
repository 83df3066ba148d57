// The audit store's background checkpointer (see sqlite.ts, `backgroundCheckpoint`): its own connection,
// on its own thread, copies the WAL into the database file every `everyMs`, so a checkpoint's writes and
// fsyncs never stall the thread that appends and answers requests. Plain JavaScript: a worker thread
// does not inherit the TypeScript loader.
//
// PASSIVE checkpoints copy what they can without waiting, but under a steady stream of writes the WAL is
// never fully copied at the moment a writer starts, so it never starts over and grows without bound. Once
// it is larger than `truncateAboveBytes` this thread runs a TRUNCATE checkpoint instead: it waits for the
// writer between two transactions, copies the rest, and empties the WAL. A failed checkpoint (a full
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

function checkpoint() {
  try {
    if (!ours()) throw Object.assign(new Error('the database file was deleted or replaced'), { code: 'MOVED' });
    const size = statSync(wal, { throwIfNoEntry: false })?.size ?? 0;
    db.pragma(`wal_checkpoint(${size > workerData.truncateAboveBytes ? 'TRUNCATE' : 'PASSIVE'})`);
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
