/**
 * Receivables: invoices, quotes and credit notes, from draft to paid,
 * overdue, accepted or expired (see `rules.ts` for the workflow, `time.ts`
 * for what the clock does, `search.ts` for searches).
 */
import type { DomainModule } from '../module.js';
import { creditNoteRefusal } from './credit-notes.js';
import { RECEIVABLES, receivableRules } from './rules.js';
import { receivableSearches } from './search.js';
import { receivablesOnClock } from './time.js';

/** The receivables module. */
export const receivables: DomainModule = {
  name: 'receivables',
  collections: [receivableRules],
  endpoints: [...receivableSearches, creditNoteRefusal(RECEIVABLES)],
  clock: receivablesOnClock(RECEIVABLES),
};
