"""The project layer: case folders, the SQLite store, the VIG domain and its operations.

No Qt here (DESIGN.md §3): the UI subscribes to :attr:`Case.changed` and wraps each
:class:`~vigeditor.project.changes.Change` in its undo stack.
"""
