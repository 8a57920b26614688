"""A small Qt-free signal, and the events the project layer emits after each commit.

Views subscribe with ``case.changed.connect(callback)`` and redraw from the events they get.
An event is emitted in the thread that made the change (a worker, for imports), after the
commit; the UI layer forwards events into a queued Qt signal so views redraw in the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

T = TypeVar("T")
Action = Literal["added", "changed", "removed"]
Origin = Literal["do", "undo", "redo"]
_log = logging.getLogger("vigeditor.project")


class Signal(Generic[T]):
    """Callbacks called in connection order with each emitted value."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], object]] = []

    def connect(self, callback: Callable[[T], object]) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], object]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        """Call every callback; one failing callback is logged and does not stop the others.

        The change is already committed when events are emitted, so a faulty view must not
        make it look as if the operation failed.
        """
        for callback in list(self._callbacks):
            try:
                callback(value)
            except Exception:
                _log.exception("a change listener failed")


@dataclass(frozen=True)
class Changed:
    """One thing that changed: ``kind`` (e.g. ``"moment"``), its id, and what happened."""

    kind: str
    id: int
    action: Action


@dataclass(frozen=True)
class CaseChanged:
    """Everything one operation (or its undo or redo) changed, emitted after the commit."""

    label: str
    origin: Origin
    changes: tuple[Changed, ...]
    change: object | None = None  # the Change; None for an operation that cannot be undone

    def of_kind(self, kind: str) -> tuple[Changed, ...]:
        return tuple(item for item in self.changes if item.kind == kind)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(item.kind for item in self.changes)
