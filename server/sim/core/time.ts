/** RFC 3339 with second precision and `Z`, the way the API server serialises metav1.Time. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export const DEFAULT_START = Date.UTC(2025, 0, 1, 0, 0, 0);
