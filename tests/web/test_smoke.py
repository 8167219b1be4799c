from tests.factories import create_link


def test_welcome_page_opens(client, session):
    token = create_link(session)
    page = client.get(f"/s/{token}")
    assert page.status_code == 200
    assert "Start" in page.text
