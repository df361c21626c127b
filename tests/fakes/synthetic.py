"""SYNTHETIC catalog entries: not captured from Civitai, invented so every reference in the image fixtures
resolves to a downloadable version of a sensible type.

The version ids of image 9173928 (fixture 2: ``modelVersionIds`` and ``civitaiResources``) are kept as
given; 9208 is the real id of EasyNegative's version (model 7808). The other versions are 991001-991018 as
listed; their models (990001+) and files (992001+) are numbered in list order. ``aliases`` are the hashes
the image fixtures carry (``Model hash``, ``hashes``, ``resources[].hash``, ``TI hashes``): by-hash maps
them to the version, while ``files[].hashes`` report the real hashes of the served bytes. Resources named
but not hashed (``Model``, ``<lora:...>``, ``Hires upscaler``, ComfyUI ``ckpt_name``) get a model whose
name or file name contains the name, so ``/models?query=`` finds it. The last block adds versions whose
download rules are not the default, for demos and manual testing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .catalog import Catalog

# Each entry is the keyword arguments of Catalog.add_version.
SYNTHETIC_VERSIONS: list[dict] = [
    # --- image 9173928 (fixture 2): modelVersionIds [9208, 249861, 258687, 332071, 345685] ---
    {
        "model_id": 7808,
        "version_id": 9208,
        "model_name": "EasyNegative",
        "model_type": "TextualInversion",
        "version_name": "EasyNegative",
        "base_model": "SD 1.5",
        "trained_words": ["easynegative"],
        "files": [{"name": "easynegative.safetensors", "type": "Negative"}],
    },  # also image 469632 (by name)
    {
        "version_id": 345685,
        "model_name": "DreamSketch XL",
        "model_type": "Checkpoint",
        "version_name": "v1.0",
        "base_model": "SDXL 1.0",
        "files": [{"name": "dreamsketchXL_v10.safetensors", "model_size": "pruned", "fp": "fp16"}],
    },
    {
        "version_id": 249861,
        "model_name": "Ink Wash Style XL",
        "model_type": "LORA",
        "version_name": "v1.0",
        "base_model": "SDXL 1.0",
        "trained_words": ["inkwash"],
        "files": [{"name": "inkwash_style_xl.safetensors"}],
    },
    {
        "version_id": 258687,
        "model_name": "Detail Tweaker XL",
        "model_type": "LORA",
        "version_name": "v1.0",
        "base_model": "SDXL 1.0",
        "files": [{"name": "add-detail-xl.safetensors", "aliases": {"AutoV3": "9C783C8CE46C"}}],
    },  # + image 26962948
    {
        "version_id": 332071,
        "model_name": "SDXL VAE",
        "model_type": "VAE",
        "version_name": "v1.0",
        "base_model": "SDXL 1.0",
        "files": [{"name": "sdxl_vae.safetensors", "type": "VAE"}],
    },  # + image 26962948 "VAE"
    # --- image 469632 (fixture 1): names only ---
    {
        "version_id": 991001,
        "model_name": "MeinaMix",
        "model_type": "Checkpoint",
        "version_name": "Meina V11",
        "base_model": "SD 1.5",
        "files": [{"name": "meinamix_meinaV11.safetensors", "model_size": "pruned", "fp": "fp16"}],
    },
    {
        "version_id": 991002,
        "model_name": "Setsuna Tokage (My Hero Academia)",
        "model_type": "LORA",
        "version_name": "v1.0",
        "base_model": "SD 1.5",
        "trained_words": ["setsuna tokage"],
        "files": [{"name": "setsunaTokage_v10.safetensors"}],
    },
    {
        "version_id": 991003,
        "model_name": "4x-AnimeSharp",
        "model_type": "Upscaler",
        "version_name": "v1.0",
        "base_model": "Other",
        "files": [{"name": "4x-AnimeSharp.pth", "format": "PickleTensor"}],
    },
    # --- image 717937 (fixture 3): hashes.model a49140c6c5, LoRAs by name ---
    {
        "version_id": 991004,
        "model_name": "Mistoon_Anime",
        "model_type": "Checkpoint",
        "version_name": "v1.0",
        "base_model": "SD 1.5",
        "files": [{"name": "mistoonAnime_v10.safetensors", "aliases": {"AutoV2": "A49140C6C5"}}],
    },
    {
        "version_id": 991005,
        "model_name": "Matoi Ryuuko (Kill la Kill)",
        "model_type": "LORA",
        "version_name": "V3",
        "base_model": "SD 1.5",
        "files": [{"name": "MatoiRyuukoV3.safetensors"}],
    },
    {
        "version_id": 991006,
        "model_name": "Merrytail forex meme",
        "model_type": "LORA",
        "version_name": "v02-13",
        "base_model": "SD 1.5",
        "files": [{"name": "merrytail_forex-meme_v02-13.safetensors"}],
    },
    # --- image 123156450 (fixture 4): Model hash 41fa7b7861, hashes["lora:..."] "0x95d20eda2f" ---
    # Civitai does not strip the "0x"; only the bare 10-hex value is stored here, as an AutoV2.
    {
        "version_id": 991007,
        "model_name": "Anima",
        "model_type": "Checkpoint",
        "version_name": "preview",
        "base_model": "Anima",
        "files": [{"name": "anima-preview.safetensors", "aliases": {"AutoV2": "41FA7B7861"}}],
    },
    {
        "version_id": 991008,
        "model_name": "MyGO anima grok LoKr",
        "model_type": "LoCon",
        "version_name": "v02",
        "base_model": "Anima",
        "files": [{"name": "mygoooo_anima_grok_lokr_v02.safetensors", "aliases": {"AutoV2": "95D20EDA2F"}}],
    },
    # --- image 100000001 (fixture 5, ComfyUI): ckpt_name v1-5-pruned-emaonly.{safetensors,ckpt} ---
    {
        "version_id": 991009,
        "model_name": "Stable Diffusion v1.5",
        "model_type": "Checkpoint",
        "version_name": "v1-5-pruned-emaonly",
        "base_model": "SD 1.5",
        "files": [
            {"name": "v1-5-pruned-emaonly.safetensors", "model_size": "pruned", "fp": "fp32", "primary": True},
            {"name": "v1-5-pruned-emaonly.ckpt", "format": "PickleTensor", "model_size": "pruned", "fp": "fp32"},
        ],
    },
    # --- image 26962948 (fixture 6): Model hash, TI hashes, lora: hashes, vae hash ---
    {
        "version_id": 991010,
        "model_name": "BoleroMix XL",
        "model_type": "Checkpoint",
        "version_name": "V1.3",
        "base_model": "SDXL 1.0",
        "files": [{"name": "boleromix_XL_V1.3.safetensors", "aliases": {"AutoV2": "AFAF521DA2"}}],
    },
    {
        "version_id": 991011,
        "model_name": "negativeXL",
        "model_type": "TextualInversion",
        "version_name": "D",
        "base_model": "SDXL 1.0",
        "trained_words": ["negativeXL_D"],
        "files": [{"name": "negativeXL_D.safetensors", "type": "Negative", "aliases": {"AutoV3": "FFF5D51AB655"}}],
    },
    {
        "version_id": 991012,
        "model_name": "Classic Maid XL",
        "model_type": "LORA",
        "version_name": "V1.0",
        "base_model": "SDXL 1.0",
        "files": [{"name": "classic maid_XL_V1.0.safetensors", "aliases": {"AutoV3": "E8F6E4297112"}}],
    },
    {
        "version_id": 991013,
        "model_name": "vae-ft-mse-840000-ema-pruned",
        "model_type": "VAE",
        "version_name": "v1.0",
        "base_model": "SD 1.5",
        "files": [
            {
                "name": "vae-ft-mse-840000-ema-pruned.safetensors",
                "type": "VAE",
                "aliases": {
                    "AutoV2": "735E4C3A44",
                    "SHA256": "735E4C3A447A3255760D7F86845F09F937809BAA529C17370D83E4C3758F3C75",
                },
            }
        ],
    },
    # --- download-rule demos (reference §7.2); names say what they do ---
    {
        "version_id": 991014,
        "model_name": "Fake Login Required LoRA",
        "model_type": "LORA",
        "version_name": "v1.0",
        "base_model": "SD 1.5",
        "files": [{"name": "fake_login_required.safetensors"}],
        "require_auth": True,
    },
    {
        "version_id": 991015,
        "model_name": "Fake Early Access LoRA",
        "model_type": "LORA",
        "version_name": "v1.0",
        "base_model": "SD 1.5",
        "files": [{"name": "fake_early_access.safetensors"}],
        "early_access_deadline": "2099-01-01T00:00:00.000Z",
    },
    {
        "version_id": 991016,
        "model_name": "Fake Archived Checkpoint",
        "model_type": "Checkpoint",
        "version_name": "v1.0",
        "base_model": "SD 1.5",
        "files": [{"name": "fake_archived.safetensors"}],
        "archived": True,
    },
    {
        "version_id": 991017,
        "model_name": "Fake Downloads Disabled LoRA",
        "model_type": "LORA",
        "version_name": "v1.0",
        "base_model": "SD 1.5",
        "files": [{"name": "fake_downloads_disabled.safetensors"}],
        "downloads_disabled": True,
    },
    # --- 2026: one version, several files (reference §3 files[], §15); only ?fileId= downloads the others ---
    {
        "version_id": 991018,
        "model_name": "Fake Multi-file Checkpoint",
        "model_type": "Checkpoint",
        "version_name": "v1.0",
        "base_model": "SDXL 1.0",
        "files": [
            {"name": "fakeMultiFile_v10.safetensors", "model_size": "full", "fp": "fp16", "primary": True},
            {
                "name": "fakeMultiFile_v10_pruned.safetensors",
                "type": "Pruned Model",
                "model_size": "pruned",
                "fp": "fp16",
            },
            {"name": "fakeMultiFile_v10_fp32.ckpt", "model_size": "full", "fp": "fp32"},
            {"name": "fakeMultiFile_v10.vae.safetensors", "type": "VAE"},
            {"name": "fakeMultiFile_v10.yaml", "type": "Config", "format": "Other"},
        ],
        "file_queries_404": True,
    },
]


def add_synthetic_versions(catalog: Catalog) -> None:
    for entry in SYNTHETIC_VERSIONS:
        catalog.add_version(**entry)
