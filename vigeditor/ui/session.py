"""The open case as the UI sees it: change events as a Qt signal, and the undo stack.

Every project operation commits and emits a ``CaseChanged`` event (in whatever thread made
the change, e.g. an import worker). The session forwards each event into the GUI thread as
``changed`` and, for operations done (not undone or redone), pushes one ``QUndoCommand`` that
undoes and redoes that same change. Views take the session in ``__init__``, connect to
``changed`` and redraw from events only.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.project.case import Case
from vigeditor.project.changes import Change
from vigeditor.project.events import CaseChanged

_log = logging.getLogger("vigeditor.ui")


class ChangeCommand(QUndoCommand):
    """One reversible operation on the undo stack; it was already done when pushed."""

    def __init__(self, session: CaseSession, change: Change) -> None:
        super().__init__(change.label)
        self._session = session
        self.change = change
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # QUndoStack.push calls redo: the operation is already done
            return
        if not self._session.guarded(self.change.redo, report=True):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._session.guarded(self.change.undo, report=True):
            self.setObsolete(True)  # it can no longer be undone: drop it from the stack


class CaseSession(QObject):
    """One open case in the app: events in the GUI thread, undo stack, plain errors."""

    changed = Signal(object)  # CaseChanged
    failed = Signal(str)  # a plain message for the guider
    _event_arrived = Signal(object)

    def __init__(self, case: Case, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        # direct from the GUI thread (so the undo stack is up to date when an operation
        # returns), queued from workers such as imports
        self._event_arrived.connect(self._deliver, Qt.ConnectionType.AutoConnection)
        case.changed.connect(self._event_arrived.emit)

    def run(self, operation: Any, *args: Any, **kwargs: Any) -> Any:
        """Call a project operation; a plain error becomes ``failed`` and returns None."""
        return self.guarded(operation, *args, **kwargs)

    def guarded(self, function: Any, *args: Any, report: bool = False, **kwargs: Any) -> Any:
        """Call ``function``; a failure becomes ``failed`` (a plain message).

        Returns the function's result, or None on failure; with ``report`` it returns
        whether the call succeeded instead.
        """
        try:
            result = function(*args, **kwargs)
        except PLAIN_ERRORS as error:
            self.failed.emit(str(error))
        except Exception:
            _log.exception("operation %s failed", getattr(function, "__name__", function))
            self.failed.emit(self.tr("That could not be done. Details are in the log."))
        else:
            return True if report else result
        return False if report else None

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def close(self) -> None:
        self.case.changed.disconnect(self._event_arrived.emit)
        self.undo_stack.clear()
        self.case.close()

    @Slot(object)
    def _deliver(self, event: CaseChanged) -> None:
        if event.origin == "do" and isinstance(event.change, Change):
            self.undo_stack.push(ChangeCommand(self, event.change))
        self.changed.emit(event)
