#pragma once

#include "protocol/endpoint.h"

// Courses: the catalogue, lessons, quizzes, videos, homework, notifications and certificates.
namespace guild::protocol::endpoints {

inline constexpr Route ListCourses{HttpMethod::Get, QLatin1StringView("/api/v1/courses"), Access::Bearer,
                                   "The course catalogue with the caller's access and progress"};
inline constexpr Route GetCourse{HttpMethod::Get, QLatin1StringView("/api/v1/courses/{id}"), Access::Bearer,
                                 "A course with its syllabus, locks and the caller's progress"};
inline constexpr Route Enroll{HttpMethod::Post, QLatin1StringView("/api/v1/courses/{id}/enroll"), Access::Bearer,
                              "Enroll (idempotent)"};
inline constexpr Route SaveProgress{HttpMethod::Post, QLatin1StringView("/api/v1/courses/{id}/progress"),
                                    Access::Bearer,
                                    "Save lesson progress (a batch; idempotent, newest client time wins)"};
inline constexpr Route GrantCourse{HttpMethod::Post, QLatin1StringView("/api/v1/courses/{id}/grant"), Access::Bearer,
                                   "Give a member a course sold on its own (admins)"};
inline constexpr Route GetLesson{HttpMethod::Get, QLatin1StringView("/api/v1/lessons/{id}"), Access::Bearer,
                                 "A lesson's content"};
inline constexpr Route AnswerQuiz{HttpMethod::Post, QLatin1StringView("/api/v1/lessons/{id}/quiz"), Access::Bearer,
                                  "Answer a quiz; graded by the server"};
inline constexpr Route VideoLink{HttpMethod::Post, QLatin1StringView("/api/v1/lessons/{id}/video-link"), Access::Bearer,
                                 "A signed, short-lived link to the lesson's video", true};
inline constexpr Route MyHomework{HttpMethod::Get, QLatin1StringView("/api/v1/lessons/{id}/homework"), Access::Bearer,
                                  "The caller's homework for a lesson"};
inline constexpr Route SubmitHomework{HttpMethod::Post, QLatin1StringView("/api/v1/lessons/{id}/homework"),
                                      Access::Bearer, "Hand in homework"};
inline constexpr Route HomeworkToReview{HttpMethod::Get, QLatin1StringView("/api/v1/homework"), Access::Bearer,
                                        "Homework waiting for review (the author's courses; admins: all)"};
inline constexpr Route ReviewHomework{HttpMethod::Post, QLatin1StringView("/api/v1/homework/{id}/review"),
                                      Access::Bearer, "Pass or send back homework (the course's author, admins)"};
inline constexpr Route LessonMedia{HttpMethod::Get, QLatin1StringView("/api/v1/media/lessons/{id}"), Access::Public,
                                   "A lesson video by signed link, with HTTP Range"};
inline constexpr Route MyNotifications{HttpMethod::Get, QLatin1StringView("/api/v1/me/notifications"), Access::Bearer,
                                       "The caller's notifications, newest first"};
inline constexpr Route MarkNotificationsRead{HttpMethod::Post, QLatin1StringView("/api/v1/me/notifications/read"),
                                             Access::Bearer, "Mark notifications read"};
inline constexpr Route VerifyCertificate{HttpMethod::Get, QLatin1StringView("/api/v1/certificates/{key}"),
                                         Access::Public, "Verify a certificate (public)"};

} // namespace guild::protocol::endpoints
