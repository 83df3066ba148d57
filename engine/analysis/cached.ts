// The analyses decide the same few sample texts thousands of times (every channel, category, consent
// and vendor state): a policy whose classifier remembers what it found in each text decides them
// without classifying each one again. Decisions are the same; only the time changes.
import type { CompiledPolicy } from '../compile/index.ts';
import type { Classifier, ClassifiedMessage, Finding } from '../classify/index.ts';

/** How many texts one analysis remembers; past it, texts are classified as usual. */
const MAX_TEXTS = 4096;

const CACHED = new WeakMap<CompiledPolicy, CompiledPolicy>();

/** The policy, with a classifier that classifies each distinct message once (for the analyses only: it keeps texts). */
export function withClassificationCache(policy: CompiledPolicy): CompiledPolicy {
  let cached = CACHED.get(policy);
  if (cached === undefined) {
    const inner = policy.classifier;
    const found = new Map<string, Finding[]>();
    const classify = (m: ClassifiedMessage): Finding[] => {
      const key = `${m.language ?? ''}\u0000${m.subject ?? ''}\u0000${m.body}`;
      let findings = found.get(key);
      if (findings === undefined) {
        findings = inner.classify(m);
        if (found.size < MAX_TEXTS) found.set(key, findings);
      }
      return findings;
    };
    const classifier = new Proxy(inner, {
      get: (target, key) => {
        if (key === 'classify') return classify;
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as Classifier;
    cached = { ...policy, classifier };
    CACHED.set(policy, cached);
  }
  return cached;
}
