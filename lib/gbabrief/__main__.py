"""``python -m gbabrief`` is the ``gbabrief`` command."""
import sys

from .cli import main

sys.exit(main())
