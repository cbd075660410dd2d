"""The recognizer model: conv subsampling + torchaudio Conformer + CTC head, encoded in chunks.

Streaming scheme (the same in training, offline decoding and live streaming, so the three
agree): the log-mel frames are cut into chunks of `chunk_frames` encoder frames (4 feature
frames each); every chunk is encoded together with `left_frames` earlier encoder frames of
left context, and only the chunk's own outputs are kept. Frames before the start or past the
end are the normalized-feature mean (zeros). A window sees nothing to its right, so a chunk's
output never changes once computed, and its cost is bounded whatever the utterance length.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from torch import nn
from torchaudio.models import Conformer


@dataclass(frozen=True)
class ConformerConfig:
    n_mels: int = 80  # log-mel bins in
    vocab_size: int = 256  # SentencePiece units; the CTC blank is the extra index vocab_size
    d_model: int = 144  # width of the Conformer
    n_layers: int = 6  # Conformer blocks
    n_heads: int = 4  # attention heads
    ffn_dim: int = 576  # feed-forward hidden width
    conv_kernel: int = 15  # depthwise convolution kernel (encoder frames)
    subsample_channels: int = 64  # channels of the two stride-2 conv2d layers
    dropout: float = 0.1
    chunk_frames: int = 16  # encoder frames (40 ms each) a chunk adds: 640 ms
    left_frames: int = 16  # encoder frames of left context each chunk sees: 640 ms

    @property
    def blank(self) -> int:
        return self.vocab_size

    @property
    def window_feature_frames(self) -> int:
        # Two valid 3x3 stride-2 convolutions map 4*n + 3 feature frames to n encoder frames.
        return 4 * (self.left_frames + self.chunk_frames) + 3

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    @classmethod
    def from_json(cls, text: str) -> ConformerConfig:
        return cls(**json.loads(text))


class ConvSubsampling(nn.Module):
    """(B, 4n+3, n_mels) features -> (B, n, d_model): 4x shorter in time."""

    def __init__(self, cfg: ConformerConfig) -> None:
        super().__init__()
        c = cfg.subsample_channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c, 3, stride=2), nn.ReLU(), nn.Conv2d(c, c, 3, stride=2), nn.ReLU()
        )
        freq = ((cfg.n_mels - 3) // 2 + 1 - 3) // 2 + 1
        self.proj = nn.Linear(c * freq, cfg.d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv(x.unsqueeze(1))  # (B, c, n, freq)
        b, c, t, f = x.shape
        return self.proj(x.transpose(1, 2).reshape(b, t, c * f))  # (B, n, d_model)


class ConformerCTC(nn.Module):
    def __init__(self, cfg: ConformerConfig) -> None:
        super().__init__()
        self.cfg = cfg
        # Global feature normalization, estimated from training data before training.
        self.register_buffer("feat_mean", torch.zeros(cfg.n_mels))
        self.register_buffer("feat_std", torch.ones(cfg.n_mels))
        self.subsample = ConvSubsampling(cfg)
        self.dropout = nn.Dropout(cfg.dropout)
        self.encoder = Conformer(
            input_dim=cfg.d_model,
            num_heads=cfg.n_heads,
            ffn_dim=cfg.ffn_dim,
            num_layers=cfg.n_layers,
            depthwise_conv_kernel_size=cfg.conv_kernel,
            dropout=cfg.dropout,
        )
        self.head = nn.Linear(cfg.d_model, cfg.vocab_size + 1)

    def normalize(self, feats: torch.Tensor) -> torch.Tensor:
        return (feats - self.feat_mean) / self.feat_std

    def forward_windows(self, windows: torch.Tensor) -> torch.Tensor:
        """(W, window_feature_frames, n_mels) normalized windows -> (W, chunk, vocab+1) log-probs
        of each window's own chunk frames."""
        cfg = self.cfg
        assert windows.shape[1] == cfg.window_feature_frames, windows.shape
        x = self.dropout(self.subsample(windows))  # (W, left+chunk, d)
        lengths = torch.full((x.shape[0],), x.shape[1], dtype=torch.long, device=x.device)
        x, _ = self.encoder(x, lengths)  # (W, left+chunk, d)
        x = x[:, cfg.left_frames :]  # (W, chunk, d)
        return F.log_softmax(self.head(x), dim=-1)

    def windows(self, feats: torch.Tensor) -> tuple[torch.Tensor, int]:
        """(T, n_mels) normalized features -> ((K, window, n_mels) windows, n_out frames).

        n_out = ceil(T / 4) encoder frames; the last chunk is padded on the right.
        """
        cfg = self.cfg
        n_out = math.ceil(feats.shape[0] / 4)
        n_chunks = max(1, math.ceil(n_out / cfg.chunk_frames))
        left = 4 * cfg.left_frames
        total = left + 4 * n_chunks * cfg.chunk_frames + 3
        padded = F.pad(feats, (0, 0, left, total - left - feats.shape[0]))
        wins = padded.unfold(0, cfg.window_feature_frames, 4 * cfg.chunk_frames)  # (K, C, win)
        return wins.transpose(1, 2), n_out

    def forward(self, feats: list[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
        """Raw log-mel features of B utterances -> ((B, N, vocab+1) log-probs, (B,) lengths).

        All chunks of all utterances go through the encoder as one batch of windows.
        """
        pieces, counts, lengths = [], [], []
        for f in feats:
            wins, n_out = self.windows(self.normalize(f))
            pieces.append(wins)
            counts.append(wins.shape[0])
            lengths.append(n_out)
        out = self.forward_windows(torch.cat(pieces))  # (sum K, chunk, V)
        per_utt = torch.split(out, counts)
        longest = max(lengths)
        logp = out.new_zeros(len(feats), longest, out.shape[-1])
        for i, (chunks, n) in enumerate(zip(per_utt, lengths, strict=True)):
            logp[i, :n] = chunks.reshape(-1, out.shape[-1])[:n]
        return logp, torch.tensor(lengths)

    @torch.no_grad()
    def encode(self, feats: torch.Tensor) -> torch.Tensor:
        """Offline: (T, n_mels) raw features of one utterance -> (N, vocab+1) log-probs."""
        logp, lengths = self.forward([feats])
        return logp[0, : lengths[0]]


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
