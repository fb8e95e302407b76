#pragma once

#include "protocol/api/courses.h"

// Courses: the catalogue, lessons, quizzes, videos, homework, notifications and certificates.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<NoRequest, CourseList> ListCourses{
    {HttpMethod::Get, QLatin1StringView("/api/v1/courses"), Access::Bearer,
     "The course catalogue with the caller's access and progress"}};
inline constexpr Endpoint<NoRequest, CourseReply> GetCourse{
    {HttpMethod::Get, QLatin1StringView("/api/v1/courses/{id}"), Access::Bearer,
     "A course with its syllabus, locks and the caller's progress"}};
inline constexpr Endpoint<NoRequest, CourseReply> Enroll{
    {HttpMethod::Post, QLatin1StringView("/api/v1/courses/{id}/enroll"), Access::Bearer, "Enroll (idempotent)"}};
inline constexpr Endpoint<ProgressBatch, CourseReply> SaveProgress{
    {HttpMethod::Post, QLatin1StringView("/api/v1/courses/{id}/progress"), Access::Bearer,
     "Save lesson progress (a batch; idempotent, newest client time wins)"}};
inline constexpr Endpoint<GrantCourseRequest, CourseReply> GrantCourse{
    {HttpMethod::Post, QLatin1StringView("/api/v1/courses/{id}/grant"), Access::Bearer,
     "Give a member a course sold on its own (admins)"}};
inline constexpr Endpoint<NoRequest, LessonReply> GetLesson{
    {HttpMethod::Get, QLatin1StringView("/api/v1/lessons/{id}"), Access::Bearer, "A lesson's content"}};
inline constexpr Endpoint<QuizAnswers, QuizResultReply> AnswerQuiz{
    {HttpMethod::Post, QLatin1StringView("/api/v1/lessons/{id}/quiz"), Access::Bearer,
     "Answer a quiz; graded by the server"}};
inline constexpr Endpoint<NoRequest, MediaLink> VideoLink{
    {HttpMethod::Post, QLatin1StringView("/api/v1/lessons/{id}/video-link"), Access::Bearer,
     "A signed, short-lived link to the lesson's video", true}};
inline constexpr Endpoint<NoRequest, HomeworkList> MyHomework{{HttpMethod::Get,
                                                               QLatin1StringView("/api/v1/lessons/{id}/homework"),
                                                               Access::Bearer, "The caller's homework for a lesson"}};
inline constexpr Endpoint<HomeworkRequest, HomeworkReply, 201> SubmitHomework{
    {HttpMethod::Post, QLatin1StringView("/api/v1/lessons/{id}/homework"), Access::Bearer, "Hand in homework"}};
inline constexpr Endpoint<NoRequest, HomeworkList> HomeworkToReview{
    {HttpMethod::Get, QLatin1StringView("/api/v1/homework"), Access::Bearer,
     "Homework waiting for review (the author's courses; admins: all)"}};
inline constexpr Endpoint<HomeworkReview, HomeworkReply> ReviewHomework{
    {HttpMethod::Post, QLatin1StringView("/api/v1/homework/{id}/review"), Access::Bearer,
     "Pass or send back homework (the course's author, admins)"}};
inline constexpr Endpoint<MediaSignature, RawBody> LessonMedia{
    {HttpMethod::Get, QLatin1StringView("/api/v1/media/lessons/{id}"), Access::Public,
     "A lesson video by signed link, with HTTP Range"}};
inline constexpr Endpoint<NoRequest, NotificationList> MyNotifications{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/notifications"), Access::Bearer,
     "The caller's notifications, newest first"}};
inline constexpr Endpoint<MarkReadRequest, NoContent, 204> MarkNotificationsRead{
    {HttpMethod::Post, QLatin1StringView("/api/v1/me/notifications/read"), Access::Bearer, "Mark notifications read"}};
inline constexpr Endpoint<NoRequest, CertificateCheck> VerifyCertificate{
    {HttpMethod::Get, QLatin1StringView("/api/v1/certificates/{key}"), Access::Public,
     "Verify a certificate (public)"}};

} // namespace guild::protocol::endpoints
