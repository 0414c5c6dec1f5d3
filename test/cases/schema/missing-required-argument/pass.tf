resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "Session store"
  engine               = "redis"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
}
