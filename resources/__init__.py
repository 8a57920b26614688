"""Data shipped with vigeditor (principles schemes, icons, templates).

Installed as the package ``vigeditor.resources``; read with ``vigeditor.resources_path``.
"""
