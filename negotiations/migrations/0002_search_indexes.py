"""GIN indexes for the API's full-text search (PostgreSQL only; a no-op elsewhere).

Each index expression is exactly the one the API's search builds, SearchVector(*fields,
config="english"), so that PostgreSQL can answer `?search=` from the index. The field lists are
frozen here as they were when the index was made; the API's FullTextSearchFilter
(negotiations/api/filters.py) must match them (tests/api/test_search.py checks that the planner
uses each index).
"""

from django.db import migrations

SEARCHED_FIELDS = {
    # Aliases are a JSON list: searched as their text, as SearchVector casts non-text fields.
    "negotiations_actor": ["name", "short_name", "description", "(aliases)::text"],
    "negotiations_position": ["title"],
    "negotiations_location": ["name"],
    "negotiations_source": ["title", "publisher", "author", "excerpt"],
    "negotiations_negotiationprocess": ["title", "summary"],
    "negotiations_mediator": ["notes"],
    "negotiations_proposal": ["title", "short_name", "summary", "full_text"],
    "negotiations_response": ["summary"],
    "negotiations_meeting": ["title", "summary", "outcome"],
    "negotiations_trip": ["title", "purpose"],
    "negotiations_statement": ["text", "audience"],
    "negotiations_event": ["title", "description"],
}


def index_name(table: str) -> str:
    return f"{table}_search"


def search_document(fields: list[str]) -> str:
    joined = " || ' ' || ".join(f"COALESCE({field}, '')" for field in fields)
    return f"to_tsvector('english'::regconfig, {joined})"


def create_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in SEARCHED_FIELDS.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index_name(table)} ON {table} "
            f"USING gin ({search_document(fields)})"
        )


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in SEARCHED_FIELDS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(table)}")


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0001_initial")]

    operations = [migrations.RunPython(create_search_indexes, drop_search_indexes)]
