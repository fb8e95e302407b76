#include "privatefiles.h"

#include <QDir>
#include <QFile>

namespace guild::app::privatefiles {

namespace {
constexpr QFile::Permissions OwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions OwnerFile = QFile::ReadOwner | QFile::WriteOwner;
} // namespace

bool ensureDirectory(const QString &path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, OwnerDir);
}

bool ensureFile(const QString &path)
{
    if (!QFile::exists(path)) {
        QFile file(path);
        // Created with the umask's mode and narrowed at once; the folder is owner-only already.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return false;
        }
    }
    return QFile::setPermissions(path, OwnerFile);
}

bool restrict(const QString &path)
{
    return !QFile::exists(path) || QFile::setPermissions(path, OwnerFile);
}

} // namespace guild::app::privatefiles
