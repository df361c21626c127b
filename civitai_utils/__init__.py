"""Everything that talks to the outside world: Civitai and Hugging Face, the disk, ComfyUI's folders."""
