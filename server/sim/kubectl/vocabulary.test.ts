import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands.js';
import { kubectlVocabulary } from './vocabulary.js';

const vocabulary = kubectlVocabulary();
const command = (name: string) => vocabulary.commands.find((c) => c.name === name);

describe('kubectlVocabulary', () => {
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
    expect(command('get')?.flags).toEqual(expect.arrayContaining(['--output', '-o', '--show-labels']));
    expect(vocabulary.globalFlags).toEqual(expect.arrayContaining(['--namespace', '-n']));
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
  });
});
