#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

// Golden-file checks of migrations: fill an old schema from a SQL file, migrate, dump the tables as
// text and compare with the dump kept in the repository. GUILD_UPDATE_GOLDEN=1 rewrites the kept dump
// (after a deliberate schema change; review the diff like code).
namespace guild::test {

/// Runs the statements of `path` (each ending with ';' at the end of a line); false and a warning on
/// the first that fails.
inline bool runSqlFile(QSqlDatabase db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << path;
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll()).remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
    for (const QString &raw : text.split(QRegularExpression(QStringLiteral(";\\s*\\n")), Qt::SkipEmptyParts)) {
        QString statement = raw.trimmed();
        if (statement.endsWith(u';')) {
            statement.chop(1);
        }
        QSqlQuery q(db);
        if (!statement.isEmpty() && !q.exec(statement)) {
            qWarning().noquote() << path << q.lastError().text() << statement.left(200);
            return false;
        }
    }
    return true;
}

/// Every row of `tables`, ordered by their first columns, one line per row: "col=value | …".
inline QString dumpTables(QSqlDatabase db, const QStringList &tables)
{
    QString out;
    for (const QString &table : tables) {
        out += u'[' + table + QStringLiteral("]\n");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table))) {
            out += QStringLiteral("error: ") + q.lastError().text() + u'\n';
            continue;
        }
        while (q.next()) {
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = record.value(i);
                cells.append(record.fieldName(i) + u'=' + (v.isNull() ? QStringLiteral("NULL") : v.toString()));
            }
            out += cells.join(QStringLiteral(" | ")) + u'\n';
        }
    }
    return out;
}

/// Compares `actual` with the kept dump at `path` line by line (QCOMPARE: the first line that differs).
inline void compareWithGolden(const QString &actual, const QString &path)
{
    if (qEnvironmentVariableIntValue("GUILD_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        out.write(actual.toUtf8());
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing (GUILD_UPDATE_GOLDEN=1)")));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
    const QStringList lines = actual.split(u'\n');
    for (qsizetype i = 0; i < std::min(expected.size(), lines.size()); ++i) {
        QCOMPARE(lines.at(i), expected.at(i));
    }
    QCOMPARE(lines.size(), expected.size());
}

} // namespace guild::test
