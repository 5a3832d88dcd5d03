/**
 * Imported first by main.tsx, before any schema is built: zod compiles object parsers with
 * `new Function` and probes for it once, but the server's Content-Security-Policy forbids eval
 * (script-src 'self', server/http/security.ts), and the browser reports even the caught probe as a
 * violation. Jitless parsing needs neither, and the client's payloads are small.
 */
import { config } from 'zod';

config({ jitless: true });
