/** Approvals: approval requests (waiting, then approved, rejected or canceled), policies and their processes. */
import type { DomainModule } from './module.js';

const POLICIES = '/approval_policies';

/** The approvals module. */
export const approvals: DomainModule = {
  name: 'approvals',
  collections: [
    {
      collection: '/approval_requests',
      events: {
        objectType: 'approval_request',
        actions: { approve: 'approved', reject: 'rejected', cancel: 'canceled' },
      },
      initialStatus: 'waiting',
      moves: {
        approve: { from: ['waiting'], to: 'approved' },
        reject: { from: ['waiting'], to: 'rejected' },
        cancel: { from: ['waiting'], to: 'canceled' },
      },
    },
    { collection: POLICIES, events: { objectType: 'approval_policy' } },
    { collection: `${POLICIES}/{approval_policy_id}/processes`, events: { objectType: 'approval_policy_process' } },
  ],
};
