"""Delivery: write briefs to files (files.py) and send them by email (email.py, smtp.py)."""
