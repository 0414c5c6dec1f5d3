variable "create_config_recorder" {
  description = "Off where the account already records configuration (AWS Control Tower, another stack)."
  type        = bool
  default     = true
}

variable "config_role_arn" {
  type = string
}

resource "aws_config_configuration_recorder" "recorder" {
  count    = var.create_config_recorder ? 1 : 0
  name     = "default"
  role_arn = var.config_role_arn
}
