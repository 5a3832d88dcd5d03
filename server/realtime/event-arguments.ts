/**
 * What a socket.io listener receives is whatever the client sent: any number of arguments, with an
 * acknowledgement function last when the client asked for an answer (a function cannot travel as
 * data, so only socket.io's own ack callback is ever one). This is the one reading of them, used by
 * socket-server.ts's handler wrapper for every event (docs/protocol.md, "Client → server events").
 */

export type Ack = (result: unknown) => void;

export type EventArguments =
  /** No ack: the event is ignored (every event is request/response; there is nobody to answer). */
  | { ack: null }
  | { ack: Ack; payload: unknown }
  /** Not one payload: answered with validation/invalid-payload. */
  | { ack: Ack; problem: string };

export function readArguments(args: readonly unknown[]): EventArguments {
  const last = args.at(-1);
  if (typeof last !== 'function') return { ack: null };
  const ack = last as Ack;
  const data = args.slice(0, -1);
  if (data.length > 1) return { ack, problem: `expected one payload, got ${data.length} arguments` };
  // A missing payload reads as `{}`, which only the payload-less events' schema accepts; `null` is a
  // payload like any other and fails every schema (none of them is nullable at the top).
  return { ack, payload: data.length === 0 ? {} : data[0] };
}
