#pragma once

#include <QString>

namespace guild::server::onetimecode {

/// A new code of 16 characters from 32 that cannot be mistaken for each other, in groups of four
/// (XXXX-XXXX-XXXX-XXXX): 80 random bits, far beyond guessing at a few tries a minute.
QString generate();
/// The code as typed, without case, spaces or dashes.
QString plain(const QString &typed);
/// What is stored instead of the code: the SHA-256 of its plain form.
QString hash(const QString &typed);

} // namespace guild::server::onetimecode
