"""The case schema as forward migrations: ``MIGRATIONS[n]`` takes a case from version n to n+1.

The schema version lives in ``PRAGMA user_version``. A migration is never edited once
released; a change to the schema is a new function appended to :data:`MIGRATIONS`, and the
tests migrate a case from every earlier version. Every table has an integer ``id`` primary
key (the undo log relies on it) and every stored position is a frame index plus its time.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

Migration = Callable[[Database], None]

_V1 = [
    """CREATE TABLE case_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        family_code TEXT NOT NULL CHECK (length(trim(family_code)) > 0),
        family_name TEXT,
        guider TEXT,
        service TEXT,
        started TEXT,
        ended TEXT,
        end_of_involvement TEXT,
        notes TEXT NOT NULL DEFAULT '',
        scheme TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('carer', 'child', 'sibling', 'professional')),
        note TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('filming', 'review', 'family-copy',
            'supervision', 'training', 'professional', 'research')),
        professional TEXT,
        given TEXT,
        withdrawn TEXT,
        note TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE cycles (
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
        filming_date TEXT,
        review_date TEXT,
        notes TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE working_points (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL)""",
    """CREATE TABLE helping_questions (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        asked_by INTEGER REFERENCES people(id) ON DELETE SET NULL,
        hoped_rating INTEGER CHECK (hoped_rating BETWEEN 1 AND 10))""",
    """CREATE TABLE question_ratings (
        id INTEGER PRIMARY KEY,
        question_id INTEGER NOT NULL REFERENCES helping_questions(id) ON DELETE CASCADE,
        stage TEXT NOT NULL CHECK (stage IN ('start', 'cycle', 'end')),
        cycle_id INTEGER REFERENCES cycles(id) ON DELETE CASCADE,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 10),
        rated_on TEXT)""",
    """CREATE TABLE plan_sections (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        heading TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE recordings (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER REFERENCES cycles(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('interaction', 'review')),
        title TEXT NOT NULL DEFAULT '',
        file TEXT NOT NULL,
        linked INTEGER NOT NULL DEFAULT 0,
        original_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        frames INTEGER NOT NULL CHECK (frames > 0),
        duration REAL NOT NULL,
        media_info TEXT NOT NULL,
        imported_at TEXT NOT NULL)""",
    """CREATE TABLE moments (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        frame INTEGER NOT NULL CHECK (frame >= 0),
        time REAL NOT NULL,
        end_frame INTEGER,
        end_time REAL,
        principles TEXT NOT NULL DEFAULT '[]',
        who TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        CHECK (end_frame IS NULL OR end_frame >= frame))""",
    """CREATE TABLE clips (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        in_frame INTEGER NOT NULL CHECK (in_frame >= 0),
        in_time REAL NOT NULL,
        out_frame INTEGER NOT NULL,
        out_time REAL NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        caption TEXT NOT NULL DEFAULT '',
        principles TEXT NOT NULL DEFAULT '[]',
        key_frame INTEGER,
        key_time REAL,
        slow_motion INTEGER NOT NULL DEFAULT 0,
        CHECK (out_frame >= in_frame))""",
    """CREATE TABLE stills (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        frame INTEGER NOT NULL CHECK (frame >= 0),
        time REAL NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        principles TEXT NOT NULL DEFAULT '[]')""",
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL UNIQUE REFERENCES cycles(id) ON DELETE CASCADE,
        parent_noticed TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE review_items (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        clip_id INTEGER REFERENCES clips(id) ON DELETE CASCADE,
        still_id INTEGER REFERENCES stills(id) ON DELETE CASCADE,
        talking_points TEXT NOT NULL DEFAULT '',
        CHECK ((clip_id IS NULL) <> (still_id IS NULL)))""",
]

_V2 = [
    # supervision and the guider's logbook
    """CREATE TABLE supervision_sessions (
        id INTEGER PRIMARY KEY,
        held_on TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        supervisor TEXT NOT NULL DEFAULT '',
        stage INTEGER CHECK (stage BETWEEN 1 AND 3),
        notes TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE supervision_clips (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES supervision_sessions(id) ON DELETE CASCADE,
        clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
        UNIQUE (session_id, clip_id))""",
    """CREATE TABLE skill_ratings (
        id INTEGER PRIMARY KEY,
        rated_on TEXT NOT NULL,
        session_id INTEGER REFERENCES supervision_sessions(id) ON DELETE SET NULL,
        subscale TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 5),
        note TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE export_audit (
        id INTEGER PRIMARY KEY,
        exported_at TEXT NOT NULL,
        what TEXT NOT NULL,
        purpose TEXT NOT NULL,
        destination TEXT NOT NULL,
        consent_ids TEXT NOT NULL DEFAULT '[]',
        pseudonymised INTEGER NOT NULL DEFAULT 0)""",
    # lookups the editor makes on every screen (a recording's tags, its clips and stills)
    "CREATE INDEX moments_by_recording ON moments (recording_id, frame)",
    "CREATE INDEX clips_by_recording ON clips (recording_id, in_frame)",
    "CREATE INDEX stills_by_recording ON stills (recording_id, frame)",
    "CREATE INDEX consents_by_person ON consents (person_id, purpose)",
    "CREATE INDEX recordings_by_hash ON recordings (sha256)",
    "CREATE INDEX recordings_by_cycle ON recordings (cycle_id)",
    "CREATE INDEX review_items_by_review ON review_items (review_id, position)",
    "CREATE INDEX ratings_by_question ON question_ratings (question_id, cycle_id)",
    "CREATE INDEX working_points_by_cycle ON working_points (cycle_id, position)",
]


def _run(statements: list[str]) -> Migration:
    def migrate(db: Database) -> None:
        for statement in statements:
            db.execute(statement)

    return migrate


def v1_core_case(db: Database) -> None:
    """Version 1: the family's case, people and consent, cycles, recordings and coding."""
    _run(_V1)(db)


def v2_supervision_and_indexes(db: Database) -> None:
    """Version 2: supervision, skills self-ratings, the export audit log, lookup indexes."""
    _run(_V2)(db)


def v3_export_states(db: Database) -> None:
    """Version 3: an export's audit entry is written before its files (state ``started``,
    with what it will write in ``pending``) and marked ``done`` after; entries of earlier
    versions were written after their exports, so they are ``done``."""
    _run(["ALTER TABLE export_audit ADD COLUMN state TEXT NOT NULL DEFAULT 'done'",
          "ALTER TABLE export_audit ADD COLUMN pending TEXT NOT NULL DEFAULT ''"])(db)


def v4_preferences(db: Database) -> None:
    """Version 4: the case's own preferences (an export's last folder and options, later
    the family's language), as text under a stable key; kept in the case so that nothing
    about a family lands in the app's settings."""
    _run(["""CREATE TABLE preferences (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        value TEXT NOT NULL DEFAULT '')"""])(db)


def v5_suggestions(db: Database) -> None:
    """Version 5: suggested moments per recording (issue 13), made by the analysis and never
    exported: a span of frames (frame-table indices), the kind, a score 0…1, the reasons
    (a JSON list of sentences) and what the guider did with it (``open``, ``dismissed`` or
    ``tagged``, with the moment it became)."""
    _run(["""CREATE TABLE suggestions (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        start_frame INTEGER NOT NULL CHECK (start_frame >= 0),
        end_frame INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('exchange', 'waiting', 'face-to-face')),
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
        reasons TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'dismissed', 'tagged')),
        moment_id INTEGER REFERENCES moments(id) ON DELETE SET NULL,
        CHECK (end_frame >= start_frame))""",
          "CREATE INDEX suggestions_by_recording ON suggestions (recording_id, start_frame)"])(db)


def v6_privacy(db: Database) -> None:
    """Version 6: privacy that goes with the film (issue 14).

    - ``export_audit.blurred_faces``: how many faces an export blurred (NULL: no blurring was
      asked for; 0: asked for, none to blur); ``encrypted``: 1 when the export was written as
      an encrypted archive.
    - ``face_links``: a person of the case linked to a face in one recording, so the choice
      of faces kept visible is remembered: the frame and box (x, y, width, height as
      fractions 0…1 of the upright picture) where the guider linked them, and ``signature``,
      a JSON description of that face's appearance used to recognise it again in the same
      recording. One link per person and recording.
    - ``blur_boxes``: boxes the guider drew by hand where detection was unsure: the frame
      and box (fractions of the upright picture) where drawn; the box is tracked from there.
    """
    _run(["ALTER TABLE export_audit ADD COLUMN blurred_faces INTEGER",
          "ALTER TABLE export_audit ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0",
          """CREATE TABLE face_links (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        frame INTEGER NOT NULL CHECK (frame >= 0),
        box TEXT NOT NULL,
        signature TEXT NOT NULL DEFAULT '{}',
        UNIQUE (recording_id, person_id))""",
          """CREATE TABLE blur_boxes (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        frame INTEGER NOT NULL CHECK (frame >= 0),
        box TEXT NOT NULL)""",
          "CREATE INDEX blur_boxes_by_recording ON blur_boxes (recording_id, frame)"])(db)


MIGRATIONS: list[Migration] = [v1_core_case, v2_supervision_and_indexes, v3_export_states,
                               v4_preferences, v5_suggestions, v6_privacy]
LATEST = len(MIGRATIONS)
