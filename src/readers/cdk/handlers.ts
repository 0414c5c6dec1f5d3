/**
 * AWS CDK inline Lambda code (`lambda.Code.fromInline(...)`) is read before the
 * function that holds it; once the program is read, its language is the one
 * of the function's runtime (`Runtime.PYTHON_3_12` → Python).
 */
import { cdkFunctionRuntimes } from '../../model/cdk-query.js';
import type { Program } from '../../model/types.js';

export function settleInlineHandlerLanguages(program: Program): void {
  const pending = program.handlers.filter((h) => h.language === 'unknown' && h.resource?.construct);
  if (pending.length === 0) return;
  const runtimes = cdkFunctionRuntimes(program);
  for (const handler of pending) {
    const runtime = runtimes.find((r) => r.resource === handler.resource)?.runtime ?? '';
    if (runtime.startsWith('python')) handler.language = 'python';
    else if (runtime.startsWith('nodejs')) handler.language = 'javascript';
  }
}
