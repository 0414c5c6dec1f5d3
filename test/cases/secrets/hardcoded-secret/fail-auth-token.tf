# An AUTH token is a credential, unlike a creation token or token validity units.
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "session cache"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = "s3ssion-cache-auth-token-2024"
}
