#pragma once

#include "domain/authuser.h"

#include <QString>

namespace guild::server {

class ArticleService;
class ChatService;
class CourseService;
class Database;
class EventService;
class HomeworkService;
class PointsService;
class QuestionService;

/// Life in the demo community, made through the same services members use: chat with a thread,
/// reactions and code; questions answered, one accepted; upcoming events with seats taken;
/// comments; check-ins for the leaderboard; homework waiting for review. A newcomer opening any
/// panel sees it working, not an empty list.
class DemoLife final
{
public:
    struct Services
    {
        Database &database;
        ChatService &chat;
        QuestionService &questions;
        EventService &events;
        ArticleService &articles;
        CourseService &courses;
        HomeworkService &homework;
        PointsService &points;
    };

    explicit DemoLife(Services services);
    /// Plays it once, into a community just seeded.
    void play();

private:
    /// The demo member `username` as a request of theirs would be made.
    AuthUser as(const QString &username);
    void chat();
    void questions();
    void events();
    void comments();
    void checkIns();
    void homework();

    Services m_s;
};

} // namespace guild::server
