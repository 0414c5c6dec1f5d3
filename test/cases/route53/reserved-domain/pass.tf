variable "domain_name" {
  type = string
}

resource "aws_route53_zone" "main" {
  name = var.domain_name
}

# A private zone may use any name.
resource "aws_route53_zone" "internal" {
  name = "internal.example.com"

  vpc {
    vpc_id = "vpc-0a1b2c3d4e5f60718"
  }
}
