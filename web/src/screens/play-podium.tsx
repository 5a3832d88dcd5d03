import { Link } from '../components/shared/link.js';
import { MyStanding } from '../components/game/my-standing.js';
import { Podium } from '../components/game/podium.js';
import { RankingTable } from '../components/game/ranking-table.js';
import type { PlayerView } from '../../../server/protocol/index.js';

export function PlayPodium({ view }: { view: PlayerView }) {
  const ranking = view.ranking ?? [];
  return (
    <section class="play-podium" aria-labelledby="podium-title">
      <h1 id="podium-title" class="screen-title">
        {view.endedEarly ? 'Game ended early' : 'Final results'}
      </h1>
      {ranking.length > 0 && <Podium ranking={ranking} />}
      <MyStanding view={view} />
      {ranking.length > 0 && (
        <RankingTable entries={ranking} meId={view.me.playerId} caption="Full ranking" />
      )}
      <div class="actions center">
        <Link class="button" href="/">
          Back to the start page
        </Link>
      </div>
    </section>
  );
}
