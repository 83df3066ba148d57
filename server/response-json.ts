// The JSON text of decision responses. Most of a response's bytes are parts that decisions share: the
// policy's identity and the reasons of an outcome, frozen objects (engine/decide.ts). Their text is
// written once and remembered; the rest goes through JSON.stringify. The result is the same text as
// JSON.stringify(response) (tested), so callers cannot tell the difference.
import { jsonString, type DecisionResponse } from '../engine/index.ts';
import type { BatchResult } from './decisions.ts';

/** Text of deeply frozen shared parts. Freezing is for good, so the text cannot go stale. */
const sharedText = new WeakMap<object, string>();

const deeplyFrozen = (x: object): boolean => Object.isFrozen(x) && Object.values(x).every((v) => typeof v !== 'object' || v === null || deeplyFrozen(v));

function sharedJson(part: object): string {
  let text = sharedText.get(part);
  if (text !== undefined) return text;
  text = JSON.stringify(part);
  if (deeplyFrozen(part)) sharedText.set(part, text);
  return text;
}

/** The keys of a response as the engine builds it, in order; any other shape is written by JSON.stringify. */
const KEYS = ['decision', 'decisionId', 'policy', 'reasons', 'findings', 'actions'];
const KEYS_WITH_MESSAGE_ID = ['decision', 'decisionId', 'messageId', 'policy', 'reasons', 'findings', 'actions'];

/**
 * Whether `r` has exactly the engine's keys, in its order (a message id only as a string). for…in sees
 * the own keys in Object.keys's order and any enumerable inherited ones (then it is not the shape):
 * ~20 ns a response, where Object.keys(r).join(',') compared as text cost ~250 ns.
 */
function engineShaped(r: DecisionResponse): boolean {
  const keys = r.messageId === undefined ? KEYS : KEYS_WITH_MESSAGE_ID;
  let i = 0;
  for (const key in r) if (key !== keys[i++]) return false;
  return i === keys.length && (keys === KEYS || typeof r.messageId === 'string');
}

/** JSON.stringify(response), writing the shared parts from memory. */
export function decisionJson(r: DecisionResponse): string {
  if (!engineShaped(r)) return JSON.stringify(r);
  const messageId = r.messageId === undefined ? '' : `,"messageId":${jsonString(r.messageId)}`;
  return `{"decision":${jsonString(r.decision)},"decisionId":${jsonString(r.decisionId)}${messageId},"policy":${sharedJson(r.policy)},"reasons":${sharedJson(r.reasons)},"findings":${JSON.stringify(r.findings)},"actions":${JSON.stringify(r.actions)}}`;
}

/** JSON.stringify of one item of a batch answer: a decision through decisionJson, an error as it is. */
export const batchItemJson = (r: BatchResult): string => ('error' in r ? JSON.stringify(r) : decisionJson(r));

/** JSON.stringify of a batch answer, each decision through decisionJson. */
export function batchJson(answer: { results: BatchResult[] }): string {
  let out = '{"results":[';
  answer.results.forEach((r, i) => {
    out += `${i === 0 ? '' : ','}${batchItemJson(r)}`;
  });
  return `${out}]}`;
}
