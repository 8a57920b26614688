"""The timeline: its model (frame/pixel mapping, tracks), painting, hit-testing and tooltips."""
