#include "communitydump.h"

#include "database.h"
#include "migrator.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {

constexpr auto Format = "guild-community"_L1;

/// Per process or per login, or rebuilt on demand: not part of a community.
const QStringList Skipped{u"refresh_tokens"_s, u"access_tokens"_s,      u"idempotency_keys"_s, u"auth_failures"_s,
                          u"uploads"_s,        u"server_secrets"_s,     u"password_resets"_s,  u"search_docs"_s,
                          u"search_state"_s,   u"account_generation"_s, u"feed_version"_s};

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return identifier.match(name).hasMatch();
}

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant valueOf(const QJsonValue &value, const QSqlField &field)
{
    if (value.isNull()) {
        return QVariant(field.metaType()); // a typed NULL: PostgreSQL needs the type
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (field.metaType().id() == QMetaType::Double) {
            return d;
        }
        return QVariant(qint64(d));
    }
    return value.toVariant();
}

} // namespace

QStringList CommunityDump::tables()
{
    // Tables as the migrations leave them: made by one, perhaps dropped by a later one.
    static const QRegularExpression create(u"(CREATE|DROP) TABLE (?:IF (?:NOT )?EXISTS )?([a-z_]+)"_s);
    QStringList names;
    const QDir dir(u":/guild/server/migrations"_s);
    for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString text = QString::fromUtf8(in.readAll());
        for (auto it = create.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(2);
            if (m.captured(1) == u"DROP"_s) {
                names.removeAll(name);
            } else if (!Skipped.contains(name) && !names.contains(name)) {
                names.append(name);
            }
        }
    }
    return names;
}

QJsonObject CommunityDump::exportAll(Database &database)
{
    QSqlDatabase db = database.connection();
    sql::Transaction tx(db);
    QJsonObject tablesJson;
    for (const QString &table : tables()) {
        QSqlQuery q = sql::exec(db, u"SELECT * FROM "_s + table);
        QJsonArray rows;
        while (q.next()) {
            const QSqlRecord record = q.record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i) {
                row.insert(record.fieldName(i), jsonOf(record.value(i)));
            }
            rows.append(row);
        }
        tablesJson.insert(table, rows);
    }
    const int version = Migrator(database).currentVersion();
    tx.commit();
    return {{u"format"_s, QString(Format)}, {u"schemaVersion"_s, version}, {u"tables"_s, tablesJson}};
}

QHash<QString, qint64> CommunityDump::counts(Database &database)
{
    QHash<QString, qint64> counts;
    QSqlDatabase db = database.connection();
    for (const QString &table : tables()) {
        counts.insert(table, sql::scalar(db, u"SELECT COUNT(*) FROM "_s + table).toLongLong());
    }
    return counts;
}

qint64 CommunityDump::total(const QHash<QString, qint64> &counts)
{
    qint64 sum = 0;
    for (const qint64 n : counts) {
        sum += n;
    }
    return sum;
}

QHash<QString, QByteArray> CommunityDump::checksums(const QJsonObject &dump)
{
    QHash<QString, QByteArray> sums;
    const QJsonObject tablesJson = dump.value(u"tables"_s).toObject();
    for (auto it = tablesJson.begin(); it != tablesJson.end(); ++it) {
        QList<QByteArray> rows;
        for (const QJsonValue &row : it.value().toArray()) {
            rows.append(QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact)); // keys come sorted
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray &row : std::as_const(rows)) {
            hash.addData(row);
            hash.addData("\n");
        }
        sums.insert(it.key(), hash.result().toHex());
    }
    return sums;
}

QString CommunityDump::importAll(Database &database, const QJsonObject &dump)
{
    if (dump.value(u"format"_s).toString() != Format || !dump.value(u"tables"_s).isObject()) {
        return u"this is not a Guild community export"_s;
    }
    const int version = Migrator(database).currentVersion();
    if (dump.value(u"schemaVersion"_s).toInt() != version) {
        return u"the export is of schema version %1, this database is at %2: use the same Guild version on both "
               "sides"_s.arg(dump.value(u"schemaVersion"_s).toInt())
                   .arg(version);
    }
    const QStringList known = tables();
    const QJsonObject tablesJson = dump.value(u"tables"_s).toObject();
    for (auto it = tablesJson.begin(); it != tablesJson.end(); ++it) {
        if (!known.contains(it.key())) {
            return u"the export has a table this server does not know: %1"_s.arg(it.key());
        }
        if (!it.value().isArray()) {
            return u"table %1 is not a list of rows"_s.arg(it.key());
        }
    }
    QSqlDatabase db = database.connection();
    if (sql::scalar(db, u"SELECT COUNT(*) FROM users"_s).toLongLong() > 0) {
        return u"this database has members already: import only into a new, empty one"_s;
    }
    sql::Transaction tx(db);
    // What the migrations seeded (tiers, default weights) gives way to the community's own.
    for (auto it = known.crbegin(); it != known.crend(); ++it) {
        sql::exec(db, u"DELETE FROM "_s + *it);
    }
    // The search index is made from the tables: the next start builds it again from what came in.
    sql::exec(db, u"DELETE FROM search_docs"_s);
    sql::exec(db, u"UPDATE search_state SET built = 0"_s);
    for (const QString &table : known) {
        const QSqlRecord columns = db.record(table);
        for (const QJsonValue &rowValue : tablesJson.value(table).toArray()) {
            if (!rowValue.isObject()) {
                return u"a row of %1 is not an object"_s.arg(table);
            }
            const QJsonObject row = rowValue.toObject();
            QStringList names;
            QVariantList values;
            for (auto it = row.begin(); it != row.end(); ++it) {
                const int index = columns.indexOf(it.key());
                if (!isIdentifier(it.key()) || index < 0) {
                    return u"table %1 has no column %2"_s.arg(table, it.key());
                }
                names.append(it.key());
                values.append(valueOf(it.value(), columns.field(index)));
            }
            const QString marks = QStringList(names.size(), u"?"_s).join(u", "_s);
            sql::exec(db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), marks), values);
        }
        // Identity columns go on after the highest id imported.
        if (database.isPostgres()) {
            for (const QString &column : {u"id"_s, u"seq"_s}) {
                if (columns.indexOf(column) >= 0 &&
                    !sql::scalar(db, u"SELECT pg_get_serial_sequence(?, ?)"_s, {table, column}).isNull()) {
                    sql::exec(db,
                              u"SELECT setval(pg_get_serial_sequence(?, ?), (SELECT COALESCE(MAX(%1), 0) + 1 FROM "
                              "%2), false)"_s.arg(column, table),
                              {table, column});
                }
            }
        }
    }
    tx.commit();
    return {};
}

} // namespace guild::server
