import { insertArgument, fixOf } from '../../fix/edits.js';
import { referencedResource, resourcesOfType } from '../../model/query.js';
import { arg, describeValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'terraform/lambda-source-hash-missing',
    title: 'Lambda archive without source_code_hash',
    severity: 'low',
    frameworks: ['terraform'],
    description: 'A Lambda function deployed from a local archive (`filename`) does not set `source_code_hash`.',
    rationale:
      'Terraform only sees the file name; when the archive content changes but its name does not, the plan shows no change and the new code is never deployed.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#source_code_hash',
    fixable: 'auto',
  },
  check(program, context) {
    for (const fn of resourcesOfType(program, 'aws_lambda_function')) {
      const filename = arg(fn, 'filename');
      if (!filename || arg(fn, 'source_code_hash')) continue;
      // From an archive_file data source, its own hash attribute is the right value.
      // `data.archive_file.x[each.key].output_path` is an index call around the reference.
      const reference = filename.kind === 'call' && filename.name === '[]' ? filename.args[0] : filename;
      const archive = referencedResource(program, reference);
      const text = reference.kind === 'reference' ? reference.text : undefined;
      let hash = `filebase64sha256(${describeValue(filename)})`;
      if (archive?.mode === 'data' && archive.type === 'archive_file')
        hash = text?.endsWith('.output_path')
          ? `${text.slice(0, -'.output_path'.length)}.output_base64sha256`
          : `data.archive_file.${archive.name}.output_base64sha256`;
      context.report({
        message: `${describeResource(fn)} deploys a local archive without source_code_hash; code changes will not redeploy. Set source_code_hash = ${hash}.`,
        span: filename.span,
        resource: fn,
        fix: fixOf('Add source_code_hash', [insertArgument(fn, 'source_code_hash', hash)]),
        suggestion: { before: '(no source_code_hash)', after: `source_code_hash = ${hash}` },
      });
    }
  },
});
