import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

export const certificate = new aws.acm.Certificate('site', {
  domainName: config.require('domainName'),
  validationMethod: 'DNS',
});
