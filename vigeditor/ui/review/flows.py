"""The main window's Review menu: open the builder, start the shared review, note after it.

The "current cycle" is the cycle of the recording open in the editor, else the first cycle
whose review has items, else the first cycle.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from vigeditor.project import cycles, reviews
from vigeditor.project.consent_check import check_review_consent
from vigeditor.ui.review.after_review import AfterReviewDialog
from vigeditor.ui.review.builder import ReviewBuilder
from vigeditor.ui.review.consent_dialog import ReviewConsentDialog
from vigeditor.ui.review.review_mode import ReviewMode
from vigeditor.ui.review.show import ShowItem, load_show
from vigeditor.ui.window import CaseWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def current_cycle_id(window: CaseWindow) -> int | None:
    if window.session is None:
        return None
    case = window.session.case
    editor = window.editor
    if editor is not None and editor.state.recording is not None and \
            editor.state.recording.cycle_id is not None:
        return editor.state.recording.cycle_id
    listed = cycles.list_cycles(case)
    planned = [cycle.id for cycle in listed if reviews.list_items(case, cycle.id)]
    return planned[0] if planned else listed[0].id if listed else None


def open_builder(window: CaseWindow, cycle_id: int | None = None) -> ReviewBuilder | None:
    """Show the review builder (one per window) on ``cycle_id`` or the current cycle."""
    if window.session is None:
        return None
    existing = window.findChild(ReviewBuilder)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    builder = ReviewBuilder(window.session, cycle_id or current_cycle_id(window), window.runner,
                            window.settings.player, window)
    builder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    builder.start_requested.connect(lambda cycle, screen: start_review(window, cycle, screen))
    builder.after_requested.connect(lambda cycle: open_after_review(window, cycle))
    builder.show()
    return builder


def start_review(window: CaseWindow, cycle_id: int | None = None,
                 screen_index: int | None = None) -> None:
    """Load the cycle's review off the UI thread, then present it full screen (after asking,
    when someone who could be in the films lacks consent for the shared review)."""
    asking = window.findChild(ReviewConsentDialog)
    if window.session is None or window.findChild(ReviewMode) is not None or \
            (asking is not None and asking.isVisible()):
        return
    cycle = cycle_id or current_cycle_id(window)
    if cycle is None:
        return
    if window.editor is not None:
        window.editor.viewer.playback.pause()
    window.runner.start(_tr("Preparing the shared review"),
                        lambda _p, _c: load_show(window.session.case, cycle),  # type: ignore
                        on_success=lambda items: _present(window, cycle, items, screen_index),
                        on_failure=lambda message: QMessageBox.warning(
                            window, _tr("Shared review"), message))


def _present(window: CaseWindow, cycle_id: int, items: list[ShowItem],
             screen_index: int | None) -> ReviewMode | ReviewConsentDialog | None:
    if not items:
        QMessageBox.information(window, _tr("Shared review"), _tr(
            "This cycle's shared review has no clips or stills yet. Add them in the review "
            "plan first."))
        open_builder(window, cycle_id)
        return None
    assert window.session is not None
    check = check_review_consent(window.session.case)
    if check.complete:
        return _show(window, cycle_id, items, screen_index)
    number = cycles.get_cycle(window.session.case, cycle_id).number
    dialog = ReviewConsentDialog(window.session, check, number, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _show(window, cycle_id, items, screen_index))
    dialog.open()  # window-modal, without blocking: "Don't start" is the default
    return dialog


def _show(window: CaseWindow, cycle_id: int, items: list[ShowItem],
          screen_index: int | None) -> ReviewMode | None:
    assert window.session is not None
    mode = ReviewMode(items, player_preference=window.settings.player,
                      cache_dir=window.session.case.frame_table_dir, parent=window)
    screens = QGuiApplication.screens()
    screen = screens[screen_index] if screen_index is not None and \
        0 <= screen_index < len(screens) else None
    mode.finished.connect(lambda: _ended(window, mode, cycle_id))
    mode.start(screen, window)
    return mode


def _ended(window: CaseWindow, mode: ReviewMode, cycle_id: int) -> None:
    mode.setParent(None)
    mode.deleteLater()
    window.activateWindow()
    open_after_review(window, cycle_id)


def open_after_review(window: CaseWindow, cycle_id: int | None = None
                      ) -> AfterReviewDialog | None:
    """Show the after-review form of ``cycle_id`` (or the current cycle)."""
    if window.session is None:
        return None
    cycle = cycle_id or current_cycle_id(window)
    if cycle is None:
        return None
    dialog = AfterReviewDialog(window.session, cycle, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
