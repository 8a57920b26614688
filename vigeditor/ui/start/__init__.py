"""The way into a case: the start screen, New case, opening cases and importing recordings."""
