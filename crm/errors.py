"""The errors services raise, in two kinds (GUIDE.md: errors).

* :class:`UserError` — the user's input or action is wrong (validation, conflict, duplicate,
  not allowed). The interface shows it next to where it happened.
* :class:`StoreError` — the environment is wrong (not a database, newer schema, read-only,
  locked, disk full). Shown as one clear line; nothing is changed.

Both carry a translatable :class:`~crm.i18n.Message`; anything else reaching the top is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm.i18n import QT_TRANSLATE_NOOP, Message


class CrmError(Exception):
    def __init__(self, message: Message):
        super().__init__(message.text)
        self.message = message

    def render(self, lang: str | None = None) -> str:
        return self.message.render(lang)

    def __str__(self) -> str:
        return self.render()


class UserError(CrmError):
    """Something the user can fix."""


class StoreError(CrmError):
    """Something about the store (file, server) that the user or an admin must fix."""


class NotFound(UserError):
    pass


class PermissionDenied(UserError):
    """A person may not do this (crm.accounts.permissions says why). ``action``, ``entity`` and
    ``entity_id`` name what was refused: the store writes the refusal to the audit log after
    the transaction it happened in has been rolled back."""

    def __init__(
        self,
        message: Message,
        *,
        action: str = "",
        entity: str = "",
        entity_id: int | None = None,
        user_id: int | None = None,
    ):
        super().__init__(message)
        self.action, self.entity, self.entity_id = action, entity, entity_id
        self.user_id = user_id


@dataclass(frozen=True)
class FieldConflict:
    """One field both people changed: what the form started from, what is stored now (the
    other person's save) and what this person typed."""

    field: str
    base: Any
    stored: Any
    mine: Any


class ConflictError(UserError):
    """Optimistic locking: someone else saved the record since it was read. ``fields`` lists
    the fields both changed (empty when the caller gave no starting values to compare);
    ``version`` is the version stored now."""

    def __init__(
        self,
        entity: str,
        entity_id: int,
        fields: tuple[FieldConflict, ...] = (),
        version: int | None = None,
    ):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This record was changed by someone else since you opened it; reload it and "
                "apply your change again.",
            )
        )
        self.entity = entity
        self.entity_id = entity_id
        self.fields = fields
        self.version = version


@dataclass(frozen=True)
class FieldError:
    field: str  # the input's name, e.g. "credit_code"
    label: Message  # the field's translated label
    message: Message  # what is wrong

    def render(self, lang: str | None = None) -> str:
        return FIELD_PROBLEM.format(field=self.label, problem=self.message).render(lang)


FIELD_PROBLEM = QT_TRANSLATE_NOOP("Errors", "{field}: {problem}")


class ValidationError(UserError):
    """One or more fields are wrong; nothing was written."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(FIELD_PROBLEM.format(field=first.label, problem=first.message))

    def render(self, lang: str | None = None) -> str:
        return "; ".join(e.render(lang) for e in self.errors)

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


class ParseError(UserError):
    """A value typed or imported cannot be understood; the message says why."""


class DuplicateError(UserError):
    """A company already followed by someone; carries the duplicate report."""

    def __init__(self, message: Message, report: Any):
        super().__init__(message)
        self.report = report
