"""A tiny custom node pack installed only in the test ComfyUI: a loader reading its own model folder.

The pack's missing-models check must learn the folder from the live node definitions, since no
static table knows this node.
"""

import os

import folder_paths

FOLDER = "fancy_models"
folder_paths.folder_names_and_paths[FOLDER] = (
    [os.path.join(folder_paths.models_dir, FOLDER)],
    folder_paths.supported_pt_extensions,
)


class FancyModelLoader:
    CATEGORY = "testing"
    RETURN_TYPES = ("STRING",)
    FUNCTION = "load"

    @classmethod
    def INPUT_TYPES(cls):  # noqa: N802 - ComfyUI's name
        return {
            "required": {
                "strength": ("FLOAT", {"default": 1.0}),
                "fancy_name": (folder_paths.get_filename_list(FOLDER),),
            }
        }

    def load(self, strength, fancy_name):
        return (fancy_name,)


NODE_CLASS_MAPPINGS = {"FancyModelLoader": FancyModelLoader}
NODE_DISPLAY_NAME_MAPPINGS = {"FancyModelLoader": "Fancy Model Loader (test)"}
