"""The shape check CI runs on bench/results.json after `make bench QUICK=1`."""

from bench.check import problems

ENTRY = {
    "name": "api_statements_page_1",
    "median_ms": 12.5,
    "p95_ms": 14.0,
    "floor_sql_ms": 3.1,
    "ratio_to_sql_floor": 4.03,
    "ratio_to_bare_django": 1.2,
    "queries_page_1": 5,
    "queries_page_100": 5,
    "rows": 50,
}


def complete(*extra):
    names = [
        "api_statements_page_1",
        "api_statements_page_90pct",
        "api_meetings_page_1",
        "api_statements_search",
        "api_statement_detail_304",
        "page_dashboard",
        "page_process",
        "api_statements_csv_10k",
        "write_status_change",
    ]
    return [{**ENTRY, "name": name} for name in names] + list(extra)


def test_results_with_every_field_and_operation_pass():
    assert problems(complete()) == []


def test_a_missing_field_or_operation_is_named():
    broken = complete()
    del broken[0]["p95_ms"]
    broken.pop()

    found = problems(broken)

    assert "api_statements_page_1: p95_ms is <class 'KeyError'>" in found
    assert "missing operation write_status_change" in found


def test_a_floor_may_be_absent_but_a_median_may_not():
    write = {**ENTRY, "name": "x", "floor_sql_ms": None, "ratio_to_sql_floor": None}
    no_median = {**ENTRY, "name": "y", "median_ms": None}

    assert problems(complete(write)) == []
    assert problems(complete(no_median)) == ["y: median_ms is None"]


def test_a_comparison_of_scales_is_checked_when_present():
    compared = {**ENTRY, "name": "z", "compare_scale": 1, "compare_median_ms": 10.0}

    assert problems(complete({**compared, "growth": 1.25})) == []
    assert problems(complete({**compared, "growth": "fast"})) == ["z: growth is 'fast'"]
