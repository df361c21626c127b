"""Building a ComfyUI API-format workflow from an image's parameters and resources."""
