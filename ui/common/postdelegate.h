#pragma once

#include "avatar.h"
#include "rowbodies.h"

#include <QStyledItemDelegate>

namespace guild::app {
class PictureCache;
}

namespace guild::ui {

/// Paints a post in a list (a comment, an answer): the author's picture, name and a line about the
/// post, then its body as safe Markdown wrapped to the view's width, highlighted code and the
/// community's own pictures included. What the roles are and what the line says come from the subclass.
class PostDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Roles
    {
        int key;      ///< changes whenever the body does (an id and a revision)
        int body;     ///< the Markdown
        int author;   ///< the author's name
        int authorId; ///< whose picture
    };
    PostDelegate(Roles roles, QObject *parent);

    void setAvatars(AvatarLookup avatars) { m_avatars = std::move(avatars); }
    /// Bodies show the community's pictures from `images`, laid out again when one arrives.
    void setImages(app::PictureCache &images);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    struct Line
    {
        QString text;
        QColor colour; ///< invalid: muted text
    };
    /// What follows the author's name: when, a score, a state.
    virtual Line line(const QStyleOptionViewItem &option, const QModelIndex &index) const = 0;

private:
    const RowBody *body(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    Roles m_roles;
    AvatarLookup m_avatars;
    mutable RowBodies m_bodies{500};
};

} // namespace guild::ui
