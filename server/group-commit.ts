// Group commit: the decisions made in one turn of the event loop are recorded in one audit transaction
// (a SQLite commit costs more than the rows it writes), and each caller learns of its record only once
// that transaction has committed, so no answer leaves before its decision is in the store.
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
 */
export function groupCommit(audit: AuditStore): (entry: AuditEntry) => Promise<void> {
  let waiting: Waiting[] = [];
  const commit = (): void => {
    const group = waiting;
    waiting = [];
    try {
      audit.appendMany(group.map((w) => w.entry));
      for (const w of group) w.resolve();
    } catch (err) {
      // appendMany checks every entry before it writes any: one bad entry must not fail the others.
      if (err instanceof AuditEntryError && group.length > 1) for (const w of group) appendAlone(audit, w);
      else for (const w of group) w.reject(err);
    }
  };
  return (entry) =>
    new Promise<void>((resolve, reject) => {
      // setImmediate runs after the I/O callbacks of this turn, so every request read in it joins the group.
      if (waiting.length === 0) setImmediate(commit);
      waiting.push({ entry, resolve, reject });
    });
}

function appendAlone(audit: AuditStore, w: Waiting): void {
  try {
    audit.append(w.entry);
    w.resolve();
  } catch (err) {
    w.reject(err);
  }
}
