# The secret is managed elsewhere: its id is an input of the module.
variable "db_secret_id" {
  type        = string
  description = "Secrets Manager secret holding the database credentials"
}

data "aws_secretsmanager_secret_version" "db" {
  secret_id = var.db_secret_id
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/orders/db-host"
  type  = "String"
  value = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["host"]
}
