#pragma once

#include <QSqlDatabase>
#include <QString>

namespace guild::server::demo {

/// The demo's lesson video in `mediaDir`: an eight-second clip made with ffmpeg the first time (at
/// demo time, so the video paths are exercised for real). Returns its file name, or empty without ffmpeg.
QString ensureDemoVideo(const QString &mediaDir);

/// Three courses: one for members (text, video, quiz and homework lessons), one free, one sold on
/// its own; inside the seeding transaction.
void seedDemoCourses(QSqlDatabase &db, qint64 authorId, qint64 now, const QString &mediaDir);

} // namespace guild::server::demo
