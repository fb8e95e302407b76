#pragma once

#include "protocol/types.h"

#include <QFrame>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace guild::ui {

/// A post's poll: the question, a choice per option (radio or check boxes), and once the member has
/// voted or the poll has closed, the share of votes per option. Voting is asked for with voteRequested.
class PollView final : public QFrame
{
    Q_OBJECT
public:
    explicit PollView(QWidget *parent = nullptr);

    /// Waiting for the counts of the poll of `articleId`.
    void showLoading(qint64 articleId);
    void showPoll(const protocol::Poll &poll);
    /// The poll cannot be shown or the vote was refused: says why, keeps what is shown.
    void showMessage(qint64 articleId, const QString &message);
    qint64 articleId() const { return m_articleId; }

    QList<QAbstractButton *> choices() const;
    QPushButton *voteButton() const { return m_vote; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QString summary() const;

Q_SIGNALS:
    void voteRequested(qint64 articleId, const QList<int> &choices);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateButtons();
    QList<int> picked() const;
    void retranslate();

    qint64 m_articleId = 0;
    protocol::Poll m_poll;
    bool m_loaded = false;
    QLabel *m_question;
    QVBoxLayout *m_options;
    QButtonGroup *m_group;
    QList<QProgressBar *> m_bars;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_vote;
    QPushButton *m_withdraw;
};

} // namespace guild::ui
