"""A Civitai image's generation data: its metadata, what a user pasted, and the resources it names."""
