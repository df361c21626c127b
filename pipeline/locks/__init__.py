"""Locks: which exact model files a set of workflows needs (build.py) and whether a machine has them (verify.py)."""
