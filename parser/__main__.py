"""``python -m parser`` is the ``minutes`` command."""

from .cli import main

main()
