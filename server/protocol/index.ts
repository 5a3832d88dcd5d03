export * from './result.js';
export * from './views.js';
export * from './events.js';
export * from './http.js';
export * from './practice.js';
