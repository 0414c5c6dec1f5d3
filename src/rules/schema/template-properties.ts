/**
 * The CloudFormation side of `schema/unknown-property` and
 * `schema/invalid-value`: template properties checked against the
 * CloudFormation resource specification (src/schema/cloudformation.ts).
 */
import { renameProperty, valueSource } from '../../fix/cloudformation.js';
import { attribute, literal, source } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { isMacroExpanded, samExpansion, visitSpecifiedObjects } from '../../model/cloudformation-query.js';
import { cdkMembersWithin } from '../../model/cdk-query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { stringValue, walkValue } from '../../model/values.js';
import { cdkEnum } from '../../schema/cdk-api.js';
import { closestCfnName } from '../../schema/cloudformation.js';
import type { RuleContext } from '../rule.js';
import { checkBucketName } from './bucket-names.js';
import { checkTemplateRuntime } from './runtimes.js';

function where(resource: Resource, path: string[]): string {
  // A resource SAM generates is named by the SAM resource the template declares.
  const owner = `${resource.sourceType} "${resource.name}"`;
  return path.length ? `${path.join('.')} of ${owner}` : owner;
}

export function checkTemplateProperties(program: Program, context: RuleContext): void {
  const template = program.template;
  if (!template || isMacroExpanded(template)) return;
  const idiom = idiomOf('cloudformation', program)!;
  for (const resource of program.resources)
    visitSpecifiedObjects(resource, ({ object, shape, path }) => {
      const known = Object.keys(shape.p);
      if (!known.length) return;
      for (const entry of object.entries) {
        if (Object.hasOwn(shape.p, entry.key) || entry.key.startsWith('Fn::') || entry.key === 'Ref') continue;
        const closest = closestCfnName(entry.key, known);
        const written = valueSource(program, entry.value);
        context.report({
          message: `${where(resource, path)} has no property "${entry.key}"${closest ? `; did you mean "${closest}"?` : '.'} CloudFormation rejects the resource ("Encountered unsupported property ${entry.key}").`,
          span: entry.keySpan,
          resource,
          fix: closest ? renameProperty(entry.key, entry.keySpan, closest) : undefined,
          suggestion:
            closest && written !== undefined
              ? {
                  before: idiom.mapEntry(entry.key, source(written)),
                  after: idiom.mapEntry(closest, source(written)),
                }
              : undefined,
        });
      }
    });
}

export function checkTemplateValues(program: Program, context: RuleContext): void {
  const template = program.template;
  if (!template) return;
  // SAM resources are checked as the resources the transform generates from them.
  const resources = program.resources.flatMap((r) => {
    const generated = samExpansion(program, r);
    return generated.length ? generated : [r];
  });
  for (const resource of resources) {
    visitSpecifiedObjects(resource, ({ object, shape, path }) => {
      for (const entry of object.entries) {
        const allowed = shape.e?.[entry.key];
        const written = entry.value.kind === 'literal' ? entry.value.value : undefined;
        if (!allowed || typeof written !== 'string') continue;
        if (allowed.some((value) => value.toLowerCase() === written.toLowerCase())) continue;
        context.report({
          message: `${where(resource, path)} sets ${entry.key} to ${JSON.stringify(written)}, which is not an allowed value (${list(allowed)}).`,
          span: entry.value.span,
          resource,
        });
      }
    });
    checkTemplateRuntime(program, resource, context);
  }
  checkParameterDefaults(program, context);
  for (const resource of program.resources) checkDocumentedConstraints(program, resource, context);
  checkBucketNames(program, context);
}

/**
 * AWS CDK constructs: the CloudFormation properties they set (an L1's props, an
 * L2's modelled ones) against the specification's allowed values: a literal as
 * in a template; a CDK enum member (`ssm.ParameterType.SECURE_STRING`) by its
 * name, for an enum whose member names spell the allowed values (every allowed
 * value is the name of a member, case and underscores aside), as jsii writes
 * them; an enum that does not (`InstanceClass.BURSTABLE3` is `t3`) is not judged.
 */
export function checkCdkValues(program: Program, context: RuleContext): void {
  for (const resource of program.resources) {
    if (!resource.construct) continue;
    visitSpecifiedObjects(resource, ({ object, shape, path }) => {
      for (const entry of object.entries) {
        const allowed = shape.e?.[entry.key];
        if (!allowed) continue;
        const literal = entry.value.kind === 'literal' ? entry.value.value : undefined;
        const member = typeof literal === 'string' ? undefined : enumMemberAt(program, entry.value);
        const written = typeof literal === 'string' ? literal : member && mirroredMember(member, allowed);
        if (written === undefined || allowed.some((value) => flat(value) === flat(written))) continue;
        context.report({
          message: `${where(resource, path)} sets ${entry.key} to ${member ? member.text : JSON.stringify(written)}, which is not an allowed value (${list(allowed)}): CloudFormation rejects the resource.`,
          span: entry.value.span,
          resource,
        });
      }
    });
  }
}

/** The CDK enum member a value names (`[aws_ssm, ParameterType, SECURE_STRING]`), from the references the reader resolved. */
function enumMemberAt(program: Program, value: Value): { enumName: string; name: string; text: string } | undefined {
  if (value.kind !== 'unknown' && value.kind !== 'reference') return undefined;
  for (const { module, className, member } of cdkMembersWithin(program, value.span)) {
    const enumName = `${module}.${className}`;
    if (cdkEnum(enumName)?.includes(member))
      return { enumName, name: member, text: value.text ?? `${enumName}.${member}` };
  }
  return undefined;
}

/** The member's name when its enum's member names spell every allowed value; undefined otherwise. */
function mirroredMember(member: { enumName: string; name: string }, allowed: readonly string[]): string | undefined {
  const names = new Set((cdkEnum(member.enumName) ?? []).map(flat));
  return allowed.every((value) => names.has(flat(value))) ? member.name : undefined;
}

function flat(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** Template bucket names (bucket-names.ts): a literal `BucketName`, or one built with `Fn::Sub`/`Fn::Join`. */
function checkBucketNames(program: Program, context: RuleContext): void {
  for (const resource of program.resources) {
    if (resource.type !== 'AWS::S3::Bucket') continue;
    const name = resource.args.entries.find((e) => e.key === 'BucketName')?.value;
    if (name) checkBucketName(program, context, resource, name, 'BucketName');
  }
}

/** Launch template versions CloudFormation does not resolve: it needs a number (or `Fn::GetAtt ... LatestVersionNumber`). */
const SYMBOLIC_VERSIONS = new Set(['$Latest', '$Default']);

/**
 * Constraints the AWS documentation states that the specification cannot
 * express (cross-property rules, values CloudFormation alone refuses).
 */
function checkDocumentedConstraints(program: Program, resource: Resource, context: RuleContext): void {
  const idiom = idiomOf('cloudformation', program)!;
  const launchTemplate = launchTemplateOf(program, resource);
  visitSpecifiedObjects(resource, ({ object, path }) => {
    // AWS::EC2::Instance LaunchTemplateSpecification: the version must be a number; the reference tells to read
    // LatestVersionNumber or DefaultVersionNumber with Fn::GetAtt instead of $Latest / $Default.
    const version = object.entries.find((e) => e.key === 'Version')?.value;
    const versionText = version?.kind === 'literal' ? stringValue(version) : undefined;
    const isLaunchTemplate = object.entries.some((e) => e.key === 'LaunchTemplateId' || e.key === 'LaunchTemplateName');
    if (
      resource.type === 'AWS::EC2::Instance' &&
      version &&
      versionText &&
      isLaunchTemplate &&
      SYMBOLIC_VERSIONS.has(versionText)
    )
      context.report({
        message: `${where(resource, path)} sets the launch template Version to ${JSON.stringify(versionText)}, which CloudFormation does not accept for ${resource.type}: use !GetAtt <LaunchTemplate>.LatestVersionNumber (or DefaultVersionNumber).`,
        span: version.span,
        resource,
        suggestion: {
          before: idiom.mapEntry('Version', literal(versionText)),
          after: idiom.mapEntry(
            'Version',
            attribute(
              { type: 'AWS::EC2::LaunchTemplate', label: launchTemplate ?? 'LaunchTemplate' },
              'LatestVersionNumber',
            ),
          ),
        },
      });
    // AWS Backup lifecycle: "backups transitioned to cold storage must be stored in cold storage for a minimum of
    // 90 days", so DeleteAfterDays must be at least MoveToColdStorageAfterDays + 90 (AWS Backup Lifecycle API reference).
    const deleteAfter = object.entries.find((e) => e.key === 'DeleteAfterDays')?.value;
    const deleteDays = numberOf(deleteAfter);
    const moveDays = numberOf(object.entries.find((e) => e.key === 'MoveToColdStorageAfterDays')?.value);
    if (
      resource.type === 'AWS::Backup::BackupPlan' &&
      deleteAfter &&
      deleteDays !== undefined &&
      moveDays !== undefined &&
      deleteDays < moveDays + 90
    )
      context.report({
        message: `${where(resource, path)} deletes backups after ${deleteDays} days but moves them to cold storage after ${moveDays}: AWS Backup keeps cold backups at least 90 days, so DeleteAfterDays must be at least ${moveDays + 90}. The plan is rejected.`,
        span: deleteAfter.span,
        resource,
        suggestion: {
          before: idiom.mapEntry('DeleteAfterDays', literal(deleteDays)),
          after: idiom.mapEntry('DeleteAfterDays', literal(moveDays + 90)),
        },
      });
  });
}

/** The logical id of the launch template an instance names by `Ref`/`Fn::GetAtt`, when it is in the template. */
function launchTemplateOf(program: Program, resource: Resource): string | undefined {
  const names = new Set(program.resources.filter((r) => r.type === 'AWS::EC2::LaunchTemplate').map((r) => r.name));
  let found: string | undefined;
  walkValue(resource.args, (value) => {
    if (value.kind === 'reference' && value.target.kind === 'resource' && names.has(value.target.name))
      found ??= value.target.name;
  });
  return found;
}

function numberOf(value: Value | undefined): number | undefined {
  if (value?.kind !== 'literal') return undefined;
  const number = Number(value.value);
  return typeof value.value === 'boolean' || value.value === null || !Number.isFinite(number) ? undefined : number;
}

/** A parameter default outside its own AllowedValues or AllowedPattern: deploying with the defaults fails. */
function checkParameterDefaults(program: Program, context: RuleContext): void {
  for (const parameter of program.template?.parameters ?? []) {
    const value = stringValue(parameter.default);
    if (value === undefined || !parameter.default) continue;
    const allowed =
      parameter.allowedValues?.kind === 'list' ? parameter.allowedValues.items.map(stringValue) : undefined;
    if (allowed && allowed.every((a) => a !== undefined) && !allowed.includes(value)) {
      context.report({
        message: `Parameter "${parameter.name}" defaults to ${JSON.stringify(value)}, which is not among its AllowedValues (${list(allowed as string[])}): creating the stack with the default fails.`,
        span: parameter.default.span,
        severity: 'high',
      });
      continue;
    }
    const pattern = stringValue(parameter.allowedPattern);
    if (pattern === undefined || value.length > 2048) continue;
    let matches: boolean;
    try {
      // CloudFormation matches the whole value (Java regular expressions; the common subset reads the same here).
      matches = new RegExp(`^(?:${pattern})$`).test(value);
    } catch {
      continue;
    }
    if (!matches)
      context.report({
        message: `Parameter "${parameter.name}" defaults to ${JSON.stringify(value)}, which does not match its AllowedPattern ${JSON.stringify(pattern)}: creating the stack with the default fails.`,
        span: parameter.default.span,
        severity: 'high',
      });
  }
}

function list(values: string[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}
