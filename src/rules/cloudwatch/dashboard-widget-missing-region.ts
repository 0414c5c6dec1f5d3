/**
 * cloudwatch/dashboard-widget-missing-region: a metric or log widget of a
 * dashboard body without the `region` its properties require.
 */
import { lookup, source } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { resourcesOfType } from '../../model/query.js';
import type { Resource, Value } from '../../model/types.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** Widget types whose properties must name a region (CloudWatch's dashboard body structure). */
const REGIONAL_WIDGETS = new Set(['metric', 'log']);

/** The encoders a program writes a dashboard body with. */
const JSON_ENCODERS = new Set(['jsonencode', 'JSON.stringify', 'json.dumps', 'pulumi.jsonStringify']);

export default defineRule({
  meta: {
    id: 'cloudwatch/dashboard-widget-missing-region',
    title: 'Dashboard widget without a region',
    severity: 'critical',
    frameworks: 'all',
    description:
      'A metric or log widget of a CloudWatch dashboard body whose properties do not set `region` (a region inside each metric’s options does not count).',
    rationale:
      'The dashboard body structure requires `region` in the properties of metric and log widgets; PutDashboard refuses the body ("Should have required property \'region\'") and the deployment fails.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const dashboard of resourcesOfType(program, 'aws_cloudwatch_dashboard')) {
      const body = bodyObject(arg(dashboard, 'dashboard_body'));
      if (!body) continue;
      items(field(body, 'widgets')).forEach((widget, index) => {
        const type = stringValue(field(widget, 'type'));
        const properties = field(widget, 'properties');
        if (!type || !REGIONAL_WIDGETS.has(type) || properties?.kind !== 'object') return;
        if (field(properties, 'region') !== undefined) return;
        // A spread (`...common`) may bring the region in.
        if (properties.entries.some((e) => e.key.startsWith('...') || e.key.startsWith('**'))) return;
        const title = stringValue(field(properties, 'title'));
        context.report({
          message:
            `Widget ${index + 1}${title ? ` ("${title}")` : ''} of ${describeResource(dashboard)} is a ${type} widget whose properties have no region: ` +
            'CloudWatch refuses the dashboard body ("Should have required property \'region\'"). Add region to its properties.',
          span: widget.span,
          resource: dashboard,
          suggestion: regionSuggestion(dashboard),
        });
      });
    }
  },
});

/** The body as an object: the argument of a JSON encoder, or a folded value. */
function bodyObject(value: Value | undefined): Value | undefined {
  if (!value) return undefined;
  if (value.kind === 'object') return value;
  if (value.kind === 'call') {
    if (JSON_ENCODERS.has(value.name) && value.args[0]) return bodyObject(value.args[0]);
    if (value.folded) return bodyObject(value.folded);
  }
  return undefined;
}

/** `region = data.aws_region.current.region` (Terraform) or the provider's configured region (Pulumi). */
function regionSuggestion(dashboard: Resource): { before: string; after: string } | undefined {
  const idiom = idiomOf(dashboard.framework);
  if (!idiom) return undefined;
  const value =
    dashboard.framework === 'terraform' ? lookup('aws_region', 'current', [], 'region') : source('aws.config.region');
  return { before: '', after: idiom.mapEntry('region', value) };
}
