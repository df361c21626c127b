"""Shapes both `pipeline` and `civitai_utils` import: data models, constants and pure checks, no I/O.

`civitai_utils` may import only this sub-package of `pipeline`; everything here imports nothing of the pack
outside it."""
