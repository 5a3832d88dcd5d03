/**
 * Goals: declarative checks over a cluster and over traffic probes. The same shapes exist twice: in a
 * puzzle file, numeric fields may hold a `${param}` reference; after instantiation they are plain numbers.
 * Both schemas come from one factory so the two can never drift apart.
 */
import { z } from 'zod';
import { KINDS } from '../sim/core/state.js';
import { parseFieldPath } from './field-path.js';

/** `${name}` or `${name.field}`, the only form of parameter reference. */
export const PARAM_REF = /\$\{([a-zA-Z][a-zA-Z0-9_]*)(?:\.([a-zA-Z][a-zA-Z0-9_]*))?\}/g;
export const wholeParamRef = z
  .string()
  .regex(
    /^\$\{[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)?\}$/,
    'expected a number or a ${param} reference',
  );

/** How a numeric field is validated: with or without parameter references. */
export type NumField<T> = (min: number, max: number) => z.ZodType<T>;
export const templateNum: NumField<number | string> = (min, max) =>
  z.union([z.number().int().min(min).max(max), wholeParamRef]);
export const resolvedNum: NumField<number> = (min, max) => z.number().int().min(min).max(max);

export const goalId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'goal ids are lowercase letters, digits and dashes');
const name = z.string().trim().min(1).max(253);
const namespace = name.default('default');
export const labelsSchema = z.record(z.string().min(1).max(317), z.string().max(63));
export const protocolSchema = z.enum(['TCP', 'UDP', 'SCTP']);
export const serviceTypeSchema = z.enum(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
export const outcomeSchema = z.enum(['ok', 'unknown-host', 'refused', 'timeout', 'no-response']);
/** The kinds the simulator stores: a goal can only name an object the cluster can hold. */
const kindSchema = z.enum(KINDS);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

const common = {
  id: goalId,
  /** What the player reads next to the goal's status. */
  description: z.string().trim().min(1).max(200),
  /** Holds from the start and must keep holding (e.g. "the Service still exists"), so wrecking is no fix. */
  guard: z.boolean().default(false),
};

/** A check on `ok` fields of the form "exactly one of these is set". */
function exactlyOne(keys: readonly string[], what: string) {
  return (value: Record<string, unknown>, ctx: z.core.$RefinementCtx) => {
    const set = keys.filter((k) => value[k] !== undefined);
    if (set.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message: `${what}: set exactly one of ${keys.join(', ')} (found ${set.length})`,
      });
  };
}

export function goalSchemaWith<T>(num: NumField<T>) {
  const port = num(1, 65535);
  const count = num(0, 1000);

  const probe = z
    .strictObject({
      ...common,
      kind: z.literal('probe'),
      /**
       * Where the request starts: `{ outside: true }` (a laptop), a node's host network (`node`), an
       * existing pod picked by `selector`, or a temporary pod of `image` (the default, busybox) created on
       * a scratch fork of the cluster.
       */
      from: z
        .strictObject({
          outside: z.boolean().optional(),
          node: name.optional(),
          namespace,
          selector: labelsSchema.optional(),
          image: z.string().min(1).optional(),
        })
        .superRefine((f, ctx) => {
          const set = [f.outside, f.node, f.selector, f.image].filter((v) => v !== undefined && v !== false);
          if (set.length > 1)
            ctx.addIssue({ code: 'custom', message: 'from: use only one of outside, node, selector, image' });
        })
        .default({ namespace: 'default' }),
      /** `http://host[:port][/path]`. */
      url: z
        .string()
        .regex(/^http:\/\/[^/\s:]+(:\d+)?(\/\S*)?$/, 'expected http://host[:port][/path]')
        .optional(),
      host: z.string().min(1).optional(),
      port: port.optional(),
      protocol: protocolSchema.optional(),
      path: z.string().startsWith('/').optional(),
      /**
       * Name of an env variable of the source pod's first container holding where the app connects:
       * `http://host[:port][/path]` or `host[:port]` (then `port` is the default port).
       */
      envUrl: z.string().min(1).optional(),
      /** A Service's first port, by its ClusterIP or by the first node's IP and its NodePort. */
      service: z
        .strictObject({ name, namespace, via: z.enum(['cluster-ip', 'node-port']).default('cluster-ip') })
        .optional(),
      /** Every attempt must meet `expect` (kube-proxy picks a random endpoint for each). */
      attempts: num(1, 30).optional(),
      /** First delete the pods matching this on the scratch fork (their controller replaces them). */
      afterDeletingPods: z.strictObject({ namespace, selector: labelsSchema }).optional(),
      expect: z
        .strictObject({ outcome: outcomeSchema.default('ok'), bodyContains: z.string().min(1).optional() })
        .default({ outcome: 'ok' }),
    })
    .superRefine((g, ctx) => {
      exactlyOne(['url', 'host', 'envUrl', 'service'], 'probe target')(g, ctx);
      if (g.host !== undefined && g.port === undefined)
        ctx.addIssue({ code: 'custom', path: ['port'], message: 'a probe to host needs a port' });
      if (g.envUrl !== undefined && !g.from.selector)
        ctx.addIssue({
          code: 'custom',
          path: ['from'],
          message: 'envUrl reads the env of an existing pod: set from.selector',
        });
    });

  const endpoints = z
    .strictObject({
      ...common,
      kind: z.literal('endpoints'),
      service: name,
      namespace,
      readyCount: count.optional(),
      notReadyCount: count.optional(),
      /** The ready addresses are all different pod IPs. */
      distinctIps: z.boolean().optional(),
      /** Every endpoint port equals this (the resolved targetPort). */
      port: port.optional(),
    })
    .refine((g) => [g.readyCount, g.notReadyCount, g.distinctIps, g.port].some((v) => v !== undefined), {
      message: 'an endpoints goal needs at least one of readyCount, notReadyCount, distinctIps, port',
    });

  const servicePort = z.strictObject({
    name: z.string().optional(),
    port: port.optional(),
    targetPort: z.union([port, z.string().min(1)]).optional(),
    protocol: protocolSchema.optional(),
  });
  const service = z.strictObject({
    ...common,
    kind: z.literal('service'),
    name,
    namespace,
    /** The Service must not exist (every other check is then ignored). */
    absent: z.boolean().optional(),
    type: serviceTypeSchema.optional(),
    hasClusterIP: z.boolean().optional(),
    /** Every port has a nodePort within 30000-32767. */
    nodePortInRange: z.boolean().optional(),
    /** Each listed port must match one of the Service's ports on every field given. */
    ports: z.array(servicePort).min(1).optional(),
    /** The selector equals this map exactly. */
    selector: labelsSchema.optional(),
  });

  const noServiceOfType = z.strictObject({
    ...common,
    kind: z.literal('no-service-of-type'),
    type: z.union([serviceTypeSchema, z.array(serviceTypeSchema).min(1)]),
    /** Only this namespace (default: all namespaces). */
    namespace: name.optional(),
    /** Only Services whose selector would pick pods carrying these labels. */
    selecting: labelsSchema.optional(),
  });

  const deployment = z.strictObject({
    ...common,
    kind: z.literal('deployment'),
    name,
    namespace,
    readyReplicas: count.optional(),
    /** Every container image of the template contains this text (e.g. `nginx`). */
    image: z.string().min(1).optional(),
  });

  const objectField = z
    .strictObject({
      ...common,
      kind: z.literal('object-field'),
      object: z.strictObject({ kind: kindSchema, name, namespace }),
      /** Dotted path with `[n]` indices or `[key=value]` list items: `spec.template.spec.containers[name=app].image`. */
      path: z
        .string()
        .refine((p) => parseFieldPath(p) !== undefined, 'expected a path like spec.ports[0].port'),
      equals: scalar.optional(),
      notEquals: scalar.optional(),
      matches: z.string().min(1).optional(),
      notMatches: z.string().min(1).optional(),
      exists: z.boolean().optional(),
    })
    .refine((g) => [g.equals, g.notEquals, g.matches, g.notMatches, g.exists].some((v) => v !== undefined), {
      message: 'an object-field goal needs one of equals, notEquals, matches, notMatches, exists',
    });

  const kubeProxySynced = z.strictObject({
    ...common,
    kind: z.literal('kube-proxy-synced'),
    /** Nodes to check (default: every node). */
    nodes: z.array(name).optional(),
  });

  return z.discriminatedUnion('kind', [
    probe,
    endpoints,
    service,
    noServiceOfType,
    deployment,
    objectField,
    kubeProxySynced,
  ]);
}

export const templateGoalSchema = goalSchemaWith(templateNum);
export const resolvedGoalSchema = goalSchemaWith(resolvedNum);
export type TemplateGoal = z.output<typeof templateGoalSchema>;
export type Goal = z.output<typeof resolvedGoalSchema>;
export type GoalKind = Goal['kind'];
export type ProbeGoal = Extract<Goal, { kind: 'probe' }>;
