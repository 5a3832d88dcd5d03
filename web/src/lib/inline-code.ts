/**
 * Scenario text marks code with backticks (`targetPort`). Splitting into segments lets components render
 * <code> elements as plain text nodes: no markup from content ever reaches innerHTML.
 */
export interface TextSegment {
  text: string;
  code: boolean;
}

export function inlineCodeSegments(text: string): TextSegment[] {
  const parts = text.split('`');
  // An odd number of backticks means the last one is unmatched: keep it literally.
  if (parts.length % 2 === 0) return [{ text, code: false }];
  return parts.map((part, i) => ({ text: part, code: i % 2 === 1 })).filter((s) => s.text.length > 0);
}

/** The text as read aloud or shown where markup is impossible (aria-label, title): markers removed. */
export function plainText(text: string): string {
  return inlineCodeSegments(text)
    .map((s) => s.text)
    .join('');
}
