"""Where to download a missing model: the resolution chain and its steps (local, catalogs, Civitai, Hugging Face)."""
