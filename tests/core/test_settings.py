from core.settings import Settings, load_settings, update_settings
from core.store import open_store


def test_defaults_then_updates_survive_a_reopen(tmp_path):
    path = tmp_path / "u.sqlite"
    db = open_store(path)
    assert load_settings(db) == Settings()
    update_settings(db, refresh_interval_min=5, privacy_mode=True, theme="dark")
    db.close()
    again = load_settings(open_store(path))
    assert (again.refresh_interval_min, again.privacy_mode, again.theme) == (5, True, "dark")


def test_unreadable_value_falls_back_to_default(tmp_path):
    db = open_store(tmp_path / "u.sqlite")
    db["settings"].upsert({"key": "refresh_interval_min", "value": "{not json"}, pk="key")
    assert load_settings(db).refresh_interval_min == Settings().refresh_interval_min


def test_unknown_setting_is_refused(tmp_path):
    import pytest

    db = open_store(tmp_path / "u.sqlite")
    with pytest.raises(KeyError, match="unknown setting"):
        update_settings(db, no_such_thing=1)
