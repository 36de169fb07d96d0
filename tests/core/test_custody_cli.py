"""`undertow wallet derive` and `undertow remind` through the real dispatcher."""

from __future__ import annotations

import json

from desktop.__main__ import main

ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs"


def test_wallet_derive_json_and_table(capsys):
    assert main(["wallet", "derive", ZPUB, "--change", "--count", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["addresses"][0]["address"] == "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"
    assert main(["wallet", "derive", ZPUB, "--count", "2"]) == 0
    text = capsys.readouterr().out
    assert "bc1q cr8t e4kr" in text and "Verify on your device" in text


def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path):
    secret = "abandon " * 11 + "about"
    assert main(["wallet", "derive", secret]) == 2
    err = capsys.readouterr().err
    assert "private key" in err and "abandon" not in err and err.count("\n") == 1
    assert main(["wallet", "derive", ZPUB, "--count", "0"]) == 2
    assert main(["remind", "--snooze", "nonsense"]) == 2


def test_remind_demo_exit_code_and_snooze(capsys):
    assert main(["--demo", "remind", "--json"]) == 1
    due = json.loads(capsys.readouterr().out)["due"]
    assert due and all(d["key"] and d["kind"] for d in due)
    for d in due:
        assert main(["remind", "--dismiss", d["key"]]) == 0
    capsys.readouterr()
    assert main(["--demo", "remind"]) == 0
    assert "No reminders due" in capsys.readouterr().out
