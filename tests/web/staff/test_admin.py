"""Admins add staff, change their roles, disable them, and keep the list of service areas."""

from sqlalchemy import select

from app.models import ServiceArea, User
from tests.factories import create_staff, csrf_token, sign_in


def test_an_admin_adds_a_member_of_staff_who_can_then_sign_in(app, client, session):
    sign_in(client, create_staff(session, roles=("admin",)))
    page = client.get("/admin/users/new")
    added = client.post(
        "/admin/users/new",
        data={
            "csrf_token": csrf_token(page.text),
            "name": "Kim Lee",
            "email": "Kim.Lee@Council.example",
            "team": "Leaving Care",
            "roles": ["practitioner", "qa_officer"],
        },
    )
    assert "Kim Lee has been added" in added.text
    password = added.text.split('<code id="password">')[1].split("</code>")[0]
    user = session.scalar(select(User).where(User.email == "kim.lee@council.example"))
    assert {role.value for role in user.roles} == {"practitioner", "qa_officer"}
    newcomer = app.test_client()
    newcomer_page = newcomer.get("/sign-in")
    signed_in = newcomer.post(
        "/sign-in",
        data={"csrf_token": csrf_token(newcomer_page.text), "email": "kim.lee@council.example", "password": password},
    )
    assert signed_in.headers["Location"] == "/practice/"


def test_adding_someone_twice_or_without_a_role_is_refused(client, session):
    existing = create_staff(session, roles=("practitioner",))
    sign_in(client, create_staff(session, roles=("admin",)))
    page = client.get("/admin/users/new")
    refused = client.post(
        "/admin/users/new",
        data={"csrf_token": csrf_token(page.text), "name": "Twice", "email": existing.email, "roles": ["practitioner"]},
    )
    assert "There is already an account with this email address" in refused.text
    refused = client.post(
        "/admin/users/new", data={"csrf_token": csrf_token(page.text), "name": "No role", "email": "new@example.org"}
    )
    assert "Select at least one role" in refused.text


def test_an_admin_changes_roles_and_disables_an_account(app, client, session):
    worker = create_staff(session, roles=("practitioner",))
    admin = create_staff(session, roles=("admin",))
    sign_in(client, admin)
    page = client.get(f"/admin/users/{worker.id}")
    client.post(f"/admin/users/{worker.id}", data={"csrf_token": csrf_token(page.text), "roles": ["qa_officer"]})
    session.refresh(worker)
    assert {role.value for role in worker.roles} == {"qa_officer"}
    client.post(f"/admin/users/{worker.id}/disable", data={"csrf_token": csrf_token(page.text)})
    session.refresh(worker)
    assert worker.active is False
    client.post(f"/admin/users/{admin.id}/disable", data={"csrf_token": csrf_token(page.text)})
    session.refresh(admin)
    assert admin.active is True  # an admin cannot lock themselves out


def test_an_admin_adds_and_retires_service_areas(client, session):
    sign_in(client, create_staff(session, roles=("admin",)))
    page = client.get("/admin/service-areas")
    client.post("/admin/service-areas", data={"csrf_token": csrf_token(page.text), "name": "Youth Justice"})
    area = session.scalar(select(ServiceArea).where(ServiceArea.name == "Youth Justice"))
    assert area.active
    client.post(f"/admin/service-areas/{area.id}/toggle", data={"csrf_token": csrf_token(page.text)})
    session.refresh(area)
    assert not area.active
    refused = client.post("/admin/service-areas", data={"csrf_token": csrf_token(page.text), "name": "fostering"})
    assert "already on the list" in refused.text
