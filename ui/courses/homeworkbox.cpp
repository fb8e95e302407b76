#include "homeworkbox.h"

#include "common/draftbinding.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::course;

HomeworkBox::HomeworkBox(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_draft(new DraftBinding(m_editor))
    , m_submit(new QPushButton(this))
    , m_status(new QLabel(this))
{
    for (QLabel *label : {m_title, m_prompt, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab goes on to the next control, as in every writing box (code is pasted or indented with spaces).
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setMinimumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_editor);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_submit->setEnabled(!m_editor->toPlainText().trimmed().isEmpty()); });
    connect(m_submit, &QPushButton::clicked, this, [this] {
        m_submit->setEnabled(false);
        Q_EMIT submitted(m_lessonId, m_editor->toPlainText());
    });
    retranslate();
}

void HomeworkBox::setLesson(qint64 lessonId, const QString &prompt)
{
    m_lessonId = lessonId;
    m_prompt->setText(prompt);
    m_draft->setKey(u"homework:"_s + QString::number(lessonId)); // empties the box, then its draft comes
    m_history.clear();
    m_submit->setEnabled(false);
    showHistory();
}

void HomeworkBox::setHistory(const QList<Homework> &homework)
{
    m_history = homework;
    showHistory();
}

void HomeworkBox::setDrafts(app::DraftService &drafts)
{
    m_draft->setDrafts(drafts);
}

void HomeworkBox::submittedOk(const Homework &homework)
{
    m_history.append(homework);
    m_draft->sent();
    m_editor->clear();
    showHistory();
}

void HomeworkBox::keptForLater(const QString &message)
{
    m_draft->sent();
    m_editor->clear();
    m_status->setText(message);
}

QString HomeworkBox::historyText() const
{
    return m_status->text();
}

void HomeworkBox::showHistory()
{
    if (m_history.isEmpty()) {
        m_status->setText(tr("Not handed in yet."));
        return;
    }
    const Homework &last = m_history.last();
    const QString when = QLocale().toString(last.submittedAt.toLocalTime(), QLocale::ShortFormat);
    QString text;
    switch (last.status) {
    case HomeworkStatus::Submitted:
        text = tr("Handed in %1 · waiting for review").arg(when);
        break;
    case HomeworkStatus::Passed:
        text = tr("Handed in %1 · passed").arg(when);
        break;
    case HomeworkStatus::Revise:
        text = tr("Handed in %1 · please revise").arg(when);
        break;
    }
    if (!last.reviewComment.isEmpty()) {
        text += u"\n"_s + tr("Reviewer: %1").arg(last.reviewComment);
    }
    m_status->setText(text);
}

void HomeworkBox::retranslate()
{
    m_title->setText(tr("Homework"));
    m_editor->setAccessibleName(tr("Your homework"));
    m_submit->setText(tr("Hand in"));
    m_editor->setPlaceholderText(tr("Your answer: text or code (kept as typed)."));
    showHistory();
}

void HomeworkBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
