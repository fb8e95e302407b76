#include "courseservice.h"

#include "keptreads.h"
#include "models/courselistmodel.h"
#include "models/syllabusmodel.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "storage/coursecache.h"
#include "storage/localcache.h"
#include "writeoutbox.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using namespace protocol::course;

namespace {

constexpr int FlushDelayMs = 1500;

/// Stores a course page from the server and lays the progress still waiting to be sent over it, so
/// what the member did offline does not flicker away. Returns the page as it should be shown.
std::optional<Course> storeWithPending(CourseCache &cache, const Course &fromServer)
{
    if (!cache.saveCourse(fromServer)) {
        return std::nullopt;
    }
    for (const LessonProgress &p : cache.pendingProgress().value(fromServer.id)) {
        cache.queueProgress(fromServer.id, p);
    }
    return cache.course(fromServer.id);
}

} // namespace

CourseService::CourseService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, models::CourseListModel &courses,
                             models::SyllabusModel &syllabus, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_courses(courses)
    , m_syllabus(syllabus)
{
    m_flushDebounce.setSingleShot(true);
    m_flushDebounce.setInterval(FlushDelayMs);
    connect(&m_flushDebounce, &QTimer::timeout, this, &CourseService::flushProgress);
    m_outbox.handle(u"quiz"_s, this, [this](const models::PendingWrite &w, const WriteOutbox::Outcome &outcome) {
        if (const auto result = WriteOutbox::answerOf(endpoints::AnswerQuiz, outcome)) {
            Q_EMIT quizGraded(w.subjectId, result->value);
            if (result->value.passed && m_syllabus.courseId() > 0) {
                openCourse(m_syllabus.courseId()); // done, and perhaps a certificate
            }
        } else if (outcome.kind == WriteOutbox::Outcome::Kind::Refused) {
            Q_EMIT requestFailed(outcome.message);
            m_outbox.discard(w.id); // answering again is the retry
        }
    });
    m_outbox.handle(u"homework"_s, this, [this](const models::PendingWrite &, const WriteOutbox::Outcome &outcome) {
        if (const auto homework = WriteOutbox::answerOf(endpoints::SubmitHomework, outcome)) {
            Q_EMIT homeworkSubmitted(homework->value);
        } else if (outcome.kind == WriteOutbox::Outcome::Kind::Refused) {
            Q_EMIT requestFailed(outcome.message); // the text stays in the outbox: sent again or discarded there
        }
    });
}

qint64 CourseService::openCourseId() const
{
    return m_syllabus.courseId();
}

void CourseService::reloadCached()
{
    m_cache.run<QList<Course>>(
        this, [](QSqlDatabase &db) { return CourseCache(db).catalogue(); },
        [this](const QList<Course> &cached) {
            m_courses.setCourses(cached);
            Q_EMIT catalogueLoaded();
            if (const qint64 open = openCourseId(); open > 0) {
                openCourse(open);
            }
        });
}

void CourseService::refresh()
{
    m_cache.run<QList<Course>>(
        this, [](QSqlDatabase &db) { return CourseCache(db).catalogue(); },
        [this](const QList<Course> &cached) {
            if (m_courses.rowCount() == 0 && !cached.isEmpty()) {
                m_courses.setCourses(cached);
                Q_EMIT catalogueLoaded();
            }
            // What was learnt offline goes first, so the catalogue that comes back already counts it.
            flushProgress();
            m_api.call(endpoints::ListCourses, {}, this, [this](const ApiResult<CourseList> &r) {
                if (!r.ok()) {
                    if (!r.networkFailure) {
                        Q_EMIT requestFailed(r.message);
                    }
                    return;
                }
                const QList<Course> courses = r->items;
                m_cache.run<bool>(
                    this, [courses](QSqlDatabase &db) { return CourseCache(db).saveCatalogue(courses); }, [](bool) {});
                m_courses.setCourses(courses);
                Q_EMIT catalogueLoaded();
            });
        });
}

void CourseService::showCourse(const Course &course)
{
    m_syllabus.setCourse(course);
    m_courses.updateCourse(course);
    Q_EMIT courseOpened(course);
}

void CourseService::storeCourse(const Course &course)
{
    m_cache.run<std::optional<Course>>(
        this,
        [course](QSqlDatabase &db) {
            CourseCache cache(db);
            return storeWithPending(cache, course);
        },
        [this](const std::optional<Course> &shown) {
            if (!shown) {
                return;
            }
            m_courses.updateCourse(*shown);
            if (shown->id == m_syllabus.courseId()) {
                showCourse(*shown);
            }
        });
}

void CourseService::openCourse(qint64 courseId)
{
    m_cache.run<std::optional<Course>>(
        this, [courseId](QSqlDatabase &db) { return CourseCache(db).course(courseId); },
        [this, courseId](const std::optional<Course> &cached) {
            if (cached) {
                showCourse(*cached);
            } else {
                Course placeholder;
                placeholder.id = courseId;
                m_syllabus.setCourse(placeholder);
            }
            m_api.call(endpoints::GetCourse, courseId, {}, this,
                       [this, courseId, cached](const ApiResult<CourseReply> &r) {
                           if (r.ok()) {
                               storeCourse(r->value);
                           } else if (!cached) {
                               Q_EMIT courseUnavailable(
                                   courseId, r.explain(tr("You are offline and this course is not downloaded.")));
                           }
                       });
        });
}

void CourseService::openLesson(qint64 lessonId)
{
    m_openingLesson = lessonId;
    m_cache.run<std::optional<Lesson>>(
        this, [lessonId](QSqlDatabase &db) { return CourseCache(db).lesson(lessonId); },
        [this, lessonId](const std::optional<Lesson> &cached) {
            if (cached && lessonId == m_openingLesson) {
                Q_EMIT lessonOpened(*cached);
            }
            m_api.call(
                endpoints::GetLesson, lessonId, {}, this, [this, lessonId, cached](const ApiResult<LessonReply> &r) {
                    if (!r.ok()) {
                        // Refused (the membership lapsed, the lesson is gone): the cached copy is no longer
                        // the member's to read, so it goes, and the lesson shown is replaced by the reason.
                        const bool revoked = r.status == 403 || r.status == 404;
                        if (revoked && cached) {
                            m_cache.run<bool>(
                                this, [lessonId](QSqlDatabase &db) { return CourseCache(db).forgetLesson(lessonId); },
                                [](bool) {});
                        }
                        if ((revoked || !cached) && lessonId == m_openingLesson) {
                            Q_EMIT lessonUnavailable(
                                lessonId, r.explain(tr("You are offline and this lesson is not downloaded.")));
                        }
                        return;
                    }
                    const Lesson &lesson = r->value;
                    m_cache.run<bool>(
                        this, [l = lesson](QSqlDatabase &db) { return CourseCache(db).saveLesson(l); }, [](bool) {});
                    const bool changed = !cached || cached->toJson() != lesson.toJson();
                    if (changed && lessonId == m_openingLesson) {
                        Q_EMIT lessonOpened(lesson);
                    }
                });
        });
}

void CourseService::enroll(qint64 courseId)
{
    m_api.call(endpoints::Enroll, courseId, {}, this, [this](const ApiResult<CourseReply> &r) {
        if (!r.ok()) {
            Q_EMIT requestFailed(r.message);
            return;
        }
        storeCourse(r->value);
    });
}

void CourseService::buyCourse(qint64 courseId)
{
    CheckoutRequest request;
    request.courseId = courseId;
    m_api.call(endpoints::Checkout, request, this, [this, courseId](const ApiResult<CheckoutSession> &r) {
        if (!r.ok()) {
            Q_EMIT requestFailed(r.message);
            return;
        }
        // The demo provider's page is on our server; a real provider's is absolute.
        Q_EMIT checkoutReady(courseId, r->url.startsWith(u'/') ? m_api.urlFor(r->url) : QUrl(r->url));
    });
}

void CourseService::recordProgress(qint64 courseId, LessonProgress progress)
{
    if (progress.clientTs == 0) {
        progress.clientTs = QDateTime::currentMSecsSinceEpoch();
    }
    if (courseId == m_syllabus.courseId()) {
        const int row = m_syllabus.rowOfLesson(progress.lessonId);
        const bool wasDone = row >= 0 && m_syllabus.index(row).data(models::SyllabusModel::DoneRole).toBool();
        m_syllabus.setProgress(progress);
        if (progress.done && !wasDone) {
            Q_EMIT lessonCompleted(progress.lessonId);
        }
    }
    // In the cache before anything else: quitting now loses nothing.
    m_cache.run<bool>(
        this, [courseId, progress](QSqlDatabase &db) { return CourseCache(db).queueProgress(courseId, progress); },
        [this](bool) { m_flushDebounce.start(); });
}

void CourseService::flushProgress()
{
    if (m_flushing) {
        m_flushAgain = true;
        return;
    }
    m_flushing = true;
    m_cache.run<QHash<qint64, QList<LessonProgress>>>(
        this, [](QSqlDatabase &db) { return CourseCache(db).pendingProgress(); },
        [this](const QHash<qint64, QList<LessonProgress>> &pending) {
            auto remaining = std::make_shared<int>(static_cast<int>(pending.size()));
            auto finished = [this, remaining] {
                if (--*remaining > 0) {
                    return;
                }
                m_flushing = false;
                if (std::exchange(m_flushAgain, false)) {
                    flushProgress();
                } else {
                    Q_EMIT progressFlushed();
                }
            };
            if (pending.isEmpty()) {
                *remaining = 1;
                finished();
                return;
            }
            for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
                const QList<LessonProgress> batch = it.value().mid(0, limits::ProgressBatchMax);
                m_api.call(endpoints::SaveProgress, it.key(), ProgressBatch{batch}, this,
                           [this, batch, finished](const ApiResult<CourseReply> &r) {
                               if (r.networkFailure) {
                                   finished(); // kept; sent on the next try
                                   return;
                               }
                               // Stored, or refused for good (access lost, lesson gone): either way it
                               // leaves the queue, so one bad record cannot block the rest forever.
                               m_cache.run<bool>(
                                   this, [batch](QSqlDatabase &db) { return CourseCache(db).clearSent(batch); },
                                   [](bool) {});
                               if (r.ok()) {
                                   storeCourse(r->value);
                               } else {
                                   Q_EMIT requestFailed(r.message);
                               }
                               finished();
                           });
            }
        });
}

void CourseService::answerQuiz(qint64 lessonId, const QList<QList<int>> &answers)
{
    if (auto refused = m_outbox.add(endpoints::AnswerQuiz, endpoints::AnswerQuiz.url(lessonId), QuizAnswers{answers},
                                    {u"lesson:"_s + QString::number(lessonId), u"quiz"_s, lessonId})) {
        QTimer::singleShot(0, this, [this, message = *refused] { Q_EMIT requestFailed(message); });
    } else if (!m_api.isOnline()) {
        Q_EMIT handedInOffline(lessonId, tr("Saved. Your answers are graded when Guild is back online."));
    }
}

void CourseService::submitHomework(qint64 lessonId, const QString &body)
{
    if (auto refused =
            m_outbox.add(endpoints::SubmitHomework, endpoints::SubmitHomework.url(lessonId), HomeworkRequest{body},
                         {u"lesson:"_s + QString::number(lessonId), u"homework"_s, lessonId})) {
        QTimer::singleShot(0, this, [this, message = *refused] { Q_EMIT requestFailed(message); });
    } else if (!m_api.isOnline()) {
        Q_EMIT handedInOffline(lessonId, tr("Saved. Your homework is handed in when Guild is back online."));
    }
}

void CourseService::loadHomework(qint64 lessonId)
{
    m_api.call(endpoints::MyHomework, lessonId, {}, this, [this, lessonId](const ApiResult<HomeworkList> &r) {
        // Offline: the history handed in before, as last seen; the editor stays usable either way.
        KeptReads::settle<HomeworkList>(m_cache, this, u"homework:"_s + QString::number(lessonId), r,
                                        [this, lessonId](const HomeworkList &history, const QDateTime &) {
                                            Q_EMIT homeworkLoaded(lessonId, history.items);
                                        });
    });
}

void CourseService::fetchNotifications()
{
    m_api.call(endpoints::MyNotifications, {}, this, [this](const ApiResult<NotificationList> &r) {
        KeptReads::settle<NotificationList>(m_cache, this, u"notifications"_s, r,
                                            [this](const NotificationList &list, const QDateTime &keptAt) {
                                                Q_EMIT notificationsLoaded(list.items);
                                                if (keptAt.isValid()) {
                                                    return; // announced when they came
                                                }
                                                QList<Notification> unread;
                                                for (const Notification &n : list.items) {
                                                    if (!n.read) {
                                                        unread.append(n);
                                                    }
                                                }
                                                if (!unread.isEmpty()) {
                                                    Q_EMIT notificationsArrived(unread);
                                                }
                                            });
    });
}

void CourseService::markNotificationsRead(const QList<qint64> &ids)
{
    m_api.call(endpoints::MarkNotificationsRead, MarkReadRequest{ids}, this, [](const ApiResult<NoContent> &) {});
}

QUrl CourseService::certificateUrl(const QString &id) const
{
    return m_api.urlFor(endpoints::VerifyCertificate.url(id));
}

void CourseService::fetchCertificate(const QString &id)
{
    m_api.call(endpoints::VerifyCertificate, id, {}, this, [this](const ApiResult<CertificateCheck> &r) {
        if (r.ok()) {
            Q_EMIT certificateReady(r->certificate);
        } else {
            Q_EMIT requestFailed(r.message);
        }
    });
}

void CourseService::requestVideoUrl(qint64 lessonId)
{
    m_api.call(endpoints::VideoLink, lessonId, {}, this, [this, lessonId](const ApiResult<MediaLink> &r) {
        if (!r.ok()) {
            Q_EMIT requestFailed(r.explain(tr("This video is not downloaded, and you are offline.")));
            return;
        }
        Q_EMIT videoUrlReady(lessonId, m_api.urlFor(r->url));
    });
}

} // namespace guild::app
