/** A stored resource: the response-shaped object plus whatever the caller sent. */
export type StoredRecord = Record<string, unknown> & { id: string; created_at: string; updated_at: string };
