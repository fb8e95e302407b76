#include "picturefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPointer>
#include <QThreadPool>

namespace guild::ui {

namespace {
QByteArray encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}
} // namespace

void preparePicture(const QString &file, QSize box, qsizetype maxBytes, QObject *context,
                    std::function<void(const QByteArray &bytes)> done)
{
    QThreadPool::globalInstance()->start(
        [file, box, maxBytes, ctx = QPointer<QObject>(context), done = std::move(done)] {
            QImage image(file);
            QByteArray bytes;
            if (!image.isNull()) {
                if (image.width() > box.width() || image.height() > box.height()) {
                    image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                }
                bytes = encoded(image, "PNG", -1);
                // A photo compresses far better as a JPEG; lower the quality until it fits.
                for (int quality = 85; bytes.size() > maxBytes && quality >= 45; quality -= 20) {
                    bytes = encoded(image.convertToFormat(QImage::Format_RGB32), "JPEG", quality);
                }
                if (bytes.size() > maxBytes) {
                    bytes.clear();
                }
            }
            if (!ctx) {
                return;
            }
            QMetaObject::invokeMethod(ctx, [ctx, done, bytes] {
                if (ctx) {
                    done(bytes);
                }
            });
        });
}

QString pictureFileFilter()
{
    return QCoreApplication::translate("guild::ui::PictureFile", "Pictures (*.png *.jpg *.jpeg *.webp *.bmp)");
}

} // namespace guild::ui
