# Multi-AZ is asked of production only: this development database runs a single instance.
resource "aws_db_instance" "payments" {
  identifier                  = "payments-dev"
  engine                      = "postgres"
  engine_version              = "16"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "payments"
  manage_master_user_password = true
  multi_az                    = false
  skip_final_snapshot         = true
}
