#pragma once

#include "protocol/course.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace guild::app {
class DraftService;
}

namespace guild::ui {

class DraftBinding;

/// Homework (作业) under a lesson: the prompt, a monospace editor for text or code, Submit, and the
/// member's earlier submissions with their status and the reviewer's comment.
class HomeworkBox final : public QWidget
{
    Q_OBJECT
public:
    explicit HomeworkBox(QWidget *parent = nullptr);

    void setLesson(qint64 lessonId, const QString &prompt);
    /// What the member types is kept as a draft per lesson.
    void setDrafts(app::DraftService &drafts);
    void setHistory(const QList<protocol::course::Homework> &homework);
    void submittedOk(const protocol::course::Homework &homework);
    /// Handed in offline: the text is kept for sending, so the box empties and says so.
    void keptForLater(const QString &message);
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *submitButton() const { return m_submit; }
    QString historyText() const;

Q_SIGNALS:
    void submitted(qint64 lessonId, const QString &body);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showHistory();

    qint64 m_lessonId = 0;
    QList<protocol::course::Homework> m_history;
    QLabel *m_title;
    QLabel *m_prompt;
    QPlainTextEdit *m_editor;
    DraftBinding *m_draft;
    QPushButton *m_submit;
    QLabel *m_status;
};

} // namespace guild::ui
