/**
 * The simulator's own errors: failures that never reach the API server (a command line bash cannot
 * split, a label selector kubectl refuses, a node operation on something that is not there). Each has a
 * code to switch on and the message that is printed, unchanged. API failures are not here: they are
 * `ApiStatus` values (metav1.Status, errors.ts), the shape the API server sends.
 */

export type TokenizeErrorCode = 'tokenize/unclosed-single-quote' | 'tokenize/unclosed-double-quote';

export type SelectorErrorCode =
  /** A token where another was expected (`found ',', expected: identifier`). */
  | 'selector/syntax'
  /** A label key that is not a qualified name. */
  | 'selector/invalid-key'
  /** A value that is not a label value (or not an integer for `gt`/`lt`). */
  | 'selector/invalid-value';

export type NodeOpErrorCode =
  | 'node/not-found'
  /** The pod named is not on that node (or does not exist). */
  | 'node/pod-not-here'
  /** The pod shares the node's network (hostNetwork): it has no sandbox of its own to kill. */
  | 'node/no-sandbox'
  /** The node's pod CIDR is exhausted. */
  | 'node/no-free-ip';

/** A probe's source (`from`) that cannot send anything. */
export type ProbeSourceErrorCode = 'probe/node-not-found' | 'probe/pod-not-found' | 'probe/pod-no-ip';

export type SimErrorCode = TokenizeErrorCode | SelectorErrorCode | NodeOpErrorCode | ProbeSourceErrorCode;

export interface SimError<C extends SimErrorCode = SimErrorCode> {
  code: C;
  /** The text printed for it (what bash or kubectl says), without a trailing newline. */
  message: string;
}

export type TokenizeError = SimError<TokenizeErrorCode>;
export type SelectorParseError = SimError<SelectorErrorCode>;
export type NodeOpError = SimError<NodeOpErrorCode>;
export type ProbeSourceError = SimError<ProbeSourceErrorCode>;

export const simError = <C extends SimErrorCode>(code: C, message: string): SimError<C> => ({
  code,
  message,
});
