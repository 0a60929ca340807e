"""Package attributes loaded on first use (PEP 562).

``import jplabour`` and ``import jplabour.model`` load none of their modules:
each public name is imported from its module on first use, so that a lookup
by name loads the names and the organisations, not the rest of the package.
"""

from __future__ import annotations

import gc
import importlib

# Not typing.TYPE_CHECKING: ``import jplabour`` imports neither typing nor
# collections (type checkers read this name as True).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any
del TYPE_CHECKING  # not a name of the module

__all__ = ["lazy_attributes"]


def lazy_attributes(
    package: str, namespace: dict[str, Any], where: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of *package*, whose names *where* maps to modules.

    ``__getattr__(name)`` imports the module *where* names, stores the name in
    *namespace* (the package's globals, so that the next use costs nothing)
    and returns it; an unknown name is an AttributeError, as for any module.
    """

    def __getattr__(name: str) -> Any:  # noqa: N807 -- a module's __getattr__
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        # Loading the records creates thousands of objects and no garbage: the cyclic
        # collector's passes over them would cost more than the rest of the import.
        collecting = gc.isenabled()
        gc.disable()
        try:
            value = getattr(importlib.import_module(module), name)
        finally:
            if collecting:
                gc.enable()
        namespace[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807 -- a module's __dir__
        return sorted({*namespace, *where})

    return __getattr__, __dir__
