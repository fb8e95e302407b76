#include "configfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guild::server {

std::optional<QStringList> ConfigFile::arguments(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    static const QRegularExpression line(u"^\\s*([a-z][a-z0-9-]*)\\s*=\\s*(.*?)\\s*$"_s);
    QStringList args;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#')) {
            continue;
        }
        const auto match = line.match(text);
        if (!match.hasMatch()) {
            *error = u"%1:%2: expected `key = value`"_s.arg(path).arg(number);
            return std::nullopt;
        }
        const QString key = match.captured(1);
        const QString value = match.captured(2);
        if (value == u"true"_s) {
            args << u"--"_s + key;
        } else if (value != u"false"_s) {
            args << u"--%1=%2"_s.arg(key, value);
        }
    }
    return args;
}

bool ConfigFile::readableByOthers(const QString &path)
{
    return QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther);
}

} // namespace guild::server
