#include "jsonlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {

QString levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

void writeJson(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject line;
    if (message.startsWith(u'{')) {
        line = QJsonDocument::fromJson(message.toUtf8()).object();
    }
    if (line.isEmpty()) {
        line.insert(u"message"_s, message);
    }
    line.insert(u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(u"level"_s, levelOf(type));
    line.insert(u"category"_s, QString::fromLatin1(context.category ? context.category : "default"));
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    // Lines from several threads never interleave.
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void installJsonLog()
{
    qInstallMessageHandler(writeJson);
}

} // namespace guild::server
