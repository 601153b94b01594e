"""The index of actors' names in their normal form, recomputed once more (negotiations/names.py):
the letters Unicode does not decompose into a base letter and an accent (ł, ø, đ, ð, þ, æ, œ, ı,
ħ) are written as their base letters. Until now they were kept, so "Bolesław Bierut" and
"Boleslaw Bierut", the same man as an English report spells him, had two normal forms: the
duplicate check saw two people, the admin's and the API's name search found only the spelling
typed, and the intake took "Boleslaw" for a new actor.

The recomputation is migration 0009's (only rows whose normal form changes are written); going
backwards leaves the index as it is.
"""

from importlib import import_module

from django.db import migrations

normalize_again = import_module(
    "negotiations.migrations.0009_normal_form_of_numerals"
).normalize_again


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0010_normal_form_of_plus_sign")]

    operations = [migrations.RunPython(normalize_again, migrations.RunPython.noop)]
