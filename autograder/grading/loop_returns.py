"""A return indented into a loop: the last statement of a loop's body is an unconditional return, so the function
ends in the loop's first round. Read off the submitted source; any exercise's function can have it."""

import ast


def return_in_loop(source: str | None, name: str):
    """``(loop line, return line, return's text)`` for the first loop in function ``name`` (at any depth of
    ``source``'s top-level functions and classes) whose body ends with a return; None when there is none."""
    try:
        tree = ast.parse(source or "")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    functions = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name]
    for function in functions[:1]:
        for loop in ast.walk(function):
            if isinstance(loop, (ast.For, ast.While)) and loop.body and isinstance(loop.body[-1], ast.Return):
                last = loop.body[-1]
                return loop.lineno, last.lineno, ast.get_source_segment(source, last) or "return"
    return None
