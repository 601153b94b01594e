"""The suite's own test database: nothing left on it keeps it from being dropped."""

import psycopg2
import pytest
from django.db import connection

from tests.conftest import end_other_sessions


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="sessions on a server are PostgreSQL's"
)
def test_a_session_left_open_on_the_test_database_is_ended_before_it_is_dropped():
    left_open = psycopg2.connect(**connection.get_connection_params())
    try:
        assert end_other_sessions() >= 1
        with pytest.raises(psycopg2.OperationalError), left_open.cursor() as cursor:
            cursor.execute("SELECT 1")
    finally:
        left_open.close()
