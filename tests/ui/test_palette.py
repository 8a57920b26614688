"""The principles palette: the scheme with hotkeys and counts, the filter, tagging."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vigeditor.paths import resource_path
from vigeditor.project import clips, moments
from vigeditor.project.model import Recording
from vigeditor.project.scheme import DEFAULT_SCHEME
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.panels.palette import COUNT, KEYS, NAME, PrinciplesPalette
from vigeditor.ui.session import CaseSession


@pytest.fixture
def scheme_json() -> dict:
    return json.loads(resource_path("schemes", DEFAULT_SCHEME).read_text(encoding="utf-8"))


@pytest.fixture
def palette(session: CaseSession, state: EditorState, qtbot: QtBot) -> PrinciplesPalette:
    widget = PrinciplesPalette(session, state)
    qtbot.addWidget(widget)
    return widget


def _item_letter(scheme_json: dict, code: str) -> str:
    return next(item["hotkey"] for group in scheme_json["groups"] for item in group["items"]
                if item["code"] == code)


def test_shows_every_group_and_item_of_the_scheme(palette: PrinciplesPalette,
                                                  scheme_json: dict) -> None:
    tree = palette.tree
    groups = scheme_json["groups"]
    assert len(groups) == 6
    assert tree.topLevelItemCount() == 1 + len(groups)  # "Show all" first
    assert tree.topLevelItem(0).data(NAME, Qt.ItemDataRole.UserRole) == ""
    shown_items = 0
    for index, group in enumerate(groups, 1):
        row = tree.topLevelItem(index)
        assert row.text(NAME) == group["name"]
        assert row.text(KEYS) == str(index)
        assert not row.icon(NAME).isNull()  # the group's colour, beside its name and digit
        assert [row.child(i).text(NAME) for i in range(row.childCount())] == \
            [item["name"] for item in group["items"]]
        assert [row.child(i).text(KEYS) for i in range(row.childCount())] == \
            [item["hotkey"] for item in group["items"]]
        shown_items += row.childCount()
    assert shown_items == sum(len(group["items"]) for group in groups) == 40


def test_counts_follow_moments_and_undo(palette: PrinciplesPalette, session: CaseSession,
                                        recording: Recording, qtbot: QtBot) -> None:
    eye = palette._rows["receiving.eye-contact"]
    assert palette.count_of("receiving.eye-contact") == 0 and eye.text(COUNT) == ""
    for frame, codes in ((5, ["receiving.eye-contact"]),
                         (9, ["receiving.eye-contact", "receiving"]),
                         (20, ["guiding.scaffolding"])):
        with qtbot.waitSignal(session.changed):
            session.run(moments.add_moment, session.case, recording.id, frame, principles=codes)
    assert eye.text(COUNT) == "2"
    assert palette.count_of("receiving") == 2  # a group counts moments, not tags
    assert palette.count_of("guiding") == 1 and palette.count_of("") == 3
    with qtbot.waitSignal(session.changed):
        session.undo()
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert eye.text(COUNT) == "1" and palette.count_of("guiding") == 0


def test_code_for_keys_uses_the_scheme_hotkeys(palette: PrinciplesPalette,
                                               scheme_json: dict) -> None:
    letter = _item_letter(scheme_json, "receiving.eye-contact")
    assert palette.code_for_keys(3, letter) == "receiving.eye-contact"
    assert palette.code_for_keys(3, letter.upper()) == "receiving.eye-contact"
    assert palette.code_for_keys(3, None) == "receiving"
    assert palette.code_for_keys(1, _item_letter(scheme_json, "attentive.wondering")) == \
        "attentive.wondering"
    assert palette.code_for_keys(7, None) is None
    assert palette.code_for_keys(3, "z") is None


def test_tag_with_adds_a_moment_then_adds_to_it(palette: PrinciplesPalette,
                                                session: CaseSession, state: EditorState,
                                                recording: Recording, qtbot: QtBot) -> None:
    state.set_frame(30)
    with qtbot.waitSignal(session.changed):
        palette.tag_with("receiving.eye-contact")
    with qtbot.waitSignal(session.changed):
        palette.tag_with("developing.having-fun")
    with qtbot.assertNotEmitted(session.changed, wait=50):
        palette.tag_with("receiving.eye-contact")  # already there: nothing to do
    listed = moments.list_moments(session.case, recording.id)
    assert [(m.frame, m.principles) for m in listed] == \
        [(30, ("receiving.eye-contact", "developing.having-fun"))]
    assert session.undo_stack.count() == 2
    assert palette.count_of("developing.having-fun") == 1
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert moments.list_moments(session.case, recording.id)[0].principles == \
        ("receiving.eye-contact",)


def test_selecting_a_principle_sets_the_filter(palette: PrinciplesPalette,
                                               state: EditorState, qtbot: QtBot) -> None:
    with qtbot.waitSignal(state.filter_changed) as changed:
        palette.tree.setCurrentItem(palette._rows["receiving"])
    assert changed.args == ["receiving"] and state.principle_filter == "receiving"
    palette.tree.setCurrentItem(palette._rows["guiding.scaffolding"])
    assert state.principle_filter == "guiding.scaffolding"
    palette.tree.setCurrentItem(palette.tree.topLevelItem(0))  # Show all
    assert state.principle_filter == ""
    state.set_filter("deepening")  # set elsewhere: the palette shows it
    assert palette.tree.currentItem() is palette._rows["deepening"]


def test_enter_tags_the_selected_clip(palette: PrinciplesPalette, session: CaseSession,
                                      state: EditorState, recording: Recording,
                                      qtbot: QtBot) -> None:
    clip = clips.add_clip(session.case, recording.id, 10, 40, principles=["guiding"])
    state.set_selection(Selection("clip", clip.id))
    palette.show()
    qtbot.waitExposed(palette)
    palette.tree.setCurrentItem(palette._rows["attentive.turning-towards"])
    with qtbot.waitSignal(session.changed):
        qtbot.keyClick(palette.tree, Qt.Key.Key_Return)
    assert clips.get_clip(session.case, clip.id).principles == \
        ("guiding", "attentive.turning-towards")
    assert moments.list_moments(session.case, recording.id) == []
    state.set_selection(None)  # nothing selected: Enter tags the current frame
    state.set_frame(12)
    with qtbot.waitSignal(session.changed):
        qtbot.keyClick(palette.tree, Qt.Key.Key_Return)
    assert [(m.frame, m.principles) for m in moments.list_moments(session.case, recording.id)] \
        == [(12, ("attentive.turning-towards",))]
