import * as aws from '@pulumi/aws';

export const certificate = new aws.acm.Certificate('site', {
  domainName: 'www.example.org',
  validationMethod: 'DNS',
});
