/**
 * Questions about AWS CDK programs that rules ask of the model: which
 * aws-cdk-lib member a prop value names (`s3.ObjectOwnership.OBJECT_WRITER`),
 * which runtime a function's `Runtime` member stands for.
 */
import { cdkRuntimeMember } from '../schema/runtime-lifecycle.js';
import type { Span } from './source.js';
import { snakeCase } from './names.js';
import type { Program, Resource, Value } from './types.js';
import { field, numberValue } from './values.js';

/**
 * The aws-cdk-lib path (`['aws_s3', 'ObjectOwnership', 'OBJECT_WRITER']`) of the
 * reference the value is written as, when it is one the reader recorded.
 */
export function cdkMemberOf(program: Program, value: Value | undefined): string[] | undefined {
  if (!value) return undefined;
  const { file, start, end } = value.span;
  // The reader records the member name ending the value (`OBJECT_WRITER`), with its full path.
  const matches = (program.cdkReferences ?? []).filter(
    (r) => r.span.file === file && r.span.start >= start && r.span.end === end,
  );
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/** An aws-cdk-lib member the program names (`aws_ec2.InstanceSize.MICRO`), and where. */
export interface CdkMember {
  module: string;
  className: string;
  member: string;
  span: Span;
}

/** The aws-cdk-lib members (`module.Class.MEMBER`) the program names inside a span, in the order it names them. */
export function cdkMembersWithin(program: Program, within: Span): CdkMember[] {
  return (program.cdkReferences ?? []).flatMap(({ path, span }) =>
    path.length === 3 && span.file === within.file && span.start >= within.start && span.end <= within.end
      ? [{ module: path[0], className: path[1], member: path[2], span }]
      : [],
  );
}

/** A prop of CDK props (or of an object inside them) by its TypeScript name, written camelCase or, in Python, snake_case. */
export function cdkProp(props: Value | undefined, name: string): Value | undefined {
  return field(props, name) ?? field(props, snakeCase(name));
}

/** A `Runtime` member written as a CDK function's runtime, and what it stands for. */
export interface CdkFunctionRuntime {
  span: Span;
  className: string;
  member: string;
  kind: string;
  runtime: string;
  resource: Resource;
}

/**
 * AWS CDK: the `Runtime` members written as the `runtime` of a Lambda function
 * construct (`runtime: lambda.Runtime.PYTHON_3_9`). A member written elsewhere (a
 * layer's compatible runtimes, a bundling image) is not a function's runtime.
 */
export function cdkFunctionRuntimes(program: Program): CdkFunctionRuntime[] {
  const found: CdkFunctionRuntime[] = [];
  for (const resource of program.resources) {
    if (resource.type !== 'AWS::Lambda::Function') continue;
    const value = resource.construct?.props.entries.find((e) => e.key === 'runtime')?.value;
    if (!value) continue;
    for (const { module, className, member, span } of cdkMembersWithin(program, value.span)) {
      if (!module || !className || !member) continue;
      const runtime = cdkRuntimeMember(`${module}.${className}`, member);
      if (runtime) found.push({ span, className, member, resource, ...runtime });
    }
  }
  return found;
}

/**
 * The engine of an AWS CDK `rds.DatabaseInstance`, from the `DatabaseInstanceEngine` member its props name
 * (`rds.DatabaseInstanceEngine.mysql(...)`, `MYSQL`, `oracleSe2(...)`), as RDS names the engine family: `mysql`,
 * `mariadb`, `postgres`, `oracle`, `sqlserver` (else the member, lower case without underscores). Unknown when the
 * props name none, or more than one.
 */
export function cdkDatabaseEngine(program: Program, db: Resource): string | undefined {
  const engines = new Set<string>();
  for (const { module, className, member } of cdkMembersWithin(program, db.span))
    if (module === 'aws_rds' && className === 'DatabaseInstanceEngine')
      engines.add(member.toLowerCase().replaceAll('_', ''));
  if (engines.size !== 1) return undefined;
  const [engine] = engines;
  return ENGINE_FAMILIES.find((family) => engine.startsWith(family)) ?? engine;
}

const ENGINE_FAMILIES = ['mysql', 'mariadb', 'postgres', 'oracle', 'sqlserver'];

/**
 * An AWS CDK `Duration.<unit>(n)` as written (`cdk.Duration.seconds(5)`, however the program names the library's
 * root): its unit (`seconds`, `minutes`, `days`…) and amount; undefined for anything else.
 */
export function cdkDuration(value: Value | undefined): { unit: string; amount: number } | undefined {
  if (value?.kind !== 'call' || value.args.length !== 1) return undefined;
  const [library, unit] = value.name.split('.').slice(-2);
  const amount = numberValue(value.args[0]);
  return library === 'Duration' && unit && amount !== undefined ? { unit, amount } : undefined;
}
