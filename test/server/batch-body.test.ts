// A large batch body is read on the main thread only as far as its outline; its items are parsed on the
// batch workers. The answers must be the ones a body parsed whole gets: the same items for the same
// text, and the same error for a body that is not valid JSON or has a key twice, wherever that is.
import { describe, expect, it, vi } from 'vitest';
import { openSqliteAuditStore } from '../../audit/index.ts';
import { MIN_WORKER_BATCH } from '../../server/batch-pool.ts';
import { scanBatch } from '../../server/batch-body.ts';
import { parseJsonBody } from '../../server/strict-json.ts';
import { closeLater, tempDir } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { AS_CLIENT, post, service } from './helpers.ts';

const items = (text: string): string[] | undefined => {
  const raw = scanBatch(Buffer.from(text));
  return raw && Array.from(raw.starts, (start, i) => text.slice(start, raw.ends[i]));
};

describe('the outline of a batch body', () => {
  it('gives each item its own text, whatever its strings, brackets and spaces hold', () => {
    expect(items('{"requests":[]}')).toEqual([]);
    expect(items(' {\n "requests" :\t[ ] } ')).toEqual([]);
    expect(items('{"requests":[{"a":"x,]}\\"y"}, [1,{"b":[2]}] , "s\\\\",null]}')).toEqual(['{"a":"x,]}\\"y"}', ' [1,{"b":[2]}] ', ' "s\\\\"', 'null']);
  });

  it('leaves every other body to be parsed whole', () => {
    for (const text of ['', '[]', '{"requests":[1]', '{"requests":[1]} x', '{"requests":[1],"b":2}', '{"b":2,"requests":[1]}', '{"requ\\u0065sts":[1]}', '{"requests":[}]}', '{"requests":{}}', '{"requests":["a]}']) {
      expect(items(text)).toBeUndefined();
    }
  });

  it('splits a text into items that are valid JSON exactly when the whole text is', () => {
    // Broken items still split; the workers' strict reading of each finds them.
    expect(items('{"requests":[1,]}')).toEqual(['1', '']);
    expect(items('{"requests":[{"a":[1}]]}')).toEqual(['{"a":[1}]']);
  });
});

describe('a large batch with a bad item', () => {
  const big = (bad: string): string => `{"requests":[${Array.from({ length: MIN_WORKER_BATCH * 2 }, (_, i) => (i === 70 ? bad : JSON.stringify(request()))).join(',')}]}`;
  const asJson = { ...AS_CLIENT, 'content-type': 'application/json' };

  it('is answered with the error of the body parsed whole, and nothing is recorded', async () => {
    const audit = closeLater(openSqliteAuditStore(tempDir()));
    const prepared = vi.spyOn(audit, 'appendPrepared');
    const many = vi.spyOn(audit, 'appendMany');
    const { app } = await service({ audit });
    for (const bad of ['{"channel":"sms",}', '', '{"channel":"sms","channel":"email"}', '{"message":{"__proto__":{}}}']) {
      const text = big(bad);
      const expected = (() => {
        try {
          parseJsonBody(text);
        } catch (e) {
          return e as { statusCode: number; code: string; message: string };
        }
        throw new Error('the body parses');
      })();
      const res = await post(app, '/v1/decide/batch', text, asJson);
      expect(res.statusCode).toBe(expected.statusCode);
      expect(res.json()).toMatchObject({ code: expected.code, message: expected.message });
    }
    expect(prepared).not.toHaveBeenCalled();
    expect(many).not.toHaveBeenCalled();
  }, 120_000);

  it('too large and not valid JSON: answered as not valid JSON', async () => {
    const { app } = await service({ maxBatch: MIN_WORKER_BATCH });
    const res = await post(app, '/v1/decide/batch', big('{'), asJson);
    expect(res.json()).toMatchObject({ code: 'INVALID_JSON' });
    expect((await post(app, '/v1/decide/batch', big('{}'), asJson)).json()).toMatchObject({ code: 'BATCH_TOO_LARGE' });
  }, 120_000);
});
