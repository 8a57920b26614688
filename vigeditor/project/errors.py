"""Errors of the project layer: each carries a plain-language message for the guider."""

from __future__ import annotations

from vigeditor.errors import UserError


class CaseError(UserError):
    """A case cannot be opened, or an operation on it was refused; nothing was written."""


class CaseLockedError(CaseError):
    """The case is open in another vigeditor window or program."""


class ImportCancelled(CaseError):
    """The guider stopped an import; the case is unchanged."""
