"""Run the ``kg`` command as ``python -m kg``."""

from __future__ import annotations

import sys

from kg.cli import main

sys.exit(main())
