"""The mutation score of jplabour's core, one module per job; run it as ``python tools/mutation_score.py``.

Each mutant is one small change of a core module (``<`` to ``<=``, ``and`` to
``or``, a number plus one, an element dropped from a tuple of constants, a
digit or a character class of a regular expression, ...). It is killed when a
test fails (or hangs past its timeout) and survives when the tests pass. The
last line printed is ``mutation score N%``: killed / (mutants - excluded).

- :mod:`.targets`: the core modules and the tests relevant to each, the one table ``TARGETS``.
- :mod:`.operators`: how one syntax node changes (the mutation operators).
- :mod:`.mutants`: where a module is mutated, and each mutant's name and reach.
- :mod:`.exclusions`: the reviewed equivalent mutants, read from ``tools/mutation_exclusions.txt``.
- :mod:`.selection`: the tests run for a mutant, fastest first, within the budget.
- :mod:`.tracing`: coverage's line tracer, each test in a context of its own.
- :mod:`.baseline`: the traced run without mutants, cached under a hash of ``src/`` and ``tests/``.
- :mod:`.sandbox`: the copy of ``src/`` that the forked test runs import.
- :mod:`.forking`: forked children in their own process groups, with timeouts and clean ends.
- :mod:`.work_queue`: the plans the workers share, and what pytest's exit code says of a mutant.
- :mod:`.swapping`: a test session that swaps mutated code objects into loaded functions.
- :mod:`.running`: the worker processes, on tests collected once or on a mutated copy.
- :mod:`.report`: the counts, the survivors and the score.
- :mod:`.cli`: the command's options.

The working tree is never modified (each worker copies ``src/`` to a
temporary folder), each run is a forked process (POSIX only) with ``CI=1``
(Hypothesis derandomised): the same tree gives the same score.
"""
