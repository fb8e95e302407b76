#pragma once

#include "common/avatar.h"
#include "common/postdelegate.h"
#include "models/recordlistmodel.h"
#include "protocol/engagement.h"

// How Q&A and events read in the community panel's lists.
namespace guild::ui {

/// Questions, newest first as the server sends them; a locked one says what tier it takes.
class QuestionListModel final : public models::RecordListModel<protocol::engagement::Question>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;
    /// Where the asker's picture beside each row comes from.
    void setAvatars(AvatarLookup avatars) { m_avatars = std::move(avatars); }

protected:
    QVariant display(const protocol::engagement::Question &question, int row, int role) const override;

private:
    AvatarLookup m_avatars;
};

/// The answers of the open question, the accepted one marked.
class AnswerListModel final : public models::RecordListModel<protocol::engagement::Answer>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;
    enum Role
    {
        KeyRole = Qt::UserRole + 100, ///< the answer's id and a hash of its body (changes with the body)
        BodyRole,                     ///< Markdown
        AuthorRole,
        AuthorIdRole,
        LineRole,     ///< what follows the author's name: when, the score, in the digest
        AcceptedRole, ///< the asker accepted it
    };
    Q_ENUM(Role)
    /// Where the author's picture beside each row comes from.
    void setAvatars(AvatarLookup avatars) { m_avatars = std::move(avatars); }

protected:
    QVariant display(const protocol::engagement::Answer &answer, int row, int role) const override;

private:
    AvatarLookup m_avatars;
};

/// An answer: its author, when, its score (green once accepted), and its body as Markdown.
class AnswerDelegate final : public PostDelegate
{
    Q_OBJECT
public:
    explicit AnswerDelegate(QObject *parent);

protected:
    Line line(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The member's own feedback, each with the admins' answer or a note that it waits.
class OwnFeedbackModel final : public models::RecordListModel<protocol::engagement::Feedback>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::engagement::Feedback &feedback, int row, int role) const override;
};

/// Events in the member's time, with the event's own zone beside it.
class EventListModel final : public models::RecordListModel<protocol::engagement::Event>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::engagement::Event &event, int row, int role) const override;
};

} // namespace guild::ui
