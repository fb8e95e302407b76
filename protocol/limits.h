#pragma once

#include <QtGlobal>

// Size limits both sides agree on; the server enforces them, the client checks early for nicer messages.
namespace guild::protocol::limits {

inline constexpr qsizetype MaxBodyBytes = 1024 * 1024;
inline constexpr qsizetype MaxHeaderBytes = 16 * 1024;
inline constexpr qsizetype UsernameMin = 3;
inline constexpr qsizetype UsernameMax = 32;
inline constexpr qsizetype EmailMax = 254;
inline constexpr qsizetype PasswordMin = 8;
inline constexpr qsizetype PasswordMaxBytes = 256;
inline constexpr qsizetype DisplayNameMax = 64;
inline constexpr qsizetype AvatarBytesMax = 64 * 1024;
/// A course's cover picture (the client makes it 640 px wide, a JPEG).
inline constexpr qsizetype CoverBytesMax = 256 * 1024;
/// A picture in an article, lesson or answer: the client makes it at most 1,600 px a side before sending.
inline constexpr qsizetype ImageBytesMax = 768 * 1024;
/// Pictures one member may keep on the server.
inline constexpr int ImagesPerMemberMax = 2000;
inline constexpr qsizetype TitleMax = 200;
inline constexpr qsizetype SummaryMax = 1000;
inline constexpr qsizetype ArticleBodyMax = 256 * 1024;
inline constexpr qsizetype CommentMax = 8 * 1024;
inline constexpr qsizetype TagMax = 32;
inline constexpr qsizetype TagsPerArticleMax = 8;
inline constexpr qsizetype TokenMax = 128;
inline constexpr int PageSizeDefault = 20;
/// How far ahead an article may be scheduled.
inline constexpr qint64 ScheduleAheadMaxMs = 366LL * 24 * 3600 * 1000;
inline constexpr qsizetype PollQuestionMax = 200;
inline constexpr qsizetype PollOptionMax = 100;
inline constexpr qsizetype PollOptionsMax = 10;
inline constexpr int PageSizeMax = 100;
inline constexpr int SyncPageMax = 500;
/// What a search may ask: its text, results per page, and how deep pages go (a search is read from
/// the top; nobody reads its thousandth result).
inline constexpr qsizetype SearchTextMax = 200;
inline constexpr int SearchPageMax = 50;
inline constexpr int SearchDepthMax = 1000;
/// How long a lapsed membership keeps its tier, so a late renewal never locks a member out mid-course.
inline constexpr qint64 MembershipGraceMs = 3LL * 24 * 3600 * 1000;
/// How far an entitlement lease reaches for a tier or role without an end: a member offline longer
/// than this reads paid content again once the client has been online.
inline constexpr qint64 LeaseHorizonMs = 30LL * 24 * 3600 * 1000;
inline constexpr qsizetype HomeworkMax = 64 * 1024;
inline constexpr qsizetype ReviewCommentMax = 4000;
inline constexpr int ProgressBatchMax = 200;
/// Seconds into a video a saved position may be (a day: longer than any lesson).
inline constexpr double PositionMaxSeconds = 24 * 3600;
/// A video answer carries at most this much of the file; larger ranges come in several requests.
inline constexpr qint64 MediaChunkMax = 8 * 1024 * 1024;

} // namespace guild::protocol::limits
