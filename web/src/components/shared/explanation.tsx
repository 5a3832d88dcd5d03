import { RichText } from './rich-text.js';

interface Props {
  text: string;
  /** Ids and test ids differ between the game reveal and practice feedback; the Playwright tests read both. */
  headingId: string;
  testId: string;
}

/** The "Why" box after a question: the same on the projector, the phone and in practice. */
export function Explanation({ text, headingId, testId }: Props) {
  return (
    <section class="explanation" aria-labelledby={headingId}>
      <h2 id={headingId}>Why</h2>
      <p data-testid={testId}>
        <RichText text={text} />
      </p>
    </section>
  );
}
