/**
 * cdktf/token-list-indexing: a CDK for Terraform program indexes a list
 * attribute of a resource or data source directly (`azs.names[0]`,
 * `cert.domainValidationOptions[0].resourceRecordName`). Terraform knows the
 * list only when it runs: CDKTF stands for a list of strings with a
 * one-element array holding a token for the whole list, and for a list of
 * blocks with a `ComplexList` read by `.get(i)`. Which attributes are lists
 * comes from the provider package (src/schema/cdktf.ts).
 */
import type { Program, ReferenceValue, Resource, Value } from '../../model/types.js';
import { camelCase } from '../../model/names.js';
import { referencedResource } from '../../model/query.js';
import { cdktfListAttribute, cdktfListAttributesSource, type CdktfListKind } from '../../schema/cdktf.js';
import { describeResource } from '../describe.js';
import { defineRule, type Severity } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cdktf/token-list-indexing',
    title: 'List attribute indexed directly in CDK for Terraform',
    severity: 'critical',
    frameworks: ['cdktf-ts', 'cdktf-py'],
    description:
      'A list attribute of a resource or data source (`names` of an availability zones data source, `domain_validation_options` of a certificate) indexed with `[i]` instead of `Fn.element(list, i)` or, for a list of blocks, `.get(i)`.',
    rationale:
      'The list is known only when Terraform runs. CDKTF stands for a list of strings with a one-element array holding a token for the whole list: `[0]` is that token, and synth stops with "Found an encoded list token string in a scalar string context"; a higher index is `undefined` in TypeScript (the argument is left out) and an IndexError in Python. A list of blocks is a `ComplexList` object, which has no elements to index: TypeScript reads `undefined` and fails on its first attribute, Python raises TypeError.',
    docs: 'https://developer.hashicorp.com/terraform/cdktf/concepts/tokens',
    fixable: 'none',
  },
  check(program, context) {
    const python = program.framework === 'cdktf-py';
    // One report per place: a reference reached twice (a value shared by two resources) is one mistake.
    const reported = new Set<string>();
    const visit = (value: Value, owner: Resource | undefined, inList: boolean) => {
      if (value.kind === 'reference') {
        const problem = indexedList(program, value);
        const place = `${value.span.file}:${value.span.start}`;
        if (problem && !reported.has(place)) {
          reported.add(place);
          const { message, severity } = explain(problem, value, python, inList);
          const where = owner ? `${describeResource(owner)} reads ` : '';
          context.report({
            message: `${where}${message} (${cdktfListAttributesSource()}).`,
            severity,
            span: value.span,
            resource: owner,
          });
        }
        return;
      }
      switch (value.kind) {
        case 'object':
          for (const entry of value.entries) visit(entry.value, owner, false);
          break;
        case 'list':
          for (const item of value.items) visit(item, owner, true);
          break;
        case 'template':
          for (const part of value.parts) visit(part, owner, false);
          break;
        case 'call':
          for (const arg of value.args) visit(arg, owner, false);
          break;
        default:
          break;
      }
    };
    for (const resource of [...program.resources, ...program.dataSources]) visit(resource.args, resource, false);
    for (const output of program.outputs) visit(output.value, undefined, false);
  },
});

interface IndexedList {
  target: Resource;
  /** The list attribute, as Terraform names it. */
  attribute: string;
  kind: CdktfListKind;
  index: number;
  /** Whether the program reads on past the element (`[0].resourceRecordName`). */
  readsOn: boolean;
}

/** A reference that indexes a list attribute of one of the program's resources or data sources. */
function indexedList(program: Program, value: ReferenceValue): IndexedList | undefined {
  const target = value.target;
  if (target.kind !== 'resource' && target.kind !== 'data') return undefined;
  const [attribute, index, ...rest] = target.path ?? [];
  if (attribute === undefined || index === undefined || !/^\d+$/.test(index)) return undefined;
  const kind = cdktfListAttribute(target.kind, target.type, attribute);
  const resource = kind && referencedResource(program, value);
  // A list read only on a branch decided at synth (`props.zones ?? azs.names`) may never be indexed.
  if (!kind || !resource || resource.conditional) return undefined;
  return { target: resource, attribute, kind, index: Number(index), readsOn: rest.length > 0 };
}

function explain(
  problem: IndexedList,
  value: ReferenceValue,
  python: boolean,
  inList: boolean,
): { message: string; severity: Severity } {
  const { kind, index, readsOn } = problem;
  const written = writtenIndexing(value.text, problem.attribute);
  const element = `[${written?.index ?? index}]`;
  const list = written?.list;
  const tail = written?.tail ?? '';
  const attribute = list?.split('.').at(-1) ?? problem.attribute;
  const subject = `${value.text}, an element of ${attribute} of ${describeResource(problem.target)}, a list Terraform knows only when it runs`;
  if (kind === 'o') {
    // A list of blocks inside the element (`identity[0].oidc[0]`) needs the same change: no one-part correction.
    const corrected = list && !tail.includes('[') ? `${list}.get(${written.index})${tail}` : undefined;
    const failure = python
      ? 'Python raises TypeError (the object is not subscriptable) while the app synthesizes'
      : readsOn
        ? 'In TypeScript the element is undefined, and the app stops with a TypeError when it reads from it'
        : 'In TypeScript the element is undefined, so the argument is left out';
    return {
      message: `${subject}: CDKTF gives a list object, read with .get(i). ${failure}. Use ${corrected ?? `.get(${index}) for each list of blocks`}`,
      severity: python || readsOn ? 'critical' : 'high',
    };
  }
  const corrected = list && !tail ? `Fn.element(${list}, ${written.index})` : undefined;
  const advice = `Use ${corrected ?? `Fn.element(list, ${index})`}`;
  const stands = 'CDKTF stands for it with a one-element list holding a token for the whole list';
  if (index > 0)
    return {
      message: `${subject}: ${stands}, so ${element} ${python ? 'raises IndexError while the app synthesizes' : `is undefined and ${inList ? 'the list gets an empty element' : 'the argument is left out'}`}. ${advice}`,
      severity: python ? 'critical' : 'high',
    };
  if (inList)
    return {
      message: `${subject}: ${stands}, and inside a list CDKTF reads ${element} as that whole list, not its first element. ${advice}`,
      severity: 'high',
    };
  return {
    message: `${subject}: ${stands}, so ${element} is that token, and synth stops with "Found an encoded list token string in a scalar string context". ${advice}`,
    severity: 'critical',
  };
}

/**
 * The list and the index as the program writes them (`azs.names` and `i` in `azs.names[i]`), and what it reads
 * of the element (`.resourceRecordName`): the bracket right after the attribute's name, in either spelling.
 */
function writtenIndexing(text: string, attribute: string): { list: string; index: string; tail: string } | undefined {
  const names = [`.${attribute}`, `.${camelCase(attribute)}`];
  for (let open = text.indexOf('['); open > 0; open = text.indexOf('[', open + 1)) {
    const list = text.slice(0, open);
    if (!names.some((name) => list.endsWith(name))) continue;
    const close = text.indexOf(']', open);
    if (close < 0) return undefined;
    return { list, index: text.slice(open + 1, close).trim(), tail: text.slice(close + 1) };
  }
  return undefined;
}
