import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PracticeQuestionView, PracticeRunView } from '../../../server/protocol/index.js';
import { ErrorMessage } from '../components/shared/error-message.js';
import { Link } from '../components/shared/link.js';
import { PracticeFeedbackPanel } from '../components/practice/practice-feedback.js';
import { PracticeFinish } from '../components/practice/practice-finish.js';
import { PracticeProgress } from '../components/practice/practice-progress.js';
import { PracticePuzzle } from '../components/practice/practice-puzzle.js';
import { PracticeQuestion } from '../components/practice/practice-question.js';
import { forgetIdentity, loadIdentity } from '../lib/practice-identity.js';
import { runProgress } from '../lib/practice-format.js';
import { browserStore } from '../lib/seat-storage.js';
import { navigate } from '../lib/use-route.js';
import { useTitle } from '../lib/use-title.js';
import {
  answerPractice,
  commandPractice,
  fetchPracticeRun,
  hintPractice,
  nextPractice,
  reviewPractice,
  startPractice,
} from '../net/practice.js';
import type { ClientError, ClientResult } from '../net/socket.js';
import '../styles/practice.css';

interface Current {
  view: PracticeRunView;
  receivedAt: number;
}

/** A margin past the deadline before asking the server, which records the time-out on read. */
const EXPIRY_GRACE_MS = 300;

/** One practice run, held by the server: every reload simply asks for the run as it is. */
export function PracticeRunScreen({ runId }: { runId: number }) {
  useTitle('Practice');
  const identity = useMemo(() => loadIdentity(browserStore()), []);
  const [current, setCurrent] = useState<Current | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [pending, setPending] = useState(false);
  // After the last answer the learner reads its feedback before the summary; a reload goes straight to it.
  const [summaryOpen, setSummaryOpen] = useState(true);
  // A finished run has no current question; keep the last one so its feedback can show the tiles.
  const [lastQuestion, setLastQuestion] = useState<PracticeQuestionView | null>(null);
  const inFlight = useRef(false);
  const token = identity?.token ?? null;

  const run = useCallback(
    async (request: () => Promise<ClientResult<PracticeRunView>>): Promise<PracticeRunView | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setPending(true);
      setError(null);
      const res = await request();
      inFlight.current = false;
      setPending(false);
      if (!res.ok) {
        if (res.error.code === 'auth/invalid-token') forgetIdentity(browserStore());
        setError(res.error);
        return null;
      }
      setCurrent({ view: res.data, receivedAt: Date.now() });
      return res.data;
    },
    [],
  );

  useEffect(() => {
    if (token) void run(() => fetchPracticeRun(token, runId));
  }, [token, runId, run]);

  // Timed questions: once the clock runs out, re-read the run so the server records the time-out.
  const clock = current?.view.phase === 'question' ? current.view.clock : null;
  useEffect(() => {
    if (!token || !clock || !current) return;
    const wait = Math.max(0, clock.remainingMs - (Date.now() - current.receivedAt)) + EXPIRY_GRACE_MS;
    const id = setTimeout(() => void run(() => fetchPracticeRun(token, runId)), wait);
    return () => clearTimeout(id);
  }, [token, clock, current, runId, run]);

  if (!token) {
    return (
      <main id="main" class="page">
        <section class="card narrow center">
          <h1>No practice identity here</h1>
          <p class="muted">
            This run belongs to a nickname stored in another browser (or in cleared storage).
          </p>
          <Link class="button button--primary" href="/practice">
            Start practising
          </Link>
        </section>
      </main>
    );
  }

  const view = current?.view ?? null;
  const onAnswer = async (choiceIds: string[]) => {
    const q = view?.question;
    if (!q) return;
    setLastQuestion(q);
    const next = await run(() => answerPractice(token, runId, q.id, choiceIds));
    if (next?.phase === 'finished') setSummaryOpen(false);
  };
  const onNext = () => void run(() => nextPractice(token, runId));
  // Puzzle lines bypass `run`: the terminal shows their errors itself and allows one line at a time.
  const onCommand = async (line: string, files?: Record<string, string>): Promise<string | null> => {
    const res = await commandPractice(token, runId, line, files);
    if (!res.ok) return res.error.message;
    setCurrent({ view: res.data, receivedAt: Date.now() });
    if (res.data.phase === 'finished') setSummaryOpen(false);
    return null;
  };
  const onGiveUp = async () => {
    const next = await run(() => nextPractice(token, runId));
    if (next?.phase === 'finished') setSummaryOpen(false);
  };
  // The puzzle just played stays on screen (result, explanation, solution) until the learner moves on.
  const puzzleShown =
    view?.puzzle && (view.phase === 'question' || view.feedback?.questionId === view.puzzle.id)
      ? view.puzzle
      : null;
  const goTo = async (request: () => Promise<ClientResult<PracticeRunView>>) => {
    const started = await run(request);
    if (started) navigate(`/practice/run/${started.runId}`);
  };
  const onReview = () => void goTo(() => reviewPractice(token, runId));
  const onAgain = () =>
    void goTo(async () => {
      const res = await startPractice({ setId: view!.setId, timed: view!.timed }, token);
      return res.ok ? { ok: true, data: res.data.run } : res;
    });

  return (
    <main
      id="main"
      // A puzzle needs the terminal and the cluster picture side by side: give it the full page width.
      class={`page page--play practice${view?.puzzle ? ' practice--puzzle' : ''}`}
    >
      {!view ? (
        error ? (
          <RunProblem error={error} />
        ) : (
          <p class="loading">Loading your run…</p>
        )
      ) : (
        <>
          <PracticeProgress run={view} />
          {view.status === 'abandoned' && (
            <p class="notice" data-testid="practice-abandoned">
              You started a newer run, so this one was closed. <Link href="/practice">Back to practice</Link>
            </p>
          )}
          {puzzleShown && !(view.phase === 'finished' && summaryOpen) && (
            <PracticePuzzle
              key={`${view.position}:${puzzleShown.id}`}
              puzzle={puzzleShown}
              pending={pending}
              send={onCommand}
              onHint={() => void run(() => hintPractice(token, runId))}
              onGiveUp={() => void onGiveUp()}
              onNext={view.phase === 'finished' ? () => setSummaryOpen(true) : onNext}
              nextLabel={view.phase === 'finished' ? 'See my results' : 'Next'}
            />
          )}
          {view.phase === 'question' && view.question && view.status === 'active' && (
            <PracticeQuestion
              key={`${view.position}:${view.question.id}`}
              question={view.question}
              clock={view.clock}
              receivedAt={current!.receivedAt}
              pending={pending}
              label={runProgress(view).label}
              onSubmit={(ids) => void onAnswer(ids)}
            />
          )}
          {view.phase !== 'question' &&
            view.feedback &&
            !puzzleShown &&
            !(view.phase === 'finished' && summaryOpen) && (
              <>
                <PracticeFeedbackPanel
                  feedback={view.feedback}
                  question={
                    view.question ?? (lastQuestion?.id === view.feedback.questionId ? lastQuestion : null)
                  }
                />
                <div class="actions center">
                  <button
                    type="button"
                    class="button button--primary button--large"
                    data-testid="practice-next"
                    disabled={pending}
                    onClick={view.phase === 'finished' ? () => setSummaryOpen(true) : onNext}
                  >
                    {view.phase === 'finished' ? 'See my results' : 'Next question'}
                  </button>
                </div>
              </>
            )}
          {view.phase === 'finished' && view.summary && summaryOpen && (
            <PracticeFinish
              run={view}
              summary={view.summary}
              pending={pending}
              onReview={onReview}
              onAgain={onAgain}
            />
          )}
          <ErrorMessage error={error} />
        </>
      )}
    </main>
  );
}

function RunProblem({ error }: { error: ClientError }) {
  return (
    <section class="card narrow center">
      <h1>Cannot open this run</h1>
      <ErrorMessage error={error} />
      <div class="actions center">
        <Link class="button button--primary" href="/practice">
          Back to practice
        </Link>
      </div>
    </section>
  );
}
