#pragma once

#include "models/searchresultmodel.h"

#include <QFrame>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace guild::app {
class SearchService;
}

namespace guild::ui {

/// The search box for the whole app (Ctrl+K): what is typed searches everything cached as it is
/// typed and, online, the server too (Q&A, comments, events, and what is not cached, marked online);
/// hits come grouped by kind with the matched words marked; the arrow keys move through them and
/// Enter opens the one chosen where it lives (an article in the reader, a course or lesson in the
/// course library, a message in its channel, a question or an event in the community). A row of
/// filters narrows to a kind, a period or the digest.
class SearchPopup final : public QFrame
{
    Q_OBJECT
public:
    SearchPopup(app::SearchService &search, QWidget *parent = nullptr);

    /// Shows the box over the top of `window`, its text selected (typing replaces it).
    void popUp(QWidget *window);
    QLineEdit *input() const { return m_input; }
    QListView *results() const { return m_results; }
    models::SearchResultModel *model() const { return m_model; }
    /// Everything, articles, courses and lessons, chat, or Q&A, comments and events.
    QComboBox *scopeBox() const { return m_scope; }
    /// Any time, or the past week, month or year.
    QComboBox *periodBox() const { return m_period; }
    QCheckBox *digestBox() const { return m_digest; }
    /// What the filter row narrows to now.
    models::SearchFilter filter() const;
    /// Whether the server has yet to answer the search shown (the cache's results are in).
    bool isAskingServer() const { return m_serverPending; }
    /// Opens the hit at `row` (as Enter or a click does).
    void openRow(int row);

Q_SIGNALS:
    /// An article found in another community this computer knows (`community` is its key).
    void elsewhereChosen(const QString &community, qint64 articleId);
    void articleChosen(qint64 articleId);
    void messageChosen(qint64 channelId, qint64 seq);
    void courseChosen(qint64 courseId);
    void lessonChosen(qint64 courseId, qint64 lessonId);
    void questionChosen(qint64 questionId);
    void eventChosen(qint64 eventId);
    /// A member found by name: a direct conversation with them.
    void memberChosen(const QString &username);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Shows the model's results, with `keep` still chosen when it is among them (else the first).
    void showResults(const std::optional<models::SearchHit> &keep = std::nullopt);
    void runSearch();

    app::SearchService &m_search;
    QLineEdit *m_input;
    QComboBox *m_scope;
    QComboBox *m_period;
    QCheckBox *m_digest;
    QListView *m_results;
    QLabel *m_status;
    models::SearchResultModel *m_model;
    bool m_serverPending = false;
    int m_indexedPercent = -1; ///< while the search index is being filled after an upgrade; else -1
    bool m_serverAnswered = false;
};

} // namespace guild::ui
