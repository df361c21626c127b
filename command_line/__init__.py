"""The command line's parts: how answers are printed, and the workflow verbs (the door is ../civitai_cli.py)."""
