/**
 * Recognizes constraint violations in Prisma errors, for both driver adapters.
 * SQLite names the violated columns (`constraint.fields`), PostgreSQL the index
 * (`constraint.index`), so callers match on a text that contains either.
 */

interface AdapterCause {
  kind?: string;
  constraint?: { fields?: string[]; index?: string };
}

function prismaCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * For a unique-constraint violation (Prisma P2002): the violated columns (SQLite) or index name
 * (PostgreSQL), e.g. "game_id,nickname_key" or "players_game_id_nickname_key_key". Else null.
 */
export function uniqueViolation(error: unknown): string | null {
  if (prismaCode(error) !== 'P2002') return null;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause }; target?: unknown } }).meta;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  const target = Array.isArray(meta?.target) ? meta.target.join(',') : meta?.target;
  return constraint?.fields?.join(',') ?? constraint?.index ?? (typeof target === 'string' ? target : '');
}

/** A foreign key pointed at a row that does not exist (Prisma P2003). */
export const isForeignKeyViolation = (error: unknown): boolean => prismaCode(error) === 'P2003';

/** An update or delete found no row to change (Prisma P2025). */
export const isRecordNotFound = (error: unknown): boolean => prismaCode(error) === 'P2025';
