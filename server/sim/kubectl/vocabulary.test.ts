import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { COMMANDS } from './commands.js';
import { runKubectl } from './dispatch.js';
import { resolveType } from './resources.js';
import { kubectlVocabulary } from './vocabulary.js';

const vocabulary = kubectlVocabulary();
const command = (name: string) => vocabulary.commands.find((c) => c.name === name);

describe('kubectlVocabulary', () => {
  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(vocabulary))).toEqual(vocabulary);
  });

  it('has one entry per command path of the command table', () => {
    expect(vocabulary.commands.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.path.join(' ')));
  });

  it('lists subcommands without aliases, and keeps the aliases as commands of their own', () => {
    expect(command('create')?.subcommands).toEqual(['deployment', 'namespace', 'service']);
    expect(command('create svc')?.subcommands).toEqual([
      'clusterip',
      'nodeport',
      'loadbalancer',
      'externalname',
    ]);
    expect(command('create deploy')?.flags).toEqual(command('create deployment')?.flags);
    expect(command('get')?.subcommands).toBeUndefined();
  });

  it('spells flags long and short', () => {
    expect(command('get')?.flags).toEqual(
      expect.arrayContaining(['--output', '-o', '--selector', '-l', '--show-labels']),
    );
    expect(vocabulary.globalFlags).toEqual(expect.arrayContaining(['--namespace', '-n']));
  });

  it('says which flags take the next word as their value, and the values of those with a list', () => {
    const get = command('get');
    expect(get?.valueFlags).toEqual(expect.arrayContaining(['-o', '--output', '-l', '--selector', '-f']));
    expect(get?.valueFlags).not.toContain('--show-labels');
    expect(get?.flagValues?.['-o']).toEqual(['json', 'name', 'wide', 'yaml', 'custom-columns=', 'jsonpath=']);
    expect(command('expose')?.flagValues?.['--type']).toEqual([
      'ClusterIP',
      'ExternalName',
      'LoadBalancer',
      'NodePort',
    ]);
    expect(command('run')?.flagValues?.['--restart']).toEqual(['Always', 'OnFailure', 'Never']);
    // `--dry-run` alone is a flag; its value only comes after `=`.
    expect(command('apply')?.valueFlags).not.toContain('--dry-run');
    expect(command('apply')?.flagValues?.['--dry-run']).toEqual(['none', 'server', 'client']);
    expect(vocabulary.globalValueFlags).toEqual(expect.arrayContaining(['-n', '--namespace']));
  });

  it('says what the arguments of a command name', () => {
    for (const name of [
      'get',
      'describe',
      'delete',
      'label',
      'scale',
      'expose',
      'rollout restart',
      'set selector',
    ])
      expect(command(name)?.operands, name).toEqual(['resources']);
    expect(command('exec')?.operands).toEqual(['pod']);
    expect(command('logs')?.operands).toEqual(['pod']);
    expect(command('run')?.operands).toBeUndefined();
  });

  it('names every kind by its plural with its short names', () => {
    expect(vocabulary.resources).toContainEqual({ name: 'services', shortNames: ['svc'], kind: 'Service' });
    expect(vocabulary.resources).toContainEqual({
      name: 'deployments',
      shortNames: ['deploy'],
      kind: 'Deployment',
    });
    expect(vocabulary.resources).toContainEqual({
      name: 'endpointslices',
      shortNames: [],
      kind: 'EndpointSlice',
    });
    expect(vocabulary.resources).toHaveLength(8);
    for (const r of vocabulary.resources)
      for (const w of [r.name, r.kind.toLowerCase(), ...r.shortNames])
        expect(resolveType(w)).toEqual({ kind: r.kind });
    expect(vocabulary.categories).toEqual(['all']);
  });

  it('lists the programs and node commands the terminal runs', () => {
    const c = createCluster({ seed: 1 });
    const { programs = [], nodeCommands = [] } = vocabulary;
    expect(programs).toEqual([{ name: 'kubectl', aliases: ['k'] }, { name: 'node' }, { name: 'curl' }]);
    for (const p of programs)
      for (const name of [p.name, ...(p.aliases ?? [])])
        expect(runKubectl(c, `${name} x`).stderr).not.toContain('command not found');
    expect(nodeCommands.map((n) => n.name)).toEqual([
      'kill-container',
      'restart-kube-proxy',
      'rules',
      'help',
    ]);
    for (const n of nodeCommands)
      expect(runKubectl(c, `node ${n.name}`).stderr).not.toContain('unknown command');
    expect(nodeCommands[0]).toEqual({
      name: 'kill-container',
      operands: ['node', 'pod'],
      flags: ['--namespace', '-n'],
      valueFlags: ['--namespace', '-n'],
    });
  });
});
