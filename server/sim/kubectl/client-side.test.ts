/**
 * Messages and objects kubectl produces without talking to the server. Expected texts were taken
 * from the real kubectl v1.32 (`KUBECONFIG=/dev/null kubectl ...`).
 */
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../api.js';
import { runKubectl } from './index.js';

// Any call into the engine fails the test: these commands must be decided client-side.
const stub = new Proxy(
  {},
  {
    get: (_t, p) => () => {
      throw new Error(`unexpected engine call: ${String(p)}`);
    },
  },
) as unknown as Cluster;

const run = (line: string) => runKubectl(stub, line);

describe('client-side errors', () => {
  it.each([
    [
      'kubectl get',
      `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples
`,
    ],
    [
      'kubectl expose',
      `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
`,
    ],
    ['kubectl xyzzy', 'Error: unknown command "xyzzy" for "kubectl"\n'],
    [
      'kubectl gett pods',
      'Error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\n',
    ],
    ['kubectl get pods --foo', "Error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
    [
      'kubectl get pods -it',
      "Error: unknown shorthand flag: 'i' in -it\nSee 'kubectl get --help' for usage.\n",
    ],
    [
      'kubectl get pods -o',
      "Error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n",
    ],
    ['kubectl get foo', 'error: the server doesn\'t have a resource type "foo"\n'],
    ['kubectl create', 'error: must specify one of -f and -k\n'],
    ['kubectl create foo', "error: Unexpected args: [foo]\nSee 'kubectl create -h' for help and examples\n"],
    [
      'kubectl create svc foo x',
      `error: unknown command "foo x"\nSee 'kubectl create service -h' for help and examples\n`,
    ],
    ['kubectl set foo', `error: unknown command "foo"\nSee 'kubectl set -h' for help and examples\n`],
    ['kubectl create service clusterip x', 'error: at least one tcp port specifier must be provided\n'],
    [
      'kubectl create service nodeport x --tcp=abc',
      'error: strconv.ParseUint: parsing "abc": invalid syntax\n',
    ],
    [
      'kubectl create deployment --image=nginx',
      "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n",
    ],
    [
      'kubectl create deployment x --image=nginx --replicas=abc',
      `Error: invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee 'kubectl create deployment --help' for usage.\n`,
    ],
    ['kubectl label pods', 'error: at least one label update is required\n'],
    ['kubectl label pod x a=b c', 'error: all resources must be specified before label changes: c\n'],
    ['kubectl exec web', 'error: you must specify at least one command for the container\n'],
    ['kubectl exec', 'error: pod, type/name or --filename must be specified\n'],
    [
      'kubectl run t --image=busybox --rm -- x',
      "error: --rm should only be used for attached containers\nSee 'kubectl run -h' for help and examples\n",
    ],
    [
      'kubectl run t --image=busybox -t -- x',
      "error: -i/--stdin is required for containers with -t/--tty=true\nSee 'kubectl run -h' for help and examples\n",
    ],
    [
      'kubectl run t --image=busybox --restart=Foo',
      "error: invalid restart policy: Foo\nSee 'kubectl run -h' for help and examples\n",
    ],
    ['kubectl apply -f', "Error: flag needs an argument: 'f' in -f\nSee 'kubectl apply --help' for usage.\n"],
    ['kubectl apply -f web.yaml', 'error: the path "web.yaml" does not exist\n'],
    [
      'kubectl scale deploy web --replicas=-1',
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
    ],
    [
      'kubectl patch svc web',
      'error: must specify --patch or --patch-file containing the contents of the patch\n',
    ],
    ['kubectl set selector', 'error: one selector is required\n'],
    ['kubectl rollout restart', 'error: required resource not specified\n'],
    [
      'kubectl get pods -o foo',
      expect.stringContaining('error: unable to match a printer suitable for the output format "foo"'),
    ],
    ['kubectl get po -l "a in (x"', expect.stringContaining('Error from server (BadRequest)')],
    ['ls -la', 'bash: ls: command not found\n'],
    ['kubectl get pods x -A', 'error: a resource cannot be retrieved by name across all namespaces\n'],
    ['kubectl get pods x -l a=b', 'error: name cannot be provided when a selector is specified\n'],
    [
      'kubectl get pods svc/web',
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    ],
    ["kubectl get 'pods", expect.stringContaining('unexpected EOF')],
  ])('%s', (line, stderr) => {
    const r = run(line);
    expect(r.stderr).toEqual(stderr);
    expect(r.stdout).toBe('');
    expect(r.exitCode).not.toBe(0);
  });
});

describe('--dry-run=client objects', () => {
  it('create deployment -o yaml', () => {
    expect(run('kubectl create deployment x --image=nginx --dry-run=client -o yaml').stdout)
      .toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: x
  name: x
spec:
  replicas: 1
  selector:
    matchLabels:
      app: x
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: x
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
status: {}
`);
  });
  it('create service clusterip with two port specs', () => {
    expect(run('kubectl create service clusterip x --tcp=80:8080,443 --dry-run=client -o yaml').stdout)
      .toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: x
  name: x
spec:
  ports:
  - name: 80-8080
    port: 80
    protocol: TCP
    targetPort: 8080
  - name: "443"
    port: 443
    protocol: TCP
    targetPort: 443
  selector:
    app: x
  type: ClusterIP
status:
  loadBalancer: {}
`);
  });
  it('create service nodeport --node-port', () => {
    expect(
      run('kubectl create service nodeport x --tcp=80:80 --node-port=30080 --dry-run=client -o yaml').stdout,
    ).toContain('  - name: 80-80\n    nodePort: 30080\n    port: 80\n');
  });
  it('create namespace, -o name', () => {
    expect(run('kubectl create namespace foo --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: foo\nspec: {}\nstatus: {}\n',
    );
    expect(run('kubectl create deploy web --image nginx --dry-run=client -o name').stdout).toBe(
      'deployment.apps/web\n',
    );
  });
  it('run puts the words after -- in args', () => {
    const y = run('kubectl run t --image=busybox --dry-run=client -o yaml -- wget -qO- web').stdout;
    expect(y).toContain('  - args:\n    - wget\n    - -qO-\n    - web\n    image: busybox\n    name: t\n');
    expect(y).toContain('  labels:\n    run: t\n');
  });
});
