import * as aws from '@pulumi/aws';

const mesh = new aws.appmesh.Mesh('mesh', { name: 'orders' });

// Terraform's `listener` block is a list in Pulumi: `listeners`.
export const gateway = new aws.appmesh.VirtualGateway('gateway', {
  name: 'orders-gateway',
  meshName: mesh.name,
  spec: {
    listener: {
      portMapping: { port: 8080, protocol: 'http' },
    },
  },
});
