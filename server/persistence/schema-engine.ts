/**
 * Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm) under plain Node.
 *
 * The package is built for bundlers (`import * as wasm from "./x.wasm"`), which Node cannot do, so we
 * instantiate the .wasm ourselves and hand its exports to the JS glue, exactly like the glue would.
 * The native schema engine is not used because the Prisma CLI downloads it and this project must work
 * offline; the WASM engine talks to the database through the same driver adapter as the app.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

type Glue = typeof glue & { __wbg_set_wasm(exports: WebAssembly.Exports): void };

let loaded: Promise<typeof SchemaEngine> | undefined;

/** The glue reports Rust panics here; we keep the last message to make the thrown error readable. */
class PanicRegistry {
  message = '';
  get(): string {
    return this.message;
  }
  set_message(value: string): void {
    this.message = `RuntimeError: ${value}`;
  }
}

async function load(): Promise<typeof SchemaEngine> {
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  g.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  (glue as Glue).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine as unknown as typeof SchemaEngine;
}

/**
 * Driver errors cross the WASM boundary as "External error id#N"; the real error waits in the
 * factory's registry under that id. Returns the error with the driver's message attached.
 */
function explain(
  error: unknown,
  registry: { consumeError(id: number): { error: unknown } | undefined },
): unknown {
  if (!(error instanceof Error)) return error;
  const id = /External error id#(\d+)/.exec(error.message)?.[1];
  const cause = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (cause === undefined) return error;
  const detail = cause instanceof Error ? cause.message : JSON.stringify(cause);
  return new Error(`${error.message}\nCaused by: ${detail}`, { cause });
}

/**
 * Runs `run` with a schema engine bound to one database through a migration-aware adapter factory
 * (its shadow database is used by `diff` from a migration history), then frees the engine.
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  loaded ??= load();
  const Engine = await loaded;
  // `free()` does not close the connections the engine opened; we track and close them, or a SQLite
  // file stays locked (the next engine gets SQLITE_BUSY) and a PostgreSQL pool keeps the process alive.
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const a = await adapter;
    opened.push(a);
    return a;
  };
  const bound = bindMigrationAwareSqlAdapterFactory({
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  });
  const registry = bound.errorRegistry as unknown as Parameters<typeof explain>[1];
  let engine: SchemaEngine;
  try {
    engine = await Engine.new({ datamodels: undefined }, log, bound);
  } catch (error) {
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
    throw explain(error, registry);
  }
  try {
    return await run(engine);
  } catch (error) {
    throw explain(error, registry);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  }
}
