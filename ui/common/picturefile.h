#pragma once

#include <QByteArray>
#include <QSize>

#include <functional>

class QObject;

namespace guild::ui {

/// Reads the picture in `file` off the GUI thread, scales it to fit `box` (never up), and encodes it as
/// a PNG, or a JPEG when the PNG would be over `maxBytes` (photos); then calls `done` on `context`'s
/// thread with the bytes, empty when the file is not a picture Qt can read or cannot be made small
/// enough. Nothing is called if `context` is gone by then.
void preparePicture(const QString &file, QSize box, qsizetype maxBytes, QObject *context,
                    std::function<void(const QByteArray &bytes)> done);

/// The file types the choosers offer, for QFileDialog.
QString pictureFileFilter();

} // namespace guild::ui
