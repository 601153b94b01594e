"""`python -m bench.check [bench/results-quick.json]`: the results have the shape the issue names
(no timing is judged here: CI machines are too noisy for that). Exits non-zero when they do not.
Without an argument it reads what `make bench QUICK=1` wrote, as CI does."""

import json
import sys

FIELDS = {
    "name": str,
    "median_ms": float,
    "p95_ms": float,
    "floor_sql_ms": (float, type(None)),
    "ratio_to_sql_floor": (float, type(None)),
    "ratio_to_bare_django": (float, type(None)),
    "queries_page_1": int,
    "queries_page_100": int,
    "rows": int,
}
# Present when the run compared two scales (--compare-scale).
OPTIONAL_FIELDS = {"compare_scale": float, "compare_median_ms": float, "growth": float}
REQUIRED_OPERATIONS = {
    "api_statements_page_1",
    "api_statements_page_90pct",
    "api_meetings_page_1",
    "api_statements_search",
    "api_statement_detail_304",
    "page_dashboard",
    "page_process",
    "write_status_change",
    "api_statements_csv_10k",
}


def problems(results) -> list[str]:
    if not isinstance(results, list) or not results:
        return ["the results are not a non-empty list"]
    found = []
    for entry in results:
        present = {name: kind for name, kind in OPTIONAL_FIELDS.items() if name in entry}
        for name, kind in {**FIELDS, **present}.items():
            value = entry.get(name, KeyError)
            if isinstance(value, int) and not isinstance(value, bool) and kind is float:
                value = float(value)
            if value is KeyError or not isinstance(value, kind):
                found.append(f"{entry.get('name')}: {name} is {value!r}")
    missing = REQUIRED_OPERATIONS - {entry.get("name") for entry in results}
    found += [f"missing operation {name}" for name in sorted(missing)]
    return found


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "bench/results-quick.json"
    with open(path) as results_file:
        found = problems(json.load(results_file))
    for problem in found:
        print(problem)
    if found:
        sys.exit(1)
    print(f"{path}: every operation has the benchmark's fields.")


if __name__ == "__main__":
    main()
