"""Render stages: text outlines and tables, HTML pages, Akoma Ntoso XML. Only these and cli.py print or write."""
