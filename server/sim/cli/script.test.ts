import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { formatStep, heredocTerminator, parseScript, runScript } from './script.js';

describe('transcript scripts', () => {
  it('pulls heredoc bodies out of the line stream', () => {
    const steps = parseScript("kubectl apply -f - <<'EOF'\nkind: X\n  a: 1\nEOF\nkubectl get pods\n");
    expect(steps).toEqual([
      { line: "kubectl apply -f - <<'EOF'", heredoc: { body: 'kind: X\n  a: 1\n', end: 'EOF' } },
      { line: 'kubectl get pods' },
    ]);
    expect(heredocTerminator('cat <<YAML')).toBe('YAML');
    expect(heredocTerminator('kubectl get pods')).toBeUndefined();
  });

  it('echoes comments, runs sleep, keeps the namespace across lines', () => {
    const cluster = createCluster({ seed: 3 });
    const out = runScript(
      cluster,
      [
        '# a comment',
        'kubectl create namespace team',
        'kubectl config set-context --current --namespace=team',
        'kubectl create deployment web --image=nginx',
        'sleep 2m',
        'kubectl get deploy',
        'sleep soon',
      ].join('\n'),
    );
    expect(out).toContain('# a comment\n$ kubectl create namespace team\nnamespace/team created\n');
    expect(out).toMatch(
      /\$ kubectl get deploy\nNAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nweb\s+1\/1\s+1\s+1\s+2m\n/,
    );
    expect(out).toContain("$ sleep soon\nsleep: invalid time interval 'soon'\n");
  });

  it('puts output without a final newline on its own line', () => {
    expect(formatStep({ line: 'x' }, { stdout: '30080', stderr: '', exitCode: 0, output: '30080' })).toBe(
      '$ x\n30080\n',
    );
  });
});
