resource "aws_iam_role" "worker" {
  name = "worker-${var.environment_suffix}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

variable "environment_suffix" {
  type = string
}

# Lets the worker read its queue.
resource "aws_iam_role_policy" "worker_queue" {
  name = "worker-queue-${var.environment_suffix}"
  role = aws_iam_role.worker.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:ReceiveMessage"], Resource = "arn:aws:sqs:us-east-1:123456789012:jobs" }]
  })
}
