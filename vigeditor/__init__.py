"""vigeditor: a private, frame-exact video editor for Video Interaction Guidance."""

__version__ = "0.1.0"
