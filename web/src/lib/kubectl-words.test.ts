import { describe, expect, it } from 'vitest';
import { kubectlWords } from './kubectl-words.js';

const words = kubectlWords({
  commands: [
    { name: 'create', subcommands: ['service'], flags: ['--filename', '-f'] },
    { name: 'create service', subcommands: ['nodeport'], flags: [] },
    { name: 'create service nodeport', flags: ['--node-port', '--dry-run'] },
    { name: 'run', flags: ['--restart', '--stdin', '-i', '--tty', '-t'] },
  ],
  globalFlags: ['--namespace', '-n'],
  resources: [
    { name: 'services', shortNames: ['svc'], kind: 'Service' },
    { name: 'endpointslices', shortNames: [], kind: 'EndpointSlice' },
  ],
});

describe('kubectlWords', () => {
  it('finds the longest command path', () => {
    expect(words.commandPath(['create', 'service', 'nodeport', 'web'])).toBe('create service nodeport');
    expect(words.commandPath(['create', 'web'])).toBe('create');
    expect(words.commandPath(['frobnicate'])).toBeNull();
    expect(words.commandPath([])).toBeNull();
  });

  it('lists top-level commands, subcommands and kinds', () => {
    expect(words.commands).toEqual(['create', 'run']);
    expect(words.subcommands.get('create service')).toEqual(['nodeport']);
    expect(words.kinds).toEqual(['all', 'services', 'endpointslices']);
  });

  it('maps every spelling of a kind the picture has names for', () => {
    expect(Object.fromEntries(words.kindWords)).toEqual({
      services: 'services',
      service: 'services',
      svc: 'services',
    });
  });

  it('gives a command its flags, the global ones, presets, `--` and `-it`', () => {
    expect(words.flags('create service nodeport')).toEqual([
      '--node-port',
      '--dry-run=client',
      '--namespace',
      '-n',
      '--',
    ]);
    expect(words.flags('run')).toEqual(expect.arrayContaining(['--restart=Never', '-it']));
    expect(words.flags(null)).toEqual(['--namespace', '-n', '--']);
  });
});
