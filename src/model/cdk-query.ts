/**
 * Questions about AWS CDK programs that rules ask of the model: which
 * aws-cdk-lib member a prop value names (`s3.ObjectOwnership.OBJECT_WRITER`).
 */
import type { Program, Value } from './types.js';

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
