"""`python -m auditor` runs the command-line interface (a warm CI gate answered first from
its stored replay, cli/fast_path.py)."""

import sys

from auditor.cli.fast_path import main

sys.exit(main())
