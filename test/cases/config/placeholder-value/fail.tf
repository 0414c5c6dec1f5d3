variable "lambda_role_arn" {
  type = string
}

resource "aws_lambda_layer_version_permission" "shared" {
  layer_name     = "arn:aws:lambda:us-east-1:210987654321:layer:shared"
  version_number = 1
  statement_id   = "share-with-consumer"
  action         = "lambda:GetLayerVersion"
  principal      = "123456789012"
}

resource "aws_sns_topic_subscription" "alerts" {
  topic_arn = "arn:aws:sns:us-east-1:210987654321:alerts"
  protocol  = "https"
  endpoint  = "https://REPLACE_ME.example.net/hook"
}
