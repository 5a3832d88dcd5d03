/** The command table: every kubectl (sub)command the terminal understands. */
import type { Command } from './context.js';
import { applyCommand, deleteCommand } from './cmd/apply.js';
import { createCommands } from './cmd/create.js';
import { describeCommand } from './cmd/describe.js';
import { exposeCommand } from './cmd/expose.js';
import { getCommand } from './cmd/get.js';
import { modifyCommands } from './cmd/modify.js';
import { patchCommands } from './cmd/patch.js';
import { miscCommands } from './cmd/misc.js';
import { workloadCommands } from './cmd/workload.js';

export const COMMANDS: Command[] = [
  getCommand,
  describeCommand,
  ...createCommands,
  exposeCommand,
  applyCommand,
  deleteCommand,
  ...modifyCommands,
  ...patchCommands,
  ...workloadCommands,
  ...miscCommands,
];

/** Commands with subcommands (`create deployment`, `create service nodeport`, `set selector`...). */
export const SUBCOMMAND_PARENTS: ReadonlySet<string> = new Set(['create', 'set', 'rollout', 'config']);

/** Real kubectl's commands, in its help order: for "Did you mean this?" and "not available". */
export const KNOWN_COMMANDS: readonly string[] = [
  'create',
  'expose',
  'run',
  'set',
  'explain',
  'get',
  'edit',
  'delete',
  'rollout',
  'scale',
  'autoscale',
  'certificate',
  'cluster-info',
  'top',
  'cordon',
  'uncordon',
  'drain',
  'taint',
  'describe',
  'logs',
  'attach',
  'exec',
  'port-forward',
  'proxy',
  'cp',
  'auth',
  'debug',
  'events',
  'diff',
  'apply',
  'patch',
  'replace',
  'wait',
  'kustomize',
  'label',
  'annotate',
  'completion',
  'alpha',
  'api-resources',
  'api-versions',
  'config',
  'plugin',
  'version',
  'options',
];
