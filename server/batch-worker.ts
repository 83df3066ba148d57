// A batch worker thread (batch-pool.ts): decides its share of a batch with the same code as the main
// thread (decideBatchItem), checks each audit entry, and builds and hashes its leaf, so the main thread
// only commits the leaves and writes the answer. It loads the bundle itself, by directory, and decides
// only under the policy whose digest it was asked for.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareLeaf, requestHasher, validateEntry } from '../audit/index.ts';
import { canonicalRequestJson, loadBundle, type CompiledPolicy } from '../engine/index.ts';
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

function run(task: BatchTask, policy: CompiledPolicy): BatchTaskResult {
  const ctx = { hashRequest, now: () => task.nowMs };
  const items: string[] = [];
  const texts: string[] = [];
  const ids: string[] = [];
  const outcomes: [string, string[]][] = [];
  const hashes = new Uint8Array(32 * task.inputs.length);
  task.inputs.forEach((input, i) => {
    const { result, entry } = decideBatchItem(ctx, policy, input, task.offset + i);
    items.push(batchItemJson(result));
    if (!entry || 'error' in result) return;
    validateEntry(entry);
    const leaf = prepareLeaf(entry);
    hashes.set(leaf.hash, 32 * texts.length);
    texts.push(leaf.text);
    ids.push(leaf.decisionId);
    outcomes.push([result.decision, entry.rules]);
  });
  return { id: task.id, ok: true, items, texts, ids, hashes: hashes.buffer.slice(0, 32 * texts.length), outcomes };
}

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
      parentPort!.postMessage(result, result.ok ? [result.hashes] : []);
    },
    () => parentPort!.postMessage({ id: task.id, ok: false, reason: 'policy' } satisfies BatchTaskResult),
  );
});
parentPort!.postMessage({ ready: true });
