import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../shared/stored-record.js';
import { inForce } from './processes.js';

const NOW = Date.parse('2024-05-25T08:00:00Z');
const policy = (fields: Partial<StoredRecord>) => ({ id: 'p', status: 'active', ...fields }) as StoredRecord;

describe('inForce', () => {
  it('holds an active policy without a window', () => {
    expect(inForce(policy({}), NOW)).toBe(true);
  });

  it('holds no policy that is not active', () => {
    expect(inForce(policy({ status: 'pending' }), NOW)).toBe(false);
    expect(inForce(policy({ status: 'deleted' }), NOW)).toBe(false);
  });

  it('starts at starts_at, inclusive', () => {
    expect(inForce(policy({ starts_at: '2024-05-25T08:00:00Z' }), NOW)).toBe(true);
    expect(inForce(policy({ starts_at: '2024-05-25T08:00:01Z' }), NOW)).toBe(false);
  });

  it('ends at ends_at, exclusive', () => {
    expect(inForce(policy({ ends_at: '2024-05-25T08:00:01Z' }), NOW)).toBe(true);
    expect(inForce(policy({ ends_at: '2024-05-25T08:00:00Z' }), NOW)).toBe(false);
  });
});
