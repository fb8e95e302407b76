#include "quizview.h"

#include "common/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::course;

QuizView::QuizView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QVBoxLayout)
    , m_summary(new QLabel(this))
    , m_submit(new QPushButton(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_list);
    layout->addWidget(m_summary);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_submit, &QPushButton::clicked, this, [this] { Q_EMIT submitted(m_lessonId, answers()); });
    retranslate();
}

void QuizView::setQuestions(qint64 lessonId, const QList<QuizQuestion> &questions)
{
    delete m_content;
    m_content = new QWidget(this);
    auto *box = new QVBoxLayout(m_content);
    box->setContentsMargins(0, 0, 0, 0);
    m_list->addWidget(m_content);
    m_lessonId = lessonId;
    m_questions = questions;
    m_options.clear();
    m_feedback.clear();
    m_summary->clear();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QuizQuestion &q = questions.at(i);
        auto *group = new QGroupBox(m_content);
        group->setTitle(u"%1. %2"_s.arg(i + 1).arg(q.prompt));
        auto *groupLayout = new QVBoxLayout(group);
        auto *exclusive = new QButtonGroup(group);
        exclusive->setExclusive(!q.multiple);
        QList<QAbstractButton *> buttons;
        for (const QString &option : q.options) {
            QAbstractButton *button = q.multiple ? static_cast<QAbstractButton *>(new QCheckBox(option, group))
                                                 : new QRadioButton(option, group);
            exclusive->addButton(button);
            groupLayout->addWidget(button);
            buttons.append(button);
            connect(button, &QAbstractButton::toggled, this, &QuizView::updateSubmit);
        }
        auto *feedback = new QLabel(group);
        feedback->setTextFormat(Qt::PlainText);
        feedback->setWordWrap(true);
        feedback->hide();
        groupLayout->addWidget(feedback);
        m_options.append(buttons);
        m_feedback.append(feedback);
        box->addWidget(group);
    }
    updateSubmit();
}

QList<QList<int>> QuizView::answers() const
{
    QList<QList<int>> all;
    for (const QList<QAbstractButton *> &buttons : m_options) {
        QList<int> chosen;
        for (qsizetype i = 0; i < buttons.size(); ++i) {
            if (buttons.at(i)->isChecked()) {
                chosen.append(static_cast<int>(i));
            }
        }
        all.append(chosen);
    }
    return all;
}

void QuizView::updateSubmit()
{
    const QList<QList<int>> chosen = answers();
    m_submit->setEnabled(!chosen.isEmpty() &&
                         std::all_of(chosen.cbegin(), chosen.cend(), [](const QList<int> &a) { return !a.isEmpty(); }));
}

void QuizView::showResult(const QuizResult &result)
{
    for (qsizetype i = 0; i < result.questions.size() && i < m_feedback.size(); ++i) {
        const QuestionResult &q = result.questions.at(i);
        QStringList right;
        for (int option : q.correctOptions) {
            if (option >= 0 && option < m_options.at(i).size()) {
                right.append(m_options.at(i).at(option)->text());
            }
        }
        QLabel *label = m_feedback.at(i);
        label->setText(q.correct ? tr("✓ Right. %1").arg(q.explanation)
                                 : tr("✗ The answer: %1. %2").arg(right.join(u", "_s), q.explanation));
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText,
                     theme::color(q.correct ? theme::Role::Positive : theme::Role::Negative, pal));
        label->setPalette(pal);
        label->show();
    }
    if (!result.questions.isEmpty()) {
        m_summary->setText(
            result.passed
                ? tr("Passed: %1 of %2 right. The lesson is done.").arg(result.correct).arg(result.total)
                : tr("%1 of %2 right. Read the explanations and try again.").arg(result.correct).arg(result.total));
    }
}

void QuizView::showPending(const QString &message)
{
    m_summary->setText(message);
}

QString QuizView::summary() const
{
    return m_summary->text();
}

void QuizView::retranslate()
{
    m_submit->setText(tr("Check my answers"));
}

void QuizView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
