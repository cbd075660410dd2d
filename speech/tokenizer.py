"""SentencePiece units <-> transcripts for the CTC head (the blank is the id after the last unit)."""

from __future__ import annotations

import sentencepiece as spm


class Units:
    def __init__(self, model_path: str) -> None:
        self.sp = spm.SentencePieceProcessor(model_file=model_path)
        self.model_path = model_path

    @property
    def size(self) -> int:
        return self.sp.get_piece_size()

    def encode(self, text: str) -> list[int]:
        return self.sp.encode(text)

    def decode(self, ids: list[int]) -> str:
        return " ".join(self.sp.decode([i for i in ids if 0 <= i < self.size]).split())

    def piece(self, i: int) -> str:
        return self.sp.id_to_piece(i)
