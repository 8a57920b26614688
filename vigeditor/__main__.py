"""``python -m vigeditor``."""

import sys

from vigeditor.cli import main

sys.exit(main())
