#include "onetimecode.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace guild::server::onetimecode {

QString generate()
{
    static const QString alphabet = u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0) {
            code.append(u'-');
        }
        code.append(alphabet.at(static_cast<int>(QRandomGenerator::system()->bounded(32))));
    }
    return code;
}

QString plain(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            out.append(c.toUpper());
        }
    }
    return out;
}

QString hash(const QString &typed)
{
    return QString::fromLatin1(QCryptographicHash::hash(plain(typed).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace guild::server::onetimecode
