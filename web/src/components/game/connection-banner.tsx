import type { ConnectionStatus } from '../../net/use-game-session.js';

export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  if (status === 'connected') return null;
  return (
    <p class="banner" role="status" data-testid="connection-status">
      {status === 'connecting' ? 'Connecting…' : 'Connection lost. Reconnecting…'}
    </p>
  );
}
