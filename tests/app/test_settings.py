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
