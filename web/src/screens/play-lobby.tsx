import type { PlayerView } from '../../../server/protocol/index.js';

export function PlayLobby({ view }: { view: PlayerView }) {
  return (
    <section class="card narrow center play-lobby">
      <p class="big-emoji" aria-hidden="true">
        ⎈
      </p>
      <h1>You're in!</h1>
      <p>
        Playing as <strong class="nickname">{view.me.nickname}</strong>
      </p>
      <p class="muted">Waiting for the host to start {view.setTitle}…</p>
      <p class="muted">
        {view.playerCount} {view.playerCount === 1 ? 'player' : 'players'} in the lobby
      </p>
    </section>
  );
}
