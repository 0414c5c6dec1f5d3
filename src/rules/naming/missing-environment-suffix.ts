import { sourceText } from '../../fix/edits.js';
import { dependencies, isTerraformChildModule, referencedResource } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, describeValue, walkValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { subVariable } from '../../fix/cloudformation.js';
import { PSEUDO_PARAMETERS } from '../../model/cloudformation.js';
import { isPhysicalNameArgument } from '../../model/physical-name.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { isEnvironmentInstance, iteratesOverEnvironments, wordsOf } from './environment-iteration.js';
import { nameNeedNotBeUnique, onePerRegion, uniqueBesideTarget } from './name-scope.js';

/** Identifiers that carry a deployment's identity: environment, stage, suffix, stack, workspace. */
const ENVIRONMENT_WORDS = ['env', 'stage', 'suffix', 'stack', 'workspace', 'tenant', 'pr_number', 'prnumber'];

export default defineRule({
  meta: {
    id: 'naming/missing-environment-suffix',
    title: 'Physical name without environment suffix',
    severity: 'medium',
    requirementDriven: { topics: ['naming'], severity: 'medium' },
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "A resource has a physical name (`name`, `bucket`, the type's own `<kind>_name` such as `alarm_name`; `<Noun>Name` in a template) built only from constants (or from inputs that do not identify the environment), so two deployments of the program collide on it. The key of a `for_each` (or a loop) over the environments counts as the environment; names AWS does not require to be unique (REST and HTTP APIs, inline policies, Route 53 hosted zones, Cognito user pools) are left alone; a resource an account holds once per region (the AWS Config recorder and delivery channel) is left to `account/regional-singleton`, since no suffix helps. A resource named within a parent of its service (a role policy, a Lambda alias, a record in its zone) is left alone, except KMS aliases, instance profiles and DB instances, whose names are unique in the account whatever key, role or cluster they name.",
    rationale:
      'Names of buckets, tables, functions and roles are unique per account or region; deploying the program twice (two environments, two pull requests) fails with "already exists" unless each name carries the environment or stack.',
    docs: 'https://docs.aws.amazon.com/prescriptive-guidance/latest/patterns/deploy-multiple-environments.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const environmentInput = environmentInputName(program);
    for (const resource of program.resources) {
      if (isScopedByParent(program, resource) || nameNeedNotBeUnique(resource.type)) continue;
      const environmentKey = iteratesOverEnvironments(program, resource);
      for (const entry of resource.args.entries) {
        if (!isPhysicalNameArgument(resource, entry.key)) continue;
        // Elsewhere (permissions, aliases, invoke configs, event source mappings) function_name names the target function.
        if (entry.key === 'function_name' && resource.type !== 'aws_lambda_function') continue;
        const verdict = carriesEnvironment(program, entry.value, environmentKey);
        if (verdict !== false || isEnvironmentInstance(program, resource, entry.key, entry.value)) continue;
        // A second deployment fails on it whatever its name (account/regional-singleton says so): a suffix is no advice.
        if (onePerRegion(resource.type)) continue;
        const suffix = environmentInput ? suffixSyntax(resource, environmentInput) : undefined;
        // The name as the program writes it (`"${substr(var.app, 0, 6)}-alb"`), not the reader's form of it.
        const written = sourceText(program, entry.value.span);
        const shown =
          written !== undefined && written.length <= 120 && !written.includes('\n')
            ? written
            : describeValue(entry.value);
        const after = suffix && written !== undefined ? withSuffix(resource.framework, written, suffix) : undefined;
        context.report({
          message: `${describeResource(resource)} is named ${shown}, which has no environment or stack suffix; a second deployment of this program collides on it.${suffix ? ` Append ${suffix}.` : ' Add an environment suffix input and append it.'}`,
          span: entry.value.span,
          resource,
          suggestion: after ? { before: written!, after } : undefined,
        });
      }
    }
  },
});

/** An input that holds a name (`name`, `functionName`, `namePrefix`, `clusterIdentifier`). */
function namesSomething(input: string): boolean {
  return wordsOf(input).some((word) => word === 'name' || word === 'prefix' || word === 'identifier');
}

function isEnvironmentWord(name: string): boolean {
  const lower = name.toLowerCase();
  return ENVIRONMENT_WORDS.some((w) => lower.includes(w));
}

/**
 * false when the name is built only from constants and inputs that do not
 * identify the environment; true when it carries one (or the key of a
 * `for_each` over the environments, `environmentKey`); undefined when it
 * cannot be told (computed names, user-supplied names).
 */
function carriesEnvironment(program: Program, value: Value, environmentKey: boolean): boolean | undefined {
  if (value.kind === 'reference') return undefined; // the whole name is an input or another resource's attribute
  if (value.kind !== 'literal' && value.kind !== 'template' && value.kind !== 'call') return undefined;
  if (value.kind === 'literal' && typeof value.value !== 'string') return undefined;
  // A part the reader could not evaluate that reads an attribute of an input naming the environment
  // (`environment_suffix.value_as_string` of a CDK CfnParameter); not a call (`Stack.of(self).account`),
  // nor an attribute that holds something else (`stack.region`, `props.env.account`).
  let unknownEnvironment = false;
  walkValue(value, (node) => {
    if (node.kind !== 'unknown' || node.text === undefined || /[^\w.]/.test(node.text)) return;
    const path = node.text.split('.');
    if (wordsOf(path[path.length - 1]).some((w) => NOT_A_SUFFIX.has(w))) return;
    if (path.some(isEnvironmentWord)) unknownEnvironment = true;
  });
  if (unknownEnvironment) return true;
  for (const node of dependencies(program, value)) {
    if (node.kind === 'call') {
      if (isEnvironmentWord(node.name)) return true;
      // Unknown function of unknown inputs: cannot tell.
      if (
        ![
          'format',
          'lower',
          'upper',
          'join',
          'replace',
          'substr',
          '+',
          'pulumi.interpolate',
          'str.format',
          '.',
        ].includes(node.name)
      )
        return undefined;
      continue;
    }
    if (node.kind !== 'reference') continue;
    const target = node.target;
    if (target.kind === 'terraform' && target.path[0] === 'workspace') return true;
    if ('name' in target && isEnvironmentWord(target.name)) return true;
    // `config.environmentSuffix`, `self.environment_suffix`, `args.stage`: the attribute carries it.
    if (target.kind !== 'resource' && target.kind !== 'data' && target.path.some(isEnvironmentWord)) return true;
    // A child module's inputs are what its caller passes: a name prefix may carry the suffix. So is the name a
    // Pulumi component or a CDK/CDKTF construct is given (`props.name`, `props.functionName`), an input its code
    // reads as a variable; its other inputs (`props.region`) tell no deployment apart.
    if (target.kind === 'var' && isTerraformChildModule(program)) return undefined;
    if (
      target.kind === 'var' &&
      !['terraform', 'cloudformation'].includes(program.framework) &&
      namesSomething(target.name)
    )
      return undefined;
    // `each.key` (or the whole `each.value` of a set) of a for_each over the environments is the environment.
    if (target.kind === 'each' && environmentKey && (target.path[0] === 'key' || target.path.join('.') === 'value'))
      return true;
    if (target.kind === 'each' || target.kind === 'count') continue;
    // The account, region and partition are the same for every deployment in them: they tell no environment apart.
    if (target.kind === 'other' && PSEUDO_PARAMETERS.has(target.name)) continue;
    if (target.kind === 'resource') {
      const resource = referencedResource(program, node);
      // A random suffix (random_id, random_string, random_pet) makes names unique.
      if (resource?.type.startsWith('random_') || target.type.startsWith('random_')) return true;
      return undefined;
    }
    if (target.kind === 'other' || target.kind === 'module' || target.kind === 'data') return undefined;
  }
  return false;
}

/**
 * A resource that lives inside a parent of the same service (a role policy in
 * its role, an alias in its function, a stage in its API) is named within
 * that parent: the parent's name is what must be unique.
 */
function isScopedByParent(program: Program, resource: Resource): boolean {
  // Security group names are unique per VPC: in a VPC the program creates, they cannot collide.
  if (
    resource.type === 'aws_security_group' &&
    referencedResource(program, arg(resource, 'vpc_id'))?.type === 'aws_vpc'
  )
    return true;
  if (uniqueBesideTarget(resource.type)) return false;
  const service = serviceOf(resource.type);
  for (const entry of resource.args.entries) {
    if (isPhysicalNameArgument(resource, entry.key) && entry.value.kind !== 'reference') continue;
    const parent = referencedResource(program, entry.value);
    // A policy document is rendered by the provider: no cloud resource the name could live in.
    if (!parent || parent === resource || parent.type === 'aws_iam_policy_document') continue;
    if (service !== undefined && serviceOf(parent.type) === service) return true;
  }
  return false;
}

/** `s3` of `aws_s3_bucket`, `S3` of `AWS::S3::Bucket`. */
function serviceOf(type: string): string | undefined {
  // Sliced, not split: asked for every resource and each one it references.
  const separator = type.includes('::') ? '::' : '_';
  const start = type.indexOf(separator);
  if (start < 0) return undefined;
  const end = type.indexOf(separator, start + separator.length);
  return type.slice(start + separator.length, end < 0 ? undefined : end);
}

/** Inputs that name a deployment, best first; never one that holds something else (`env_vars`, `stage_tags`). */
const SUFFIX_WORDS = [['suffix'], ['environment', 'env'], ['stage', 'workspace', 'stack']];
const NOT_A_SUFFIX = new Set([
  'vars',
  'variables',
  'tags',
  'config',
  'configs',
  'settings',
  'file',
  'path',
  'type',
  'enabled',
  'enable',
  'count',
  'map',
  'list',
  'arn',
  'id',
  'ids',
  'url',
  'policy',
  'region',
  'account',
  'key',
]);

function suffixRank(name: string): number | undefined {
  const words = wordsOf(name);
  if (words.some((w) => NOT_A_SUFFIX.has(w)) && !words.includes('suffix')) return undefined;
  const rank = SUFFIX_WORDS.findIndex((group) => group.some((w) => words.includes(w)));
  return rank >= 0 ? rank : undefined;
}

function environmentInputName(
  program: Program,
): { kind: 'var' | 'config' | 'env' | 'local'; name: string } | undefined {
  const candidates: { kind: 'var' | 'config' | 'env' | 'local'; name: string; rank: number }[] = [];
  for (const v of program.variables) {
    const rank = suffixRank(v.name);
    if (rank !== undefined) candidates.push({ kind: v.source === 'variable' ? 'var' : v.source, name: v.name, rank });
  }
  for (const [name, value] of program.locals) {
    // A local holding a structure (a CDK `env = cdk.Environment(...)`, a settings map) is not a name part.
    if (value.kind === 'object' || value.kind === 'list') continue;
    const rank = suffixRank(name);
    if (rank !== undefined) candidates.push({ kind: 'local', name, rank });
  }
  const best = candidates.sort((a, b) => a.rank - b.rank)[0];
  return best && { kind: best.kind, name: best.name };
}

function suffixSyntax(resource: Resource, input: { kind: string; name: string }): string {
  if (resource.framework === 'terraform') return `\${${input.kind}.${input.name}}`;
  if (resource.framework === 'cloudformation') return subVariable(input.name);
  return resource.framework === 'pulumi-py' ? `{${input.name}}` : `\${${input.name}}`;
}

/**
 * A string literal or template as written, with `-<suffix>` before its
 * closing quote, in the language's own string syntax (a Python string becomes
 * an f-string, a quoted TypeScript string a template literal); undefined when
 * the name is not written as one string.
 */
function withSuffix(framework: Resource['framework'], text: string, suffix: string): string | undefined {
  if (framework === 'pulumi-py') {
    const match = /^([rRbBuUfF]{0,2})("|')(.*)\2$/s.exec(text);
    if (!match || /b/i.test(match[1])) return undefined;
    const isF = /f/i.test(match[1]);
    const inner = isF ? match[3] : match[3].replace(/[{}]/g, '$&$&');
    return `${isF ? match[1] : `f${match[1]}`}${match[2]}${inner}-${suffix}${match[2]}`;
  }
  if (framework === 'pulumi-ts') {
    if (/^`[^]*`$/.test(text)) return `${text.slice(0, -1)}-${suffix}\``;
    const match = /^("|')(.*)\1$/s.exec(text);
    if (!match) return undefined;
    const inner = match[2].replace(/\\(["'])/g, '$1').replace(/[`]|\$\{/g, '\\$&');
    return `\`${inner}-${suffix}\``;
  }
  if (framework === 'terraform' && /^"[^]*"$/.test(text)) return `${text.slice(0, -1)}-${suffix}"`;
  return undefined;
}
