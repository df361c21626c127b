"""Civitai's sampler spellings turned into the `sampler_name` and `scheduler` ComfyUI's KSampler accepts.

An image's meta names its sampler the way its maker wrote it: an A1111/Forge label with the scheduler
glued on ("DPM++ 2M Karras"), a label plus Forge's separate "Schedule type", or a ComfyUI name
("dpmpp_2m_sde_gpu" + "karras"). Every spelling maps to one ComfyUI pair; an unknown one maps to a
stated fallback with a sentence saying so, never to an exception, so a workflow can always be built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# What ComfyUI 0.3.75 offers, written from comfy/samplers.py (SAMPLER_NAMES = KSAMPLER_NAMES + three,
# SCHEDULER_NAMES = the SCHEDULER_HANDLERS keys), in its order. A test compares them with the real
# /object_info/KSampler, so a ComfyUI update that renames or drops one is caught.
COMFY_SAMPLER_NAMES: tuple[str, ...] = (
    "euler",
    "euler_cfg_pp",
    "euler_ancestral",
    "euler_ancestral_cfg_pp",
    "heun",
    "heunpp2",
    "dpm_2",
    "dpm_2_ancestral",
    "lms",
    "dpm_fast",
    "dpm_adaptive",
    "dpmpp_2s_ancestral",
    "dpmpp_2s_ancestral_cfg_pp",
    "dpmpp_sde",
    "dpmpp_sde_gpu",
    "dpmpp_2m",
    "dpmpp_2m_cfg_pp",
    "dpmpp_2m_sde",
    "dpmpp_2m_sde_gpu",
    "dpmpp_2m_sde_heun",
    "dpmpp_2m_sde_heun_gpu",
    "dpmpp_3m_sde",
    "dpmpp_3m_sde_gpu",
    "ddpm",
    "lcm",
    "ipndm",
    "ipndm_v",
    "deis",
    "res_multistep",
    "res_multistep_cfg_pp",
    "res_multistep_ancestral",
    "res_multistep_ancestral_cfg_pp",
    "gradient_estimation",
    "gradient_estimation_cfg_pp",
    "er_sde",
    "seeds_2",
    "seeds_3",
    "sa_solver",
    "sa_solver_pece",
    "ddim",
    "uni_pc",
    "uni_pc_bh2",
)
COMFY_SCHEDULER_NAMES: tuple[str, ...] = (
    "simple",
    "sgm_uniform",
    "karras",
    "exponential",
    "ddim_uniform",
    "beta",
    "normal",
    "linear_quadratic",
    "kl_optimal",
)

FALLBACK_SAMPLER = "euler"
FALLBACK_SCHEDULER = "normal"


@dataclass
class SamplerChoice:
    """The KSampler values for an image, and sentences about anything that was guessed or approximated."""

    sampler_name: str
    scheduler: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Sampler:
    comfy: str
    automatic: str = "normal"  # the scheduler A1111 >= 1.9 picks for "Schedule type: Automatic"
    implicit: str = "normal"  # the scheduler when nothing names one (old A1111 infotext: its default schedule)
    approximation: str | None = None  # why ComfyUI's sampler only comes close, when it does


@dataclass(frozen=True)
class _Scheduler:
    comfy: str | None  # None: "Automatic", the sampler decides
    approximation: str | None = None


_DDIM_TIMESTEPS = "ddim_uniform"  # A1111's DDIM/PLMS walk DDIM's uniform timesteps whatever the schedule

# A1111/Forge/reForge labels (and old "k_" aliases). ComfyUI's own names are added below, so a label
# that only differs from its ComfyUI name in spelling ("Res Multistep", "HeunPP2") needs no entry.
_A1111_SAMPLERS: dict[str, _Sampler] = {
    "Euler": _Sampler("euler"),
    "Euler a": _Sampler("euler_ancestral"),
    "LMS": _Sampler("lms"),
    "Heun": _Sampler("heun"),
    "DPM2": _Sampler("dpm_2", automatic="karras"),
    "DPM2 a": _Sampler("dpm_2_ancestral", automatic="karras"),
    "DPM++ 2S a": _Sampler("dpmpp_2s_ancestral", automatic="karras"),
    "DPM++ 2M": _Sampler("dpmpp_2m", automatic="karras"),
    "DPM++ SDE": _Sampler("dpmpp_sde", automatic="karras"),
    "DPM++ 2M SDE": _Sampler("dpmpp_2m_sde", automatic="exponential"),
    "DPM++ 2M SDE Heun": _Sampler("dpmpp_2m_sde_heun", automatic="exponential"),
    "DPM++ 3M SDE": _Sampler("dpmpp_3m_sde", automatic="exponential"),
    "DPM fast": _Sampler("dpm_fast"),
    "DPM adaptive": _Sampler("dpm_adaptive"),
    "DPM ad": _Sampler("dpm_adaptive"),
    "Restart": _Sampler(
        "heun",
        automatic="karras",
        implicit="karras",  # A1111 ran Restart on Karras sigmas before schedules became a choice
        approximation="ComfyUI has no Restart sampler: using heun, the step it restarts from; the picture will differ",
    ),
    "DDIM": _Sampler("ddim", automatic=_DDIM_TIMESTEPS, implicit=_DDIM_TIMESTEPS),
    # ComfyUI's "ddim" is euler on DDIM's timesteps, so DDIM CFG++ is euler_cfg_pp on them: the same thing.
    "DDIM CFG++": _Sampler("euler_cfg_pp", automatic=_DDIM_TIMESTEPS, implicit=_DDIM_TIMESTEPS),
    "PLMS": _Sampler(
        "ipndm",
        automatic=_DDIM_TIMESTEPS,
        implicit=_DDIM_TIMESTEPS,
        approximation="ComfyUI has no PLMS sampler: using ipndm, the same four-step multistep idea; "
        "the picture will differ a little",
    ),
    "UniPC": _Sampler("uni_pc"),
    "LCM": _Sampler("lcm"),
    "TCD": _Sampler(
        "lcm",
        approximation="ComfyUI's KSampler has no TCD sampler: using lcm, its closest relative; the picture will differ",
    ),
    "Euler CFG++": _Sampler("euler_cfg_pp"),
    "Euler a CFG++": _Sampler("euler_ancestral_cfg_pp"),
    "DPM++ 2M CFG++": _Sampler("dpmpp_2m_cfg_pp"),
    "DPM++ 2S a CFG++": _Sampler("dpmpp_2s_ancestral_cfg_pp"),
    "Heun PP2": _Sampler("heunpp2"),
    "IPNDM V": _Sampler("ipndm_v"),
}

_AYS = "Align Your Steps needs its own scheduler node, not a KSampler: using karras, the closest curve"
# Forge "Schedule type" labels and the scheduler words A1111 glues onto sampler names.
_A1111_SCHEDULERS: dict[str, _Scheduler] = {
    "Automatic": _Scheduler(None),
    "Auto": _Scheduler(None),
    "Uniform": _Scheduler("normal"),  # A1111's "Uniform" is the model's own linear timesteps: ComfyUI's normal
    "Karras": _Scheduler("karras"),
    "Exponential": _Scheduler("exponential"),
    "Polyexponential": _Scheduler("exponential"),  # with A1111's default rho of 1 it is the exponential curve
    "SGM Uniform": _Scheduler("sgm_uniform"),
    "SGMUniform": _Scheduler("sgm_uniform"),
    "KL Optimal": _Scheduler("kl_optimal"),
    "Align Your Steps": _Scheduler("karras", _AYS),
    "Align Your Steps GITS": _Scheduler("karras", _AYS),
    "Align Your Steps 11": _Scheduler("karras", _AYS),
    "Align Your Steps 32": _Scheduler("karras", _AYS),
    "AYS": _Scheduler("karras", _AYS),
    "Simple": _Scheduler("simple"),
    "Normal": _Scheduler("normal"),
    "DDIM": _Scheduler("ddim_uniform"),
    "Beta": _Scheduler("beta"),
    "Turbo": _Scheduler(
        "sgm_uniform", "Turbo needs its own scheduler node, not a KSampler: using sgm_uniform, made for few steps"
    ),
    "Linear Quadratic": _Scheduler("linear_quadratic"),
}
_LONGEST_SCHEDULER_WORDS = 4  # "Align Your Steps GITS"


def _tokens(spelling: str) -> list[str]:
    """Lower-case words, with "++" read as "pp" so "DPM++ 2M" and "dpmpp_2m" meet."""
    return re.sub(r"[\s_\-]+", " ", spelling.lower().replace("++", "pp")).split()


def _key(tokens: list[str]) -> str:
    return "".join(tokens)


def _table(a1111: dict, comfy_names: tuple[str, ...], make) -> dict:
    """Every spelling's key to its entry; an A1111 label spelt like a ComfyUI name must mean that name."""
    table = {_key(_tokens(name)): make(name) for name in comfy_names}
    for label, entry in a1111.items():
        key = _key(_tokens(label))
        if key in table and table[key].comfy != entry.comfy:
            raise ValueError(f"{label!r} reads as ComfyUI's {table[key].comfy!r}")  # a mistake in this file
        table[key] = entry
    return table


_SAMPLERS: dict[str, _Sampler] = _table(_A1111_SAMPLERS, COMFY_SAMPLER_NAMES, _Sampler)
_SCHEDULERS: dict[str, _Scheduler] = _table(_A1111_SCHEDULERS, COMFY_SCHEDULER_NAMES, _Scheduler)


def _without_k_prefix(tokens: list[str]) -> list[str]:
    """Old A1111 aliases: "k_euler_a", "k_dpmpp_2m_ka" (ka = Karras)."""
    if len(tokens) < 2 or tokens[0] != "k":
        return tokens
    tokens = tokens[1:]
    return [*tokens[:-1], "karras"] if tokens[-1] == "ka" else tokens


def _split_sampler(spelling: str) -> tuple[_Sampler | None, _Scheduler | None]:
    """The sampler and the scheduler word glued onto it ("DPM++ 2M SDE Karras"), either possibly unknown."""
    tokens = _without_k_prefix(_tokens(spelling))
    if _key(tokens) in _SAMPLERS:
        return _SAMPLERS[_key(tokens)], None
    for words in range(min(_LONGEST_SCHEDULER_WORDS, len(tokens) - 1), 0, -1):
        scheduler = _SCHEDULERS.get(_key(tokens[-words:]))
        if scheduler is not None:
            return _SAMPLERS.get(_key(tokens[:-words])), scheduler
    return None, None


def _present(value: str | None) -> bool:
    return bool(value and value.strip() and value.strip().lower() not in ("none", "null", "undefined"))


def map_sampler(sampler: str | None, scheduler: str | None = None) -> SamplerChoice:
    """ComfyUI's sampler_name and scheduler for a sampler spelling and an optional separate scheduler.

    A separate scheduler (Forge's "Schedule type") wins over a word glued onto the sampler, except
    "Automatic", which defers to it and then to the sampler's own A1111 default.
    """
    warnings: list[str] = []
    sampler_entry, glued = _split_sampler(sampler) if _present(sampler) else (None, None)
    if not _present(sampler):
        warnings.append(f"No sampler in the image's data: using {FALLBACK_SAMPLER}.")
    elif sampler_entry is None:
        warnings.append(f"Unknown sampler {sampler.strip()!r}: using {FALLBACK_SAMPLER}.")
    elif sampler_entry.approximation:
        warnings.append(f"{sampler_entry.approximation}.")
    sampler_entry = sampler_entry or _Sampler(FALLBACK_SAMPLER)

    separate = _SCHEDULERS.get(_key(_tokens(scheduler))) if _present(scheduler) else None
    if glued is not None and glued.comfy is None:
        glued = None  # "Euler Automatic" says no more than "Euler"
    if separate is not None and separate.comfy is None:
        chosen = glued or _Scheduler(sampler_entry.automatic)
    else:
        chosen = separate or glued or _Scheduler(sampler_entry.implicit)
    if _present(scheduler) and separate is None:
        warnings.append(f"Unknown scheduler {scheduler.strip()!r}: using {chosen.comfy}.")
    if separate and glued and separate.comfy and glued.comfy != separate.comfy:
        warnings.append(
            f"The sampler {sampler.strip()!r} names the {glued.comfy} scheduler but the schedule type says "
            f"{scheduler.strip()!r}: using {separate.comfy}."
        )
    if chosen.approximation:
        warnings.append(f"{chosen.approximation}.")
    return SamplerChoice(sampler_entry.comfy, chosen.comfy, warnings)
