import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';

interface SiteProps extends cdk.StackProps {
  certificateArn?: string;
}

export class SiteStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id, props);
    new cloudfront.Distribution(this, 'Site', {
      defaultBehavior: { origin: new origins.HttpOrigin('origin.example.com') },
      domainNames: ['www.example.com'],
      certificate: acm.Certificate.fromCertificateArn(
        this,
        'Certificate',
        props.certificateArn || `arn:aws:acm:us-east-1:${cdk.Aws.ACCOUNT_ID}:certificate/placeholder`,
      ),
    });
  }
}
