// Validation of numeric and date options. A NaN or a negative number slips
// through every comparison the client makes (`retries >= NaN` is never true),
// so bad values are refused where they enter, with the option's name.

/** The longest delay `setTimeout` honours; longer ones fire at once (Node warns, browsers say nothing). */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * A duration in milliseconds: finite, not negative (positive unless
 * `allowZero`), and short enough for a timer.
 * @throws TypeError naming the option
 */
export function checkMillis(name: string, value: unknown, allowZero = true): number {
  // Number.isFinite is false for every non-number, so the cast below is safe.
  if (!Number.isFinite(value) || (value as number) < 0 || (!allowZero && value === 0))
    throw new TypeError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number of milliseconds`);
  if ((value as number) > MAX_TIMER_MS)
    throw new TypeError(`${name} must be at most ${MAX_TIMER_MS} ms (about 24.8 days)`);
  return value as number;
}

/**
 * A count: an integer of at least `min`.
 * @throws TypeError naming the option
 */
export function checkCount(name: string, value: unknown, min: number): number {
  // Number.isSafeInteger is false for every non-number, so the casts are safe.
  if (!Number.isSafeInteger(value) || (value as number) < min)
    throw new TypeError(`${name} must be an integer of at least ${min}`);
  return value as number;
}
