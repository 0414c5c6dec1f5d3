# One configuration recorder per region and account: no suffix would help, account/regional-singleton reports it.
variable "environment_suffix" {
  type = string
}

variable "config_role_arn" {
  type = string
}

resource "aws_config_configuration_recorder" "recorder" {
  name     = "default"
  role_arn = var.config_role_arn
}
