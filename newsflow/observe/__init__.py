"""Observability shared by every service: the fixed set of Prometheus metrics and the health endpoints."""
