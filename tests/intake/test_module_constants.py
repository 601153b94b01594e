"""The intake engine keeps its readings in module-level constants, many of them regular
expressions written rounds apart. A second assignment to the same name silently replaces the
first for every function that uses it (ruff's F811 covers only functions and imports), so each
constant is assigned once, unless the new value is built from the old one."""

import ast
from pathlib import Path

import negotiations.intake

ENGINE = Path(negotiations.intake.__file__).parent


def reassigned_constants(source: str) -> list[tuple[str, int]]:
    seen, reassigned = set(), []
    for statement in ast.parse(source).body:
        if not isinstance(statement, ast.Assign | ast.AnnAssign):
            continue
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        used = {node.id for node in ast.walk(statement.value) if isinstance(node, ast.Name)}
        for target in targets:
            if not isinstance(target, ast.Name) or not target.id.lstrip("_").isupper():
                continue
            if target.id in seen and target.id not in used:
                reassigned.append((target.id, statement.lineno))
            seen.add(target.id)
    return reassigned


def test_no_module_constant_of_the_engine_is_assigned_twice():
    found = {
        module.name: reassigned
        for module in sorted(ENGINE.glob("*.py"))
        if (reassigned := reassigned_constants(module.read_text(encoding="utf-8")))
    }

    assert found == {}


def test_a_second_assignment_is_found_but_one_built_from_the_first_is_not():
    source = "_HEADS = {'cup'}\n_HEADS = normal(_HEADS)\n_LED_BY = 'a'\n_LED_BY = 'b'\n"

    assert reassigned_constants(source) == [("_LED_BY", 4)]
