"""Pure logic: no I/O, no ComfyUI imports. Parsing, resolution, mapping, building workflows."""
