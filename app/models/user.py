"""Staff accounts and their roles."""

import enum
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from .base import Base, UTCDateTime, utcnow


class Role(enum.StrEnum):
    PRACTITIONER = "practitioner"
    QA_OFFICER = "qa_officer"
    ADMIN = "admin"


class User(UserMixin, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    team: Mapped[str | None] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    role_rows: Mapped[list["UserRole"]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def roles(self) -> set[Role]:
        return {Role(row.role) for row in self.role_rows}

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name else ""

    def has_role(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


class UserRole(Base):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)


def create_user(session: Session, *, email: str, name: str, roles, password: str, team: str | None = None) -> User:
    """Add a staff account with its roles and a hashed password."""
    user = User(email=email.strip().lower(), name=name, team=team, role_rows=[UserRole(role=Role(r)) for r in roles])
    user.set_password(password)
    session.add(user)
    session.commit()
    return user


def set_roles(session: Session, user: User, roles) -> None:
    """Give a user exactly these roles."""
    wanted = {Role(role) for role in roles}
    user.role_rows = [row for row in user.role_rows if row.role in wanted]
    user.role_rows += [UserRole(role=role) for role in wanted - user.roles]
    session.commit()


def set_active(session: Session, user: User, active: bool) -> None:
    """Disable a user (they can no longer sign in) or enable them again."""
    user.active = active
    session.commit()


def record_sign_in(session: Session, user: User) -> None:
    """Note when a user last signed in."""
    user.last_sign_in_at = utcnow()
    session.commit()
