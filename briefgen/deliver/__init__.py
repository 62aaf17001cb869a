"""Delivery: files on disk (atomic) and email."""
