"""`manage.py shell` imports every model, history models included, without a warning."""

from django.core.management import call_command
from django.core.management.commands.shell import Command
from django.utils.module_loading import import_string


def test_every_model_the_shell_imports_is_found_where_it_says():
    paths = Command().get_auto_imports()

    assert "negotiations.models.actors.HistoricalMergedActor" in paths
    for path in paths:
        assert import_string(path).__name__ == path.rpartition(".")[2]


def test_the_shell_starts_without_an_import_warning(capsys):
    call_command("shell", command="pass", verbosity=1)

    assert "could not be automatically imported" not in capsys.readouterr().out
