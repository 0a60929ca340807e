"""The package's architecture gates: import cycles and module sizes.

``python tools/architecture.py`` prints jplabour's import cycles and its
modules over :data:`MAX_LINES` lines (outside ``data/``), and those of the
packages under ``tools/`` (``tools/mutation/``), and exits 1 when there is
any. There is no list of exceptions: a module that grows past the limit is
split along a seam (one job per module), not excused.

Every import counts, those inside functions (lazy imports) included: a lazy
import hides a cycle from the interpreter, not from the design. ``from
jplabour.x import y`` is an edge to ``jplabour.x.y`` when that is a module,
else to ``jplabour.x``. Importing a module also runs its packages'
``__init__``, but that edge is implied by where the module lives, not chosen
by its author, so it is not counted.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Mapping
from pathlib import Path

#: The package's source folder.
PACKAGE = Path(__file__).resolve().parent.parent / "src" / "jplabour"
#: The folder of the repository's tools; its packages are held to the same gates.
TOOLS = PACKAGE.parent.parent / "tools"
#: The most lines a module should have, outside the data modules.
MAX_LINES = 600


def module_files(package: Path = PACKAGE) -> dict[str, Path]:
    """Module name -> file, for every module of the package."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, modules: Mapping[str, Path]) -> set[str]:
    """The package's modules that module *name* (at *path*) imports, lazily or not."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(name, is_package, node.module, node.level)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {module for module in found if module in modules and module != name}


def _absolute(name: str, is_package: bool, module: str | None, level: int) -> str:
    """The absolute name of a (possibly relative) ``from`` import's module."""
    if not level:
        return module or ""
    parts = name.split(".")
    if not is_package:
        parts.pop()
    parts = parts[: len(parts) - (level - 1)]
    return ".".join([*parts, module] if module else parts)


def graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the package's modules it imports."""
    modules = module_files(package)
    return {name: imports(name, path, modules) for name, path in modules.items()}


def reachable(edges: Mapping[str, set[str]], start: str) -> set[str]:
    """The modules that importing *start* leads to, directly or not."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for child in edges.get(todo.pop(), ()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def cycles(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or not, each sorted."""
    reach = {node: reachable(edges, node) for node in edges}
    found = {
        tuple(sorted({node} | {other for other in reach[node] if node in reach[other]}))
        for node in edges
        if node in reach[node]
    }
    return sorted(list(cycle) for cycle in found)


def oversized(package: Path = PACKAGE) -> dict[str, int]:
    """Module file (relative to the package) -> lines, for modules over MAX_LINES outside data/."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative.startswith("data/"):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            found[relative] = lines
    return found


def problems(package: Path = PACKAGE) -> list[str]:
    """What breaks the architecture: each cycle, and each module over MAX_LINES outside data/."""
    found = [f"import cycle: {' -> '.join(cycle)}" for cycle in cycles(graph(package))]
    found += [
        f"{relative}: {lines} lines, more than {MAX_LINES}"
        for relative, lines in oversized(package).items()
    ]
    return found


def tool_packages(tools: Path = TOOLS) -> list[Path]:
    """The packages under *tools* (a folder with an ``__init__.py``), by name."""
    return sorted(init.parent for init in tools.glob("*/__init__.py"))


def main() -> int:
    """Print the problems; 0 when there are none, else 1."""
    found = problems()
    found += [
        f"tools/{package.name}: {problem}"
        for package in tool_packages()
        for problem in problems(package)
    ]
    for problem in found:
        print(problem)
    if not found:
        modules = graph()
        print(
            f"{len(modules)} modules, {sum(map(len, modules.values()))} imports between them "
            f"(lazy ones included): no cycle; none over {MAX_LINES} lines outside data/"
        )
        for package in tool_packages():
            modules = graph(package)
            print(
                f"tools/{package.name}: {len(modules)} modules, "
                f"{sum(map(len, modules.values()))} imports between them: no cycle; "
                f"none over {MAX_LINES} lines"
            )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
