/** The part of proxy-addr (express's own dependency for `req.ip`) this server uses; it ships no types. */
declare module 'proxy-addr' {
  type Trust = (address: string, hop: number) => boolean;
  interface RequestLike {
    headers: Record<string, string | string[] | undefined>;
    socket?: { remoteAddress?: string | undefined };
    connection?: { remoteAddress?: string | undefined };
  }
  /** The client address: the first untrusted hop from the peer on (undefined without a peer address). */
  function proxyaddr(req: RequestLike, trust: Trust | string | string[]): string | undefined;
  namespace proxyaddr {
    /** Throws a TypeError naming the bad entry ("invalid IP address: x", "invalid range on address: y"). */
    function compile(value: string | string[]): Trust;
    function all(req: RequestLike, trust?: Trust | string | string[]): string[];
  }
  export default proxyaddr;
}
