export * from './result.js';
export * from './views.js';
export * from './events.js';
export * from './http.js';
export * from './practice.js';
export * from './terminal-text.js';
// Generated from the simulator's source (npm run gen:protocol): the cluster picture's types, kubectl's words.
export type * from './generated/cluster-view.js';
export * from './generated/kubectl-vocabulary.js';
