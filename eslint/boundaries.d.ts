/** Types of eslint/boundaries.js (plain JS so eslint.config.js can load it without a TypeScript loader). */
export interface Module {
  name: string;
  path: string;
  mayImport: string[];
}
export interface Zone {
  target: string;
  from: string[];
  message: string;
}
export const MODULES: Module[];
export const WIRING: string[];
export const TEST_FILES: string[];
export function boundaryZones(modules?: Module[]): Zone[];
