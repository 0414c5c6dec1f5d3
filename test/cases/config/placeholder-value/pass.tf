variable "consumer_account_id" {
  type = string
}

variable "alerts_endpoint" {
  type = string
}

resource "aws_lambda_layer_version_permission" "shared" {
  layer_name     = "arn:aws:lambda:us-east-1:210987654321:layer:shared"
  version_number = 1
  statement_id   = "share-with-consumer"
  action         = "lambda:GetLayerVersion"
  principal      = var.consumer_account_id
}

resource "aws_sns_topic_subscription" "alerts" {
  topic_arn = "arn:aws:sns:us-east-1:210987654321:alerts"
  protocol  = "https"
  endpoint  = var.alerts_endpoint
}
