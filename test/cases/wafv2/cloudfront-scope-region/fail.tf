provider "aws" {
  region = "eu-west-1"
}

resource "aws_wafv2_web_acl" "site" {
  name  = "site-acl"
  scope = "CLOUDFRONT"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "site-acl"
    sampled_requests_enabled   = true
  }
}
