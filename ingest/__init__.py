"""Ingest stage: fetch feeds and article pages, parse feeds, clean article HTML into text."""
