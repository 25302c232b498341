#include "schema.h"

#include "timeline/pyramid.h"

#include <QCoreApplication>

namespace cb::casefile::schema {

namespace {

// Version 1: sources with preserved content, entities/identifiers, events with provenance, audit log.
const char *const v1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, file_name TEXT NOT NULL, size INTEGER NOT NULL,
  sha256 TEXT NOT NULL, format TEXT NOT NULL, importer_id TEXT NOT NULL, importer_version TEXT NOT NULL,
  profile TEXT, imported_at TEXT NOT NULL, investigator TEXT, legal_basis TEXT, timezone TEXT NOT NULL,
  region TEXT, forced INTEGER NOT NULL DEFAULT 0, certificate TEXT NOT NULL);
CREATE INDEX sources_sha256 ON sources(sha256);
CREATE TABLE source_content(source_id INTEGER PRIMARY KEY REFERENCES sources(id), bytes BLOB NOT NULL);
CREATE TABLE entities(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, kind TEXT NOT NULL, name TEXT,
  source_id INTEGER REFERENCES sources(id), locator TEXT);
CREATE TABLE identifiers(
  id INTEGER PRIMARY KEY, entity_id INTEGER NOT NULL REFERENCES entities(id), type TEXT NOT NULL,
  value TEXT NOT NULL, partial INTEGER NOT NULL DEFAULT 0, source_id INTEGER REFERENCES sources(id),
  locator TEXT, UNIQUE(type, value));
CREATE INDEX identifiers_entity ON identifiers(entity_id);
CREATE TABLE transactions(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, account_id INTEGER NOT NULL REFERENCES entities(id),
  counterparty_id INTEGER REFERENCES entities(id), counterparty_account TEXT, counterparty_name TEXT,
  amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, balance_minor INTEGER,
  time_utc INTEGER NOT NULL, utc_offset INTEGER NOT NULL, value_date TEXT, channel TEXT, reference TEXT,
  description TEXT);
CREATE INDEX transactions_account_time ON transactions(account_id, time_utc);
CREATE INDEX transactions_counterparty_time ON transactions(counterparty_id, time_utc);
CREATE TABLE calls(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, subscriber_id INTEGER NOT NULL REFERENCES entities(id),
  other_id INTEGER REFERENCES entities(id), other_number TEXT,
  direction TEXT NOT NULL CHECK(direction IN ('out','in','missed','unknown')),
  start_utc INTEGER NOT NULL, utc_offset INTEGER NOT NULL, duration_s INTEGER, status TEXT,
  cell_id TEXT, cell_site_id INTEGER REFERENCES entities(id), device_id INTEGER REFERENCES entities(id),
  imei TEXT, imsi TEXT);
CREATE INDEX calls_subscriber_time ON calls(subscriber_id, start_utc);
CREATE INDEX calls_other_time ON calls(other_id, start_utc);
CREATE TABLE messages(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, sender_id INTEGER REFERENCES entities(id), sender TEXT, recipients TEXT,
  time_utc INTEGER NOT NULL, utc_offset INTEGER NOT NULL, app TEXT, direction TEXT, body TEXT);
CREATE INDEX messages_sender_time ON messages(sender_id, time_utc);
CREATE TABLE contacts(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, owner_id INTEGER REFERENCES entities(id), contact_id INTEGER REFERENCES entities(id),
  name TEXT, value TEXT);
CREATE TABLE locations(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, entity_id INTEGER REFERENCES entities(id), time_utc INTEGER NOT NULL,
  utc_offset INTEGER NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, accuracy_m REAL, label TEXT);
CREATE TABLE cell_sites(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, entity_id INTEGER NOT NULL REFERENCES entities(id), cell_id TEXT NOT NULL,
  lat REAL, lon REAL, azimuth INTEGER, address TEXT);
CREATE INDEX cell_sites_cell ON cell_sites(cell_id);
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

// Version 2: analyst notes, the first analyst object; UUIDs so copies of a case can be merged later.
const char *const v2 = R"SQL(
CREATE TABLE notes(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, target_table TEXT NOT NULL, target_id INTEGER NOT NULL,
  text TEXT NOT NULL, author TEXT, created_at TEXT NOT NULL);
CREATE INDEX notes_target ON notes(target_table, target_id);
)SQL";

// Version 3: amounts more precise than the currency's minor unit (camt allows five decimals) are kept
// exactly as decimal text beside the rounded minor units; overlapping statement rows are linked, not dropped.
const char *const v3 = R"SQL(
ALTER TABLE transactions ADD COLUMN amount_exact TEXT;
ALTER TABLE transactions ADD COLUMN duplicate_of INTEGER REFERENCES transactions(id);
)SQL";

// Version 4: seized-phone sources, and sources larger than SQLite's 1 GB value limit kept in parts. A database's -wal/-shm/-journal files are preserved beside it (data often
// lives only in the WAL); the device a source came from is an entity its records point to; links between
// entities (a device's owner, analyst merges) carry provenance, confidence and justification and can be
// undone; message bodies, contact names and notes are searchable (trigram: Chinese and Latin scripts alike).
const char *const v4 = R"SQL(
CREATE TABLE source_companions(
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id), name TEXT NOT NULL,
  role TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL);
CREATE INDEX source_companions_source ON source_companions(source_id);
CREATE TABLE source_parts(
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id), seq INTEGER NOT NULL,
  bytes BLOB NOT NULL, UNIQUE(source_id, seq));
ALTER TABLE sources ADD COLUMN device_id INTEGER REFERENCES entities(id);
ALTER TABLE messages ADD COLUMN device_id INTEGER REFERENCES entities(id);
ALTER TABLE contacts ADD COLUMN device_id INTEGER REFERENCES entities(id);
CREATE TABLE links(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, kind TEXT NOT NULL,
  from_id INTEGER NOT NULL REFERENCES entities(id), to_id INTEGER NOT NULL REFERENCES entities(id),
  source_id INTEGER REFERENCES sources(id), locator TEXT, confidence REAL, justification TEXT, actor TEXT,
  created_at TEXT NOT NULL, undone_at TEXT, undone_by TEXT);
CREATE INDEX links_from ON links(from_id, kind);
CREATE INDEX links_to ON links(to_id, kind);
CREATE VIRTUAL TABLE search USING fts5(text, kind UNINDEXED, row_id UNINDEXED, tokenize = 'trigram');
CREATE TRIGGER notes_search AFTER INSERT ON notes
  BEGIN INSERT INTO search(text, kind, row_id) VALUES (new.text, 'note', new.id); END;
)SQL";

// Version 5: analyst merges. Two entities an investigator declares the same (a phone, a bank account and
// an app account of one person) are joined by a same_entity link, never by rewriting rows, so a merge can
// be undone exactly. entity_groups gives each merged entity its group's canonical (lowest) id; entities in
// no merge are not listed (their canonical id is their own).
const char *const v5 = R"SQL(
CREATE VIEW entity_groups AS
WITH RECURSIVE
  pairs(a, b) AS (
    SELECT from_id, to_id FROM links WHERE kind = 'same_entity' AND undone_at IS NULL
    UNION SELECT to_id, from_id FROM links WHERE kind = 'same_entity' AND undone_at IS NULL),
  reach(root, id) AS (
    SELECT a, a FROM pairs
    UNION SELECT reach.root, pairs.b FROM reach JOIN pairs ON pairs.a = reach.id)
SELECT id AS entity_id, min(root) AS canonical_id FROM reach GROUP BY id;
CREATE INDEX links_kind ON links(kind, undone_at);
)SQL";

// Version 6: what a seized-phone extraction holds that has no table of its own (installed applications,
// bookmarks, cookies, calendar entries...) is kept as typed key/value records with full provenance,
// and searchable, instead of being counted and dropped.
const char *const v6 = R"SQL(
CREATE TABLE artifacts(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, device_id INTEGER REFERENCES entities(id), type TEXT NOT NULL,
  time_utc INTEGER, utc_offset INTEGER, fields TEXT NOT NULL);
CREATE INDEX artifacts_source_type ON artifacts(source_id, type);
)SQL";

// Version 7: balances a bank states without the movements behind them (a daily balance history), kept
// with provenance so that the movements in the case can be checked against every change.
const char *const v7 = R"SQL(
CREATE TABLE balances(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, account_id INTEGER NOT NULL REFERENCES entities(id), currency TEXT NOT NULL,
  time_utc INTEGER NOT NULL, utc_offset INTEGER NOT NULL, balance_minor INTEGER NOT NULL, value_balance_minor INTEGER);
CREATE INDEX balances_account_time ON balances(account_id, currency, time_utc);
)SQL";

// Version 8: the call direction check written as comparisons. SQLite evaluates a CHECK's IN list by
// building and clearing a temporary b-tree for every row inserted: 8% of a call import's instructions.
// Same columns, same rows; the table is rebuilt because a CHECK cannot be altered in place.
const char *const v8 = R"SQL(
CREATE TABLE calls_v8(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
  locator TEXT NOT NULL, subscriber_id INTEGER NOT NULL REFERENCES entities(id),
  other_id INTEGER REFERENCES entities(id), other_number TEXT,
  direction TEXT NOT NULL CHECK(direction = 'out' OR direction = 'in' OR direction = 'missed' OR direction = 'unknown'),
  start_utc INTEGER NOT NULL, utc_offset INTEGER NOT NULL, duration_s INTEGER, status TEXT,
  cell_id TEXT, cell_site_id INTEGER REFERENCES entities(id), device_id INTEGER REFERENCES entities(id),
  imei TEXT, imsi TEXT);
INSERT INTO calls_v8(id, uuid, source_id, locator, subscriber_id, other_id, other_number, direction, start_utc,
                     utc_offset, duration_s, status, cell_id, cell_site_id, device_id, imei, imsi)
  SELECT id, uuid, source_id, locator, subscriber_id, other_id, other_number, direction, start_utc,
         utc_offset, duration_s, status, cell_id, cell_site_id, device_id, imei, imsi FROM calls;
DROP TABLE calls;
ALTER TABLE calls_v8 RENAME TO calls;
CREATE INDEX calls_subscriber_time ON calls(subscriber_id, start_utc);
CREATE INDEX calls_other_time ON calls(other_id, start_utc);
)SQL";

// Version 9: what the case session edits through its intent methods, and what every view reads alike.
// - entity_labels: the one definition of how an entity is shown (a device by its name or exhibit label,
//   anything else by its first-seen full identifier, else its name, else #id), used by every table, the
//   identity ledger, search and exports, so one entity never reads differently in two places.
// - roles (subject, victim, witness, associate: at most one per entity, with who, when, why), tags on any
//   entity or record, and notes that can be edited (same UUID) and deleted (a tombstone, so that merging
//   copies of a case never brings a deleted note back); edited and deleted notes leave the search index.
// - the leads register and analyst-entered events (with their entities and tombstones);
// - time indexes for messages and locations, for the queries across kinds by time (a global time axis).
//   Calls and transactions get none: their (party, time) indexes answer a time window by a loose index
//   scan over the few parties that own the records (timeline/timelineraw.cpp), and a third index on a
//   million-row import's table would cost a tenth of its time.
const char *const v9 = R"SQL(
CREATE VIEW entity_labels AS
SELECT e.id AS entity_id,
       CASE WHEN e.kind = 'device' AND coalesce(e.name, '') <> '' THEN e.name
            ELSE coalesce((SELECT i.value FROM identifiers i WHERE i.entity_id = e.id ORDER BY i.partial, i.id LIMIT 1),
                          nullif(e.name, ''), '#' || e.id) END AS label
FROM entities e;
CREATE TABLE roles(
  entity_id INTEGER PRIMARY KEY REFERENCES entities(id),
  role TEXT NOT NULL CHECK(role = 'subject' OR role = 'victim' OR role = 'witness' OR role = 'associate'),
  justification TEXT, actor TEXT NOT NULL, set_at TEXT NOT NULL);
CREATE TABLE tags(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, target_table TEXT NOT NULL, target_id INTEGER NOT NULL,
  tag TEXT NOT NULL, actor TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE(target_table, target_id, tag));
CREATE INDEX tags_tag ON tags(tag);
ALTER TABLE notes ADD COLUMN edited_at TEXT;
ALTER TABLE notes ADD COLUMN deleted_at TEXT;
CREATE TRIGGER notes_search_edit AFTER UPDATE OF text, deleted_at ON notes
  BEGIN
    DELETE FROM search WHERE kind = 'note' AND row_id = old.id;
    INSERT INTO search(text, kind, row_id) SELECT new.text, 'note', new.id WHERE new.deleted_at IS NULL;
  END;
-- The leads register (L-YYYY-NNNNNN codes, a status with its history) and events an analyst enters that
-- no source holds; both with their entities, and tombstones instead of deletions.
CREATE TABLE leads(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE, summary TEXT NOT NULL, source TEXT,
  status TEXT NOT NULL CHECK(status = 'new' OR status = 'assigned' OR status = 'verifying' OR status = 'confirmed' OR status = 'closed'),
  created_by TEXT NOT NULL, created_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE lead_history(
  id INTEGER PRIMARY KEY, lead_id INTEGER NOT NULL REFERENCES leads(id), status TEXT NOT NULL, note TEXT,
  actor TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX lead_history_lead ON lead_history(lead_id);
CREATE TABLE lead_entities(
  lead_id INTEGER NOT NULL REFERENCES leads(id), entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY(lead_id, entity_id)) WITHOUT ROWID;
CREATE TABLE analyst_events(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, time_utc INTEGER NOT NULL, utc_offset INTEGER NOT NULL,
  text TEXT NOT NULL, basis TEXT, actor TEXT NOT NULL, created_at TEXT NOT NULL, deleted_at TEXT);
CREATE INDEX analyst_events_time ON analyst_events(time_utc);
CREATE TABLE analyst_event_entities(
  event_id INTEGER NOT NULL REFERENCES analyst_events(id), entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY(event_id, entity_id)) WITHOUT ROWID;
CREATE INDEX messages_time ON messages(time_utc);
CREATE INDEX locations_time ON locations(time_utc);
)SQL";

// Version 10: each record keeps the digest the audit chain binds it by (integrity/boundtables.h). Cases
// from before get their digests, and an audit entry saying so, when they are first opened.
const char *const v10 = R"SQL(
ALTER TABLE transactions ADD COLUMN digest BLOB;
ALTER TABLE calls ADD COLUMN digest BLOB;
ALTER TABLE cell_sites ADD COLUMN digest BLOB;
ALTER TABLE messages ADD COLUMN digest BLOB;
ALTER TABLE contacts ADD COLUMN digest BLOB;
ALTER TABLE locations ADD COLUMN digest BLOB;
ALTER TABLE artifacts ADD COLUMN digest BLOB;
ALTER TABLE balances ADD COLUMN digest BLOB;
)SQL";

// Version 11: every analysis run, saved so that it can be defended and run again: its kind and
// parameters, who ran it and when, its result, and the rows it read (their UUIDs, and a SHA-256 over
// their UUIDs and digests). R-NNNNNN codes are never reused.
const char *const v11 = R"SQL(
CREATE TABLE analysis_runs(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  parameters TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, data_sha256 TEXT NOT NULL,
  result_sha256 TEXT NOT NULL, result TEXT NOT NULL, rows_read BLOB NOT NULL, rerun_of TEXT);
)SQL";

// Version 12: exhibits for the evidence packet — E-N numbers never reused (a removed exhibit keeps its
// row, marked removed), a kind (table, record, run, lead), what it shows, its caption and the analyst's note.
const char *const v12 = R"SQL(
CREATE TABLE exhibits(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, number INTEGER NOT NULL UNIQUE, kind TEXT NOT NULL, spec TEXT NOT NULL,
  caption TEXT, note TEXT, actor TEXT NOT NULL, created_at TEXT NOT NULL, removed_at TEXT);
)SQL";

// Version 13: signed audit entries. An entry made with an investigator's key names the key in its details
// (so the chain covers who signed) and keeps the Ed25519 signature of its hash here.
const char *const v13 = R"SQL(
ALTER TABLE audit_log ADD COLUMN signature TEXT;
)SQL";

// Version 14: the timeline's pyramid of event counts per kind, lane and time bucket (timeline/pyramid.h).
// Cases from before are counted once, when they are migrated.
const char *const v14 = R"SQL(
CREATE TABLE timeline_counts(
  level INTEGER NOT NULL, kind INTEGER NOT NULL, lane INTEGER NOT NULL, bucket INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY(level, kind, lane, bucket)) WITHOUT ROWID;
)SQL";

// Version 15: links an analyst asserts between entities on the link chart (owns, uses, member of, alias of)
// carry a status — alleged, corroborated, refuted — with the sources it rests on; each change of status is
// a row (the latest is the link's status), so the history stays.
const char *const v15 = R"SQL(
CREATE TABLE link_statuses(
  id INTEGER PRIMARY KEY, link_id INTEGER NOT NULL REFERENCES links(id),
  status TEXT NOT NULL CHECK(status = 'alleged' OR status = 'corroborated' OR status = 'refuted'),
  basis TEXT, justification TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX link_statuses_link ON link_statuses(link_id);
)SQL";

// Version 16: merging a colleague's copy of the case. An object both copies changed differently since they
// last agreed is a conflict: this copy's version stays, theirs is kept beside it (both as JSON, references
// by UUID) until an analyst takes one; C-NNNNNN codes are never reused, and the same version of theirs is
// recorded once however often the copy is merged.
const char *const v16 = R"SQL(
CREATE TABLE merge_conflicts(
  id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE, table_name TEXT NOT NULL,
  identity TEXT NOT NULL, mine TEXT, theirs TEXT, theirs_sha256 TEXT NOT NULL, peer TEXT NOT NULL,
  reason TEXT NOT NULL, detected_at TEXT NOT NULL, resolution TEXT, resolved_by TEXT, resolved_at TEXT,
  UNIQUE(table_name, identity, theirs_sha256));
)SQL";

const char *const steps[] = {v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16};

} // namespace

int latestVersion()
{
    return int(std::size(steps));
}

Status migrate(sql::Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const qint64 appId = db.scalar("PRAGMA application_id").toLongLong();
    const int version = int(db.scalar("PRAGMA user_version").toLongLong());
    const qint64 tables = db.scalar("SELECT count(*) FROM sqlite_schema").toLongLong();
    if (appId != ApplicationId && (appId != 0 || tables != 0))
        return Status::error(ErrorCode::NotACase, QStringLiteral("not a Casebench case file"));
    if (version > latestVersion())
        return Status::error(QStringLiteral("case file schema %1 is newer than this Casebench (%2)")
                                 .arg(version)
                                 .arg(latestVersion()));
    if (version >= target)
        return {};
    sql::Transaction tx(db);
    if (!tx.status())
        return tx.status();
    for (int v = version; v < target; ++v) {
        if (Status s = db.exec(steps[v]); !s)
            return Status::error(QStringLiteral("migration to schema %1 failed: %2").arg(v + 1).arg(s.message()));
        if (v + 1 == 14)
            if (Status s = timeline::rebuild(db); !s)
                return Status::error(QStringLiteral("migration to schema 14 failed: %1").arg(s.message()));
    }
    const QByteArray pragmas = QByteArray("PRAGMA application_id = ") + QByteArray::number(ApplicationId) +
                               "; PRAGMA user_version = " + QByteArray::number(target) + ";";
    if (Status s = db.exec(pragmas.constData()); !s)
        return s;
    return tx.commit();
}

} // namespace cb::casefile::schema
