#pragma once

#include "protocol/course.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace guild::ui {

/// A quiz: one box per question with radio buttons (single choice) or check boxes (multiple), a
/// Submit button, and after grading the right answers marked with the explanation under each.
class QuizView final : public QWidget
{
    Q_OBJECT
public:
    explicit QuizView(QWidget *parent = nullptr);

    void setQuestions(qint64 lessonId, const QList<protocol::course::QuizQuestion> &questions);
    void showResult(const protocol::course::QuizResult &result);
    /// The answers were kept to be graded later (offline): says so where the result will show.
    void showPending(const QString &message);
    /// The member's choices, per question (what Submit sends).
    QList<QList<int>> answers() const;
    /// For tests: the option buttons of question `question`.
    QList<QAbstractButton *> options(int question) const { return m_options.value(question); }
    QPushButton *submitButton() const { return m_submit; }
    QString summary() const;

Q_SIGNALS:
    void submitted(qint64 lessonId, const QList<QList<int>> &answers);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSubmit();

    qint64 m_lessonId = 0;
    QList<protocol::course::QuizQuestion> m_questions;
    QList<QList<QAbstractButton *>> m_options;
    QList<QLabel *> m_feedback;
    QVBoxLayout *m_list;
    QWidget *m_content = nullptr;
    QLabel *m_summary;
    QPushButton *m_submit;
};

} // namespace guild::ui
