"""The index of actors' names in their normal form, recomputed once more (negotiations/names.py):
a plus sign joined to a name is the word "plus". Until now it was dropped as punctuation, so
"OPEC+" had the normal form of "OPEC" and every mention of OPEC was taken for OPEC+, and "OPEC
Plus", the same group written out, matched nothing.

The recomputation is migration 0009's (only rows whose normal form changes are written); going
backwards leaves the index as it is.
"""

from importlib import import_module

from django.db import migrations

normalize_again = import_module(
    "negotiations.migrations.0009_normal_form_of_numerals"
).normalize_again


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0009_normal_form_of_numerals")]

    operations = [migrations.RunPython(normalize_again, migrations.RunPython.noop)]
