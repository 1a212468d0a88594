import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../shared/stored-record.js';
import { approvalsNeeded, isAskedApprover } from './approvers.js';

const request = (fields: Partial<StoredRecord>) => ({ id: 'r', ...fields }) as StoredRecord;

describe('approvalsNeeded', () => {
  it('is the required count, and one when it is missing or not a count', () => {
    expect(approvalsNeeded(request({ required_approval_count: 3 }))).toBe(3);
    expect(approvalsNeeded(request({}))).toBe(1);
    expect(approvalsNeeded(request({ required_approval_count: 0 }))).toBe(1);
    expect(approvalsNeeded(request({ required_approval_count: -2 }))).toBe(1);
    expect(approvalsNeeded(request({ required_approval_count: 2.5 }))).toBe(1);
  });
});

describe('isAskedApprover', () => {
  const user = request({ id: 'u1', role_id: 'r1' });
  it('asks the users named, and the holders of the roles named', () => {
    expect(isAskedApprover(request({ user_ids: ['u1'], role_ids: [] }), user, 'u1')).toBe(true);
    expect(isAskedApprover(request({ user_ids: ['u2'], role_ids: [] }), user, 'u1')).toBe(false);
    expect(isAskedApprover(request({ user_ids: [], role_ids: ['r1'] }), user, 'u1')).toBe(true);
    expect(isAskedApprover(request({ role_ids: ['r2'] }), user, 'u1')).toBe(false);
    expect(isAskedApprover(request({ role_ids: ['r1'] }), undefined, 'u1')).toBe(false);
  });
  it('lets anyone approve a request that names nobody', () => {
    expect(isAskedApprover(request({ user_ids: [], role_ids: [] }), undefined, 'u9')).toBe(true);
    expect(isAskedApprover(request({}), undefined, 'u9')).toBe(true);
  });
});
