// Display helpers: Monite sends money in minor units and dates as ISO strings.

/** `12500, 'EUR'` as `€125.00`. */
export function formatMoney(minor: number | null | undefined, currency: string | null | undefined): string {
  if (minor === null || minor === undefined) return '—';
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency ?? 'EUR' }).format(minor / 100);
}

/** An ISO date or date-time as `25 May 2024`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A counterpart's display name, whichever kind it is. */
export function counterpartName(counterpart: {
  type: string;
  organization?: { legal_name?: string };
  individual?: { first_name?: string; last_name?: string };
}): string {
  if (counterpart.organization?.legal_name) return counterpart.organization.legal_name;
  return [counterpart.individual?.first_name, counterpart.individual?.last_name].filter(Boolean).join(' ') || '—';
}
