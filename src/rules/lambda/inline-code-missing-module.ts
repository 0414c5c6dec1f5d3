/**
 * lambda/inline-code-missing-module: inline handler code imports a module
 * its runtime does not include, and inline code ships nothing else.
 */
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { describeResource } from '../describe.js';
import { usesCloudFormationVocabulary } from '../../model/cloudformation.js';
import type { HandlerFile } from '../../model/types.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import { cdkFunctionRuntimes } from '../../model/cdk-query.js';
import { handlerFacts } from '../../readers/handlers/analyze.js';
import { runtimeProvides } from '../../schema/lambda-runtime-modules.js';

export default defineRule({
  meta: {
    id: 'lambda/inline-code-missing-module',
    title: 'Inline Lambda code imports a module the runtime lacks',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'Handler code written inline (a template `ZipFile`, CDK `Code.fromInline` / `Code.from_inline`, an inline archive source, a string asset) imports a package that is neither in the language’s standard library nor in the AWS SDK the runtime bundles, e.g. `aws-sdk` (v2) on Node.js 18 and later, or `requests` on Python, and the function has no layer.',
    rationale:
      'Inline code is the whole deployment package, so the import fails when the function starts: every invocation errors with "Cannot find module" or "No module named". Node.js 18 and later runtimes include only the AWS SDK for JavaScript v3.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html#nodejs-sdk-included',
    fixable: 'none',
  },
  check(program, context) {
    for (const handler of program.handlers) {
      const fn = handler.resource;
      if (!handler.inline || !fn) continue;
      const cloudFormation = usesCloudFormationVocabulary(fn.framework);
      const runtime = fn.construct
        ? cdkFunctionRuntimes(program).find((r) => r.resource === fn)?.runtime
        : stringValue(arg(fn, cloudFormation ? 'Runtime' : 'runtime'));
      const layers = fn.construct ? field(fn.construct.props, 'layers') : arg(fn, cloudFormation ? 'Layers' : 'layers');
      // A layer may provide the module (CDK also adds them with `addLayers`).
      const addsLayers = program.cdkMethodCalls?.some((c) => c.resource === fn && c.method === 'addLayers');
      if (!runtime || items(layers).length || addsLayers) continue;
      const reported = new Set<string>();
      for (const { module, span, guarded } of handlerFacts(handler).imports) {
        if (guarded || reported.has(module)) continue;
        if (runtimeProvides(module, { runtime, cloudFormationInline: cloudFormation }) !== false) continue;
        reported.add(module);
        context.report({
          message: `The inline code of ${describeResource(fn)} imports "${module}", which the ${runtime} runtime does not include and inline code cannot package: the function fails when it loads it (${failure(handler, module)}). ${remedy(handler, module, runtime)}`,
          span,
          resource: fn,
        });
      }
    }
  },
});

function failure(handler: HandlerFile, module: string): string {
  return handler.language === 'python' ? `"No module named '${module}'"` : `"Cannot find module '${module}'"`;
}

function remedy(handler: HandlerFile, module: string, runtime: string): string {
  if (handler.language === 'javascript' && module === 'aws-sdk')
    return `Use the AWS SDK v3 clients ${runtime} includes (e.g. require('@aws-sdk/client-s3')), or package aws-sdk with the code.`;
  return 'Ship the code from a directory with its dependencies installed, or add a layer that provides the module.';
}
