#include "pictureinserter.h"

#include "services/imageuploader.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QPlainTextEdit>

#include <utility>

using namespace Qt::StringLiterals;

namespace guild::ui {

PictureInserter::PictureInserter(QAbstractButton *button, QPlainTextEdit *editor, app::ImageUploader &uploader)
    : QObject(editor)
    , m_button(button)
    , m_editor(editor)
    , m_uploader(uploader)
{
    connect(button, &QAbstractButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_editor->window(), tr("Insert picture"), QString(),
                                                          tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"));
        if (!path.isEmpty()) {
            insert(path);
        }
    });
    // The uploader serves every box: only the answer to this box's own request goes into its text.
    connect(&uploader, &app::ImageUploader::uploaded, this, [this](qint64, const QString &markdown) {
        if (std::exchange(m_sending, false)) {
            QTextCursor cursor = m_editor->textCursor();
            const bool lineStart = cursor.positionInBlock() == 0;
            cursor.insertText((lineStart ? QString() : u"\n"_s) + markdown + u"\n"_s);
            m_editor->setTextCursor(cursor);
            if (m_button) {
                m_button->setEnabled(true);
            }
            Q_EMIT inserted();
        }
    });
    connect(&uploader, &app::ImageUploader::failed, this, [this](const QString &message) {
        if (std::exchange(m_sending, false)) {
            if (m_button) {
                m_button->setEnabled(true);
            }
            Q_EMIT failed(message);
        }
    });
}

void PictureInserter::insert(const QString &path)
{
    if (m_sending) {
        return;
    }
    m_sending = true;
    if (m_button) {
        m_button->setEnabled(false);
    }
    m_uploader.upload(path);
}

} // namespace guild::ui
