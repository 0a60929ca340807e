"""Command-line commands, one module each (``configure_parser`` and ``run_command``).

:mod:`jplabour.commands.output` holds what they share: the ``--format``,
``--as-of`` and ``--within`` options and the table, CSV and JSON writers.
"""

__all__: list[str] = []
