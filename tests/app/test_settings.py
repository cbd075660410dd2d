import pytest

from app.settings import DEV_AGENTS, DEV_SECRET, Settings


def test_production_refuses_development_secrets():
    Settings(mode="dev").check_production()  # development defaults are fine in dev
    for kwargs in [{}, {"agents": "ann:long-password"}, {"secret": "x" * 40},
                   {"secret": "short", "agents": "ann:pw"},
                   {"secret": "y" * 40, "agents": DEV_AGENTS}]:
        with pytest.raises(SystemExit):
            Settings(mode="production", **kwargs).check_production()
    Settings(mode="production", secret="z" * 40, agents="ann:pw").check_production()
    assert DEV_SECRET not in ("z" * 40,)


def test_environment_overrides(monkeypatch):
    monkeypatch.setenv("SHOPDESK_PORT", "9999")
    monkeypatch.setenv("SHOPDESK_LIMIT_TURNS_PER_MINUTE", "3")
    monkeypatch.setenv("SHOPDESK_AGENTS", "ann:one, bob:two:with:colons")
    s = Settings()
    assert s.port == 9999 and s.limits.turns_per_minute == 3
    assert s.agent_accounts() == {"ann": "one", "bob": "two:with:colons"}


def test_unreadable_index_is_rebuilt(tmp_path):
    import shutil

    from app.settings import DEMO_STORE
    from app.wiring import load_knowledge

    store = tmp_path / "store"
    shutil.copytree(DEMO_STORE, store)
    assert (store / ".index" / "product_vectors.npy").is_file()
    vectors = store / ".index" / "product_vectors.npy"
    vectors.write_bytes(vectors.read_bytes()[:100])  # truncated, as after a full disk
    knowledge = load_knowledge(store)
    assert knowledge.search(text="mug", image=None, k=1)
    assert list(store.glob(".index.unreadable-*"))
    with pytest.raises(SystemExit, match="no store"):
        load_knowledge(tmp_path / "missing")


def test_model_dtype_from_flag_or_environment(monkeypatch):
    import argparse

    from pydantic import ValidationError

    from app.settings import add_server_arguments, settings_from_args

    parser = argparse.ArgumentParser()
    add_server_arguments(parser)
    assert settings_from_args(parser.parse_args([])).dtype == "float32"
    assert settings_from_args(parser.parse_args(["--dtype", "bfloat16"])).dtype == "bfloat16"
    monkeypatch.setenv("SHOPDESK_DTYPE", "bfloat16")
    assert Settings().dtype == "bfloat16"
    monkeypatch.setenv("SHOPDESK_DTYPE", "float16")
    with pytest.raises(ValidationError):
        Settings()
