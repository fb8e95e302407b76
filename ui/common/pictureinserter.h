#pragma once

#include <QObject>
#include <QPointer>

class QAbstractButton;
class QPlainTextEdit;

namespace guild::app {
class ImageUploader;
}

namespace guild::ui {

/// "Insert picture…" for a box where members write Markdown: asks for a picture on this computer,
/// sends it to the community's server, and puts the Markdown that shows it at the cursor once the
/// server has it. One picture at a time per box; the button waits meanwhile.
class PictureInserter final : public QObject
{
    Q_OBJECT
public:
    /// `button` (owned by its dialog or form) asks for the file; the answer goes into `editor`.
    PictureInserter(QAbstractButton *button, QPlainTextEdit *editor, app::ImageUploader &uploader);

    /// Sends the picture at `path` and puts it at the cursor (what the button does once one is chosen).
    void insert(const QString &path);
    bool isSending() const { return m_sending; }

Q_SIGNALS:
    /// The picture was not taken (not a picture, too large, offline): why, to show beside the box.
    void failed(const QString &message);
    void inserted();

private:
    QPointer<QAbstractButton> m_button;
    QPlainTextEdit *m_editor;
    app::ImageUploader &m_uploader;
    bool m_sending = false;
};

} // namespace guild::ui
