"""Stored search documents: on PostgreSQL, each searched table gets a `search_document` column,
`tsvector GENERATED ALWAYS AS (to_tsvector('english', fields)) STORED`, and its GIN index (named
`<table>_search`, as the expression index of migrations 0002 and 0006 it replaces).

Why stored: with an expression index, the planner finds the matching rows from the index but then
re-parses each one's text to recheck it, to count the matches and to rank them; a common word
matches a fifth of the statements. A stored document is parsed once, when the row is written.

Why generated, and why by hand rather than a model `GeneratedField`: PostgreSQL computes the column
on every write, including the bulk ones that bypass `save()` (generate_data's COPY, the exchange
importer, the spreadsheet import, `QuerySet.update()`). A model field would have to exist on SQLite
too, where `to_tsvector` does not; and every query of the model would read it, the history would
copy it and the exchange format would see it, while only the search needs it. So the column is
PostgreSQL's alone, the models do not declare it, and negotiations/search.py reads it by name. On
SQLite this migration does nothing: the search's substring fallback needs no index.

The field lists are frozen here as they are today; negotiations/search.py's SEARCH_FIELDS must name
the same fields (tests/api/test_search.py checks that they agree and that the planner uses each
index).
"""

from django.db import migrations

DOCUMENT_COLUMN = "search_document"

SEARCHED_FIELDS = {
    # Aliases are a JSON list: searched as their text, as SearchVector casts non-text fields.
    "negotiations_actor": ["name", "short_name", "description", "(aliases)::text"],
    "negotiations_position": ["title"],
    "negotiations_location": ["name"],
    "negotiations_source": ["title", "publisher", "author", "excerpt"],
    "negotiations_negotiationprocess": ["title", "summary"],
    "negotiations_mediator": ["notes"],
    "negotiations_party": ["side"],
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
    """What Django's SearchVector(*fields, config="english") computes."""
    joined = " || ' ' || ".join(f"COALESCE({field}, '')" for field in fields)
    return f"to_tsvector('english'::regconfig, {joined})"


def store_search_documents(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in SEARCHED_FIELDS.items():
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(table)}")
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN {DOCUMENT_COLUMN} tsvector "
            f"GENERATED ALWAYS AS ({search_document(fields)}) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX {index_name(table)} ON {table} USING gin ({DOCUMENT_COLUMN})"
        )


def index_expressions_again(apps, schema_editor):
    """Back to migrations 0002 and 0006: an index on the expression, no stored column."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in SEARCHED_FIELDS.items():
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {DOCUMENT_COLUMN}")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index_name(table)} ON {table} "
            f"USING gin ({search_document(fields)})"
        )


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0007_article_intake")]

    operations = [migrations.RunPython(store_search_documents, index_expressions_again)]
