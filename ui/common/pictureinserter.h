#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

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
    /// Where the box says why a picture was not taken (not a picture, too large, offline); an empty
    /// text clears it (a new picture is on its way, or one went in).
    using Say = std::function<void(const QString &why)>;
    /// `button` (owned by its dialog or form, hidden until pictures can be sent) asks for the file and
    /// is shown from now on; the picture goes into `editor`.
    PictureInserter(QAbstractButton *button, QPlainTextEdit *editor, app::ImageUploader &uploader, Say say);

    /// Sends the picture at `path` and puts it at the cursor (what the button does once one is chosen).
    void insert(const QString &path);
    bool isSending() const { return m_sending; }

private:
    void done(const QString &why);

    QPointer<QAbstractButton> m_button;
    QPlainTextEdit *m_editor;
    app::ImageUploader &m_uploader;
    Say m_say;
    bool m_sending = false;
};

} // namespace guild::ui
