// Decision ids: what auditors and apps rely on (format, order in time, no two alike).
import { describe, expect, it } from 'vitest';
import { ulid } from '../../engine/decide/ids.ts';

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const timeOf = (id: string): number => [...id.slice(0, 10)].reduce((t, c) => t * 32 + '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c), 0);

describe('decision ids (ULID)', () => {
  it('are 26 Crockford base32 characters whose first ten encode the time', () => {
    const at = Date.parse('2026-11-24T15:00:00.123Z');
    const id = ulid(at);
    expect(id).toMatch(CROCKFORD);
    expect(timeOf(id)).toBe(at);
  });

  it('never repeat, even thousands in one millisecond', () => {
    const at = Date.parse('2026-11-24T15:00:01Z');
    const ids = Array.from({ length: 5000 }, () => ulid(at));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => CROCKFORD.test(id) && timeOf(id) === at)).toBe(true);
  });

  it('sort in the order they were made within a millisecond, and by time across milliseconds', () => {
    const at = Date.parse('2026-11-24T15:00:02Z');
    const inOne = Array.from({ length: 1000 }, () => ulid(at));
    expect([...inOne].sort()).toEqual(inOne);
    const later = ulid(at + 1);
    expect(later > inOne[inOne.length - 1]!).toBe(true);
  });

  it('draw a fresh random part each millisecond', () => {
    const a = ulid(Date.parse('2026-11-24T15:00:03Z'));
    const b = ulid(Date.parse('2026-11-24T15:00:04Z'));
    expect(a.slice(10, 24)).not.toBe(b.slice(10, 24));
  });
});
