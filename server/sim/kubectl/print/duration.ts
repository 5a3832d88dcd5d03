/** duration.HumanDuration from k8s.io/apimachinery: the AGE column and describe's "Age". */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const years = Math.floor(hours / 24 / 365);
  if (hours < 24 * 365 * 8) {
    const dy = Math.floor(hours / 24) % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/** Age of an object from its RFC 3339 creationTimestamp; `<unknown>` when unset. */
const parsed = new Map<string, number>();

export function age(creationTimestamp: string | null | undefined, now: number): string {
  if (!creationTimestamp) return '<unknown>';
  // Many objects share a timestamp (a Deployment's pods); Date.parse dominates big tables otherwise.
  let t = parsed.get(creationTimestamp);
  if (t === undefined) {
    t = Date.parse(creationTimestamp);
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(creationTimestamp, t);
  }
  return Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
}
