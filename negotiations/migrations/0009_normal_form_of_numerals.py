"""The index of actors' names in their normal form, recomputed for two changes of that form
(negotiations/names.py): a Roman numeral of two letters or more keeps its letters, and a decimal
point parts two numbers. Until now doubled letters were folded in numerals too, so "Victor
Emmanuel II" and "Victor Emmanuel III" had one normal form, and a duplicate check or the intake
took one king for the other; and "5.5" became "55", which no text's words match.

Only rows whose normal form changes are written. Going backwards leaves the index as it is: the
new form tells more names apart and matches every spelling the old one did outside numerals.
"""

from django.db import migrations

from negotiations.names import normalize_name

BATCH = 2000


def normalize_again(apps, schema_editor):
    ActorName = apps.get_model("negotiations", "ActorName")
    changed = []
    for row in ActorName.objects.only("pk", "name", "normalized").iterator(chunk_size=BATCH):
        normal = normalize_name(row.name)[:200]
        if normal != row.normalized:
            row.normalized = normal
            changed.append(row)
    ActorName.objects.bulk_update(changed, ["normalized"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0008_stored_search_documents")]

    operations = [migrations.RunPython(normalize_again, migrations.RunPython.noop)]
