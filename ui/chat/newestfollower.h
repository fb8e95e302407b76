#pragma once

#include <QObject>

class QListView;
class QToolButton;

namespace guild::ui {

/// Keeps a conversation at its newest message while the member is there, however fast messages
/// arrive, and once they scrolled up leaves them be and offers a "N new messages ↓" button instead.
class NewestFollower final : public QObject
{
    Q_OBJECT
public:
    /// Follows `list` (and its model, which must be set) from now on; the button is the list's child.
    explicit NewestFollower(QListView *list);

    bool isFollowing() const { return m_following; }
    /// Messages that arrived at the end since the member scrolled away from it.
    int unseen() const { return m_unseen; }
    QToolButton *button() const { return m_button; }
    /// To the newest message, following again (the button, or the member's own message sent).
    void jumpToNewest();
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    void setFollowing(bool following);
    void updateButton();

    QListView *m_list;
    QToolButton *m_button;
    bool m_following = true;
    bool m_moving = false;  ///< the scroll is ours, not the member's
    bool m_clamped = false; ///< the next change is the view's range clamping the position
    int m_held = -1;        ///< where the member was before the range shrank under them
    int m_unseen = 0;
};

} // namespace guild::ui
