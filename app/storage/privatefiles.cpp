#include "privatefiles.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace guild::app::privatefiles {

namespace {
constexpr QFile::Permissions OwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions OwnerFile = QFile::ReadOwner | QFile::WriteOwner;
} // namespace

bool ensureDirectory(const QString &path)
{
    if (!QDir().mkpath(path)) {
        return false;
    }
    // A directory others share by design (sticky, like /tmp) or someone else's is not ours to close:
    // a cache put there (a benchmark, a test) still gets owner-only files.
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 &&
        ((info.st_mode & S_ISVTX) != 0 || info.st_uid != ::getuid())) {
        return true;
    }
    return QFile::setPermissions(path, OwnerDir);
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
