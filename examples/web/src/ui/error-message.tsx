// What a user sees when Monite refuses something: its message, not a stack.
import type { MoniteQueryError } from '@monite-ts/react-query';

/** An alert with the error's message, or nothing. */
export function ErrorMessage({ error }: { error: MoniteQueryError | null | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {error.message}
    </p>
  );
}
