/**
 * The simulated cluster's kubectl front end.
 *
 *   const r = runKubectl(cluster, 'kubectl get svc web -o wide', { files: { 'web.yaml': text } });
 *   // r = { stdout, stderr, exitCode }, with kubectl's exact formats and messages
 *
 * Lines start with `kubectl` (or `k`); `node ...` lines are node-level commands for the stale-rule
 * story (see cmd/node.ts). Anything else answers like bash (`command not found`).
 */
export { runKubectl } from './dispatch.js';
export type { KubectlResult, RunOptions } from './context.js';
export { tokenize } from './tokenize.js';
export { parseSelector, matches, matchesMap, formatLabels, selectorString } from './selector.js';
export type { Selector, Requirement } from './selector.js';
export { humanDuration } from './print/duration.js';
export { kubectlVocabulary } from './vocabulary.js';
