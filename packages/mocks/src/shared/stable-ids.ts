/**
 * Ids that are a pure function of a key, for objects Monite makes together
 * with another one (a receipt's file, a history entry): the same object
 * always gets the same id, so reads and snapshots agree without a sequence.
 */

/** A uuid-shaped id from 32 hex digits (the data sequence's `hex(32)`, or four 8-digit hash parts). */
export function uuidFromHex(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A uuid-shaped id from a key (FNV-1a over four salts). */
export function stableUuid(key: string): string {
  const part = (salt: number): string => {
    let hash = 0x811c9dc5 ^ salt;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return (hash >>> 0).toString(16).padStart(8, '0');
  };
  return uuidFromHex([0, 1, 2, 3].map(part).join(''));
}
