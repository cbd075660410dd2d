"""Load a causal language model and its tokenizer for serving.

`load()` with no argument opens the bundled model in `model/weights/lm/`; a local folder or a
Hugging Face hub id (only when the user names one) opens any transformers causal LM, the
Mixture-of-Experts families included (Mixtral, Qwen2-MoE, Qwen3-MoE, OLMoE, Granite-MoE).
The tokenizer's chat template turns messages into the prompt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel

from model.copying import load_lexicon

BUNDLED_PATH = Path(__file__).resolve().parent / "weights" / "lm"
# Weight and activation types a model can be served in. bfloat16 halves the weights; on CPUs
# with AVX-512 BF16 or AMX it serves bursts of 20-50 streams faster and single streams slower
# than float32 (README: engine figures); on CPUs without them it is slower throughout.
DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16}


class ModelLoadError(RuntimeError):
    """The checkpoint could not be opened."""


@dataclass(frozen=True)
class LoadedModel:
    model: PreTrainedModel  # in eval mode, on `device`
    tokenizer: object  # a transformers tokenizer with a chat template
    source: str  # the path or hub id it came from
    quantization: str | None  # e.g. "int8", or None for the checkpoint's own precision
    # Words its replies use beyond their prompt (`model.copying`); None: words are free.
    lexicon: frozenset[str] | None = None

    @property
    def device(self) -> torch.device:
        return self.model.device

    @property
    def context_window(self) -> int:
        """Longest sequence (prompt plus reply) the model was built for."""
        config = self.model.config.get_text_config()
        for name in ("max_position_embeddings", "n_positions", "max_sequence_length"):
            value = getattr(config, name, None)
            if isinstance(value, int) and value > 0:
                return value
        return 2048

    @property
    def eos_token_ids(self) -> frozenset[int]:
        """Every token id that ends a reply (tokenizer and generation config may differ)."""
        ids: set[int] = set()
        for value in (self.tokenizer.eos_token_id, self.model.generation_config.eos_token_id):
            if isinstance(value, int):
                ids.add(value)
            elif isinstance(value, list | tuple):
                ids.update(int(v) for v in value)
        return frozenset(i for i in ids if i >= 0)

    def render(self, messages: list[dict[str, str]], opening: str = "") -> list[int]:
        """Prompt token ids for `messages`, ending where the assistant's reply begins, or,
        given an `opening`, after those first words of the reply (as the chat template writes
        an assistant message that goes on)."""
        if opening:
            ids = self.tokenizer.apply_chat_template(
                [*messages, {"role": "assistant", "content": opening}],
                continue_final_message=True, tokenize=True, return_dict=False)
        else:
            ids = self.tokenizer.apply_chat_template(
                messages, add_generation_prompt=True, tokenize=True, return_dict=False)
        # Some tokenizers return a BatchEncoding-like mapping, others a flat list.
        if isinstance(ids, dict) or hasattr(ids, "input_ids"):
            ids = ids["input_ids"]
        return [int(i) for i in ids]


def resolve_source(path_or_id: str | None) -> str:
    """The folder or hub id to open; `None` means the bundled model."""
    if path_or_id is None:
        if not (BUNDLED_PATH / "config.json").is_file():
            raise ModelLoadError(
                f"the bundled language model is missing from {BUNDLED_PATH}; train it with "
                "`shopdesk train-lm` or pass a checkpoint path or hub id"
            )
        return str(BUNDLED_PATH)
    return path_or_id


def _from_pretrained(target: str, is_local: bool, dtype: torch.dtype, device: str):
    """In bfloat16 on a CPU, Mixture-of-Experts layers run their experts one by one
    ("eager"): the grouped kernel compiles anew for every count of tokens per expert, which a
    new prompt changes, and so lost the whole of bfloat16's gain (README: engine figures)."""
    if dtype == torch.bfloat16 and device == "cpu":
        try:
            return AutoModelForCausalLM.from_pretrained(
                target, local_files_only=is_local, dtype=dtype, experts_implementation="eager")
        except (TypeError, ValueError):
            pass  # a model without experts, or a transformers without the choice
    return AutoModelForCausalLM.from_pretrained(target, local_files_only=is_local, dtype=dtype)


def load(
    path_or_id: str | None = None,
    *,
    quantize: str | None = None,
    device: str = "cpu",
    dtype: torch.dtype | str | None = None,
) -> LoadedModel:
    """Open a causal LM and its tokenizer, ready for generation.

    A local folder never touches the network; a hub id is fetched (or read from the local
    hub cache) only because the caller named it. `quantize="int8"` applies dynamic int8
    quantization after loading (see `model.quantize`); `dtype` is a torch dtype or a name
    of `DTYPES` (float32 when not given).
    """
    if isinstance(dtype, str):
        if dtype not in DTYPES:
            raise ModelLoadError(f"unknown dtype {dtype!r}; expected one of {sorted(DTYPES)}")
        dtype = DTYPES[dtype]
    dtype = dtype or torch.float32
    if quantize is not None and dtype != torch.float32:
        raise ModelLoadError("int8 quantization applies to a float32 model (leave dtype out)")
    source = resolve_source(path_or_id)
    local = Path(source).expanduser()
    is_local = local.exists()
    if is_local and not (local / "config.json").is_file():
        raise ModelLoadError(f"{local} holds no config.json: not a transformers checkpoint")
    target = str(local) if is_local else source
    try:
        tokenizer = AutoTokenizer.from_pretrained(target, local_files_only=is_local)
        model = _from_pretrained(target, is_local, dtype, device)
    except (OSError, ValueError, KeyError) as e:
        raise ModelLoadError(f"cannot load language model from {source!r}: {e}") from e
    if getattr(tokenizer, "chat_template", None) is None:
        raise ModelLoadError(f"the tokenizer of {source!r} has no chat template")
    model.to(device).eval()
    if quantize is not None:
        from model.quantize import quantize_model

        quantize_model(model, quantize)
    lexicon = load_lexicon(local) if is_local else None
    return LoadedModel(model=model, tokenizer=tokenizer, source=source, quantization=quantize,
                       lexicon=lexicon)
