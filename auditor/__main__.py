"""`python -m auditor` runs the command-line interface."""

from auditor.cli.app import main

main()
