"""The session engine: Django's database sessions, with the stored data encrypted.

The answers (some of them health data) are special category data: the `django_session` row holds
them encrypted with Fernet (cryptography's MultiFernet over settings.SESSION_ENCRYPTION_KEYS, newest
first), so a backup, a database reader or a database log line sees no answer. The browser holds only
the random session key. Built on the documented extension points of Django's database-backed
sessions: a subclass of its SessionStore that overrides encode() and decode().

A session that cannot be saved because the database refuses to write is reported as the database's
failure (DatabaseUnavailable, answered 503 by wizard/unavailable.py), not as the person's (Django's
SessionInterrupted, a 400).
"""

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import DatabaseError


class DatabaseUnavailable(DatabaseError):
    """The database could not store the session."""


class SessionStore(DatabaseSessionStore):
    def encode(self, session_dict):
        return settings.SESSION_FERNET.encrypt(self.serializer().dumps(session_dict)).decode("ascii")

    def decode(self, session_data):
        """The stored data, or an empty session when no key decrypts it (an old key, a foreign row)."""
        try:
            return self.serializer().loads(settings.SESSION_FERNET.decrypt(session_data.encode("ascii")))
        except (InvalidToken, UnicodeError, ValueError):
            return {}

    def save(self, must_create=False):
        try:
            super().save(must_create=must_create)
        except UpdateError as update_error:
            # Django's answer both when the session was deleted meanwhile (another tab wiped it:
            # fine, a 400 "session interrupted") and when the database refused the write.
            try:
                still_there = self.exists(self.session_key)
            except DatabaseError as error:
                raise DatabaseUnavailable("the session could not be saved") from error
            if still_there:
                raise DatabaseUnavailable("the session could not be saved") from update_error
            raise
