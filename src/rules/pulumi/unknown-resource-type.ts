/**
 * pulumi/unknown-resource-type: a program constructs `aws.<module>.<Class>`
 * that @pulumi/aws does not have (`logs.LogGroup` for `cloudwatch.LogGroup`).
 */
import { pulumiResourceNames } from '../../schema/pulumi-aws.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'pulumi/unknown-resource-type',
    title: 'Resource class @pulumi/aws does not have',
    severity: 'critical',
    frameworks: ['pulumi-ts', 'pulumi-py'],
    description:
      'A construction of `aws.<module>.<Class>` (or `<module>.<Class>` imported from the package) that is not a resource of @pulumi/aws, with the module that has a class of that name; in Python, also a module imported from pulumi_aws that the package does not have (`from pulumi_aws import logs`).',
    rationale:
      'TypeScript does not compile and Python fails with AttributeError or ImportError while the program runs, so `pulumi up` stops before anything is deployed.',
    docs: 'https://www.pulumi.com/registry/packages/aws/api-docs/',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const unknown of program.unknownModuleImports ?? [])
      context.report({
        message: `pulumi_aws has no module ${unknown.name}: \`from pulumi_aws import ${unknown.name}\` raises ImportError and the program fails before anything is deployed.${unknown.name === 'logs' ? ' CloudWatch Logs resources are in cloudwatch (cloudwatch.LogGroup).' : ''}`,
        span: unknown.span,
        suggestion:
          unknown.name === 'logs'
            ? { before: 'from pulumi_aws import logs', after: 'from pulumi_aws import cloudwatch' }
            : undefined,
      });
    for (const unknown of program.unknownResourceTypes ?? []) {
      const [, module, className] = unknown.sourceType.split('.');
      // `aws.sdk` was the AWS SDK re-exported for callback code, not a resource module.
      if (module === 'sdk') continue;
      const python = program.framework === 'pulumi-py';
      // Python modules also export their nested types as classes (`lambda_.FunctionEnvironment`).
      if (python && nestedTypeName(module, className)) continue;
      // Suggested only when one module alone has a class of that (not too generic) name.
      const homes = pulumiResourceNames().filter((name) => name.endsWith(`.${className}`));
      const found = homes.length === 1 && className.length > 6 ? homes[0] : undefined;
      const suggestion = found
        ? `aws.${python && found.startsWith('lambda.') ? `lambda_${found.slice(6)}` : found}`
        : undefined;
      context.report({
        message: `@pulumi/aws has no resource ${unknown.sourceType}${suggestion ? `; ${className} is ${suggestion}` : ''}: the program fails before anything is deployed.`,
        span: unknown.span,
        suggestion: suggestion ? { before: `${module}.${className}`, after: suggestion.slice(4) } : undefined,
      });
    }
  },
});

/** A name made of a resource class of the module and more (`FunctionEnvironment` in `lambda_`). */
function nestedTypeName(module: string, className: string): boolean {
  const prefix = `${module.replace(/_$/, '')}.`;
  return pulumiResourceNames().some(
    (name) =>
      name.startsWith(prefix) &&
      className.startsWith(name.slice(prefix.length)) &&
      className !== name.slice(prefix.length),
  );
}
