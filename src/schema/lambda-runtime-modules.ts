/**
 * The modules a Lambda runtime provides to handler code without packaging:
 * the language's standard library, the AWS SDK the runtime bundles, and the
 * `cfn-response` helper CloudFormation adds to inline (`ZipFile`) code.
 *
 * Python's standard library comes from scripts/generate-python-stdlib.mjs
 * (data/python-stdlib.json); Node's built-in modules from the running Node
 * (`module.builtinModules`, the same set across the Node versions Lambda runs).
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { packageFile } from '../util/package-file.js';

/**
 * Python runtimes include Boto3 and what it imports (botocore, s3transfer,
 * jmespath, python-dateutil, urllib3, six): "Runtime-included SDK versions",
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-python.html
 */
const PYTHON_SDK = ['boto3', 'botocore', 's3transfer', 'jmespath', 'dateutil', 'urllib3', 'six'];
/** Node.js 18 and later include the AWS SDK for JavaScript v3 (and no v2): https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html */
const NODE_SDK_V3_SCOPES = ['@aws-sdk/', '@smithy/', '@aws-crypto/'];
/** Inline code in a template may import the response helper: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-lambda-function-code-cfnresponsemodule.html */
const CFN_RESPONSE = { python: 'cfnresponse', javascript: 'cfn-response' };

let pythonStdlib: Set<string> | undefined;

function isPythonStandard(module: string): boolean {
  pythonStdlib ??= new Set(
    (
      JSON.parse(readFileSync(packageFile('src/schema/data/python-stdlib.json'), 'utf8')) as {
        modules: string[];
      }
    ).modules,
  );
  return pythonStdlib.has(module);
}

export interface RuntimeContext {
  /** The function's runtime identifier (`python3.12`, `nodejs20.x`). */
  runtime: string;
  /** The code is inline in a CloudFormation template (or what CDK synthesizes into one). */
  cloudFormationInline: boolean;
}

/** Whether handler code importing `module` finds it in the runtime alone; undefined when the runtime is not one preflight knows. */
export function runtimeProvides(module: string, context: RuntimeContext): boolean | undefined {
  const { runtime, cloudFormationInline } = context;
  if (runtime.startsWith('python')) {
    if (cloudFormationInline && module === CFN_RESPONSE.python) return true;
    return isPythonStandard(module) || PYTHON_SDK.includes(module);
  }
  const node = /^nodejs(\d+)\.x$/.exec(runtime);
  if (node) {
    if (cloudFormationInline && module === CFN_RESPONSE.javascript) return true;
    if (module.startsWith('node:') || builtinModules.includes(module)) return true;
    return Number(node[1]) >= 18 ? NODE_SDK_V3_SCOPES.some((s) => module.startsWith(s)) : module === 'aws-sdk';
  }
  return undefined;
}
