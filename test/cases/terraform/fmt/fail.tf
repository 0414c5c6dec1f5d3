resource "aws_sqs_queue" "jobs" {
    name_prefix = "jobs-"
    visibility_timeout_seconds = 60
    message_retention_seconds = 345600
}
