import type { ClientError } from '../../net/socket.js';

/** Server and validation messages are shown as plain text, never as markup. */
export function ErrorMessage({ error }: { error: ClientError | string | null }) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <p class="error-message" role="alert" data-testid="error-message">
      {message}
    </p>
  );
}
