resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t3.medium"
  allocated_storage           = 100
  storage_type                = "gp3"
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "reports" {
  identifier                  = "reports"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 400
  storage_type                = "gp3"
  iops                        = 12000
  storage_throughput          = 500
  username                    = "reports"
  manage_master_user_password = true
}

resource "aws_db_instance" "ledger" {
  identifier                  = "ledger"
  engine                      = "sqlserver-se"
  license_model               = "license-included"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  storage_type                = "gp3"
  iops                        = 4000
  username                    = "ledger"
  manage_master_user_password = true
}
