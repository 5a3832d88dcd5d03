/** Flag specs shared by several commands. */
import type { FlagSpec } from './args.js';

/** `-o` printers, and the template printers that take their template after `=`. */
export const OUTPUT_FORMATS: readonly string[] = ['json', 'name', 'wide', 'yaml'];
export const OUTPUT_TEMPLATES: readonly string[] = ['custom-columns=', 'jsonpath='];

export const F = {
  namespace: { name: 'namespace', short: 'n', kind: 'string' },
  allNamespaces: { name: 'all-namespaces', short: 'A', kind: 'bool' },
  output: { name: 'output', short: 'o', kind: 'string', values: [...OUTPUT_FORMATS, ...OUTPUT_TEMPLATES] },
  selector: { name: 'selector', short: 'l', kind: 'string' },
  filename: { name: 'filename', short: 'f', kind: 'strings' },
  dryRun: { name: 'dry-run', kind: 'opt', values: ['none', 'server', 'client'] },
  all: { name: 'all', kind: 'bool' },
  overwrite: { name: 'overwrite', kind: 'bool' },
  showLabels: { name: 'show-labels', kind: 'bool' },
  noHeaders: { name: 'no-headers', kind: 'bool' },
  labelColumns: { name: 'label-columns', short: 'L', kind: 'strings' },
  watch: { name: 'watch', short: 'w', kind: 'bool' },
  validate: { name: 'validate', kind: 'opt' },
  recursive: { name: 'recursive', short: 'R', kind: 'bool' },
  force: { name: 'force', kind: 'bool' },
  gracePeriod: { name: 'grace-period', kind: 'int' },
  now: { name: 'now', kind: 'bool' },
  wait: { name: 'wait', kind: 'bool' },
  timeout: { name: 'timeout', kind: 'string' },
  fieldManager: { name: 'field-manager', kind: 'string' },
  save: { name: 'save-config', kind: 'bool' },
  container: { name: 'container', short: 'c', kind: 'string' },
  stdin: { name: 'stdin', short: 'i', kind: 'bool' },
  tty: { name: 'tty', short: 't', kind: 'bool' },
  quiet: { name: 'quiet', short: 'q', kind: 'bool' },
  /** Labels for the object a generator command creates (run, expose); not a selector, despite -l. */
  labels: { name: 'labels', short: 'l', kind: 'string' },
  resourceVersion: { name: 'resource-version', kind: 'string' },
} satisfies Record<string, FlagSpec>;

/** Flags every command accepts (kubectl's persistent flags that matter here). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  F.namespace,
  { name: 'context', kind: 'string' },
  { name: 'kubeconfig', kind: 'string' },
  { name: 'v', short: 'v', kind: 'string' },
];
