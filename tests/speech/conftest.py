import json
import os

import pytest
import torch

from speech.audio import load_file

torch.set_num_threads(1)

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


def read_manifest(kind: str) -> list[dict]:
    folder = os.path.join(FIXTURES, kind)
    with open(os.path.join(folder, "manifest.jsonl")) as f:
        items = [json.loads(line) for line in f]
    for item in items:
        item["path"] = os.path.join(folder, item["audio"])
    return items


@pytest.fixture(scope="session")
def clean_clips() -> list[dict]:
    return read_manifest("clean")


@pytest.fixture(scope="session")
def phone_clips() -> list[dict]:
    return read_manifest("phone")


@pytest.fixture(scope="session")
def speech_16k(clean_clips) -> torch.Tensor:
    """A real utterance from a voice the bundled model never heard, 16 kHz float."""
    wave, rate = load_file(clean_clips[0]["path"])
    assert rate == 16000
    return wave


@pytest.fixture(scope="session")
def bundled():
    from speech.streaming import Recognizer

    torch.set_num_threads(1)
    return Recognizer.load()
