"""The default Principles scheme ships as data; a case keeps the scheme it was coded with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigeditor.project import moments, scheme
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.supervision import subscale_codes

# DESIGN.md §2, in order: group code -> item codes
EXPECTED = {
    "attentive": ["friendly-posture", "time-and-space", "turning-towards", "wondering",
                  "enjoying-watching"],
    "encouraging": ["waiting", "listening", "warm-intonation", "naming-positively",
                    "playful-intonation", "saying-what-doing", "looking-for-initiatives"],
    "receiving": ["noticing", "body-language", "friendly-playful", "eye-contact", "with-words",
                  "repeating-words"],
    "developing": ["receive-then-respond", "checking-understanding", "waiting-for-turn",
                   "having-fun", "second-turn", "short-turns", "contributing-equally",
                   "cooperating"],
    "guiding": ["scaffolding", "judging-support", "giving-information", "providing-help",
                "offering-choices", "making-suggestions"],
    "deepening": ["goal-setting", "sharing-viewpoints", "problem-solving", "naming-difference",
                  "investigating-intentions", "naming-contradictions", "shared-understanding",
                  "managing-conflict"],
}


def test_default_scheme_has_every_group_and_item_in_order() -> None:
    default = scheme.default_scheme()
    assert [group.code for group in default.groups] == list(EXPECTED)
    for group in default.groups:
        assert [item.code for item in group.items] == [
            f"{group.code}.{item}" for item in EXPECTED[group.code]]


def test_groups_have_digit_hotkeys_colours_and_item_letters() -> None:
    default = scheme.default_scheme()
    assert [group.hotkey for group in default.groups] == ["1", "2", "3", "4", "5", "6"]
    colours = [group.colour for group in default.groups]
    assert len(set(colours)) == 6
    assert all(len(colour) == 7 and colour.startswith("#") for colour in colours)
    for group in default.groups:
        keys = [item.hotkey for item in group.items]
        assert all(len(key) == 1 and key.isalpha() for key in keys)
        assert len(set(keys)) == len(keys), group.code
        assert all(item.name for item in group.items)


def test_a_group_code_alone_is_valid_and_unknown_codes_are_refused() -> None:
    default = scheme.default_scheme()
    assert default.validate([" receiving ", "receiving.eye-contact", "receiving"]) == (
        "receiving", "receiving.eye-contact")
    assert default.label("encouraging.waiting") == "Waiting"
    assert default.group_of("guiding.scaffolding").name == "Guiding"
    for bad in ("receiving.", "eye-contact", "Receiving", "receiving.eye-contact.x", ""):
        with pytest.raises(CaseError, match="not a principle"):
            default.validate([bad])


def test_a_case_keeps_the_scheme_it_was_coded_with(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    local = json.loads(scheme.default_scheme_text())
    local["id"], local["name"] = "local-variant", "Local contact principles"
    local["groups"] = local["groups"][:2]
    local["groups"][0]["items"].append({"code": "attentive.humming", "name": "Humming",
                                        "hotkey": "h"})
    with Case.create(tmp_path / "a", family_code="A", scheme_text=json.dumps(local)) as case:
        assert case.scheme.name == "Local contact principles"
        assert "attentive.humming" in case.scheme.codes()
        assert "guiding" not in case.scheme.codes()
    # the shipped default changes later: the case still codes with its own copy
    monkeypatch.setattr(scheme, "default_scheme_text", lambda: "{broken")
    with Case.open(tmp_path / "a") as case:
        assert case.scheme.validate(["attentive.humming"]) == ("attentive.humming",)
        with pytest.raises(CaseError, match="not a principle"):
            case.scheme.validate(["guiding"])


def test_the_scheme_is_checked_when_a_case_is_made(tmp_path: Path) -> None:
    broken = json.loads(scheme.default_scheme_text())
    broken["groups"][1]["items"][0]["code"] = "attentive.waiting"
    with pytest.raises(CaseError, match="must start with its group code"):
        Case.create(tmp_path / "b", family_code="B", scheme_text=json.dumps(broken))
    assert not (tmp_path / "b.vigcase").exists()


def test_moments_are_validated_against_the_case_scheme(case_with_recording: Case) -> None:
    moment = moments.add_moment(case_with_recording, 1, 5, principles=["deepening"])
    assert moment.principles == ("deepening",)


def test_practice_skills_scale_has_the_eleven_subscales() -> None:
    assert subscale_codes() == (
        "purpose-of-review", "values-and-beliefs", "attuned-dialogue", "attuned-guiding",
        "pacing", "naming-emotions", "working-with-power", "reviewing-the-review",
        "co-constructing-meanings", "naming-the-process", "widening-the-context")
