#include "readonlycache.h"

#include "compressedtext.h"
#include "search/fts5tokenizer.h"

#include <QFileInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::app {

bool readOnlyCache(const QString &path, const std::function<void(QSqlDatabase &)> &work)
{
    if (!QFileInfo::exists(path)) {
        return false;
    }
    bool ran = false;
    const QString name = u"guild-readonly-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
        if (db.open() && search::registerTokenizer(db) && compressedtext::registerFunctions(db)) {
            work(db);
            ran = true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ran;
}

} // namespace guild::app
