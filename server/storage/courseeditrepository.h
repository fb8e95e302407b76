#pragma once

#include "protocol/api/authoring.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// An upload as stored: whose, for which lesson, what was promised, how far it has come.
struct UploadRow
{
    QString id;
    qint64 userId = 0;
    qint64 lessonId = 0;
    qint64 bytes = 0;
    QString sha256;
    QString contentType;
    int durationSeconds = 0;
    qint64 received = 0;
    bool complete = false;
};

/// The writes of course authoring: courses, sections, lessons, quiz questions, order, uploads.
/// CourseRepository reads them back.
class CourseEditRepository final
{
public:
    explicit CourseEditRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    qint64 createCourse(qint64 authorId, const protocol::CourseInput &input, const QString &currency, qint64 now);
    /// Publishing keeps the first publication's date; unpublishing clears it.
    void updateCourse(qint64 id, const protocol::CourseInput &input, qint64 now);
    /// The cover picture as base64 text; empty removes it.
    void setCover(qint64 id, const QString &base64);
    QString cover(qint64 id);

    qint64 addSection(qint64 courseId, const QString &title);
    void renameSection(qint64 id, const QString &title);
    void deleteSection(qint64 id);
    /// The section's course, if the section exists.
    std::optional<qint64> courseOfSection(qint64 sectionId);
    int lessonCount(qint64 sectionId);

    qint64 addLesson(qint64 courseId, const protocol::LessonInput &input);
    void updateLesson(qint64 id, const protocol::LessonInput &input);
    void deleteLesson(qint64 id);
    /// Replaces a lesson's quiz with `questions` (none: no quiz).
    void replaceQuiz(qint64 lessonId, const QList<protocol::QuizItemInput> &questions);
    void setVideo(qint64 lessonId, const QString &file, qint64 bytes, int durationSeconds);

    /// Ids of the course's sections and, per section, its lessons.
    QList<protocol::CourseOrder::SectionOrder> order(qint64 courseId);
    void applyOrder(const protocol::CourseOrder &order);

    void createUpload(const UploadRow &upload, qint64 now);
    std::optional<UploadRow> upload(const QString &id);
    void setReceived(const QString &id, qint64 received);
    void completeUpload(const QString &id, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
