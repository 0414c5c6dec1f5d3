# Nothing creates "orders/db-credentials": a fresh account fails here.
data "aws_secretsmanager_secret_version" "db" {
  secret_id = "orders/db-credentials"
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/orders/db-host"
  type  = "String"
  value = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["host"]
}
