"""Pure logic: no I/O, no ComfyUI imports. Parsing, resolution, mapping, building workflows.

    shapes/       the shapes pipeline and civitai_utils share (the only part civitai_utils may import)
    workflows/    reading a workflow: the models and node types it needs, which this machine lacks
    images/       a Civitai image's metadata, what a user pasted, the resources the image names
    generation/   an image's parameters and resources made into a ComfyUI API workflow
    sources/      where to download a missing model: the resolution chain and its steps
    reports/      what a scan found, as reports and a download script

Clients (Civitai, Hugging Face, the model store) come in through small protocols, never imports.
"""
