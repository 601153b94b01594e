"""A trigram index of actors' names in their normal form (PostgreSQL only; a no-op elsewhere).

The intake asks the name index for the recorded bodies an article describes without writing
their name ("the Finnish church" for "Evangelical Lutheran Church of Finland",
gazetteer.described_bodies): the names that hold a head word and every word qualifying it
anywhere in them, `normalized LIKE '%church%'`, which the B-tree index of 0003 cannot answer.
A GIN index of the name's trigrams (pg_trgm, installed by 0003) answers it without reading the
whole index of names, so that the cost of an article's gazetteer does not grow with the number
of actors recorded. SQLite reads its (small) table instead.
"""

from django.db import migrations

INDEX = "negotiations_actorname_normalized_trgm"


def create_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON negotiations_actorname "
        "USING gin (normalized gin_trgm_ops)"
    )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0011_normal_form_of_undecomposed_letters")]

    operations = [migrations.RunPython(create_trigram_index, drop_trigram_index)]
