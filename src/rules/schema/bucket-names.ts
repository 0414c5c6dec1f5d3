/**
 * S3 general purpose bucket names: lowercase letters, digits, dots and
 * hyphens, beginning and ending with a letter or digit ("Bucket naming
 * rules", Amazon S3 User Guide). A name built from parts (a template string,
 * `Fn::Sub`, `Fn::Join`) is judged by the parts the program states: its
 * literal text and the defaults of the inputs it reads; the length is
 * `schema/name-too-long`'s.
 */
import { describeResource } from '../describe.js';
import type { RuleContext } from '../rule.js';
import { inputDefault } from '../stated-value.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { stringValue } from '../../model/values.js';

/** What is wrong with a stated part of a bucket name (`whole` when it is the entire name), or undefined. */
export function bucketNameFault(text: string, whole: boolean): string | undefined {
  if (/[A-Z]/.test(text)) return 'S3 bucket names cannot contain uppercase letters';
  const other = /[^a-z0-9.-]/.exec(text);
  if (other)
    return `S3 bucket names hold only lowercase letters, digits, dots and hyphens, not ${JSON.stringify(other[0])}`;
  if (!whole) return undefined;
  if (!/^[a-z0-9]/.test(text) || !/[a-z0-9]$/.test(text)) return 'S3 bucket names begin and end with a letter or digit';
  if (text.includes('..')) return 'S3 bucket names cannot contain two adjacent dots';
  return undefined;
}

/**
 * Reports the first part of a bucket's name that S3 refuses: the literal, a literal piece of a built name, or
 * the default of an input the name reads (reported at the default, with the name as related).
 */
export function checkBucketName(
  program: Program,
  context: RuleContext,
  bucket: Resource,
  name: Value,
  argument: string,
): void {
  const parts = name.kind === 'template' ? name.parts : [name];
  for (const part of parts) {
    const input = inputDefault(program, part);
    const source = input?.value ?? part;
    const text = source.kind === 'literal' ? stringValue(source) : undefined;
    // A CDK for Terraform string passes `${...}` on to Terraform, which evaluates it: not part of the name as written.
    if (text === undefined || (bucket.framework.startsWith('cdktf') && text.includes('${'))) continue;
    const fault = bucketNameFault(text, !input && parts.length === 1);
    if (!fault) continue;
    context.report({
      message: input
        ? `${inputName(program, part)} ${input.file ? `is set to ${JSON.stringify(text)} in ${input.file}` : `defaults to ${JSON.stringify(text)}`}, which ${describeResource(bucket)} uses in its ${argument}: ${fault}, so the bucket fails to create with ${input.file ? 'that value' : 'the default'}.`
        : `${describeResource(bucket)} has ${argument}${parts.length > 1 ? ' part' : ''} ${JSON.stringify(text)}: ${fault}, so the bucket fails to create.`,
      span: source.span,
      resource: input ? undefined : bucket,
      related: input ? [{ message: 'used in this bucket name', span: part.span }] : undefined,
    });
    return;
  }
}

/** An input as messages name it: `Parameter "ProjectName"`, `Variable "project_name"`. */
function inputName(program: Program, part: Value): string {
  const name = part.kind === 'reference' && part.target.kind === 'var' ? part.target.name : '';
  return `${program.template ? 'Parameter' : 'Variable'} "${name}"`;
}
