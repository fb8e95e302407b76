#include "pictureinserter.h"

#include "services/imageuploader.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace guild::ui {

PictureInserter::PictureInserter(QAbstractButton *button, QPlainTextEdit *editor, app::ImageUploader &uploader, Say say)
    : QObject(editor)
    , m_button(button)
    , m_editor(editor)
    , m_uploader(uploader)
    , m_say(std::move(say))
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
        if (m_sending) {
            QTextCursor cursor = m_editor->textCursor();
            const bool lineStart = cursor.positionInBlock() == 0;
            cursor.insertText((lineStart ? QString() : u"\n"_s) + markdown + u"\n"_s);
            m_editor->setTextCursor(cursor);
            done(QString());
        }
    });
    connect(&uploader, &app::ImageUploader::failed, this, [this](const QString &message) {
        if (m_sending) {
            done(message);
        }
    });
    button->show();
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
    m_say(QString());
    m_uploader.upload(path);
}

void PictureInserter::done(const QString &why)
{
    m_sending = false;
    if (m_button) {
        m_button->setEnabled(true);
    }
    m_say(why);
}

} // namespace guild::ui
