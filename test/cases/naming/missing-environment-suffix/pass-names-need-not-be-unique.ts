import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const environmentSuffix = new pulumi.Config().require('environmentSuffix');

// API names need not be unique: a second deployment cannot collide on them.
new aws.apigateway.RestApi(`orders-api-${environmentSuffix}`, { name: 'orders-api' });
new aws.route53.Zone(`orders-zone-${environmentSuffix}`, { name: 'orders.internal' });
