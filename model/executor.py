"""The model side of the engine: one batched KV cache that sequences join and leave.

Rows of the batch are sequences; the cache is one `transformers.DynamicCache` (with layers
that append in place, `GrowingLayer`) holding every row, left-padded to a common length T:

    keys/values per layer: (B, H, T, D)      pads[i] = left padding columns of row i

A joining group is prefilled on its own (left-padded among itself) and then concatenated to
the batch after padding both sides to the same T. Leaving rows are dropped with an index
select (lazily, see `remove`), and columns that every remaining row pads are trimmed, so T
tracks the longest live sequence. Decoding feeds one token per row with an attention mask
that hides each row's padding and position ids that count only its real tokens, which is
how `generate()` batches left-padded prompts, so outputs match one-at-a-time generation.
"""

from __future__ import annotations

import torch
from transformers import DynamicCache, PreTrainedModel
from transformers.cache_utils import Cache, DynamicLayer

DEAD = -1  # the sequence id of a retired row that still holds cache space


class GrowingLayer(DynamicLayer):
    """A cache layer that appends into spare room instead of concatenating.

    `DynamicLayer` concatenates the whole cache with each new token, which at 50 rows and a
    few hundred columns is most of a decode step on CPU. Here keys and values live in a
    buffer with room to grow, `(B, H, capacity, D)`, and the layer exposes the filled part
    as views; the buffer is reallocated (a quarter larger) only when full.
    """

    def update(self, key_states, value_states, *args, **kwargs):
        if not self.is_initialized:
            self.lazy_initialization(key_states, value_states)
            self._keys = self._values = None
            self._used = 0
        added = key_states.shape[-2]
        if self._keys is None or self._used + added > self._keys.shape[-2]:
            self._grow(self._used + added, key_states)
        end = self._used + added
        self._keys[:, :, self._used : end] = key_states
        self._values[:, :, self._used : end] = value_states
        self._used = end
        self.keys, self.values = self._keys[:, :, :end], self._values[:, :, :end]
        return self.keys, self.values

    def _grow(self, needed: int, like: torch.Tensor) -> None:
        capacity = needed + max(32, needed // 4)
        batch, heads, _, dim = like.shape
        keys = like.new_empty(batch, heads, capacity, dim)
        values = like.new_empty(batch, heads, capacity, dim)
        if self._keys is not None and self._used:
            keys[:, :, : self._used] = self._keys[:, :, : self._used]
            values[:, :, : self._used] = self._values[:, :, : self._used]
        self._keys, self._values = keys, values


class GrowingCache(DynamicCache):
    """A `DynamicCache` made of `GrowingLayer`s, empty or filled with given states."""

    def __init__(self, states: list[tuple[torch.Tensor, torch.Tensor]] | None = None) -> None:
        if states is None:
            Cache.__init__(self, layer_class_to_replicate=GrowingLayer)
            return
        layers = []
        for keys, values in states:
            layer = GrowingLayer()
            layer.update(keys, values)
            layers.append(layer)
        Cache.__init__(self, layers=layers)


class BatchExecutor:
    def __init__(self, model: PreTrainedModel, pad_token_id: int) -> None:
        self.model = model
        self.pad_token_id = pad_token_id
        self.rows: list[int] = []  # sequence id of each batch row
        self.pads: list[int] = []  # left padding of each row
        self.next_input: list[int] = []  # token each row feeds at the next decode
        self.cache: DynamicCache | None = None
        self.length = 0  # T: columns in the cache

    @property
    def live_rows(self) -> int:
        return sum(sid != DEAD for sid in self.rows)

    def remove(self, seq_ids: set[int]) -> None:
        """Retire the rows of sequences that left (finished or aborted).

        A retired row stops counting at once but is compacted away lazily: copying the whole
        cache costs about as much as a decode step, so it happens when a quarter of the rows
        are retired or when new rows join (which copies the cache anyway).
        """
        self.rows = [DEAD if sid in seq_ids else sid for sid in self.rows]
        dead = self.rows.count(DEAD)
        if dead == len(self.rows):
            self.rows, self.pads, self.next_input, self.cache, self.length = [], [], [], None, 0
        elif dead * 4 >= len(self.rows):
            self._compact()

    def _compact(self) -> None:
        keep = [i for i, sid in enumerate(self.rows) if sid != DEAD]
        if len(keep) == len(self.rows):
            return
        index = torch.tensor(keep, device=self.model.device)
        self.rows = [self.rows[i] for i in keep]
        self.pads = [self.pads[i] for i in keep]
        self.next_input = [self.next_input[i] for i in keep]
        trim = min(self.pads)  # columns that every remaining row pads
        self.cache = _rebuild(self.cache, lambda t: t[index, :, trim:])
        self.pads = [p - trim for p in self.pads]
        self.length -= trim

    @torch.no_grad()
    def prefill(self, seq_ids: list[int], prompts: list[list[int]]) -> torch.Tensor:
        """Run the prompts, join them to the batch; return their last-position logits (n, V)."""
        assert prompts and all(prompts)
        width = max(len(p) for p in prompts)
        pads = [width - len(p) for p in prompts]
        device = self.model.device
        ids = torch.tensor(
            [[self.pad_token_id] * pad + p for pad, p in zip(pads, prompts, strict=True)],
            device=device,
        )  # (n, L)
        mask = _padding_mask(pads, width, device)  # (n, L)
        positions = (mask.cumsum(-1) - 1).clamp(min=0)  # (n, L)
        cache = GrowingCache()
        out = self.model(
            input_ids=ids,
            attention_mask=mask,
            position_ids=positions,
            cache=cache,
            use_cache=True,
            logits_to_keep=1,
        )
        self._join(seq_ids, pads, width, cache)  # the forward filled `cache` in place
        return out.logits[:, -1, :].float()  # (n, V)

    @torch.no_grad()
    def decode(self) -> torch.Tensor:
        """Feed each row its next token; return next-token logits (B, V)."""
        assert self.rows and self.cache is not None
        device = self.model.device
        ids = torch.tensor(self.next_input, device=device).unsqueeze(1)  # (B, 1)
        mask = _padding_mask(self.pads, self.length + 1, device)  # (B, T+1)
        positions = torch.tensor(
            [self.length - pad for pad in self.pads], device=device
        ).unsqueeze(1)  # (B, 1)
        out = self.model(
            input_ids=ids,
            attention_mask=mask,
            position_ids=positions,
            cache=self.cache,
            use_cache=True,
        )
        self.length += 1
        return out.logits[:, -1, :].float()  # (B, V)

    def set_next_inputs(self, seq_ids: list[int], token_ids: list[int]) -> None:
        where = {sid: i for i, sid in enumerate(self.rows)}
        for sid, token in zip(seq_ids, token_ids, strict=True):
            self.next_input[where[sid]] = token

    def _join(self, seq_ids: list[int], pads: list[int], width: int, cache: DynamicCache) -> None:
        if self.cache is not None:
            self._compact()
        if self.cache is None:
            self.rows, self.pads, self.next_input = list(seq_ids), list(pads), [0] * len(seq_ids)
            self.cache, self.length = cache, width
            return
        total = max(self.length, width)
        grow_old, grow_new = total - self.length, total - width
        old, new = list(_layers(self.cache)), list(_layers(cache))
        self.cache = GrowingCache(
            [
                (
                    torch.cat([_pad_left(ko, grow_old), _pad_left(kn, grow_new)]),
                    torch.cat([_pad_left(vo, grow_old), _pad_left(vn, grow_new)]),
                )
                for (ko, vo), (kn, vn) in zip(old, new, strict=True)
            ]
        )
        self.rows += seq_ids
        self.pads = [p + grow_old for p in self.pads] + [p + grow_new for p in pads]
        self.next_input += [0] * len(seq_ids)
        self.length = total


def _padding_mask(pads: list[int], width: int, device: torch.device) -> torch.Tensor:
    columns = torch.arange(width, device=device).unsqueeze(0)  # (1, W)
    return (columns >= torch.tensor(pads, device=device).unsqueeze(1)).long()  # (n, W)


def _layers(cache: DynamicCache):
    for keys, values, *_ in cache:
        yield keys, values


def _pad_left(states: torch.Tensor, columns: int) -> torch.Tensor:
    """(B, H, T, D) -> (B, H, columns + T, D), zeros in front (hidden by the attention mask)."""
    if columns == 0:
        return states
    return torch.nn.functional.pad(states, (0, 0, columns, 0))


def _rebuild(cache: DynamicCache, fn) -> DynamicCache:
    return GrowingCache([(fn(k), fn(v)) for k, v in _layers(cache)])
