// Talking to the decision service. The API key lives in sessionStorage only: it is gone when the
// tab closes, and nothing else the officer types (message text, consents) is stored at all.
import type { PlaygroundBundle, PlaygroundRequest, PlaygroundResult } from '../../server/index.ts';

const KEY_ITEM = 'phigate.apiKey';

export const storedKey = (): string | null => sessionStorage.getItem(KEY_ITEM);
export const storeKey = (key: string): void => sessionStorage.setItem(KEY_ITEM, key);
export const forgetKey = (): void => sessionStorage.removeItem(KEY_ITEM);

/** An error answer from the service, with its stable code and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

async function call<T>(path: string, key: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'UNREACHABLE', 'The phigate service does not answer. Is `phigate serve` still running?');
  }
  const json = (await res.json().catch(() => ({}))) as { code?: string; message?: string; issues?: { path: string; message: string }[] };
  if (!res.ok) throw new ApiError(res.status, json.code ?? 'ERROR', json.message ?? `The service answered ${res.status}`, json.issues);
  return json as T;
}

export const fetchBundle = (key: string): Promise<PlaygroundBundle> => call('/v1/playground/bundle', key);
export const decideDraft = (key: string, body: PlaygroundRequest): Promise<PlaygroundResult> => call('/v1/playground/decide', key, body);
