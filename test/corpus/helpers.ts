// The default bundle and the corpus decided with it, shared by the corpus tests.
import { fileURLToPath } from 'node:url';
import { decide, loadBundle, type Action, type CompiledPolicy, type DecisionRequest, type DecisionResponse } from '../../engine/index.ts';
import { CORPUS, type CorpusMessage } from './messages.ts';

const loaded = await loadBundle(fileURLToPath(new URL('../../policies', import.meta.url)));
if (!loaded.ok) throw new Error(`the default bundle does not load: ${loaded.diagnostics.map((d) => `${d.span.file}:${d.span.line} ${d.message}`).join('; ')}`);
export const policy: CompiledPolicy = loaded.value;

/** Decide one request, validating it against the contract first (a corpus entry must be a valid request). */
export function decided(request: DecisionRequest): DecisionResponse {
  const r = decide(policy, request);
  if (!r.ok) throw new Error(r.error.message);
  return r.response;
}

const byId = new Map(CORPUS.map((m) => [m.id, m]));

/** The corpus message with this id. */
export function corpusMessage(id: string): CorpusMessage {
  const m = byId.get(id);
  if (!m) throw new Error(`no corpus message has the id ${id}`);
  return m;
}

/**
 * An action of a decision turned back into a request: the same patient and time, the same sender,
 * except that portal sends go through the bundle's `portal_vendor` (as engine/actions.ts does).
 */
export function requestOfAction(original: DecisionRequest, action: Action): DecisionRequest {
  const portalVendor = policy.settings.portal_vendor;
  const sender = action.channel === 'portal' && portalVendor !== undefined ? { kind: 'platform' as const, vendor: portalVendor } : original.sender;
  const message = { category: action.category, body: action.body, ...(action.subject === undefined ? {} : { subject: action.subject }) };
  return { ...original, channel: action.channel as DecisionRequest['channel'], sender, message: message as DecisionRequest['message'] };
}
