#pragma once

#include "protocol/api/authoring.h"

// Making courses (authors: their own courses; admins: any): drafts, sections, lessons and quizzes,
// their order, and lesson videos uploaded in resumable pieces.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<CourseInput, CourseReply, 201> CreateCourse{
    {HttpMethod::Post, QLatin1StringView("/api/v1/courses"), Access::Bearer, "Start a course, as a draft (authors)"}};
inline constexpr Endpoint<CourseInput, CourseReply> UpdateCourse{
    {HttpMethod::Patch, QLatin1StringView("/api/v1/courses/{id}"), Access::Bearer,
     "Change a course: title, description, tier, price, cover, published (its author, admins)"}};
inline constexpr Endpoint<RawBody, NoContent, 204> SetCourseCover{
    {HttpMethod::Put, QLatin1StringView("/api/v1/courses/{id}/cover"), Access::Bearer,
     "Set a course's cover picture: PNG or JPEG, at most 256 KiB (its author, admins)"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> RemoveCourseCover{
    {HttpMethod::Delete, QLatin1StringView("/api/v1/courses/{id}/cover"), Access::Bearer,
     "Remove a course's cover picture (its author, admins)"}};
inline constexpr Endpoint<NoRequest, RawBody> CourseCover{
    {HttpMethod::Get, QLatin1StringView("/api/v1/courses/{id}/cover"), Access::Bearer,
     "A course's cover picture (404 when it has none)"}};
inline constexpr Endpoint<RawBody, ImageReply, 201> UploadImage{
    {HttpMethod::Post, QLatin1StringView("/api/v1/images"), Access::Bearer,
     "Keep a picture for an article, lesson or answer one writes: PNG or JPEG, at most 768 KiB; answers its id"}};
inline constexpr Endpoint<NoRequest, RawBody> Image{
    {HttpMethod::Get, QLatin1StringView("/api/v1/images/{id}"), Access::Bearer,
     "A picture kept for what members write, by its id (signed-in members)"}};
inline constexpr Endpoint<SectionInput, CourseReply, 201> AddSection{
    {HttpMethod::Post, QLatin1StringView("/api/v1/courses/{id}/sections"), Access::Bearer,
     "Add a section at the end of a course (its author, admins)"}};
inline constexpr Endpoint<SectionInput, CourseReply> RenameSection{
    {HttpMethod::Patch, QLatin1StringView("/api/v1/sections/{id}"), Access::Bearer,
     "Rename a section (its course's author, admins)"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> DeleteSection{
    {HttpMethod::Delete, QLatin1StringView("/api/v1/sections/{id}"), Access::Bearer,
     "Delete an empty section (its course's author, admins)"}};
inline constexpr Endpoint<LessonInput, LessonSummaryReply, 201> AddLesson{
    {HttpMethod::Post, QLatin1StringView("/api/v1/courses/{id}/lessons"), Access::Bearer,
     "Add a text, quiz or video lesson at the end of a section (its author, admins)"}};
inline constexpr Endpoint<LessonInput, LessonSummaryReply> EditLesson{
    {HttpMethod::Patch, QLatin1StringView("/api/v1/lessons/{id}"), Access::Bearer,
     "Change a lesson's title, kind, text, quiz or preview (its course's author, admins)"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> DeleteLesson{
    {HttpMethod::Delete, QLatin1StringView("/api/v1/lessons/{id}"), Access::Bearer,
     "Delete a lesson with its progress and video (its course's author, admins)"}};
inline constexpr Endpoint<CourseOrder, CourseReply> ReorderCourse{
    {HttpMethod::Put, QLatin1StringView("/api/v1/courses/{id}/order"), Access::Bearer,
     "Set the order of every section and lesson of a course (its author, admins)"}};
inline constexpr Endpoint<UploadRequest, UploadStatus, 201> StartUpload{
    {HttpMethod::Post, QLatin1StringView("/api/v1/lessons/{id}/video"), Access::Bearer,
     "Announce a lesson's video: size, SHA-256, type (its course's author, admins)"}};
inline constexpr Endpoint<RawBody, UploadStatus> UploadPiece{
    {HttpMethod::Put, QLatin1StringView("/api/v1/uploads/{key}"), Access::Bearer,
     "Send the next piece of a video (Content-Range; at most 1 MiB)"}};
inline constexpr Endpoint<NoRequest, UploadStatus> GetUpload{
    {HttpMethod::Get, QLatin1StringView("/api/v1/uploads/{key}"), Access::Bearer,
     "Where an upload stands: resume from `received`"}};

} // namespace guild::protocol::endpoints
