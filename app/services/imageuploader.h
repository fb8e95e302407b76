#pragma once

#include <QObject>

namespace guild::app {

class ApiClient;
class PictureCache;

/// Puts a picture from this computer into what the member writes: read and made at most MaxSide
/// pixels a side off the GUI thread, encoded as JPEG (PNG when it has transparency) within the
/// server's size, sent, and kept in the picture cache so it shows at once and offline. Answers with
/// the Markdown that shows it.
class ImageUploader final : public QObject
{
    Q_OBJECT
public:
    ImageUploader(ApiClient &api, PictureCache &images, QObject *parent = nullptr);

    static constexpr int MaxSide = 1600;

    void upload(const QString &path);
    /// The picture's bytes as they would be sent (for tests and the drop of an image), or empty with
    /// a reason when the file is not a picture.
    static QByteArray prepare(const QString &path, QByteArray *type, QString *error);

Q_SIGNALS:
    /// `markdown` is `![name](guild-image:ID)`.
    void uploaded(qint64 id, const QString &markdown);
    void failed(const QString &message);

private:
    ApiClient &m_api;
    PictureCache &m_images;
};

} // namespace guild::app
