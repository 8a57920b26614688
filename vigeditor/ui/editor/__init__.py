"""The micro-analysis editor: viewer, transport, playback, frame worker, editing, tag keys."""
