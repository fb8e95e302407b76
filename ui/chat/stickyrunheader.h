#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QListView;

namespace guild::ui {

/// Keeps the sender and time of a run of grouped messages at the top of the conversation while the
/// run's own header is scrolled away above it; clicking it goes to the run's first message.
class StickyRunHeader final : public QWidget
{
    Q_OBJECT
public:
    /// Watches `list` (whose model must be a ChatMessageModel) from now on, as a child of its viewport.
    explicit StickyRunHeader(QListView *list);

    /// The first message of the run the top of the view is in, while the header stands in for it.
    QModelIndex runStart() const { return isVisible() ? QModelIndex(m_start) : QModelIndex(); }
    QString sender() const { return m_sender; }
    QString time() const { return m_time; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Looks at what is at the top of the view now, and shows, fills or hides itself.
    void refresh();

    QListView *m_list;
    QWidget *m_viewport;
    QPersistentModelIndex m_start;
    QString m_sender;
    QString m_time;
};

} // namespace guild::ui
