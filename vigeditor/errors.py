"""Errors shown to the guider: every one carries a plain-language message."""

from __future__ import annotations

from vigeditor.media.errors import MediaError


class UserError(Exception):
    """Something the guider asked for cannot be done; ``str(error)`` says why in plain words."""


#: errors whose message is fit to show a guider as it is
PLAIN_ERRORS: tuple[type[BaseException], ...] = (UserError, MediaError)
