#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace guild::app {
class DraftService;
}

namespace guild::ui {

/// Keeps a text box's words as a draft (DraftService) under a key that follows what the box is for:
/// set the key when the box starts being about something else, and its draft comes back into it.
class DraftBinding final : public QObject
{
    Q_OBJECT
public:
    explicit DraftBinding(QPlainTextEdit *editor);
    explicit DraftBinding(QLineEdit *editor);

    void setDrafts(app::DraftService &drafts);
    /// The box is now for `key` (empty: for nothing kept): what was typed for the last key is kept, and
    /// the draft for this one fills the box.
    void setKey(const QString &key);
    /// What was typed was sent: the draft goes (the caller empties the box).
    void sent();

private:
    DraftBinding(QWidget *editor, std::function<QString()> text, std::function<void(const QString &)> setText);
    void typed();

    std::function<QString()> m_text;
    std::function<void(const QString &)> m_setText;
    QPointer<app::DraftService> m_drafts;
    QString m_key;
    bool m_filling = false;
    int m_generation = 0;
};

} // namespace guild::ui
