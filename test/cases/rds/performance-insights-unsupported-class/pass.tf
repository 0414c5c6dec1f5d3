# A class large enough, an engine without restrictions, and Performance Insights off.
resource "aws_db_instance" "orders" {
  identifier                   = "orders"
  engine                       = "mysql"
  engine_version               = "8.0"
  instance_class               = "db.t3.medium"
  allocated_storage            = 20
  username                     = "orders"
  manage_master_user_password  = true
  performance_insights_enabled = true
}

resource "aws_db_instance" "events" {
  identifier                   = "events"
  engine                       = "postgres"
  instance_class               = "db.t3.micro"
  allocated_storage            = 20
  username                     = "events"
  manage_master_user_password  = true
  performance_insights_enabled = true
}

resource "aws_db_instance" "audit" {
  identifier                   = "audit"
  engine                       = "mariadb"
  instance_class               = "db.t4g.small"
  allocated_storage            = 20
  username                     = "audit"
  manage_master_user_password  = true
  performance_insights_enabled = false
}
