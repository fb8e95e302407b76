#pragma once

#include <QFrame>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace guild::app {
class SearchService;
}
namespace guild::models {
class SearchResultModel;
struct SearchFilter;
} // namespace guild::models

namespace guild::ui {

/// The search box for the whole app (Ctrl+K): what is typed searches everything cached as it is
/// typed; hits come grouped by kind with the matched words marked; the arrow keys move through them
/// and Enter opens the one chosen where it lives (an article in the reader, a course or lesson in the
/// course library, a message in its channel). A row of filters narrows to a kind, a period or the digest.
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
    /// Everything, articles, courses and lessons, or chat.
    QComboBox *scopeBox() const { return m_scope; }
    /// Any time, or the past week, month or year.
    QComboBox *periodBox() const { return m_period; }
    QCheckBox *digestBox() const { return m_digest; }
    /// What the filter row narrows to now.
    models::SearchFilter filter() const;
    /// Opens the hit at `row` (as Enter or a click does).
    void openRow(int row);

Q_SIGNALS:
    void articleChosen(qint64 articleId);
    void messageChosen(qint64 channelId, qint64 seq);
    void courseChosen(qint64 courseId);
    void lessonChosen(qint64 courseId, qint64 lessonId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResults();
    void runSearch();

    app::SearchService &m_search;
    QLineEdit *m_input;
    QComboBox *m_scope;
    QComboBox *m_period;
    QCheckBox *m_digest;
    QListView *m_results;
    QLabel *m_status;
    models::SearchResultModel *m_model;
};

} // namespace guild::ui
