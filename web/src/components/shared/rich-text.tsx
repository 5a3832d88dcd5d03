import { inlineCodeSegments } from '../../lib/inline-code.js';

/** Scenario text with `code` spans rendered as <code>; everything stays a text node. */
export function RichText({ text }: { text: string }) {
  return <>{inlineCodeSegments(text).map((s, i) => (s.code ? <code key={i}>{s.text}</code> : s.text))}</>;
}
