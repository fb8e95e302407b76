#include "imageuploader.h"

#include "net/apiclient.h"
#include "picturecache.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace guild::app {

ImageUploader::ImageUploader(ApiClient &api, PictureCache &images, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_images(images)
{}

QByteArray ImageUploader::prepare(const QString &path, QByteArray *type, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's photo the right way up
    // Refuse a bomb before decoding it: a few megapixels is any screenshot or photo.
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > 50'000'000) {
        *error = tr("%1 is not a picture Guild can read.").arg(QFileInfo(path).fileName());
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("%1 is not a picture Guild can read.").arg(QFileInfo(path).fileName());
        return {};
    }
    if (image.width() > MaxSide || image.height() > MaxSide) {
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    const bool alpha = image.hasAlphaChannel();
    // PNG keeps diagrams and screenshots sharp and transparency; a photo as PNG would be too large,
    // so anything over the limit goes as JPEG, smaller and lower in quality until it fits.
    for (int quality : {-1, 90, 80, 70, 55, 40}) {
        const bool png = quality < 0;
        if (png && !alpha && QFileInfo(path).suffix().compare(u"png"_s, Qt::CaseInsensitive) != 0) {
            continue;
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImage encoded = png ? image : image.convertToFormat(QImage::Format_RGB32);
        if (!encoded.save(&buffer, png ? "PNG" : "JPEG", quality)) {
            continue;
        }
        if (bytes.size() <= protocol::limits::ImageBytesMax) {
            *type = png ? "image/png" : "image/jpeg";
            return bytes;
        }
    }
    *error = tr("%1 is too large even when made smaller.").arg(QFileInfo(path).fileName());
    return {};
}

void ImageUploader::upload(const QString &path)
{
    QThreadPool::globalInstance()->start([self = QPointer<ImageUploader>(this), path] {
        QByteArray type;
        QString error;
        const QByteArray bytes = prepare(path, &type, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, bytes, type, error] {
                if (!self) {
                    return;
                }
                if (bytes.isEmpty()) {
                    Q_EMIT self->failed(error);
                    return;
                }
                // The file's name as the picture's words, without what would end them early.
                QString name = QFileInfo(path).completeBaseName();
                name.remove(u'[').remove(u']').remove(u'\n').remove(u'\\');
                self->m_api.sendBytes(protocol::endpoints::UploadImage, QString(), bytes, type, {}, self.data(),
                                      [self, bytes, name](const ApiResult<protocol::ImageReply> &r) {
                                          if (!r.ok()) {
                                              Q_EMIT self->failed(
                                                  r.explain(tr("Could not send the picture: you are offline.")));
                                              return;
                                          }
                                          self->m_images.put(r->id, bytes);
                                          Q_EMIT self->uploaded(r->id, u"![%1](guild-image:%2)"_s.arg(name).arg(r->id));
                                      });
            },
            Qt::QueuedConnection);
    });
}

} // namespace guild::app
