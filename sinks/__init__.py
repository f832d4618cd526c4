"""Sinks: write what flows on the topics into the database through the spine's schema."""
