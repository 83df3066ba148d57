// Group commit: the decisions made in one turn of the event loop are recorded in one audit transaction
// (a commit costs more than the rows it writes), and each caller learns of its record only once that
// transaction has committed, so no answer leaves before its decision is in the store.
import { AuditEntryError, type AuditEntry, type AuditStore } from '../audit/index.ts';

interface Waiting {
  entry: AuditEntry;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * A function that records an entry together with the others given in the same turn of the event loop:
 * its promise resolves when the entry is committed and rejects with the store's error (all of the turn's
 * entries share the fate of their transaction, except that an entry breaking the store's contract fails alone).
 * A turn's transaction does not wait for the previous turn's to commit: the store keeps overlapping writes
 * in one chain, and a slow store does not hold back the next group.
 */
export function groupCommit(audit: AuditStore): (entry: AuditEntry) => Promise<void> {
  let waiting: Waiting[] = [];
  // Never rejects: every outcome is handed to the group's callers.
  const commit = async (): Promise<void> => {
    const group = waiting;
    waiting = [];
    try {
      await audit.appendMany(group.map((w) => w.entry));
    } catch (err) {
      // appendMany checks every entry before it writes any: one bad entry must not fail the others.
      if (err instanceof AuditEntryError && group.length > 1) for (const w of group) void appendAlone(audit, w);
      else for (const w of group) w.reject(err);
      return;
    }
    for (const w of group) w.resolve();
  };
  return (entry) =>
    new Promise<void>((resolve, reject) => {
      // setImmediate runs after the I/O callbacks of this turn, so every request read in it joins the group.
      if (waiting.length === 0) setImmediate(commit);
      waiting.push({ entry, resolve, reject });
    });
}

/** Records one entry of a group on its own; never rejects (the outcome goes to its caller). */
async function appendAlone(audit: AuditStore, w: Waiting): Promise<void> {
  try {
    await audit.append(w.entry);
    w.resolve();
  } catch (err) {
    w.reject(err);
  }
}
