/** Runs one socket action at a time from a screen and keeps its error for inline display. */
import { useCallback, useState } from 'preact/hooks';
import type { AckData, ClientEventName, ClientPayload } from '../../../server/protocol/index.js';
import type { ClientError, ClientResult } from './socket.js';

type Act = <E extends ClientEventName>(
  event: E,
  payload: ClientPayload<E>,
) => Promise<ClientResult<AckData[E]>>;

export interface ActionRunner {
  run: <E extends ClientEventName>(event: E, payload: ClientPayload<E>) => Promise<ClientResult<AckData[E]>>;
  pending: ClientEventName | null;
  error: ClientError | null;
  clearError: () => void;
}

export function useAction(act: Act): ActionRunner {
  const [pending, setPending] = useState<ClientEventName | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const run = useCallback(
    async <E extends ClientEventName>(event: E, payload: ClientPayload<E>) => {
      setPending(event);
      setError(null);
      const res = await act(event, payload);
      setPending(null);
      if (!res.ok) setError(res.error);
      return res;
    },
    [act],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
