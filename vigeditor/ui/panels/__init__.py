"""The editor's side panels: principles palette, inspector, item lists and case navigator."""
