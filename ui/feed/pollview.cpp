#include "pollview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace guild::ui {

PollView::PollView(QWidget *parent)
    : QFrame(parent)
    , m_question(new QLabel(this))
    , m_options(new QVBoxLayout)
    , m_group(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_vote(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    for (QLabel *label : {m_question, m_summary, m_message}) {
        label->setTextFormat(Qt::PlainText); // the question and options come from the server
        label->setWordWrap(true);
    }
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_group->setExclusive(false); // exclusivity is set per poll in rebuild()

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_vote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(m_options);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_group, &QButtonGroup::buttonToggled, this, &PollView::updateButtons);
    connect(m_vote, &QPushButton::clicked, this, [this] {
        m_vote->setEnabled(false); // one request per click; the answer rebuilds the view
        Q_EMIT voteRequested(m_articleId, picked());
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        m_withdraw->setEnabled(false);
        Q_EMIT voteRequested(m_articleId, {});
    });
    retranslate();
    hide();
}

void PollView::showLoading(qint64 articleId)
{
    m_articleId = articleId;
    m_loaded = false;
    m_poll = {};
    rebuild();
    m_question->setText(tr("Poll"));
    m_message->setText(tr("Loading the poll…"));
    m_message->show();
    show();
}

void PollView::showPoll(const protocol::Poll &poll)
{
    if (poll.articleId != m_articleId) {
        return; // the member has moved on to another article
    }
    m_poll = poll;
    m_loaded = true;
    m_message->hide();
    rebuild();
    show();
}

void PollView::showMessage(qint64 articleId, const QString &message)
{
    if (articleId != m_articleId) {
        return;
    }
    m_message->setText(message);
    m_message->show();
    updateButtons();
}

QList<QAbstractButton *> PollView::choices() const
{
    return m_group->buttons();
}

QString PollView::summary() const
{
    return m_summary->text();
}

QList<int> PollView::picked() const
{
    QList<int> list;
    for (QAbstractButton *b : m_group->buttons()) {
        if (b->isChecked()) {
            list.append(m_group->id(b));
        }
    }
    return list;
}

void PollView::rebuild()
{
    for (QAbstractButton *b : m_group->buttons()) {
        m_group->removeButton(b);
        delete b;
    }
    qDeleteAll(m_bars);
    m_bars.clear();
    m_question->setText(m_poll.question);
    m_group->setExclusive(!m_poll.multiple);
    // Results show once the member has voted or the poll has closed, so they do not sway the vote.
    const bool results = !m_poll.myChoices.isEmpty() || m_poll.closed;
    const int total = std::max(1, static_cast<int>(std::accumulate(m_poll.votes.cbegin(), m_poll.votes.cend(), 0)));
    // Tab reaches the choices (made now, so last in the window's chain) just before the Vote button.
    QWidget *beforeChoices = m_vote->previousInFocusChain();
    for (qsizetype i = 0; i < m_poll.options.size(); ++i) {
        QAbstractButton *choice = m_poll.multiple ? static_cast<QAbstractButton *>(new QCheckBox(m_poll.options[i]))
                                                  : new QRadioButton(m_poll.options[i]);
        choice->setChecked(m_poll.myChoices.contains(static_cast<int>(i)));
        choice->setEnabled(!m_poll.closed);
        m_group->addButton(choice, static_cast<int>(i));
        m_options->addWidget(choice);
        auto *bar = new QProgressBar;
        bar->setRange(0, total);
        bar->setValue(m_poll.votes.value(i));
        const int percent = qRound(100.0 * m_poll.votes.value(i) / total);
        bar->setFormat(tr("%n vote(s) · %1%", nullptr, m_poll.votes.value(i)).arg(percent));
        bar->setMaximumHeight(18);
        bar->setVisible(results);
        m_bars.append(bar);
        m_options->addWidget(bar);
        QWidget::setTabOrder(beforeChoices, choice);
        beforeChoices = choice;
    }
    QWidget::setTabOrder(beforeChoices, m_vote);
    QWidget::setTabOrder(m_vote, m_withdraw);
    retranslate();
    updateButtons();
}

void PollView::updateButtons()
{
    const QList<int> now = picked();
    m_vote->setVisible(m_loaded && !m_poll.closed);
    m_vote->setEnabled(!now.isEmpty() && now != m_poll.myChoices);
    m_withdraw->setVisible(m_loaded && !m_poll.closed && !m_poll.myChoices.isEmpty());
    m_withdraw->setEnabled(true);
}

void PollView::retranslate()
{
    m_vote->setText(m_poll.myChoices.isEmpty() ? tr("Vote") : tr("Change vote"));
    m_withdraw->setText(tr("Withdraw vote"));
    if (!m_loaded) {
        m_summary->clear();
        return;
    }
    QString text = tr("%n voter(s)", nullptr, m_poll.voters);
    if (m_poll.closed) {
        text += u" · "_s + tr("closed");
    } else if (m_poll.closesAt.isValid()) {
        text += u" · "_s + tr("closes %1").arg(QLocale().toString(m_poll.closesAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (m_poll.multiple && !m_poll.closed) {
        text += u" · "_s + tr("pick any");
    }
    m_summary->setText(text);
}

void PollView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QFrame::changeEvent(event);
}

} // namespace guild::ui
