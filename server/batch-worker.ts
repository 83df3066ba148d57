// A batch worker thread (batch-pool.ts): decides its share of a batch with the same code as the main
// thread (decideBatchItem), checks each audit entry, and builds and hashes its leaf, so the main thread
// only commits the leaves and writes the answer, both as the bytes made here. It loads the bundle
// itself, by directory, and decides only under the policy whose digest it was asked for.
import { parentPort, workerData } from 'node:worker_threads';
import { LeafBatchBuilder, leafText, requestHasher, Utf8Bytes, validateEntry } from '../audit/index.ts';
import { canonicalRequestJson, loadBundle, parseStrictJson, prepareIndexes, type CompiledPolicy } from '../engine/index.ts';
import { decideBatchItem } from './decisions.ts';
import type { BatchTask, BatchTaskResult } from './batch-pool.ts';
import { batchItemJson } from './response-json.ts';

const { auditKey } = workerData as { auditKey: Uint8Array };
const hashRequest = requestHasher(Buffer.from(auditKey), canonicalRequestJson);
const policies = new Map<string, CompiledPolicy>();

async function policyFor(dir: string, digest: string): Promise<CompiledPolicy | undefined> {
  const known = policies.get(dir);
  if (known?.digest === digest) return known;
  const loaded = await loadBundle(dir);
  if (!loaded.ok) return undefined;
  loaded.value.classifier.classifyText(''); // compile the vocabulary now, not in the first decision
  policies.set(dir, loaded.value);
  return loaded.value.digest === digest ? loaded.value : undefined;
}

const COMMA = 0x2c;

/** Reads and decides the task's items; 'body' when one of them is not valid JSON or has a key twice. */
function run(task: BatchTask, policy: CompiledPolicy): BatchTaskResult {
  const ctx = { hashRequest, now: () => task.nowMs };
  const count = task.starts.length;
  const answer = new Utf8Bytes(count * 1024);
  const leaves = new LeafBatchBuilder(count);
  const outcomes = new Map<string, [string, string[], number]>();
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  for (let i = 0; i < count; i++) {
    const read = parseStrictJson(bytes.toString('utf8', task.starts[i], task.ends[i]));
    if (!read.ok) return { id: task.id, ok: false, reason: 'body' };
    const { result, entry } = decideBatchItem(ctx, policy, read.value, task.offset + i);
    if (i > 0) answer.byte(COMMA);
    answer.text(batchItemJson(result));
    if (!entry || 'error' in result) continue;
    validateEntry(entry);
    leaves.add(leafText(entry), entry.decisionId);
    const key = `${result.decision} ${entry.rules.join(' ')}`;
    const seen = outcomes.get(key);
    if (seen) seen[2]++;
    else outcomes.set(key, [result.decision, entry.rules, 1]);
  }
  return { id: task.id, ok: true, answer: answer.done(), leaves: leaves.done(), outcomes: [...outcomes.values()] };
}

/** The buffers of a result, handed over to the main thread instead of copied. */
const transfers = (r: Extract<BatchTaskResult, { ok: true }>): ArrayBuffer[] =>
  [r.answer, r.leaves.texts, r.leaves.textEnds, r.leaves.ids, r.leaves.idEnds, r.leaves.hashes].map((a) => a.buffer as ArrayBuffer);

parentPort!.on('message', (task: BatchTask) => {
  void policyFor(task.dir, task.digest).then(
    (policy) => {
      if (!policy) {
        parentPort!.postMessage({ id: task.id, ok: false, reason: 'policy' } satisfies BatchTaskResult);
        return;
      }
      let result: BatchTaskResult;
      try {
        result = run(task, policy);
      } catch (err) {
        // The main thread decides the batch itself; the fault's text may quote a request, so it stays here.
        result = { id: task.id, ok: false, reason: 'error', error: (err as Error).name };
      }
      parentPort!.postMessage(result, result.ok ? transfers(result) : []);
    },
    () => parentPort!.postMessage({ id: task.id, ok: false, reason: 'policy' } satisfies BatchTaskResult),
  );
});
prepareIndexes(); // the classifier's lazy tables, before the first batch needs them
parentPort!.postMessage({ ready: true });
