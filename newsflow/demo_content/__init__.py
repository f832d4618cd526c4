"""Bundled demo articles and their manifest, served by the demo's loopback HTTP server."""
