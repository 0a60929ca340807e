"""The mutation operators: the changed versions of one syntax node (its children change separately)."""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterator
from typing import Any, Final

_COMPARISONS: Final[dict[type[ast.cmpop], type[ast.cmpop]]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_ARITHMETIC: Final[dict[type[ast.operator], type[ast.operator]]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.FloorDiv,
    ast.FloorDiv: ast.Mult,
    ast.Div: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
}
#: The functions of ``re`` whose first argument is a pattern, mutated as one.
REGEX_FUNCTIONS: Final = frozenset(
    {"compile", "match", "fullmatch", "search", "sub", "subn", "findall", "finditer", "split"}
)
#: The bounds of a regular expression's ``{m,n}`` quantifiers.
_QUANTIFIER_DIGITS: Final = re.compile(r"(?<=[{,])[0-9]+(?=[,}])")
#: A character class of literal characters, ``[./-]``; classes with ranges (``[0-9]``) are left alone.
_CHARACTER_CLASS: Final = re.compile(r"\[\^?((?:\\.|[^\]\\])+)\]")
_RANGE: Final = re.compile(r"[^\\]-[^\]]")


def _replace(node: ast.AST, **changes: Any) -> ast.AST:
    new = copy.copy(node)
    for name, value in changes.items():
        setattr(new, name, value)
    return new


def node_mutations(node: ast.AST, regex: bool, type_arguments: bool) -> Iterator[ast.AST]:  # noqa: C901, PLR0912 -- one branch per operator
    """The mutated versions of *node* itself (its children are mutated separately)."""
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            swapped = _COMPARISONS.get(type(op))
            if swapped is not None:
                ops = list(node.ops)
                ops[index] = swapped()
                yield _replace(node, ops=ops)
    elif isinstance(node, ast.BoolOp):
        yield _replace(node, op=ast.Or() if isinstance(node.op, ast.And) else ast.And())
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield node.operand
    elif isinstance(node, ast.BinOp):
        swapped_op = _ARITHMETIC.get(type(node.op))
        if swapped_op is not None:
            yield _replace(node, op=swapped_op())
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            yield ast.Constant(not value)
        elif isinstance(value, int):
            yield ast.Constant(value + 1)
        elif isinstance(value, str) and regex:
            for match in _QUANTIFIER_DIGITS.finditer(value):
                bumped = str(int(match.group()) + 1)
                yield ast.Constant(value[: match.start()] + bumped + value[match.end() :])
            for match in _CHARACTER_CLASS.finditer(value):
                members = match.group(1)
                if len(members) > 1 and not members.startswith("\\") and not _RANGE.search(members):
                    start = match.start(1)
                    yield ast.Constant(value[:start] + value[start + 1 :])
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)) and not type_arguments:
        elements = node.elts
        if (
            len(elements) > 1
            and getattr(node, "ctx", ast.Load()).__class__ is ast.Load
            and all(isinstance(e, ast.Constant) for e in elements)
        ):
            for index in range(len(elements)):
                yield _replace(node, elts=elements[:index] + elements[index + 1 :])
    elif isinstance(node, ast.Break):
        yield ast.Continue()
    elif isinstance(node, ast.Continue):
        yield ast.Break()
