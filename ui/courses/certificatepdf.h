#pragma once

#include "protocol/course.h"

#include <QString>

namespace guild::ui {

/// Writes a course certificate as a one-page PDF (QPdfWriter): member, course, date and the id
/// anyone can check at the server. Safe to run on a worker thread; returns false if the file
/// cannot be written.
bool writeCertificatePdf(const QString &path, const protocol::course::Certificate &certificate,
                         const QString &verifyUrl);

} // namespace guild::ui
