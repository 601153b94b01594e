import datetime

from negotiations.models import Response
from tests.factories import ResponseFactory


def test_a_new_response_is_pending_since_its_request(db):
    response = ResponseFactory()

    assert response.status == Response.Status.PENDING
    assert response.requested_on == datetime.date(2024, 5, 31)
    assert response.days_pending(as_of=datetime.date(2024, 6, 10)) == 10
