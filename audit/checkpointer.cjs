// The audit store's background checkpointer (see sqlite.ts, `backgroundCheckpoint`): its own connection,
// on its own thread, copies the WAL into the database file every `everyMs`, so a checkpoint's writes and
// fsyncs never stall the thread that appends and answers requests. Plain JavaScript: a worker thread
// does not inherit the TypeScript loader. Any failure ends the thread; the store then checkpoints itself.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);

const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
db.pragma(`synchronous = ${workerData.synchronous}`);
// PASSIVE: copy what can be copied without waiting for the writer or readers.
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage('ready');
