/**
 * Practice puzzles over HTTP (real server, temp SQLite): terminal lines, hints, giving up.
 * Set: scenarios/91-e2e-puzzle.yaml (one puzzle round, selector-mismatch).
 */
import { describe, expect, it } from 'vitest';
import type { PracticeRunView, StartPracticeResponse } from '../protocol/practice.js';
import type { Result } from '../protocol/result.js';
import { ManualClock } from '../common/clock.js';
import { useTestServer } from './test-server.js';

const clock = new ManualClock(Date.UTC(2026, 10, 25, 9, 0, 0));
const ctx = useTestServer(clock, 'practice-puzzle', { ENABLE_TEST_SETS: '1' });

async function call<T>(route: string, opts: { token?: string; body?: unknown } = {}) {
  const res = await fetch(`${ctx.server.url}${route}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body: JSON.stringify(opts.body ?? {}),
  });
  return { status: res.status, json: (await res.json()) as Result<T> };
}

function data<T>(r: { json: Result<T> }): T {
  if (!r.json.ok) throw new Error(`${r.json.error.code}: ${r.json.error.message}`);
  return r.json.data;
}

async function begin(nickname: string) {
  const started = data(
    await call<StartPracticeResponse>('/api/practice/runs', { body: { setId: 'e2e-puzzle', nickname } }),
  );
  return { token: started.token!, run: started.run };
}

const command = (token: string, run: PracticeRunView, line: string) =>
  call<PracticeRunView>(`/api/practice/runs/${run.runId}/commands`, { token, body: { line } });

describe('practice puzzles over HTTP', () => {
  it('runs lines on the learner cluster, counts hints, and gives up with next', async () => {
    const { token, run } = await begin('puzzler');
    expect(run.question).toBeNull();
    expect(run.puzzle).toMatchObject({ kind: 'puzzle', id: 'selector-mismatch', solution: null });
    expect(run.puzzle!.goals.length).toBeGreaterThan(0);

    const ran = data(await command(token, run, 'kubectl get svc'));
    expect(ran.puzzle?.terminal).toHaveLength(1);
    expect(ran.puzzle?.terminal[0]).toMatchObject({ seq: 1, line: 'kubectl get svc', exitCode: 0 });
    expect(ran.puzzle?.terminal[0]?.output).toContain('ClusterIP');

    const tooLong = await command(token, run, `kubectl get ${'x'.repeat(2000)}`);
    expect(tooLong).toMatchObject({
      status: 400,
      json: { ok: false, error: { code: 'validation/invalid-payload' } },
    });
    const anonymous = await call(`/api/practice/runs/${run.runId}/commands`, {
      body: { line: 'kubectl get pods' },
    });
    expect(anonymous.status).toBe(401);

    const hinted = data(await call<PracticeRunView>(`/api/practice/runs/${run.runId}/hints`, { token }));
    expect(hinted.puzzle?.hints).toHaveLength(1);
    expect(hinted.puzzle?.hints[0]?.text.length).toBeGreaterThan(0);

    const gaveUp = data(await call<PracticeRunView>(`/api/practice/runs/${run.runId}/next`, { token }));
    expect(gaveUp.phase).toBe('finished');
    expect(gaveUp.score).toBe(0);
    expect(gaveUp.summary).toMatchObject({ score: 0, hintsUsed: 1, correctCount: 0, questionCount: 1 });
    expect(gaveUp.puzzle).toMatchObject({ gaveUp: true, solved: false });
    expect(gaveUp.puzzle?.solution?.length).toBeGreaterThan(0);
    expect(gaveUp.puzzle?.explanation).toBeTruthy();

    const after = await command(token, gaveUp, 'kubectl get pods');
    expect(after).toMatchObject({ status: 409, json: { ok: false, error: { code: 'practice/finished' } } });
  });

  it('rate-limits terminal lines per token', async () => {
    const { token, run } = await begin('rapid');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await command(token, run, 'kubectl get pods')).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
